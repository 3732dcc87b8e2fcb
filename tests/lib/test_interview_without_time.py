"""An interview logged with its date alone: the thank-you is due from that day's start until
the end of the next day, then overdue, whatever the day (clocks changing, the year's end)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.lib.plan import due_actions
from followup.lib.records import (
    OVERDUE,
    THANK_YOU,
    TODAY,
    ApplicationRec,
    InterviewRec,
    ParticipantRec,
    PersonRec,
    Records,
)

TORONTO = ZoneInfo("America/Toronto")


def records(day: date) -> Records:
    return Records(
        applications=(ApplicationRec(1, "Quinte Health", "Office Coordinator"),),
        interviews=(
            InterviewRec(
                id=10,
                application_id=1,
                starts_at=datetime.combine(day, time(0), tzinfo=TORONTO),
                participants=(ParticipantRec(5),),
                time_known=False,
            ),
        ),
        people=(PersonRec(5, "Siobhan O'Connor"),),
        time_zone="America/Toronto",
    )


def thank_you(day: date, now: datetime) -> str | None:
    actions = due_actions(records(day), now.date(), now=now)
    found = [a for a in actions if a.kind == THANK_YOU]
    return found[0].window if found else None


@pytest.mark.parametrize(
    "day",
    [
        date(2027, 3, 14),  # clocks spring forward that night
        date(2026, 11, 1),  # and fall back
        date(2026, 12, 31),  # the next day is in the next year
        date(2027, 2, 28),  # the next day is in the next month
    ],
)
def test_due_that_day_and_the_next_then_overdue(day: date) -> None:
    next_day = day + timedelta(days=1)
    assert thank_you(day, datetime.combine(day, time(8), tzinfo=TORONTO)) == TODAY
    assert thank_you(day, datetime.combine(next_day, time(23, 59), tzinfo=TORONTO)) == TODAY
    after = datetime.combine(day + timedelta(days=2), time(0, 1), tzinfo=TORONTO)
    assert thank_you(day, after) == OVERDUE


def test_the_reason_says_the_end_of_the_next_day_and_no_hour() -> None:
    day = date(2026, 12, 31)
    now = datetime(2026, 12, 31, 9, tzinfo=TORONTO)
    action = next(a for a in due_actions(records(day), day, now=now) if a.kind == THANK_YOU)
    assert "by the end of Friday 1 January 2027" in action.reason
    assert "a.m." not in action.reason and "p.m." not in action.reason
    assert action.due_by == datetime(2027, 1, 2, tzinfo=TORONTO)
