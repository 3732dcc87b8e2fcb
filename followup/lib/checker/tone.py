"""Tone: casual writing (`informal`: chat abbreviations, slang, emoji, "!!!", SHOUTING) and
lines that blame, assume, pressure or plead (`accusatory`, plus hostility in a reply to a
rejection). The phrases live in data/informal.txt, data/accusatory.txt and data/hostile.txt.

Working out which words each tone pattern needs takes a while, so it is kept between processes
in the user's cache folder (data.cache_dir(), never the package's folder, which may be
read-only), keyed by the lists' text and this code; when that folder cannot be written, it is
worked out in each process."""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import re._casefix as _casefix
import re._constants as _constants
import re._parser as _parser
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import chain
from pathlib import Path
from typing import Any

from followup.lib.checker.compiled import (
    Code,
    Store,
    build,
    compile_all,
    remove_quietly,
    store_type_ok,
)
from followup.lib.checker.data import (
    Pattern,
    cache_dir,
    entries,
    entry_source,
    folded_set,
    patterns,
)
from followup.lib.checker.model import ERROR, WARNING, CheckContext, Finding
from followup.lib.checker.scout import (
    first_word,
    matches,
    may_match,
    scout_source,
    stays_in_stretch,
)
from followup.lib.checker.text import Note, fold, overlaps
from followup.lib.checker.tone_scorer import all_sentences, reads_as_tone
from followup.lib.checker.tone_scorer import sentences as scored_sentences

_EMOJI_RE = re.compile(
    "(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u203c\u2049\u3030\u303d]"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+"
)
_REPEATED_PUNCTUATION_RE = re.compile(r"[!?]{2,}")
_CAPS_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_SHOUTING_RUN = 3
_CAPITAL_PAIR_RE = re.compile(r"[A-Z]'?[A-Z]")


def informal_findings(
    note: Note, known: tuple[str, ...], skip: list[tuple[int, int]]
) -> list[Finding]:
    """Casual words, emoji, repeated "!!" and shouting; words inside `skip` (template blanks
    such as "TODO") are not counted as shouting."""
    known_folded = frozenset(fold(term) for term in known)
    findings = []
    if _lowers_simply(note.plain):
        # Each casual word or pattern is looked for in lower case (faster than ignoring case),
        # and only when the note holds the words its matches hold.
        lowered, present = _note_present(note)
        holds = present.bits
        checks = _informal_checks()
    else:
        lowered, holds, checks = note.plain, 0, ()
    for index, pattern in enumerate(patterns("informal.txt")):
        regex = pattern.regex
        scout = None
        if checks:
            needs, words, lower_regex = checks[index]
            if needs & holds != needs or any(word not in lowered for word in words):
                continue  # a word every match holds is missing
            if lower_regex is not None:
                regex = lower_regex
            else:
                scout = _case_scouts()[index]
        text = lowered if regex is not pattern.regex else note.plain
        for match in matches(regex, scout, text, None, pattern.word_start):
            start, end = match.span()
            if fold(note.plain[start:end]) in known_folded:
                continue
            findings.append(_informal(note, start, end, pattern))
    emoji = () if note.text.isascii() else _EMOJI_RE.finditer(note.text)  # emoji are not ASCII
    for match in emoji:
        message = "Emoji make a note to an employer look casual. Words work better."
        findings.append(_plain(note, match.start(), match.end(), message))
    for match in _REPEATED_PUNCTUATION_RE.finditer(note.plain):
        message = f"“{match.group()}” reads as casual. One mark is enough."
        suggestion = match.group()[0]
        findings.append(_plain(note, match.start(), match.end(), message, (suggestion,)))
    findings.extend(_shouting(note, known, skip))
    return findings


@cache
def _informal_needs() -> tuple[tuple[frozenset[str], ...], ...]:
    """For each casual word or pattern, the sets of words (in lower case) its matches hold one
    of each; nothing for a pattern written with other than plain ASCII."""
    sources = [pattern.regex.pattern for pattern in patterns("informal.txt")]
    needs = _kept("tone-informal-needs", sources, _informal_requirements)
    return tuple(tuple(frozenset(words) for words in found) for found in needs)


def _informal_requirements(sources: list[str]) -> list[list[list[str]]]:
    """`_informal_needs` worked out from the casual patterns' regex sources."""
    needs = []
    for source in sources:
        found = (
            _requirements(list(_parser.parse(_lower_source(source)))) if source.isascii() else []
        )
        needs.append([sorted({word.lower() for word in words}) for words in found])
    return needs


def _kept(name: str, given: Any, work_out: Callable[[Any], Any]) -> Any:
    """`work_out(given)` (plain JSON values both), kept in the cache folder by an earlier
    process for the same `given` and code, else worked out and kept there when it can be."""
    key = hashlib.sha256(
        json.dumps([sys.version, given]).encode() + Path(__file__).read_bytes()
    ).hexdigest()
    path = _CACHE_DIR / f"{name}-{key[:24]}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    result = work_out(given)
    if _writable(_CACHE_DIR):
        for old in _CACHE_DIR.glob(f"{name}-*.json"):
            remove_quietly(old)
        _write_cache(path, result)
    return result


# A regex source that lower case could change the meaning of: inline flags ("(?-i:\\bu\\b)"
# tells "u" from "U"), or an escaped backslash before a letter.
_CASE_MATTERS_RE = re.compile(r"\(\?[a-zA-Z-]|\\\\")


@cache
def _informal_checks() -> tuple[tuple[int, tuple[str, ...], re.Pattern[str] | None], ...]:
    """For each casual word or pattern, what a note in lower case (that lowers simply) must
    hold for it to match: the bits of its needed words (`_WordIndex`) and, for a plain phrase,
    each of its words; and its regex in lower case, matched case-sensitively against the note
    in lower case, when lower case cannot change what it matches (else None)."""
    index = _word_index()
    lower_sources: list[tuple[str, int]] = []
    usable = []
    for pattern in patterns("informal.txt"):
        source = pattern.regex.pattern
        ok = source.isascii() and not _CASE_MATTERS_RE.search(source)
        usable.append(ok)
        lower_sources.append((_lower_source(source) if ok else "", 0))
    compiled = compile_all(lower_sources, _CACHE_DIR, "tone-informal-lower")
    checks = []
    for pattern, needed, ok, regex in zip(
        patterns("informal.txt"), _informal_needs(), usable, compiled, strict=True
    ):
        phrase = pattern.source.partition("=>")[0].strip()
        plain = not phrase.startswith("re:") and phrase.isascii()
        words = tuple(phrase.lower().split()) if plain else ()
        checks.append((index.bits_of(needed), words, regex if ok else None))
    return tuple(checks)


