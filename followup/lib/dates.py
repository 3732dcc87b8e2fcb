"""Days as people write them in Canadian English: "Tuesday 9 February", the year only when it
differs. Spelled out here rather than by strftime, whose names follow the process locale."""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


# The days a form accepts: far enough from the calendar's ends that the day after, a deadline
# weeks later or the same moment in UTC always exist.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def day_month(day: date, reference: date) -> str:
    """'9 February'; the year is added only when it is not the reference day's year."""
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == reference.year else f"{text} {day.year}"


def long_day(day: date, reference: date) -> str:
    """'Tuesday 9 February' (with the year when it is not the reference day's)."""
    return f"{WEEKDAYS[day.weekday()]} {day_month(day, reference)}"
