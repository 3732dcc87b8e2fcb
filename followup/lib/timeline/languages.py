"""Phrases in French: which language a phrase is in, and a French phrase rewritten into the
reader's own expressions (data/words_fr.toml says which), keeping for every character of the
rewriting the words it came from, so that what was said is quoted as it was said."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from followup.lib.timeline.words import vocabulary

FRENCH_FILE = Path(__file__).parent / "data" / "words_fr.toml"
LANGUAGES = ("en", "fr")


@lru_cache(maxsize=1)
def french() -> dict[str, Any]:
    return tomllib.loads(FRENCH_FILE.read_text(encoding="utf-8"))


def plain(text: str) -> str:
    """Lower case without accents or curly apostrophes, one character for one: "Fêtes" is
    "fetes", so that positions still point into the text as typed."""
    if text.isascii():  # nothing to take off: at once
        return text.lower()
    out = []
    for char in text.lower():
        base = unicodedata.normalize("NFD", char)[0]
        out.append("'" if char in "\u2019\u2018" else base if len(char) == 1 else char)
    return "".join(out)


_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|[a-z]'")


@lru_cache(maxsize=1)
def _english_markers() -> frozenset[str]:
    words = vocabulary()
    known = {*words.months, *words.weekdays, *words.weekday_abbreviations, *words.units}
    known |= {*words.numbers, *words.vague}
    # English ordinals too, but for those French writes alike ("second").
    ordinals = set(words.ordinals) - set(french()["markers"]["words"]) - set(french()["words"])
    # Not a French word that means something else there ("sept" is seven).
    other = {plain(word) for word, english in french()["words"].items() if plain(word) != english}
    return frozenset((known | ordinals | set(words.markers) | set(words.shorthand)) - other)


@lru_cache(maxsize=1)
def _french_markers() -> frozenset[str]:
    """The French markers, and the French names of months and weekdays ("janv", "mardi") but
    those English writes alike ("nov")."""
    words = vocabulary()
    names = {*words.months, *words.weekdays, *words.weekday_abbreviations}
    named = {plain(word) for word, english in french()["words"].items() if english in names}
    return frozenset(set(french()["markers"]["words"]) | (named - names))


# Letters French writes and English, but for a few borrowed words ("résumé"), does not.
_FRENCH_LETTERS = re.compile("[àâçéèêëîïôùûüÿœ]")


def detect(phrase: str) -> str:
    """ "fr" when more of the phrase's words are French than English, else "en": an English
    phrase is never read as French for a stray French word."""
    tokens = _TOKEN.findall(plain(phrase))
    in_french = sum(token in _french_markers() for token in tokens)
    in_english = sum(token in _english_markers() for token in tokens)
    if in_french == in_english and _FRENCH_LETTERS.search(phrase.lower()):
        return "fr"  # no telling words either way ("aucune idée"): French letters tell
    if in_french == in_english and tokens:
        return "fr" if _more_common_in_french(tokens) else "en"  # "rapidement", "vite"
    return "fr" if in_french > in_english else "en"


def _more_common_in_french(tokens: list[str]) -> bool:
    """Whether the words, taken together, are clearly more common in French than in English
    (by a Zipf point: "vite", "rapidement"; "ok", "asap" and "tbd" are not)."""
    from followup.lib.checker.frequency import zipf  # only for a phrase with no telling word

    words = [token for token in tokens if len(token) > 2]  # not "n/a", "a", "ok"
    return sum(zipf(word, "fr") - zipf(word, "en") for word in words) > 1.0


@dataclass(frozen=True)
class Rewritten:
    """A phrase rewritten into the reader's expressions; `source[i]` is the span of the
    original phrase that character i of `text` came from."""

    text: str
    source: tuple[tuple[int, int], ...]

    def quote(self, original: str, start: int, end: int) -> str:
        """The words said that gave `text[start:end]`."""
        if start >= end:
            return ""
        return original[self.source[start][0] : self.source[end - 1][1]]


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], re.Pattern[str]]:
    data = french()
    table: dict[str, str] = {plain(word): english for word, english in data["words"].items()}
    # French puts these adjectives after the noun: "vendredi prochain" is "next Friday".
    for noun, noun_en in data["nouns"].items():
        for adjective, adjective_en in data["adjectives_after"].items():
            table[plain(f"{noun} {adjective}")] = f"{adjective_en} {noun_en}"
    # "jeudi en huit" is a week from Thursday, "jeudi en quinze" two weeks from it.
    for noun, noun_en in data["nouns"].items():
        if noun_en.endswith("day"):
            table[plain(f"{noun} en huit")] = f"a week from {noun_en}"
            table[plain(f"{noun} en quinze")] = f"two weeks from {noun_en}"
    table.update({plain(words): english for words, english in data["expressions"].items()})
    # So after any other name of a time the table knows: "la fin de semaine prochaine" is "next
    # weekend", "la quinzaine suivante" "the following fortnight".
    heads = {*data["nouns"].values(), *vocabulary().units.values(), "weekend"}
    adjectives = data["adjectives_after"]
    for words, english in list(table.items()):
        parts = english.split()
        if parts and parts[0] == "the":
            parts = parts[1:]
        if len(parts) != 1 or parts[0] not in heads:
            continue
        for adjective, adjective_en in adjectives.items():
            table.setdefault(f"{words} {plain(adjective)}", f"{adjective_en} {' '.join(parts)}")
    alternatives = []
    for key in sorted(table, key=len, reverse=True):
        pattern = r"\s+".join(re.escape(part) for part in key.split())
        alternatives.append(pattern + (r"(?![\w])" if key[-1].isalnum() else ""))
    # A day number ("le 15", "le 1er"), but not New Year's Day ("le 1er de l'an").
    day = (
        r"(?P<day>(?P<prep>jusqu'au|au\s+plus\s+tard\s+le|a\s+partir\s+du|a\s+compter\s+du|autour\s+du|aux\s+alentours\s+du|le|l'|du)\s*"
        r"(?:(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?P<n>\d{1,2})(?!(?:er)?\s*de\s+l'an\b)(?:er|re|e|eme|ieme)?(?![\d/]|\.\d)"
        r"(?!\s*(?:jours?|semaines?|mois|heures?|h)\b))"
    )
    # An ordinal in figures ("la 1re semaine", "le 2e tour"), and a day and month in figures, the
    # day first as French writes it ("le 4/12" is 4 December).
    ordinal = r"(?P<ordinal>\d{1,2})(?:ere|re|er|eme|ieme|e)(?![\w])"
    day_month = r"(?P<dm_day>\d{1,2})/(?P<dm_month>\d{1,2})(?:/(?P<dm_year>\d{4}|\d{2}))?(?![\d/])"
    before = "|".join(sorted(data["adjectives_before_count"], key=len, reverse=True))
    count = (
        rf"(?P<count>(?P<n2>\d+|[a-z]+)\s+(?P<adjective>{before})\s+"
        r"(?P<noun>[a-z]+(?:\s+(?:ouvrables?|ouvres?))?))"
        r"(?![\w])"
    )
    return table, re.compile(
        rf"(?<![\w']){day}|(?<![\w']){count}|(?<![\w/]){ordinal}|(?<![\w/]){day_month}"
        rf"|(?:(?<![\w'])|(?<=\bd')|(?<=\bl'))"
        rf"(?P<words>{'|'.join(alternatives)})"
    )


def _distance(word: str, target: str, limit: int) -> int:
    """The edit distance (a letter left out, added, changed, or two side by side swapped)
    between two words, or `limit + 1` once it is past `limit`."""
    if abs(len(word) - len(target)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(target) + 1))
    for i, char in enumerate(word, 1):
        current = [i]
        for j, other in enumerate(target, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (char != other))
            if i > 1 and j > 1 and char == target[j - 2] and word[i - 2] == other:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


@lru_cache(maxsize=4096)  # the same words come again and again: worked out once each
def misspelled(word: str, targets: tuple[str, ...], language: str) -> str | None:
    """The one word of `targets` that `word` is a misspelling of: five letters or more, known
    to no word list of the language, the same first letter, one letter off (two for a target
    of eight letters or more)."""
    if len(word) < 5 or not word.isalpha() or word in targets:
        return None
    near = []
    for target in targets:
        limit = 2 if len(target) >= 8 and len(word) >= 6 else 1
        if target[0] != word[0] or word[:-1] == target[:-1]:
            continue  # another last letter makes names ("Mondal", "Sundar"), not typing slips
        distance = _distance(word, target, limit)
        if distance <= limit:
            near.append((distance, target))
    if not near:
        return None
    near.sort()
    if len(near) > 1 and near[0][0] == near[1][0]:
        return None  # as near to two words: not telling which
    from followup.lib.checker.frequency import zipf  # only for a word near a name: rarely

    return near[0][1] if zipf(word, language) == 0 else None


# A word that may be respelled: shorthand ("tmrw", "2moro"), "10ish", or five letters or more.
_WORD = re.compile(r"(?<!')\b(?:[a-z0-9]{5,}|[a-z0-9]*\d[a-z0-9]*|[a-z]{2,4})\b(?!')")


def _respell(
    text: str, table: dict[str, str], targets: tuple[str, ...], language: str
) -> Rewritten | None:
    """`text` (lower case) with its shorthand and misspelled words rewritten, or None when
    there are none. A word with an apostrophe ("d'ici") is left as it is."""
    out: list[str] = []
    source: list[tuple[int, int]] = []
    position = 0
    for match in _WORD.finditer(text):
        word = match.group()
        new = table.get(word)
        if new is None and word.endswith("ish") and word[:-3].isdigit():
            new = word[:-3]  # "10ish days": about 10
        if new is None and len(word) >= 5:
            new = misspelled(word, targets, language)
        if new is None:
            continue
        for index in range(position, match.start()):
            out.append(text[index])
            source.append((index, index + 1))
        out.append(new)
        source.extend([match.span()] * len(new))
        position = match.end()
    if not out:
        return None
    for index in range(position, len(text)):
        out.append(text[index])
        source.append((index, index + 1))
    return Rewritten("".join(out), tuple(source))


def _compose(outer: Rewritten, inner: Rewritten) -> Rewritten:
    """`outer` rewrote `inner.text`: its spans pointed back into what `inner` was made from."""
    spans = inner.source
    return Rewritten(
        outer.text, tuple((spans[start][0], spans[end - 1][1]) for start, end in outer.source)
    )


def rewrite_english(phrase: str) -> Rewritten | None:
    """The phrase with its shorthand and misspelled words written out ("tmrw" is "tomorrow",
    "Febuary" "february"), or None when there are none."""
    words = vocabulary()
    text = phrase.lower() if len(phrase.lower()) == len(phrase) else phrase
    return _respell(text, words.shorthand, words.spelled, "en")


def _day_month(match: re.Match[str]) -> str | None:
    """ "4/12" as "4 december" (and its year), or None for no day and month."""
    day, month = int(match["dm_day"]), int(match["dm_month"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    name = french()["calendar"]["months"][month - 1]
    english = french()["words"][plain(name)]
    year = match["dm_year"]
    if year:
        english += f" {year if len(year) == 4 else '20' + year}"
    return f"{day} {english}"


def _ordinal(number: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10 if number not in (11, 12, 13) else 0)
    return f"{number}{suffix or 'th'}"


def rewrite_french(phrase: str) -> Rewritten:
    """The phrase in the reader's expressions: "d'ici le 15" becomes "by the 15th"."""
    text = plain(phrase)
    respelled = _respell(text, {}, _french_spelled(), "fr")
    if respelled is None:
        return _rewrite_plain(text)
    return _compose(_rewrite_plain(respelled.text), respelled)


