"""Today's titles and reasons (why each thing is due) are in the account's language: a French
account reads a thank-you, a follow-up and a check-in in French, an English one in English."""

from __future__ import annotations

from datetime import date, datetime
from html import unescape
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Person
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
NOW = datetime(2026, 12, 15, 17, 0, tzinfo=TORONTO)  # Tuesday; already 16 December in UTC at 22:00
ENGLISH_STEMS = [
    "Thank-you note",
    "You met",
    "within 24 hours",
    "Follow up on",
    "a short, polite follow-up",
    "Keep in touch",
    "since your last contact",
    "Last contact:",
]


def _interview(user: User, employer: str, start: datetime, name: str, phrase: str) -> None:
    save_interview(
        user,
        {"employer_name": employer, "role": "Office Coordinator", "round": 1}
        | {"duration_minutes": 60, "mode": "in-person", "timeline_phrase": phrase}
        | {"location": "", "topics": "", "went_well": "", "forgot": ""},
        start,
        [{"name": name, "role": "interviewer"}],
    )


def _today_page(client: Client, user: User) -> str:
    """Today for a user with a thank-you due (interview this afternoon), a follow-up due
    (interview three weeks ago, thanked) and a check-in due (a call in September)."""
    _interview(user, "Quinte Health", NOW.replace(hour=14), "Siobhan O'Connor", "next week")
    _interview(
        user, "Lakeshore Co-op", datetime(2026, 11, 24, 10, 0, tzinfo=TORONTO), "Marc Tremblay", ""
    )
    marc = Person.objects.get(owner=user, name="Marc Tremblay")
    thanks = Interaction.objects.create(
        owner=user, kind="thank-you", state="sent", occurred_on=date(2026, 11, 24)
    )
    thanks.people.add(marc)
    amelie = Person.objects.create(owner=user, name="Amélie Roy", keep_in_touch_days=42)
    call = Interaction.objects.create(
        owner=user, kind="call", state="done", occurred_on=date(2026, 9, 1)
    )
    call.people.add(amelie)
    client.force_login(user)
    return unescape(client.get("/", HTTP_ACCEPT_LANGUAGE="en-CA").content.decode())


def test_a_french_account_reads_todays_reasons_in_french(client: Client, seeker: User) -> None:
    seeker.language = "fr"
    seeker.save()
    with time_machine.travel(NOW, tick=False):
        page = _today_page(client, seeker)
    assert "Mot de remerciement\u00a0: Siobhan O'Connor" in page
    assert "Vous avez rencontré Siobhan O'Connor (intervieweur) le mardi 15 décembre" in page
    assert "dans les 24 heures suivant l'entrevue (d'ici le mercredi 16 décembre, 15 h 00)" in page
    assert "Faire un suivi\u00a0: Marc Tremblay" in page
    assert (
        "Envoyez à Marc Tremblay un court message de suivi, poli, concernant le poste de Office "
        "Coordinator chez Lakeshore Co-op." in page
    )
    assert "Votre dernier contact avec Amélie Roy remonte à 105 jours, le 1er septembre" in page
    assert "Garder le contact\u00a0: Amélie Roy" in page
    assert "Dernier contact\u00a0: appel le 1er septembre." in page
    for stem in ENGLISH_STEMS:
        assert stem not in page, stem


def test_an_english_account_reads_them_in_english(client: Client, seeker: User) -> None:
    with time_machine.travel(NOW, tick=False):
        page = _today_page(client, seeker)
    assert "You met Siobhan O'Connor (interviewer) on Tuesday 15 December" in page
    assert "within 24 hours of the interview (by Wednesday 16 December, 3:00 p.m.)" in page
    assert (
        "Send Marc Tremblay a short, polite follow-up about Office Coordinator at Lakeshore" in page
    )
    assert "It has been 105 days since your last contact with Amélie Roy on 1 September" in page
    assert "Thank-you note: Siobhan O'Connor" in page and "Keep in touch: Amélie Roy" in page
    assert "Vous avez" not in page and "Envoyez" not in page
