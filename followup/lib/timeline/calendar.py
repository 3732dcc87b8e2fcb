"""Calendar arithmetic for the reader: months, weeks, the days a word names (holidays by name,
in the province's calendar), and the waits Followup plans with."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import holidays

from followup.lib.businessdays import DEFAULT_PROVINCE
from followup.lib.records import NO_DATE_BUSINESS_DAYS

GRACE_BUSINESS_DAYS = 2
FRIDAY = 4


@dataclass(frozen=True)
class Context:
    today: date  # the interview day: everything is read from there
    province: str
    optional: bool
    no_date_business_days: int = NO_DATE_BUSINESS_DAYS
    text: str = ""  # the phrase being read, normalised: events' clauses are read from it


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(start.day, last_day(year, month + 1)))


def month_day(year: int, month: int, day: int) -> date:
    """Day `day` of a month; 0 means the month's last day."""
    return date(year, month, day if day else last_day(year, month))


def on_or_after(today: date, make: Callable[[int], date | None]) -> date | None:
    """The first date `make(year)` gives on or after today: explicit dates prefer the future."""
    for year in range(today.year, today.year + 3):
        candidate = make(year)
        if candidate is not None and candidate >= today:
            return candidate
    return None


# A date named without its year that went by this many days or fewer before the interview is
# that date, past ("by Nov 30" said on 1 December), not next year's: an employer does not name
# a decision day eleven months and more ahead without its year.
RECENTLY_PAST_DAYS = 14


def named_date(today: date, make: Callable[[int], date | None]) -> date | None:
    """The date `make(year)` gives for a month and day said without a year: the next one, or
    the one that just went by (`RECENTLY_PAST_DAYS`), which is then set aside as past."""
    for year in (today.year, today.year - 1):
        candidate = make(year)
        if candidate is not None and 0 < (today - candidate).days <= RECENTLY_PAST_DAYS:
            return candidate
    return on_or_after(today, make)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def coming(today: date, weekday: int, *, allow_today: bool = False) -> date:
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and not allow_today:
        ahead = 7
    return today + timedelta(days=ahead)


def nth_week_friday(year: int, month: int, nth: int) -> date:
    """The Friday of a month's nth week, or of its last week when nth is -1. As in ISO weeks, the
    first week is the one holding the month's first Thursday (a week mostly in the month); the
    last week is the one holding the month's last working day, so that it is not over before
    the month is (never follow up too soon)."""
    if nth > 0:
        first_thursday = coming(date(year, month, 1), 3, allow_today=True)
        return first_thursday + timedelta(days=7 * (nth - 1) + 1)
    last = date(year, month, last_day(year, month))
    last_weekday = last - timedelta(days=max(0, last.weekday() - FRIDAY))
    return monday(last_weekday) + timedelta(days=FRIDAY)


@lru_cache(maxsize=128)
def holidays_by_name(province: str, year: int) -> dict[str, date]:
    calendar_ = holidays.country_holidays(
        "CA", subdiv=province, language="en_CA", categories=("public", "optional"), years=year
    )
    named: dict[str, date] = {}
    for day, names in sorted(calendar_.items()):
        for name in names.split("; "):
            named.setdefault(name, day)
    return named


def named_day(spec: dict[str, Any], year: int, province: str) -> date | None:
    if "holiday" not in spec:
        return safe_date(year, spec["month"], spec["day"])
    # A holiday the province does not keep (Family Day in Quebec) is still a known date.
    # Quebec's own (Saint-Jean-Baptiste) is a known date everywhere too.
    for calendar_province in (province, DEFAULT_PROVINCE, "QC"):
        day = holidays_by_name(calendar_province, year).get(spec["holiday"])
        if day is not None:
            return day + timedelta(days=spec.get("offset", 0))
    return None


def _season_day(spec: Any, year: int, province: str) -> date | None:
    """A day of a holiday season in `year`: [month, day], a holiday's name, or the nth weekday
    of a month plus an offset in days."""
    if isinstance(spec, list):
        return safe_date(year, spec[0], spec[1])
    if "holiday" in spec:
        return named_day(spec, year, province)
    first = date(year, spec["month"], 1)
    nth = coming(first, spec["weekday"], allow_today=True) + timedelta(weeks=spec["nth"] - 1)
    return nth + timedelta(days=spec.get("offset", 0))


def holiday_season(
    spec: dict[str, Any], year: int, province: str
) -> tuple[date, date, date | None] | None:
    """The first day, last day and "after" day of the season that starts in `year`."""
    start = _season_day(spec["start"], year, province)
    end = _season_day(spec["end"], year, province)
    if start is None or end is None:
        return None
    if end < start:
        end = _season_day(spec["end"], year + 1, province)
        if end is None:
            return None
    after = _season_day(spec["after"], end.year, province) if "after" in spec else None
    return start, end, after
