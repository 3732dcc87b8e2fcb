"""Business days: weekends and the province's statutory holidays do not count."""

from __future__ import annotations

from datetime import date

import pytest

from followup.lib.businessdays import add_business_days, is_business_day


def test_it_skips_christmas_the_weekend_and_boxing_day_observed() -> None:
    # Thu 24 Dec 2026; Fri 25 Christmas, Sat 26 Boxing Day observed on Mon 28.
    assert add_business_days(date(2026, 12, 24), 2, "ON") == date(2026, 12, 30)


def test_it_skips_only_the_weekend_in_an_ordinary_week() -> None:
    assert add_business_days(date(2026, 12, 10), 2, "ON") == date(2026, 12, 14)


def test_it_skips_family_day_in_ontario_but_not_in_quebec() -> None:
    assert add_business_days(date(2027, 2, 9), 10, "ON") == date(2027, 2, 24)
    assert add_business_days(date(2027, 2, 9), 10, "QC") == date(2027, 2, 23)


def test_it_counts_the_civic_holiday_only_when_optional_holidays_are_asked_for() -> None:
    # Civic Holiday: Monday 2 August 2027.
    assert is_business_day(date(2027, 8, 2), "ON")
    assert not is_business_day(date(2027, 8, 2), "ON", optional=True)
    assert add_business_days(date(2027, 7, 30), 1, "ON", optional=True) == date(2027, 8, 3)


def test_it_treats_weekends_as_days_off() -> None:
    assert not is_business_day(date(2027, 2, 13))
    assert not is_business_day(date(2027, 2, 14))
    assert is_business_day(date(2027, 2, 16))


def test_it_returns_the_start_for_zero_days_and_refuses_negative_ones() -> None:
    assert add_business_days(date(2027, 2, 13), 0) == date(2027, 2, 13)
    with pytest.raises(ValueError):
        add_business_days(date(2027, 2, 9), -1)
