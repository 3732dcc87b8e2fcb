"""The job-search record that Employment Insurance and Ontario Works ask people to keep: one row
per activity (applied, interviewed, thanked, followed up…) in a date range, built from the
records already in Followup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Prefetch
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from followup.accounts.clock import user_zone
from followup.accounts.models import User
from followup.interactions.models import Channel, Interaction, Kind, State
from followup.jobsearch.models import Application, Interview, Mode, Participant, Person
from followup.lib.dates import day_month
from followup.lib.tabular import write_csv
from followup.web.i18n import interface_lang

DEFAULT_WEEKS = 4


@dataclass(frozen=True)
class Activity:
    day: date
    employer: str
    position: str
    contact: str
    how: str
    result: str
    order: int = 0  # on the same day: applied, then interviewed, then messages


def default_range(today: date) -> tuple[date, date]:
    return today - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1), today


def activities(user: User, start: date, end: date) -> list[Activity]:
    rows = _applications(user, start, end) + _interviews(user, start, end)
    rows += _interactions(user, start, end)
    return sorted(rows, key=lambda row: (row.day, row.order, row.employer.lower()))


def _applications(user: User, start: date, end: date) -> list[Activity]:
    found = Application.objects.filter(owner=user, applied_on__range=(start, end))
    return [
        Activity(
            day=application.applied_on,
            employer=application.employer.name,
            position=application.role,
            contact="",
            how=_("Applied online") if application.posting_url else _("Applied"),
            result=str(application.get_status_display()),
            order=0,
        )
        for application in found.select_related("employer")
        if application.applied_on is not None
    ]


def _interviews(user: User, start: date, end: date) -> list[Activity]:
    zone = user_zone(user)
    since = datetime.combine(start, time.min, tzinfo=zone)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone)
    found = (
        Interview.objects.filter(application__owner=user, starts_at__gte=since, starts_at__lt=until)
        .select_related("application__employer")
        .prefetch_related(
            Prefetch("participants", queryset=Participant.objects.select_related("person"))
        )
    )
    hows: dict[str, str] = {
        Mode.IN_PERSON: _("Interview in person"),
        Mode.PHONE: _("Interview by phone"),
        Mode.VIDEO: _("Interview by video"),
    }
    rows = []
    for interview in found:
        how = hows.get(interview.mode, _("Interview"))
        if interview.round > 1:
            how = _("%(how)s, round %(round)s") % {"how": how, "round": interview.round}
        rows.append(
            Activity(
                day=interview.starts_at.astimezone(zone).date(),
                employer=interview.application.employer.name,
                position=interview.application.role,
                contact=", ".join(p.person.name for p in interview.participants.all()),
                how=how,
                result=str(interview.application.get_status_display()),
                order=1,
            )
        )
    return rows


def _interactions(user: User, start: date, end: date) -> list[Activity]:
    found = (
        Interaction.objects.filter(
            owner=user, occurred_on__range=(start, end), state__in=[State.SENT, State.DONE]
        )
        .select_related("application__employer", "interview__application__employer")
        .prefetch_related(Prefetch("people", queryset=Person.objects.select_related("employer")))
    )
    rows = []
    for interaction in found:
        application = interaction.application or (
            interaction.interview.application if interaction.interview else None
        )
        people = list(interaction.people.all())
        employer = application.employer.name if application else ""
        if not employer:
            employer = next((p.employer.name for p in people if p.employer), "")
        result = str(application.get_status_display()) if application else ""
        if interaction.kind in (Kind.REPLY_RECEIVED, Kind.CALL, Kind.MEETING, Kind.NOTE):
            result = _joined(result, interaction.summary)
        rows.append(
            Activity(
                day=interaction.occurred_on,
                employer=employer,
                position=application.role if application else "",
                contact=", ".join(person.name for person in people),
                how=how_contacted(interaction.kind, interaction.channel),
                result=result,
                order=2,
            )
        )
    return rows


def _joined(status: str, summary: str) -> str:
    words = " ".join(summary.split())
    if len(words) > 200:
        words = words[:199] + "…"
    return " — ".join(part for part in (status, words) if part)


def how_contacted(kind: str, channel: str) -> str:
    """“Thank-you email”, “Follow-up call”…: what a record-keeper writes under “how”."""
    known: dict[tuple[str, str], str] = {
        (Kind.THANK_YOU, Channel.EMAIL): _("Thank-you email"),
        (Kind.THANK_YOU, Channel.MAIL): _("Thank-you card"),
        (Kind.FOLLOW_UP, Channel.EMAIL): _("Follow-up email"),
        (Kind.FOLLOW_UP, Channel.PHONE): _("Follow-up call"),
        (Kind.KEEP_IN_TOUCH, Channel.EMAIL): _("Check-in email"),
        (Kind.KEEP_IN_TOUCH, Channel.PHONE): _("Check-in call"),
        (Kind.LINKEDIN, Channel.LINKEDIN): _("LinkedIn connection request"),
        (Kind.CALL, Channel.PHONE): _("Phone call"),
        (Kind.MEETING, Channel.IN_PERSON): _("Meeting in person"),
    }
    if (kind, channel) in known:
        return known[(kind, channel)]
    kind_label = Kind(kind).label if kind in Kind.values else kind
    channel_label = Channel(channel).label if channel in Channel.values else channel
    return _("%(what)s (%(how)s)") % {"what": kind_label, "how": str(channel_label).lower()}


def headings() -> list[str]:
    return [
        _("Date"),
        _("Employer"),
        _("Position"),
        _("Contact person"),
        pgettext("job search record column", "How"),
        _("Result"),
    ]


def full_day(day: date) -> str:
    """'1 December 2026', or '1er décembre 2026' in French: the record's days, on its page and
    in its PDF."""
    return f"{day_month(day, day, interface_lang())} {day.year}"


def as_cells(activity: Activity) -> list[str]:
    return [
        activity.day.isoformat(),
        activity.employer,
        activity.position,
        activity.contact,
        activity.how,
        activity.result,
    ]


def record_csv(rows: list[Activity]) -> bytes:
    # The byte-order mark makes Excel read accents (Zoë, Łukasz) as UTF-8.
    return write_csv(headings(), (as_cells(row) for row in rows)).encode("utf-8-sig")


def file_stem(start: date, end: date) -> str:
    """'job-search-record-2026-11-18-to-2026-12-15', in the active language (ASCII only: a file
    name travels through every mail and file system)."""
    return pgettext("file name", "job-search-record-%(start)s-to-%(end)s") % {
        "start": start.isoformat(),
        "end": end.isoformat(),
    }