@cache
def _case_scouts() -> tuple[re.Pattern[str] | None, ...]:
    """For each casual pattern written whole in exact case ("(?-i:\\bu\\b)": "u", not "U"),
    its scout (scout.py), matched in exact case too; None for the others."""
    scouts: list[re.Pattern[str] | None] = []
    for pattern in patterns("informal.txt"):
        source = pattern.regex.pattern
        scout = None
        if source.startswith("(?-i:"):
            parsed = list(_parser.parse(source, re.IGNORECASE))
            if len(parsed) == 1 and parsed[0][0] is _constants.SUBPATTERN:
                _group, add_flags, del_flags, body = parsed[0][1]
                if not add_flags and del_flags == re.IGNORECASE:
                    found = scout_source(list(body))
                    scout = None if found is None else re.compile(found)
        scouts.append(scout)
    return tuple(scouts)


# Letters that a case-insensitive regex matches although `str.lower` does not make them the
# same (dotless ı with i, long ſ with s, Greek and Cyrillic variants…).
_CASE_FIXES = frozenset(chain(_casefix._EXTRA_CASES, *_casefix._EXTRA_CASES.values()))


def _lowers_simply(text: str) -> bool:
    """True when each letter that a case-insensitive regex of ASCII letters matches in `text`
    is that letter in `text.lower()`, so words can be looked for there first."""
    return text.isascii() or all(
        len(ch.lower()) == 1 and ord(ch.lower()) not in _CASE_FIXES
        for ch in set(text)
        if not ch.isascii()
    )


def _informal(note: Note, start: int, end: int, pattern: Pattern) -> Finding:
    written = note.text[start:end]
    message = f"“{written}” is casual for a note to an employer."
    suggestions: tuple[str, ...] = ()
    if pattern.suggestion:
        message += f" Try “{pattern.suggestion}”."
        suggestions = (pattern.suggestion,)
    return Finding("informal", WARNING, message, start, end, written, suggestions)


def _plain(
    note: Note, start: int, end: int, message: str, suggestions: tuple[str, ...] = ()
) -> Finding:
    return Finding("informal", WARNING, message, start, end, note.text[start:end], suggestions)


def _shouting(note: Note, known: tuple[str, ...], skip: list[tuple[int, int]]) -> list[Finding]:
    """Runs of three or more words in capitals that are not acronyms ("I AM SO EXCITED")."""
    if note.plain.isascii() and len(_CAPITAL_PAIR_RE.findall(note.plain)) < _SHOUTING_RUN:
        return []  # fewer words of two capitals or more than a run needs (each holds a pair)
    capitals = [word for word in _CAPS_WORD_RE.findall(note.plain) if word.isupper()]
    if sum(len(word.replace("'", "")) >= 2 for word in capitals) < _SHOUTING_RUN:
        return []  # too few words in capitals for a run (most notes): no need to look closer
    acronyms = folded_set("acronyms.txt") | {fold(term) for term in known if term.isupper()}
    findings = []
    run: list[re.Match[str]] = []
    for match in [*_CAPS_WORD_RE.finditer(note.plain), None]:
        word = match.group() if match else ""
        letters = word.replace("'", "")
        if match and letters.isupper():
            neutral = fold(word) in acronyms or len(letters) < 2 or overlaps(*match.span(), skip)
            if not neutral:
                run.append(match)
            continue  # "I", "A" and acronyms neither make nor break a run
        if match and not letters.isalpha():
            continue
        if len(run) >= _SHOUTING_RUN:
            start, end = run[0].start(), run[-1].end()
            message = "Writing in capitals reads as shouting. Use normal capitals."
            suggestion = re.sub(r"\bi\b", "I", note.text[start:end].lower())
            findings.append(_plain(note, start, end, message, (suggestion,)))
        run = []
    return findings


# Why a line is a problem, by the section of the tone list it comes from: the message shown.
_WHY = {
    "pressure": (
        "puts pressure on the reader (a demand, a deadline or an ultimatum). "
        "Ask once, gently, and leave the timing to them."
    ),
    "repeat": (
        "counts your past messages or points at the reader's silence, which reads as "
        "passive-aggressive. Write as if this were your first friendly note."
    ),
    "blame": "blames the reader. A friendly, neutral line keeps the door open.",
    "guess": (
        "guesses at what the reader decided or why they are quiet. Ask about the next step instead."
    ),
    "guilt": ("holds what the application cost you over the reader. Say what you offer instead."),
    "plea": "sounds desperate. Say what you bring to the job, not how much you need it.",
    "hostility": "can read as blame or frustration. A friendly, neutral line keeps the door open.",
}
# Sections where "no", "not", "n't", "never" or "without" just before a match turns it polite
# ("there's no need to reply today", "please don't feel you have to answer by Friday").
_NEGATABLE = frozenset({"pressure", "plea"})
_SECTION_RE = re.compile(r"^\[([a-z-]+)\]$")
_MACRO_RE = re.compile(r"\{([A-Z_]+)\}")
_NEGATION_RE = re.compile(
    r"(?:\b(?:no|not|never|without|nor|needn't|don't|doesn't|didn't|won't|shouldn't)\b|n't\b)"
    r"(?:\s+[\w']+)?\s*$",
    re.IGNORECASE,
)
_CLAUSE_START_RE = re.compile(
    r"(?:^|[.!?;:,(\n\u2013\u2014-]|\b(?:and|but|so|then|also|now)\b)\s*$", re.IGNORECASE
)
_CLAUSE_BREAK_RE = re.compile(r"[.!?;:\n]")


