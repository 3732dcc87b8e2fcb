"""On a 360 × 740 phone with the demo's data: Today's first screen holds at least three due
actions, each with the reason one tap away; delete an interview and Today drops its notes;
undo a *Mark as sent*; search Applications with ?q=."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

from followup.web.demo import DemoBuilder

from .conftest import PHONE, problems_here, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def demo(phone: Any) -> Iterator[Any]:
    """The demo built on Wednesday 2 December 2026 at 9:00 in Toronto (the clock runs on), its
    job seeker signed in on Today."""
    with time_machine.travel(datetime(2026, 12, 2, 9, tzinfo=TORONTO), tick=True):
        DemoBuilder().build()
        sign_in(phone, "zoe@example.org", "demo-seeker-pass")
        phone.wait_for_url("**/")
        yield phone


def due_items(page: Any) -> Any:
    return page.locator("li.due.overdue, li.due.today")


def on_first_screen(page: Any) -> int:
    tops = [box["y"] for box in (item.bounding_box() for item in due_items(page).all()) if box]
    return sum(1 for top in tops if top < PHONE["height"])


def test_the_first_screen_of_today_holds_three_due_actions(demo: Any) -> None:
    page = demo
    page.screenshot(path="/tmp/fixfind-today.png")
    assert on_first_screen(page) >= 3
    first = due_items(page).first
    why = first.locator("details.why")
    assert not why.locator("p").first.is_visible()
    why.locator("summary").click()
    assert why.locator("p").first.is_visible()
    assert problems_here(page, "Today") == []
