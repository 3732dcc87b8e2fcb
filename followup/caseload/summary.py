"""One line per client on the caseload: the next due action, what is overdue, the last activity
and the week's applications, from the pure planner run on each client's records.

"Needs attention" means something is overdue, or nothing was recorded for `QUIET_DAYS` days
(an application, interview or message created or changed; signing in alone does not count).

Each client's plan is kept (`_Kept`, in this process) under the version of their records that
was read before loading them (`NextDue.version`, moved in the writer's transaction by every
change to the client's records, their time zone or the organisation's settings), and only for
their local day and until the first moment the plan could change with no record changing (an
interview ends, a thank-you note's hours or LinkedIn's run out: `_until`). A counsellor who
comes back to the page plans only the clients whose records changed since. Nothing kept comes
from an employer's name (renaming an employer moves no version): the card does not show it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models.signals import post_delete

from followup.accounts.clock import user_zone
from followup.accounts.models import User
from followup.due.loading import load_many
from followup.lib import records as r
from followup.lib.plan import due_actions, weekly_progress
from followup.organisation.models import Organisation

QUIET_DAYS = 14
SORTS = ("attention", "name", "office", "activity")


@dataclass(slots=True)
class Client:
    """What the caseload reads of a client: read as plain values, not as a `User` (150 model
    objects cost twice the query that reads them)."""

    pk: int
    name: str
    time_zone: str
    weekly_goal: int | None
    office_id: int | None
    # The version of the client's records read before loading them (None: not read, so the
    # plan is not kept), and what tells this account from another given the same id (SQLite
    # gives a deleted account's id again): when it was made, and a digest of its password's
    # hash (salted at random, so two accounts made at one moment differ).
    version: int | None = None
    joined: datetime | None = None
    stamp: int = 0


@dataclass(frozen=True)
class ClientRow:
    client: Client
    next_action: r.Action | None
    next_person: str  # the next action's person, or ""
    overdue: int  # every overdue item, thank-you notes included
    overdue_thank_yous: int
    follow_ups_due: int  # due today or overdue
    last_activity: datetime | None
    applied_this_week: int
    weekly_goal: int
    quiet: bool
    office_name: str = ""  # the client's office, or ""

    @property
    def needs_attention(self) -> bool:
        return self.overdue > 0 or self.quiet

    @property
    def goal_met(self) -> bool:
        return self.applied_this_week >= self.weekly_goal


@dataclass(frozen=True, slots=True)
class _Planned:
    """What a client's row takes from their records and plan, for one day and a span of time."""

    next_action: r.Action | None
    next_person: str
    overdue: int
    overdue_thank_yous: int
    follow_ups_due: int
    last_activity: datetime | None
    applied_this_week: int


def caseload_rows(
    clients: Sequence[Client],
    now: datetime,
    org: Organisation,
    office_names: Mapping[int, str],
) -> list[ClientRow]:
    """A row per client, in the order given; the records of all the clients whose plan is not
    kept are loaded at once. The offices' names come from `office_names` (by id)."""
    policy = org.policy()
    days: dict[str, tuple[ZoneInfo, date]] = {}
    planned: dict[int, _Planned] = {}
    missing: list[tuple[Client, ZoneInfo, date]] = []
    for client in clients:
        zone, day = days.get(client.time_zone) or days.setdefault(
            client.time_zone, _zone_and_day(client.time_zone, now)
        )  # the same for every client in a time zone (most share one)
        found = KEPT.get(client, zone, day, now, policy)
        if found is None:
            missing.append((client, zone, day))
        else:
            planned[client.pk] = found
    loaded = load_many([client for client, _zone, _day in missing]) if missing else None
    for client, zone, day in missing:
        assert loaded is not None
        records = loaded.records[client.pk]
        # the caseload shows no reason: the plan without its words costs a third less
        actions = due_actions(records, day, now=now, policy=policy, worded=False)
        done, _goal = weekly_progress(records.applications, day, 0)
        planned[client.pk] = found = _Planned(
            # without its link (LinkedIn's people search names the employer, whose renaming
            # moves no version), which the card does not show
            next_action=replace(actions[0], extra={}) if actions else None,
            next_person=_person(actions, records),
            overdue=sum(1 for a in actions if a.window == r.OVERDUE),
            overdue_thank_yous=sum(
                1 for a in actions if a.kind == r.THANK_YOU and a.window == r.OVERDUE
            ),
            follow_ups_due=sum(
                1 for a in actions if a.kind == r.FOLLOW_UP and a.window in r.DUE_NOW
            ),
            last_activity=loaded.last_activity.get(client.pk),
            applied_this_week=done,
        )
        KEPT.put(client, zone, day, now, policy, found, _until(records, zone, day, now, policy))
    rows = []
    for client in clients:
        found = planned[client.pk]
        last = found.last_activity
        rows.append(
            ClientRow(
                client=client,
                next_action=found.next_action,
                next_person=found.next_person,
                overdue=found.overdue,
                overdue_thank_yous=found.overdue_thank_yous,
                follow_ups_due=found.follow_ups_due,
                last_activity=last,
                applied_this_week=found.applied_this_week,
                weekly_goal=client.weekly_goal or org.default_weekly_goal,
                quiet=last is None or now - last > timedelta(days=QUIET_DAYS),
                office_name=office_names.get(client.office_id, "")
                if client.office_id is not None
                else "",
            )
        )
    return rows


