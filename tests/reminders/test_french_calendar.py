"""The calendar feed and download in the account's language: a French job seeker's calendar app
(which sends no session and may ask in English) reads French titles with French typography (a
non-breaking space before the colon) and French reasons with French days and times."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from icalendar import Calendar

from followup.reminders.models import CalendarFeed

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


def events(body: bytes) -> dict[str, Any]:
    return {str(e["SUMMARY"]): e for e in Calendar.from_ical(body).walk("VEVENT")}


@pytest.fixture
def french_seeker(due_seeker: Any) -> Any:
    due_seeker.language = "fr"
    due_seeker.save(update_fields=["language"])
    return due_seeker


def test_the_feed_speaks_the_accounts_language_not_the_calendar_apps(
    client: Client, french_seeker: Any
) -> None:
    client.force_login(french_seeker)
    client.get("/account/reminders/")
    path = f"/calendar/{CalendarFeed.objects.get().token}.ics"
    body = Client(HTTP_ACCEPT_LANGUAGE="en-CA,en;q=0.9").get(path).content
    assert b"X-WR-CALNAME:Followup" in body and "Zoë".encode() in body
    found = events(body)
    thank_you = found[f"Mot de remerciement{NBSP}: Siobhan O'Connor"]
    assert f"Mot de remerciement{NBSP}: Łukasz Kowalski" in found
    assert any(title.startswith(f"Faire un suivi{NBSP}: Siobhan") for title in found)
    reason = str(thank_you["DESCRIPTION"])
    assert "Vous avez rencontré Siobhan O'Connor" in reason
    assert "mardi 9 février" in reason and "15 h 00" in reason
    assert thank_you["SUMMARY"].params["LANGUAGE"] == "fr-CA"
    for english in ("Thank-you note", "Follow up", "You met", "hours"):
        assert english not in body.decode()


def test_the_download_is_in_french_too_and_an_english_account_stays_english(
    client: Client, french_seeker: Any, other_seeker: Any, add_due_interview: Any
) -> None:
    client.force_login(french_seeker)
    french = events(client.get("/account/reminders/followup.ics").content)
    assert f"Mot de remerciement{NBSP}: Siobhan O'Connor" in french
    add_due_interview(other_seeker)
    client.force_login(other_seeker)
    english = events(client.get("/account/reminders/followup.ics").content)
    assert "Thank-you note: Siobhan O'Connor" in english
    assert "You met Siobhan" in str(english["Thank-you note: Siobhan O'Connor"]["DESCRIPTION"])
