"""Spelling in a French note: words the French dictionary (with its Canadian supplement) does
not know, and words it knows that lack their accent where they stand ("a" for "à", "des lundi"
for "dès lundi", "je suis sur que" for "sûr"). Errors, but a borrowed English word or a word
with a capital is a warning."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, partial

from followup.lib.checker.french_agreement import _participle_only
from followup.lib.checker.french_base import (
    _WORD,
    _data,
    _finding,
    _in_french,
    _starts_sentence,
    _words,
)
from followup.lib.checker.french_words import FUNCTION_WORDS, is_adjective, is_noun
from followup.lib.checker.frequency import frequencies, zipf
from followup.lib.checker.model import ERROR, WARNING, Finding
from followup.lib.checker.spelling import is_word
from followup.lib.checker.spelling_fr import french_analyses, french_suggestions, is_french_word
from followup.lib.checker.suggest import in_case_of
from followup.lib.checker.text import WORD_CHECK_LIMIT, Note, SpanSet, fold, strip_accents

_A = re.compile(r"(?<![\w'’-])(?P<a>[aA])\s+(?P<next>[^\W\d_]+(?:['’][^\W\d_]+)?)")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s]*$")


# What starts a clause, so that "je" before it is not the subject of an "a" after it.
_CLAUSE_START = re.compile(
    r"[.!?;:,\n()«»]|\b(?:que|qu'|qui|où|si|quand|lorsque|lorsqu'|mais|et|car|parce|comme|dont|"
    r"puisque|puisqu'|combien|comment|pourquoi|depuis|dès|ou|donc|alors|ainsi)\b"
)


_FIRST_PERSON_CLAUSE = re.compile(r"(?:^|\s)(?:je |j')")


# A subject other than "je" (a pronoun or a noun after its determiner): "j'espère l'équipe a"…
_THIRD_PERSON = re.compile(
    r"(?:^|\s)(?:il|elle|on|ce|c'|cela|ça|ceci|le|la|les|l'|un|une|mon|ma|mes|ton|ta|tes|son|sa|ses|"
    r"notre|nos|votre|vos|leur|leurs|cet|cette|ces|du|des|tout|personne|rien|chacun)(?:\s|$|(?<=')\w)"
)


_DETERMINER_END = re.compile(
    r"(?:^|\s)(?:le|la|les|l'|un|une|mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs|"
    r"ce|cet|cette|ces|du|des|au|aux|quel|quelle|quels|quelles|chaque|aucun|aucune|"
    r"plusieurs|certains|certaines|quelques)\s*$"
)


def a_for_à_findings(note: Note) -> list[Finding]:
    """ "correspond a mes valeurs", "a partir de", "merci a vous": the verb "a" (has) where
    French needs the preposition "à", the accent most often left out."""
    found = []
    for match in _A.finditer(note.plain):
        window = max(0, match.start() - 40)
        before = _WORD_BEFORE.search(note.plain[window : match.start()])
        written_before = before.group(1) if before else ""
        at = window + before.start(1) if before else match.start()
        if written_before[:1].isupper() and not _starts_sentence(note.text, at):
            continue  # a name is the subject: "combien Marie a travaillé"
        previous = written_before.lower()
        head = note.plain[: match.start()].lower().replace("’", "'")
        clause = _CLAUSE_START.split(head)[-1]
        openers = _CLAUSE_START.findall(head)
        opener = openers[-1] if openers else ""
        following = match.group("next").lower().replace("’", "'")
        named = match.group("next")[:1].isupper() and previous.endswith("ment")
        if _adverb_then_participle(following, note.plain, match.end()):
            continue  # "a plus porté sur…", "a beaucoup changé": "avoir" and its participle
        if previous == "un" and re.search(r"(?:quelqu|l)['’]un\s*$", head):
            continue  # "quelqu'un a", "l'un a": a pronoun subject
        if not named and not _is_preposition(previous, following, clause.rstrip(), opener):
            continue
        span = match.span("a")
        fix = ("À" if match.group("a") == "A" else "à",)
        found.append(_finding(note, "spelling", ERROR, span, fix, why="french-a"))
    return found


# A word that opens a noun phrase or stands for one: "avoir" may take it as its object ("il a
# tous les atouts"), so "a" before it is the preposition only when the clause has its verb.
_NOUN_PHRASE_START = frozenset(
    [
        "tous",
        "toutes",
        "tout",
        "toute",
        "chaque",
        "votre",
        "vos",
        "leur",
        "leurs",
        "notre",
        "nos",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "ce",
        "cet",
        "cette",
        "ces",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "plusieurs",
        "certains",
        "certaines",
        "quelques",
        "ceux",
        "celles",
        "celui",
        "celle",
        "chacun",
        "chacune",
    ]
)
# The clause already has its verb: an auxiliary and a participle ("le directeur a parlé",
# "qui ont travaillé"), or a subject pronoun and a verb ("nous transmettons", "ils ont remis").
_CLAUSE_VERB = re.compile(
    r"(?:^|\s)(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurai|aura|aurons|"
    r"aurez|auront|aurais|aurait|aurions|auriez|auraient|suis|es|est|sommes|êtes|sont|été|"
    r"étais|était|étions|étiez|étaient)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|ertes|erts|"
    r"int|inte|intes|ints)(?:\s|$)"
    r"|^\s*(?:nous|vous|ils|elles)\s+(?:ne\s+|n')?(?:(?:me|m'|te|t'|se|s'|le|la|les|l'|lui|leur|"
    r"nous|vous|y|en)\s*)*[^\W\d_]+\s+\S"
)


# An interrogative or relative "quel" is a subject or attribute, never followed by "à": "quelle a
# été votre impression", "laquelle a retenu mon attention".
_QUEL = frozenset(
    ["quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles"]
)


_LAST = re.compile(r"([^\W\d_]+)\s*$")


def _without_adjective(head: str) -> str:
    """`head` without the adjective it ends in, if any: "le nouveau " → "le " (an adjective
    before the noun: "le nouveau directeur a plus de…")."""
    last = _LAST.search(head)
    if last and is_adjective(last.group(1)) and not _DETERMINER_END.search(head):
        return head[: last.start()]
    return head


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _adverb_then_participle(following: str, text: str, end: int) -> bool:
    """True if the word after "a" is an adverb and the next a past participle: "a plus porté",
    "a toujours été" (not "à peine arrivée": "peine" is a noun)."""
    if following in _NOUN_PHRASE_START or (is_noun(following) and following not in FUNCTION_WORDS):
        return False
    after = _NEXT_WORD.match(text, end)
    word = after.group(1).lower() if after else ""
    return word in ("été", "eu") or bool(word) and _participle_only(word)


def _adverb(word: str) -> bool:
    """An adverb in "-ment" ("exactement"), not a noun ("le recrutement a été long")."""
    return word.endswith("ment") and not is_noun(word)


def _is_preposition(previous: str, following: str, clause: str = "", opener: str = "") -> bool:
    if previous in ("il", "elle", "on", "qui", "y", "ça", "cela", "ne", "n", "en", "lui"):
        return False
    if previous in ("chacun", "chacune", "ceci", "ci", "là"):
        return False  # a pronoun subject: "chacun a plus d'un rôle", "celle-ci a…"
    if previous in _QUEL or following in ("été", "eu") or _participle_only(following):
        return False  # "a" + a past participle is "avoir": "le recrutement a été long"
    relative = opener in ("que", "qu'", "dont", "où") or (
        opener == "qui" and not re.match(r"\s*(?:ont|sont|avaient|étaient)\s", clause)
    )  # "ce que le comité a dit a toute son importance": "a" may be the main verb
    if following in _NOUN_PHRASE_START and not relative and _CLAUSE_VERB.search(clause):
        return True  # "le directeur a parlé a tous ses employés", "nous écrivons a vos clients"
    head = clause[: -len(previous)] if previous else ""
    if not _FIRST_PERSON_CLAUSE.search(clause):
        head = _without_adjective(head)  # "le nouveau directeur a plus de…"
    if previous and _DETERMINER_END.search(head):
        return False  # a noun is the subject: "votre aide a rendu…", "le poste a plus de…"
    if _FIRST_PERSON_CLAUSE.search(clause) and not _THIRD_PERSON.search(clause):
        return True  # "je reste a votre disposition": with "je", the verb would be "ai"
    if _adverb(previous) or previous in _words("a_for_à", "after"):
        return True  # "correspond exactement a ce que…", "grâce a", "merci a"
    if following in _words("a_for_à", "next"):
        return True
    infinitive = previous.endswith(("er", "ir", "re")) and len(previous) > 3
    return (
        infinitive
        and previous not in _words("a_for_à", "not_infinitives")
        and _infinitive_only(previous)
    )


@cache
def _infinitive_only(word: str) -> bool:
    """A verb's infinitive by the dictionary that is no noun: "contribuer", not "conseiller"
    (le poste de conseiller a évolué) nor "plombier"."""
    readings = french_analyses(word)
    if not readings:
        return True  # unknown: read it as the infinitive it looks like
    return any(stem == word and flag[:1].islower() for stem, flag in readings) and not any(
        flag[:1].isupper() for _stem, flag in readings
    )


# "des" where French means "dès" (from): before a day, "que", "le", "mon"… ("des lundi").
_DES = re.compile(
    r"(?<![\w'’])(?P<des>[dD]es) (?=(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|"
    r"aujourd['’]hui|maintenant|que|qu['’]|le|la|l['’]|mon|ma|votre|notre|son|sa|leur|"
    r"réception|possible|lors|à présent|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)(?![\w'’]))"
)


def des_for_dès_findings(note: Note) -> list[Finding]:
    """ "disponible des lundi": the accent of "dès" left out."""
    found = []
    for match in _DES.finditer(note.plain):
        fix = ("Dès" if match.group("des")[0] == "D" else "dès",)
        span = match.span("des")
        found.append(_finding(note, "spelling", ERROR, span, fix, why="french-dès"))
    return found


@cache
def _accents() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = _data()["accents"]
    assert isinstance(table, list)
    return tuple((re.compile(str(entry["pattern"]), re.M), str(entry["fix"])) for entry in table)


def missing_accent_findings(note: Note) -> list[Finding]:
    """Words right without their accent but wrong where they stand: "je suis sur que" for
    "sûr", "ou en est" for "où", "mes taches" for "tâches", "j'ai du partir" for "dû"."""
    lowered = note.plain.lower().replace("’", "'")
    for start, end in note.skipped:
        # An address or a link is a word where it stands: "mon portfolio est sur www.x.ca".
        lowered = lowered[:start] + "z" * (end - start) + lowered[end:]
    found = []
    for pattern, fix in _accents():
        for match in pattern.finditer(lowered):
            start, end = match.span("w")
            written = note.text[start:end]
            right = fix + match.group("w")[len(strip_accents(fix)) :]
            suggestion = (in_case_of(written, right),)
            found.append(
                _finding(note, "spelling", ERROR, (start, end), suggestion, why="french-accent")
            )
    return found


# What French writes after a number to make it an ordinal: "1er", "1re", "2e", "3ème".
_ORDINAL_ENDINGS = frozenset(["er", "re", "e", "es", "ers", "res", "ème", "èmes", "eme", "ième"])


_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?:M|Mme|Mlle|Mmes|MM|Dr|Dre|Me|Pr|Pre|Mgr)\.\s+$")


def spelling_findings(note: Note, known: tuple[str, ...], skip: SpanSet) -> list[Finding]:
    known_folded = {fold(term) for term in known}
    found = []
    label_end = note.subject.start if note.subject else 0  # "Subject:" is not the user's
    for match in _WORD.finditer(note.plain, label_end):
        start, end = match.span()
        if start >= WORD_CHECK_LIMIT:
            break
        word = match.group().replace("’", "'")
        if skip.overlaps(start, end) or _spelled_right(word, known_folded):
            continue
        if start and note.plain[start - 1].isdigit() and word.lower() in _ORDINAL_ENDINGS:
            continue  # "le 1er février", "la 2e entrevue"
        head, apostrophe, tail = word.partition("'")
        if apostrophe and head.lower() in _ELIDED_HEADS and tail[:1].isupper():
            continue  # a name or an acronym after "l'", "d'", "qu'": "l'ACFO", "d'Orléans"
        if _acronym(word):
            continue  # "ACFO", "UQO", "PME", "CPE"
        capital = word[:1].isupper()
        if capital and not _starts_sentence(note.text, start):
            continue  # a name: "Belleville", "Tremblay"
        if capital and _TITLE_BEFORE.search(note.plain, max(0, start - 8), start):
            continue  # a name after an abbreviated title: "M. Nadeau", "Dr. Singh"
        borrowed = _borrowed(word)
        severity = WARNING if capital or borrowed else ERROR
        why = "french-borrowed" if borrowed else "french"
        written = note.text[start:end]
        suggest = partial(_suggestions, word)
        finding = Finding("spelling", severity, "", start, end, written, suggest)
        found.append(_in_french(finding, why=why, word=written))
    return found


# Words that drop their vowel before another: "l'ACFO", "qu'Ottawa", "jusqu'à".
_ELIDED_HEADS = frozenset(
    ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu")
)


def _acronym(word: str) -> bool:
    """Letters in capitals, maybe with a plural "s" ("UQO", "CPEs"), two to eight of them."""
    letters = word[:-1] if word.endswith("s") else word
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _borrowed(word: str) -> bool:
    """An English word French writers borrow ("startup"), not one missing its accents
    ("reunion" for "réunion"): a warning, not an error. Told apart by the French word list,
    not by the dictionary's suggestions, which cost a second or more a word."""
    if _unaccented(word.lower()) in _accented():
        return False
    return is_word(word.lower())


