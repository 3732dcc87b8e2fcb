"""Replacements for a misspelt word, the likeliest first, in a few milliseconds.

Candidates are the common words (data/frequency_en.tsv) within two edits of the typo (letters
inserted, dropped, changed or swapped), that the dictionary accepts, plus the word split in two
("alot" → "a lot"). Each is scored by how common it is minus what its edits cost: a swapped
pair, a doubled or dropped double letter, a vowel for a vowel, a neighbouring key or a letter
that sounds the same cost less than any other edit, and a changed first letter costs more
(people rarely mistype it). Hunspell's own (slow) suggestions are asked only when no candidate
is found.

Words with the typo's first letter are searched through their letter columns (frequency.py):
a few integer operations rule out most of a group at once, without rapidfuzz, whose loading
costs more than the rest of the suggestions of a cold `followup check`. It compares the whole
list, in C, only when none of those words is close."""

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
    found = [
        hit
        for start in dict.fromkeys(typed[:2])
        for length in range(max(1, len(typed) - MAX_EDITS), len(typed) + MAX_EDITS + 1)
        for hit in _within_reach_in_group(typed, start, length)
    ]
    if not found:
        found = _within_reach(typed, table.near_in_length(len(typed), MAX_EDITS))
    found.sort(key=lambda hit: (hit[1], -table.get(hit[0])))
    return [word for word, _ in found][: _SHORTLIST * 2]


# Where a letter of the typed word must be found in a word within two edits of it, by how much
# longer the word is (-2 to +2): from `low` to `high` places after the letter's own, all but
# `misses` letters of the typed word (those changed or dropped). Two letters inserted shift
# the next ones by two at most; two dropped, by minus two; a swap moves each letter by one.
_REACH = {
    2: (0, 2, 0),  # two letters added: every letter there, shifted 0-2
    1: (-1, 2, 1),  # one added, and maybe one changed, or two swapped
    0: (-1, 1, 2),  # two changed or swapped, or one added and one dropped
    -1: (-2, 1, 2),  # one dropped, and maybe one changed, or two swapped
    -2: (-2, 0, 2),  # two dropped
}
_ONE_CODE = [bytes(256)] + [bytes(256)[:code] + b"\1" + bytes(255 - code) for code in range(1, 256)]


def _within_reach_in_group(typed: str, first: str, length: int) -> list[tuple[str, float]]:
    """The words starting with `first`, `length` letters long, within MAX_EDITS edits of
    `typed` (optimal string alignment, as rapidfuzz's OSA), with their distance, in the group's
    order. The group's letter columns rule out, all words at once, those where too many of
    the typed letters are nowhere near their place; the few left are compared one by one."""
    table = frequencies()
    columns = table.columns(first, length)
    if not columns:
        return []
    low, high, misses = _REACH[length - len(typed)]
    everyone = int.from_bytes(b"\1" * len(columns[0]), "little")  # one bit a word, every 8th
    once = twice = thrice = 0  # the words missing at least 1, 2, 3 of the typed letters
    for index, ch in enumerate(typed):
        ones = _ONE_CODE[table.letter_code(ch)]
        near = 0
        for place in range(max(0, index + low), min(length, index + high + 1)):
            near |= int.from_bytes(columns[place].translate(ones), "little")
        missing = everyone & ~near
        thrice |= twice & missing
        twice |= once & missing
        once |= missing
    alive = everyone & ~(once, twice, thrice)[misses]
    found: list[tuple[str, float]] = []
    if not alive:
        return found
    words = table.near_in_length(length, 0, first)
    while alive:
        bit = alive & -alive
        alive ^= bit
        word = words[(bit.bit_length() - 1) >> 3]
        distance = osa_distance(typed, word)
        if 0 < distance <= MAX_EDITS:
            found.append((word, distance))
    return found


def osa_distance(first: str, second: str) -> int:
    """The optimal string alignment distance (rapidfuzz's OSA) between two strings, up to
    MAX_EDITS; MAX_EDITS + 1 for anything further: the fewest letters inserted, dropped,
    changed or swapped with the next one (a letter once edited is not edited again)."""
    a, b = _unshared(first, second)
    if not a and not b:
        return 0
    if abs(len(a) - len(b)) > MAX_EDITS:
        return MAX_EDITS + 1
    if _one_edit(a, b):
        return 1
    # Their first letters differ: the first edit is there (a letter changed, dropped, added,
    # or the first two swapped), and what it leaves is one edit or none apart.
    rests = [(a[1:], b[1:]), (a[1:], b), (a, b[1:])]
    if len(a) > 1 and len(b) > 1 and a[0] == b[1] and a[1] == b[0]:
        rests.append((a[2:], b[2:]))
    for rest_a, rest_b in rests:
        left_a, left_b = _unshared(rest_a, rest_b)
        if not (left_a or left_b) or _one_edit(left_a, left_b):
            return 2
    return MAX_EDITS + 1


def _unshared(first: str, second: str) -> tuple[str, str]:
    """The two strings without the beginning and the end they share."""
    start, end_first, end_second = 0, len(first), len(second)
    while start < end_first and start < end_second and first[start] == second[start]:
        start += 1
    while (
        end_first > start and end_second > start and first[end_first - 1] == second[end_second - 1]
    ):
        end_first -= 1
        end_second -= 1
    return first[start:end_first], second[start:end_second]


def _one_edit(a: str, b: str) -> bool:
    """Strings sharing neither their first nor their last letter, one edit apart."""
    if len(a) + len(b) == 1:
        return True  # one letter dropped or added
    if len(a) == len(b) == 1:
        return True  # changed
    return len(a) == len(b) == 2 and a == b[::-1]  # swapped


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
