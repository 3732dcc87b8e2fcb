"""Records as the planner can use them, whatever the database holds: a day outside 1900–2999
(written before the forms refused it, or by hand) is brought to the nearest end of that range,
so that the day after, a deadline weeks later or the same moment in another time zone always
exist. Each record changed is named, for the caller to log: the forms and the import refuse
such days, so one found here is worth an operator's look."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any, TypeVar

from followup.lib import records as r
from followup.lib.dates import FIRST_DAY, LAST_DAY

T = TypeVar("T")


def within_range(records: r.Records) -> tuple[r.Records, list[str]]:
    """`records` with every day inside FIRST_DAY–LAST_DAY, and what was changed ("interview 7")."""
    if _all_within(records):
        return records, []  # nearly always: the same records, looked at once and quickly
    changed: list[str] = []

    def fixed(items: tuple[T, ...], kind: str, fields: tuple[str, ...]) -> tuple[T, ...]:
        out = []
        for item in items:
            values = {name: _clamped(getattr(item, name)) for name in fields}
            values = {name: v for name, v in values.items() if v is not getattr(item, name)}
            if values:
                changed.append(f"{kind} {getattr(item, 'id', getattr(item, 'key', '?'))}")
                item = replace(item, **values)  # type: ignore[type-var]
            out.append(item)
        return tuple(out)

    result = replace(
        records,
        applications=fixed(
            records.applications, "application", ("applied_on", "status_changed_on")
        ),
        interviews=fixed(
            records.interviews, "interview", ("starts_at", "decision_on", "follow_up_on")
        ),
        interactions=fixed(records.interactions, "interaction", ("occurred_on",)),
        marks=fixed(records.marks, "mark", ("snoozed_until",)),
    )
    return (result, changed) if changed else (records, [])


def _all_within(records: r.Records) -> bool:
    """Whether every day of `records` is already in range: the fields `within_range` clamps,
    read directly (a fifth of the loading time when each is looked up by name)."""
    first, last = FIRST_DAY, LAST_DAY
    for application in records.applications:
        for day in (application.applied_on, application.status_changed_on):
            if day is not None and not first <= day <= last:
                return False
    for interview in records.interviews:
        if not first <= interview.starts_at.date() <= last:
            return False
        for day in (interview.decision_on, interview.follow_up_on):
            if day is not None and not first <= day <= last:
                return False
    for interaction in records.interactions:
        if not first <= interaction.occurred_on <= last:
            return False
    for mark in records.marks:
        if mark.snoozed_until is not None and not first <= mark.snoozed_until <= last:
            return False
    return True


def _clamped(value: Any) -> Any:
    """The same object when it is in range (so callers can tell), else the nearest end."""
    if isinstance(value, datetime):
        if FIRST_DAY <= value.date() <= LAST_DAY:
            return value
        end = LAST_DAY if value.date() > LAST_DAY else FIRST_DAY
        return value.replace(year=end.year, month=end.month, day=end.day)
    if isinstance(value, date):
        if FIRST_DAY <= value <= LAST_DAY:
            return value
        return LAST_DAY if value > LAST_DAY else FIRST_DAY
    return value
