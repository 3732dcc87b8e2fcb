"""The job-search record: the page, its CSV and PDF, for a chosen date range."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from followup.due.loading import local_today
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Person
from followup.jobsearch.services import employer_named
from followup.records import pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client: Client, seeker: Any) -> Client:
    client.force_login(seeker)
    return client


@pytest.fixture
def today(seeker: Any) -> date:
    return local_today(seeker)


@pytest.fixture
def thanked(interview_with_two: Any, seeker: Any, today: date) -> Interaction:
    interaction = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="sent",
        channel="email",
        occurred_on=today,
        interview=interview_with_two,
    )
    interaction.people.set(Person.objects.filter(owner=seeker, name="Siobhan O'Connor"))
    return interaction


def _csv_rows(body: bytes) -> list[list[str]]:
    assert body.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads accents"
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize("name", ["job_record", "job_record_csv", "job_record_pdf"])
def test_it_asks_a_visitor_to_sign_in(client: Client, seeker: Any, name: str) -> None:
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


def test_it_shows_the_last_four_weeks_by_default(signed_in: Client, today: date) -> None:
    response = signed_in.get(reverse("job_record"))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["end"].value() == today
    assert form["start"].value() == today - timedelta(days=27)


def test_it_lists_an_interview_with_who_was_there_and_how(
    signed_in: Client, interview_with_two: Any, thanked: Interaction
) -> None:
    page = signed_in.get(reverse("job_record")).content.decode()
    assert "Interview in person" in page
    assert "Siobhan O&#x27;Connor, Łukasz Kowalski" in page
    assert "Thank-you email" in page
    assert "Quinte Health" in page and "Office Coordinator" in page


def test_it_leaves_out_drafts_and_activities_outside_the_dates(
    signed_in: Client, seeker: Any, today: date
) -> None:
    employer = employer_named(seeker, "Hastings County")
    Application.objects.create(
        owner=seeker, employer=employer, role="Clerk", applied_on=today - timedelta(days=60)
    )
    Interaction.objects.create(
        owner=seeker, kind="follow-up", state="draft", channel="email", occurred_on=today
    )
    rows = _csv_rows(signed_in.get(reverse("job_record_csv")).content)
    assert rows == [["Date", "Employer", "Position", "Contact person", "How", "Result"]]
    old = signed_in.get(
        reverse("job_record_csv"),
        {"start": (today - timedelta(days=61)).isoformat(), "end": today.isoformat()},
    )
    assert _csv_rows(old.content)[1][:3] == [
        (today - timedelta(days=60)).isoformat(),
        "Hastings County",
        "Clerk",
    ]


def test_its_csv_has_one_row_per_activity_in_date_order(
    signed_in: Client, seeker: Any, interview_with_two: Any, thanked: Interaction, today: date
) -> None:
    employer = employer_named(seeker, "Quinte West Library")
    Application.objects.create(
        owner=seeker,
        employer=employer,
        role="Library Assistant",
        applied_on=today - timedelta(days=10),
        posting_url="https://example.org/jobs/7",
    )
    response = signed_in.get(reverse("job_record_csv"))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _csv_rows(response.content)
    assert rows[1] == [
        (today - timedelta(days=10)).isoformat(),
        "Quinte West Library",
        "Library Assistant",
        "",
        "Applied online",
        "Applied",
    ]
    assert [row[4] for row in rows[2:]] == ["Interview in person", "Thank-you email"]
    assert rows[3][3] == "Siobhan O'Connor"


def test_it_keeps_the_typed_dates_and_says_what_is_wrong(signed_in: Client) -> None:
    response = signed_in.get(reverse("job_record"), {"start": "2026-11-10", "end": "2026-11-01"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "The end date must be on or after the start date." in page
    assert 'value="2026-11-10"' in page and 'value="2026-11-01"' in page


def test_it_shows_only_the_signed_in_users_records(
    client: Client, other_seeker: Any, interview_with_two: Any
) -> None:
    client.force_login(other_seeker)
    page = client.get(reverse("job_record")).content.decode()
    assert "Quinte Health" not in page
    rows = _csv_rows(client.get(reverse("job_record_csv")).content)
    assert len(rows) == 1


def test_its_pdf_embeds_a_unicode_font_and_survives_names_the_font_lacks(
    signed_in: Client, seeker: Any, thanked: Interaction
) -> None:
    thanked.people.add(Person.objects.create(owner=seeker, name="陈伟"))
    response = signed_in.get(reverse("job_record_pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert b"DejaVuSans" in response.content


def test_the_pdf_font_ships_with_its_licence() -> None:
    folder = Path(pdf.FONT).parent
    assert pdf.FONT.is_file()
    assert "Bitstream" in (folder / "LICENSE.DejaVu").read_text(encoding="utf-8")


def test_the_printed_page_hides_navigation_through_a_stylesheet(signed_in: Client) -> None:
    page = signed_in.get(reverse("job_record")).content.decode()
    assert "records/records.css" in page
    assert "style=" not in page, "inline styles break the Content-Security-Policy"
    css = (Path(pdf.__file__).parent / "static/records/records.css").read_text(encoding="utf-8")
    printed = css[css.index("@media print") :]
    assert "header.site" in printed and "display: none" in printed
