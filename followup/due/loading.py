"""Load users' records as plain values for the planner: one query per kind of record (filtered
by `owner__in`, grouped in Python), so loading costs the same number of queries for one user or
150 (the caseload, the reminder batches)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TypeVar

from django.utils import timezone

from followup.accounts.clock import local_today, user_zone, zone_name
from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Participant, Person
from followup.lib import records as r
from followup.lib.plan import due_actions
from followup.lib.plannable import within_range
from followup.organisation.models import Organisation
from followup.today.models import Mark
from followup.web.i18n import interface_lang

T = TypeVar("T")
log = logging.getLogger(__name__)

# How far ahead Today's Coming up and the calendar feed list the planned actions: a year, so a
# follow-up day set by hand months away is still shown.
PLAN_HORIZON_DAYS = 366


@dataclass(frozen=True)
class Loaded:
    records: dict[int, r.Records]  # by owner id
    last_activity: dict[int, datetime]  # by owner id; absent when nothing was ever recorded


def _latest(seen: dict[int, datetime], owner_id: int, moment: datetime | None) -> None:
    if moment is not None and (owner_id not in seen or moment > seen[owner_id]):
        seen[owner_id] = moment


def load_many(users: Sequence[User]) -> Loaded:
    """Every user's records in seven queries, whatever the number of users (a few more when
    their records are many thousands)."""
    ids = [user.pk for user in users]
    seen: dict[int, datetime] = {}
    applications = _applications({user.pk: user_zone(user) for user in users}, seen)
    people = _people(ids)
    owner_of = {a.id: owner_id for owner_id, apps in applications.items() for a in apps}
    interviews = _interviews(owner_of, seen)
    interactions = _interactions(ids, seen)
    marks = _marks(ids)
    records = {
        user.pk: r.Records(
            applications=tuple(applications.get(user.pk, ())),
            interviews=tuple(interviews.get(user.pk, ())),
            people=tuple(people.get(user.pk, ())),
            interactions=tuple(interactions.get(user.pk, ())),
            marks=tuple(marks.get(user.pk, ())),
            time_zone=zone_name(user),
        )
        for user in users
    }
    for owner_id, loaded in records.items():
        records[owner_id], changed = within_range(loaded)
        if changed:  # refused by every form and the import: written some other way
            log.warning(
                "user %s: days outside 1900-2999 planned at the range's ends: %s",
                owner_id,
                ", ".join(changed),
            )
    return Loaded(records, seen)


def in_chunks(ids: list[int], size: int = 5000) -> Iterator[list[int]]:
    """Ids in lists short enough for one query's parameters on every database."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _grouped(pairs: Iterable[tuple[int, T]]) -> dict[int, list[T]]:
    groups: dict[int, list[T]] = defaultdict(list)
    for owner_id, item in pairs:
        groups[owner_id].append(item)
    return groups


def _applications(
    zones: dict[int, tzinfo], seen: dict[int, datetime]
) -> dict[int, list[r.ApplicationRec]]:
    groups: dict[int, list[r.ApplicationRec]] = defaultdict(list)
    rows = Application.objects.filter(owner__in=list(zones)).values_list(
        "owner_id", "pk", "employer__name", "role", "status", "applied_on", "status_changed_on",
        "created_at",
    )  # fmt: skip
    for owner_id, pk, employer, role, status, applied_on, changed_on, created_at in rows:
        groups[owner_id].append(
            r.ApplicationRec(
                id=pk,
                employer=employer,
                role=role,
                status=status,
                applied_on=applied_on,
                status_changed_on=changed_on,
                recorded_on=created_at.astimezone(zones[owner_id]).date(),
            )
        )
        _latest(seen, owner_id, created_at)
    return groups


def _people(ids: list[int]) -> dict[int, list[r.PersonRec]]:
    rows = Person.objects.filter(owner__in=ids).values_list(
        "owner_id", "pk", "name", "employer__name", "title", "email", "linkedin_url",
        "keep_in_touch_days", "notes",
    )  # fmt: skip
    return _grouped(
        (
            owner_id,
            r.PersonRec(
                id=pk,
                name=name,
                employer=employer or "",
                title=title,
                email=email,
                linkedin_url=linkedin_url,
                keep_in_touch_days=keep or None,
                notes=notes,
            ),
        )
        for owner_id, pk, name, employer, title, email, linkedin_url, keep, notes in rows
    )


