"""Tone: casual writing (`informal`: chat abbreviations, slang, emoji, "!!!", SHOUTING) and
lines that blame, assume, pressure or plead (`accusatory`, plus hostility in a reply to a
rejection). The phrases live in data/informal.txt, data/accusatory.txt and data/hostile.txt."""

from __future__ import annotations

import re

from followup.lib.checker.data import Pattern, folded_set, patterns
from followup.lib.checker.model import ERROR, WARNING, CheckContext, Finding
from followup.lib.checker.text import Note, fold, overlaps

_EMOJI_RE = re.compile(
    "(?:[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u203c\u2049\u3030\u303d]"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+"
)
_REPEATED_PUNCTUATION_RE = re.compile(r"[!?]{2,}")
_CAPS_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_SHOUTING_RUN = 3


def informal_findings(
    note: Note, known: tuple[str, ...], skip: list[tuple[int, int]]
) -> list[Finding]:
    """Casual words, emoji, repeated "!!" and shouting; words inside `skip` (template blanks
    such as "TODO") are not counted as shouting."""
    known_folded = frozenset(fold(term) for term in known)
    findings = []
    for pattern in patterns("informal.txt"):
        for match in pattern.finditer(note.plain):
            if fold(match.group()) in known_folded:
                continue
            findings.append(_informal(note, match.start(), match.end(), pattern))
    for match in _EMOJI_RE.finditer(note.text):
        message = "Emoji make a note to an employer look casual. Words work better."
        findings.append(_plain(note, match.start(), match.end(), message))
    for match in _REPEATED_PUNCTUATION_RE.finditer(note.plain):
        message = f"“{match.group()}” reads as casual. One mark is enough."
        suggestion = match.group()[0]
        findings.append(_plain(note, match.start(), match.end(), message, (suggestion,)))
    findings.extend(_shouting(note, known, skip))
    return findings


def _informal(note: Note, start: int, end: int, pattern: Pattern) -> Finding:
    written = note.text[start:end]
    message = f"“{written}” is casual for a note to an employer."
    suggestions: tuple[str, ...] = ()
    if pattern.suggestion:
        message += f" Try “{pattern.suggestion}”."
        suggestions = (pattern.suggestion,)
    return Finding("informal", WARNING, message, start, end, written, suggestions)


def _plain(
    note: Note, start: int, end: int, message: str, suggestions: tuple[str, ...] = ()
) -> Finding:
    return Finding("informal", WARNING, message, start, end, note.text[start:end], suggestions)


def _shouting(note: Note, known: tuple[str, ...], skip: list[tuple[int, int]]) -> list[Finding]:
    """Runs of three or more words in capitals that are not acronyms ("I AM SO EXCITED")."""
    acronyms = folded_set("acronyms.txt") | {fold(term) for term in known if term.isupper()}
    findings = []
    run: list[re.Match[str]] = []
    for match in [*_CAPS_WORD_RE.finditer(note.plain), None]:
        word = match.group() if match else ""
        letters = word.replace("'", "")
        neutral = match is not None and (
            fold(word) in acronyms or len(letters) < 2 or overlaps(*match.span(), skip)
        )
        if match and letters.isupper() and not neutral:
            run.append(match)
            continue
        if match and (letters.isupper() or not letters.isalpha()):
            continue  # "I", "A" and acronyms neither make nor break a run
        if len(run) >= _SHOUTING_RUN:
            start, end = run[0].start(), run[-1].end()
            message = "Writing in capitals reads as shouting. Use normal capitals."
            suggestion = re.sub(r"\bi\b", "I", note.text[start:end].lower())
            findings.append(_plain(note, start, end, message, (suggestion,)))
        run = []
    return findings


def accusatory_findings(note: Note, context: CheckContext) -> list[Finding]:
    lists = ["accusatory.txt"]
    if context.kind == "rejection-reply":
        lists.append("hostile.txt")
    findings = []
    seen: list[tuple[int, int]] = []
    for name in lists:
        for pattern in patterns(name):
            for match in pattern.finditer(note.plain):
                if any(match.start() < e and s < match.end() for s, e in seen):
                    continue
                seen.append(match.span())
                findings.append(_accusatory(note, match.start(), match.end(), pattern))
    return findings


def _accusatory(note: Note, start: int, end: int, pattern: Pattern) -> Finding:
    written = note.text[start:end]
    message = (
        f"“{written}” can read as blame, pressure or frustration. "
        "A friendly, neutral line keeps the door open."
    )
    suggestions = (pattern.suggestion,) if pattern.suggestion else ()
    return Finding("accusatory", ERROR, message, start, end, written, suggestions)
