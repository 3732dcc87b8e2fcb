"""Whatever day is stored (9999-12-31 written before the forms refused it, or by hand in the
database), Today, the caseload, the client's page, the calendar and the digests stay up."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from followup.accounts.models import Sharing, User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview
from followup.today.models import Mark

pytestmark = pytest.mark.django_db

FAR = date(9999, 12, 31)
NOW = "2026-12-01 15:00 -05:00"


@pytest.fixture
def far_records(seeker: User, counsellor: User, interview_with_two: Interview) -> User:
    """The seeker's real interview (a thank-you is due), then records on the calendar's edge."""
    Sharing.objects.create(client=seeker, counsellor=counsellor, consented_at=timezone.now())
    application = interview_with_two.application
    message = Interaction.objects.create(
        owner=seeker,
        kind="follow-up",
        state="sent",
        occurred_on=FAR,
        application=application,
        interview=interview_with_two,
    )
    message.people.set([interview_with_two.participants.earliest("pk").person])
    Interaction.objects.create(owner=seeker, kind="call", state="done", occurred_on=date(1, 1, 1))
    Application.objects.create(
        owner=seeker, employer=application.employer, role="Far clerk", applied_on=FAR
    )
    far_start = datetime(9999, 12, 31, 12, 0, tzinfo=UTC)
    Interview.objects.create(application=application, starts_at=far_start, duration_minutes=60)
    Mark.objects.create(
        owner=seeker,
        key=f"linkedin:p{interview_with_two.participants.earliest('pk').person_id}",
        snoozed_until=FAR,
    )
    return seeker


def _get(user: User, path: str) -> Any:
    client = Client()
    client.force_login(user)
    return client.get(path)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/applications/",
        "/people/",
        "/records/",
        "/records/job-search/?start=1900-01-01&end=2999-12-31",
        "/records/export/followup.json",
    ],
)
def test_the_owners_pages_stay_up(far_records: User, path: str) -> None:
    with time_machine.travel(NOW, tick=False):
        assert _get(far_records, path).status_code == 200


def test_the_caseload_and_the_clients_page_stay_up(far_records: User, counsellor: User) -> None:
    with time_machine.travel(NOW, tick=False):
        assert _get(counsellor, "/clients/").status_code == 200
        page = _get(counsellor, f"/clients/{far_records.pk}/")
        assert page.status_code == 200


def test_the_calendar_still_lists_what_can_be_planned(far_records: User) -> None:
    with time_machine.travel(NOW, tick=False):
        response = _get(far_records, "/account/reminders/followup.ics")
    assert response.status_code == 200
    events = list(Calendar.from_ical(response.content).walk("VEVENT"))
    assert all(event.decoded("DTSTART").year < 3000 for event in events)


def test_remind_still_sends_the_digests(far_records: User, mail: Any) -> None:
    call_command("remind", "--once", "--any-hour")
    (digest,) = mail.to(far_records.email)
    assert "Siobhan" in digest.get_body(("plain",)).get_content()