@lru_cache(maxsize=1)
def _french_spelled() -> tuple[str, ...]:
    return tuple(french()["misspelled"]["words"])


def _rewrite_plain(text: str) -> Rewritten:
    table, pattern = _table()
    words = "|".join(french()["day_number"]["prepositions"])
    prepositions = re.compile(rf"\b(?:{words})$")
    out: list[str] = []
    source: list[tuple[int, int]] = []
    position = 0
    for match in pattern.finditer(text):
        for index in range(position, match.start()):
            out.append(text[index])
            source.append((index, index + 1))
        if match["day"]:
            # "Le 15" alone is a day, as "on the 15th" is; "d'ici le 15" is "by the 15th".
            after_preposition = prepositions.search("".join(out).rstrip())
            prep = " ".join(match["prep"].split())
            leads = {"jusqu'au": "until ", "au plus tard le": "by ", "du": "of "}
            leads |= {"a partir du": "from ", "a compter du": "from ", "autour du": "around "}
            leads["aux alentours du"] = "around "
            lead = leads.get(prep) or ("" if after_preposition else "on ")
            weekday = table[match["weekday"]] + " " if match["weekday"] else ""
            english = f"{lead}{weekday}the {_ordinal(int(match['n']))}"
        elif match["ordinal"]:
            english = _ordinal(int(match["ordinal"]))
        elif match["dm_day"]:
            english = _day_month(match) or match.group()
        elif match["count"]:
            # "Deux prochaines semaines": the adjective goes first in English.
            adjective = french()["adjectives_before_count"][match["adjective"]]
            number = table.get(match["n2"], match["n2"])
            noun = table.get(" ".join(match["noun"].split()), match["noun"])
            english = f"{adjective} {number} {noun}"
        else:
            english = table[" ".join(match["words"].split())]
            if match["words"].endswith("'") and text[match.end() : match.end() + 1].isalpha():
                english += " "  # "d'avril" is "of april"
        out.append(english)
        source.extend([(match.start(), match.end())] * len(english))
        position = match.end()
    for index in range(position, len(text)):
        out.append(text[index])
        source.append((index, index + 1))
    return Rewritten("".join(out), tuple(source))
