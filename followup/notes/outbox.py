"""Queue a message for SMTP, and drain the queue: claim, send, record; retry with backoff."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from followup.accounts.clock import local_today
from followup.interactions.models import Interaction, State
from followup.notes.models import Delivery, OutgoingEmail
from followup.reminders.next_due import forget
from followup.web.mail import new_message_id, note_email

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 6
BACKOFF = [timedelta(minutes=m) for m in (1, 5, 15, 60, 240)]


def queue(message: Interaction, to_address: str) -> OutgoingEmail:
    """Queue the message once: asking again (double click, reload) returns the same row."""
    with transaction.atomic():
        outgoing, _created = OutgoingEmail.objects.get_or_create(
            message=message,
            defaults={
                "to_address": to_address,
                "header_message_id": new_message_id("followup"),
            },
        )
    return outgoing


def retry(outgoing: OutgoingEmail) -> None:
    OutgoingEmail.objects.filter(
        pk=outgoing.pk, state__in=[Delivery.FAILED, Delivery.QUEUED]
    ).update(state=Delivery.QUEUED, next_attempt_at=timezone.now(), attempts=0)


def _claim(pk: int) -> bool:
    now = timezone.now()
    claimable = Q(state=Delivery.QUEUED, next_attempt_at__lte=now) | Q(
        state=Delivery.SENDING, claimed_until__lt=now
    )
    changed = OutgoingEmail.objects.filter(claimable, pk=pk).update(
        state=Delivery.SENDING, claimed_until=now + LEASE
    )
    return changed == 1


def drain(limit: int = 50) -> int:
    """Send what is due; returns how many were sent. Safe to run in several workers at once."""
    now = timezone.now()
    candidates = OutgoingEmail.objects.filter(
        Q(state=Delivery.QUEUED, next_attempt_at__lte=now)
        | Q(state=Delivery.SENDING, claimed_until__lt=now)
    ).values_list("pk", flat=True)[:limit]
    sent = 0
    for pk in list(candidates):
        if _claim(pk):
            sent += _deliver(OutgoingEmail.objects.select_related("message__owner").get(pk=pk))
    return sent


def build_email(outgoing: OutgoingEmail) -> EmailMessage:
    return note_email(outgoing.message, outgoing.to_address, outgoing.header_message_id)


def _deliver(outgoing: OutgoingEmail) -> int:
    outgoing.attempts += 1
    try:
        build_email(outgoing).send(fail_silently=False)
    except Exception as error:  # any failure of the SMTP conversation is retried
        _failed(outgoing, error)
        return 0
    now = timezone.now()
    with transaction.atomic():
        OutgoingEmail.objects.filter(pk=outgoing.pk).update(
            state=Delivery.SENT, sent_at=now, attempts=outgoing.attempts, last_error=""
        )
        Interaction.objects.filter(pk=outgoing.message.pk).update(
            # the day on the sender's clock: sent at 22:30 in Vancouver is that day there
            state=State.SENT,
            sent_at=now,
            occurred_on=local_today(outgoing.message.owner, now),
        )
        forget([outgoing.message.owner_id])  # an update sends no signal; sent may end a chain
    return 1


def _failed(outgoing: OutgoingEmail, error: Exception) -> None:
    log.warning("sending message %s failed: %s", outgoing.header_message_id, error)
    final = outgoing.attempts >= MAX_ATTEMPTS
    delay = BACKOFF[min(outgoing.attempts - 1, len(BACKOFF) - 1)]
    OutgoingEmail.objects.filter(pk=outgoing.pk).update(
        state=Delivery.FAILED if final else Delivery.QUEUED,
        attempts=outgoing.attempts,
        next_attempt_at=timezone.now() + delay,
        claimed_until=None,
        last_error=str(error)[:500] or error.__class__.__name__,
    )
