"""Load the reports' facts from the database: ids, dates, kinds and offices, never a name, an
email or a note. Only job seekers' records count."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from django.db.models import F, Model, QuerySet
from django.utils import timezone

from followup.accounts.clock import zone_name
from followup.accounts.models import Role, User
from followup.caseload import figures as f
from followup.due.loading import in_chunks
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Application, Interview, Participant, Status

# Follow-ups sent in the first month may follow an interview some months before.
LOOK_BACK = timedelta(days=180)


def seekers(shards: Collection[int] | None = None, count: int = 1) -> QuerySet[User]:
    """The job seekers counted, or those whose id modulo `count` is one of `shards`."""
    found = User.objects.filter(role=Role.JOB_SEEKER)
    if shards is None:
        return found
    return found.alias(shard=F("pk") % count).filter(shard__in=list(shards))


def load_facts(since: date, shards: Collection[int] | None = None, count: int = 1) -> f.Facts:
    """The facts since `since` (meetings and messages from `LOOK_BACK` before); each owner's
    office and time zone name, the zone checked once per distinct stored name. With `shards`,
    only the facts of the job seekers in those shards (see `seekers`)."""
    zone = cache(zone_name)  # a few distinct zones among thousands of job seekers
    who = seekers(shards, count)
    owners = {
        pk: (office or "", zone(stored))
        for pk, office, stored in who.values_list("pk", "office__name", "time_zone")
    }
    # by role, not thousands of owner ids as query parameters; a subquery for a shard
    mine: Mine = {} if shards is None else {"owner__in": who.values("pk")}
    start = datetime.combine(since, time(), tzinfo=timezone.get_current_timezone())
    return f.Facts(
        meetings=_meetings(owners, start - LOOK_BACK, mine),
        sent=_sent(owners, since - LOOK_BACK, mine),
        outcomes=_outcomes(owners, since, mine),
        activity=[
            f.Activity(owner, owners[owner][0], day)
            for owner, day in Application.objects.filter(
                owner__role=Role.JOB_SEEKER, applied_on__gte=since, **mine
            ).values_list("owner_id", "applied_on")
            if owner in owners and day is not None
        ],
    )


Mine = dict[str, object]  # the owner filter: none, or a subquery of job seekers


def _meetings(owners: dict[int, tuple[str, str]], start: datetime, mine: Mine) -> list[f.Meeting]:
    interviews = Interview.objects.filter(
        application__owner__role=Role.JOB_SEEKER,
        starts_at__gte=start,
        **{f"application__{key}": value for key, value in mine.items()},
    )
    rows = list(
        interviews.order_by().values_list(
            "pk", "application__owner_id", "application_id", "starts_at", "duration_minutes",
            "timeline_phrase", "decision_on", "follow_up_on",
        )
    )  # fmt: skip
    people = _people(Participant, "interview", interviews, [row[0] for row in rows], mine)
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


def _sent(owners: dict[int, tuple[str, str]], since: date, mine: Mine) -> list[f.Sent]:
    messages = Interaction.objects.filter(
        owner__role=Role.JOB_SEEKER, occurred_on__gte=since, **mine
    ).exclude(state=State.DRAFT)
    rows = list(
        messages.order_by().values_list(
            "pk", "owner_id", "kind", "occurred_on", "sent_at", "interview_id", "application_id",
            "sequence",
        )
    )  # fmt: skip
    people = _people(
        Interaction.people.through, "interaction", messages, [row[0] for row in rows], mine
    )
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


def _people(
    model: type[Model], to: str, parents: QuerySet[Any], ids: list[int], mine: Mine
) -> dict[int, list[int]]:
    """The person ids of each parent (interview or message): for everyone by a subquery, for a
    shard by the parents' ids, which SQLite looks up by index where it ran the subquery again."""
    chunks = in_chunks(ids) if mine else [None]
    people: dict[int, list[int]] = defaultdict(list)
    for chunk in chunks:
        parent: dict[str, object] = {f"{to}_id__in": chunk}
        if chunk is None:
            parent = {f"{to}__in": parents.values("pk")}
        for parent_id, person_id in (
            model._default_manager.filter(**parent).order_by().values_list(f"{to}_id", "person_id")
        ):
            people[parent_id].append(person_id)
    return people


def _outcomes(owners: dict[int, tuple[str, str]], since: date, mine: Mine) -> list[f.Outcome]:
    rows = Application.objects.filter(
        owner__role=Role.JOB_SEEKER, status__in=[Status.OFFER, Status.NOT_SELECTED], **mine
    ).values_list("owner_id", "status", "status_changed_on", "applied_on")
    outcomes = []
    for owner, status, changed, applied in rows:
        day = changed or applied
        if owner in owners and day is not None and day >= since:
            outcomes.append(f.Outcome(owner, owners[owner][0], status, day))
    return outcomes