@cache
def _accented() -> dict[str, str]:
    """Each accented French word of the frequency list by its letters without accents, the
    most frequent first: "reunion" → "réunion", "interesse" → "intéressé"."""
    found: dict[str, str] = {}
    for word in frequencies("fr").zipf:
        if not word.isascii():
            found.setdefault(_unaccented(word), word)
    return found


def _unaccented(word: str) -> str:
    """A lower-case word's letters without accents ("œuvre" → "oeuvre"), quickly."""
    spelled = word.replace("œ", "oe").replace("æ", "ae")
    return unicodedata.normalize("NFD", spelled).encode("ascii", "ignore").decode()


def _spelled_right(word: str, known: set[str]) -> bool:
    if fold(word) in known or any(ch.isdigit() for ch in word) or len(word) < 2:
        return True
    if is_french_word(word) or is_french_word(word.lower()):
        return True
    if "oe" in word.lower() and is_french_word(word.lower().replace("oe", "œ")):
        return True  # "coeur", "oeuvre", "soeur": œ as most keyboards type it
    parts = word.split("-")
    if len(parts) > 1 and all(is_french_word(p) or is_french_word(p.lower()) for p in parts):
        return True
    return _prefixed(word.lower())


# Prefixes French joins to any word: "microcertification", "cofondatrice", "téléconsultation".
_PREFIXES = (
    "micro",
    "macro",
    "multi",
    "inter",
    "intra",
    "co",
    "pré",
    "post",
    "anti",
    "auto",
    "télé",
    "cyber",
    "éco",
    "bio",
    "hyper",
    "super",
    "mini",
    "maxi",
    "extra",
    "semi",
    "pluri",
    "trans",
    "ultra",
    "néo",
    "contre",
    "demi",
    "info",
    "visio",
)  # fmt: skip  ("re", "ré", "sur"… would let "remerci", "repondre" through)


def _prefixed(word: str) -> bool:
    """ "microcertifications" is "micro" + a French word of four letters or more."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 5 and is_french_word(rest):
            return True
    return False


def _suggestions(word: str) -> tuple[str, ...]:
    """French replacements, the most frequent first (frequency_fr.tsv)."""
    accented = _accented().get(_unaccented(word.lower()))
    found = ([accented] if accented else []) + list(french_suggestions(word))
    ranked = sorted(found, key=lambda s: (_same_letters(s, word), zipf(s, "fr")), reverse=True)
    return tuple(dict.fromkeys(in_case_of(word, s) for s in ranked[:6]))


def _same_letters(suggestion: str, word: str) -> bool:
    """True when only accents differ: "réunion" for "reunion" comes first."""
    return strip_accents(suggestion.lower()) == strip_accents(word.lower())
