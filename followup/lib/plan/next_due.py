"""The first day on which a job seeker may have something overdue or due today, derived from
the same plan as `due_actions`: what a reminder pass stores so that it plans only the users
who can be due, instead of every user every day.

Time alone changes what is due in four ways, each of which gives a day here:
- a planned action comes due (a follow-up, a check-in, a reply on its day): its `due_on`;
- an interview ends (thank-you notes, LinkedIn, a follow-up chain, check-ins no longer held
  back by it): the local day it starts on;
- a snooze runs out: the mark's `snoozed_until`;
- anything else the horizon hides: at the latest `recheck_days` ahead, when the user is planned
  again anyway.
Any change to the records can move the day earlier: the caller forgets the stored day then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.lib.records import DUE_NOW, Action, Records

RECHECK_DAYS = 30  # a user with nothing planned sooner is planned again after this many days


def next_due_on(
    records: Records,
    actions: Sequence[Action],
    today: date,
    now: datetime,
    recheck_days: int = RECHECK_DAYS,
) -> date:
    """The first day, from `today` on, when something may be due. `actions` is the plan of
    `records` at `now` with a horizon of at least `recheck_days` (`due_actions(…,
    horizon_days=recheck_days)`); `today` when something is due now."""
    days = [today + timedelta(days=recheck_days)]
    days += [today if action.window in DUE_NOW else action.due_on for action in actions]
    zone = ZoneInfo(records.time_zone)
    for interview in records.interviews:
        if interview.starts_at + timedelta(minutes=interview.duration_minutes) > now:
            days.append(interview.starts_at.astimezone(zone).date())
    days += [
        mark.snoozed_until
        for mark in records.marks
        if mark.snoozed_until is not None and mark.snoozed_until > today
    ]
    return max(today, min(days))
