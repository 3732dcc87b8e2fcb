"""Records of many users at once, for a reminder pass: the same plain records as
`followup.today.loading.load_records` gives for one user, in seven queries per batch instead of
seven per user. tests/reminders/test_batch.py checks that both give equal records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Participant, Person
from followup.lib import records as r
from followup.today.models import Mark


def records_of(users: Sequence[User]) -> dict[int, r.Records]:
    ids = [user.pk for user in users]
    applications: dict[int, list[r.ApplicationRec]] = defaultdict(list)
    for application in Application.objects.filter(owner_id__in=ids).select_related("employer"):
        applications[application.owner_id].append(application.as_record())
    people: dict[int, list[r.PersonRec]] = defaultdict(list)
    for person in Person.objects.filter(owner_id__in=ids).select_related("employer"):
        people[person.owner_id].append(person.as_record())
    interviews = _interviews(ids)
    interactions = _interactions(ids)
    marks: dict[int, list[r.ActionMark]] = defaultdict(list)
    for mark in Mark.objects.filter(owner_id__in=ids):
        marks[mark.owner_id].append(mark.as_record())
    return {
        user.pk: r.Records(
            applications=tuple(applications[user.pk]),
            interviews=tuple(interviews[user.pk]),
            people=tuple(people[user.pk]),
            interactions=tuple(interactions[user.pk]),
            marks=tuple(marks[user.pk]),
            time_zone=user.time_zone,
        )
        for user in users
    }


def _interviews(ids: list[int]) -> dict[int, list[r.InterviewRec]]:
    participants: dict[int, list[r.ParticipantRec]] = defaultdict(list)
    for interview_id, person_id, role, notes in Participant.objects.filter(
        interview__application__owner_id__in=ids
    ).values_list("interview_id", "person_id", "role", "notes"):
        participants[interview_id].append(r.ParticipantRec(person_id, role, notes))
    found: dict[int, list[r.InterviewRec]] = defaultdict(list)
    for owner_id, pk, application_id, starts_at, duration, phrase in Interview.objects.filter(
        application__owner_id__in=ids
    ).values_list(
        "application__owner_id",
        "pk",
        "application_id",
        "starts_at",
        "duration_minutes",
        "timeline_phrase",
    ):
        found[owner_id].append(
            r.InterviewRec(
                id=pk,
                application_id=application_id,
                starts_at=starts_at,
                duration_minutes=duration,
                timeline_phrase=phrase,
                participants=tuple(participants[pk]),
            )
        )
    return found


def _interactions(ids: list[int]) -> dict[int, list[r.InteractionRec]]:
    people_of: dict[int, list[int]] = defaultdict(list)
    for interaction_id, person_id in Interaction.people.through.objects.filter(
        interaction__owner_id__in=ids
    ).values_list("interaction_id", "person_id"):
        people_of[interaction_id].append(person_id)
    found: dict[int, list[r.InteractionRec]] = defaultdict(list)
    rows = Interaction.objects.filter(owner_id__in=ids).values_list(
        "owner_id",
        "pk",
        "kind",
        "state",
        "occurred_on",
        "interview_id",
        "application_id",
        "summary",
    )
    for owner_id, pk, kind, state, occurred_on, interview_id, application_id, summary in rows:
        found[owner_id].append(
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
        )
    return found
