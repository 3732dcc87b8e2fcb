"""Spelling in Canadian English: the Hunspell en_CA dictionary plus the local word list, the
names and terms of the record, and a warning for US spellings ("color", "colors", "centered",
"traveling": any form the Canadian dictionary rejects whose Canadian form it accepts).

An unknown word is an error only when nothing says it may be right: a word common in the
frequency list (unless it is a frequent misspelling of a much commoner word), a capitalised
word mid-sentence or after a title ("Dr. Okonkwo") is a warning at most.

Checking a word costs microseconds and its result is cached; suggestions (suggest.py) cost a
few milliseconds a word and are computed only when a finding's `suggestions` is read."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from followup.lib.checker.data import DATA_DIR, entries, folded_set, pairs
from followup.lib.checker.frequency import frequencies, zipf
from followup.lib.checker.model import ERROR, WARNING, Finding
from followup.lib.checker.structure import signature_lines
from followup.lib.checker.suggest import edit_cost, in_case_of, ranked
from followup.lib.checker.text import WORD_RE, Note, SpanSet, fold
from followup.lib.checker.wordclass import is_past_form
from followup.lib.checker.wordlist import SortedWords

if TYPE_CHECKING:
    from hunspell import Hunspell

LANGUAGE = "en_CA"


class Speller:
    """One Hunspell instance for a language, with our own word list added, made on first use;
    Hunspell is not safe to call from two threads at once, so every call holds its lock.

    With `word_list` (every form the dictionary accepts, see wordlist.py), words written in
    lower case or with a capital first letter are checked in that list and our own, exactly as
    Hunspell would: Hunspell then starts only for other words and for its own suggestions."""

    def __init__(
        self, language: str = LANGUAGE, own_words: str = "words.txt", word_list: str = ""
    ) -> None:
        self._language, self._own_words, self._word_list = language, own_words, word_list
        self._lock = threading.Lock()
        self._hunspell: Hunspell | None = None
        self._listed: tuple[SortedWords, frozenset[str]] | None = None

    def _get(self) -> Hunspell:
        if self._hunspell is None:
            from hunspell import Hunspell

            hunspell = Hunspell(self._language, hunspell_data_dir=str(DATA_DIR))
            for word in entries(self._own_words):
                hunspell.add(word)
            self._hunspell = hunspell
        return self._hunspell

    def _lists(self) -> tuple[SortedWords, frozenset[str]]:
        if self._listed is None:
            self._listed = (
                SortedWords(DATA_DIR / self._word_list),
                frozenset(entries(self._own_words)),
            )
        return self._listed

    def spell(self, word: str) -> bool:
        with self._lock:
            if self._word_list and _LISTED_SHAPE_RE.fullmatch(word) and _listed_case(word):
                return self._listed_part(word) or (
                    "-" in word and all(self._listed_part(part) for part in word.split("-"))
                )
            return bool(self._get().spell(word))

    def _listed_part(self, part: str) -> bool:
        """Hunspell's verdict on a part of a word in lower case or capitalised: in the
        dictionary or our list as written, or (capitalised) in lower case."""
        words, own = self._lists()
        if part in own or part in words:
            return True
        lower = part.lower()
        return lower != part and (lower in own or lower in words)

    def suggest(self, word: str) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._get().suggest(word))


# Words the word list answers for: letters with inner apostrophes or hyphens ("follow-up" is
# right when the whole or each part is, as Hunspell breaks words at hyphens)...
_LISTED_SHAPE_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _listed_case(word: str) -> bool:
    """...written in lower case or with a capital first letter only."""
    rest = word[1:]
    return rest == rest.lower() and (word[0].isupper() or word[0].islower())


# Two instances, so that a slow suggestion for one request does not hold up checking another.
_checker = Speller(word_list="en_CA.words")
_suggester = Speller()

_BRITISH_ISE_RE = re.compile(r"(is|ys)(e|es|ed|ing|ation|ations|ational|ationally|er|ers)$")


@lru_cache(maxsize=200_000)
def is_word(word: str) -> bool:
    """True if `word` (straight apostrophes) is spelled right in Canadian English.
    Both -ize and -ise spellings are accepted ("organize", "organise"), and so are the
    medical words with "ae" or "oe" Canadian hospitals keep ("paediatrics", "haematology")."""
    if _checker.spell(word):
        return True
    british = _BRITISH_ISE_RE.search(word)
    if british:
        z_form = word[: british.start()] + british.group(1)[0] + "z" + word[british.end(1) :]
        return _checker.spell(z_form)
    if "ae" in word or "oe" in word:
        return _checker.spell(word.replace("ae", "e").replace("oe", "e"))
    return False


@lru_cache(maxsize=200_000)
def accepted_form(word: str) -> str | None:
    """`word` as the dictionary accepts it: as is, or capitalised ("monday" → "Monday")."""
    if is_word(word):
        return word
    capitalised = word[:1].upper() + word[1:]
    return capitalised if is_word(capitalised) else None


@lru_cache(maxsize=4096)
def dictionary_suggestions(word: str) -> tuple[str, ...]:
    """Replacements for `word`, the likeliest first: common words close to it, or Hunspell's
    suggestions when there are none."""
    found = ranked(word.lower(), accepted_form)
    if not found:
        # Hunspell takes 100-500 ms; an unknown capitalised word is most likely a name, for
        # which its suggestions are no help.
        return () if word[:1].isupper() else _suggester.suggest(word)
    return tuple(dict.fromkeys(in_case_of(word, suggestion) for suggestion in found[:8]))


# A word in the frequency list but not the dictionary is a misspelling when a dictionary word
# this many Zipf points commoner is one edit away ("recieve", "thier", "alot").
_MISSPELLING_GAP = 1.0
_COMMON = 2.5  # Zipf: a few times in ten million words


@lru_cache(maxsize=20_000)
def common_word(word: str) -> bool:
    """True if `word`, unknown to the dictionary, is common enough in written English to be
    probably right (a new word, a term of a trade) rather than a misspelling."""
    lower = word.lower()
    own = zipf(lower)
    if own < _COMMON:
        return False
    table = frequencies()
    for variant in one_edit_away(lower):
        # A word rarer than Zipf 3 is no commoner one: `own` is at least _COMMON.
        commoner = table.common.get(variant, 0.0)
        if commoner - own >= _MISSPELLING_GAP and accepted_form(variant):
            return False
    for index in range(1, len(lower)):
        left, right = lower[:index], lower[index:]
        if right in _PARTICLES and _content_word(left):
            continue  # a noun made of a phrasal verb ("rollout", "signup"), not "alot"
        commoner = min(table.of(left), table.of(right))
        if commoner - own >= _MISSPELLING_GAP and accepted_form(left) and accepted_form(right):
            return False
    return True


# The adverbs of phrasal verbs, which English joins to the verb to make a noun ("rollout",
# "signup", "handoff").
_PARTICLES = frozenset({"out", "up", "in", "on", "off", "down", "over", "back", "away", "through"})
_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def one_edit_away(word: str) -> set[str]:
    """Every string one letter dropped, swapped with the next, changed or added from `word`."""
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    found = {left + right[1:] for left, right in splits if right}
    found |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    found |= {left + ch + right[1:] for left, right in splits if right for ch in _LETTERS}
    found |= {left + ch + right for left, right in splits for ch in _LETTERS}
    found.discard(word)
    return found


def suggestions_for(word: str, known: Iterable[str] = ()) -> tuple[str, ...]:
    """Replacements for a misspelled word: close names from the record first (full names are
    split into their parts), then the dictionary's."""
    word = word.strip().translate(_STRAIGHT_QUOTES)
    if not word:
        return ()
    base = _strip_possessive(word)
    ending = word[len(base) :]
    import difflib  # here: only a misspelt word needs it

    by_fold = {fold(term): term for term in known_terms(known)}
    close = difflib.get_close_matches(fold(base), list(by_fold), n=3, cutoff=0.75)
    found = [by_fold[key] + ending for key in close]
    for suggestion in dictionary_suggestions(word):
        if suggestion not in found:
            found.append(suggestion)
    return tuple(found[:8])


