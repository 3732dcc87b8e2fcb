"""The record of each message (thank-you, follow-up…) and each interaction (call, meeting,
reply received). The planner reads these; sending a message turns a draft into a sent record."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from followup.lib import records as r


class Kind(models.TextChoices):
    THANK_YOU = r.THANK_YOU, _("Thank-you note")
    FOLLOW_UP = r.FOLLOW_UP, _("Follow-up")
    REJECTION_REPLY = r.REJECTION_REPLY, _("Reply to a rejection")
    KEEP_IN_TOUCH = r.KEEP_IN_TOUCH, _("Keep-in-touch check-in")
    LINKEDIN = r.LINKEDIN, _("LinkedIn connection")
    OFFER_REPLY = r.OFFER_REPLY, _("Reply to an offer")
    CALL = r.CALL, _("Phone call")
    MEETING = r.MEETING, _("Meeting or coffee")
    REPLY_RECEIVED = r.REPLY_RECEIVED, _("Reply from the employer")
    NOTE = r.NOTE, _("Other")


class State(models.TextChoices):
    DRAFT = r.DRAFT, _("Draft")
    SENT = r.SENT, _("Sent")
    DONE = r.DONE, _("Logged")


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    LINKEDIN = "linkedin", _("LinkedIn")
    IN_PERSON = "in-person", _("In person")
    VIDEO = "video", _("Video")
    MAIL = "mail", _("Mail or card")
    OTHER = "other", _("Other")


class Interaction(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    kind = models.CharField(_("what"), max_length=20, choices=Kind.choices)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DONE)
    channel = models.CharField(
        _("how"), max_length=20, choices=Channel.choices, default=Channel.EMAIL
    )
    occurred_on = models.DateField(_("date"))
    people = models.ManyToManyField(
        "jobsearch.Person", verbose_name=_("people"), related_name="interactions", blank=True
    )
    interview = models.ForeignKey(
        "jobsearch.Interview", on_delete=models.SET_NULL, null=True, blank=True
    )
    application = models.ForeignKey(
        "jobsearch.Application", on_delete=models.SET_NULL, null=True, blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    body = models.TextField(_("text"), blank=True)
    sequence = models.PositiveSmallIntegerField(default=1)
    variant = models.CharField(max_length=20, blank=True)  # offer reply: accept / ask-for-time
    tone = models.CharField(max_length=20, blank=True)
    generated_text = models.TextField(blank=True)  # the draft as generated, to detect user edits
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-occurred_on", "-created_at"]
        indexes = [models.Index(fields=["owner", "occurred_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.occurred_on})"

    @property
    def is_message(self) -> bool:
        return self.kind in r.MESSAGE_KINDS

    @property
    def note_kind(self) -> str:
        """The kind of note for drafting and checking: a thank-you to the administrative staff
        is a thank-you record with the variant "admin"; logged interactions read as check-ins."""
        return r.note_kind(
            self.kind if self.kind in r.MESSAGE_KINDS else r.KEEP_IN_TOUCH, self.variant
        )

    @property
    def draft_variant(self) -> str:
        """The variant the drafts know (an offer reply's); "admin" is carried by the kind."""
        return "" if self.variant == r.ADMIN_VARIANT else self.variant

    @property
    def is_editable(self) -> bool:
        return self.state == State.DRAFT
