"""Business-day arithmetic: weekends and a Canadian province's statutory holidays are skipped."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

DEFAULT_PROVINCE = "ON"


@lru_cache(maxsize=32)
def holiday_calendar(
    province: str = DEFAULT_PROVINCE, optional: bool = False
) -> holidays.HolidayBase:
    """The province's public holidays (observed days included); optional ones such as the
    Civic Holiday only when `optional` is true. Years are filled in lazily as they are asked.

    `holidays` is imported here, on first use: a note check, which needs no calendar, starts
    ~0.1 s sooner."""
    import holidays

    categories = ("public", "optional") if optional else ("public",)
    return holidays.country_holidays(
        "CA", subdiv=province.upper(), language="en_CA", categories=categories
    )


@lru_cache(maxsize=256)
def holidays_of_year(province: str, optional: bool, year: int) -> frozenset[date]:
    """The province's holidays in `year`, read once per (province, optional, year): a set
    lookup instead of the calendar's own (which checks its years on every call). The years on
    either side are filled in too, so a day observed across New Year is found either way."""
    calendar = holiday_calendar(province, optional)
    for near in (year - 1, year, year + 1):
        date(near, 6, 1) in calendar  # noqa: B015 - asking fills the year in
    return frozenset(day for day in calendar if day.year == year)


def is_business_day(day: date, province: str = DEFAULT_PROVINCE, optional: bool = False) -> bool:
    return day.weekday() < 5 and day not in holidays_of_year(province, optional, day.year)


@lru_cache(maxsize=8192)
def _add_business_days(start: date, count: int, province: str, optional: bool) -> date:
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day, province, optional):
            remaining -= 1
    return day


def add_business_days(
    start: date, count: int, province: str = DEFAULT_PROVINCE, optional: bool = False
) -> date:
    """The `count`-th business day after `start` (start itself never counts); count >= 0.
    With count 0 it returns `start` unchanged. Answers are kept: the planner asks the same few
    (a follow-up's day, its last day on time) for every client on a page."""
    if count < 0:
        raise ValueError("count must not be negative")
    return _add_business_days(start, count, province, optional)
