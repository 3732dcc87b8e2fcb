"""The reports' monthly figures, computed once and kept in Django's cache, never stale, and
computed again only for the job seekers whose records changed.

The figures add up job seeker by job seeker (every fact belongs to one owner), so they are kept
per shard of job seekers (`SPAN` consecutive ids: read through the indexes, never by scanning
every user) and summed on each load. A shard's figures are kept with:

- its version (`ReportShard`), moved in the writer's transaction whenever a counted record of
  one of its job seekers is saved or deleted through the ORM (signals below), or by `changed`,
  which writers that send no signal may call;
- the highest id of each counted table and the latest `sent_at`, read before the facts: rows
  beyond them (a `bulk_create`, the outbox marking a message sent with `update()`) are found on
  the next load, and only their owners' shards are computed again. The ids are read through
  their index; `sent_at` has none, so that one column of one table is scanned (the outbox
  calling `changed` would let it go);
- the moment the figures change with no record changing (an interview starts, a thank-you
  note's hours run out), and at most a day.

A page in a hurry (`budget`) computes the missing shards a few at a time and, when time runs
out, says how far it got (`Progress`) rather than showing figures that leave someone out; the
next load goes on from there. The background worker (`warm`, in `followup.caseload.jobs`) fills
missing and stale shards, and those a day old before they expire, so a reader rarely waits.

A shard's figures cover every office; an office's report is a selection of the sum. A job
seeker belongs to one shard and one office, so the active job seekers of shards and offices add
up: a shard keeps their number, not their ids.
"""

from __future__ import annotations

import gc
import hashlib
import math
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import F, Model
from django.db.models.signals import m2m_changed, post_save, pre_delete

from followup.accounts.models import User
from followup.caseload import figures as f
from followup.caseload.models import ReportShard
from followup.caseload.report_data import load_facts
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Participant
from followup.lib.records import Policy
from followup.organisation.models import Office

SPAN = 512  # job seekers' ids per shard: some 20 shards for 10,000 job seekers
FORMAT = 3  # of what is kept: a new release never reads what an older one kept
LONGEST = timedelta(days=1)  # even an unchanged shard is recomputed once a day
# The user fields the figures read: a sign-in (last_login) must not throw the figures away.
USER_FIELDS = frozenset({"role", "office", "time_zone", "is_active"})
# Beyond this many ranges of shards to compute again, the facts are read once for everyone.
PARTIAL_AT_MOST = 4
# A page in a hurry computes this many shards first, then as many as its budget has room for.
CHUNK = 2
# The worker computes again a shard this close to its day's end (not an interview's moment).
EARLY = timedelta(minutes=10)

Table = tuple[dict[tuple[str, str], f.Figures], list[f.Figures]]
Compute = Callable[[f.Facts, Sequence[str]], dict[tuple[str, str], f.Figures]]

# Counted tables whose new rows (ids beyond those seen) may belong to any job seeker: the
# table, its primary key and how to reach the owner's id from a row of it.
_PEOPLE = Interaction.people.through
_WATCHED: list[tuple[type[Model], str]] = [
    (Application, "owner_id"),
    (Interview, "application__owner_id"),
    (Participant, "interview__application__owner_id"),
    (Interaction, "owner_id"),
    (_PEOPLE, "interaction__owner_id"),
    (User, "pk"),
]


def shard_of(owner_id: int) -> int:
    return owner_id // SPAN


def changed(owner_ids: Iterable[int]) -> None:
    """These job seekers' counted records changed: their shards are computed again."""
    shards = {shard_of(pk) for pk in owner_ids}
    if shards:
        ReportShard.objects.filter(shard__in=shards).update(version=F("version") + 1)


def changed_everyone() -> None:
    ReportShard.objects.update(version=F("version") + 1)


def _versions(shards: int) -> dict[int, int]:
    """The version of shards 0 to `shards` - 1, made for those new."""
    found = dict(ReportShard.objects.filter(shard__lt=shards).values_list("shard", "version"))
    missing = [n for n in range(shards) if n not in found]
    if missing:
        # a random start: a database emptied and filled again never meets its old versions
        ReportShard.objects.bulk_create(
            [ReportShard(shard=n, version=random.getrandbits(48)) for n in missing],
            ignore_conflicts=True,
        )
        found = dict(ReportShard.objects.filter(shard__lt=shards).values_list("shard", "version"))
    return found


Marks = tuple[Any, ...]  # the highest id of each watched table, then the latest sent_at


def _marks() -> Marks:
    """The highest id of each watched table and the latest `sent_at`, in one query (the ids by
    their index)."""
    parts = []
    for model, _owner in _WATCHED:
        table = connection.ops.quote_name(model._meta.db_table)
        pk = connection.ops.quote_name(model._meta.pk.column)
        parts.append(f"(SELECT MAX({pk}) FROM {table})")
    table = connection.ops.quote_name(Interaction._meta.db_table)
    parts.append(f"(SELECT MAX({connection.ops.quote_name('sent_at')}) FROM {table})")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    return tuple(row)


