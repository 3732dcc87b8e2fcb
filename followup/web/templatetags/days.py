"""Template filters that write days and times in the one style of `followup.lib.dates`
("Tuesday 15 December, 3:00 p.m." / "mardi 15 décembre, 15 h 00"), in the viewer's zone."""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import timezone

from followup.lib import dates
from followup.lib.plan.wording import clock, day_and_clock
from followup.web.i18n import interface_lang

register = template.Library()
_UNBROKEN = "\N{NO-BREAK SPACE}"


@register.filter
def day(value: date | datetime | None) -> str:
    """'Tuesday 15 December' (the year too when it is not this year)."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return dates.long_day(value, timezone.localdate(), interface_lang())


@register.filter
def day_and_time(value: datetime | None) -> str:
    """'Tuesday 15 December, 3:00 p.m.', the time kept on one line."""
    if not value:
        return ""
    moment, today = timezone.localtime(value), timezone.localdate()
    return day_and_clock(moment, today, interface_lang(), _UNBROKEN)


@register.filter
def time_of_day(value: datetime | None) -> str:
    """'3:00 p.m.' or '15 h 00', with no-break spaces: a narrow phone never splits a time
    ('15 h' on one line, '00' on the next)."""
    if not value:
        return ""
    return clock(timezone.localtime(value), interface_lang(), _UNBROKEN)
