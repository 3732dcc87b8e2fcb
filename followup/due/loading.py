"""Load users' records as plain values for the planner: one query per kind of record (filtered
by `owner__in`, grouped in Python), so loading costs the same number of queries for one user or
150 (the caseload, the reminder batches)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from functools import cache
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection
from django.db.models import Field, Model
from django.utils import timezone

from followup.accounts.clock import local_today, user_zone
from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Employer, Interview, Participant, Person
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


class Owner(Protocol):
    """Whose records to load: a `User`, or the caseload's plainer client."""

    @property
    def pk(self) -> Any: ...

    time_zone: str


def load_many(users: Sequence[Owner], activity: bool = True) -> Loaded:
    """Every user's records in seven queries, whatever the number of users (a few more when
    their records are many thousands). Without `activity`, when each user last recorded
    something is not read (`Loaded.last_activity` is empty): the planner does not need it."""
    ids = [user.pk for user in users]
    zones = {user.pk: user_zone(user) for user in users}
    seen: dict[int, datetime] = {}
    applications = _applications(_owned(Application, ids, *APPLICATION_FIELDS), zones, seen)
    people = _grouped((row[0], _person(*row[1:])) for row in _owned(Person, ids, *PERSON_FIELDS))
    marks = _grouped((row[0], r.ActionMark(*row[1:])) for row in _owned(Mark, ids, *MARK_FIELDS))
    owner_of = {a.id: owner_id for owner_id, apps in applications.items() for a in apps}
    interviews = _interviews(owner_of, seen if activity else None)
    interactions = _interactions(ids, seen if activity else None)
    records = {
        user.pk: r.Records(
            applications=tuple(applications.get(user.pk, ())),
            interviews=tuple(interviews.get(user.pk, ())),
            people=tuple(people.get(user.pk, ())),
            interactions=tuple(interactions.get(user.pk, ())),
            marks=tuple(marks.get(user.pk, ())),
            time_zone=zones[user.pk].key,  # zone_name(user), without looking it up again
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
    for key, item in pairs:
        groups[key].append(item)
    return groups


def _owned(model: type[Model], owner_ids: list[int], *fields: str) -> list[tuple[Any, ...]]:
    """The rows of a kind of record that these users own, owner id first, then `fields` (see
    `_children`): one query through the index on the owner, whatever the number of users."""
    return _children(model, "owner_id", owner_ids, *fields)


def _children(model: type[Model], key: str, parent_ids: list[int], *fields: str) -> list[Any]:
    """The rows of `model` whose `key` is one of `parent_ids`, `key` first, then `fields` (a
    field's name, or `EMPLOYER_NAME`: the name of the row's employer), in the order they were
    entered (by id: the first interviewer entered is the one a follow-up goes to, and loading
    one user or many gives the same records). Each query looks rows up by an indexed key: no
    join on the owner, which PostgreSQL answers by scanning whole tables.

    The SQL is written once per kind of row and read through the database's own cursor: the
    ORM's work for each row (its converters) and each query cost as much as the rest of the
    loading. The values are those the ORM gives: on SQLite, where the driver reads days and
    moments as written, the moments are made aware in the database's zone, as the ORM makes
    them."""
    sql, moments = _select(connection.vendor, model, key, fields)
    postgres = connection.vendor == "postgresql"
    zone = connection.timezone if moments and settings.USE_TZ else None
    rows: list[Any] = []
    with connection.cursor() as cursor:
        if moments and postgres:
            _moments_read_in_c(cursor)
        for chunk in in_chunks(parent_ids):
            # The ids written into the SQL as numbers (int() makes them so): parameters cost
            # ~25 µs an id to prepare, a third of the loading time for thousands of them.
            numbers = ", ".join(str(int(pk)) for pk in chunk)
            cursor.execute(sql.replace(_IDS, numbers))
            fetched = cursor.fetchall()
            if not moments or (zone is None and not postgres):
                rows += fetched
            else:
                rows += (_aware(row, moments, zone, postgres) for row in fetched)
    return rows


def _moments_read_in_c(cursor: Any) -> None:
    """Have PostgreSQL's moments read by psycopg's own loader, written in C, instead of the
    one Django registers, which reads each in Python through a regular expression (a tenth
    of the loading time). Django's then only puts its zone on the moment: `_aware` does."""
    import psycopg
    from psycopg import postgres, pq

    oid = postgres.types["timestamptz"].oid
    cursor.cursor.adapters.register_loader(oid, psycopg.adapters.get_loader(oid, pq.Format.TEXT))


def rows_by(model: type[Model], key: str, ids: Sequence[int], *fields: str) -> list[Any]:
    """The rows of `model` whose `key` (a column, or "pk") is one of `ids`, `key` first, then
    `fields`, by id: `_children` for other pages that read a few columns of many rows."""
    return _children(model, key, list(ids), *fields)


EMPLOYER_NAME = "employer_name"  # a column of `_children`: the name of the row's employer
_IDS = "{ids}"  # where `_select`'s SQL takes the parents' ids


@cache
def _select(
    vendor: str, model: type[Model], key: str, fields: tuple[str, ...]
) -> tuple[str, tuple[int, ...]]:
    """`_children`'s SQL, and the positions of its moments (`_aware` gives them the zone
    Django gives them)."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)

    def field(of: type[Model], name: str) -> Field[Any, Any]:
        found = of._meta.pk if name == "pk" else of._meta.get_field(name)
        assert isinstance(found, Field)  # a column of the table, not a relation's other end
        return found

    def column(of: type[Model], name: str) -> str:
        return quote(str(field(of, name).column))

    columns, moments = [], []
    for position, name in enumerate((key, *fields)):
        if name == EMPLOYER_NAME:
            # looked up by primary key, row by row, not joined: a join makes PostgreSQL read
            # every agency's employers to load a few users' records
            columns.append(
                f"(SELECT e.{column(Employer, 'name')} FROM {quote(Employer._meta.db_table)} e "
                f"WHERE e.{column(Employer, 'pk')} = {table}.{column(model, 'employer')})"
            )
            continue
        columns.append(f"{table}.{column(model, name)}")
        if field(model, name).get_internal_type() == "DateTimeField":
            moments.append(position)
    sql = (
        f"SELECT {', '.join(columns)} FROM {table} WHERE {table}.{column(model, key)} "
        f"IN ({_IDS}) ORDER BY {table}.{column(model, 'pk')}"
    )
    return sql, tuple(moments)


def _aware(
    row: tuple[Any, ...], moments: tuple[int, ...], zone: tzinfo | None, postgres: bool
) -> tuple[Any, ...]:
    """The row with its moments in Django's zone (None without USE_TZ), as the ORM gives them:
    on PostgreSQL the same moment with that zone, as Django's loader does; on SQLite, where the
    driver reads them as written, unaware ones made aware in it."""
    values = list(row)
    for position in moments:
        value = values[position]
        if value is not None and (postgres or value.tzinfo is None):
            values[position] = value.replace(tzinfo=zone)
    return tuple(values)


APPLICATION_FIELDS = (
    "pk", EMPLOYER_NAME, "role", "status", "applied_on", "status_changed_on", "created_at",
)  # fmt: skip
PERSON_FIELDS = (
    "pk", "name", EMPLOYER_NAME, "title", "email", "linkedin_url", "keep_in_touch_days", "notes",
)  # fmt: skip
MARK_FIELDS = ("key", "snoozed_until", "dismissed", "kept")


def _applications(
    rows: list[tuple[Any, ...]],
    zones: dict[int, ZoneInfo],
    seen: dict[int, datetime],
) -> dict[int, list[r.ApplicationRec]]:
    groups: dict[int, list[r.ApplicationRec]] = defaultdict(list)
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


def _person(
    pk: int,
    name: str,
    employer: str | None,
    title: str,
    email: str,
    linkedin_url: str,
    keep: int | None,
    notes: str,
) -> r.PersonRec:
    return r.PersonRec(
        id=pk,
        name=name,
        employer=employer or "",
        title=title,
        email=email,
        linkedin_url=linkedin_url,
        keep_in_touch_days=keep or None,
        notes=notes,
    )


def _interviews(
    owner_of: dict[int, int], seen: dict[int, datetime] | None
) -> dict[int, list[r.InterviewRec]]:
    """The interviews of the applications in `owner_of` (application id → owner id), found by
    application, then their participants by interview; when each was recorded goes to `seen`
    (when given)."""
    fields: tuple[str, ...] = (
        "pk", "starts_at", "duration_minutes", "timeline_phrase", "decision_on", "follow_up_on",
        "time_known",
    )  # fmt: skip
    if seen is not None:
        fields += ("created_at",)
    rows = _children(Interview, "application_id", list(owner_of), *fields)
    participants = _grouped(
        (interview_id, r.ParticipantRec(person_id, role, notes))
        for interview_id, person_id, role, notes in _children(
            Participant, "interview_id", [row[1] for row in rows], "person_id", "role", "notes"
        )
    )
    groups: dict[int, list[r.InterviewRec]] = defaultdict(list)
    for application_id, pk, starts_at, duration, phrase, decide, follow, known, *at in rows:
        owner_id = owner_of[application_id]
        groups[owner_id].append(
            r.InterviewRec(
                id=pk,
                application_id=application_id,
                starts_at=starts_at,
                duration_minutes=duration,
                timeline_phrase=phrase,
                participants=tuple(participants.get(pk, ())),
                decision_on=decide,
                follow_up_on=follow,
                time_known=known,
            )
        )
        if seen is not None:
            _latest(seen, owner_id, at[0])
    return groups


def _interactions(
    ids: list[int], seen: dict[int, datetime] | None
) -> dict[int, list[r.InteractionRec]]:
    fields = ("pk", "kind", "state", "occurred_on", "interview_id", "application_id", "summary")
    rows = _owned(Interaction, ids, *fields, *(("updated_at",) if seen is not None else ()))
    people_of = _grouped(
        _children(
            Interaction.people.through, "interaction_id", [row[1] for row in rows], "person_id"
        )
    )
    groups: dict[int, list[r.InteractionRec]] = defaultdict(list)
    for owner_id, pk, kind, state, occurred_on, interview_id, application_id, summary, *at in rows:
        groups[owner_id].append(
            r.InteractionRec(
                id=pk,
                kind=kind,
                state=state,
                occurred_on=occurred_on,
                person_ids=tuple(people_of.get(pk, ())),
                interview_id=interview_id,
                application_id=application_id,
                summary=summary,
            )
        )
        if seen is not None:
            _latest(seen, owner_id, at[0])
    return groups


def load_records(user: User) -> r.Records:
    """One user's records: the same loader as for many, so both give the same values (when
    the user last recorded something is not read: no page planning one user shows it)."""
    return load_many([user], activity=False).records[user.pk]


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