def _zone_and_day(time_zone: str, now: datetime) -> tuple[ZoneInfo, date]:
    zone = user_zone(time_zone)
    return zone, now.astimezone(zone).date()


def _until(
    records: r.Records, zone: ZoneInfo, day: date, now: datetime, policy: r.Policy
) -> datetime:
    """The first moment after `now` when the plan may change with no record changing: the end
    of the local day, or one of the moments the planner compares the time with (an interview's
    start and end, and the end of the thank-you note's and LinkedIn's hours after it; when
    only the interview's day is known, that day's start: its other moments are midnights)."""
    moments = [datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)]
    for interview in records.interviews:
        start = interview.starts_at
        if start.utcoffset() is None:
            start = start.replace(tzinfo=zone)  # as the planner reads it
        start = start.astimezone(zone)
        if not interview.time_known:
            start = datetime.combine(start.date(), time(0), tzinfo=zone)
            moments.append(start)
            continue
        end = start + timedelta(minutes=max(interview.duration_minutes, 0))
        moments += [
            start,
            end,
            end + timedelta(hours=policy.thank_you_hours),
            end + timedelta(hours=policy.linkedin_hours),
        ]
    return min(moment for moment in moments if moment > now)


@dataclass(frozen=True, slots=True)
class _Entry:
    made_from: tuple[object, ...]  # the account, its records' version, zone and settings
    day: date
    planned_at: datetime
    until: datetime
    planned: _Planned


class _Kept:
    """The latest plan of each client, in this process, for the most recently seen `size`
    clients. A plan is read only for the account, version of the records, time zone and
    organisation's settings it was made from: another process's change or this one's gives
    another version, so a plan kept is never read for records other than those it was made
    from."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self.entries: OrderedDict[int, _Entry] = OrderedDict()
        self.lock = threading.Lock()

    @staticmethod
    def _made_from(client: Client, zone: ZoneInfo, policy: r.Policy) -> tuple[object, ...] | None:
        if client.version is None or client.joined is None:
            return None
        return (client.joined, client.stamp, client.version, zone.key, policy)

    def get(
        self, client: Client, zone: ZoneInfo, day: date, now: datetime, policy: r.Policy
    ) -> _Planned | None:
        made_from = self._made_from(client, zone, policy)
        if made_from is None:
            return None
        with self.lock:
            entry = self.entries.get(client.pk)
            if entry is not None:
                self.entries.move_to_end(client.pk)
        if (
            entry is None
            or entry.made_from != made_from
            or entry.day != day
            or not entry.planned_at <= now < entry.until
        ):
            return None
        return entry.planned

    def put(
        self,
        client: Client,
        zone: ZoneInfo,
        day: date,
        now: datetime,
        policy: r.Policy,
        planned: _Planned,
        until: datetime,
    ) -> None:
        made_from = self._made_from(client, zone, policy)
        if made_from is None:
            return
        with self.lock:
            self.entries[client.pk] = _Entry(made_from, day, now, until, planned)
            self.entries.move_to_end(client.pk)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def forget(self, client_ids: set[int] | None = None) -> None:
        """Drop the plans of these clients (of everyone, by default)."""
        with self.lock:
            if client_ids is None:
                self.entries.clear()
                return
            for pk in client_ids:
                self.entries.pop(pk, None)


KEPT = _Kept()


def _account_deleted(sender: object, instance: User, **kwargs: object) -> None:
    KEPT.forget({instance.pk})  # SQLite may give the id to the next account


post_delete.connect(_account_deleted, sender=User, dispatch_uid="caseload.summary.account")


def _person(actions: list[r.Action], records: r.Records) -> str:
    wanted = actions[0].person_id if actions else None
    return next((p.name for p in records.people if p.id == wanted), "")


def chosen(
    rows: list[ClientRow], *, office: int | None, attention: bool, sort: str
) -> list[ClientRow]:
    """The rows the counsellor asked for, in the order asked for (names break ties)."""
    shown = [
        row
        for row in rows
        if (office is None or row.client.office_id == office)
        and (not attention or row.needs_attention)
    ]
    by_name = sorted(shown, key=lambda row: row.client.name.casefold())
    if sort == "name":
        return by_name
    if sort == "office":
        return sorted(by_name, key=lambda row: (row.office_name == "", row.office_name))
    if sort == "activity":
        return sorted(
            by_name,
            key=lambda row: row.last_activity.timestamp() if row.last_activity else float("-inf"),
        )
    return sorted(
        by_name,
        key=lambda row: (not row.needs_attention, -row.overdue, -row.follow_ups_due, not row.quiet),
    )
