"""A relative day in a note ("yesterday", "on Tuesday") that no longer names the meeting day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup.lib.checker import CheckContext, check

MET = date(2026, 2, 10)  # a Tuesday


def stale(text: str, today: date, met_on: date | None = MET) -> list[str]:
    return [f.text for f in check(text, _context(today, met_on)) if f.code == "stale-day"]


def note(sentence: str) -> str:
    return f"Subject: Following up\n\nHi Siobhan,\n\n{sentence}\n\nBest regards,\nMaria"


@pytest.mark.parametrize(
    ("sentence", "days_later"),
    [
        ("Thank you for meeting with me yesterday.", 1),
        ("Thank you for meeting with me today.", 0),
        ("I enjoyed our conversation this morning.", 0),
        ("I am following up on my interview on Tuesday.", 3),
        ("I enjoyed our chat last Tuesday.", 8),
    ],
)
def test_a_day_that_names_the_meeting_day_is_fine(sentence: str, days_later: int) -> None:
    assert stale(note(sentence), MET + timedelta(days=days_later)) == []


@pytest.mark.parametrize(
    ("sentence", "days_later", "flagged"),
    [
        ("I am following up on my interview, which took place yesterday.", 14, "yesterday"),
        ("Thank you for meeting with me today.", 1, "today"),
        ("Thank you for the interview on Tuesday.", 9, "on Tuesday"),
        ("It was lovely to meet you on Wednesday.", 2, "on Wednesday"),
        ("Thanks for Tuesday's tour.", 21, "Tuesday's"),
    ],
)
def test_a_day_that_no_longer_fits_is_a_warning(
    sentence: str, days_later: int, flagged: str
) -> None:
    today = MET + timedelta(days=days_later)
    assert stale(note(sentence), today) == [flagged]
    finding = next(f for f in check(note(sentence), _context(today)) if f.code == "stale-day")
    assert finding.severity == "warning"


def test_it_suggests_the_day_as_seen_from_today() -> None:
    findings = check(note("Thank you for meeting with me yesterday."), _context(MET + timedelta(3)))
    assert [f.suggestions for f in findings if f.code == "stale-day"] == [("on Tuesday",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am writing today to ask about the timeline.",  # today is the writing, not the meeting
        "I am available to meet on Friday.",  # the future
        "I look forward to our meeting on Thursday.",
    ],
)
def test_a_day_that_is_not_about_the_meeting_is_left_alone(sentence: str) -> None:
    assert stale(note(sentence), MET + timedelta(days=5)) == []


def test_nothing_is_flagged_when_the_meeting_day_is_unknown() -> None:
    assert stale(note("Thank you for meeting with me yesterday."), MET + timedelta(9), None) == []


def _context(today: date, met_on: date | None = MET) -> CheckContext:
    return CheckContext(
        kind="follow-up", recipients=("Siobhan O'Connor",), met_on=met_on, today=today
    )
