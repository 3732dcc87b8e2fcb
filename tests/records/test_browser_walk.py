"""In a real browser on a 360 px phone: the records pages pass axe and do not scroll sideways,
and an import with a bad row names the row and column, writes nothing, and imports once the
file is fixed."""

from __future__ import annotations

import os
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

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
PAGES = [
    "/records/",
    "/records/job-search/",
    "/records/import/",
    "/records/export/",
    "/account/delete/",
]
BAD = "Company,Job Title,Date Applied,Status\nMarmora Bakery,Baker,03/11/2026,Applied\n"
GOOD = BAD.replace("03/11/2026", "2026-11-03")


@pytest.fixture
def phone(live_server: Any) -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        message = "Chromium not found: browser tests SKIPPED (sudo apt-get install -y chromium)"
        if os.environ.get("FOLLOWUP_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        warnings.warn(message, stacklevel=1)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(
            viewport={"width": 360, "height": 740}, base_url=live_server.url, locale="en-CA"
        )
        page = context.new_page()
        DemoBuilder().build()
        page.goto("/login/")
        page.get_by_label("Email").fill("zoe@example.org")
        page.get_by_label("Password").fill("demo-seeker-pass")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/")
        yield page
        browser.close()


def _problems(page: Any, url: str) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(url)
    found = [
        f"{url}: {v['id']} ({v['impact']}): {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > 360:
        found.append(f"{url}: scrolls sideways on a phone ({width}px)")
    return found


def test_the_records_pages_pass_axe_on_a_phone(phone: Any) -> None:
    problems: list[str] = []
    for url in PAGES:
        problems += _problems(phone, url)
    assert problems == []


def test_a_bad_row_is_reported_and_nothing_imported_until_the_file_is_fixed(
    phone: Any, tmp_path: Path
) -> None:
    from followup.jobsearch.models import Application

    bad = tmp_path / "applications.csv"
    bad.write_text(BAD, encoding="utf-8")
    phone.goto("/records/import/")
    phone.get_by_label("File to import").set_input_files(str(bad))
    phone.get_by_role("button", name="Preview the import").click()
    phone.wait_for_url("**/records/import/preview/")
    row = phone.locator("table tbody tr").first
    assert row.locator("td").nth(0).inner_text() == "2"
    assert row.locator("td").nth(1).inner_text() == "Date Applied"
    assert phone.get_by_role("button", name="Import now").count() == 0
    assert _problems(phone, "/records/import/preview/") == []
    assert not Application.objects.filter(role="Baker").exists()

    phone.get_by_role("button", name="Start again").click()
    good = tmp_path / "fixed.csv"
    good.write_text(GOOD, encoding="utf-8")
    phone.goto("/records/import/")
    phone.get_by_label("File to import").set_input_files(str(good))
    phone.get_by_role("button", name="Preview the import").click()
    phone.get_by_role("button", name="Import now").click()
    phone.wait_for_url("**/records/")
    assert "Imported: 1 application, 1 employer." in phone.locator(".flash").inner_text()
    assert Application.objects.filter(role="Baker", employer__name="Marmora Bakery").exists()
