"""Time zones by name: which names are real (the IANA database's), and the zone for a stored
name that may not be one, with a fallback instead of an error."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo  # imported when used: `followup check` needs no zone (~5 ms)

# Names in the system's zone folder that are not places: the server's own setting, a template
# file and a zone that means "unknown".
NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})


@cache
def zone_names() -> tuple[str, ...]:
    """Every real zone name, sorted ("Africa/Abidjan" … "America/Toronto" … "UTC" …)."""
    from zoneinfo import available_timezones

    return tuple(sorted(available_timezones() - NOT_PLACES))


@cache
def _known() -> frozenset[str]:
    return frozenset(zone_names())


def is_zone(name: object) -> bool:
    """Whether `name` names a real zone: "America/Vancouver" does, "Mars/Olympus" does not."""
    return isinstance(name, str) and name in _known()


def zone_or(name: str | None, fallback: str) -> ZoneInfo:
    """The zone called `name`, else the one called `fallback` (which must be real)."""
    from zoneinfo import ZoneInfo

    return ZoneInfo(name if name and is_zone(name) else fallback)


def this_computers_day() -> date:
    """Today on the clock of the computer running the code: for a command a person runs on their
    own laptop, where no account says where they live."""
    return datetime.now().astimezone().date()
