"""A reminder pass loads many users' records at once: they must be the very records the Today
page loads for each user alone."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.lib import records as r
from followup.reminders.batch import records_of
from followup.today.loading import load_records
from followup.today.models import Mark
from followup.web.demo import DemoBuilder

pytestmark = pytest.mark.django_db


def same_order(records: r.Records) -> r.Records:
    """People of an interaction come in no set order from the database."""
    return replace(
        records,
        interactions=tuple(
            replace(i, person_ids=tuple(sorted(i.person_ids))) for i in records.interactions
        ),
    )


def test_batch_records_equal_each_users_own(make_user: Any, add_due_interview: Any) -> None:
    start = datetime(2027, 2, 10, 9, 0, tzinfo=ZoneInfo("America/Toronto"))
    with time_machine.travel(start, tick=False):
        DemoBuilder(now=start - timedelta(days=3)).build()
        paris = make_user("paris@example.org", time_zone="Europe/Paris")
        interview = add_due_interview(paris)
        Mark.objects.create(owner=paris, key="thank-you:i1:p1", snoozed_until=start.date())
        both = Interaction.objects.create(
            owner=paris, kind="call", state="done", occurred_on=start.date(), interview=interview
        )
        both.people.set([p.person for p in interview.participants.all()])
        make_user("empty@example.org")
    users = list(User.objects.order_by("pk"))
    batch = records_of(users)
    assert set(batch) == {user.pk for user in users}
    for user in users:
        assert same_order(batch[user.pk]) == same_order(load_records(user)), user.email
    assert sum(len(records.interviews) for records in batch.values()) >= 8
    assert batch[paris.pk].time_zone == "Europe/Paris" and batch[paris.pk].marks
