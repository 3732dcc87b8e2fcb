"""Claiming a row to send, with a lease and a fencing token, and retrying it with backoff: the
one helper behind the outbox (`followup.notes.outbox`) and the daily digests
(`followup.reminders.digests`).

A row to send has a state, `attempts`, `next_attempt_at`, `claimed_until` and `last_error`:
- a worker claims it with a compare-and-swap UPDATE (waiting and its retry time has come, or
  "sending" with a lease that has run out) that proceeds only when exactly one row changed; the
  claim adds one to `attempts`, and that number is the claim's fencing token;
- a worker killed after claiming leaves the row "sending" until the lease runs out, then any
  worker takes it over (with the next token);
- the worker records a failure (or any outcome but "sent") only while its token is still the
  row's and the row is still "sending", so a worker whose lease ran out mid-send cannot
  overwrite the outcome of the one that took over, nor make it send again; a send that
  succeeded is recorded whatever happened to the claim meanwhile (the message did go out: a
  row marked sent is never tried again);
- a failure records the error and the next try after a backoff, or gives up after the last
  attempt when the kind of row has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from django.db import connections, router
from django.db.models import F, Field, Model, Q, QuerySet
from django.utils import timezone

M = TypeVar("M", bound=Model)


def backoff(attempts: int, schedule: Sequence[timedelta]) -> timedelta:
    """The wait after the `attempts`-th failed attempt: the schedule's entry for it, its last
    one after that."""
    return schedule[min(max(attempts, 1), len(schedule)) - 1]


def doubling(first: timedelta, longest: timedelta) -> tuple[timedelta, ...]:
    """first, 2×first, 4×first… up to `longest` (a schedule for `backoff`)."""
    steps = [first]
    while steps[-1] * 2 < longest:
        steps.append(steps[-1] * 2)
    return (*steps, longest)


def concrete_field(model: type[Model], name: str) -> Field[Any, Any]:
    """The model's field with a column of its own (for SQL written by hand)."""
    found = model._meta.get_field(name)
    assert isinstance(found, Field) and found.column is not None
    return found


@dataclass(frozen=True)
class Claim:
    """A worker's hold on one row: the row and the attempt number its claim set (the token)."""

    pk: int
    token: int


