"""The walk a new user takes: set up Followup, log an interview with two interviewers on a
phone, and find two thank-you notes due on Today."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from .conftest import wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_setup_then_an_interview_with_two_interviewers_gives_two_thank_yous(phone: Any) -> None:
    page = phone
    page.goto("/setup/")
    page.get_by_label("Your name").fill("Zoë Lefebvre")
    page.get_by_label("Your email").fill("zoe@example.org")
    page.get_by_label("Password").fill("a long enough passphrase")
    page.get_by_label("I am using Followup for my own job search").check()
    page.get_by_role("button", name="Create my account").click()
    wait_for_today(page)
    assert page.get_by_role("heading", level=1).inner_text().startswith("Today")

    page.get_by_role("link", name="Log an interview").first.click()
    ended = (timezone.now() - timedelta(hours=2)).astimezone(ZoneInfo("America/Toronto"))
    page.get_by_label("Employer:", exact=True).fill("Quinte Health")
    page.get_by_label("Job title:", exact=True).fill("Office Coordinator")
    page.get_by_label("Date:", exact=True).fill(ended.date().isoformat())
    page.get_by_label("Start time").fill(ended.strftime("%H:%M"))
    page.get_by_label("What did they say about when they will decide?").fill("within two weeks")
    page.locator("#id_people-0-name").fill("Siobhan O'Connor")
    page.locator("#id_people-0-notes").fill("the new scheduling system")
    page.get_by_role("button", name="Add another person").click()
    assert page.locator("#id_people-0-name").input_value() == "Siobhan O'Connor"
    page.locator("#id_people-1-name").fill("Łukasz Kowalski")
    page.locator("#id_people-1-role").select_option("panel")
    page.get_by_role("button", name="Save interview").click()
    page.wait_for_url("**/interviews/*/")

    page.get_by_role("link", name="Today").click()
    wait_for_today(page)
    due = page.locator("li.due", has_text="Thank-you note")
    assert due.count() == 2
    assert due.filter(has_text="Siobhan O'Connor").count() == 1
    assert due.filter(has_text="Łukasz Kowalski").count() == 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the page scrolls sideways on a phone ({width}px)"
    assert page.console_errors == []
