"""One line per client on the caseload: the next due action, what is overdue, the last activity
and the week's applications, from the pure planner run on each client's records.

"Needs attention" means something is overdue, or nothing was recorded for `QUIET_DAYS` days
(an application, interview or message created or changed; signing in alone does not count).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from followup.due.loading import load_many, local_today
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


def caseload_rows(
    clients: Sequence[Client],
    now: datetime,
    org: Organisation,
    office_names: Mapping[int, str],
) -> list[ClientRow]:
    """A row per client, by name; the records of all of them are loaded at once. The offices'
    names come from `office_names` (by id)."""
    loaded = load_many(clients)
    policy = org.policy()
    days: dict[str, date] = {}
    rows = []
    for client in clients:
        records = loaded.records[client.pk]
        day = days.get(client.time_zone) or days.setdefault(
            client.time_zone, local_today(client, now)
        )  # the same for every client in a time zone (most share one)
        # the caseload shows no reason: the plan without its words costs a third less
        actions = due_actions(records, day, now=now, policy=policy, worded=False)
        last = loaded.last_activity.get(client.pk)
        done, goal = weekly_progress(
            records.applications, day, client.weekly_goal or org.default_weekly_goal
        )
        rows.append(
            ClientRow(
                client=client,
                next_action=actions[0] if actions else None,
                next_person=_person(actions, records),
                overdue=sum(1 for a in actions if a.window == r.OVERDUE),
                overdue_thank_yous=sum(
                    1 for a in actions if a.kind == r.THANK_YOU and a.window == r.OVERDUE
                ),
                follow_ups_due=sum(
                    1 for a in actions if a.kind == r.FOLLOW_UP and a.window in r.DUE_NOW
                ),
                last_activity=last,
                applied_this_week=done,
                weekly_goal=goal,
                quiet=last is None or now - last > timedelta(days=QUIET_DAYS),
                office_name=office_names.get(client.office_id, "")
                if client.office_id is not None
                else "",
            )
        )
    return rows


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
