"""Importing through the pages: upload, preview, confirm; nothing written before confirming."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from followup.jobsearch.models import Application, Employer, Person

pytestmark = pytest.mark.django_db

TRACKER = (
    "Company,Job Title,Date Applied,Status,URL,Notes,Contact\r\n"
    "Quinte Health,Office Coordinator,2026-11-03,Interviewing,https://example.org/j/1,"
    "Panel of two,Siobhan O'Connor <siobhan@example.org>\r\n"
    "Hastings County,Clerk,Nov 5 2026,Ghosted,,,\r\n"
)
BAD_DATE = TRACKER.replace("Nov 5 2026", "05/11/2026")
LINKEDIN = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\r\n'
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Siobhan,O'Connor,https://www.linkedin.com/in/siobhan,,Quinte Health,Manager,03 Nov 2026\r\n"
    "Łukasz,Nowak,https://www.linkedin.com/in/lnowak,lukasz@example.org,Trenton Logistics,"
    "Dispatcher,12 Oct 2026\r\n"
)


def upload(client: Client, text: str | bytes, name: str = "applications.csv") -> Any:
    data = text.encode() if isinstance(text, str) else text
    return client.post(reverse("records_import"), {"file": SimpleUploadedFile(name, data)})


def confirm(client: Client) -> Any:
    token = client.session["records_import"]["token"]
    return client.post(reverse("records_import_confirm"), {"token": token})


@pytest.fixture
def signed_in(client: Client, seeker: Any) -> Client:
    client.force_login(seeker)
    return client


@pytest.mark.parametrize(
    "name",
    ["records_import", "records_import_preview", "records_export", "records", "delete_account"],
)
def test_it_asks_a_visitor_to_sign_in(client: Client, name: str) -> None:
    assert client.get(reverse(name)).status_code == 302


def test_it_previews_an_applications_file_without_writing_anything(
    signed_in: Client, seeker: Any
) -> None:
    response = upload(signed_in, TRACKER)
    assert response.status_code == 302
    preview = signed_in.get(response["Location"])
    page = preview.content.decode()
    assert "Office Coordinator at Quinte Health" in page
    assert "Clerk at Hastings County" in page
    assert "To add: 2 applications, 1 person, 2 employers." in page
    assert not Application.objects.filter(owner=seeker).exists()
    assert not Employer.objects.filter(owner=seeker).exists()


def test_it_imports_once_confirmed_with_statuses_dates_links_and_contacts(
    signed_in: Client, seeker: Any
) -> None:
    upload(signed_in, TRACKER)
    response = confirm(signed_in)
    assert response.status_code == 302
    coordinator = Application.objects.get(owner=seeker, role="Office Coordinator")
    assert coordinator.employer.name == "Quinte Health"
    assert coordinator.applied_on == date(2026, 11, 3)
    assert coordinator.status == "interviewing"
    assert coordinator.posting_url == "https://example.org/j/1"
    assert coordinator.notes == "Panel of two"
    assert Application.objects.get(owner=seeker, role="Clerk").status == "no-response"
    contact = Person.objects.get(owner=seeker)
    assert (contact.name, contact.email, contact.employer) == (
        "Siobhan O'Connor",
        "siobhan@example.org",
        coordinator.employer,
    )
    assert "records_import" not in signed_in.session


def test_importing_the_same_file_twice_adds_nothing(signed_in: Client, seeker: Any) -> None:
    upload(signed_in, TRACKER)
    confirm(signed_in)
    upload(signed_in, TRACKER)
    page = signed_in.get(reverse("records_import_preview")).content.decode()
    assert "Nothing new to add." in page
    assert "Office Coordinator at Quinte Health (applied 2026-11-03): already in Followup." in page
    confirm(signed_in)
    assert Application.objects.filter(owner=seeker).count() == 2
    assert Person.objects.filter(owner=seeker).count() == 1
    assert Employer.objects.filter(owner=seeker).count() == 2


def test_a_bad_row_is_named_by_row_and_column_and_nothing_is_written_until_fixed(
    signed_in: Client, seeker: Any
) -> None:
    upload(signed_in, BAD_DATE)
    preview = signed_in.get(reverse("records_import_preview"))
    page = preview.content.decode()
    assert "<td>3</td><td>Date Applied</td>" in page
    assert "05/11/2026" in page
    assert "Import now" not in page
    refused = signed_in.post(
        reverse("records_import_confirm"), {"token": signed_in.session["records_import"]["token"]}
    )
    assert refused.status_code == 400
    assert not Application.objects.filter(owner=seeker).exists()
    assert not Person.objects.filter(owner=seeker).exists()
    upload(signed_in, TRACKER)
    confirm(signed_in)
    assert Application.objects.filter(owner=seeker).count() == 2


def test_linkedin_connections_become_people_matched_to_those_already_there(
    signed_in: Client, seeker: Any, interview_with_two: Any
) -> None:
    before = Person.objects.filter(owner=seeker).count()
    upload(signed_in, LINKEDIN, "Connections.csv")
    page = signed_in.get(reverse("records_import_preview")).content.decode()
    assert "LinkedIn connections" in page
    assert "Row 5: Siobhan O&#x27;Connor: already in Followup; missing details" in page
    assert "Row 6: Łukasz Nowak (Dispatcher, Trenton Logistics)" in page
    confirm(signed_in)
    assert Person.objects.filter(owner=seeker).count() == before + 1
    siobhan = Person.objects.get(owner=seeker, name="Siobhan O'Connor")
    assert siobhan.linkedin_url == "https://www.linkedin.com/in/siobhan"
    assert siobhan.title == "Manager"
    lukasz = Person.objects.get(owner=seeker, name="Łukasz Nowak")
    assert lukasz.employer is not None and lukasz.employer.name == "Trenton Logistics"
    assert lukasz.email == "lukasz@example.org"
    assert "2026-10-12" in lukasz.notes
    upload(signed_in, LINKEDIN, "Connections.csv")
    confirm(signed_in)
    assert Person.objects.filter(owner=seeker).count() == before + 1


def test_a_person_is_matched_by_email_or_profile_even_under_another_name(
    signed_in: Client, seeker: Any
) -> None:
    Person.objects.create(owner=seeker, name="Luke Nowak", email="LUKASZ@example.org")
    Person.objects.create(
        owner=seeker, name="S. O'Connor", linkedin_url="https://linkedin.com/in/siobhan/"
    )
    upload(signed_in, LINKEDIN, "Connections.csv")
    confirm(signed_in)
    assert Person.objects.filter(owner=seeker).count() == 2


def test_it_explains_a_file_that_is_too_large(signed_in: Client) -> None:
    response = upload(signed_in, b"Company,Title\n" + b"a,b\n" * 600_000)
    assert response.status_code == 200
    assert "Followup reads files up to 2 MB" in response.content.decode()


def test_it_explains_a_spreadsheet_that_was_not_saved_as_csv(signed_in: Client) -> None:
    response = upload(signed_in, b"PK\x03\x04\x14\x00binary", "applications.xlsx")
    assert "CSV UTF-8" in response.content.decode()
    assert "records_import" not in signed_in.session


def test_it_reads_a_windows_1252_file_and_says_so(signed_in: Client, seeker: Any) -> None:
    text = "Entreprise,Poste\r\nCafé Zoë,Barista\r\n".encode("cp1252")
    upload(signed_in, text)
    page = signed_in.get(reverse("records_import_preview")).content.decode()
    assert "Barista at Café Zoë" in page
    assert "read as Windows text" in page
    confirm(signed_in)
    assert Employer.objects.get(owner=seeker).name == "Café Zoë"


def test_another_job_seeker_can_neither_preview_nor_confirm_someone_elses_import(
    client: Client, seeker: Any, other_seeker: Any
) -> None:
    client.force_login(seeker)
    upload(client, TRACKER)
    token = client.session["records_import"]["token"]
    other = Client()
    other.force_login(other_seeker)
    assert other.get(reverse("records_import_preview")).status_code == 302
    refused = other.post(reverse("records_import_confirm"), {"token": token})
    assert refused.status_code == 302
    assert not Application.objects.exists()


def test_a_stale_or_forged_token_writes_nothing(signed_in: Client) -> None:
    upload(signed_in, TRACKER)
    response = signed_in.post(reverse("records_import_confirm"), {"token": "forged"})
    assert response.status_code == 302
    assert not Application.objects.exists()


def test_cancelling_forgets_the_file(signed_in: Client) -> None:
    upload(signed_in, TRACKER)
    signed_in.post(reverse("records_import_cancel"))
    assert "records_import" not in signed_in.session
    assert signed_in.get(reverse("records_import_preview")).status_code == 302


def test_a_followup_export_previews_and_imports_through_the_page(
    client: Client, seeker: Any, interview_with_two: Any, make_user: Any
) -> None:
    from followup.records.exporting import export_json

    text = export_json(seeker)
    fresh = make_user("fresh@example.org", "Zoë Lefebvre")
    client.force_login(fresh)
    upload(client, text, "followup.json")
    page = client.get(reverse("records_import_preview")).content.decode()
    assert "a Followup export" in page
    assert "Application: Office Coordinator at Quinte Health" in page
    assert "To add: 1 application, 2 people, 1 employer, 1 interview." in page
    confirm(client)
    interview = Application.objects.get(owner=fresh).interviews.get()
    assert interview.forgot == "my first-aid certificate"
    assert interview.participants.count() == 2