# US → Canadian patterns, tried on a word the Canadian dictionary rejects: the first whose
# result it accepts gives the Canadian form. Each works on every inflection of the word.
_US_PATTERNS = (
    (
        re.compile(
            r"(?<=[a-z][a-z])or(?=(?:s|ed|ing|ful|fully|less|ite|ites|able|ably|al|ally|"
            r"hood|hoods|ism|ist|ists|er|ers|y|ly|ee|ees|ship|ships)?$)"
        ),
        "our",
    ),  # color, colors, behavioral, neighborly, honoree
    (re.compile(r"(?<=[a-z][a-z])er(?=(?:s|ed|ing)?$)"), "re"),  # center, centers, centered
    (re.compile(r"(?<=[a-z][a-z])er(?=ing$)"), "r"),  # centering
    (
        re.compile(r"(?<=[aeiou])l(?=(?:ed|ing|er|ers|or|ors|ation|ations|en)$)"),
        "ll",
    ),  # traveled, counselor, cancelation, woolen
    (re.compile(r"(?<=[a-z]i)c(?=(?:ed|ing)$)"), "s"),  # practiced, practicing
    (re.compile(r"(?<=m)ol(?=d)"), "oul"),  # mold, molding, smolder
    (re.compile(r"(?<=gr)a(?=y)"), "e"),  # gray, graying
    (re.compile(r"(?<=[a-z])og(?=s?$)"), "ogue"),  # catalog, catalogs
    (re.compile(r"(?<=[a-z])ense(?=s?$)"), "ence"),  # defense, offenses
    (re.compile(r"(?<=g)(?=ments?$)"), "e"),  # acknowledgment(s)
    (re.compile(r"ll(?=(?:s|ed|ing|ment|ments|ful|fully)?$)"), "l"),  # enroll, skillful
)


