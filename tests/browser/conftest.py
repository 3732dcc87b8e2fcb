"""A real browser: Debian's Chromium driven by Playwright. Without Chromium these tests are
skipped with a loud notice, unless FOLLOWUP_REQUIRE_BROWSER=1 (as in CI) makes that a failure."""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

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
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        message = (
            "Chromium not found: browser tests SKIPPED. Install it with: "
            "sudo apt-get install -y chromium"
        )
        if os.environ.get("FOLLOWUP_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def phone(browser: Any, live_server: Any) -> Iterator[Any]:
    """A page in a 360 × 740 viewport, as on a small phone."""
    context = browser.new_context(viewport=PHONE, base_url=live_server.url, locale="en-CA")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.console_errors = errors
    yield page
    context.close()


def sign_in(page: Any, email: str, password: str) -> None:
    page.goto("/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def wait_for_today(page: Any) -> None:
    """Wait until the browser is on Today ("/"). A glob such as "**/" would match the page it
    is leaving (every path here ends with a slash), so the path itself is compared."""
    page.wait_for_url(lambda url: urlsplit(url).path == "/")


def problems_here(page: Any, label: str) -> list[str]:
    """axe's serious and critical violations on the page as it is, and sideways scrolling."""
    from axe_playwright_python.sync_playwright import Axe

    found = [
        f"{label}: {v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > PHONE["width"]:
        found.append(f"{label}: scrolls sideways on a phone ({width}px)")
    return found


def check(page: Any, url: str) -> list[str]:
    page.goto(url)
    return problems_here(page, url)
