"""The checker's plain values: what a note is checked against (CheckContext), what it finds
(Finding), the kinds of note, and the limits that depend on the kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from followup.lib.notekinds import NOTE_KINDS

KINDS: tuple[str, ...] = NOTE_KINDS

ERROR = "error"
WARNING = "warning"


THANK_YOU_KINDS = frozenset({"thank-you", "admin-thank-you"})


@dataclass(frozen=True)
class CheckContext:
    """What the record knows about the note being checked. Every field is optional."""

    kind: str = "thank-you"
    recipients: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    company: str = ""
    role: str = ""
    other_companies: tuple[str, ...] = ()
    sender: str = ""
    known_words: tuple[str, ...] = ()
    follow_up_on: date | None = None
    today: date | None = None
    premium: bool = False
    sequence: int = 1
    met_on: date | None = None  # the day of the meeting the note is about
    lang: str = "en"  # the note's language: "en" or "fr" (french.py checks French notes)


Suggester = Callable[[], tuple[str, ...]]


@dataclass(frozen=True)
class Finding:
    """One thing worth fixing: `start`/`end` index the checked text, `text` is that slice;
    `message` is in English, built from `code` and `params`.

    Suggestions can be slow to compute (a dictionary look-up costs ~50-300 ms a word), so a
    finding may carry a function that computes them the first time `suggestions` is read."""

    code: str
    severity: str
    message: str
    start: int
    end: int
    text: str
    _suggest: Suggester | tuple[str, ...] = field(default=(), repr=False, compare=False)
    # What the message is made of, for a translation layer to build it again in another
    # language from the code: {"why": "pressure"} for a tone finding, {"company": …}…
    params: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @cached_property
    def suggestions(self) -> tuple[str, ...]:
        source = self._suggest
        return tuple(source() if callable(source) else source)

    def to_dict(self, with_suggestions: bool = True) -> dict[str, Any]:
        result: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.params:
            result["params"] = dict(self.params)
        if with_suggestions:
            result["suggestions"] = list(self.suggestions)
        return result
