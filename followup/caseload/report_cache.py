"""The reports' figures, stored per job seeker and month (`ReportCount`) and added up per office
and month by the database on each load: never stale, and after a change only the job seekers
whose records changed are counted again.

- A save or delete of a counted record (signals below, in the writer's transaction) marks its
  job seeker to count again (`ReportSeeker`: `version` moves, `due_at` goes to the past);
  writers that send no signal may call `changed`. A load counts those job seekers again before
  it adds up (a few milliseconds each) and stores their figures only if their `version` is
  still the one read before their records, so a change made while it counted is never lost.
- Rows written without a signal (a `bulk_create`) are found on the next load: the rows beyond
  the highest ids seen by the last load (`ReportState.marks`, read by their index in the query
  that reads the state). Their job seekers are counted again. Writers that change rows without
  a signal (the outbox marking a message sent with `update()`) call `changed`.
- Figures that change with no record changing (an interview starts, a thank-you note's hours
  run out): each job seeker's next such moment is their `due_at`, and once it has passed a load
  counts them again.
- Another format of what is stored (`FORMAT`) or other rules (the organisation's settings) count
  everyone again, `SPAN` job seekers' ids at a time: genuinely long work, which a page in a
  hurry (`budget`) does part of before saying how far it got (`Progress`); the background
  worker (`warm`, in `followup.caseload.jobs`) does it ahead of readers.

Months are kept from `HISTORY` months back, enough for any reader's longest report.
"""

from __future__ import annotations