def us_spelling(word: str) -> str | None:
    """The Canadian spelling if `word` is a US form (listed in us_to_ca.tsv, or a regular one
    the Canadian dictionary rejects: "colors", "centered", "traveling"), in its case."""
    lower = word.lower()
    canadian = pairs("us_to_ca.tsv").get(lower)
    if canadian is None:
        canadian = _regular_us_spelling(lower)
    if canadian is None:
        canadian = _inflected_us_spelling(lower)
    return None if canadian is None else in_case_of(word, canadian)


_INFLECTIONS = (("ed", "ed"), ("d", "d"), ("ing", "ing"), ("s", "s"), ("es", "es"))  # fmt: skip


@lru_cache(maxsize=20_000)
def _inflected_us_spelling(lower: str) -> str | None:
    """A US form the Canadian dictionary lacks in both spellings once inflected: "favorited"
    is "favorite" (Canadian "favourite") with "d", so "favourited"."""
    if is_word(lower) or not lower.isalpha():
        return None
    for ending, _ in _INFLECTIONS:
        stem = lower[: -len(ending)]
        if not lower.endswith(ending) or len(stem) < 4:
            continue
        canadian = pairs("us_to_ca.tsv").get(stem) or (
            _regular_us_spelling_of_word(stem) if is_word(stem) else _regular_us_spelling(stem)
        )
        if canadian is not None:
            return canadian + ending
    return None


@lru_cache(maxsize=20_000)
def _regular_us_spelling_of_word(lower: str) -> str | None:
    """The Canadian form of a US word the dictionary accepts too ("favorite": "favourite")."""
    for pattern, replacement in _US_PATTERNS:
        for match in pattern.finditer(lower):
            candidate = lower[: match.start()] + replacement + lower[match.end() :]
            if candidate != lower and is_word(candidate):
                return candidate
    return None


@lru_cache(maxsize=20_000)
def _regular_us_spelling(lower: str) -> str | None:
    if is_word(lower) or not lower.isalpha():
        return None
    for pattern, replacement in _US_PATTERNS:
        for match in pattern.finditer(lower):
            candidate = lower[: match.start()] + replacement + lower[match.end() :]
            if is_word(candidate) and candidate not in folded_set("function_words.txt"):
                return candidate  # not "untill" for "until": a slip, not a US form
    return None


_STRAIGHT_QUOTES = str.maketrans("’‘", "''")


def known_terms(values: Iterable[str]) -> tuple[str, ...]:
    """The words of names and terms from the record, split into parts ("Siobhan O'Connor" gives
    "Siobhan", "O'Connor"; "Marie-Ève" also gives "Marie" and "Ève")."""
    found: dict[str, str] = {}
    for value in values:
        for match in WORD_RE.finditer(value.translate(_STRAIGHT_QUOTES)):
            token = match.group()
            found.setdefault(fold(token), token)
            for part in token.split("-"):
                found.setdefault(fold(part), part)
    return tuple(found.values())