@dataclass(frozen=True)
class TonePattern:
    """One line of a tone list: the line (`entry`, its word groups filled in when `expand`),
    its section (why it is a problem), whether it only counts at the start of a clause (an
    imperative such as "Reply by Friday"), and what every match contains: sets of words, every
    match holding one word of each set, so that a note lacking them is not searched at all.

    Its regex is compiled the first time a note contains one of those words: most lines are
    never needed by a given process, and compiling them all costs most of a second."""

    entry: str
    expand: bool
    why: str
    clause_start: bool
    needs: tuple[frozenset[str], ...]
    # Where a match can begin (scout.py), as regex source; None: anywhere.
    scout: str | None = None
    # True when no match holds ".", "!" or "?": the needed words must then all be found
    # between two of them (`Present.holds`).
    in_sentence: bool = False
    # True when its matches in a stretch between two of ".", "!" and "?" are those it finds
    # in the stretch alone (scout.stays_in_stretch): they are kept by the stretch's text.
    local: bool = False
    # The regex's and the scout's code compiled by an earlier process (compiled.py).
    compiled: _Compiled | None = field(default=None, compare=False, repr=False)

    @cached_property
    def pattern(self) -> Pattern:
        """The line's regex in lower case, matched case-sensitively against the note in lower
        case: three times faster than ignoring case, and its literal words can be looked for
        first."""
        entry, source, suggestion, word_start = _full_source(self.entry, self.expand)
        known = self.compiled
        if known is not None:
            regex = known.store.compile(source, known.regex)
            scout = known.store.compile(self.scout, known.scout) if self.scout else None
        else:
            regex = re.compile(source)
            scout = re.compile(self.scout) if self.scout is not None else None
        return Pattern(regex, suggestion, entry, word_start, scout)

    def finditer(self, lowered: str, present: Present) -> Iterator[re.Match[str]]:
        """The matches in `lowered`, which holds the needed words `present` (`needed_in`)."""
        stretches = present.stretches(self)
        if stretches == []:
            return iter(())
        return self.pattern.finditer(lowered, stretches)


def _full_source(line: str, expand: bool) -> tuple[str, str, str, str]:
    """A tone line with its word groups filled in (when `expand`), its regex source in lower
    case, its suggestion and the characters that must not come just before a match."""
    entry = _expand(line, _word_groups()) if expand else line
    source, suggestion, word_start = entry_source(entry)
    return entry, _lower_source(source), suggestion, word_start


@dataclass(frozen=True)
class _Compiled:
    store: Store
    regex: Code | None
    scout: Code | None


_SENTENCE_END_RE = re.compile(r"[.!?]")
_MAX_STRETCHES = 200
# A run of the characters the needed words are made of: a needed word written with these only
# lies inside one run wherever it is found, so a note's runs tell which such words it holds.
_TOKEN_RE = re.compile(r"[\w'-]+")
_MAX_TOKENS = 20_000  # runs whose needed words are remembered (a few MB; notes share words)


class _WordIndex:
    """Every set of needed words of every tone list, numbered, so that what a text holds is an
    integer, one bit per set it holds a word of, and what a pattern needs another: the pattern
    can match only where `needs & ~holds` is 0. The bits of each run of word characters (a
    word, "e-mail", "don't") are remembered."""

    def __init__(self, finder: _NeededWords, needs: Iterable[tuple[frozenset[str], ...]]) -> None:
        numbers: dict[frozenset[str], int] = {}
        for sets in needs:
            for needed in sets:
                numbers.setdefault(needed, len(numbers))
        self._numbers = numbers
        bits: dict[str, int] = {}
        for needed, number in numbers.items():
            for word in needed:
                bits[word] = bits.get(word, 0) | 1 << number
        self._bits = bits
        # Needed words holding other characters ("a.s.a.p"): looked for as they are.
        self.odd = tuple(
            (word, bit) for word, bit in sorted(bits.items()) if not _TOKEN_RE.fullmatch(word)
        )
        self._finder = finder
        self._runs: dict[str, int] = {}

    def needs(self, tone: TonePattern) -> int:
        """The bits of the sets of words every match of `tone` holds one word of each."""
        return self.bits_of(tone.needs)

    def bits_of(self, needs: tuple[frozenset[str], ...]) -> int:
        """The bits of the sets of words `needs`."""
        result = 0
        for needed in needs:
            result |= 1 << self._numbers[needed]
        return result

    def holds(self, text: str, start: int, end: int, odd: tuple[tuple[str, int], ...]) -> int:
        """The bits of the sets of words `text[start:end]` holds a word of; of the words of
        `odd` (from `self.odd`), only those are looked for."""
        runs = self._runs
        result = 0
        for run in _TOKEN_RE.findall(text, start, end):
            bits = runs.get(run)
            if bits is None:
                bits = self._run_bits(run)
            result |= bits
        for word, bit in odd:
            if text.find(word, start, end) >= 0:
                result |= bit
        return result

    def _run_bits(self, run: str) -> int:
        bits = 0
        for word in self._finder.found_in(run):
            bits |= self._bits.get(word, 0)
        if len(self._runs) >= _MAX_TOKENS:
            self._runs.clear()
        self._runs[run] = bits
        return bits


# The bits (`_WordIndex`) each stretch of a note between two of ".", "!" and "?" read lately
# holds, by the stretch's text.
_held_kept: dict[str, int] = {}


# How many stretches or sentences each table keeps (emptied when full), and the longest kept
# (a longer one is no note's: worked out each time, as the tables stay small).
_KEPT_MAX = 4096
_KEPT_LONGEST = 1000


def _keep(kept: dict[Any, Any], key: Any, text: str, value: Any) -> None:
    """Keep `value` in `kept` under `key`, which stands for the stretch or sentence `text`."""
    if len(text) > _KEPT_LONGEST:
        return
    if len(kept) >= _KEPT_MAX:
        kept.clear()
    kept[key] = value


