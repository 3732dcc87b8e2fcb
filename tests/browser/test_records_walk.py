"""In a real browser on a 360 px phone: the records pages pass axe and do not scroll sideways,
and an import with a bad row names the row and column, writes nothing, and imports once the
file is fixed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.demo.builder import DemoBuilder

from .conftest import check, sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

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
def seeker_page(phone: Any) -> Any:
    DemoBuilder().build()
    sign_in(phone, "zoe@example.org", "demo-seeker-pass")
    wait_for_today(phone)
    return phone


def test_the_records_pages_pass_axe_on_a_phone(seeker_page: Any) -> None:
    problems: list[str] = []
    for url in PAGES:
        problems += check(seeker_page, url)
    assert problems == []


def test_the_records_count_of_activities_reads_on_one_line(seeker_page: Any) -> None:
    seeker_page.goto("/records/job-search/")
    caption = seeker_page.locator("table.job-record caption")
    assert caption.inner_text().endswith("activities")
    assert caption.bounding_box()["height"] < 40, "the count is split over two lines"


def test_a_bad_row_is_reported_and_nothing_imported_until_the_file_is_fixed(
    seeker_page: Any, tmp_path: Path
) -> None:
    phone = seeker_page
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
    assert check(phone, "/records/import/preview/") == []
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
