"""Today asks the database only what it shows: no query for counsellors' comments on drafts
when the job seeker has no draft, the comment shown as soon as there is one."""

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
