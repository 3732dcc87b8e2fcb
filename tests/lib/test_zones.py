"""Time zones by name: real names only, a fallback for a stored name that is not one."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from followup.lib.zones import is_zone, zone_names, zone_or


@pytest.mark.parametrize("name", ["America/Toronto", "America/St_Johns", "Europe/Paris", "UTC"])
def test_real_zone_names_are_zones(name: str) -> None:
    assert is_zone(name) and name in zone_names()


@pytest.mark.parametrize(
    "name", ["Mars/Olympus", "", "america/toronto", "../../etc/passwd", "localtime", None, 5]
)
def test_anything_else_is_not(name: object) -> None:
    assert not is_zone(name)


def test_a_name_that_is_not_a_zone_falls_back() -> None:
    assert zone_or("Mars/Olympus", "America/Toronto") == ZoneInfo("America/Toronto")
    assert zone_or(None, "America/Toronto") == ZoneInfo("America/Toronto")
    assert zone_or("America/Vancouver", "America/Toronto") == ZoneInfo("America/Vancouver")


def test_the_names_are_sorted_and_are_places() -> None:
    names = zone_names()
    assert list(names) == sorted(names)
    assert not {"localtime", "posixrules", "Factory"} & set(names)
