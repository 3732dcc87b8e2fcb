"""Each job seeker's private calendar feed: their due actions as all-day events, behind a token
they can revoke, and the same as a download."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from icalendar import Calendar

from followup.reminders.models import CalendarFeed

pytestmark = pytest.mark.django_db


def feed_path(client: Client) -> str:
    client.get("/account/reminders/")
    return f"/calendar/{CalendarFeed.objects.get().token}.ics"


def events(body: bytes) -> list[Any]:
    return list(Calendar.from_ical(body).walk("VEVENT"))


def test_the_page_shows_a_private_link_subscribe_and_download(
    client: Client, seeker: Any, settings: Any
) -> None:
    settings.SITE_URL = "https://followup.agency.example"
    client.force_login(seeker)
    html = client.get("/account/reminders/").content.decode()
    token = CalendarFeed.objects.get(user=seeker).token
    assert f"https://followup.agency.example/calendar/{token}.ics" in html
    assert f"webcal://followup.agency.example/calendar/{token}.ics" in html
    assert "Download .ics" in html and "/account/reminders/followup.ics" in html
    assert '<label for="feed-url">' in html


def test_the_feed_lists_due_actions_as_all_day_events(
    client: Client, due_seeker: Any, mail: Any
) -> None:
    client.force_login(due_seeker)
    path = feed_path(client)
    response = Client().get(path)  # a calendar app: no session
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    found = events(response.content)
    summaries = {str(e["SUMMARY"]) for e in found}
    assert "Thank-you note: Siobhan O'Connor" in summaries
    assert "Thank-you note: Łukasz Kowalski" in summaries
    assert any(s.startswith("Follow up: Siobhan") for s in summaries)  # coming up
    thank_you = next(e for e in found if str(e["SUMMARY"]).startswith("Thank-you note: Siob"))
    assert thank_you["DTSTART"].dt == date(2027, 2, 9)  # an all-day date, not a time
    assert thank_you["DTEND"].dt == date(2027, 2, 10)
    assert "24 hours" in str(thank_you["DESCRIPTION"])
    assert str(thank_you["URL"]).startswith(
        "https://followup.agency.example/messages/new/?kind=thank-you"
    )
    again = {str(e["UID"]) for e in events(Client().get(path).content)}
    assert {str(e["UID"]) for e in found} == again  # stable: a refresh updates, not duplicates
    assert len(again) == len(found)


def test_a_new_link_revokes_the_old_one(client: Client, due_seeker: Any, mail: Any) -> None:
    client.force_login(due_seeker)
    old = feed_path(client)
    client.post("/account/reminders/", {"what": "new-link"})
    new = f"/calendar/{CalendarFeed.objects.get().token}.ics"
    assert new != old
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


def test_an_unknown_token_is_not_found(seeker: Any) -> None:
    assert Client().get("/calendar/not-a-real-token.ics").status_code == 404


def test_another_users_token_shows_only_their_items(
    client: Client, due_seeker: Any, other_seeker: Any, add_due_interview: Any
) -> None:
    add_due_interview(other_seeker, employer="Trenton Logistics")
    client.force_login(other_seeker)
    path = feed_path(client)
    found = events(Client().get(path).content)
    assert found
    assert all(f"-u{other_seeker.pk}@" in str(e["UID"]) for e in found)
    assert all("Quinte Health" not in str(e["DESCRIPTION"]) for e in found)
    assert any("Trenton Logistics" in str(e["DESCRIPTION"]) for e in found)


def test_download_is_an_attachment_for_the_signed_in_user(client: Client, due_seeker: Any) -> None:
    assert client.get("/account/reminders/followup.ics").status_code == 302  # to sign in
    client.force_login(due_seeker)
    response = client.get("/account/reminders/followup.ics")
    assert response["Content-Disposition"] == 'attachment; filename="followup.ics"'
    assert len(events(response.content)) >= 2


def test_counsellors_have_no_calendar_page(client: Client, counsellor: Any) -> None:
    client.force_login(counsellor)
    assert client.get("/account/reminders/").status_code == 302
    assert client.get("/account/reminders/followup.ics").status_code == 404
    assert not CalendarFeed.objects.exists()


def test_the_feed_looks_further_ahead_than_a_week(
    client: Client, due_seeker: Any, clock: Any
) -> None:
    client.force_login(due_seeker)
    path = feed_path(client)
    starts = {e["DTSTART"].dt for e in events(Client().get(path).content)}
    assert max(starts) > date(2027, 2, 10) + timedelta(days=7)  # the follow-up, 23 Feb or later


def test_today_links_to_the_reminder_and_calendar_page(client: Client, seeker: Any) -> None:
    client.force_login(seeker)
    assert 'href="/account/reminders/"' in client.get("/").content.decode()
