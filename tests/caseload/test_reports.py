"""Reports per office and month: figures, charts with tables, a CSV of the same figures, and
no personal data anywhere."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.utils.html import escape

from followup.accounts.models import User
from followup.demo.builder import DemoBuilder
from followup.jobsearch.models import Person
from followup.organisation.models import Office

pytestmark = pytest.mark.django_db


# A Wednesday in the middle of a month: the demo's activity of the last weeks is this month's.
MID_MONTH = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("America/Toronto"))


@pytest.fixture
def demo() -> Iterator[None]:
    """The demo, built and reported on at MID_MONTH."""
    with time_machine.travel(MID_MONTH, tick=False):
        DemoBuilder().build()
        yield


def personal_data() -> list[str]:
    words = [
        value
        for user in User.objects.all()
        for value in (user.name, user.email, user.phone)
        if value
    ]
    words += list(Person.objects.values_list("name", flat=True))
    words += [email for email in Person.objects.values_list("email", flat=True) if email]
    return words


def signed_in(email: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(email=email))
    return client


@pytest.mark.parametrize("email", ["admin@example.org", "counsellor@example.org"])
@pytest.mark.parametrize("query", ["", "?months=12", "?office=1"])
def test_no_name_email_or_phone_appears_in_the_report_or_its_csv(
    demo: None, email: str, query: str
) -> None:
    client = signed_in(email)
    html = client.get("/reports/" + query).content.decode()
    data = client.get("/reports/figures.csv" + query).content.decode()
    assert "Interviews logged" in html
    leaks = [
        word for word in personal_data() if word in html or escape(word) in html or word in data
    ]
    assert leaks == []


def test_the_report_shows_the_demos_figures_as_charts_with_tables(demo: None) -> None:
    html = signed_in("admin@example.org").get("/reports/").content.decode()
    assert html.count("<svg") >= 5 and 'role="img"' in html
    assert "<title" in html and "The figures as a table" in html
    assert "style=" not in html  # the security policy forbids inline styles
    for title in [
        "Interviews logged",
        "Thank-you notes sent within 24 hours",
        "Follow-ups sent on time",
        "Outcomes",
        "Active job seekers",
    ]:
        assert title in html


def test_a_french_reader_sees_percentages_written_the_french_way(demo: None) -> None:
    english = signed_in("admin@example.org").get("/reports/").content.decode()
    assert re.search(r">\d+%<", english)
    User.objects.filter(email="admin@example.org").update(language="fr")
    french = signed_in("admin@example.org").get("/reports/").content.decode()
    assert re.search(r">\d+\u00a0%<", french) and not re.search(r">\d+%<", french)


def rows(client: Client, query: str = "") -> list[dict[str, str]]:
    response = client.get("/reports/figures.csv" + query)
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_the_csv_has_a_row_per_office_and_month_and_totals(demo: None) -> None:
    table = rows(signed_in("counsellor@example.org"))
    offices = {row["office"] for row in table}
    assert offices == {"Belleville Office", "Marmora Office", "No office", "All offices"}
    assert len(table) == 4 * 6
    together = [row for row in table if row["office"] == "All offices"]
    belleville = [row for row in table if row["office"] == "Belleville Office"]
    # the demo's three job seekers are at Belleville, all active this month
    assert together[-1]["active_job_seekers"] == belleville[-1]["active_job_seekers"] == "3"
    assert sum(int(row["interviews_logged"]) for row in belleville) >= 6
    assert sum(int(row["offers"]) for row in belleville) == 1


def test_the_csv_for_one_office_has_only_that_office(demo: Any) -> None:
    marmora = Office.objects.get(name="Marmora Office")
    table = rows(signed_in("admin@example.org"), f"?office={marmora.pk}&months=12")
    assert {row["office"] for row in table} == {"Marmora Office"} and len(table) == 12
    assert all(row["interviews_logged"] == "0" for row in table)


@pytest.mark.parametrize("url", ["/reports/", "/reports/figures.csv"])
def test_a_job_seeker_cannot_open_the_reports(demo: None, url: str) -> None:
    assert signed_in("zoe@example.org").get(url).status_code == 403
