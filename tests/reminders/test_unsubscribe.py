"""Unsubscribing: the link in a digest asks first (mail scanners follow links), a POST stops the
emails, a mail client's one-click POST (RFC 8058) needs no confirm, and the signature counts."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.reminders.digests import run_pass
from followup.reminders.links import unsubscribe_token
from followup.reminders.models import ReminderOptOut

pytestmark = pytest.mark.django_db


def link_path(message: Any) -> str:
    url = "".join(message["List-Unsubscribe"].split()).strip("<>")
    return url.removeprefix("https://followup.agency.example")


def test_opening_the_link_asks_and_changes_nothing(due_seeker: Any, mail: Any) -> None:
    run_pass()
    response = Client().get(link_path(mail.messages[0]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Stop reminder emails?</h1>" in html and 'method="post"' in html
    assert "zoe@example.org" in html
    assert not ReminderOptOut.objects.exists()


def test_confirming_stops_the_emails(due_seeker: Any, mail: Any, clock: Any) -> None:
    run_pass()
    client = Client(enforce_csrf_checks=True)
    response = client.post(link_path(mail.messages[0]))
    assert response.status_code == 200
    assert "Reminder emails stopped" in response.content.decode()
    assert ReminderOptOut.objects.filter(user=due_seeker).exists()
    clock.shift(24 * 3600)
    assert run_pass().sent == 0


def test_a_one_click_post_unsubscribes_without_confirming(due_seeker: Any, mail: Any) -> None:
    run_pass()
    response = Client(enforce_csrf_checks=True).post(
        link_path(mail.messages[0]),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert ReminderOptOut.objects.filter(user=due_seeker).exists()


def test_a_tampered_link_is_refused(seeker: Any, other_seeker: Any) -> None:
    token = unsubscribe_token(seeker.pk)
    value, _, signature = token.rpartition(":")
    forged = unsubscribe_token(other_seeker.pk).rpartition(":")[0] + ":" + signature
    for bad in (forged, token[:-2] + "xx", "nonsense"):
        response = Client().post(f"/reminders/unsubscribe/{bad}/")
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert not ReminderOptOut.objects.exists()


def test_a_link_signed_for_something_else_is_refused(seeker: Any) -> None:
    from django.core import signing

    token = signing.dumps(seeker.pk, salt="followup.something-else", compress=True)
    assert Client().post(f"/reminders/unsubscribe/{token}/").status_code == 400
    assert not ReminderOptOut.objects.exists()


def test_the_settings_page_turns_emails_off_and_back_on(client: Client, seeker: Any) -> None:
    client.force_login(seeker)
    assert "Stop reminder emails" in client.get("/account/reminders/").content.decode()
    client.post("/account/reminders/", {"what": "email-off"})
    assert ReminderOptOut.objects.filter(user=seeker).exists()
    page = client.get("/account/reminders/").content.decode()
    assert "Send me reminder emails" in page
    client.post("/account/reminders/", {"what": "email-on"})
    assert not ReminderOptOut.objects.exists()
