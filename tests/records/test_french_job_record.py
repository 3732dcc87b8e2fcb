"""The job-search record in French for a French account: the PDF's title, column headings,
activities and days, and the CSV's header row, read back from the files the user downloads."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from followup.due.loading import local_today
from followup.interactions.models import Interaction
from followup.jobsearch.models import Person

pytestmark = pytest.mark.django_db

FRENCH_HEADINGS = ["Date", "Employeur", "Poste", "Personne-ressource", "Démarche", "Résultat"]
ENGLISH_WORDS = (
    "Job search record",
    "Employer",
    "Contact person",
    "Interview in person",
    "Page 1 of",
)
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


@pytest.fixture
def french(client: Client, seeker: Any, interview_with_two: Any) -> Client:
    seeker.language = "fr"
    seeker.save(update_fields=["language"])
    thanks = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="sent",
        channel="email",
        occurred_on=local_today(seeker),
        interview=interview_with_two,
    )
    thanks.people.set(Person.objects.filter(owner=seeker, name="Siobhan O'Connor"))
    client.force_login(seeker)
    return client


def pdf_text(body: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)


def french_day(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS_FR[day.month - 1]} {day.year}"


def test_the_pdf_is_in_french(french: Client, seeker: Any) -> None:
    response = french.get(reverse("job_record_pdf"), HTTP_ACCEPT_LANGUAGE="en-CA")
    assert response.status_code == 200
    assert "releve-recherche-emploi-" in response["Content-Disposition"]
    text = " ".join(pdf_text(response.content).split())
    assert "Relevé de recherche d’emploi" in text
    for heading in FRENCH_HEADINGS:
        assert heading in text
    assert "Entrevue en personne" in text and "Courriel de remerciement" in text
    assert "Quinte Health" in text and "Siobhan O'Connor" in text
    assert f"Préparé avec Followup le {french_day(local_today(seeker))}" in text
    assert "Page 1 de 1" in text
    for english in ENGLISH_WORDS:
        assert english not in text, english


def test_the_csv_header_is_in_french(french: Client) -> None:
    response = french.get(reverse("job_record_csv"), HTTP_ACCEPT_LANGUAGE="en-CA")
    assert "releve-recherche-emploi-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == FRENCH_HEADINGS
    assert [row[4] for row in rows[1:]] == ["Entrevue en personne", "Courriel de remerciement"]


def test_an_english_account_keeps_the_english_record(client: Client, seeker: Any) -> None:
    client.force_login(seeker)
    response = client.get(reverse("job_record_pdf"), HTTP_ACCEPT_LANGUAGE="fr-CA")
    assert "job-search-record-" in response["Content-Disposition"]
    assert "Job search record" in pdf_text(response.content)


def test_the_page_writes_each_day_in_full_like_the_pdf(french: Client) -> None:
    page = french.get(reverse("job_record"), {"start": "2000-01-01", "end": "2999-12-01"})
    html = page.content.decode()
    days = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">([^<]*)</time>', html)
    assert len(days) == 2
    assert [text for _, text in days] == [french_day(date.fromisoformat(iso)) for iso, _ in days]
    assert "Du 1er janvier 2000 au 1er décembre 2999" in html
