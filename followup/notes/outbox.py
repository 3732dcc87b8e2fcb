"""Queue a message for SMTP, and drain the queue: claim, send, record; retry with backoff. The
claim, its lease and fencing token and the backoff are the worker's (`followup.worker.leases`),
shared with the daily digests."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from followup.accounts.clock import local_today
from followup.caseload import report_cache
from followup.interactions.models import Interaction, State
from followup.notes.models import Delivery, OutgoingEmail
from followup.reminders.next_due import forget
from followup.web.mail import new_message_id, note_email
from followup.worker.leases import Claim, Leases

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
MAX_ATTEMPTS = 6
BACKOFF = tuple(timedelta(minutes=m) for m in (1, 5, 15, 60, 240))
LEASES = Leases(
    OutgoingEmail,
    lease=LEASE,
    schedule=BACKOFF,
    waiting=(Delivery.QUEUED,),
    sending=Delivery.SENDING,
    sent=Delivery.SENT,
    retry_state=Delivery.QUEUED,
    last_attempt=MAX_ATTEMPTS,
    gave_up_state=Delivery.FAILED,  # until someone asks to try again
)


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


def drain(limit: int = 50) -> int:
    """Send what is due; returns how many were sent. Safe to run in several workers at once."""
    candidates = OutgoingEmail.objects.filter(LEASES.claimable(timezone.now())).values_list(
        "pk", flat=True
    )[:limit]
    sent = 0
    for pk in list(candidates):
        claim = LEASES.claim(pk)
        if claim is not None:
            outgoing = OutgoingEmail.objects.select_related("message__owner").get(pk=pk)
            sent += _deliver(outgoing, claim)
    return sent


def build_email(outgoing: OutgoingEmail) -> EmailMessage:
    return note_email(outgoing.message, outgoing.to_address, outgoing.header_message_id)


def _deliver(outgoing: OutgoingEmail, claim: Claim) -> int:
    try:
        build_email(outgoing).send(fail_silently=False)
    except Exception as error:  # any failure of the SMTP conversation is retried
        log.warning("sending message %s failed: %s", outgoing.header_message_id, error)
        LEASES.failed(claim, str(error)[:500] or error.__class__.__name__)
        return 0
    now = timezone.now()
    with transaction.atomic():
        if not LEASES.mark_sent(claim, sent_at=now, last_error=""):
            return 0  # another worker sent it too, after our lease ran out, and recorded it
        Interaction.objects.filter(pk=outgoing.message.pk).update(
            # the day on the sender's clock: sent at 22:30 in Vancouver is that day there
            state=State.SENT,
            sent_at=now,
            occurred_on=local_today(outgoing.message.owner, now),
        )
        forget([outgoing.message.owner_id])  # an update sends no signal; sent may end a chain
        report_cache.changed([outgoing.message.owner_id])  # the reports count it again
    return 1