def _skippable(token: str) -> bool:
    """Not prose to spell-check: a letter alone, anything with digits or underscores, an
    acronym ("HR", "KPIs"), a camel-cased brand ("iPhone"), text in a non-Latin script."""
    letters = token.replace("'", "").replace("-", "")
    if len(letters) < 2 or any(ch.isdigit() or ch == "_" for ch in letters):
        return True
    if letters.isupper() or (letters[:-1].isupper() and letters[-1] == "s" and len(letters) > 2):
        return True
    if any(ch.isupper() for ch in letters[1:]) and not letters.isupper():
        return True
    return any(not _is_latin(ch) for ch in letters)


@lru_cache(maxsize=4096)
def _is_latin(ch: str) -> bool:
    return ch < "\u0250" or "\u1e00" <= ch < "\u1f00" or "\u0300" <= ch < "\u0370"


def _strip_possessive(token: str) -> str:
    if token.lower().endswith("'s") and len(token) > 3:
        return token[:-2]
    return token


_TITLE_BEFORE_RE = re.compile(r"(\w+)\.\s*$")


def _sentence_start(plain: str, start: int) -> bool:
    """True if the word at `start` begins a sentence or a line, so its capital says nothing.
    A period after a title ("Dr.", "Ms.") does not end a sentence."""
    index = start - 1
    while index >= 0 and plain[index] in " \t\"'([*-•":
        index -= 1
    if index < 0 or plain[index] in "!?:;\n\r":
        return True
    if plain[index] != ".":
        return False
    title = _TITLE_BEFORE_RE.search(plain, max(0, index - 12), index + 1)
    # A title is written with its capital ("Capt. Beaudoin"); "…met the principal." ends a
    # sentence.
    word = title.group(1) if title else ""
    return not (word[:1].isupper() and word.casefold() in folded_set("titles.txt"))


def spelling_findings(
    note: Note, known: tuple[str, ...], skip: list[tuple[int, int]]
) -> list[Finding]:
    """Findings for misspelled words and US spellings, outside the spans in `skip`."""
    known_folded = frozenset(fold(term) for term in known)
    skipped = SpanSet(skip)
    findings: list[Finding] = []
    for start, end, token in note.words():
        if _plainly_right(token) or skipped.overlaps(start, end):
            continue
        if _file_ending(note.plain, start, token):
            continue
        if "-" in token and not _acceptable(token, known_folded):
            offset = start
            parts = token.split("-")
            for index, part in enumerate(parts):
                # A prefix before a hyphen ("de-escalation", "co-op", "pre-screening").
                prefix = index < len(parts) - 1 and part.lower() in _HYPHEN_PREFIXES
                if not prefix:
                    findings.extend(_word_findings(note, offset, part, known, known_folded))
                offset += len(part) + 1
        elif "-" not in token:
            findings.extend(_word_findings(note, start, token, known, known_folded))
    return findings


def _file_ending(plain: str, start: int, token: str) -> bool:
    """A short ending in lower case joined by a dot to the word before: a software or file
    name ("Node.js", "socket.io", "notes.docx"), not prose."""
    return (
        start >= 2
        and plain[start - 1] == "."
        and plain[start - 2].isalnum()
        and len(token) <= 4
        and token.isalpha()
        and token.islower()
    )


@lru_cache(maxsize=200_000)
def _plainly_right(token: str) -> bool:
    """A word right whatever the record says: in the dictionary and not a US form."""
    return "-" not in token and _correct(token) and us_spelling(_strip_possessive(token)) is None


def _acceptable(token: str, known_folded: frozenset[str]) -> bool:
    if fold(token) in known_folded or fold(_strip_possessive(token)) in known_folded:
        return True
    return _correct(token)


@lru_cache(maxsize=200_000)
def _correct(token: str) -> bool:
    """The verdict for a token regardless of the record's names; cached per token."""
    if _skippable(token):
        return True
    base = _strip_possessive(token)
    return is_word(token) or (base != token and is_word(base))