@dataclass(frozen=True)
class Leases(Generic[M]):
    """How rows of `model` are claimed, held and retried."""

    model: type[M]
    lease: timedelta  # far longer than one SMTP exchange
    schedule: tuple[timedelta, ...]  # waits after the 1st, 2nd… failed attempt (`backoff`)
    waiting: tuple[str, ...]  # states taken again once `next_attempt_at` has come
    sending: str
    sent: str
    retry_state: str  # after a failure that will be retried
    last_attempt: int | None = None  # give up after this many attempts…
    gave_up_state: str = ""  # …in this state

    def claimable(self, now: datetime) -> Q:
        return Q(state__in=self.waiting, next_attempt_at__lte=now) | Q(
            state=self.sending, claimed_until__lt=now
        )

    def unheld(self, now: datetime) -> Q:
        """Not sent, and no worker holds a live claim on it."""
        return Q(state__in=self.waiting) | Q(state=self.sending, claimed_until__lt=now)

    def claimed_fields(self, now: datetime) -> dict[str, Any]:
        """The fields of a row made already claimed by its maker (its token is 1)."""
        return {"state": self.sending, "claimed_until": now + self.lease, "attempts": 1}

    def claim(self, pk: int, now: datetime | None = None) -> Claim | None:
        """Compare-and-swap: the claim, when this worker's UPDATE changed the row; else None."""
        now = now or timezone.now()
        rows = self.model._default_manager.filter(pk=pk)
        changed = rows.filter(self.claimable(now)).update(
            state=self.sending, claimed_until=now + self.lease, attempts=F("attempts") + 1
        )
        if changed != 1:
            return None
        # Read back the number this claim set: it is this worker's until the lease runs out.
        token = rows.values_list("attempts", flat=True).get()
        return Claim(pk, token)

    def held(self, claim: Claim) -> QuerySet[M]:
        """The row, while this claim still holds it (the fence for recording an outcome)."""
        return self.model._default_manager.filter(
            pk=claim.pk, state=self.sending, attempts=claim.token
        )

    def done(self, claim: Claim, state: str, **fields: Any) -> bool:
        """Record an outcome other than sent (cancelled…): False when the claim was lost
        meanwhile, and then nothing is written."""
        return self.held(claim).update(state=state, claimed_until=None, **fields) == 1

    def mark_sent(self, claim: Claim, **fields: Any) -> bool:
        """Record that the message went out: False when the row was already marked sent (by a
        worker that took it over after this claim's lease ran out)."""
        if self.done(claim, self.sent, **fields):
            return True
        rows = self.model._default_manager.filter(pk=claim.pk).exclude(state=self.sent)
        return rows.update(state=self.sent, claimed_until=None, **fields) == 1

    def mark_all_sent(
        self, sent: Sequence[tuple[Claim, dict[str, Any]]], **fields: Any
    ) -> list[Claim]:
        """`mark_sent` for several messages that went out, in one statement when every claim
        still holds (`fields` for all of them, and each one's own); the claims whose row was
        already marked sent by a worker that took it over."""
        held = self._mark_held_sent(sent, fields)
        return [
            claim
            for claim, own in sent
            if claim.pk not in held and not self.mark_sent(claim, **fields, **own)
        ]

    def _mark_held_sent(
        self, sent: Sequence[tuple[Claim, dict[str, Any]]], fields: dict[str, Any]
    ) -> set[int]:
        """`done(claim, sent)` for each claim, in one UPDATE … RETURNING written here (the ORM
        would spend more than the database on a statement built per claim); the rows it
        changed. Without RETURNING (SQLite before 3.35), nothing is changed here."""
        db = router.db_for_write(self.model)
        connection = connections[db]
        if not sent or not connection.features.can_return_columns_from_insert:
            return set()
        meta, quote = self.model._meta, connection.ops.quote_name

        def column(name: str) -> str:
            return quote(concrete_field(self.model, name).column)

        def value(name: str, given: Any) -> Any:
            return concrete_field(self.model, name).get_db_prep_save(given, connection)

        pk = quote(meta.pk.column)
        assigned = [f"{column('state')} = %s", f"{column('claimed_until')} = NULL"]
        params: list[Any] = [self.sent]
        for name, given in fields.items():
            assigned.append(f"{column(name)} = %s")
            params.append(value(name, given))
        for name in sent[0][1]:  # each claim's own values, chosen by its row
            cases = " ".join(["WHEN %s THEN %s"] * len(sent))
            assigned.append(f"{column(name)} = CASE {pk} {cases} END")
            for claim, own in sent:
                params += [claim.pk, value(name, own[name])]
        fences = " OR ".join([f"({pk} = %s AND {column('attempts')} = %s)"] * len(sent))
        params += [self.sending, *(n for claim, _ in sent for n in (claim.pk, claim.token))]
        sql = (
            f"UPDATE {quote(meta.db_table)} SET {', '.join(assigned)} "
            f"WHERE {column('state')} = %s AND ({fences}) RETURNING {pk}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {row[0] for row in cursor.fetchall()}

    def failed(self, claim: Claim, error: str, now: datetime | None = None) -> bool:
        """Record a failed attempt (`error` as shown to whoever looks): retried after the
        backoff, or given up after the last attempt."""
        now = now or timezone.now()
        final = self.last_attempt is not None and claim.token >= self.last_attempt
        return self.done(
            claim,
            self.gave_up_state if final else self.retry_state,
            next_attempt_at=now + backoff(claim.token, self.schedule),
            last_error=error,
        )

    def release(self, claims: Sequence[Claim]) -> int:
        """Claimed but never tried (the server went down first): waiting again at once, this
        claim's attempt not counted."""
        if not claims:
            return 0
        mine = Q()
        for claim in claims:
            mine |= Q(pk=claim.pk, attempts=claim.token)
        return self.model._default_manager.filter(mine, state=self.sending).update(
            state=self.waiting[0], claimed_until=None, attempts=F("attempts") - 1
        )
