"""The note checker: `check(text, context)` finds what to fix in a note before it is sent
(spelling in Canadian English, the greeting's name, another employer's name, template blanks,
length, tone, a missing reason for thanks or sign-off, a follow-up sent too soon).

Pure: no Django, no database. Its word and phrase lists are plain-text files in `data/`."""

from __future__ import annotations

from followup.lib.checker.core import check
from followup.lib.checker.model import KINDS, CheckContext, Finding
from followup.lib.checker.text import character_count, word_count

__all__ = ["KINDS", "CheckContext", "Finding", "character_count", "check", "word_count"]
