"""The thanks of a French thank-you note (`thanks-reason`, a warning, as in English): a note
that never says merci, and thanks that could go to anyone ("Merci pour votre temps et pour
cette opportunité." says nothing only this meeting could have held). The stock words of
thanks are in data/generic_thanks_fr.txt."""

from __future__ import annotations

import re

from followup.lib.checker.data import folded_set
from followup.lib.checker.french_base import _finding
from followup.lib.checker.model import THANK_YOU_KINDS, WARNING, CheckContext, Finding
from followup.lib.checker.text import Line, Note, fold

# A word's parts: "m'avoir" is "m" and "avoir", "Jean-François" is "Jean" and "François".
_PART = re.compile(r"[^\W\d_]+")
_THANKS = re.compile(
    r"\b(?:merci\w*|remerci\w*|reconnaissant\w*|reconnaissance|gratitude|gré)\b", re.IGNORECASE
)


def stock_thanks_findings(note: Note, context: CheckContext, said: list[str]) -> list[Finding]:
    """A warning on the first line of a thank-you note that never thanks, or on the thanks of
    one whose words (`said`: the body without its greeting, closing and signature) are all stock
    words of thanks or names of the record."""
    if context.kind not in THANK_YOU_KINDS or not said:
        return []
    thanks = _THANKS.search(note.text, note.body_start)
    if thanks is None:
        line = _first_said_line(note, said)
        return [_finding(note, "thanks-reason", WARNING, (line.start, line.end))] if line else []
    if _says_something_specific(said, context):
        return []
    return [_finding(note, "thanks-reason", WARNING, thanks.span(), why="only-stock-thanks")]


def _first_said_line(note: Note, said: list[str]) -> Line | None:
    """The first line of the note that holds what it says (after the greeting)."""
    first = next((text.strip() for text in said if text.strip()), "")
    return next((line for line in note.lines if first and first in line.text), None)


def _says_something_specific(said: list[str], context: CheckContext) -> bool:
    """True when a word of `said` is neither a stock word of thanks nor a name of the record
    (the recipients', the employer's, the role's, the sender's), nor a number."""
    stock = folded_set("generic_thanks_fr.txt")
    names = {
        fold(word)
        for value in (*context.recipients, context.company, context.role, context.sender)
        for word in _PART.findall(value)
    }
    return any(
        fold(word) not in stock and fold(word) not in names and not word.isdigit()
        for text in said
        for word in _PART.findall(text)
    )
