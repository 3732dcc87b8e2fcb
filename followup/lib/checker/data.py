"""Reading the checker's data files (word lists, tone lists, the dictionary folder) once per
process. Each list file has one entry a line; blank lines and lines starting with "#" are
skipped.

What takes a while to work out from them and is kept between processes goes in the user's cache
folder (`cache_dir`), never in the package's own folder, which may be read-only."""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from followup.lib.checker.compiled import compile_all
from followup.lib.checker.scout import finditer as scouted_finditer
from followup.lib.checker.scout import first as scouted_first

DATA_DIR = Path(__file__).with_name("data")


def cache_dir() -> Path:
    """The folder for what the checker works out once per machine: $FOLLOWUP_CACHE_DIR, else
    $XDG_CACHE_HOME/followup, else ~/.cache/followup."""
    chosen = os.environ.get("FOLLOWUP_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "followup"


@cache
def _key(sources: tuple[str, ...], version: str) -> str:
    """What identifies the data files `sources` as they are (and the code reading them)."""
    digest = hashlib.sha256(f"{version}\0{sys.version}\0{marshal.version}".encode())
    for source in sources:
        digest.update((DATA_DIR / source).read_bytes())
    return digest.hexdigest()[:24]


def kept(name: str, sources: tuple[str, ...], make: Callable[[], Any], version: str = "1") -> Any:
    """What `make()` works out from the data files `sources`, worked out once per machine: read
    back from the cache folder while those files are unchanged (it is keyed on their content,
    `version` and Python's), else made, and kept there when the folder can be written (when it
    cannot, nothing is said: the next process makes it again). `make()` must give values
    `marshal` can write: strings, numbers, tuples, lists, dicts, sets."""
    key = _key(sources, version)
    folder = cache_dir()
    path = folder / f"{name}-{key}.marshal"
    try:
        stored_key, value = marshal.loads(path.read_bytes())
        if stored_key == key:
            return value
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not kept yet, or unreadable: made again
    value = make()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{name}-*.marshal"):
            old.unlink(missing_ok=True)
        temporary.write_bytes(marshal.dumps((key, value)))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return value


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data file `name`, in order, without comments or blank lines."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def folded_set(name: str) -> frozenset[str]:
    """The entries of `name`, case-folded, for membership tests."""
    return frozenset(" ".join(entry.casefold().split()) for entry in entries(name))


@cache
def pairs(name: str) -> dict[str, str]:
    """A two-column, tab-separated file as a mapping from the first column to the second."""
    mapping: dict[str, str] = {}
    for entry in entries(name):
        key, _, value = entry.partition("\t")
        if value.strip():
            mapping[key.strip()] = value.strip()
    return mapping


@dataclass(frozen=True)
class Pattern:
    """One line of a tone list: its compiled regex and an optional suggested replacement.

    A leading word boundary is checked here rather than in the regex: a regex that starts
    with a plain letter lets Python's engine jump to candidate places, three times faster."""

    regex: re.Pattern[str]
    suggestion: str
    source: str
    word_start: str = ""  # characters that must not come just before a match
    # Where matches can start (scout.py): the regex is tried there only. None: everywhere.
    scout: re.Pattern[str] | None = None

    def finditer(
        self, text: str, stretches: list[tuple[int, int]] | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches in `text`; in `stretches` only (start, end), when every match lies in
        one of them."""
        for match in scouted_finditer(self.regex, self.scout, text, stretches):
            start = match.start()
            if start and self.word_start and _before_is_word(text[start - 1], self.word_start):
                continue
            yield match

    def first(self, text: str) -> re.Match[str] | None:
        """The first match `finditer` gives, found with less work."""
        match = scouted_first(self.regex, self.scout, text)
        word_start = self.word_start
        while match is not None and word_start:
            start = match.start()
            if not start or not _before_is_word(text[start - 1], word_start):
                break
            match = scouted_first(self.regex, self.scout, text, match.end())
        return match


def _before_is_word(ch: str, forbidden: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in forbidden


_LEADING_BOUNDARY_RE = re.compile(r"^(?:\\b|\(\?<!\\w\))")


def _phrase_regex(phrase: str) -> tuple[str, str]:
    """A plain phrase as a regex of whole words, any run of white space between words, and
    the characters that must not come before it."""
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    tail = r"(?!\w)" if phrase[-1].isalnum() or phrase[-1] == "_" else ""
    word_start = "_" if phrase[0].isalnum() or phrase[0] == "_" else "_'"
    return body + tail, word_start


def compile_entry(entry: str) -> Pattern:
    """Parse one tone-list line: `phrase`, or `re:REGEX`, either optionally `=> suggestion`.
    Text is matched after curly apostrophes become straight ones, so ' stands for both."""
    source, suggestion, word_start = entry_source(entry)
    return Pattern(re.compile(source, re.IGNORECASE), suggestion, entry, word_start)


def entry_source(entry: str) -> tuple[str, str, str]:
    """One tone-list line read, not compiled: its regex source, its suggestion and the
    characters that must not come just before a match."""
    pattern, _, suggestion = entry.partition("=>")
    pattern = pattern.strip()
    if pattern.startswith("re:"):
        source = pattern[3:].strip().replace(" ", r"\s+")
        boundary = _LEADING_BOUNDARY_RE.match(source)
        word_start = "_" if boundary else ""
        source = source[boundary.end() :] if boundary else source
    else:
        source, word_start = _phrase_regex(pattern)
    return source, suggestion.strip(), word_start


@cache
def patterns(name: str) -> tuple[Pattern, ...]:
    """The compiled patterns of tone list `name` (compiled once per machine: compiled.py)."""
    read = [(entry, *entry_source(entry)) for entry in entries(name)]
    sources = [(source, int(re.IGNORECASE)) for _entry, source, _suggestion, _start in read]
    regexes = compile_all(sources, cache_dir(), f"patterns-{name}")
    return tuple(
        Pattern(regex, suggestion, entry, word_start)
        for (entry, _source, suggestion, word_start), regex in zip(read, regexes, strict=True)
    )