class Present:
    """What a note in lower case holds of the words the tone patterns need: in the whole note
    (`bits`, `_WordIndex`), and, when a pattern's matches stay in a sentence, in each stretch
    of it between two of ".", "!" and "?", so that the pattern is searched only in those that
    hold a word of each set it needs. (A pattern needing `needs` fits `bits` when
    `needs & bits == needs`: an AND of two positive integers, cheaper than one with `~bits`.)"""

    def __init__(self, lowered: str) -> None:
        index = _word_index()
        self.lowered = lowered
        self.odd = tuple((word, bit) for word, bit in index.odd if word in lowered)
        parts = _SENTENCE_END_RE.split(lowered)
        # The stretches (start, end) between two of ".", "!" and "?" and the bits each holds;
        # none for a text of very many sentences.
        self.bounds: list[tuple[int, int]] = []
        self.held: list[int] = []
        holds = 0
        if len(parts) > _MAX_STRETCHES:
            # A text of very many sentences (no note), where looking stretch by stretch
            # would cost more than it saves: every pattern is searched in the whole text.
            holds = index.holds(lowered, 0, len(lowered), self.odd)
        else:
            start = 0
            kept = _held_kept
            for part in parts:
                end = start + len(part)
                bits = kept.get(part)
                if bits is None:
                    # What a stretch holds depends on its text alone: kept by its text.
                    bits = index.holds(lowered, start, end, self.odd)
                    _keep(kept, part, part, bits)
                self.bounds.append((start, end))
                self.held.append(bits)
                holds |= bits
                start = end + 1  # the ".", "!" or "?" between two stretches
            for _word, bit in self.odd:
                holds |= bit  # a word across stretches ("a.s.a.p") is in the note all the same
        self.bits = holds
        self._index = index
        self._spans: dict[int, list[tuple[int, int]] | None] = {}

    def holds(self, tone: TonePattern) -> bool:
        """False when the note lacks what every match of `tone` holds."""
        return self.stretches(tone) != []

    def stretches(self, tone: TonePattern) -> list[tuple[int, int]] | None:
        """The stretches (start, end) that a match of `tone` can lie in: those holding a needed
        word of each set, when its matches stay in a sentence; [] when no match can be there,
        None when it can be anywhere."""
        return self.stretches_for(self._index.needs(tone), tone.in_sentence)

    def stretches_for(self, needs: int, in_sentence: bool) -> list[tuple[int, int]] | None:
        """`stretches` for a pattern needing the sets of bits `needs`."""
        if needs & self.bits != needs:
            return []
        if not in_sentence or not needs or not self.bounds:
            return None
        spans = self._spans.get(needs, [])
        if spans == []:
            spans = self._spans[needs] = self._stretches_holding(needs)
        return spans

    def _stretches_holding(self, needs: int) -> list[tuple[int, int]] | None:
        spans: list[tuple[int, int]] = []
        bounds = self.bounds
        last = -2
        for number, held in enumerate(self.held):
            if needs & held == needs:
                start, end = bounds[number]
                if last + 1 == start:
                    # Two stretches in a row are searched as one (fewer calls): the match
                    # that no stretch alone could hold needs a ".", "!" or "?", which it
                    # cannot hold.
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
                last = end
        return None if spans == [(0, len(self.lowered))] else spans

    def span_bits(self, start: int, end: int) -> int:
        """The bits of the sets of needed words `lowered[start:end]` holds a word of."""
        return self._index.holds(self.lowered, start, end, self.odd)


class _NeededWords:
    """Which of the words the tone patterns need a text holds, in one pass: a regex shaped
    like a tree of letters finds the longest needed word starting at each place in the text,
    and the needed words inside that one are there too."""

    def __init__(self, words: frozenset[str], name: str) -> None:
        self.words = words
        source = f"(?=({_kept('tone-word-tree', sorted(words), _tree_source)}))"
        self.regex = compile_all([(source, 0)], _CACHE_DIR, name)[0] if words else None
        self._inside: dict[str, frozenset[str]] = {}

    def found_in(self, text: str) -> frozenset[str]:
        if self.regex is None:
            return frozenset()
        longest = set(self.regex.findall(text))
        return frozenset().union(*map(self._words_inside, longest))

    def _words_inside(self, word: str) -> frozenset[str]:
        inside = self._inside.get(word)
        if inside is None:
            parts = (word[i:j] for i in range(len(word)) for j in range(i + 1, len(word) + 1))
            inside = self._inside[word] = frozenset(part for part in parts if part in self.words)
        return inside


def _tree_source(words: Iterable[str]) -> str:
    """A regex matching the longest of `words` that starts where it is tried."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch_source(tree)


def _branch_source(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _branch_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


@cache
def _needed_words() -> _NeededWords:
    words = frozenset(word for needs in _all_needs() for words in needs for word in words)
    return _NeededWords(words, "tone-needed-words")


def _all_tones() -> tuple[TonePattern, ...]:
    tones = (*tone_patterns("accusatory.txt"), *tone_patterns("hostile.txt"))
    return tones + tuple(cue for _weight, cue in _cues()) + _features()


def _all_needs() -> list[tuple[frozenset[str], ...]]:
    """What each tone pattern and each casual word or pattern needs."""
    return [tone.needs for tone in _all_tones()] + list(_informal_needs())


@cache
def _word_index() -> _WordIndex:
    return _WordIndex(_needed_words(), _all_needs())


# The note last asked about, its text in lower case and what it holds (one tuple, replaced
# whole, so that threads checking other notes never mix them up).
_last_note: tuple[Note, str, Present] | None = None


def _note_present(note: Note) -> tuple[str, Present]:
    """`note.plain` in lower case (`_lower`) and what it holds of the needed words, worked out
    once per note (the casual words and the tone lines both ask)."""
    global _last_note
    last = _last_note
    if last is not None and last[0] is note:
        return last[1], last[2]
    lowered = _lower(note.plain)
    present = Present(lowered)
    _last_note = (note, lowered, present)
    return lowered, present


@cache
def _needing(name: str) -> tuple[tuple[int, TonePattern], ...]:
    """Each pattern of tone list `name` (or "cues", "features") with the bits of what it
    needs (`_WordIndex`), in the list's order."""
    if name == "cues":
        tones = tuple(cue for _weight, cue in _cues())
    elif name == "features":
        tones = _features()
    else:
        tones = tone_patterns(name)
    index = _word_index()
    return tuple((index.needs(tone), tone) for tone in tones)


def needed_in(lowered: str) -> Present:
    """The words needed by some tone pattern that `lowered` (a note in lower case) holds."""
    return Present(lowered)


@cache
def _word_groups() -> dict[str, str]:
    """The {NAME} word groups of data/tone_words.txt, each with its own groups filled in."""
    groups: dict[str, str] = {}
    for entry in entries("tone_words.txt"):
        name, _, body = entry.partition("=")
        groups[name.strip()] = _expand(body.strip(), groups)
    return groups


