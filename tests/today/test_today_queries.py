"""Today asks the database only what it shows, and the same few questions however many records
the job seeker has: no query per interview, person or message, no query for counsellors'
comments on drafts when there is no draft, the comment shown as soon as there is one."""

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
from followup.caseload.models import DraftComment
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Interview
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 15, 17, 0, tzinfo=ZoneInfo("America/Toronto"))


@pytest.fixture(autouse=True)
def clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def interview(user: User) -> Interview:
    return save_interview(
        user,
        {"employer_name": "Quinte Health", "role": "Clerk", "round": 1}
        | {"duration_minutes": 60, "mode": "in-person", "timeline_phrase": ""}
        | {"location": "", "topics": "", "went_well": "", "forgot": ""},
        NOW - timedelta(hours=3),
        [{"name": "Ana Silva", "role": "interviewer", "notes": ""}],
    )


def comment_queries(client: Client) -> tuple[str, int]:
    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/").content.decode()
    return html, sum("caseload_draftcomment" in q["sql"] for q in captured.captured_queries)


def test_without_a_draft_today_does_not_look_for_comments(seeker: User) -> None:
    client = Client()
    client.force_login(seeker)
    interview(seeker)
    html, asked = comment_queries(client)
    assert "Thank-you note: Ana Silva" in html
    assert asked == 0


def test_a_comment_on_a_draft_shows_on_its_item(seeker: User, counsellor: User) -> None:
    client = Client()
    client.force_login(seeker)
    met = interview(seeker)
    draft = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state=State.DRAFT,
        occurred_on=NOW.date(),
        interview=met,
        application=met.application,
    )
    draft.people.set([p.person for p in met.participants.all()])
    Interaction.objects.filter(pk=draft.pk).update(updated_at=NOW - timedelta(minutes=1))
    DraftComment.objects.create(message=draft, author=counsellor, text="Shorter, perhaps?")
    html, asked = comment_queries(client)
    assert "Your counsellor commented" in html
    assert asked == 1


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
