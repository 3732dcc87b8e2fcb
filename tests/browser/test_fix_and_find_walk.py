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

from followup.demo.builder import DemoBuilder

from .conftest import PHONE, problems_here, sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def demo(phone: Any) -> Iterator[Any]:
    """The demo built on Wednesday 2 December 2026 at 9:00 in Toronto (the clock runs on), its
    job seeker signed in on Today."""
    with time_machine.travel(datetime(2026, 12, 2, 9, tzinfo=TORONTO), tick=True):
        DemoBuilder().build()
        sign_in(phone, "zoe@example.org", "demo-seeker-pass")
        wait_for_today(phone)
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
    problems = problems_here(page, "Today")
    page.emulate_media(color_scheme="dark")
    assert problems + problems_here(page, "Today, dark") == []


def item_for(page: Any, name: str) -> Any:
    return due_items(page).filter(has_text=name)


def test_delete_an_interview_and_today_drops_its_notes(demo: Any) -> None:
    page = demo
    assert item_for(page, "Siobhan O'Connor").count() == 1
    item_for(page, "Siobhan O'Connor").get_by_role("link", name="Write it").click()
    page.wait_for_url("**/messages/*/")  # a draft is started: it goes with the interview
    page.get_by_role("link", name="Applications").click()
    page.get_by_role("link", name="Office Coordinator — Quinte Health").click()
    page.locator("h3 a[href^='/interviews/']").first.click()
    page.get_by_role("link", name="Delete this interview").click()
    assert "This also deletes 1 note." in page.locator("main").inner_text()
    assert problems_here(page, "the delete confirmation") == []
    page.get_by_role("button", name="Delete").click()
    page.wait_for_url("**/applications/*/")
    assert "Deleted the interview" in page.locator("main").inner_text()
    page.get_by_role("link", name="Today").click()
    wait_for_today(page)
    for name in ("Siobhan O'Connor", "Priya Natarajan"):
        assert item_for(page, name).count() == 0
    assert due_items(page).count() > 0  # the other applications' notes stay


def test_undo_a_mark_as_sent(demo: Any) -> None:
    page = demo
    item_for(page, "Siobhan O'Connor").get_by_role("link", name="Write it").click()
    page.wait_for_url("**/messages/*/")
    page.get_by_role("button", name="Mark as sent").click()
    wait_for_today(page)
    assert item_for(page, "Siobhan O'Connor").count() == 0
    page.get_by_role("link", name="Undo").click()
    assert problems_here(page, "the undo page") == []
    page.get_by_role("button", name="Undo").click()
    page.wait_for_url("**/messages/*/")
    assert "draft again" in page.locator("main").inner_text()
    assert page.get_by_role("button", name="Mark as sent").is_visible()
    page.get_by_role("link", name="Today").click()
    wait_for_today(page)
    assert item_for(page, "Siobhan O'Connor").count() == 1


def test_search_applications_with_q(demo: Any) -> None:
    page = demo
    page.goto("/applications/?q=quinte")
    found = page.locator("main li.card h2")
    assert found.count() >= 1
    assert all("Quinte" in text for text in found.all_inner_texts())
    assert page.get_by_label("Search", exact=True).input_value() == "quinte"
    page.get_by_label("Search", exact=True).fill("marmora")
    page.get_by_label("Search", exact=True).press("Enter")
    page.wait_for_url("**/applications/?q=marmora*")
    assert all("Marmora" in text for text in found.all_inner_texts()) and found.count() >= 1
    assert problems_here(page, "Applications, searched") == []


def test_a_counsellors_comment_shows_on_the_item_it_concerns(phone: Any) -> None:
    from followup.accounts.models import User
    from followup.caseload.models import DraftComment
    from followup.interactions.models import Interaction

    with time_machine.travel(datetime(2026, 12, 2, 9, tzinfo=TORONTO), tick=True):
        DemoBuilder().build()
        draft = Interaction.objects.get(owner__email="lukasz@example.org", state="draft")
        DraftComment.objects.create(
            message=draft,
            author=User.objects.get(email="counsellor@example.org"),
            text="Mention your air-brake endorsement.",
        )
        page = phone
        sign_in(page, "lukasz@example.org", "demo-client2-pass")
        wait_for_today(page)
        item = item_for(page, "Robert Lavigne")
        item.get_by_role("link", name="Your counsellor commented").click()
        page.wait_for_url(f"**/messages/{draft.pk}/")
        assert "Mention your air-brake endorsement." in page.locator("main").inner_text()


@pytest.fixture
def french_demo(phone: Any) -> Iterator[Any]:
    """The same demo, its job seeker's account in French: Today in French after sign-in."""
    from followup.accounts.models import User

    with time_machine.travel(datetime(2026, 12, 2, 9, tzinfo=TORONTO), tick=True):
        DemoBuilder().build()
        User.objects.filter(email="zoe@example.org").update(language="fr")
        sign_in(phone, "zoe@example.org", "demo-seeker-pass")
        wait_for_today(phone)
        yield phone


def test_the_first_screen_of_today_holds_three_due_actions_in_french(french_demo: Any) -> None:
    page = french_demo
    assert page.locator("html").get_attribute("lang") == "fr-CA"
    assert page.get_by_role("link", name="Aujourd’hui").first.is_visible()
    assert on_first_screen(page) >= 3
    assert problems_here(page, "Aujourd’hui") == []
