"""Reading a note's shape: where the subject, the greeting and the body are, which spans are
not prose (web addresses, emails, phone numbers, handles), and its words.

Every index here is an index into the original text. To keep them so, the text used for
matching is the original with curly quotes made straight and the non-prose spans blanked out,
one character for one character."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

# A word: letters (and combining accents, for text typed in decomposed form), with inner
# apostrophes and hyphens ("O'Connor", "follow-up"). Digits are kept so "b4" is one token.
WORD_RE = re.compile(r"[\w\u0300-\u036f]+(?:['\-][\w\u0300-\u036f]+)*")

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})
_QUOTE_PAIRS = tuple((chr(curly), straight) for curly, straight in _QUOTES.items())

# Every pattern here runs in time linear in the text: no quantified group that can match the
# same characters in two ways, and the non-prose spans without spaces (addresses, handles) are
# found by looking at each run of non-space characters once, not by a pattern that backtracks.
# A run of non-space characters that holds a letter or digit, from its first character.
_WORD_CHUNK_RE = re.compile(r"(?<!\S)[^\s\w]*\w\S*")
_MARK_RE = re.compile(r"[@.#/]")
_SPACE_RE = re.compile(r"\s")
_PHONE_RE = re.compile(
    r"""
    (?<![\w+])(?:\+?1[ \t.-]?)?(?:\(\d{3}\)|\d{3})[ \t.-]?\d{3}[ \t.-]?\d{4}
    (?:[ \t]{0,3}(?:x|ext\.?|extension)[ \t]{0,3}\d{1,6})?(?!\d)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WEB_PREFIXES = ("http://", "https://", "www.")
_DOMAIN_ENDINGS = frozenset(
    ("com", "ca", "org", "net", "io", "co", "info", "biz", "gov", "edu", "app", "dev", "me", "us")
)
_LABEL_RE = re.compile(r"[\w-]+")
_LOCAL_PART_RE = re.compile(r"[\w.+-]+")
_HANDLE_RE = re.compile(r"[@#]\w+")
_OPENERS = "(<[\"'“‘"
_TRAILING_PUNCTUATION = ".,;:!?)'\""
_CLOSERS = _TRAILING_PUNCTUATION + "]>”’"

_SUBJECT_RE = re.compile(r"\A\s*subject\s*:[ \t]*", re.IGNORECASE)


# Word by word checks (spelling, words in the wrong place) look at this many characters at
# most: twenty times the longest note (250 words), so that a pasted book costs no more than a
# long note; the length check already says such a text is far too long.
WORD_CHECK_LIMIT = 30_000


def straight_quotes(text: str) -> str:
    """`text` with curly quotes and apostrophes made straight, one character for one (as
    `text.translate(_QUOTES)`, many times faster on a note with a few of them)."""
    for curly, straight in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


@lru_cache(maxsize=100_000)
def fold(value: str) -> str:
    """Case- and quote-insensitive form of a name or word, accents kept."""
    return unicodedata.normalize("NFC", value.translate(_QUOTES)).casefold()


_UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def strip_accents(value: str) -> str:
    """`fold(value)` without accents: "Zoë" and "Zoe", "Łukasz" and "Lukasz" agree."""
    decomposed = unicodedata.normalize("NFD", fold(value).translate(_UNDECOMPOSABLE))
    if decomposed.isascii():
        return decomposed  # no accent to take off
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


class Note:
    """A note's text with its parts located. Built once per check."""

    def __init__(self, text: str) -> None:
        self.text = text
        # The body's lines that say something, by sender (structure.content_lines).
        self.content_lines: dict[str, tuple[Line, ...]] = {}
        self.skipped = _non_prose_spans(text)
        self.plain = _blank_out(straight_quotes(text), self.skipped)
        match = _SUBJECT_RE.match(text)
        if match:
            end = text.find("\n", match.end())
            self.subject: Line | None = Line(
                match.end(), len(text) if end < 0 else end, text[match.end() : end]
            )
            self.body_start = len(text) if end < 0 else end + 1
        else:
            self.subject = None
            self.body_start = 0

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """The body's non-empty lines, stripped, with their spans."""
        found = []
        offset = self.body_start
        for raw in self.text[self.body_start :].split("\n"):
            stripped = raw.strip()
            if stripped:
                start = offset + raw.index(stripped)
                found.append(Line(start, start + len(stripped), stripped))
            offset += len(raw) + 1
        return tuple(found)

    @property
    def first_line(self) -> Line | None:
        return self.lines[0] if self.lines else None

    def plain_line(self, line: Line) -> str:
        return self.plain[line.start : line.end]

    @cached_property
    def body_span(self) -> tuple[int, int]:
        """The body without leading and trailing white space."""
        body = self.text[self.body_start :]
        stripped = body.strip()
        if not stripped:
            return (len(self.text), len(self.text))
        start = self.body_start + body.index(stripped)
        return (start, start + len(stripped))

    def body_words(self) -> list[re.Match[str]]:
        """The body's runs of non-space characters that hold a letter or digit (the body starts
        a line, so no run is cut)."""
        return list(_WORD_CHUNK_RE.finditer(self.text, self.body_start))

    def words(self) -> list[tuple[int, int, str]]:
        """Every word token of the text (subject included), as straight-quoted text, up to
        WORD_CHECK_LIMIT characters."""
        return self._words

    @cached_property
    def _words(self) -> list[tuple[int, int, str]]:
        words = self.all_words
        if words and words[-1][0] >= WORD_CHECK_LIMIT:
            return words[: bisect.bisect_left(words, (WORD_CHECK_LIMIT,))]
        return words

    @cached_property
    def all_words(self) -> list[tuple[int, int, str]]:
        """Every word token of the text (subject included), as straight-quoted text."""
        matches = WORD_RE.finditer(self.plain)
        return [(match.start(), match.end(), match.group()) for match in matches]


