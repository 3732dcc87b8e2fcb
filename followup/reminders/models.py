"""What the reminders keep: one digest row per user and day (its delivery state, lease and
retries), who asked for no more digests, and each user's private calendar feed token.

What is due is never stored here: it is derived from the records each time a digest is sent.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DigestState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed; will retry")
    SUPERSEDED = "superseded", _("Replaced by a later day's")
    CANCELLED = "cancelled", _("Nothing left to send")


# States from which a digest may still go out.
PENDING_STATES = (DigestState.QUEUED, DigestState.FAILED, DigestState.SENDING)


class Digest(models.Model):
    """The day's reminder email for one user. The unique (user, day) pair is what makes "one
    digest per user per day" hold whatever the number of workers; the claim (state SENDING with
    a lease in `claimed_until`) decides which worker sends it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests"
    )
    day = models.DateField()  # the user's local day
    state = models.CharField(max_length=12, choices=DigestState.choices, default=DigestState.QUEUED)
    claimed_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)
    # Made once, when the row is created, and reused on every attempt: a duplicate sent after a
    # crash between the SMTP server's acceptance and our record of it folds in mail clients.
    message_id = models.CharField(max_length=255)
    item_count = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="one_digest_per_user_and_day")
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="digest_pending")]
        ordering = ["-day", "user_id"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.day} {self.state}"


class ReminderOptOut(models.Model):
    """The user asked for no more digest emails (one-click unsubscribe or their settings)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_opt_out"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return str(self.user_id)


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret in a user's private calendar URL. A new link replaces the token, so the old
    URL stops working at once."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return str(self.user_id)


class NextDue(models.Model):
    """The first local day on which the user may have something due
    (`followup.lib.plan.next_due.next_due_on`), stored by the reminder pass that planned them, so
    that the next passes read only the users who can be due instead of planning everyone.

    Derived, never the source of truth: every change to the user's records forgets it (None,
    and `version` goes up), and a pass plans any user whose day is None, past or today, or who
    has no row. A pass stores the day it computed only if `version` is still the one it read
    before loading the records, so a change made while it planned is never lost."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    day = models.DateField(null=True, blank=True)
    version = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["day"], name="next_due_day")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.day}"
