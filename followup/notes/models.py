"""The outbox: a message the user chose to send over SMTP waits here until the worker sends it.

One row per message (a double click or a retry never makes two); a worker claims a row with a
lease, so one that dies mid-send leaves it to another after the lease; the Message-ID is fixed
when the row is made, so the rare duplicate (a crash after the server accepted the mail, before
the database recorded it) is folded by mail clients.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from followup.interactions.models import Interaction


class Delivery(models.TextChoices):
    QUEUED = "queued", _("Waiting to be sent")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Could not be sent")


class OutgoingEmail(models.Model):
    message = models.OneToOneField(Interaction, on_delete=models.CASCADE, related_name="outgoing")
    state = models.CharField(max_length=10, choices=Delivery.choices, default=Delivery.QUEUED)
    to_address = models.EmailField()
    header_message_id = models.CharField(max_length=255)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.to_address} ({self.state})"
