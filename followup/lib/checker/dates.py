"""Relative days that no longer fit: a note says "yesterday", "this morning" or "on Tuesday"
about the meeting, but the meeting was on another day as seen from the day it is sent.

A draft written the day after an interview says "yesterday"; sent a week later, it is wrong.
Only a sentence about the meeting itself is read (one that names the interview, meeting or
conversation, or says the person met or spoke with the writer), and not one about the future
("I am available on Tuesday"), so "I am writing today" is never flagged.
"""

from __future__ import annotations

import re
from datetime import date

from followup.lib.checker.model import WARNING, CheckContext, Finding
from followup.lib.checker.text import Note
from followup.lib.dates import WEEKDAYS, long_day

_SAME_DAY = r"today|this morning|this afternoon|this evening|earlier today"
_DAY_WORDS = re.compile(
    rf"\b(?:(?P<yesterday>yesterday)|(?P<today>{_SAME_DAY})"
    rf"|(?P<lead>on |last |this past )?(?P<weekday>{'|'.join(WEEKDAYS)})(?P<possessive>'s)?)\b",
    re.IGNORECASE,
)
# A sentence about the meeting: what the note's day words may refer to.
_MEETING = re.compile(
    r"\b(?:interview\w*|meeting|met|meet(?:ing)? (?:with|you)|conversation|discussion|chat(?:ted)?"
    r"|spoke|talked|visit(?:ed)?|welcom\w*|took place|came in|tour)\b",
    re.IGNORECASE,
)
# …and not one about what is to come.
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|look(?:ing)? forward|available|next|upcoming|tomorrow)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_LONGEST_AGO_FOR_A_WEEKDAY = 6
_LONGEST_AGO_FOR_LAST_WEEKDAY = 13  # "last Tuesday" may be the week before


def stale_day_findings(note: Note, context: CheckContext) -> list[Finding]:
    """A warning on each relative day, in a sentence about the meeting, that does not name the
    meeting day as seen from `context.today`."""
    met_on, today = context.met_on, context.today
    if met_on is None or today is None or today < met_on:
        return []
    findings = []
    for sentence in _SENTENCE.finditer(note.plain, note.body_start):
        text = sentence.group()
        if not _MEETING.search(text) or _FUTURE.search(text):
            continue
        for match in _DAY_WORDS.finditer(text):
            if not _fits(match, met_on, today):
                findings.append(
                    _finding(note, match, sentence.start() + match.start(), met_on, today)
                )
    return findings


def _fits(match: re.Match[str], met_on: date, today: date) -> bool:
    days_ago = (today - met_on).days
    if match.group("yesterday"):
        return days_ago == 1
    if match.group("today"):
        return days_ago == 0
    weekday = [day.lower() for day in WEEKDAYS].index(match.group("weekday").lower())
    last = (match.group("lead") or "").strip().lower() == "last"
    longest = _LONGEST_AGO_FOR_LAST_WEEKDAY if last else _LONGEST_AGO_FOR_A_WEEKDAY
    return weekday == met_on.weekday() and 0 < days_ago <= longest


def _finding(note: Note, match: re.Match[str], start: int, met_on: date, today: date) -> Finding:
    # The drafts' own words for the day; imported here, as a stale day is rare and a cold
    # `followup check` should not load the drafting package.
    from followup.lib.drafting.wording import day_phrase

    text = note.text[start : start + len(match.group())]
    right = day_phrase(met_on, today)
    message = (
        f'"{text}" no longer matches the day you met ({long_day(met_on, today)}): '
        f'sent today, say "{right}".'
    )
    # A weekday used as a word of its own ("Tuesday's interview") gets no ready replacement.
    replaceable = not match.group("weekday") or (
        match.group("lead") and not match.group("possessive")
    )
    suggestions = (right,) if replaceable else ()
    return Finding("stale-day", WARNING, message, start, start + len(text), text, suggestions)