def _expand(source: str, groups: dict[str, str]) -> str:
    return _MACRO_RE.sub(lambda m: f"(?:{groups[m.group(1)]})", source)


# While the words a line needs are worked out, each {NAME} stands as a group holding one
# private-use character: the line is parsed small, and each word group once (_group_tree).
_PLACEHOLDER = 0xE000


@cache
def _group_index() -> dict[str, int]:
    return {name: index for index, name in enumerate(_word_groups())}


def _skeleton(entry: str) -> str:
    index = _group_index()
    return _MACRO_RE.sub(lambda m: f"({chr(_PLACEHOLDER + index[m.group(1)])})", entry)


@cache
def _group_tree(index: int) -> list[_Node]:
    """Word group number `index`, parsed as it reads inside a line (a space: any white space)."""
    body = list(_word_groups().values())[index].replace(" ", r"\s+")
    return list(_parser.parse(_lower_source(body)))


def _placeholder(node: _Node) -> int | None:
    """The number of the word group `node` stands for in a skeleton, if it is one."""
    op, value = node
    if op is not _constants.SUBPATTERN or len(value[-1]) != 1:
        return None
    inner_op, inner_value = value[-1][0]
    if inner_op is _constants.LITERAL and 0 <= inner_value - _PLACEHOLDER < len(_group_index()):
        return int(inner_value - _PLACEHOLDER)
    return None


@cache
def _group_choices(index: int) -> frozenset[str] | None:
    words = _sequence_choices(_group_tree(index))
    return None if words is None else frozenset(words)


@cache
def _group_required(index: int) -> frozenset[str] | None:
    return _required(_group_tree(index))


_UPPER_RE = re.compile(r"(?<!\\)[A-Z]")


def _lower_source(source: str) -> str:
    """A regex source in lower case, its escapes (\\S, \\W…) kept."""
    return _UPPER_RE.sub(lambda m: m.group().lower(), source)


@cache
def tone_patterns(name: str) -> tuple[TonePattern, ...]:
    """The patterns of tone list `name` (accusatory.txt, hostile.txt), word groups filled in,
    each with the section it sits in ("hostility" before any section)."""
    why = "hostility"
    lines = []
    for entry in entries(name):
        section = _SECTION_RE.match(entry)
        if section:
            why = section.group(1)
            continue
        clause_start = entry.startswith("re:^")
        if clause_start:
            entry = "re:" + entry[4:]
        lines.append((entry, entry.startswith("re:"), why, clause_start))
    facts = _cached_lines(name, [(entry, expand) for entry, expand, _why, _start in lines])
    return tuple(
        TonePattern(entry, expand, why, clause_start, *fact)
        for (entry, expand, why, clause_start), fact in zip(lines, facts, strict=True)
    )


_Needs = tuple[frozenset[str], ...]
# What is worked out from a line: what it needs, its scout's source, whether it stays in
# a sentence and in its stretch (the last fields of TonePattern but its code).
_Facts = tuple[_Needs, "str | None", bool, bool]
_CACHE_DIR = cache_dir()


def _needs(name: str, lines: list[tuple[str, bool]]) -> list[_Needs]:
    """What each line (entry, whether its word groups are filled in) of list `name` needs
    (`_line_needs`), from the cache when it was worked out for the same lines and code."""
    return [fact[0] for fact in _facts(name, lines)]


def _facts(name: str, lines: list[tuple[str, bool]]) -> list[_Facts]:
    """What is worked out from each line of list `name` (`_line_facts`), from the cache when
    it was worked out for the same lines and code."""
    return [fact[:4] for fact in _cached_lines(name, lines)]  # type: ignore[misc]


_Cached = tuple[_Needs, "str | None", bool, bool, "_Compiled | None"]


def _cached_lines(name: str, lines: list[tuple[str, bool]]) -> list[_Cached]:
    """`_facts` and each line's compiled code (compiled.py), kept in the cache folder: the
    facts in tone-needs-NAME.json, the code beside them in a file named by the same key."""
    here = Path(__file__)
    key = hashlib.sha256(
        json.dumps([sys.version, lines, _word_groups()]).encode()
        + here.read_bytes()
        + here.with_name("data.py").read_bytes()
        + here.with_name("scout.py").read_bytes()
        + here.with_name("compiled.py").read_bytes()
    ).hexdigest()
    path = _CACHE_DIR / f"tone-needs-{name}.json"
    code_path = _CACHE_DIR / f"tone-code-{name}-{key[:24]}.bin"
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if cached["key"] == key and len(cached["lines"]) == len(lines):
            store = _read_store(code_path, cached.get("code_bytes"))
            return [
                (
                    tuple(map(frozenset, needed)),
                    scout,
                    bool(in_sentence),
                    bool(local),
                    _compiled(store, codes) if store is not None and codes else None,
                )
                for needed, scout, in_sentence, local, *codes in cached["lines"]
            ]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    facts = [_line_facts(entry, expand) for entry, expand in lines]
    content: dict[str, Any] = {"key": key}
    stored: list[_Compiled | None] = [None] * len(lines)
    if _writable(_CACHE_DIR) and store_type_ok():
        sources: list[str | None] = []
        for (entry, expand), (_, scout, _, _) in zip(lines, facts, strict=True):
            sources += [_full_source(entry, expand)[1], scout]
        codes, data = build(sources)
        pairs = [[codes[i], codes[i + 1]] for i in range(0, len(codes), 2)]
        for old in _CACHE_DIR.glob(f"tone-code-{name}-*.bin"):
            if old != code_path:
                remove_quietly(old)
        if _write_bytes(code_path, data):
            content["code_bytes"] = len(data)
            store = Store(data)
            stored = [_compiled(store, pair) for pair in pairs]
    else:
        pairs = [[] for _ in lines]
    content["lines"] = [
        [[sorted(words) for words in n], scout, stays, local, *pair]
        for (n, scout, stays, local), pair in zip(facts, pairs, strict=True)
    ]
    _write_cache(path, content)
    return [(*fact, known) for fact, known in zip(facts, stored, strict=True)]