def _touched(kept: dict[int, Marks], now_marks: Marks) -> set[int]:
    """The shards among `kept` (shard → the marks read with its figures) with an owner of a row
    beyond those marks: a new row, or a message sent since."""
    touched: set[int] = set()
    if not kept:
        return touched
    columns: list[tuple[Any, Any]] = [
        (model._default_manager.order_by().values_list("pk", owner), "pk")
        for model, owner in _WATCHED
    ]
    columns.append((Interaction.objects.order_by().values_list("sent_at", "owner_id"), "sent_at"))
    for column, (rows, field) in enumerate(columns):
        seen = [marks[column] for marks in kept.values() if marks[column] is not None]
        if now_marks[column] is None or (len(seen) == len(kept) and now_marks[column] <= min(seen)):
            continue
        if len(seen) == len(kept):  # else: a shard's figures were computed with an empty table
            rows = rows.filter(**{f"{field}__gt": min(seen)})
        for value, owner_id in rows.exclude(**{field: None}):
            shard = shard_of(owner_id) if owner_id is not None else None
            if shard in kept and shard not in touched:
                mark = kept[shard][column]
                if mark is None or value > mark:
                    touched.add(shard)
    return touched


@dataclass(frozen=True)
class _Kept:
    version: int
    marks: Marks
    until: datetime
    daily: bool  # `until` is the day's end, not a moment at which the figures change
    counts: dict[tuple[str, str], tuple[int, ...]]  # Figures.counts(): small to keep and read


@dataclass(frozen=True)
class Progress:
    """The figures are not all computed yet: `done` shards of `total`."""

    done: int
    total: int


@dataclass
class _Shards:
    """What one scope (months, offices, rules) needs: each shard kept and valid, and those
    missing."""

    every: list[str]
    marks: Marks
    versions: dict[int, int]
    prefix: str
    found: dict[int, _Kept]
    missing: list[int]


def _read(months: Sequence[str], now: datetime, rules: Policy, early: timedelta) -> _Shards:
    every = [*Office.objects.values_list("name", flat=True), ""]
    # read before the facts: a change made while they are read moves them again
    marks = _marks()
    shards = shard_of(marks[len(_WATCHED) - 1] or 0) + 1  # up to the highest user id
    versions = _versions(shards)
    scope = repr((FORMAT, tuple(months), tuple(every), rules))
    prefix = "reports:shard:" + hashlib.sha256(scope.encode()).hexdigest()[:32] + ":"
    found: dict[int, _Kept] = {}
    for key, value in cache.get_many([f"{prefix}{n}" for n in range(shards)]).items():
        shard = int(key.rsplit(":", 1)[1])
        if (
            isinstance(value, _Kept)
            and value.version == versions[shard]
            and value.until > now
            and not (value.daily and value.until <= now + early)
        ):
            found[shard] = value
    for shard in _touched({shard: kept.marks for shard, kept in found.items()}, marks):
        del found[shard]
    missing = [n for n in range(shards) if n not in found]
    return _Shards(every, marks, versions, prefix, found, missing)


def _fill(
    kept: _Shards,
    shards: list[int],
    months: Sequence[str],
    now: datetime,
    rules: Policy,
    compute: Compute,
) -> None:
    done = _compute(shards, kept.versions, kept.marks, months, kept.every, now, rules, compute)
    for n, one in done.items():
        seconds = math.ceil((one.until - now).total_seconds())
        if seconds > 0:
            cache.set(f"{kept.prefix}{n}", one, seconds)
    kept.found |= done
    kept.missing = [n for n in kept.missing if n not in done]


def cached_table(
    offices: Sequence[str],
    months: Sequence[str],
    now: datetime,
    rules: Policy,
    compute: Compute,
    budget: float | None = None,
) -> Table | Progress:
    """The figures of `offices` × `months` and their totals: each shard's from the cache when
    nothing it counts has changed, else computed (by `compute(facts, every_office)`). With a
    `budget` (seconds), `CHUNK` shards are computed, then as many as the time left has room
    for, judged by the slowest so far: if some are still missing then, how far it got."""
    kept = _read(months, now, rules, timedelta(0))
    if budget is None:
        if kept.missing:
            _fill(kept, kept.missing, months, now, rules, compute)
    else:
        started = time.perf_counter()
        each = 0.0  # seconds a shard took so far: how many more fit in what is left
        while kept.missing:
            count = CHUNK
            if each:
                count = int((budget - (time.perf_counter() - started)) / each)
                if count < 1:
                    return Progress(len(kept.found), len(kept.found) + len(kept.missing))
            began = time.perf_counter()
            chunk = kept.missing[:count]
            _fill(kept, chunk, months, now, rules, compute)
            each = max(each, (time.perf_counter() - began) / len(chunk))
    table = {(o, m): f.Figures(o, m) for o in offices for m in months}
    for one in kept.found.values():
        for key, cell in table.items():
            cell.add_counts(one.counts[key])
    return table, f.totals(table, months)


