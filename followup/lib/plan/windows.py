"""Which window a due item falls in, the user's marks (snooze, dismiss, keep) and the order
in which the plan is shown."""

from __future__ import annotations

from datetime import date

from followup.lib.records import (
    FOLLOW_UP,
    KEEP_IN_TOUCH,
    LINKEDIN,
    OVERDUE,
    REJECTION_REPLY,
    THANK_YOU,
    TODAY,
    UPCOMING,
    Action,
    ActionMark,
)

WINDOW_ORDER = {OVERDUE: 0, TODAY: 1, UPCOMING: 2}
# Within a day, the most time-sensitive kinds first.
KIND_ORDER = {THANK_YOU: 0, FOLLOW_UP: 1, REJECTION_REPLY: 2, LINKEDIN: 3, KEEP_IN_TOUCH: 4}


def window_for(due_on: date, last_day: date, today: date) -> str:
    """UPCOMING before `due_on`, TODAY from `due_on` to `last_day`, OVERDUE after it."""
    if today < due_on:
        return UPCOMING
    if today <= last_day:
        return TODAY
    return OVERDUE


def is_hidden(key: str, marks: dict[str, ActionMark], today: date) -> bool:
    """Dismissed for good, or snoozed until a later day (on that day it comes back)."""
    mark = marks.get(key)
    if mark is None:
        return False
    if mark.dismissed:
        return True
    return mark.snoozed_until is not None and today < mark.snoozed_until


def is_dismissed(key: str, marks: dict[str, ActionMark]) -> bool:
    mark = marks.get(key)
    return mark is not None and mark.dismissed


def is_kept(key: str, marks: dict[str, ActionMark]) -> bool:
    mark = marks.get(key)
    return mark is not None and mark.kept


def within_horizon(action: Action, today: date, horizon_days: int) -> bool:
    return action.window != UPCOMING or (action.due_on - today).days <= horizon_days


def sort_key(action: Action) -> tuple[int, int, date, int, str]:
    """Overdue first (oldest first), then today's (what cannot wait first: a thank-you note
    before a LinkedIn suggestion or a check-in), then what is coming up (soonest first)."""
    kind = KIND_ORDER.get(action.kind, 9)
    return (
        WINDOW_ORDER.get(action.window, 3),
        kind if action.window == TODAY else 0,
        action.due_on,
        kind,
        action.key,
    )
