"""Days as people write them in Canadian English ("Tuesday 9 February") or Canadian French
("mardi 9 février", "1er mars"), the year only when it differs. Spelled out here rather than by
strftime, whose names follow the process locale."""

from __future__ import annotations

from datetime import date

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


# The days a form accepts: far enough from the calendar's ends that the day after, a deadline
# weeks later or the same moment in UTC always exist.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def day_month(day: date, reference: date, lang: str = "en") -> str:
    """'9 February' or '9 février' ('1er' in French); the year only when it is not the
    reference day's year."""
    if lang == "fr":
        text = f"{'1er' if day.day == 1 else day.day} {MONTHS_FR[day.month - 1]}"
    else:
        text = f"{day.day} {MONTHS[day.month - 1]}"
    return text if day.year == reference.year else f"{text} {day.year}"


def long_day(day: date, reference: date, lang: str = "en") -> str:
    """'Tuesday 9 February' or 'mardi 9 février' (with the year when it is not the reference
    day's)."""
    weekdays = WEEKDAYS_FR if lang == "fr" else WEEKDAYS
    return f"{weekdays[day.weekday()]} {day_month(day, reference, lang)}"
