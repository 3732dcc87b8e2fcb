"""Load the reports' facts from the database: ids, dates, kinds and offices, never a name, an
email or a note. Only job seekers' records count."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from functools import cache

from django.utils import timezone

from followup.accounts.clock import zone_name
from followup.accounts.models import Role, User
from followup.caseload import figures as f
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Application, Interview, Participant, Status

# Follow-ups sent in the first month may follow an interview some months before.
LOOK_BACK = timedelta(days=180)


def load_facts(since: date) -> f.Facts:
    """The facts since `since` (meetings and messages from `LOOK_BACK` before); each owner's
    office and time zone name, the zone checked once per distinct stored name."""
    zone = cache(zone_name)  # a few distinct zones among thousands of job seekers
    owners = {
        pk: (office or "", zone(stored))
        for pk, office, stored in User.objects.filter(role=Role.JOB_SEEKER).values_list(
            "pk", "office__name", "time_zone"
        )
    }
    start = datetime.combine(since, time(), tzinfo=timezone.get_current_timezone())
    return f.Facts(
        meetings=_meetings(owners, start - LOOK_BACK),
        sent=_sent(owners, since - LOOK_BACK),
        outcomes=_outcomes(owners, since),
        activity=[
            f.Activity(owner, owners[owner][0], day)
            # by role, as the other facts: not thousands of owner ids as query parameters
            for owner, day in Application.objects.filter(
                owner__role=Role.JOB_SEEKER, applied_on__gte=since
            ).values_list("owner_id", "applied_on")
            if owner in owners and day is not None
        ],
    )


def _meetings(owners: dict[int, tuple[str, str]], start: datetime) -> list[f.Meeting]:
    interviews = Interview.objects.filter(
        application__owner__role=Role.JOB_SEEKER, starts_at__gte=start
    )
    people: dict[int, list[int]] = defaultdict(list)
    for interview_id, person_id in Participant.objects.filter(
        interview__in=interviews.values("pk")
    ).values_list("interview_id", "person_id"):
        people[interview_id].append(person_id)
    rows = interviews.values_list(
        "pk", "application__owner_id", "application_id", "starts_at", "duration_minutes",
        "timeline_phrase", "decision_on", "follow_up_on",
    )  # fmt: skip
    return [
        f.Meeting(
            id=pk,
            owner=owner,
            office=owners[owner][0],
            application_id=application_id,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=minutes),
            time_zone=owners[owner][1],
            phrase=phrase,
            participants=tuple(people[pk]),
            decision_on=decide,
            follow_up_on=follow,
        )
        for pk, owner, application_id, starts_at, minutes, phrase, decide, follow in rows
        if owner in owners
    ]


def _sent(owners: dict[int, tuple[str, str]], since: date) -> list[f.Sent]:
    messages = Interaction.objects.filter(
        owner__role=Role.JOB_SEEKER, occurred_on__gte=since
    ).exclude(state=State.DRAFT)
    people: dict[int, list[int]] = defaultdict(list)
    for interaction_id, person_id in Interaction.people.through.objects.filter(
        interaction__in=messages.values("pk")
    ).values_list("interaction_id", "person_id"):
        people[interaction_id].append(person_id)
    rows = messages.values_list(
        "pk", "owner_id", "kind", "occurred_on", "sent_at", "interview_id", "application_id",
        "sequence",
    )  # fmt: skip
    return [
        f.Sent(
            owner=owner,
            office=owners[owner][0],
            kind=kind,
            day=day,
            sent_at=sent_at,
            time_zone=owners[owner][1],
            interview_id=interview_id,
            application_id=application_id,
            person_ids=tuple(people[pk]),
            sequence=sequence,
        )
        for pk, owner, kind, day, sent_at, interview_id, application_id, sequence in rows
        if owner in owners
    ]


def _outcomes(owners: dict[int, tuple[str, str]], since: date) -> list[f.Outcome]:
    rows = Application.objects.filter(
        owner__role=Role.JOB_SEEKER, status__in=[Status.OFFER, Status.NOT_SELECTED]
    ).values_list("owner_id", "status", "status_changed_on", "applied_on")
    outcomes = []
    for owner, status, changed, applied in rows:
        day = changed or applied
        if owner in owners and day is not None and day >= since:
            outcomes.append(f.Outcome(owner, owners[owner][0], status, day))
    return outcomes
