"""The reminder pages and the digest email in a real browser on a 360 px phone: axe finds no
serious problem and nothing scrolls sideways."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from followup.reminders.links import unsubscribe_token
from followup.web.demo import DemoBuilder

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = os.environ.get("FOLLOWUP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]


@pytest.fixture
def phone(live_server: Any) -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        if os.environ.get("FOLLOWUP_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium not found")
        pytest.skip("Chromium not found: install it with sudo apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(
            viewport={"width": 360, "height": 740}, base_url=live_server.url, locale="en-CA"
        )
        yield context.new_page()
        browser.close()
    from django.db import connections

    connections.close_all()  # else PostgreSQL cannot drop the test database at the end


def problems_on(page: Any, what: str) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = [
        f"{what}: {v['id']} ({v['impact']}): {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > 360:
        found.append(f"{what}: scrolls sideways on a phone ({width}px)")
    return found


def test_the_reminder_pages_and_the_email_pass_axe_on_a_phone(phone: Any, settings: Any) -> None:
    from django.core import mail

    from followup.accounts.models import User
    from followup.reminders.digests import run_pass

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DemoBuilder().build()
    zoe = User.objects.get(email="zoe@example.org")
    problems: list[str] = []
    token = unsubscribe_token(zoe.pk)
    phone.goto(f"/reminders/unsubscribe/{token}/")
    problems += problems_on(phone, "unsubscribe")
    phone.get_by_role("button", name="Yes, stop the emails").click()
    phone.get_by_role("heading", name="Reminder emails stopped").wait_for()
    problems += problems_on(phone, "unsubscribed")
    phone.goto("/reminders/unsubscribe/broken/")
    problems += problems_on(phone, "bad link")
    phone.goto("/login/")
    phone.get_by_label("Email").fill("zoe@example.org")
    phone.get_by_label("Password").fill("demo-seeker-pass")
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url("**/")
    phone.get_by_role("link", name="Reminder emails and your calendar").click()
    phone.get_by_role("heading", name="Reminders and calendar").wait_for()
    problems += problems_on(phone, "settings")
    phone.get_by_role("button", name="Send me reminder emails").click()
    phone.get_by_text("You will get a reminder email").wait_for()
    assert phone.get_by_label("Your private calendar link").input_value().endswith(".ics")
    run_pass(any_hour=True)
    [html] = [
        m.alternatives[0][0]  # type: ignore[union-attr]
        for m in mail.outbox
        if m.to == ["zoe@example.org"]
    ]
    phone.goto("about:blank")  # the site's CSP does not apply to an email
    phone.set_content(str(html))
    problems += problems_on(phone, "digest email")
    assert problems == []
