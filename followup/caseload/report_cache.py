"""The reports' monthly figures, computed once and kept in Django's cache, never stale.

A cached table is found under a key made of:

- a version token, replaced whenever a record the figures count is saved or deleted through the
  ORM (signals below; again once the transaction commits, so a table computed from data read
  before the commit cannot outlive it);
- a signature read in one cheap query (row counts, highest ids, latest changes), which also moves
  when records are written without signals (bulk writes, `update()` as the outbox does on send);
- the scope (months, offices), the organisation's rules.

The figures also change as time passes with no record changing (an interview starts, a
thank-you note's hours run out): a table is kept only until the first such moment.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save

from followup.accounts.models import User
from followup.caseload import figures as f
from followup.caseload.report_data import load_facts
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Participant
from followup.lib.records import Policy
from followup.organisation.models import Office

VERSION_KEY = "reports:version"
LONGEST = timedelta(days=1)  # even an unchanged table is recomputed once a day
# The user fields the figures read: a sign-in (last_login) must not throw the figures away.
USER_FIELDS = frozenset({"role", "office", "time_zone", "is_active"})

Table = tuple[dict[tuple[str, str], f.Figures], list[f.Figures]]


def bump() -> None:
    """Forget every cached table: now, and again when the current transaction commits."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid.uuid4().hex, None))


def _version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return str(version)


def _signature() -> str:
    """Counts, highest ids and latest changes of what the figures count, in one query."""
    parts: list[str] = []
    for model, extra in (
        (Application, ()),
        (Interview, ()),
        (Participant, ()),
        (Interaction, ("updated_at", "sent_at")),
        (Interaction.people.through, ()),
        (User, ()),
    ):
        table = connection.ops.quote_name(model._meta.db_table)
        pk = connection.ops.quote_name(model._meta.pk.column)
        columns = ["COUNT(*)", f"MAX({pk})"] + [
            f"MAX({connection.ops.quote_name(column)})" for column in extra
        ]
        parts.extend(f"(SELECT {column} FROM {table})" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    return hashlib.sha256(repr(row).encode()).hexdigest()[:24]


def cached_table(
    offices: Sequence[str],
    months: Sequence[str],
    now: datetime,
    rules: Policy,
    compute: Callable[[f.Facts], Table],
) -> Table:
    """The table for this scope: from the cache when nothing it counts has changed."""
    scope = repr((_version(), _signature(), tuple(offices), tuple(months), rules))
    key = "reports:table:" + hashlib.sha256(scope.encode()).hexdigest()
    found = cache.get(key)
    if found is not None and found[0] > now:
        return found[1]  # type: ignore[no-any-return]
    facts = load_facts(date.fromisoformat(months[0] + "-01"))
    table = compute(facts)
    until = min(f.next_change(facts, now, rules) or now + LONGEST, now + LONGEST)
    seconds = math.ceil((until - now).total_seconds())
    if seconds > 0:
        cache.set(key, (until, table), seconds)
    return table


def _changed(sender: type[Model], **kwargs: Any) -> None:
    if kwargs.get("created"):
        return  # a new row moves the signature (count, highest id): an import writes no more
    fields = kwargs.get("update_fields")
    if sender is User and fields is not None and not USER_FIELDS & set(fields):
        return
    bump()


def connect() -> None:
    """Forget the cached tables whenever a record they count changes."""
    for model in (Application, Interview, Participant, Interaction, User, Office):
        post_save.connect(_changed, sender=model, dispatch_uid=f"reports-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"reports-del-{model.__name__}")
    m2m_changed.connect(
        _changed, sender=Interaction.people.through, dispatch_uid="reports-interaction-people"
    )
