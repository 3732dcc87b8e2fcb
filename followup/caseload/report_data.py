"""Load the reports' facts from the database: ids, dates, kinds and offices, never a name, an
email or a note. Only job seekers' records count."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from followup.accounts.clock import zone_name
from followup.accounts.models import Role, User
from followup.caseload import figures as f
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Application, Interview, Status

# Follow-ups sent in the first month may follow an interview some months before.
LOOK_BACK = timedelta(days=180)


Ranges = Sequence[tuple[int, int]]  # job seekers' ids, each range from first to last + 1
Ids = Sequence[int] | None  # job seekers' ids


def _rows(rows: QuerySet[Any, tuple[Any, ...]], moment: int | None = None) -> list[Any]:
    """The rows of `values_list` read from the cursor, without a call into Django for each
    value: tens of thousands are read. The database driver makes the dates; the moment at index
    `moment` is made aware as Django makes it (the database's zone when stored without one)."""
    try:
        sql, params = rows.query.get_compiler(using=rows.db).as_sql()
    except EmptyResultSet:  # a condition nothing can meet
        return []
    database = connections[rows.db]
    with database.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    if moment is None or not found:
        return found
    zone = database.timezone
    result = []
    for row in found:
        value = row[moment]
        if isinstance(value, str):  # a driver that leaves them as text
            value = parse_datetime(value)
        if value is not None and value.tzinfo is None:
            row = (*row[:moment], value.replace(tzinfo=zone), *row[moment + 1 :])
        result.append(row)
    return result


def _within(path: str, ranges: Ranges | None, ids: Sequence[int] | None = None) -> Q:
    """Rows whose owner id (at `path`) is in one of `ranges`, or among `ids`; every row when
    both are None. Owners' ids are read through the primary key and owner indexes, never by
    scanning every user."""
    found = Q()
    for first, end in ranges or ():
        found |= Q(**{f"{path}__gte": first, f"{path}__lt": end})
    if ids is not None:
        found |= Q(**{f"{path}__in": list(ids)})
    return found


Seekers = dict[int, tuple[int | None, str, str]]  # job seeker id → office id, office, zone name


def job_seekers(ranges: Ranges | None = None, ids: Sequence[int] | None = None) -> Seekers:
    """The job seekers among `ranges` or `ids` (everyone when both are None): each one's office
    and time zone name, the zone checked once per distinct stored name."""
    zone = cache(zone_name)  # a few distinct zones among thousands of job seekers
    return {
        pk: (office_id, office or "", zone(stored))
        for pk, office_id, office, stored in User.objects.filter(
            _within("pk", ranges, ids), role=Role.JOB_SEEKER
        )
        .order_by()
        .values_list("pk", "office_id", "office__name", "time_zone")
    }


def load_facts(
    since: date,
    ranges: Ranges | None = None,
    ids: Sequence[int] | None = None,
    seekers: Seekers | None = None,
) -> f.Facts:
    """The facts since `since` (meetings and messages from `LOOK_BACK` before). With `ranges`
    or `ids`, only the facts of those job seekers (`seekers`, when read already)."""
    if seekers is None:
        seekers = job_seekers(ranges, ids)
    owners = {pk: (office, zone) for pk, (_id, office, zone) in seekers.items()}
    if ids is not None:
        ids = [pk for pk in ids if pk in owners]  # only job seekers' records count
        if not ids:
            return f.Facts()
    start = datetime.combine(since, time(), tzinfo=timezone.get_current_timezone())
    outcomes, activity = _applications(owners, since, ranges, ids)
    return f.Facts(
        meetings=_meetings(owners, start - LOOK_BACK, ranges, ids),
        sent=_sent(owners, since - LOOK_BACK, ranges, ids),
        outcomes=outcomes,
        activity=activity,
    )


def _meetings(
    owners: dict[int, tuple[str, str]], start: datetime, ranges: Ranges | None, ids: Ids
) -> list[f.Meeting]:
    counted = _within("application__owner_id", ranges, ids) & Q(
        application__owner__role=Role.JOB_SEEKER, starts_at__gte=start
    )
    rows = _rows(
        Interview.objects.filter(counted).order_by().values_list(
            "pk", "application__owner_id", "application_id", "starts_at", "duration_minutes",
            "timeline_phrase", "decision_on", "follow_up_on", "participants__person_id",
        ),
        moment=3,
    )  # fmt: skip
    lasting = cache(lambda minutes: timedelta(minutes=minutes))  # a few distinct durations
    return [
        f.Meeting(
            id=pk,
            owner=owner,
            office=owners[owner][0],
            application_id=application_id,
            starts_at=starts_at,
            ends_at=starts_at + lasting(minutes),
            time_zone=owners[owner][1],
            phrase=phrase,
            participants=people,
            decision_on=decide,
            follow_up_on=follow,
        )
        for (pk, owner, application_id, starts_at, minutes, phrase, decide, follow), people in (
            _with_people(rows)
        )
        if owner in owners
    ]


def _sent(
    owners: dict[int, tuple[str, str]], since: date, ranges: Ranges | None, ids: Ids
) -> list[f.Sent]:
    counted = (
        _within("owner_id", ranges, ids)
        & Q(owner__role=Role.JOB_SEEKER, occurred_on__gte=since)
        & ~Q(state=State.DRAFT)
    )
    rows = _rows(
        Interaction.objects.filter(counted).order_by().values_list(
            "pk", "owner_id", "kind", "occurred_on", "sent_at", "interview_id", "application_id",
            "sequence", "people__id",
        ),
        moment=4,
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
            person_ids=people,
            sequence=sequence,
        )
        for (pk, owner, kind, day, sent_at, interview_id, application_id, sequence), people in (
            _with_people(rows)
        )
        if owner in owners
    ]


