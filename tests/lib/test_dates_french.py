"""Days and times written the Canadian French way: "mardi 15 décembre", "1er mars", "15 h 00"."""

from __future__ import annotations

from datetime import UTC, date, datetime

from followup.lib.dates import day_month, long_day
from followup.lib.plan.wording import clock, day_and_clock

REFERENCE = date(2026, 12, 1)


def test_a_day_in_french_has_a_lowercase_weekday_and_month() -> None:
    assert long_day(date(2026, 12, 15), REFERENCE, "fr") == "mardi 15 décembre"
    assert long_day(date(2026, 12, 15), REFERENCE) == "Tuesday 15 December"


def test_the_first_of_the_month_is_1er_and_another_year_is_written() -> None:
    assert day_month(date(2027, 3, 1), REFERENCE, "fr") == "1er mars 2027"
    assert long_day(date(2027, 8, 2), REFERENCE, "fr") == "lundi 2 août 2027"


def test_times_in_french_use_24_hours_and_h() -> None:
    afternoon = datetime(2026, 12, 16, 15, 0, tzinfo=UTC)
    assert clock(afternoon, "fr") == "15 h 00"
    assert clock(datetime(2026, 12, 16, 9, 5, tzinfo=UTC), "fr") == "9 h 05"
    assert clock(afternoon) == "3:00 p.m."
    assert day_and_clock(afternoon, REFERENCE, "fr") == "mercredi 16 décembre, 15 h 00"
