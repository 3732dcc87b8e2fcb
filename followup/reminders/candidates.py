"""Which users a reminder pass plans: those whose stored next due day (`NextDue`, derived from
the plan by `followup.lib.plan.next_due`) is today or past, or not known (their records changed
since they were last planned, or they were never planned). Everyone else cannot have anything
due today, so a pass reads only the users who can be due, through the index on that day,
whatever the number of users and records.

tests/reminders/test_candidates.py checks, day after day, that every user the planner finds
something due for is a candidate.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Q, QuerySet

from followup.accounts.models import User
from followup.due.loading import in_chunks
from followup.reminders.models import NextDue


def candidate_ids(users: QuerySet[User], today: date) -> set[int]:
    """The ids among `users` who may have something due on their local `today`. The stored days
    are read first, alone, so that both databases answer through the index on the day whatever
    their statistics; then those users, by primary key."""
    may_be_due = list(
        NextDue.objects.filter(Q(day__isnull=True) | Q(day__lte=today)).values_list(
            "user_id", flat=True
        )
    )
    found: set[int] = set()
    for chunk in in_chunks([*may_be_due, *never_planned()]):
        found.update(users.filter(pk__in=chunk).order_by().values_list("pk", flat=True))
    return found


def never_planned() -> list[int]:
    """Users without a stored day yet (new accounts; every account before the first pass after
    an upgrade): both primary keys compared alone, before any other condition, which costs
    little even with every user."""
    has_row = NextDue.objects.values("user_id")
    return list(User.objects.exclude(pk__in=has_row).order_by().values_list("pk", flat=True))
