"""Reading a note's shape: where the subject, the greeting and the body are, which spans are
not prose (web addresses, emails, phone numbers, handles), and its words.

Every index here is an index into the original text. To keep them so, the text used for
matching is the original with curly quotes made straight and the non-prose spans blanked out,
one character for one character."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

# A word: letters (and combining accents, for text typed in decomposed form), with inner
# apostrophes and hyphens ("O'Connor", "follow-up"). Digits are kept so "b4" is one token.
WORD_RE = re.compile(r"[\w\u0300-\u036f]+(?:['\-][\w\u0300-\u036f]+)*")
COUNTED_WORD_RE = re.compile(r"\S*\w\S*")

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})

_NON_PROSE_RE = re.compile(
    r"""
    (?:https?://|www\.)[^\s<>"]+                                   # web address
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                 # email address
    | (?<![\w@])[\w-]+(?:\.[\w-]+)*\.(?:com|ca|org|net|io|co|info|biz|gov|edu|app|dev|me|us)
      (?:/[^\s<>"]*)?(?![\w.]*\w)                                  # bare domain
    | (?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}
      (?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?!\d)                # phone number
    | (?<![\w@])[@\#]\w+                                           # handle or hashtag
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:!?)'\""

_SUBJECT_RE = re.compile(r"\A\s*subject\s*:[ \t]*", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def fold(value: str) -> str:
    """Case- and quote-insensitive form of a name or word, accents kept."""
    return unicodedata.normalize("NFC", value.translate(_QUOTES)).casefold()


_UNDECOMPOSABLE = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def strip_accents(value: str) -> str:
    """`fold(value)` without accents: "Zoë" and "Zoe", "Łukasz" and "Lukasz" agree."""
    decomposed = unicodedata.normalize("NFD", fold(value).translate(_UNDECOMPOSABLE))
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
        self.skipped = _non_prose_spans(text)
        self.plain = _blank_out(text.translate(_QUOTES), self.skipped)
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
        return list(COUNTED_WORD_RE.finditer(self.text, self.body_start))

    def words(self) -> Iterator[tuple[int, int, str]]:
        """Every word token of the whole text (subject included), as straight-quoted text."""
        for match in WORD_RE.finditer(self.plain):
            yield match.start(), match.end(), match.group()


def _non_prose_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for match in _NON_PROSE_RE.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        spans.append((start, end))
    return tuple(spans)


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


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)