def _compiled(store: Store, codes: list[Any]) -> _Compiled | None:
    regex, scout = codes
    return _Compiled(store, _code(regex), _code(scout))


def _code(value: Any) -> Code | None:
    return None if value is None else (int(value[0]), int(value[1]), int(value[2]), int(value[3]))


def _read_store(path: Path, size: object) -> Store | None:
    if not isinstance(size, int):
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return Store(data) if len(data) == size else None


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _write_bytes(path: Path, data: bytes) -> bool:
    """Write `data` to `path` whole; False when it cannot be written."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        remove_quietly(temporary)
        return False
    return True


def _write_cache(path: Path, content: object) -> None:
    """Write `content` to `path` whole (another process reads the old file or the new one),
    or not at all when the folder is read-only."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(content), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        if temporary.is_file():
            temporary.unlink()


def _line_needs(entry: str, expand: bool) -> _Needs:
    """The words a tone-list line needs, read from the line with its word groups left as
    placeholders (what a line requires around a group, any filling of it requires too)."""
    return _line_facts(entry, expand)[0]


def _line_facts(entry: str, expand: bool) -> _Facts:
    """What a tone-list line needs, its scout, whether its matches stay in a sentence and
    whether they depend on their stretch alone, read from the line with its word groups left
    as placeholders, each group read once."""
    if expand and entry.startswith("re:"):
        skeleton = _skeleton(entry)
    else:
        skeleton = _expand(entry, _word_groups()) if expand else entry
    source = _lower_source(entry_source(skeleton)[0])
    tree = list(_parser.parse(source))
    needs = tuple(dict.fromkeys(_requirements(tree)))
    scout = scout_source(tree, _placeholder_tree)
    in_sentence = not may_match(tree, ".!?", _placeholder_tree)
    local = in_sentence and stays_in_stretch(tree, ".!?", _placeholder_tree)
    needed = tuple(frozenset(_shortest_first(words)) for words in needs)
    return needed, scout, in_sentence, local


def _placeholder_tree(node: _Node) -> list[_Node] | None:
    group = _placeholder(node)
    return None if group is None else _group_tree(group)


def _shortest_first(words: frozenset[str]) -> tuple[str, ...]:
    """The words, dropping any that contains a shorter one (finding "hear" is enough for
    "hearing"): fewer, shorter look-ups."""
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


_MAX_CHOICES = 64
_Node = tuple[Any, Any]


def _required(sequence: list[_Node]) -> frozenset[str] | None:
    """Strings one of which every match of `sequence` contains (None if none is known):
    the best of its runs of literal text and of what its parts require."""
    candidates = _requirements(sequence)
    return candidates[0] if candidates else None


def _requirements(sequence: list[_Node]) -> list[frozenset[str]]:
    """Sets of strings such that every match of `sequence` contains one string of each set:
    its runs of literal text and what its parts require, the most telling first."""
    candidates: list[frozenset[str]] = []
    run: set[str] | None = {""}
    for node in [*sequence, None]:
        choices = _choices(node) if node is not None else None
        if choices is not None and run is not None and len(run) * len(choices) <= _MAX_CHOICES:
            run = {a + b for a in run for b in choices}
            continue
        if run and min(len(word.strip()) for word in run) >= 3:
            candidates.append(frozenset(run))
        run = {""} if choices is None else set(choices)
        inner = _inner_required(node) if node is not None else None
        if inner is not None:
            candidates.append(inner)
    return sorted(candidates, key=lambda words: (-min(len(w) for w in words), len(words)))


def _inner_required(node: _Node) -> frozenset[str] | None:
    group = _placeholder(node)
    if group is not None:
        return _group_required(group)
    op, value = node
    if op is _constants.SUBPATTERN:
        return _required(list(value[-1]))
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and value[0] >= 1:
        return _required(list(value[2]))
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            words = _required(list(branch))
            if words is None:
                return None
            union |= words
        return frozenset(union)
    return None


def _choices(node: _Node) -> set[str] | None:
    """Every string `node` can match, when it is a short, finite set of literal text."""
    group = _placeholder(node)
    if group is not None:
        filling = _group_choices(group)
        return None if filling is None else set(filling)
    op, value = node
    if op is _constants.LITERAL:
        return {chr(value)}
    if op is _constants.SUBPATTERN:
        return _sequence_choices(list(value[-1]))
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            words = _sequence_choices(list(branch))
            if words is None or len(union | words) > _MAX_CHOICES:
                return None
            union |= words
        return union
    if op is _constants.IN and all(item[0] is _constants.LITERAL for item in value):
        return {chr(item[1]) for item in value}
    if op is _constants.MAX_REPEAT and value[0] == 0 and value[1] == 1:
        words = _sequence_choices(list(value[2]))
        return None if words is None else words | {""}
    return None


def _sequence_choices(sequence: list[_Node]) -> set[str] | None:
    result = {""}
    for node in sequence:
        choices = _choices(node)
        if choices is None or len(result) * len(choices) > _MAX_CHOICES:
            return None
        result = {a + b for a in result for b in choices}
    return result


def accusatory_findings(note: Note, context: CheckContext) -> list[Finding]:
    """Lines that pressure, needle, blame, guess, guilt or plead (any note), and hostility in
    a reply to a rejection. Overlapping matches are reported once, the first list winning."""
    lists = ["accusatory.txt"]
    if context.kind == "rejection-reply":
        lists.append("hostile.txt")
    findings = []
    seen: list[tuple[int, int]] = []
    lowered, present = _note_present(note)
    for name in lists:
        for _number, tone, spans in _tone_matches(name, present):
            for start, end in spans:
                if overlaps(start, end, seen) or not _counts(note.plain, start, end, tone):
                    continue
                seen.append((start, end))
                findings.append(_accusatory(note, start, end, tone))
    cues = cue_findings(note, lowered, seen, present)
    taken = seen + [(f.start, f.end) for f in cues]
    return findings + cues + scored_findings(note, lowered, taken, present)


_CUE_THRESHOLD = 3
_STRONG_CUE = 2


@cache
def _cues() -> tuple[tuple[int, TonePattern], ...]:
    """The weighted cues of data/tone_cues.txt."""
    lines = [entry.partition(" ") for entry in entries("tone_cues.txt")]
    facts = _cached_lines("tone_cues.txt", [(rest.strip(), True) for _weight, _, rest in lines])
    return tuple(
        (int(weight), TonePattern(rest.strip(), True, "tone", False, *fact))
        for (weight, _, rest), fact in zip(lines, facts, strict=True)
    )


