"""The reports page while everyone is being counted (first use, other rules), on a 360 px
phone: it says how far the counting got with a progress bar and a link a keyboard reaches, passes
axe, and the figures then come by themselves."""

from __future__ import annotations

from typing import Any

import pytest
from django.db.models import Max

from followup.accounts.models import User
from followup.caseload import report_cache, reports
from followup.caseload.models import ReportState
from followup.demo.builder import DemoBuilder
from followup.organisation.models import Office, Organisation

from .conftest import problems_here, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def demo() -> None:
    # Earlier browser tests empty the database, offices seeded by a migration included.
    Office.objects.get_or_create(
        name="Marmora Office",
        defaults={"organisation": Organisation.current(), "by_appointment_only": True},
    )
    DemoBuilder().build()


def hold_the_asking_again(route: Any) -> None:
    if route.request.headers.get("hx-request"):
        route.abort()
    else:
        route.continue_()


def test_the_counting_in_progress_reads_on_a_phone_and_a_keyboard_reaches_it(
    phone: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo()
    monkeypatch.setattr(
        report_cache, "bring_up_to_date", lambda *args, **kwargs: report_cache.Progress(2, 7)
    )
    page = phone
    # the page asks again by itself (htmx) while counting: held here, so it stays as it is
    page.route("**/reports/**", hold_the_asking_again)
    sign_in(page, "counsellor@example.org", "demo-counsellor-pass")
    page.wait_for_url("**/clients/")
    page.goto("/reports/")
    status = page.get_by_role("status")
    assert "Counting the figures: 2 of 7 groups of job seekers done" in status.inner_text()
    bar = page.locator("progress")
    assert bar.get_attribute("value") == "2" and bar.get_attribute("max") == "7"
    assert page.get_by_role("heading", name="Interviews logged").count() == 0  # no part-figures
    assert problems_here(page, "reports, counting") == []

    page.get_by_role("link", name="Download as CSV").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Continue counting"
    box = page.get_by_role("link", name="Continue counting").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360


def test_the_figures_come_by_themselves_once_everyone_is_counted(
    phone: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo()
    monkeypatch.setattr(reports, "BUDGET", 0.0)  # a step a load
    # the demo's job seekers in a few steps: ids, not people, make the steps, and PostgreSQL
    # does not give ids again after earlier tests emptied the tables
    highest = User.objects.aggregate(highest=Max("pk"))["highest"]
    monkeypatch.setattr(report_cache, "SPAN", highest // 3 + 1)
    ReportState.objects.all().delete()
    page = phone
    sign_in(page, "counsellor@example.org", "demo-counsellor-pass")
    page.wait_for_url("**/clients/")
    page.goto("/reports/")
    assert page.locator("#report-pending").count() == 1  # counting, not figures yet
    heading = page.get_by_role("heading", name="Interviews logged")
    heading.wait_for(timeout=20_000)
    assert page.locator("#report-pending").count() == 0
    assert problems_here(page, "reports, counted") == []
