"""Replacements for a misspelt word, the likeliest first, in a few milliseconds.

Candidates are the common words (data/frequency_en.tsv) within two edits of the typo (letters
inserted, dropped, changed or swapped; rapidfuzz compares them in C), that the dictionary
accepts, plus the word split in two ("alot" → "a lot"). Each is scored by how common it is
minus what its edits cost: a swapped pair, a doubled or dropped double letter, a vowel for a
vowel, a neighbouring key or a letter that sounds the same cost less than any other edit, and
a changed first letter costs more (people rarely mistype it). Hunspell's own (slow) suggestions
are asked only when no candidate is found."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from followup.lib.checker.frequency import frequencies

MAX_EDITS = 2
_WEIGHT = 2.0  # Zipf points one ordinary edit costs (a word ~100× rarer is as likely)
_SHORTLIST = 40

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_SOUND_ALIKE = ("ck", "cs", "ks", "sz", "iy", "gj", "mn", "fv", "dt", "bp", "ae", "ou", "ie")
_VOWELS = frozenset("aeiouy")


def _neighbours() -> dict[str, frozenset[str]]:
    """Keys next to each letter on a QWERTY keyboard (same row, and the rows above/below)."""
    where = {
        ch: (row, col) for row, keys in enumerate(_KEYBOARD_ROWS) for col, ch in enumerate(keys)
    }
    found: dict[str, set[str]] = {ch: set() for ch in where}
    for a, (row_a, col_a) in where.items():
        for b, (row_b, col_b) in where.items():
            if a != b and abs(row_a - row_b) <= 1 and -1 <= col_b - col_a + (row_b - row_a) <= 1:
                found[a].add(b)
    return {ch: frozenset(near) for ch, near in found.items()}


_NEAR = _neighbours()
_ALIKE = frozenset(pair for two in _SOUND_ALIKE for pair in (two, two[::-1]))


def _substitution(a: str, b: str) -> float:
    if a in _VOWELS and b in _VOWELS:
        return 0.6
    if a + b in _ALIKE or b in _NEAR.get(a, ()):
        return 0.7
    return 1.0


def _indel(word: str, index: int) -> float:
    """The cost of inserting or dropping `word[index]` (a doubled letter costs least)."""
    ch = word[index]
    if ch in "'-":
        return 0.3
    if (index > 0 and word[index - 1] == ch) or (index + 1 < len(word) and word[index + 1] == ch):
        return 0.5
    return 0.8 if ch in _VOWELS else 1.0


def edit_cost(typed: str, word: str) -> float:
    """A weighted optimal-string-alignment distance from what was typed to `word`."""
    rows, cols = len(typed) + 1, len(word) + 1
    drop = [_indel(typed, i) for i in range(rows - 1)]  # the cost of each letter, once
    add = [_indel(word, j) for j in range(cols - 1)]
    table = [[0.0] * cols for _ in range(rows)]
    for i in range(1, rows):
        table[i][0] = table[i - 1][0] + drop[i - 1]
    for j in range(1, cols):
        table[0][j] = table[0][j - 1] + add[j - 1]
    for i in range(1, rows):
        a, dropped, row, above = typed[i - 1], drop[i - 1], table[i], table[i - 1]
        for j in range(1, cols):
            b = word[j - 1]
            best = min(
                above[j] + dropped,
                row[j - 1] + add[j - 1],
                above[j - 1] + (0.0 if a == b else _substitution(a, b)),
            )
            if i > 1 and j > 1 and a == word[j - 2] and typed[i - 2] == b and a != b:
                best = min(best, table[i - 2][j - 2] + 0.6)
            row[j] = best
    cost = table[-1][-1]
    if typed[:1] != word[:1]:
        cost += 0.5
    return cost


def _close_words(typed: str) -> list[str]:
    """Common words within MAX_EDITS plain edits of `typed`, the closest and commonest first.
    Words with the same first letter (or the first two swapped) are searched first; all words
    only when none of those is close."""
    table = frequencies()
    starts = dict.fromkeys(typed[:2])
    choices = [w for start in starts for w in table.near_in_length(len(typed), MAX_EDITS, start)]
    found = _within_reach(typed, choices)
    if not found:
        found = _within_reach(typed, table.near_in_length(len(typed), MAX_EDITS))
    found.sort(key=lambda hit: (hit[1], -table.get(hit[0])))
    return [word for word, _ in found][: _SHORTLIST * 2]


def _within_reach(typed: str, choices: list[str]) -> list[tuple[str, float]]:
    from rapidfuzz import process  # imported on first use: a check without typos needs none
    from rapidfuzz.distance import OSA

    hits = process.extract_iter(typed, choices, scorer=OSA.distance, score_cutoff=MAX_EDITS)
    return [(word, distance) for word, distance, _ in hits if distance > 0]


def _splits(typed: str, accepted: Callable[[str], str | None]) -> Iterable[tuple[str, float]]:
    """Two common words run together ("alot", "infact"), with the rarer one's frequency."""
    table = frequencies()
    for index in range(1, len(typed)):
        left, right = typed[:index], typed[index:]
        if not (_splittable(left, table.of(left)) and _splittable(right, table.of(right))):
            continue
        left_form, right_form = accepted(left), accepted(right)
        if left_form and right_form:
            common = min(table.of(left), table.of(right))
            yield f"{left_form} {right_form}", common - _WEIGHT * 0.8


def _splittable(part: str, frequency: float) -> bool:
    """A part of a run-together pair: a common word; a very common one if very short."""
    if len(part) <= 2:
        return part in ("a", "i") or frequency >= 5.5
    return frequency >= 4.0


@lru_cache(maxsize=8192)
def ranked(typed: str, accepted: Callable[[str], str | None]) -> tuple[str, ...]:
    """Replacements for `typed` (lower case), best first. `accepted(word)` gives the form the
    dictionary accepts ("monday" → "Monday") or None."""
    table = frequencies()
    scored: dict[str, float] = {}
    for word in _close_words(typed):
        form = accepted(word)
        if form is None or form.lower() == typed:
            continue
        score = table.get(word) - _WEIGHT * edit_cost(typed, word)
        scored[form] = max(score, scored.get(form, score))
        if len(scored) >= _SHORTLIST:
            break
    for form, score in _splits(typed, accepted):
        scored[form] = max(score, scored.get(form, score))
    return tuple(sorted(scored, key=lambda form: -scored[form]))


def in_case_of(typed: str, suggestion: str) -> str:
    """`suggestion` written with the capitals of what was typed ("Realy" → "Really")."""
    if typed.isupper() and len(typed) > 1:
        return suggestion.upper()
    if typed[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
