"""Drafts made from the records: what each person did and what went well, the courtesy title in
the formal tone, and relative days ("yesterday") that stay true until the note leaves."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")


def at(day: date, hour: int, minute: int = 0) -> time_machine.travel:
    return time_machine.travel(
        datetime(day.year, day.month, day.day, hour, minute, tzinfo=TORONTO), tick=False
    )


# A Tuesday, a first of the month, the last evening of a year (Toronto's date is not UTC's).
DAYS = [date(2026, 3, 3), date(2026, 9, 1), date(2026, 12, 31)]


def interview_on(seeker: User, day: date) -> Interview:
    start = datetime(day.year, day.month, day.day, 10, tzinfo=TORONTO)
    return save_interview(
        seeker,
        {
            "employer_name": "Quinte Health",
            "role": "Office Coordinator",
            "duration_minutes": 60,
            "mode": "in-person",
            "round": 1,
            "location": "Belleville",
            "timeline_phrase": "within two weeks",
            "topics": "Scheduling, front-desk volume, bilingual service",
            "went_well": "My example about reorganizing the filing system",
            "forgot": "",
        },
        start,
        [
            {"name": "Margaret O'Neill", "role": "interviewer", "title": "Dr.", "notes": ""},
            {"name": "Wei Chen", "role": "panel", "notes": "how the team handles the morning rush"},
            {
                "name": "Priya Natarajan",
                "role": "admin",
                "notes": "she arranged the parking pass and showed me in",
            },
        ],
    )


def open_draft(
    client: Client, interview: Interview, name: str, kind: str = "thank-you"
) -> Interaction:
    person = interview.participants.get(person__name=name).person
    client.get(f"/messages/new/?kind={kind}&interview={interview.pk}&person={person.pk}")
    return Interaction.objects.get(people=person, state="draft", interview=interview)


@pytest.mark.parametrize("day", DAYS)
def test_an_unedited_draft_names_the_interview_day_as_seen_on_the_day_it_is_opened(
    client: Client, seeker: User, day: date
) -> None:
    with at(day, 23, 30):
        client.force_login(seeker)
        interview = interview_on(seeker, day)
        message = open_draft(client, interview, "Wei Chen")
        assert "today" in message.body
    with at(day + timedelta(days=1), 8):
        client.get(f"/messages/{message.pk}/")
        message.refresh_from_db()
        assert "yesterday" in message.body and "today" not in message.body
    with at(day + timedelta(days=15), 9):
        client.force_login(seeker)  # signed in again, whatever the session's lifetime
        html = client.get(f"/messages/{message.pk}/").content.decode()
        message.refresh_from_db()
        assert "yesterday" not in message.body
        assert f"on {day.day} " in message.body
        assert "no longer matches" not in html


def test_an_edited_draft_is_kept_and_its_stale_day_is_flagged(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    day = DAYS[0]
    with at(day + timedelta(days=1), 9):
        interview = interview_on(seeker, day)
        message = open_draft(client, interview, "Wei Chen")
        edited = f"Subject: {message.subject}\n\n{message.body}\nP.S. Lovely to meet you yesterday."
        client.post(f"/messages/{message.pk}/", {"text": edited})
    with at(day + timedelta(days=9), 9):
        html = client.get(f"/messages/{message.pk}/").content.decode()
        message.refresh_from_db()
        assert "P.S. Lovely to meet you yesterday." in message.body
        assert "no longer matches the day you met" in html


def test_each_person_gets_a_draft_from_what_they_did_and_what_went_well(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    with at(DAYS[0], 15):
        interview = interview_on(seeker, DAYS[0])
        admin = open_draft(client, interview, "Priya Natarajan", "admin-thank-you")
        chen = open_draft(client, interview, "Wei Chen")
        oneill = open_draft(client, interview, "Margaret O'Neill")

    assert "arranging the parking pass and showing me in" in admin.body
    assert "about she" not in admin.body and "meeting with me" not in admin.body
    assert "my example about reorganizing the filing system" in chen.body
    assert "how the team handles the morning rush" in chen.body
    assert "scheduling, front-desk volume and bilingual service" in oneill.body
    openings = {
        chen.body.split("\n\n")[1].split(".")[0],
        oneill.body.split("\n\n")[1].split(".")[0],
    }
    assert len(openings) == 2  # two interviewers: not the same note with another topic


def test_the_formal_tone_greets_by_courtesy_title_and_family_name(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    with at(DAYS[0], 15):
        interview = interview_on(seeker, DAYS[0])
        message = open_draft(client, interview, "Margaret O'Neill")
        text = f"Subject: {message.subject}\n\n{message.body}"
        client.post(f"/messages/{message.pk}/", {"text": text, "regenerate": "1", "tone": "formal"})
    message.refresh_from_db()
    assert message.body.startswith("Dear Dr. O'Neill,\n")
