"""How common a word is: Zipf frequencies from the vendored wordfreq lists (data/frequency_*.tsv,
made by tools/make_word_frequencies.py). Zipf 6 is once per thousand words, 3 once per million,
0 means the word is not among the list's most frequent ones.

The lists are read on first use (~15 ms) and kept for the process."""

from __future__ import annotations

import threading
from collections import defaultdict
from functools import cache, cached_property

from followup.lib.checker.data import DATA_DIR

_lock = threading.Lock()


class Frequencies:
    """One language's list: each word's Zipf frequency, and the words grouped by first letter
    and length (most frequent first in each group)."""

    def __init__(self, language: str) -> None:
        self.zipf: dict[str, float] = {}
        self._rows: list[list[str]] = []  # the words of each line, most frequent first
        text = (DATA_DIR / f"frequency_{language}.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            value, _, words = line.partition("\t")
            listed = words.split(" ")
            self.zipf.update(dict.fromkeys(listed, int(value) / 100))
            self._rows.append(listed)

    @cached_property
    def groups(self) -> dict[tuple[str, int], list[str]]:
        """The words by first letter and length, built when suggestions are first wanted."""
        groups: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        for listed in self._rows:
            for word in listed:
                groups[word[0], len(word)].append(word)
        return dict(groups)

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
