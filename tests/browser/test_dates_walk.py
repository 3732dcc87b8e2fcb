"""On a phone: log an interview and watch Followup read what the employer said before saving,
then find the follow-up day on the interview page and on Today; type what it cannot read, see
it say so, set the date by hand, and find that date used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

from .conftest import PHONE, problems_here, sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def clock() -> Iterator[None]:
    """Wednesday 2 December 2026, 9:00 in Toronto; the clock runs on from there (the browser
    waits on it)."""
    with time_machine.travel(datetime(2026, 12, 2, 9, tzinfo=TORONTO), tick=True):
        yield


@pytest.fixture
def zoe(phone: Any, make_user: Any, clock: None) -> Any:
    """Zoë, signed in on a phone, on Today."""
    make_user("zoe@example.org", "Zoë Lefebvre")
    sign_in(phone, "zoe@example.org", "correct horse battery")
    wait_for_today(phone)
    return phone


def log_interview(page: Any, employer: str, phrase: str) -> None:
    page.goto("/interviews/new/")
    page.get_by_label("Employer:", exact=True).fill(employer)
    page.get_by_label("Job title:", exact=True).fill("Office Coordinator")
    page.get_by_label("Date:", exact=True).fill("2026-12-01")
    page.get_by_label("Start time").fill("10:00")
    page.locator("#id_people-0-name").fill("Siobhan O'Connor")
    page.get_by_label("What did they say about when they will decide?").press_sequentially(
        phrase, delay=5
    )


def no_sideways_scroll(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page scrolls sideways on a phone ({width}px)"


def test_the_follow_up_day_is_read_as_typed_and_shown_after_saving(zoe: Any) -> None:
    page = zoe

    log_interview(page, "Quinte Health", "we'll decide by the end of next week")
    reading = page.locator("#reading")
    assert reading.get_attribute("aria-live") == "polite"
    reading.get_by_text(
        "They decide by Friday 11 December · follow up on Tuesday 15 December"
    ).wait_for()
    assert not page.get_by_label("The day they said they would decide").is_visible()
    no_sideways_scroll(page)
    page.get_by_role("button", name="Save interview").click()
    page.wait_for_url("**/interviews/*/")
    assert "follow up on Tuesday 15 December" in page.locator("#plan").inner_text()
    page.get_by_role("link", name="Back to the application").click()
    assert "follow up on Tuesday 15 December" in page.locator("#plan").inner_text()
    assert page.get_by_role("button", name="Follow up on Tuesday 15 December").is_disabled()
    assert page.get_by_role("link", name="Write a follow-up").count() == 0
    assert problems_here(page, "the application page before the follow-up day") == []
    page.get_by_role("link", name="Today").click()
    wait_for_today(page)
    coming_up = page.locator("section", has=page.get_by_role("heading", name="Coming up"))
    assert "Follow up on Tuesday 15 December" in coming_up.inner_text()

    log_interview(page, "Belleville Library", "after the board meets")
    reading.get_by_text("Followup could not read this").wait_for()
    assert "use the default wait: follow up on Tuesday 8 December" in reading.inner_text()
    page.get_by_label("Pick the dates they gave myself").check()
    decide = page.get_by_label("The day they said they would decide")
    assert decide.is_visible()
    decide.fill("2026-12-16")
    reading.get_by_text(
        "They decide by Wednesday 16 December · follow up on Friday 18 December"
    ).wait_for()
    assert "set by you" in reading.inner_text()
    assert problems_here(page, "the interview form with a day set by hand") == []
    page.get_by_role("button", name="Save interview").click()
    page.wait_for_url("**/interviews/*/")
    assert "They decide by Wednesday 16 December" in page.locator("#plan").inner_text()
    page.get_by_role("link", name="Today").click()
    wait_for_today(page)
    assert "Follow up on Friday 18 December" in coming_up.inner_text()
    assert "Follow up on Tuesday 15 December" in coming_up.inner_text()
    assert problems_here(page, "Today with Coming up") == []
    assert page.console_errors == []


def test_each_way_to_set_the_day_sits_beside_its_radio_button(zoe: Any) -> None:
    page = zoe
    page.goto("/interviews/new/")
    for name in ("Go by what they said", "Pick the dates they gave myself"):
        radio = page.get_by_role("radio", name=name)
        label = page.locator(f"label[for='{radio.get_attribute('id')}']")
        button, words = radio.bounding_box(), label.bounding_box()
        assert words["x"] >= button["x"] + button["width"], f"'{name}' is not beside its button"
        assert words["y"] < button["y"] + button["height"], f"'{name}' is below its button"
        assert button["width"] >= 20 and button["height"] >= 20, f"'{name}': a small button"
