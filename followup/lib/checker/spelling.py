"""Spelling in Canadian English: the Hunspell en_CA dictionary plus the local word list, the
names and terms of the record, and a warning for US spellings ("color" for "colour").

Checking a word costs microseconds and its result is cached; suggestions cost ~50-300 ms a
word, so they are computed only when a finding's `suggestions` is read."""

from __future__ import annotations

import difflib
import re
import threading
from collections.abc import Iterable
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from followup.lib.checker.data import DATA_DIR, entries, pairs
from followup.lib.checker.model import ERROR, WARNING, Finding
from followup.lib.checker.text import WORD_RE, Note, fold, overlaps

if TYPE_CHECKING:
    from hunspell import Hunspell

LANGUAGE = "en_CA"


class _Speller:
    """One Hunspell instance, made on first use; Hunspell is not safe to call from two threads
    at once, so every call holds the instance's lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hunspell: Hunspell | None = None

    def _get(self) -> Hunspell:
        if self._hunspell is None:
            from hunspell import Hunspell

            hunspell = Hunspell(LANGUAGE, hunspell_data_dir=str(DATA_DIR))
            for word in entries("words.txt"):
                hunspell.add(word)
            self._hunspell = hunspell
        return self._hunspell

    def spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._get().spell(word))

    def suggest(self, word: str) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._get().suggest(word))


# Two instances, so that a slow suggestion for one request does not hold up checking another.
_checker = _Speller()
_suggester = _Speller()

_BRITISH_ISE_RE = re.compile(r"(is|ys)(e|es|ed|ing|ation|ations|er|ers)$")


@lru_cache(maxsize=200_000)
def is_word(word: str) -> bool:
    """True if `word` (straight apostrophes) is spelled right in Canadian English.
    Both -ize and -ise spellings are accepted ("organize", "organise")."""
    if _checker.spell(word):
        return True
    british = _BRITISH_ISE_RE.search(word)
    if british:
        z_form = word[: british.start()] + british.group(1)[0] + "z" + word[british.end(1) :]
        return _checker.spell(z_form)
    return False


@lru_cache(maxsize=4096)
def dictionary_suggestions(word: str) -> tuple[str, ...]:
    return _suggester.suggest(word)


def suggestions_for(word: str, known: Iterable[str] = ()) -> tuple[str, ...]:
    """Replacements for a misspelled word: close names from the record first (full names are
    split into their parts), then the dictionary's."""
    word = word.strip().translate(_STRAIGHT_QUOTES)
    if not word:
        return ()
    base = _strip_possessive(word)
    ending = word[len(base) :]
    by_fold = {fold(term): term for term in known_terms(known)}
    close = difflib.get_close_matches(fold(base), list(by_fold), n=3, cutoff=0.75)
    found = [by_fold[key] + ending for key in close]
    for suggestion in dictionary_suggestions(word):
        if suggestion not in found:
            found.append(suggestion)
    return tuple(found[:8])


def us_spelling(word: str) -> str | None:
    """The Canadian spelling if `word` is a US form listed in us_to_ca.tsv, in its case."""
    canadian = pairs("us_to_ca.tsv").get(word.lower())
    if canadian is None:
        return None
    if word.isupper():
        return canadian.upper()
    if word[0].isupper():
        return canadian[0].upper() + canadian[1:]
    return canadian


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


def _sentence_start(plain: str, start: int) -> bool:
    """True if the word at `start` begins a sentence or a line, so its capital says nothing."""
    index = start - 1
    while index >= 0 and plain[index] in " \t\"'([*-•":
        index -= 1
    return index < 0 or plain[index] in ".!?:;\n\r"


def spelling_findings(
    note: Note, known: tuple[str, ...], skip: list[tuple[int, int]]
) -> list[Finding]:
    """Findings for misspelled words and US spellings, outside the spans in `skip`."""
    known_folded = frozenset(fold(term) for term in known)
    findings: list[Finding] = []
    for start, end, token in note.words():
        if overlaps(start, end, skip):
            continue
        if "-" in token and not _acceptable(token, known_folded):
            offset = start
            for part in token.split("-"):
                findings.extend(_word_findings(note, offset, part, known, known_folded))
                offset += len(part) + 1
        elif "-" not in token:
            findings.extend(_word_findings(note, start, token, known, known_folded))
    return findings


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
    canadian = us_spelling(_strip_possessive(token))
    if canadian is not None:
        message = f"“{original}” is the US spelling; in Canada it is written “{canadian}”."
        return [Finding("spelling", WARNING, message, start, end, original, (canadian,))]
    if _acceptable(token, known_folded):
        return []
    suggest = partial(suggestions_for, token, known)
    if token[0].isupper() and not _sentence_start(note.plain, start):
        message = (
            f"“{original}” is not in the dictionary. If it is a name or a place, "
            "check its spelling."
        )
        return [Finding("spelling", WARNING, message, start, end, original, suggest)]
    message = f"“{original}” may be misspelled."
    return [Finding("spelling", ERROR, message, start, end, original, suggest)]