def _non_prose_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Web addresses, emails, bare domains, handles and phone numbers, in text order."""
    spans = [_trimmed(text, *match.span()) for match in _PHONE_RE.finditer(text)]
    for start, end in _chunks_with_marks(text):
        span = _address_in(text, start, end)
        if span is not None:
            spans.append(span)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif end > start:
            merged.append((start, end))
    return tuple(merged)


def _chunks_with_marks(text: str) -> Iterator[tuple[int, int]]:
    """The runs of non-space characters that hold "@", ".", "#" or "/" (only those can be
    addresses or handles), each once: every character is looked at a bounded number of times."""
    done = 0
    for mark in _MARK_RE.finditer(text):
        position = mark.start()
        if position < done:
            continue
        start = position
        while start > done and not text[start - 1].isspace():
            start -= 1
        space = _SPACE_RE.search(text, position)
        done = space.start() if space else len(text)
        yield start, done


def _trimmed(
    text: str, start: int, end: int, closers: str = _TRAILING_PUNCTUATION
) -> tuple[int, int]:
    while end > start and text[end - 1] in closers:
        end -= 1
    return start, end


def _address_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a web address, email, bare domain or handle that a run of non-space
    characters holds, without opening brackets or quotes and trailing punctuation."""
    while start < end and text[start] in _OPENERS:
        start += 1
    start, end = _trimmed(text, start, end, _CLOSERS)
    chunk = text[start:end]
    lowered = chunk[:8].lower()
    if lowered.startswith(_WEB_PREFIXES) and len(chunk) > 4:
        return start, end
    at = chunk.find("@")
    if at > 0:
        local = _local_part_start(chunk, at)
        if local < at and _is_email(chunk[local:], at - local):
            return start + local, end
    if (chunk.startswith(("@", "#")) and _HANDLE_RE.fullmatch(chunk)) or _is_domain(chunk):
        return start, end
    return None


def _local_part_start(chunk: str, at: int) -> int:
    """Where the user name before the "@" begins ("Email:sam@x.ca" → at "sam")."""
    index = at
    while index > 0 and (chunk[index - 1].isalnum() or chunk[index - 1] in "._+-"):
        index -= 1
    return index


def _is_email(chunk: str, at: int) -> bool:
    local, domain = chunk[:at], chunk[at + 1 :]
    labels = domain.split(".")
    return (
        _LOCAL_PART_RE.fullmatch(local) is not None
        and len(labels) >= 2
        and all(_LABEL_RE.fullmatch(label) for label in labels)
    )


def _is_domain(chunk: str) -> bool:
    """A bare domain with a known ending, and maybe a path: "sampatl.ca", "x.com/in/sam"."""
    host = chunk.split("/", 1)[0]
    labels = host.split(".")
    return (
        len(labels) >= 2
        and labels[-1].lower() in _DOMAIN_ENDINGS
        and all(_LABEL_RE.fullmatch(label) for label in labels)
    )


def _blank_out(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    if not spans:
        return text
    parts = []
    previous = 0
    for start, end in spans:
        parts.append(text[previous:start])
        parts.append(" " * (end - start))
        previous = end
    parts.append(text[previous:])
    return "".join(parts)


def word_count(text: str) -> int:
    """Words in a note's body, the subject line left out."""
    return len(Note(text).body_words())


def character_count(text: str) -> int:
    """Characters in a note's body, the subject line and surrounding white space left out."""
    start, end = Note(text).body_span
    return end - start


class SpanSet:
    """Spans of a text, for many "does this overlap any of them?" questions in O(log n) each
    (`overlaps` below costs one pass over the spans a question)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self._ends[index] > start


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)
