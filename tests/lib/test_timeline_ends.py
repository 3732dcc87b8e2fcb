"""The end of a day, a week or a month said in one word ("EOD", "EOW", "month-end") is a
deadline: "before" it is by then, as "by" it is (interviews on Tuesday 6 April 2027)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.lib.timeline import read_timeline

TUESDAY = date(2027, 4, 6)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("before eow", date(2027, 4, 9)),
        ("before the week's end", date(2027, 4, 9)),
        ("by EOW", date(2027, 4, 9)),
        ("before EOM", date(2027, 4, 30)),
        ("before month end", date(2027, 4, 30)),
        ("by month-end", date(2027, 4, 30)),
        ("before end of day", date(2027, 4, 6)),
        ("before EOD Friday", date(2027, 4, 9)),
        ("before close of business tomorrow", date(2027, 4, 7)),
        # After the end is the next business day, as before.
        ("after EOD Friday", date(2027, 4, 12)),
        ("after month end", date(2027, 5, 3)),
        # The whole month or week: "before" it is before it starts.
        ("before next month", date(2027, 4, 30)),
        ("before next week", date(2027, 4, 11)),
    ],
)
def test_before_an_end_is_by_it(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


def test_before_today_is_past() -> None:
    timeline = read_timeline("before today", TUESDAY)
    assert (timeline.decision_by, timeline.status) == (None, "unread")
