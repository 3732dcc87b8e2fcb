"""Awkward moments to freeze the clock at, with the server's zone: a test that plans a user's
day must find the user's day (Toronto here), also when the server's day is already tomorrow
(UTC on New Year's Eve) or still yesterday (Vancouver at 0:30 on the 1st).

    clock = awkward_moments.clock_fixture()  # in a test module: each test runs at every moment
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

TORONTO = ZoneInfo("America/Toronto")

MOMENTS = {
    "wednesday-9:00": (datetime(2027, 2, 10, 9, 0, tzinfo=TORONTO), "America/Toronto"),
    "1st-of-month-0:30": (datetime(2027, 3, 1, 0, 30, tzinfo=TORONTO), "America/Toronto"),
    "1st-of-month-0:30-server-in-vancouver": (
        datetime(2027, 3, 1, 0, 30, tzinfo=TORONTO),
        "America/Vancouver",
    ),
    "new-years-eve-23:30-server-in-utc": (datetime(2026, 12, 31, 23, 30, tzinfo=TORONTO), "UTC"),
}


def clock_fixture() -> Any:
    """A `clock` fixture frozen at each moment above in turn, started after the SMTP server
    (`mail`) like the reminder tests' own `clock`."""

    @pytest.fixture(params=list(MOMENTS.values()), ids=list(MOMENTS))
    def clock(request: Any, mail: Any, settings: Any) -> Iterator[time_machine.Traveller]:
        moment, server_zone = request.param
        settings.TIME_ZONE = server_zone
        with time_machine.travel(moment, tick=False) as traveller:
            yield traveller

    return clock
