"""The counsellors' walk on a 360 px phone: the caseload shows a client with an overdue
thank-you, the counsellor opens the client and comments on a draft; the client signs in and
finds the comment in the editor and the visit in "who looked". axe on every page on the way."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from followup.demo.builder import DemoBuilder
from followup.organisation.models import Office, Organisation

from .conftest import sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENT = "Good start. Add one line on the snow-clearing routes you asked about."


def problems_on(page: Any) -> list[str]:
    """Serious or critical axe violations, and sideways scrolling, on the page as it is."""
    results = Axe().run(page)
    found = [
        f"{page.url}: {v['id']} ({v['impact']}): {v['help']} — "
        f"{[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > 360:
        found.append(f"{page.url}: scrolls sideways on a phone ({width}px)")
    return found


def test_a_counsellor_comments_on_a_draft_and_the_client_sees_it_and_who_looked(
    phone: Any,
) -> None:
    # Earlier browser tests empty the database, offices seeded by a migration included.
    Office.objects.get_or_create(
        name="Marmora Office",
        defaults={"organisation": Organisation.current(), "by_appointment_only": True},
    )
    DemoBuilder().build()
    page = phone
    problems: list[str] = []
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)

    sign_in(page, "counsellor@example.org", "demo-counsellor-pass")
    page.wait_for_url("**/clients/")
    card = page.locator("li.card.client", has_text="Łukasz Kowalski")
    assert "1 thank-you note overdue" in card.inner_text()
    assert "Needs attention" in card.inner_text()
    problems += problems_on(page)

    card.get_by_role("link", name="Łukasz Kowalski").click()
    page.wait_for_url("**/clients/*/")
    assert page.get_by_role("heading", level=1).inner_text() == "Łukasz Kowalski"
    problems += problems_on(page)

    page.get_by_role("link", name="Thank-you note: Robert Lavigne").click()
    page.wait_for_url("**/clients/*/messages/*/")
    assert "Dear Robert Lavigne" in page.locator("main").inner_text()
    problems += problems_on(page)
    page.get_by_label("Your comment for your client").fill(COMMENT)
    page.get_by_role("button", name="Save comment").click()
    page.wait_for_url("**/clients/*/messages/*/")
    assert COMMENT in page.locator("main").inner_text()

    page.goto("/reports/")
    # a first use counts everyone, a step a load: the page may show its progress first and
    # then the figures by themselves
    page.locator("svg[role=img]").first.wait_for(timeout=20_000)
    assert page.locator("svg[role=img]").count() >= 5
    problems += problems_on(page)

    page.goto("/account/")
    page.get_by_role("button", name="Sign out").click()
    sign_in(page, "lukasz@example.org", "demo-client2-pass")
    wait_for_today(page)
    page.locator("li.due", has_text="Robert Lavigne").get_by_role("link", name="Write it").click()
    page.wait_for_url("**/messages/*/")
    comments = page.locator("section.draft-comments")
    assert "Comments from your counsellor" in comments.inner_text()
    assert COMMENT in comments.inner_text() and "Maya Thompson" in comments.inner_text()
    problems += problems_on(page)

    page.goto("/account/who-looked/")
    log = page.locator("main table").inner_text()
    assert "Maya Thompson" in log
    assert "Your records" in log and "A message: Thank-you note" in log
    problems += problems_on(page)

    page.goto("/appointments/")
    problems += problems_on(page)
    page.get_by_label("Marmora Office (by appointment only)").check()
    page.get_by_label("Times that suit you").fill("Thursday afternoons")
    page.get_by_label("What would you like to talk about?").fill("Winter job leads")
    page.get_by_role("button", name="Send my request").click()
    page.wait_for_url("**/appointments/")
    assert "Waiting for a reply" in page.locator("main").inner_text()

    assert problems == []
    # Every resource of the pages loaded; Chromium's own request for /favicon.ico (which
    # Followup does not have) is not the page's, but still logs "Failed to load resource".
    assert failed == []
    assert [e for e in page.console_errors if not e.startswith("Failed to load resource")] == []
