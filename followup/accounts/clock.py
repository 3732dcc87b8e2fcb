"""A user's clock: their time zone, their local "now" and their local day. Every date recorded
or shown for a user comes from here. One fallback, the server's TIME_ZONE, for an account whose
stored zone is empty or not a real one (an old import, a hand-edited database)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from followup.lib.zones import is_zone, zone_or


class HasTimeZone(Protocol):
    time_zone: str


Zoned = HasTimeZone | str | None


def user_zone(who: Zoned) -> ZoneInfo:
    """The zone of a user (or of a stored zone name), else the server's."""
    name = who if isinstance(who, str) or who is None else who.time_zone
    return zone_or(name, settings.TIME_ZONE)


def zone_name(who: Zoned) -> str:
    """The name of `user_zone(who)`: a stored name that is real, else the server's zone."""
    return user_zone(who).key


def local_now(who: Zoned, now: datetime | None = None) -> datetime:
    """`now` (by default the present moment) on the user's clock."""
    return (now or timezone.now()).astimezone(user_zone(who))


def local_today(who: Zoned, now: datetime | None = None) -> date:
    """The user's day at `now` (by default today): 22:30 in Vancouver is still that day there."""
    return local_now(who, now).date()


def validate_time_zone(value: str) -> None:
    """A model and form validator: only a real zone name may be stored."""
    if not is_zone(value):
        raise ValidationError(
            _("“%(value)s” is not a time zone. Use a name like America/Toronto."),
            code="time_zone",
            params={"value": value},
        )
