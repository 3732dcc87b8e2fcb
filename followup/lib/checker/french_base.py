"""What the French checker's rules share (french.py, french_tone.py, french_spelling.py): the
word lists of data/tone_fr.toml, how a word is cut out of a note, and how a finding is made with
its message in French through the translation layer (messages.py)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import cache

from followup.lib.checker.data import DATA_DIR
from followup.lib.checker.messages import message_for
from followup.lib.checker.model import Finding
from followup.lib.checker.text import Note

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")


@cache
def _data() -> dict[str, dict[str, object]]:
    return tomllib.loads((DATA_DIR / "tone_fr.toml").read_text(encoding="utf-8"))


def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(str(_data()[section][key]).split())


def _listed(section: str, key: str) -> list[object]:
    value = _data()[section][key]
    assert isinstance(value, list)
    return value


def _finding(
    note: Note,
    code: str,
    severity: str,
    span: tuple[int, int],
    suggestions: tuple[str, ...] = (),
    **params: str,
) -> Finding:
    """A finding on the note's text at `span`, its message in French from messages_fr.toml."""
    start, end = span
    text = note.text[start:end]
    return _in_french(Finding(code, severity, "", start, end, text, suggestions), **params)


def _in_french(finding: Finding, **params: str) -> Finding:
    """`finding` with `params` and its message in French (params["lang"] = "fr" tells the
    translation layer the message is already in French)."""
    values = {**dict(finding.params), **{k: v for k, v in params.items() if v}, "lang": "fr"}
    marked = replace(finding, message="", params=tuple(values.items()))
    return replace(marked, message=message_for(marked, "fr"))


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" «\"'(")
    return not before or before[-1] in ".!?:\n"
