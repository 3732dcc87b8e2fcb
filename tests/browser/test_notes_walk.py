"""Draft a thank-you for each of two interviewers, fix a flagged typo, open it in the email app,
mark it sent: Today no longer lists it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from followup.jobsearch.models import Person

from .conftest import sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_two_thank_yous_a_typo_fixed_opened_in_mail_and_marked_sent(
    phone: Any, seeker: Any, interview_with_two: Any
) -> None:
    Person.objects.filter(name="Siobhan O'Connor").update(email="siobhan@example.org")
    page = phone
    sign_in(page, "zoe@example.org", "correct horse battery")
    wait_for_today(page)
    due = page.locator("li.due", has_text="Thank-you note")
    assert due.count() == 2

    # Łukasz's draft first: it is personal to him.
    due.filter(has_text="Łukasz Kowalski").get_by_role("link", name="Write it").click()
    page.wait_for_url("**/messages/*/")
    assert "morning rush" in page.locator("#id_text").input_value()
    page.go_back()

    due.filter(has_text="Siobhan O'Connor").get_by_role("link", name="Write it").click()
    page.wait_for_url("**/messages/*/")
    editor = page.locator("#id_text")
    text = editor.input_value()
    assert "Siobhan" in text and "scheduling system" in text
    editor.fill(text.replace("Thank you", "Thank you for your tiem", 1))
    findings = page.locator("#findings")
    findings.get_by_text("tiem").first.wait_for()
    findings.get_by_role("button", name="Suggest a spelling").first.click()
    findings.get_by_role("button", name="Use “time”").first.click()
    # The fix is applied in the page: wait for the box to change rather than for a load.
    expect(editor).not_to_have_value(re.compile("tiem"), timeout=15_000)
    assert "your time" in page.locator("#id_text").input_value()

    mailto = page.get_by_role("link", name="Open in my email app").get_attribute("href")
    assert mailto.startswith("mailto:siobhan@example.org?subject=")
    assert "your%20time" in mailto

    page.get_by_role("button", name="Mark as sent").click()
    wait_for_today(page)
    remaining = page.locator("li.due", has_text="Thank-you note")
    assert remaining.count() == 1
    assert remaining.filter(has_text="Łukasz Kowalski").count() == 1
