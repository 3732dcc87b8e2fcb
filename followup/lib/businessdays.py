"""Business-day arithmetic: weekends and a Canadian province's statutory holidays are skipped."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

DEFAULT_PROVINCE = "ON"


@lru_cache(maxsize=32)
def holiday_calendar(
    province: str = DEFAULT_PROVINCE, optional: bool = False
) -> holidays.HolidayBase:
    """The province's public holidays (observed days included); optional ones such as the
    Civic Holiday only when `optional` is true. Years are filled in lazily as they are asked."""
    categories = ("public", "optional") if optional else ("public",)
    return holidays.country_holidays(
        "CA", subdiv=province.upper(), language="en_CA", categories=categories
    )


def is_business_day(day: date, province: str = DEFAULT_PROVINCE, optional: bool = False) -> bool:
    return day.weekday() < 5 and day not in holiday_calendar(province, optional)


def add_business_days(
    start: date, count: int, province: str = DEFAULT_PROVINCE, optional: bool = False
) -> date:
    """The `count`-th business day after `start` (start itself never counts); count >= 0.
    With count 0 it returns `start` unchanged."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day, province, optional):
            remaining -= 1
    return day
