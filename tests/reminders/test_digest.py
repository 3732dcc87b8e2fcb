"""The daily digest: one email a day to each job seeker with something due, after 8:00 where
they live, as text and HTML with a one-click unsubscribe; nothing for anyone else."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from followup.reminders.digests import run_pass
from followup.reminders.models import Digest, ReminderOptOut

pytestmark = pytest.mark.django_db


def parts(message: Any) -> dict[str, str]:
    return {
        part.get_content_type(): part.get_content()
        for part in message.walk()
        if not part.is_multipart()
    }


def test_a_due_user_gets_one_digest_with_text_html_and_unsubscribe(
    due_seeker: Any, mail: Any
) -> None:
    report = run_pass()
    assert report.sent == 1
    [message] = mail.messages
    assert message["To"] == "zoe@example.org"
    assert message["From"] == "Employment Services <followup@agency.example>"
    assert "4 things to do today" in message["Subject"]
    body = parts(message)
    assert set(body) == {"text/plain", "text/html"}
    for text in body.values():
        assert "Thank-you note" in text and "Siobhan O" in text and "Łukasz Kowalski" in text
        assert "the new scheduling" in text  # the context: what we talked about
        assert "https://followup.agency.example/messages/new/?kind=thank-you" in text
    unsubscribe = "".join(message["List-Unsubscribe"].split()).strip("<>")
    assert unsubscribe.startswith("https://followup.agency.example/reminders/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in body["text/plain"] and unsubscribe in body["text/html"]
    digest = Digest.objects.get()
    assert digest.state == "sent" and digest.attempts == 1 and digest.item_count == 4
    assert message["Message-ID"] == digest.message_id


def test_a_second_pass_the_same_day_sends_nothing(due_seeker: Any, mail: Any, clock: Any) -> None:
    run_pass()
    clock.shift(3 * 3600)
    assert run_pass().sent == 0
    assert len(mail.messages) == 1


def test_the_next_day_brings_a_new_digest(due_seeker: Any, mail: Any, clock: Any) -> None:
    run_pass()
    clock.shift(24 * 3600)
    assert run_pass().sent == 1
    assert len(mail.messages) == 2
    assert mail.messages[0]["Message-ID"] != mail.messages[1]["Message-ID"]


def test_nothing_goes_before_8_in_the_morning_local_time(
    due_seeker: Any, mail: Any, clock: Any
) -> None:
    clock.shift(-1.5 * 3600)  # 7:30 in Toronto
    assert run_pass().sent == 0
    assert mail.messages == [] and not Digest.objects.exists()
    clock.shift(31 * 60)  # 8:01
    assert run_pass().sent == 1


def test_any_hour_sends_before_8(due_seeker: Any, mail: Any, clock: Any) -> None:
    clock.shift(-2 * 3600)  # 7:00
    assert run_pass(any_hour=True).sent == 1
    assert len(mail.to("zoe@example.org")) == 1


def test_8_oclock_is_the_users_own_time_zone(
    seeker: Any, mail: Any, clock: Any, add_due_interview: Any
) -> None:
    seeker.time_zone = "America/Vancouver"  # 9:00 in Toronto is 6:00 there
    seeker.save()
    add_due_interview(seeker)
    assert run_pass().sent == 0
    clock.shift(2 * 3600 + 60)  # 8:01 in Vancouver
    assert run_pass().sent == 1


def test_a_user_with_nothing_due_gets_nothing(
    due_seeker: Any, other_seeker: Any, counsellor: Any, mail: Any
) -> None:
    run_pass()
    assert [m["To"] for m in mail.messages] == ["zoe@example.org"]
    assert not Digest.objects.filter(user__in=[other_seeker, counsellor]).exists()


def test_counsellors_and_inactive_users_get_no_digest(
    mail: Any, clock: Any, counsellor: Any, make_user: Any, add_due_interview: Any
) -> None:
    add_due_interview(counsellor)
    gone = make_user("gone@example.org", "Gone", is_active=False)
    add_due_interview(gone)
    assert run_pass().sent == 0
    assert mail.messages == []


def test_an_unsubscribed_user_gets_nothing(due_seeker: Any, mail: Any) -> None:
    ReminderOptOut.objects.create(user=due_seeker)
    assert run_pass().sent == 0
    assert mail.messages == []


def test_dry_run_prints_who_would_get_what_and_sends_nothing(due_seeker: Any, mail: Any) -> None:
    out = StringIO()
    call_command("remind", "--once", "--dry-run", stdout=out)
    assert "zoe@example.org\t4 items" in out.getvalue()
    assert "1 digest(s) would be sent" in out.getvalue()
    assert mail.messages == [] and not Digest.objects.exists()


def test_the_command_sends_and_says_so(due_seeker: Any, mail: Any) -> None:
    out = StringIO()
    call_command("remind", "--once", stdout=out)
    assert "Sent 1 digest(s)" in out.getvalue()
    assert len(mail.messages) == 1


def test_links_fall_back_to_the_local_server_without_a_site_url(
    due_seeker: Any, mail: Any, settings: Any
) -> None:
    settings.SITE_URL = ""
    settings.PORT = 8123
    run_pass()
    text = parts(mail.messages[0])["text/plain"]
    assert "http://127.0.0.1:8123/messages/new/" in text
