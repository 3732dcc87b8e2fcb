"""What counsellors and their clients add around the records: comments on drafts, appointment
requests, and the log of who opened a client's records."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DraftComment(models.Model):
    """A counsellor's comment on a client's draft message; the client reads it in the editor."""

    message = models.ForeignKey(
        "interactions.Interaction", on_delete=models.CASCADE, related_name="counsellor_comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="draft_comments"
    )
    text = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.author_id} on {self.message_id}"


class RequestState(models.TextChoices):
    OPEN = "open", _("Waiting for a reply")
    ARRANGED = "arranged", _("Arranged")
    CANCELLED = "cancelled", _("Cancelled")


class AppointmentRequest(models.Model):
    """A job seeker asks for an appointment with one counsellor, or at one office."""

    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appointment_requests"
    )
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("with"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="appointments_asked",
    )
    office = models.ForeignKey(
        "organisation.Office",
        verbose_name=_("at"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    times = models.TextField(_("times that suit you"), max_length=1000)
    reason = models.TextField(_("what you would like to talk about"), max_length=2000)
    state = models.CharField(max_length=10, choices=RequestState.choices, default=RequestState.OPEN)
    arranged_note = models.CharField(_("when and where"), max_length=300, blank=True)
    arranged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="appointments_arranged",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(counsellor__isnull=False, office__isnull=True)
                    | Q(counsellor__isnull=True, office__isnull=False)
                ),
                name="appointment_with_a_counsellor_or_at_an_office",
            )
        ]
        indexes = [models.Index(fields=["state", "counsellor"])]

    def __str__(self) -> str:
        return f"appointment request {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.state == RequestState.OPEN


class AccessLog(models.Model):
    """One counsellor opening one of a client's pages. The counsellor's name is kept too, so the
    client still knows who looked after that account is gone."""

    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="access_logs"
    )
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    counsellor_name = models.CharField(max_length=150)
    what = models.CharField(max_length=200)
    path = models.CharField(max_length=300)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["client", "at"])]

    def __str__(self) -> str:
        return f"{self.counsellor_name}: {self.what}"


class ReportShard(models.Model):
    """The reports' figures are kept per shard of job seekers (owner id modulo the number of
    shards); a shard's version moves, in the same transaction, whenever one of its job seekers'
    counted records changes, so only that shard's figures are computed again
    (`followup.caseload.report_cache`)."""

    shard = models.PositiveSmallIntegerField(primary_key=True)
    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"report shard {self.shard}: {self.version}"
