"""Delivery whatever happens: an SMTP server that is down gets retries with backoff, a worker
that died mid-send leaves its digest to the next after a lease, yesterday's unsent digest gives
way to today's, and every attempt carries the same Message-ID."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from followup.reminders.digests import LEASE, run_pass
from followup.reminders.models import Digest
from followup.web.mail import new_message_id

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_down(settings: Any, due_seeker: Any, unused_port: int) -> int:
    settings.EMAIL_PORT = unused_port
    return unused_port


def test_smtp_down_records_a_failed_attempt_then_retries_with_backoff_and_sends_once(
    smtp_down: int, clock: Any, sink_on: Any, settings: Any
) -> None:
    report = run_pass()
    assert report.sent == 0 and report.failed == 1
    digest = Digest.objects.get()
    assert digest.state == "failed" and digest.attempts == 1
    assert "Connection refused" in digest.last_error or "Errno" in digest.last_error
    assert digest.next_attempt_at == timezone.now() + timedelta(minutes=1)
    first_id = digest.message_id

    clock.shift(61)
    assert run_pass().failed == 1
    digest.refresh_from_db()
    assert digest.attempts == 2
    assert digest.next_attempt_at == timezone.now() + timedelta(minutes=2)  # twice as long

    sink = sink_on(smtp_down)  # the server is back
    clock.shift(60)
    assert run_pass().sent == 0  # still waiting out the backoff
    clock.shift(61)
    assert run_pass().sent == 1
    assert run_pass().sent == 0
    [message] = sink.messages
    assert message["Message-ID"] == first_id
    digest.refresh_from_db()
    assert digest.state == "sent" and digest.attempts == 3 and digest.last_error == ""


def test_a_stale_sending_claim_is_picked_up_after_its_lease(
    due_seeker: Any, mail: Any, clock: Any
) -> None:
    # A worker claimed this digest, then died before sending it.
    message_id = new_message_id("digest")
    Digest.objects.create(
        user=due_seeker,
        day=timezone.localdate(),
        state="sending",
        attempts=1,
        claimed_until=timezone.now() + LEASE,
        message_id=message_id,
    )
    assert run_pass().sent == 0  # the lease still holds: maybe it is sending right now
    assert mail.messages == []
    clock.shift(LEASE + timedelta(seconds=1))
    assert run_pass().sent == 1
    [message] = mail.messages
    assert message["Message-ID"] == message_id  # a duplicate, if any, folds into one
    digest = Digest.objects.get()
    assert digest.state == "sent" and digest.attempts == 2


def test_yesterdays_unsent_digest_is_superseded_by_todays(due_seeker: Any, mail: Any) -> None:
    yesterday = Digest.objects.create(
        user=due_seeker,
        day=timezone.localdate() - timedelta(days=1),
        state="failed",
        attempts=4,
        next_attempt_at=timezone.now() - timedelta(minutes=5),
        message_id=new_message_id("digest"),
    )
    report = run_pass()
    assert report.sent == 1 and report.superseded == 1
    yesterday.refresh_from_db()
    assert yesterday.state == "superseded"
    [message] = mail.messages
    assert message["Message-ID"] != yesterday.message_id
    assert Digest.objects.get(day=timezone.localdate()).state == "sent"


def test_an_unsent_digest_is_not_sent_in_the_night_after_its_day(
    due_seeker: Any, mail: Any, clock: Any, unused_port: int, settings: Any
) -> None:
    settings.EMAIL_PORT = unused_port
    run_pass()
    clock.shift(timedelta(hours=16))  # 1:00 the next night, the server is back
    settings.EMAIL_PORT = mail.port
    assert run_pass().sent == 0
    assert Digest.objects.get().state == "superseded"
    assert mail.messages == []
    clock.shift(timedelta(hours=7, minutes=1))  # 8:01: the new day's digest goes
    assert run_pass().sent == 1


def test_a_digest_whose_items_were_all_done_before_the_retry_is_cancelled(
    due_seeker: Any, mail: Any, clock: Any, unused_port: int, settings: Any
) -> None:
    settings.EMAIL_PORT = unused_port
    run_pass()
    from followup.due.loading import actions_for
    from followup.today.models import Mark

    for action in actions_for(due_seeker)[1]:
        Mark.objects.create(owner=due_seeker, key=action.key, dismissed=True)
    settings.EMAIL_PORT = mail.port
    clock.shift(120)
    report = run_pass()
    assert report.sent == 0 and report.cancelled == 1
    assert Digest.objects.get().state == "cancelled"
    assert mail.messages == []


def test_a_connection_the_server_dropped_is_reopened_once(mail: Any) -> None:
    from django.core.mail import EmailMessage

    from followup.reminders.digests import Mailer

    mailer = Mailer()
    mailer.send(EmailMessage("one", "first", to=["zoe@example.org"]))
    mailer.connection.connection.close()  # the server hung up between two messages
    mailer.send(EmailMessage("two", "second", to=["zoe@example.org"]))
    mailer.close()
    assert [m["Subject"] for m in mail.messages] == ["one", "two"]
    assert not mailer.down


def test_a_worker_holding_an_old_copy_still_records_its_send(
    due_seeker: Any, mail: Any, clock: Any
) -> None:
    from followup.reminders.digests import claim

    digest = Digest.objects.create(
        user=due_seeker, day=timezone.localdate(), message_id=new_message_id("digest")
    )
    old_copy = Digest.objects.get(pk=digest.pk)
    Digest.objects.filter(pk=digest.pk).update(
        state="sending", attempts=3, claimed_until=timezone.now() - timedelta(seconds=1)
    )  # meanwhile two workers claimed it and died
    claimed = claim(old_copy)
    assert claimed is not None and claimed.token == 4


def test_a_worker_whose_lease_ran_out_cannot_undo_the_send_of_the_one_that_took_over(
    due_seeker: Any, mail: Any, clock: Any, unused_port: int, settings: Any
) -> None:
    from followup.reminders.digests import LEASES, claim

    digest = Digest.objects.create(
        user=due_seeker, day=timezone.localdate(), message_id=new_message_id("digest")
    )
    slow = claim(digest)  # a worker whose SMTP exchange hangs past its lease
    assert slow is not None
    clock.shift(LEASE + timedelta(seconds=1))
    assert run_pass().sent == 1  # another worker took the digest over and sent it
    assert not LEASES.failed(slow, "SMTPServerDisconnected: timed out")  # the hung one gives up
    digest.refresh_from_db()
    assert digest.state == "sent" and digest.last_error == ""
    settings.EMAIL_PORT = unused_port
    clock.shift(timedelta(hours=2))
    assert run_pass().failed == 0  # nothing is sent again
    assert len(mail.messages) == 1