def _with_people(rows: list[Any]) -> list[tuple[tuple[Any, ...], tuple[int, ...]]]:
    """Rows read with the people of each (an interview's participants, a message's people)
    joined in, last column, one row a person (None: nobody): each row once, with its people
    (one query rather than one for the rows and another for their people)."""
    found: dict[Any, tuple[tuple[Any, ...], list[int]]] = {}
    for *row, person in rows:
        seen = found.get(row[0])
        if seen is None:
            seen = found[row[0]] = (tuple(row), [])
        if person is not None:
            seen[1].append(person)
    return [(row, tuple(people)) for row, people in found.values()]


def _applications(
    owners: dict[int, tuple[str, str]], since: date, ranges: Ranges | None, ids: Ids
) -> tuple[list[f.Outcome], list[f.Activity]]:
    """Outcomes (an offer, not selected) and each job seeker's months with an application
    (once a month: only being active counts, not how often), from one read of the
    applications (a query fewer for each job seeker counted again after a change)."""
    rows = _rows(
        Application.objects.filter(
            _within("owner_id", ranges, ids),
            Q(applied_on__gte=since) | Q(status__in=[Status.OFFER, Status.NOT_SELECTED]),
            owner__role=Role.JOB_SEEKER,
        )
        .order_by()
        .values_list("owner_id", "status", "status_changed_on", "applied_on")
    )
    outcomes = []
    active: set[tuple[int, int, int]] = set()
    for owner, status, changed, applied in rows:
        if owner not in owners:
            continue
        if applied is not None and applied >= since:
            active.add((owner, applied.year, applied.month))
        if status in (Status.OFFER, Status.NOT_SELECTED):
            day = changed or applied
            if day is not None and day >= since:
                outcomes.append(f.Outcome(owner, owners[owner][0], status, day))
    first_day = cache(date)  # a few distinct months among thousands of job seekers
    activity = [
        f.Activity(owner, owners[owner][0], first_day(year, month, 1))
        for owner, year, month in active
    ]
    return outcomes, activity