def _tone_matches(
    name: str, present: Present
) -> Iterator[tuple[int, TonePattern, list[tuple[int, int]]]]:
    """Each pattern of tone list `name` (or "cues") found in the note `present` reads, in the
    list's order, with its number in the list and its matches (start, end) in order, as
    `matches` gives them. A pattern whose matches depend on their stretch alone
    (`TonePattern.local`) is looked for stretch by stretch, and what it finds in a stretch is
    kept by the stretch's text."""
    lowered = present.lowered
    holds = present.bits
    local = _local_spans(name, present)
    for number, needs, tone in _candidates(name, holds, local):
        if local is not None and tone.local:
            word_start = tone.pattern.word_start
            yield number, tone, _word_start_spans(local[number], lowered, word_start)
            continue
        stretches = present.stretches_for(needs, tone.in_sentence)
        if stretches == []:
            continue
        pattern = tone.pattern
        found = matches(pattern.regex, pattern.scout, lowered, stretches, pattern.word_start)
        yield number, tone, [match.span() for match in found]


def _candidates(
    name: str, holds: int, local: dict[int, list[tuple[int, int]]] | None
) -> list[tuple[int, int, TonePattern]]:
    """The patterns of list `name` (number, needs, pattern) worth looking for in a note holding
    the sets of needed words `holds`, in the list's order: with `local` (what `_local_spans`
    found), the others whose needed words the note holds and the local ones found."""
    needing = _needing(name)
    if local is None:
        return [
            (number, needs, tone)
            for number, (needs, tone) in enumerate(needing)
            if needs & holds == needs
        ]
    chosen = [
        (number, needs, tone)
        for number, needs, tone in _not_local(name)
        if needs & holds == needs  # else the note lacks a word every match holds
    ]
    chosen += [(number, *needing[number]) for number in local]
    chosen.sort(key=lambda item: item[0])
    return chosen


@cache
def _not_local(name: str) -> tuple[tuple[int, int, TonePattern], ...]:
    return tuple(
        (number, needs, tone)
        for number, (needs, tone) in enumerate(_needing(name))
        if not tone.local
    )


# What the stretch-local patterns of a list found in a stretch of a note lately (pattern
# number, start, end in the stretch), by the list and the stretch's text: a note checked as it
# is typed keeps most of its stretches from one check to the next.
_stretch_matches: dict[tuple[str, str], tuple[tuple[int, int, int], ...]] = {}


def _local_spans(name: str, present: Present) -> dict[int, list[tuple[int, int]]] | None:
    """The matches (start, end) in the note of each stretch-local pattern of list `name` found
    there, by pattern number; None when the note is not read stretch by stretch (`Present`)."""
    if not present.bounds:
        return None
    lowered = present.lowered
    kept = _stretch_matches
    found: dict[int, list[tuple[int, int]]] = {}
    fitting: list[tuple[int, int, TonePattern]] | None = None
    for (start, end), held in zip(present.bounds, present.held, strict=True):
        key = (name, lowered[start:end])
        spans = kept.get(key)
        if spans is None:
            if fitting is None:
                fitting = _local_fitting(name, present.bits)
            spans = _stretch_search(key[1], held, fitting)
            _keep(kept, key, key[1], spans)
        for number, begin, finish in spans:
            found.setdefault(number, []).append((start + begin, start + finish))
    return found


def _local_fitting(name: str, holds: int) -> list[tuple[int, int, TonePattern]]:
    """The stretch-local patterns of list `name` whose needed words a note holding `holds`
    holds (those a stretch of it can hold)."""
    return [item for item in _local(name) if item[1] & holds == item[1]]


@cache
def _local(name: str) -> tuple[tuple[int, int, TonePattern], ...]:
    """The stretch-local patterns of list `name`: (number, needs, pattern)."""
    return tuple(
        (number, needs, tone) for number, (needs, tone) in enumerate(_needing(name)) if tone.local
    )


def _stretch_search(
    text: str, held: int, fitting: list[tuple[int, int, TonePattern]]
) -> tuple[tuple[int, int, int], ...]:
    """What the patterns `fitting` find in the stretch `text`, which holds the sets of needed
    words `held`: (pattern number, start, end) of each match, by pattern, then in order."""
    found = []
    for number, needs, tone in fitting:
        if needs & held != needs:
            continue
        pattern = tone.pattern
        for match in matches(pattern.regex, pattern.scout, text):
            found.append((number, *match.span()))
    return tuple(found)


def _word_start_spans(
    spans: list[tuple[int, int]], text: str, word_start: str
) -> list[tuple[int, int]]:
    """`spans` without those just after a word character or one of `word_start` (when it is
    not empty), as scout.matches leaves them out."""
    if not word_start:
        return spans
    kept = []
    for start, end in spans:
        if start:
            before = text[start - 1]
            if before.isalnum() or before == "_" or before in word_start:
                continue
        kept.append((start, end))
    return kept


def cue_findings(
    note: Note, lowered: str, taken: list[tuple[int, int]], present: Present
) -> list[Finding]:
    """Sentences whose words add up to pressure, reproach or desperation although no tone
    pattern fits: a warning, worth a second look. Each cue counts once a sentence."""
    body_start = note.first_line.end if note.first_line else 0
    sentences = all_sentences(lowered, body_start)
    starts = [start for start, _end in sentences]
    scores = [0] * len(sentences)
    strong = [False] * len(sentences)
    cues = _cues()
    for number, _cue, spans in _tone_matches("cues", present):
        weight = cues[number][0]
        words: dict[int, set[str]] = {}
        for start, end in spans:
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and end <= sentences[index][1]:
                words.setdefault(index, set()).add(lowered[start:end])
        for index, distinct in words.items():
            scores[index] += weight * (min(len(distinct), 2) if weight >= 2 else 1)
            strong[index] = strong[index] or weight >= _STRONG_CUE
    # Weak cues alone ("you", "truly", "today") add up in a kind sentence too: a strong one
    # must be among them.
    return [
        _cue_finding(note, start, end)
        for (start, end), score, has_strong in zip(sentences, scores, strong, strict=True)
        if score >= _CUE_THRESHOLD and has_strong and not overlaps(start, end, taken)
    ]