def _word_findings(
    note: Note, start: int, token: str, known: tuple[str, ...], known_folded: frozenset[str]
) -> list[Finding]:
    end = start + len(token)
    original = note.text[start:end]
    if fold(_strip_possessive(token)) in known_folded:
        return []
    base = _strip_possessive(token)
    canadian = us_spelling(base)
    if canadian is not None:
        canadian += original[len(base) :]
        message = f"“{original}” is the US spelling; in Canada it is written “{canadian}”."
        us_params = (("why", "us-spelling"), ("word", original), ("canadian", canadian))
        return [Finding("spelling", WARNING, message, start, end, original, (canadian,), us_params)]
    if _acceptable(token, known_folded):
        return []
    suggest = partial(suggestions_for, token, known)
    why = _why_unknown(note, start, token)
    if why == "unknown" and _shortened_name(base, known_folded):
        why = "name"  # "Dal" signing for Dallin, "Liz" for Lizbeth: a name of the record cut short
    message = {
        "name": f"“{original}” is not in the dictionary. If it is a name or a place, "
        "check its spelling.",
        "common": f"“{original}” is not in the dictionary, though it is a common word: check it.",
        "compound": f"“{original}” is not in the dictionary; if it is one word made of two, "
        "check it.",
        "term": f"“{original}” is not in the dictionary, nor close to a word it knows: if it is "
        "a term of your field, check its spelling.",
        "unknown": f"“{original}” may be misspelled.",
    }[why]
    severity = ERROR if why == "unknown" else WARNING
    params = (("why", why), ("word", original))
    return [Finding("spelling", severity, message, start, end, original, suggest, params)]


def _shortened_name(word: str, known_folded: frozenset[str]) -> bool:
    """A capitalised word that starts a longer name of the record ("Dal" of "Dallin")."""
    folded = fold(word)
    return (
        word[:1].isupper()
        and len(folded) >= 2
        and any(len(name) > len(folded) and name.startswith(folded) for name in known_folded)
    )


def _why_unknown(note: Note, start: int, token: str) -> str:
    """Why a word the dictionary lacks may still be right: a capitalised word mid-sentence or
    after a title is likely a name, and so is one starting a sentence that is no slip of a
    common word ("Jasleen and I…", not "Recieve"); a common word may be a new one, two words
    joined a compound."""
    base = _strip_possessive(token)
    capitalised = token[0].isupper() and not token.isupper()
    if capitalised and (not _sentence_start(note.plain, start) or not slip_of_common_word(base)):
        return "name"
    if capitalised and any(line.start <= start < line.end for line in signature_lines(note)):
        return "name"  # the writer's own name under the closing
    if capitalised and _acts_as_subject(note.plain, start + len(token), token):
        return "name"  # "Chidi showed me…", "Aoife's team…", "Cian and I…"
    if common_word(base):
        return "common"
    if compound_word(base):
        return "compound"
    if term_of_a_field(base):
        return "term"
    return "unknown"


_SLIP_COST = 1.3  # edits as cheap as a swapped pair and a doubled letter

