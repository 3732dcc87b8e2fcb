"""A time on a page never splits across lines on a narrow phone: '15 h 00' and '3:00 p.m.' are
written with no-break spaces, in French and in English."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from followup.web.templatetags.days import day_and_time, time_of_day

NBSP = "\N{NO-BREAK SPACE}"
TORONTO = ZoneInfo("America/Toronto")
AFTERNOON = datetime(2026, 12, 9, 15, 0, tzinfo=TORONTO)


@pytest.mark.parametrize(("lang", "written"), [("fr-ca", "15 h 00"), ("en-ca", "3:00 p.m.")])
def test_a_time_keeps_its_parts_together(lang: str, written: str) -> None:
    with translation.override(lang):
        assert time_of_day(AFTERNOON) == written.replace(" ", NBSP)
        said = day_and_time(AFTERNOON)
    assert said.endswith(", " + written.replace(" ", NBSP))  # the day may wrap before the time