import gc
import hashlib
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import (
    BigIntegerField,
    Case,
    DateTimeField,
    Exists,
    F,
    Max,
    Model,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.signals import m2m_changed, post_save, pre_delete

from followup.accounts.models import User
from followup.caseload import figures as f
from followup.caseload.models import ReportCount, ReportSeeker, ReportState
from followup.caseload.report_data import job_seekers, load_facts
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Participant
from followup.lib.records import Policy
from followup.organisation.models import Office

SPAN = 1024  # job seekers' ids counted together when everyone is counted
FORMAT = 5  # of what is stored: a new release never reads what an older one counted
BATCH = 400  # job seekers counted again together after changes
HISTORY = 14  # months kept: a year's report ending on any reader's day, with a month to spare
PAST = datetime(2000, 1, 1, tzinfo=UTC)  # `due_at` of a job seeker to count again now
# The user fields the figures read: a sign-in (last_login) must not count anyone again.
USER_FIELDS = frozenset({"role", "office", "time_zone"})
INSERT_ROWS = 500  # rows a statement (SQLite takes at most 32,766 values)
ROUNDS = 3  # a job seeker whose records keep changing while counted is tried this many times

Table = tuple[dict[tuple[str, str], f.Figures], list[f.Figures]]
COUNTS = (
    "interviews",
    "thank_you_expected",
    "thank_you_on_time",
    "follow_ups_sent",
    "follow_ups_on_time",
    "offers",
    "not_selected",
    "active",
)  # fmt: skip  (the order of `Figures.counts()`)

# Counted tables whose rows written without a signal (ids beyond those seen) may belong to any
# job seeker: the table and how to reach the owner's id from a row of it.
_PEOPLE = Interaction.people.through
_WATCHED: list[tuple[type[Model], str]] = [
    (Application, "owner_id"),
    (Interview, "application__owner_id"),
    (Participant, "interview__application__owner_id"),
    (Interaction, "owner_id"),
    (_PEOPLE, "interaction__owner_id"),
]


@dataclass(frozen=True)
class Progress:
    """The figures are not all counted yet: `done` groups of job seekers of `total`."""

    done: int
    total: int


def changed(owner_ids: Iterable[int]) -> None:
    """These job seekers' counted records changed: the next load counts them again."""
    ids = sorted(set(owner_ids))
    if len(ids) > BATCH:  # a list of ids a statement no database refuses
        for n in range(0, len(ids), BATCH):
            changed(ids[n : n + BATCH])
        return
    if not ids:
        return
    rows = ReportSeeker.objects.filter(owner_id__in=ids)
    if rows.update(version=F("version") + 1, due_at=PAST) == len(ids):
        return
    have = set(rows.values_list("owner_id", flat=True))
    missing = [pk for pk in ids if pk not in have]
    # made, then moved: a count that made the row meanwhile read a version it will not find
    ReportSeeker.objects.bulk_create(
        [ReportSeeker(owner_id=pk, due_at=PAST) for pk in missing], ignore_conflicts=True
    )
    ReportSeeker.objects.filter(owner_id__in=missing).update(version=F("version") + 1, due_at=PAST)


def changed_everyone() -> None:
    ReportSeeker.objects.update(version=F("version") + 1, due_at=PAST)


def _scope(rules: Policy) -> str:
    return hashlib.sha256(repr((FORMAT, rules)).encode()).hexdigest()[:32]


def _since(now: datetime) -> date:
    """The first day of the first month kept."""
    return date.fromisoformat(f.months_back(now.astimezone(UTC).date(), HISTORY)[0] + "-01")


def _highest(model: type[Model]) -> RawSQL:
    """The highest id of a table, read by its index."""
    table = connection.ops.quote_name(model._meta.db_table)
    pk = connection.ops.quote_name(model._meta.pk.column)
    return RawSQL(f"SELECT MAX({pk}) FROM {table}", (), output_field=BigIntegerField())


def _read(scope: str) -> tuple[ReportState, list[Any], int]:
    """The state of the stored figures, the highest id of each watched table (`marks`) and the
    highest user id: one query, but on first use or with other rules."""
    marks = {f"mark_{n}": _highest(model) for n, (model, _owner) in enumerate(_WATCHED)}
    state = (
        ReportState.objects.filter(pk=1)
        .annotate(**marks, highest_user=_highest(User))
        .order_by()
        .first()
    )
    if state is None:  # first use: nothing counted yet
        found = [
            model._default_manager.order_by().aggregate(highest=Max("pk"))["highest"]
            for model, _owner in _WATCHED
        ]
        highest_user = User.objects.order_by().aggregate(highest=Max("pk"))["highest"]
        return _state(scope, found), found, highest_user or 0
    *found, highest_user = [getattr(state, name) for name in [*marks, "highest_user"]]
    if state.scope != scope:
        state = _state(scope, found)
    return state, found, highest_user or 0


def _state(scope: str, marks: list[Any]) -> ReportState:
    """The state of the stored figures; a full count begins when they were counted with another
    format or other rules."""
    state = ReportState.objects.filter(pk=1).first()
    if state is not None and state.scope == scope:
        return state
    ReportState.objects.bulk_create([ReportState(pk=1, scope="")], ignore_conflicts=True)
    with transaction.atomic():
        state = ReportState.objects.select_for_update().get(pk=1)
        if state.scope != scope:
            state.scope, state.counting_from, state.marks = scope, 0, marks
            state.save()
    return state


def _catch_up(state: ReportState, marks: list[Any]) -> None:
    """Count again the job seekers of rows written without a signal since the marks last seen."""
    seen = state.marks
    if seen == marks or len(seen) != len(marks):
        return
    reads = []
    for (model, owner), now, before in zip(_WATCHED, marks, seen, strict=True):
        if now is None or now == before:
            continue
        rows = model._default_manager.order_by().values_list(owner, flat=True)
        reads.append(rows if before is None else rows.filter(pk__gt=before))
    # the new rows of every table that moved in one query (an interview saved with its people
    # moves several)
    found = reads[0].union(*reads[1:], all=True) if len(reads) > 1 else reads[0] if reads else ()
    owners = {pk for pk in found if pk is not None}
    with transaction.atomic():
        # the marks moved only from those seen (locking the state's row): else another load
        # looked already, from the same marks or later ones
        if ReportState.objects.filter(pk=1, scope=state.scope, marks=seen).update(marks=marks):
            changed(owners)
    state.marks = marks


@contextmanager
def _no_collector() -> Iterator[None]:
    """Tens of thousands of small facts, none in a cycle: freed as they go out of use, so the
    collector's passes over every object in the process would only slow the counting."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _versions(owners: list[int]) -> dict[int, int]:
    """The version of each job seeker's row, made for those who have none; read before their
    records are loaded, it fences what is stored."""
    found = dict(
        ReportSeeker.objects.filter(owner_id__in=owners).values_list("owner_id", "version")
    )
    missing = [pk for pk in owners if pk not in found]
    if missing:
        ReportSeeker.objects.bulk_create(
            [ReportSeeker(owner_id=pk) for pk in missing], ignore_conflicts=True
        )
        found |= dict(
            ReportSeeker.objects.filter(owner_id__in=missing).values_list("owner_id", "version")
        )
    return found


def _count(
    scope: str,
    now: datetime,
    rules: Policy,
    span: tuple[int, int] | None = None,
    due: dict[int, int] | None = None,
    highest_user: int = 0,
) -> int:
    """Count again the job seekers with ids in `span` (a step of a full count), or those `due`
    (id → the version read), and store what they count where nothing changed meanwhile; the
    number of job seekers left to count again (changed meanwhile)."""
    since = _since(now)
    with _no_collector():
        if span is not None:
            # by range, not by a list of ids: cheaper to write, and read through the index
            within = Q(owner_id__gte=span[0], owner_id__lt=span[1])
            seekers = job_seekers(ranges=[span])
            rows = ReportSeeker.objects.filter(within)
            versions = dict(rows.values_list("owner_id", "version"))
            if any(pk not in versions for pk in seekers):
                made = [ReportSeeker(owner_id=pk) for pk in seekers if pk not in versions]
                ReportSeeker.objects.bulk_create(made, ignore_conflicts=True)
                versions = dict(rows.values_list("owner_id", "version"))
            facts = load_facts(since, ranges=[span], seekers=seekers)
        else:
            versions = due or {}
            within = Q(owner_id__in=list(versions))
            seekers = job_seekers(ids=list(versions))
            facts = load_facts(since, ids=list(versions), seekers=seekers)
        counts = f.by_owner(facts, f.month_of(since), now, rules)
        moments = f.next_changes(facts, now, rules)
    offices = {pk: office_id for pk, (office_id, _office, _zone) in seekers.items()}
    with transaction.atomic():
        current = ReportSeeker.objects.select_for_update().filter(within).order_by("owner_id")
        state = None
        if span is not None:
            state = ReportState.objects.select_for_update().filter(pk=1, scope=scope).first()
            if state is None or state.counting_from != span[0]:
                return 0  # other rules meanwhile, or another process counted this step
        else:
            # the rules checked in the statement that locks the job seekers (a round trip
            # fewer): new rules after it count these job seekers again, waiting for the lock
            current = current.filter(Exists(ReportState.objects.filter(pk=1, scope=scope)))
        found = dict(current.values_list("owner_id", "version"))
        if span is None and not found:
            return 0  # other rules meanwhile (or the accounts are gone)
        # changed since their records were read (or new, or gone): left to count again
        stale = {pk for pk, version in found.items() if versions.get(pk) != version}
        stale |= versions.keys() - found.keys()
        _store(
            within & ~Q(owner_id__in=sorted(stale)) if stale else within,
            stale,
            counts,
            offices,
            moments,
        )
        if span is not None and state is not None:
            state.counting_from = span[1] if span[1] <= highest_user else None
            state.save(update_fields=["counting_from"])
    return len(stale)


def _store(
    within: Q,
    stale: set[int],
    counts: dict[tuple[int, str], tuple[int, ...]],
    offices: dict[int, int | None],
    moments: dict[int, datetime],
) -> None:
    """Replace the stored figures of the job seekers `within` (but those `stale`) and set when
    each is next due."""
    ReportCount.objects.filter(within).delete()
    rows = [
        (owner, month, offices.get(owner), *values)
        for (owner, month), values in counts.items()
        if owner not in stale
    ]
    if not rows:
        pass
    elif connection.vendor == "postgresql":
        # a column an array: one short statement whatever the rows (a statement of thousands of
        # values took PostgreSQL a few hundred milliseconds to parse and plan)
        quote = connection.ops.quote_name
        columns = ", ".join(quote(c) for c in ("owner_id", "month", "office_id", *COUNTS))
        arrays = ", ".join(
            ["%s::bigint[]", "%s::varchar[]", "%s::bigint[]", *["%s::integer[]"] * len(COUNTS)]
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {quote(ReportCount._meta.db_table)} ({columns}) "
                f"SELECT * FROM UNNEST({arrays})",
                [list(column) for column in zip(*rows, strict=True)],
            )
    else:
        quote = connection.ops.quote_name
        columns = ", ".join(quote(c) for c in ("owner_id", "month", "office_id", *COUNTS))
        row = "(" + ", ".join(["%s"] * (3 + len(COUNTS))) + ")"
        insert = f"INSERT INTO {quote(ReportCount._meta.db_table)} ({columns}) VALUES "
        # many rows a statement: one round trip each (executemany would send one a row)
        with connection.cursor() as cursor:
            for n in range(0, len(rows), INSERT_ROWS):
                some = rows[n : n + INSERT_ROWS]
                cursor.execute(insert + ", ".join([row] * len(some)), [v for r in some for v in r])
    later = [When(owner_id=pk, then=Value(at)) for pk, at in moments.items() if pk not in stale]
    ReportSeeker.objects.filter(within).update(
        due_at=Case(*later, default=Value(None), output_field=DateTimeField())
    )


class _Clock:
    """A page's budget: the first step always runs, then another only if the time left has
    room for the slowest step so far."""

    def __init__(self, budget: float | None) -> None:
        self.budget = budget
        self.started = time.perf_counter()
        self.slowest = 0.0

    def room(self) -> bool:
        if self.budget is None or not self.slowest:
            return True
        return time.perf_counter() - self.started + self.slowest <= self.budget

    @contextmanager
    def step(self) -> Iterator[None]:
        began = time.perf_counter()
        yield
        self.slowest = max(self.slowest, time.perf_counter() - began)


def bring_up_to_date(now: datetime, rules: Policy, budget: float | None = None) -> Progress | int:
    """Count again whoever needs it: everyone after other rules, then the job seekers whose
    records changed or whose figures changed with time. With a `budget` (seconds), how far it
    got if that was not enough; else the number of job seekers counted."""
    scope = _scope(rules)
    state, marks, highest_user = _read(scope)
    _catch_up(state, marks)
    clock = _Clock(budget)
    counted = 0
    while state.counting_from is not None:
        total = highest_user // SPAN + 1
        if not clock.room():
            return Progress(min(state.counting_from // SPAN, total - 1), total)
        span = (state.counting_from, state.counting_from + SPAN)
        with clock.step():
            _count(scope, now, rules, span=span, highest_user=highest_user)
        counted += 1
        state = _state(scope, marks)  # as stored now: moved by another load, or reset
    for _round in range(ROUNDS):
        due = list(
            ReportSeeker.objects.filter(due_at__lte=now)
            .order_by("owner_id")
            .values_list("owner_id", "version")
        )
        if not due:
            break
        batches = [dict(due[n : n + BATCH]) for n in range(0, len(due), BATCH)]
        left = 0
        for done, batch in enumerate(batches):
            if not clock.room():
                return Progress(done, len(batches))
            with clock.step():
                left += _count(scope, now, rules, due=batch)
            counted += len(batch)
        if not left:
            break  # whatever changed before this load is counted
    return counted


def table(
    offices: Sequence[str],
    months: Sequence[str],
    now: datetime,
    rules: Policy,
    budget: float | None = None,
) -> Table | Progress:
    """The figures of `offices` (names, "" for no office) × `months` and their totals, once
    everyone is counted (with a `budget`, perhaps only how far the counting got)."""
    brought = bring_up_to_date(now, rules, budget)
    if isinstance(brought, Progress):
        return brought
    # the names apart: joined, the database would join every row before adding them up
    names = dict(Office.objects.values_list("pk", "name"))
    found = {(o, m): f.Figures(o, m) for o in offices for m in months}
    sums = (
        ReportCount.objects.filter(month__gte=months[0], month__lte=months[-1])
        .order_by()
        .values_list("office_id", "month")
        .annotate(*(Sum(name) for name in COUNTS))
    )
    for office_id, month, *values in sums:
        cell = found.get((names.get(office_id, ""), month))
        if cell is not None:
            cell.add_counts(tuple(values))
    return found, f.totals(found, months)


def warm(now: datetime, rules: Policy) -> int:
    """Count, ahead of readers, whoever needs it; the number of job seekers (or, when everyone
    was counted, groups of them) counted."""
    counted = bring_up_to_date(now, rules)
    assert not isinstance(counted, Progress)  # without a budget, everyone is counted
    return counted


def _owners(sender: type[Model], instance: Any) -> list[int]:
    """The job seekers whose figures a change to `instance` may move."""
    if sender is User:
        return [instance.pk]
    owner_id = getattr(instance, "owner_id", None)
    if owner_id is not None:
        return [owner_id]
    if isinstance(instance, Interview):
        return list(
            Application.objects.filter(pk=instance.application_id).values_list(
                "owner_id", flat=True
            )
        )
    if isinstance(instance, Participant):
        return list(
            Interview.objects.filter(pk=instance.interview_id).values_list(
                "application__owner_id", flat=True
            )
        )
    return []


def _changed(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    origin = kwargs.get("origin")
    if isinstance(origin, User) or getattr(origin, "model", None) is User:
        return  # the account is going (one or a queryset of them), and its figures with it
    if sender is User:
        fields = kwargs.get("update_fields")
        if kwargs.get("created") or (fields is not None and not USER_FIELDS & set(fields)):
            return  # no records yet, or a change the figures do not read
    changed(_owners(sender, instance))


def _people_changed(sender: type[Model], instance: Any, action: str, **kwargs: Any) -> None:
    if action.startswith("post_"):
        changed([instance.owner_id])  # an interaction or a person: both have an owner


def connect() -> None:
    """Count a job seeker again whenever one of their counted records changes. Deletions are
    seen before the rows go, while the owner can still be looked up."""
    for model in (Application, Interview, Participant, Interaction, User):
        post_save.connect(_changed, sender=model, dispatch_uid=f"reports-{model.__name__}")
        pre_delete.connect(_changed, sender=model, dispatch_uid=f"reports-del-{model.__name__}")
    m2m_changed.connect(_people_changed, sender=_PEOPLE, dispatch_uid="reports-interaction-people")