def warm(scopes: Iterable[tuple[Sequence[str], Compute]], now: datetime, rules: Policy) -> int:
    """Compute the missing and stale shards of each scope (its months and how to compute
    them), and those whose day ends within `EARLY`; the number computed."""
    computed = 0
    for months, compute in scopes:
        kept = _read(months, now, rules, EARLY)
        computed += len(kept.missing)
        if kept.missing:
            _fill(kept, kept.missing, months, now, rules, compute)
    return computed


def _compute(
    shards: list[int],
    versions: dict[int, int],
    marks: Marks,
    months: Sequence[str],
    every: list[str],
    now: datetime,
    rules: Policy,
    compute: Compute,
) -> dict[int, _Kept]:
    since = date.fromisoformat(months[0] + "-01")
    # tens of thousands of small facts, none in a cycle: freed as they go out of use, so the
    # collector's passes over every object in the process would only slow the counting
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _count(shards, versions, marks, since, every, now, rules, compute)
    finally:
        if collecting:
            gc.enable()


def _count(
    shards: list[int],
    versions: dict[int, int],
    marks: Marks,
    since: date,
    every: list[str],
    now: datetime,
    rules: Policy,
    compute: Compute,
) -> dict[int, _Kept]:
    ranges: list[tuple[int, int]] | None = _ranges(shards)
    if len(ranges or ()) > PARTIAL_AT_MOST:
        ranges = None  # scattered shards: every job seeker's facts, read at once
    facts = load_facts(since, ranges)
    split: dict[int, dict[str, list[Any]]] = {n: defaultdict(list) for n in shards}
    for name in ("meetings", "sent", "outcomes", "activity"):
        for fact in getattr(facts, name):
            if (shard := shard_of(fact.owner)) in split:
                split[shard][name].append(fact)
    done = {}
    for shard, parts in split.items():
        mine = f.Facts(**parts)
        change = f.next_change(mine, now, rules)
        daily = change is None or change >= now + LONGEST
        until = now + LONGEST if daily or change is None else change
        counts = {key: cell.counts() for key, cell in compute(mine, every).items()}
        done[shard] = _Kept(versions[shard], marks, until, daily, counts)
    return done


def _ranges(shards: Iterable[int]) -> list[tuple[int, int]]:
    """The owners' ids of `shards`, neighbouring shards in one range."""
    ranges: list[tuple[int, int]] = []
    for n in sorted(shards):
        if ranges and ranges[-1][1] == n * SPAN:
            ranges[-1] = (ranges[-1][0], (n + 1) * SPAN)
        else:
            ranges.append((n * SPAN, (n + 1) * SPAN))
    return ranges


def _owners(sender: type[Model], instance: Any) -> list[int] | None:
    """The job seekers whose figures a change to `instance` may move; None: anyone's."""
    if sender is User:
        return [instance.pk]
    if isinstance(instance, Office):
        return None
    owner_id = getattr(instance, "owner_id", None)
    if owner_id is not None:
        return [owner_id]
    if isinstance(instance, Interview):
        return (
            list(
                Application.objects.filter(pk=instance.application_id).values_list(
                    "owner_id", flat=True
                )
            )
            or None
        )
    if isinstance(instance, Participant):
        return (
            list(
                Interview.objects.filter(pk=instance.interview_id).values_list(
                    "application__owner_id", flat=True
                )
            )
            or None
        )
    return None


def _changed(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    fields = kwargs.get("update_fields")
    if sender is User and fields is not None and not USER_FIELDS & set(fields):
        return
    if sender is User and kwargs.get("created"):
        return  # no records yet: a new job seeker counts nowhere
    owners = _owners(sender, instance)
    if owners is None:
        changed_everyone()
    else:
        changed(owners)


def _people_changed(sender: type[Model], instance: Any, action: str, **kwargs: Any) -> None:
    if action.startswith("post_"):
        _changed(sender, instance)


def connect() -> None:
    """Compute a shard's figures again whenever a record of one of its job seekers changes.
    Deletions are seen before the rows go, while the owner can still be looked up."""
    for model in (Application, Interview, Participant, Interaction, User, Office):
        post_save.connect(_changed, sender=model, dispatch_uid=f"reports-{model.__name__}")
        pre_delete.connect(_changed, sender=model, dispatch_uid=f"reports-del-{model.__name__}")
    m2m_changed.connect(_people_changed, sender=_PEOPLE, dispatch_uid="reports-interaction-people")
