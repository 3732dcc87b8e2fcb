"""How common a word is: Zipf frequencies from the vendored wordfreq lists (data/frequency_*.tsv,
made by tools/make_word_frequencies.py). Zipf 6 is once per thousand words, 3 once per million,
0 means the word is not among the list's most frequent ones.

The lists are read on first use and kept for the process."""

from __future__ import annotations

import array
import hashlib
import json
import os
import threading
from functools import cache, cached_property
from pathlib import Path

from followup.lib.checker.compiled import remove_quietly
from followup.lib.checker.data import DATA_DIR, cache_dir

_lock = threading.Lock()


class Frequencies:
    """One language's list: each word's Zipf frequency, and the words grouped by first letter
    and length (most frequent first in each group).

    Reading the list line by line costs ~40 ms; the words are kept in the cache folder
    (data.cache_dir()) with their frequencies, and again in group order with where each
    group sits, and read back from there in a few milliseconds (worked out again when the list
    or this code changes, or the folder cannot be read)."""

    def __init__(self, language: str) -> None:
        source = DATA_DIR / f"frequency_{language}.tsv"
        text = source.read_bytes()
        key = hashlib.sha256(text + Path(__file__).read_bytes()).hexdigest()
        path = cache_dir() / f"frequency-{language}-{key[:24]}.bin"
        read = _read(path, key)
        if read is None:
            read = _grouped(text.decode("utf-8"))
            _write(path, key, read)
        words, values, self._grouped, self._bounds = read
        floats = {value: value / 100 for value in set(values)}
        # In the list's order, the most frequent first (a word listed twice: its last value).
        self.zipf: dict[str, float] = dict(zip(words, map(floats.__getitem__, values), strict=True))

    @cached_property
    def groups(self) -> dict[tuple[str, int], list[str]]:
        """The words by first letter and length."""
        words = self._grouped
        return {(first, size): words[start:end] for first, size, start, end in self._bounds}

    def near_in_length(self, length: int, spread: int, first: str = "") -> list[str]:
        """The words `spread` letters longer or shorter than `length` at most, starting with
        `first` (any start if empty)."""
        sizes = range(max(1, length - spread), length + spread + 1)
        found: list[str] = []
        for (_, size), words in self.groups.items() if not first else ():
            if size in sizes:
                found += words
        for size in sizes if first else ():
            found += self.groups.get((first, size), ())
        return found

    def of(self, word: str) -> float:
        """The Zipf frequency of `word` in any case ("Monday" as "monday"); 0 if unlisted."""
        found = self.zipf.get(word)
        if found is None:
            found = self.zipf.get(word.lower(), 0.0)
        return found


# Where a group of words sits in the grouped list: first letter, length, start, end.
_Bounds = list[tuple[str, int, int, int]]
# The list's words in its order, their Zipf values × 100, the words by group, the groups.
_Read = tuple[list[str], "array.array[int]", list[str], _Bounds]


def _grouped(text: str) -> _Read:
    """The list read: its words in order (most frequent first) with their values, and the
    words by first letter and length (the groups in the order their first word comes, each
    most frequent first)."""
    words: list[str] = []
    values = array.array("H")
    groups: dict[tuple[str, int], list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        value, _, listed = line.partition("\t")
        for word in listed.split(" "):
            words.append(word)
            values.append(int(value))
            groups.setdefault((word[:1], len(word)), []).append(word)
    grouped: list[str] = []
    bounds: _Bounds = []
    for (first, size), members in groups.items():
        bounds.append((first, size, len(grouped), len(grouped) + len(members)))
        grouped += members
    return words, values, grouped, bounds


def _read(path: Path, key: str) -> _Read | None:
    try:
        data = path.read_bytes()
        head_size = int.from_bytes(data[:4], "little")
        head = json.loads(data[4 : 4 + head_size])
        if head["key"] != key:
            return None
        count, words_size = head["count"], head["words_size"]
        at = 4 + head_size
        values = array.array("H")
        values.frombytes(data[at : at + 2 * count])
        at += 2 * count
        words = data[at : at + words_size].decode("utf-8").split("\n")
        grouped = data[at + words_size :].decode("utf-8").split("\n")
        bounds = [(str(f), int(n), int(a), int(b)) for f, n, a, b in head["bounds"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not len(words) == len(values) == len(grouped) == count or values.itemsize != 2:
        return None
    return words, values, grouped, bounds


def _write(path: Path, key: str, read: _Read) -> None:
    """Keep the list read in the cache folder, whole or not at all."""
    words, values, grouped, bounds = read
    if values.itemsize != 2 or any("\n" in word for word in words):
        return
    listed = "\n".join(words).encode("utf-8")
    head = {"key": key, "count": len(words), "words_size": len(listed), "bounds": bounds}
    encoded = json.dumps(head).encode()
    body = len(encoded).to_bytes(4, "little") + encoded + values.tobytes() + listed
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*.bin"):
            remove_quietly(old)
        temporary.write_bytes(body + "\n".join(grouped).encode("utf-8"))
        os.replace(temporary, path)
    except OSError:
        remove_quietly(temporary)


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
