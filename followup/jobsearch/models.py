"""Employers, people, applications, interviews and who took part in them: one owner each."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from followup.lib import records as r
from followup.organisation.models import KeepInTouch

http_url = URLValidator(schemes=["http", "https"], message=_("Enter a link starting with https://"))


class Employer(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(_("employer"), max_length=200)
    website = models.URLField(_("website"), blank=True, validators=[http_url])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="one_employer_name_per_owner")
        ]

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=150)
    employer = models.ForeignKey(
        Employer, verbose_name=_("employer"), on_delete=models.SET_NULL, null=True, blank=True
    )
    title = models.CharField(_("title"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    linkedin_url = models.URLField(_("LinkedIn profile"), blank=True, validators=[http_url])
    keep_in_touch_days = models.PositiveSmallIntegerField(
        _("keep in touch"), choices=KeepInTouch.choices, default=KeepInTouch.THREE_MONTHS
    )
    notes = models.TextField(_("notes about this person"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name


class Status(models.TextChoices):
    APPLIED = r.APPLIED, _("Applied")
    INTERVIEWING = r.INTERVIEWING, _("Interviewing")
    OFFER = r.OFFER, _("Offer")
    NOT_SELECTED = r.NOT_SELECTED, _("Not selected")
    WITHDRAWN = r.WITHDRAWN, _("Withdrawn")
    NO_RESPONSE = r.NO_RESPONSE, _("No response")


class Application(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # RESTRICT, not PROTECT: an employer with applications stays, yet deleting the owner (and so
    # both) works.
    employer = models.ForeignKey(Employer, verbose_name=_("employer"), on_delete=models.RESTRICT)
    role = models.CharField(_("role"), max_length=200)
    posting_url = models.URLField(
        _("link to the job posting"), blank=True, max_length=500, validators=[http_url]
    )
    applied_on = models.DateField(_("date applied"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.APPLIED
    )
    status_changed_on = models.DateField(null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-applied_on", "-created_at"]
        indexes = [models.Index(fields=["owner", "applied_on"])]

    def __str__(self) -> str:
        return f"{self.role} — {self.employer.name}"


class Mode(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video")


class Interview(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    starts_at = models.DateTimeField(_("date and time"))
    # False when only the date is known: `starts_at` is then the start of that local day.
    time_known = models.BooleanField(_("start time known"), default=True)
    duration_minutes = models.PositiveSmallIntegerField(_("length in minutes"), default=60)
    mode = models.CharField(_("how"), max_length=20, choices=Mode.choices, default=Mode.IN_PERSON)
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    location = models.CharField(_("place or link"), max_length=500, blank=True)
    timeline_phrase = models.CharField(
        _("what they said about when they will decide"),
        max_length=300,
        blank=True,
        help_text=_("In their own words, for example “within two weeks”."),
    )
    # Days the person set by hand: they win over what Followup read from `timeline_phrase`.
    decision_on = models.DateField(_("the day they decide"), null=True, blank=True)
    follow_up_on = models.DateField(_("the day to follow up"), null=True, blank=True)
    topics = models.TextField(_("topics discussed"), blank=True)
    went_well = models.TextField(_("what went well"), blank=True)
    forgot = models.TextField(_("what I forgot to mention"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["starts_at"])]  # reminders look for recent interviews

    def __str__(self) -> str:
        return f"{self.application} ({self.starts_at:%Y-%m-%d})"

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def private_notes(self) -> list[str]:
        """The user's private notes on the interview, in INTERVIEW_NOTES order."""
        return [getattr(self, name) for name in INTERVIEW_NOTES]

    @property
    def has_notes(self) -> bool:
        return any(self.private_notes)


# The user's private notes on an interview: what a draft may draw on, and what privacy guards.
INTERVIEW_NOTES = ("topics", "went_well", "forgot")

# The interview's details the interview form edits, beside its job, time and days set by hand.
INTERVIEW_DETAILS = (
    "duration_minutes",
    "mode",
    "round",
    "location",
    "timeline_phrase",
    *INTERVIEW_NOTES,
)


class ParticipantRole(models.TextChoices):
    INTERVIEWER = r.INTERVIEWER, _("Interviewer")
    PANEL = r.PANEL, _("Panel member")
    HR = r.HR, _("HR")
    RECRUITER = r.RECRUITER, _("Recruiter")
    ADMIN_STAFF = r.ADMIN_STAFF, _("Administrative staff who arranged it")


class Participant(models.Model):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(
        _("how they took part"),
        max_length=20,
        choices=ParticipantRole.choices,
        default=ParticipantRole.INTERVIEWER,
    )
    notes = models.TextField(_("what we talked about"), blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "person"], name="one_participation_each")
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"
