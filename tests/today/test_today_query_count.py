"""Today asks the database the same few questions however many records the job seeker has: no
query per interview, person or message (a busy job search must not make the page slower)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 15, 17, 0, tzinfo=ZoneInfo("America/Toronto"))


@pytest.fixture(autouse=True)
def clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def interviews(user: User, start: int, count: int) -> None:
    """`count` interviews, a day apart, with two people each; every other one thanked."""
    for n in range(start, start + count):
        interview = save_interview(
            user,
            {"employer_name": f"Employer {n}", "role": "Clerk", "round": 1}
            | {"duration_minutes": 45, "mode": "in-person", "timeline_phrase": "within two weeks"}
            | {"location": "", "topics": "", "went_well": "", "forgot": ""},
            NOW - timedelta(days=n, hours=3),
            [
                {"name": f"Interviewer {n}", "role": "interviewer", "notes": ""},
                {"name": f"Recruiter {n}", "role": "hr", "notes": ""},
            ],
        )
        if n % 2:
            Interaction.objects.create(
                owner=user,
                kind="thank-you",
                state="sent",
                occurred_on=interview.starts_at.date(),
                interview=interview,
                application=interview.application,
            ).people.set([p.person for p in interview.participants.all()])


def today(client: Client) -> tuple[str, int]:
    client.get("/")  # the first request of a process also checks that users exist
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    assert response.status_code == 200
    return response.content.decode(), len(captured.captured_queries)


def test_todays_queries_do_not_grow_with_the_records(seeker: User) -> None:
    client = Client()
    client.force_login(seeker)
    interviews(seeker, 0, 2)  # one of them thanked: every kind of record is there
    html, few = today(client)
    assert "Interviewer 0" in html
    interviews(seeker, 2, 11)
    html, many = today(client)
    assert "Interviewer 11" in html and "Recruiter 12" in html
    assert many == few
    assert many <= 10
