"""Load one user's records as plain values for the planner, in a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from django.utils import timezone

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Participant, Person
from followup.lib import records as r
from followup.lib.plan import due_actions
from followup.organisation.models import Organisation
from followup.today.models import Mark


def load_records(user: User) -> r.Records:
    applications = tuple(
        a.as_record() for a in Application.objects.filter(owner=user).select_related("employer")
    )
    people = tuple(
        p.as_record() for p in Person.objects.filter(owner=user).select_related("employer")
    )
    participants: dict[int, list[r.ParticipantRec]] = defaultdict(list)
    for interview_id, person_id, role, notes in Participant.objects.filter(
        interview__application__owner=user
    ).values_list("interview_id", "person_id", "role", "notes"):
        participants[interview_id].append(r.ParticipantRec(person_id, role, notes))
    interviews = tuple(
        r.InterviewRec(
            id=pk,
            application_id=application_id,
            starts_at=starts_at,
            duration_minutes=duration,
            timeline_phrase=phrase,
            participants=tuple(participants[pk]),
        )
        for pk, application_id, starts_at, duration, phrase in Interview.objects.filter(
            application__owner=user
        ).values_list("pk", "application_id", "starts_at", "duration_minutes", "timeline_phrase")
    )
    people_of: dict[int, list[int]] = defaultdict(list)
    for interaction_id, person_id in Interaction.people.through.objects.filter(
        interaction__owner=user
    ).values_list("interaction_id", "person_id"):
        people_of[interaction_id].append(person_id)
    interactions = tuple(
        r.InteractionRec(
            id=pk,
            kind=kind,
            state=state,
            occurred_on=occurred_on,
            person_ids=tuple(people_of[pk]),
            interview_id=interview_id,
            application_id=application_id,
            summary=summary,
        )
        for pk, kind, state, occurred_on, interview_id, application_id, summary in (
            Interaction.objects.filter(owner=user).values_list(
                "pk", "kind", "state", "occurred_on", "interview_id", "application_id", "summary"
            )
        )
    )
    marks = tuple(m.as_record() for m in Mark.objects.filter(owner=user))
    return r.Records(
        applications=applications,
        interviews=interviews,
        people=people,
        interactions=interactions,
        marks=marks,
        time_zone=user.time_zone,
    )


def local_today(user: User, now: datetime | None = None) -> date:
    import zoneinfo

    moment = now or timezone.now()
    return moment.astimezone(zoneinfo.ZoneInfo(user.time_zone)).date()


def actions_for(
    user: User, today: date | None = None, now: datetime | None = None
) -> tuple[r.Records, list[r.Action]]:
    records = load_records(user)
    policy = Organisation.current().policy()
    moment = now or timezone.now()
    day = today or local_today(user, moment)
    return records, due_actions(records, day, now=moment if today is None else None, policy=policy)
