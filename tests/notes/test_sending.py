"""Sending over SMTP through the outbox: a real SMTP server on loopback, one email per message."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.notes.models import OutgoingEmail
from followup.notes.outbox import drain

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(client: Client, seeker: User, interview_with_two: Any) -> Interaction:
    client.force_login(seeker)
    participant = interview_with_two.participants.first()
    participant.person.email = "siobhan.oconnor@example.org"
    participant.person.save()
    client.get(
        f"/messages/new/?kind=thank-you&interview={interview_with_two.pk}"
        f"&person={participant.person.pk}"
    )
    return Interaction.objects.get(state="draft")


def text_of(message: Interaction) -> str:
    return f"Subject: {message.subject}\n\n{message.body}"


def test_a_double_click_on_send_sends_one_email(
    client: Client, draft: Interaction, mail: Any
) -> None:
    for _ in range(2):
        client.post(f"/messages/{draft.pk}/", {"text": text_of(draft), "send": "1"})
    assert OutgoingEmail.objects.count() == 1
    assert drain() == 1
    assert drain() == 0
    assert len(mail.messages) == 1
    email = mail.messages[0]
    assert email["To"] == "siobhan.oconnor@example.org"
    assert email["Reply-To"] == "Zoë Lefebvre <zoe@example.org>"
    assert "followup@agency.example" in email["From"]
    assert "Siobhan" in email.get_content()
    draft.refresh_from_db()
    assert draft.state == "sent"
    page = client.get(f"/messages/{draft.pk}/").content.decode()
    assert "Sent" in page and "siobhan.oconnor@example.org" in page


def test_a_message_with_errors_needs_send_anyway(
    client: Client, draft: Interaction, mail: Any
) -> None:
    bad = text_of(draft).replace("Thank you", "Thank yuo", 1)
    client.post(f"/messages/{draft.pk}/", {"text": bad, "send": "1"})
    assert not OutgoingEmail.objects.exists()
    client.post(f"/messages/{draft.pk}/", {"text": bad, "send": "1", "anyway": "1"})
    assert OutgoingEmail.objects.count() == 1


def test_a_server_that_is_down_gets_retries_then_one_email(
    client: Client, draft: Interaction, mail: Any, settings: Any
) -> None:
    client.post(f"/messages/{draft.pk}/", {"text": text_of(draft), "send": "1"})
    real_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = 1  # nothing listens there
    assert drain() == 0
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.state == "queued" and outgoing.attempts == 1 and outgoing.last_error
    assert drain() == 0  # backing off: not tried again at once
    assert "the last try failed" in client.get(f"/messages/{draft.pk}/").content.decode()

    settings.EMAIL_PORT = real_port
    client.post(f"/messages/{draft.pk}/retry/")
    assert drain() == 1
    assert len(mail.messages) == 1


def test_a_claim_left_by_a_dead_worker_is_picked_up_after_its_lease(
    client: Client, draft: Interaction, mail: Any
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    client.post(f"/messages/{draft.pk}/", {"text": text_of(draft), "send": "1"})
    OutgoingEmail.objects.update(
        state="sending", claimed_until=timezone.now() + timedelta(minutes=1)
    )
    assert drain() == 0  # another worker holds it
    OutgoingEmail.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert drain() == 1
    assert len(mail.messages) == 1


def test_a_worker_whose_lease_ran_out_mid_send_cannot_queue_the_sent_message_again(
    client: Client, draft: Interaction, mail: Any
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from followup.notes.outbox import LEASES

    client.post(f"/messages/{draft.pk}/", {"text": text_of(draft), "send": "1"})
    outgoing = OutgoingEmail.objects.get()
    hung = LEASES.claim(outgoing.pk)  # a worker whose SMTP exchange hangs past its lease
    assert hung is not None
    OutgoingEmail.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert drain() == 1  # another worker took it over and sent it
    assert not LEASES.failed(hung, "timed out")  # the hung worker's failure is not recorded
    outgoing.refresh_from_db()
    assert outgoing.state == "sent" and outgoing.last_error == ""
    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - timedelta(hours=1))
    assert drain() == 0
    assert len(mail.messages) == 1


def test_every_attempt_reuses_the_same_message_id(
    client: Client, draft: Interaction, mail: Any
) -> None:
    client.post(f"/messages/{draft.pk}/", {"text": text_of(draft), "send": "1"})
    message_id = OutgoingEmail.objects.get().header_message_id
    drain()
    assert mail.messages[0]["Message-ID"] == message_id


def test_no_tracking_pixel_and_no_rewritten_links(
    client: Client, draft: Interaction, mail: Any
) -> None:
    text = text_of(draft) + "\n\nPortfolio: https://zoe.example.org/work"
    client.post(f"/messages/{draft.pk}/", {"text": text, "send": "1", "anyway": "1"})
    drain()
    email = mail.messages[0]
    assert not email.is_multipart()  # plain text only: nothing to load, nothing to track
    assert "https://zoe.example.org/work" in email.get_content()


@pytest.mark.django_db(transaction=True)
def test_the_background_worker_sends_the_outbox(
    client: Client, draft: Interaction, mail: Any
) -> None:
    from followup.worker.loop import run_pending
    from followup.worker.registry import registered

    client.post(f"/messages/{draft.pk}/", {"text": text_of(draft), "send": "1"})
    jobs = registered()
    assert "followup.notes.jobs.send_outbox" in jobs
    for job in jobs.values():
        job.next_at = 0.0
    run_pending(now=1.0)
    run_pending(now=2.0)  # the outbox is not sent twice
    to_siobhan = [m for m in mail.messages if m["To"] == "siobhan.oconnor@example.org"]
    assert len(to_siobhan) == 1
    draft.refresh_from_db()
    assert draft.state == "sent"


def _body(email: Any) -> str:
    return str(email.get_content()).replace("\r\n", "\n").rstrip("\n")


def test_send_now_sends_the_text_on_the_screen_not_the_saved_one(
    client: Client, draft: Interaction, mail: Any
) -> None:
    typed = f"Subject: {draft.subject}, as typed\n\n{draft.body}\n\nP.S. Typed, not saved."
    client.post(f"/messages/{draft.pk}/", {"text": typed, "send": "1"})
    drain()
    email = mail.messages[0]
    assert _body(email) == typed.split("\n\n", 1)[1]
    assert email["Subject"] == f"{draft.subject}, as typed"
    draft.refresh_from_db()
    assert draft.state == "sent" and text_of(draft) == typed


def test_a_message_on_its_way_keeps_its_text_whatever_is_posted_after(
    client: Client, draft: Interaction, mail: Any
) -> None:
    client.post(f"/messages/{draft.pk}/", {"text": text_of(draft), "send": "1"})
    sent_text = text_of(draft)
    late = client.post(f"/messages/{draft.pk}/autosave/", {"text": "Subject: Other\n\nChanged"})
    assert late.status_code == 409
    client.post(f"/messages/{draft.pk}/", {"text": "Subject: Other\n\nChanged", "send": "1"})
    drain()
    assert len(mail.messages) == 1
    assert _body(mail.messages[0]) == sent_text.split("\n\n", 1)[1]