def scored_findings(
    note: Note,
    lowered: str,
    taken: list[tuple[int, int]],
    present: Present | None = None,
) -> list[Finding]:
    """Sentences the learned model (tone_scorer.py) reads as pressure, guilt, neediness or
    reproach from what they do (tone_features.txt) that no tone pattern or cue covers: the same
    warning as a cue's. `present`: the needed words `lowered` holds (`needed_in`), if known."""
    body_start = note.first_line.end if note.first_line else 0
    spans = [span for span in scored_sentences(lowered, body_start) if not overlaps(*span, taken)]
    if not spans:
        return []
    verdicts = _scored_verdicts(lowered, spans, present)
    return [
        _cue_finding(note, start, end)
        for (start, end), verdict in zip(spans, verdicts, strict=True)
        if verdict
    ]


# The learned model's verdict on each sentence it read lately: a verdict depends on the
# sentence's text alone (its features are searched in it alone), and a note checked as it is
# typed keeps most of its sentences from one check to the next.
_verdicts: dict[str, bool] = {}


def _scored_verdicts(
    lowered: str, spans: list[tuple[int, int]], present: Present | None
) -> list[bool]:
    """Whether the model reads each sentence `spans` of `lowered` as tone, from the verdicts
    kept when the same sentence was read before."""
    kept = _verdicts
    texts = [lowered[start:end] for start, end in spans]
    verdicts = [kept.get(text) for text in texts]
    new = [number for number, verdict in enumerate(verdicts) if verdict is None]
    if new:
        found = sentence_features(lowered, [spans[number] for number in new], present)
        for number, names in zip(new, found, strict=True):
            text = texts[number]
            verdicts[number] = verdict = reads_as_tone(names, text)
            _keep(kept, text, text, verdict)
    return [bool(verdict) for verdict in verdicts]


def features_of(sentence: str) -> frozenset[str]:
    """The names of the features (tone_features.txt) one sentence holds."""
    lowered = _lower(sentence.translate(_APOSTROPHES))
    return sentence_features(lowered, [(0, len(lowered))])[0]


def reads_as_tone_line(sentence: str) -> bool:
    """True when the learned model reads `sentence` as pressure, guilt, neediness or reproach."""
    lowered = _lower(sentence.translate(_APOSTROPHES))
    return reads_as_tone(features_of(sentence), lowered)


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


@cache
def _features() -> tuple[TonePattern, ...]:
    """The features of data/tone_features.txt, each a pattern named by its feature (`why`)."""
    lines = [entry.partition(" ") for entry in entries("tone_features.txt")]
    facts = _cached_lines("tone_features.txt", [(rest.strip(), True) for _name, _, rest in lines])
    return tuple(
        TonePattern(rest.strip(), True, name, False, *fact)
        for (name, _, rest), fact in zip(lines, facts, strict=True)
    )


def sentence_features(
    lowered: str, spans: list[tuple[int, int]], present: Present | None = None
) -> list[frozenset[str]]:
    """The names of the features (tone_features.txt) found in each sentence `spans` of
    `lowered`. Each sentence is searched alone, and only for the features whose needed words
    it holds: most features are never tried on most sentences. `present`: the needed words
    `lowered` holds (`needed_in`), if known."""
    if present is None:
        present = Present(lowered)
    holds = present.bits
    features = [
        (needs, feature) for needs, feature in _needing("features") if needs & holds == needs
    ]
    result = []
    for start, end in spans:
        held = present.span_bits(start, end) if features else 0
        names: set[str] = set()
        sentence = None
        for needs, feature in features:
            if needs & held != needs or feature.why in names:
                continue
            if sentence is None:
                sentence = lowered[start:end]
            pattern = feature.pattern
            if first_word(pattern.regex, pattern.scout, sentence, pattern.word_start) is not None:
                names.add(feature.why)
        result.append(frozenset(names))
    return result


def _cue_finding(note: Note, start: int, end: int) -> Finding:
    text = note.text[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    written = note.text[start:end]
    message = (
        f"“{written}” may read as pressure, reproach or desperation. "
        "Read it as the employer would, and keep it friendly and neutral."
    )
    return Finding("accusatory", WARNING, message, start, end, written, (), (("why", "tone"),))


def _lower(text: str) -> str:
    """`text` in lower case, one character for one (so indexes still point into the note)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _counts(plain: str, start: int, end: int, tone: TonePattern) -> bool:
    """False for a match from `start` to `end` that a word before it in its clause undoes: a
    negation before a demand ("no need to reply today"), or, for an imperative, any word; and
    for a demand, a softener after it in its sentence ("…by the end of the month if possible,
    but no pressure")."""
    before = plain[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if tone.why in _NEGATABLE and _NEGATION_RE.search(clause):
        return False
    if tone.why == "pressure":
        after = plain[end : end + 120]
        stop = _AFTER_END_RE.search(after)
        if _SOFTENED_RE.search(after[: stop.start()] if stop else after):
            return False
    return not tone.clause_start or bool(_CLAUSE_START_RE.search(before))


_AFTER_END_RE = re.compile(r"[.!?](?:\s|$)|\n")  # where the sentence after a match ends
# Words after a request that leave the timing to the reader.
_SOFTENED_RE = re.compile(
    r"\b(?:if (?:at all )?(?:possible|convenient|you can|you're able|you are able|that works|"
    r"it suits|that suits|it's convenient|it is convenient|that's all right|that is all right|"
    r"feasible)|no (?:pressure|rush|hurry|worries)|(?:but|though|and) i (?:understand|realize|"
    r"realise|know)|whenever (?:you|it)|at your convenience|of course)\b",
    re.IGNORECASE,
)


def _accusatory(note: Note, start: int, end: int, tone: TonePattern) -> Finding:
    written = note.text[start:end]
    message = f"“{written}” {_WHY.get(tone.why, _WHY['hostility'])}"
    suggestions = (tone.pattern.suggestion,) if tone.pattern.suggestion else ()
    params = (("why", tone.why),)
    return Finding("accusatory", ERROR, message, start, end, written, suggestions, params)