def _marks(ids: list[int]) -> dict[int, list[r.ActionMark]]:
    rows = Mark.objects.filter(owner__in=ids).values_list(
        "owner_id", "key", "snoozed_until", "dismissed", "kept"
    )
    return _grouped(
        (owner_id, r.ActionMark(key=key, snoozed_until=until, dismissed=dismissed, kept=kept))
        for owner_id, key, until, dismissed, kept in rows
    )


def _interviews(
    owner_of: dict[int, int], seen: dict[int, datetime]
) -> dict[int, list[r.InterviewRec]]:
    """The interviews of the applications in `owner_of` (application id → owner id). Each
    query looks rows up by an indexed key (application, then interview): no join on the owner,
    which PostgreSQL answers by scanning whole tables."""
    fields = (
        "pk", "application_id", "starts_at", "duration_minutes", "timeline_phrase",
        "decision_on", "follow_up_on", "created_at", "time_known",
    )  # fmt: skip
    rows = [
        row
        for chunk in in_chunks(list(owner_of))
        for row in Interview.objects.filter(application_id__in=chunk).values_list(*fields)
    ]
    participants: dict[int, list[r.ParticipantRec]] = defaultdict(list)
    for chunk in in_chunks([row[0] for row in rows]):
        for interview_id, person_id, role, notes in Participant.objects.filter(
            interview_id__in=chunk
        ).values_list("interview_id", "person_id", "role", "notes"):
            participants[interview_id].append(r.ParticipantRec(person_id, role, notes))
    groups: dict[int, list[r.InterviewRec]] = defaultdict(list)
    for pk, application_id, starts_at, duration, phrase, decide, follow, at, known in rows:
        owner_id = owner_of[application_id]
        groups[owner_id].append(
            r.InterviewRec(
                id=pk,
                application_id=application_id,
                starts_at=starts_at,
                duration_minutes=duration,
                timeline_phrase=phrase,
                participants=tuple(participants[pk]),
                decision_on=decide,
                follow_up_on=follow,
                time_known=known,
            )
        )
        _latest(seen, owner_id, at)
    return groups


def _interactions(ids: list[int], seen: dict[int, datetime]) -> dict[int, list[r.InteractionRec]]:
    query = Interaction.objects.filter(owner__in=ids).values_list(
        "owner_id",
        "pk",
        "kind",
        "state",
        "occurred_on",
        "interview_id",
        "application_id",
        "summary",
        "updated_at",
    )
    rows = list(query)
    people_of: dict[int, list[int]] = defaultdict(list)
    for chunk in in_chunks([row[1] for row in rows]):
        for interaction_id, person_id in Interaction.people.through.objects.filter(
            interaction_id__in=chunk
        ).values_list("interaction_id", "person_id"):
            people_of[interaction_id].append(person_id)
    groups: dict[int, list[r.InteractionRec]] = defaultdict(list)
    for owner_id, pk, kind, state, occurred_on, interview_id, application_id, summary, at in rows:
        groups[owner_id].append(
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
        _latest(seen, owner_id, at)
    return groups


def load_records(user: User) -> r.Records:
    """One user's records: the same loader as for many, so both give the same values."""
    return load_many([user]).records[user.pk]


def actions_for(
    user: User,
    today: date | None = None,
    now: datetime | None = None,
    horizon_days: int | None = None,
) -> tuple[r.Records, list[r.Action]]:
    """The user's plan: by default what the due list shows (the organisation's days ahead);
    `horizon_days=PLAN_HORIZON_DAYS` for every planned action, as Coming up and the calendar."""
    records = load_records(user)
    policy = Organisation.current().policy()
    moment = now or timezone.now()
    day = today or local_today(user, moment)
    actions = due_actions(
        records,
        day,
        now=moment if today is None else None,
        policy=policy,
        horizon_days=horizon_days,
        lang=interface_lang(),
    )
    return records, actions
