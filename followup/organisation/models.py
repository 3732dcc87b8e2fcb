"""The organisation (one per install) and its offices; its fields store the plan's settings.

What each setting means and its default are defined once, in `followup.lib.records.Policy`;
`Organisation.policy()` hands the stored values to the planner, the reminders and the reports.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from followup.lib.records import KEEP_IN_TOUCH_DAYS, Policy

DEFAULTS = Policy()  # the agency's defaults for a new organisation

PROVINCES = [
    ("AB", "Alberta"),
    ("BC", "British Columbia"),
    ("MB", "Manitoba"),
    ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"),
    ("NS", "Nova Scotia"),
    ("NT", "Northwest Territories"),
    ("NU", "Nunavut"),
    ("ON", "Ontario"),
    ("PE", "Prince Edward Island"),
    ("QC", "Quebec"),
    ("SK", "Saskatchewan"),
    ("YT", "Yukon"),
]


class KeepInTouch(models.IntegerChoices):
    """How often to keep in touch with a person met: each person's choice, and the
    organisation's default for new people (which cannot be "never")."""

    SIX_WEEKS = 42, _("every 6 weeks")
    THREE_MONTHS = KEEP_IN_TOUCH_DAYS, _("every 3 months")
    SIX_MONTHS = 180, _("every 6 months")
    NEVER = 0, _("never")

    @classmethod
    def periods(cls) -> list[tuple[int, str | Promise]]:
        """The choices that remind: every one but "never"."""
        return [(value, label) for value, label in cls.choices if value != cls.NEVER]


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    toll_free = models.CharField(_("toll-free phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    province = models.CharField(
        _("province"), max_length=2, choices=PROVINCES, default=DEFAULTS.province
    )
    optional_holidays = models.BooleanField(
        _("count optional holidays (such as the Civic Holiday) as days off"),
        default=DEFAULTS.optional_holidays,
    )
    self_registration = models.BooleanField(
        _("job seekers may register themselves"),
        default=True,
        help_text=_("When off, job seekers join only by a counsellor's invitation."),
    )
    thank_you_hours = models.PositiveSmallIntegerField(
        _("hours to send a thank-you note"), default=DEFAULTS.thank_you_hours
    )
    thank_you_drop_days = models.PositiveSmallIntegerField(
        _("days before a missed thank-you leaves Today"), default=DEFAULTS.thank_you_drop_days
    )
    linkedin_hours = models.PositiveSmallIntegerField(
        _("hours to suggest a LinkedIn connection"), default=DEFAULTS.linkedin_hours
    )
    default_follow_up_business_days = models.PositiveSmallIntegerField(
        _("business days before a follow-up when no time frame was given"),
        default=DEFAULTS.default_follow_up_business_days,
    )
    follow_up_gap_business_days = models.PositiveSmallIntegerField(
        _("business days between follow-ups"), default=DEFAULTS.follow_up_gap_business_days
    )
    follow_ups = models.PositiveSmallIntegerField(
        _("follow-ups before turning to keeping in touch"),
        choices=[(2, "2"), (3, "3")],
        default=DEFAULTS.follow_ups,
    )
    keep_in_touch_days = models.PositiveSmallIntegerField(
        _("keep in touch with each person met"),
        choices=KeepInTouch.periods(),
        default=KeepInTouch.THREE_MONTHS,
        help_text=_("The default for new people; each person's own choice wins."),
    )
    default_weekly_goal = models.PositiveSmallIntegerField(
        _("weekly goal of applications"), default=5
    )
    coming_up_days = models.PositiveSmallIntegerField(
        _("days ahead shown as coming up on Today"), default=DEFAULTS.coming_up_days
    )

    class Meta:
        verbose_name = _("organisation")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        _forget()

    @classmethod
    def current(cls) -> Organisation:
        """The install's organisation (seeded by a migration; recreated if someone deleted it).

        Inside a request it is read once (see `read_once_per_request`); elsewhere (commands,
        the worker) each call reads it afresh, so a long-running process never keeps it stale.
        """
        memo = _memo.get()
        if memo is not None and "org" in memo:
            return memo["org"]
        org = cls.objects.order_by("pk").first() or cls.objects.create(name="Followup")
        if memo is not None:
            memo["org"] = org
        return org

    def policy(self) -> Policy:
        return Policy(
            province=self.province,
            optional_holidays=self.optional_holidays,
            thank_you_hours=self.thank_you_hours,
            thank_you_drop_days=self.thank_you_drop_days,
            linkedin_hours=self.linkedin_hours,
            follow_ups=self.follow_ups,
            follow_up_gap_business_days=self.follow_up_gap_business_days,
            default_follow_up_business_days=self.default_follow_up_business_days,
            coming_up_days=self.coming_up_days,
        )


class Office(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="offices")
    name = models.CharField(_("name"), max_length=200)
    address = models.TextField(_("address"), blank=True)
    hours = models.TextField(_("hours and how to visit"), blank=True)
    by_appointment_only = models.BooleanField(_("by appointment only"), default=False)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("office")

    def __str__(self) -> str:
        return self.name


_memo: ContextVar[dict[str, Organisation] | None] = ContextVar("organisation_memo", default=None)


def _forget() -> None:
    memo = _memo.get()
    if memo is not None:
        memo.clear()


@contextmanager
def read_once() -> Iterator[None]:
    """Within this block `Organisation.current()` queries the database at most once."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)
