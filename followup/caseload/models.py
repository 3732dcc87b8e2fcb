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


class ReportSeeker(models.Model):
    """A job seeker's place in the reports' stored figures (`ReportCount`), so that a change
    counts only that job seeker again (`followup.caseload.report_cache`).

    A change to their records moves `version` and sets `due_at` to the past, in the writer's
    transaction; a count stores its figures only if `version` is still the one read before it
    loaded the records, so a change made while it counted is never lost. Once counted, `due_at`
    is the next moment their figures change with no record changing (an interview starts, a
    thank-you note's hours run out), or None."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    version = models.PositiveBigIntegerField(default=0)
    due_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["due_at"], name="report_seeker_due")]

    def __str__(self) -> str:
        return f"report seeker {self.owner_id}: {self.version} {self.due_at}"


class ReportCount(models.Model):
    """One job seeker's figures in one month (their local calendar), under their office: the
    reports add these up per office and month (no name, only counts)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    month = models.CharField(max_length=7)  # "2027-04"
    office = models.ForeignKey(
        "organisation.Office", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    interviews = models.PositiveIntegerField(default=0)
    thank_you_expected = models.PositiveIntegerField(default=0)
    thank_you_on_time = models.PositiveIntegerField(default=0)
    follow_ups_sent = models.PositiveIntegerField(default=0)
    follow_ups_on_time = models.PositiveIntegerField(default=0)
    offers = models.PositiveIntegerField(default=0)
    not_selected = models.PositiveIntegerField(default=0)
    active = models.PositiveSmallIntegerField(default=0)  # 1: active that month

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "month"], name="report_count_owner_month")
        ]
        indexes = [models.Index(fields=["month", "office"], name="report_count_month")]

    def __str__(self) -> str:
        return f"report count {self.owner_id} {self.month}"


class ReportState(models.Model):
    """The stored figures as a whole (one row): the format and rules they were counted with, how
    far a full count has got, and the highest ids (and latest sending) of the counted tables
    when rows written without a signal were last looked for."""

    scope = models.CharField(max_length=64)
    counting_from = models.PositiveBigIntegerField(null=True, blank=True)  # None: all counted
    marks = models.JSONField(default=list)

    def __str__(self) -> str:
        return f"reports counted from {self.counting_from}"
