"""How common a word is: Zipf frequencies from the vendored wordfreq lists (data/frequency_*.tsv,
made by tools/make_word_frequencies.py). Zipf 6 is once per thousand words, 3 once per million,
0 means the word is not among the list's most frequent ones.

A list holds 80,000 words: making a string and a dictionary entry of each costs ~20 ms, more
than a whole check, so a process makes none on its way. What it reads instead is worked out once
per machine and kept in the cache folder (data.kept): the list sorted by word, as UTF-8 bytes
searched in place by bisection (a few microseconds a word), and, read only when suggestions
need them, the words by first letter and length, one string each, and their letters column
by column (suggest.py searches them)."""

from __future__ import annotations

import threading
from functools import cache, cached_property

from followup.lib.checker.data import DATA_DIR, kept

_lock = threading.Lock()

# Words at least this common (Zipf × 100) are also kept in a dictionary when asked for (`common`).
_COMMON_FLOOR = 300
_MEMO_LIMIT = 100_000  # words looked up and remembered, at most
_FORM = "utf-8 bytes"  # what _sorted_lines and _groups give: change it when that changes
_COLUMNS = "joined columns of 1-byte codes"  # what _columns gives: the same


def _rows(language: str) -> list[tuple[int, list[str]]]:
    """The lines of the list: (Zipf × 100, the words), most frequent first."""
    text = (DATA_DIR / f"frequency_{language}.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        value, _, words = line.partition("\t")
        rows.append((int(value), words.split(" ")))
    return rows


def _sorted_lines(language: str) -> bytes:
    """Every "word<TAB>Zipf × 100" line of the list, sorted by word, in UTF-8 (read back
    without decoding)."""
    zipf = {word: value for value, words in _rows(language) for word in words}
    return "".join(f"{word}\t{zipf[word]}\n" for word in sorted(zipf)).encode()


def _groups(language: str) -> dict[str, bytes]:
    """The words by first letter and length ("c<TAB>9"), in the order the list first has
    each, most frequent first in each, in UTF-8."""
    groups: dict[str, list[str]] = {}
    for _value, words in _rows(language):
        for word in words:
            groups.setdefault(f"{word[0]}\t{len(word)}", []).append(word)
    return {key: " ".join(words).encode() for key, words in groups.items()}


def _columns(language: str) -> tuple[str, dict[str, bytes]]:
    """Each group's words letter by letter: for a group of words of length L, L columns one
    after the other, the p-th holding the code of each word's p-th letter (one byte a word, in
    the group's order); and the letters the codes stand for (code 1 is the first; a letter
    past the 254th has code 255, shared)."""
    groups = _groups(language)
    letters = sorted({ch for text in groups.values() for ch in text.decode() if ch != " "})
    code = {ch: min(index + 1, 255) for index, ch in enumerate(letters)}
    columns: dict[str, bytes] = {}
    for key, text in groups.items():
        words = text.decode().split(" ")
        length = int(key.partition("\t")[2])
        columns[key] = b"".join(bytes(code[word[p]] for word in words) for p in range(length))
    return "".join(letters[:254]), columns


class Frequencies:
    """One language's list: each word's Zipf frequency (`get`, `of`), and the words grouped by
    first letter and length (most frequent first in each group: `near_in_length`)."""

    def __init__(self, language: str) -> None:
        self._language = language
        self._source = (f"frequency_{language}.tsv",)
        self._sorted: bytes = kept(
            f"frequency-{language}", self._source, lambda: _sorted_lines(language), _FORM
        )
        self._known: dict[str, float] = {}  # words looked up: their Zipf, -1 if unlisted
        self._groups: dict[str, list[str]] = {}
        self._codes: dict[str, int] = {}  # letter_code's answers
        self._columns: dict[str, tuple[bytes, ...]] = {}  # the groups' columns, once split

    @cached_property
    def _group_texts(self) -> dict[str, bytes]:
        """The groups' words, read when suggestions first need them."""
        language = self._language
        texts: dict[str, bytes] = kept(
            f"frequency-groups-{language}", self._source, lambda: _groups(language), _FORM
        )
        return texts

    @cached_property
    def _letter_columns(self) -> tuple[str, dict[str, bytes]]:
        language = self._language
        columns: tuple[str, dict[str, bytes]] = kept(
            f"frequency-columns-{language}", self._source, lambda: _columns(language), _COLUMNS
        )
        return columns

    def letter_code(self, ch: str) -> int:
        """The code of letter `ch` in `columns` (255 for a letter past the 254th or unlisted,
        which may then stand for another one)."""
        found = self._codes.get(ch)
        if found is None:
            index = self._letter_columns[0].find(ch)
            found = self._codes[ch] = index + 1 if index >= 0 else 255
        return found

    def columns(self, first: str, length: int) -> tuple[bytes, ...]:
        """The group of words starting with `first`, `length` letters long (`near_in_length`
        gives its words in the same order), as columns of letter codes (`letter_code`): byte j
        of column p is the code of the j-th word's p-th letter. Empty when there is none."""
        key = f"{first}\t{length}"
        found = self._columns.get(key)
        if found is None:
            joined = self._letter_columns[1].get(key, b"")
            size = len(joined) // length
            found = tuple(joined[place * size : (place + 1) * size] for place in range(length))
            self._columns[key] = found if size else ()
        return self._columns[key]

    def get(self, word: str, default: float = 0.0) -> float:
        """The Zipf frequency of `word` as written, or `default` if it is not listed."""
        found = self._known.get(word)
        if found is None:
            found = self._search(word)
            if len(self._known) >= _MEMO_LIMIT:
                self._known.clear()
            self._known[word] = found
        return default if found < 0 else found

    def _search(self, word: str) -> float:
        """Bisect the sorted lines for `word`: its Zipf frequency, or -1. (UTF-8 sorts as
        the code points it encodes.)"""
        if not word or "\n" in word or "\t" in word:
            return -1.0
        key = word.encode(errors="replace")
        text = self._sorted
        low, high = 0, len(text)  # both always the start of a line (or the end)
        while low < high:
            start = text.rfind(b"\n", low, (low + high) // 2) + 1 or low
            end = text.index(b"\n", start)
            tab = text.index(b"\t", start, end)
            listed = text[start:tab]
            if listed == key:
                return int(text[tab + 1 : end]) / 100
            if listed < key:
                low = end + 1
            else:
                high = start
        return -1.0

    def of(self, word: str) -> float:
        """The Zipf frequency of `word` in any case ("Monday" as "monday"); 0 if unlisted."""
        found = self.get(word, -1.0)
        if found < 0:
            found = self.get(word.lower())
        return found

    @cached_property
    def common(self) -> dict[str, float]:
        """The words at least Zipf 3 (`_COMMON_FLOOR`) common, with their frequency: a word
        missing from it is rarer than that. Made when first asked (~30,000 words, a few ms)."""
        found: dict[str, float] = {}
        for value, words in _rows(self._language):
            if value < _COMMON_FLOOR:
                break
            found.update(dict.fromkeys(words, value / 100))
        return found

    @cached_property
    def zipf(self) -> dict[str, float]:
        """Every word of the list with its Zipf frequency, most frequent first (~20 ms to make:
        the checks use `get`, `of` and `common`)."""
        found: dict[str, float] = {}
        for value, words in _rows(self._language):
            found.update(dict.fromkeys(words, value / 100))
        return found

    def _group(self, key: str) -> list[str]:
        """The words of one group (first letter, tab, length), most frequent first."""
        words = self._groups.get(key)
        if words is None:
            text = self._group_texts.get(key)
            words = text.decode().split(" ") if text else []
            self._groups[key] = words
        return words

    def near_in_length(self, length: int, spread: int, first: str = "") -> list[str]:
        """The words `spread` letters longer or shorter than `length` at most, starting with
        `first` (any start if empty)."""
        sizes = range(max(1, length - spread), length + spread + 1)
        found: list[str] = []
        if not first:
            for key in self._group_texts:
                if int(key.partition("\t")[2]) in sizes:
                    found += self._group(key)
            return found
        for size in sizes:
            found += self._group(f"{first}\t{size}")
        return found


@cache
def _load(language: str) -> Frequencies:
    return Frequencies(language)


def frequencies(language: str = "en") -> Frequencies:
    """The list of `language` ("en" or "fr"), loaded once per process, from any thread."""
    with _lock:
        return _load(language)


def zipf(word: str, language: str = "en") -> float:
    """How common `word` is, on the Zipf scale (0 when not among the common words)."""
    return frequencies(language).of(word.replace("’", "'"))