# Verbs in the past or the present after a person's name that the dictionary's flags don't tell.
_SUBJECT_VERBS = frozenset(
    {"was", "had", "said", "told", "gave", "took", "made", "met", "led", "went", "came",
     "brought", "spoke", "taught", "got", "kept", "showed", "shared", "also", "really",
     "mentioned", "explained", "introduced", "walked"}
)  # fmt: skip
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)(?:[ \t]+([^\W\d_][\w'’-]*))?")


def _acts_as_subject(plain: str, end: int, token: str) -> bool:
    """A capitalised word starting a sentence reads as a person's name when it owns something
    ("Aoife's team") or does something: a verb in the past follows ("Chidi showed me", "Femi
    was", unless it is a slip of a function word or an adverb: "Wich was", "Realy enjoyed"),
    or "and I" ("Cian and I")."""
    if token.lower().endswith(("'s", "’s")):
        return True
    following = _NEXT_WORD_RE.match(plain, end)
    if following is None:
        return False
    word, after = following.group(1).lower(), (following.group(2) or "").lower()
    verb = word in _SUBJECT_VERBS or is_past_form(word)
    joined = word == "and" and after in {"i", "me", "my"}
    return joined or (verb and not _slip_of_function_word(token))


@lru_cache(maxsize=4096)
def _slip_of_function_word(word: str) -> bool:
    """One edit from a function word ("Wich", "Thier") or an adverb in -ly ("Realy")."""
    lower = word.lower()
    function = folded_set("function_words.txt")
    return any(
        variant in function or (variant.endswith("ly") and zipf(variant) >= 3.0)
        for variant in one_edit_away(lower)
    )


@lru_cache(maxsize=20_000)
def slip_of_common_word(word: str) -> bool:
    """True if a common dictionary word is a typing slip away from `word` ("Recieve",
    "Tommorow"), so that a capital at the start of a sentence does not make it a name."""
    lower = word.lower()
    table = frequencies()
    for variant in one_edit_away(lower):
        if table.common.get(variant, 0.0) >= 3.0 and accepted_form(variant):
            return True
    return _near_common_word(lower, _SLIP_COST)


@lru_cache(maxsize=20_000)
def _best_replacements(lower: str) -> tuple[str, ...]:
    """The three best replacements of a word the dictionary lacks, each one word."""
    return tuple(word for word in ranked(lower, accepted_form)[:3] if " " not in word)


def _near_common_word(lower: str, cost: float) -> bool:
    """Whether one of the best replacements of `lower` is a common word within `cost` edits."""
    table = frequencies()
    return any(
        table.of(word) >= 3.0 and edit_cost(lower, word.lower()) <= cost
        for word in _best_replacements(lower)
    )


_TERM_COST = 2.0  # edits beyond which a replacement is another word, not what was meant


@lru_cache(maxsize=20_000)
def term_of_a_field(word: str) -> bool:
    """True if a word in small letters that the dictionary lacks is far from every common word
    ("mechatronics", "scikit"): a typing slip lands near the word meant ("recieve", "greatfull"),
    so a word near none is more likely a term of the writer's field the dictionary lacks. Two
    words run together ("incase", "thankyou") and "-full" for "-ful" ("greatfull") are slips all
    the same."""
    lower = word.lower()
    if not word.islower() or not lower.isalpha() or len(lower) < 4 or lower.endswith("full"):
        return False
    if slip_of_common_word(lower) or _near_common_word(lower, _TERM_COST):
        return False
    return not _run_together(lower)


def _run_together(lower: str) -> bool:
    """Two dictionary words written as one, one of them a function word ("incase", "alot")."""
    function = folded_set("function_words.txt")
    table = frequencies()
    for index in range(1, len(lower)):
        left, right = lower[:index], lower[index:]
        if (left in function or right in function) and min(table.of(left), table.of(right)) >= 3:
            return True
    return False


# Prefixes that make new words of any word ("interlibrary", "multisite", "preapproved"), and
# the combining forms of trades' new words ("telehealth", "geospatial", "biosolids").
_PREFIXES = (
    "aero",
    "agri",
    "anti",
    "bio",
    "cyber",
    "eco",
    "electro",
    "geo",
    "hydro",
    "hyper",
    "infra",
    "macro",
    "meta",
    "nano",
    "neuro",
    "tele",
    "thermo",
    "ultra",
    "co",
    "counter",
    "cross",
    "inter",
    "intra",
    "micro",
    "mid",
    "multi",
    "non",
    "over",
    "post",
    "pre",
    "re",
    "self",
    "semi",
    "sub",
    "super",
    "trans",
    "tri",
    "under",
    "up",
)


# Prefixes written with a hyphen before a word: the prefixes above, and "de" ("de-escalate"),
# "e" ("e-learning"), "ex" ("ex-colleague"), "non", "pre", "re", "co".
_HYPHEN_PREFIXES = frozenset((*_PREFIXES, "de", "e", "ex", "mis", "out", "bi", "uni", "mini"))


@lru_cache(maxsize=20_000)
def compound_word(word: str) -> bool:
    """True if `word` is two content words joined ("makerspace") or a prefix and a word
    ("interlibrary"). Function words ("you", "lot") don't count: "thankyou", "alot" are slips."""
    lower = word.lower()
    if not lower.isalpha():
        return False
    for index in range(2, len(lower) - 2):
        left, right = lower[:index], lower[index:]
        if left in _PREFIXES and len(right) >= 4 and accepted_form(right) == right:
            return True
        if left == "de" and len(right) >= 6 and accepted_form(right) == right:
            return True  # "deduplication", not "desing" (a slip of "design")
        if _content_word(left) and _content_word(right):
            return True
    return False


def _content_word(part: str) -> bool:
    """A word of substance: not a function word, not a rare abbreviation ("inf")."""
    floor = 4.0 if len(part) == 3 else 3.0
    return (
        len(part) >= 3
        and part not in folded_set("function_words.txt")
        and zipf(part) >= floor
        and accepted_form(part) == part
    )
