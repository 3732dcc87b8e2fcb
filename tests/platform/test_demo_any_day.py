"""Whatever day the demo is built, its job seeker has a thank-you, a follow-up and a
keep-in-touch due: weekends, holidays and month ends included."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from followup.accounts.models import User
from followup.demo.builder import DemoBuilder
from followup.due.loading import actions_for
from followup.lib import records as r

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 12, 24, 7, 30, tzinfo=TORONTO),  # Christmas Eve, early morning
        datetime(2026, 12, 26, 23, 50, tzinfo=TORONTO),  # Boxing Day, a Saturday, late
        datetime(2027, 1, 1, 0, 10, tzinfo=TORONTO),  # New Year's Day, just after midnight
        datetime(2027, 2, 15, 12, 0, tzinfo=TORONTO),  # Family Day
        datetime(2027, 3, 14, 3, 30, tzinfo=TORONTO),  # the night clocks spring forward
        datetime(2027, 7, 4, 18, 0, tzinfo=TORONTO),  # a Sunday in summer
    ],
)
def test_the_demo_always_has_all_three_kinds_of_action_due(moment: datetime) -> None:
    with time_machine.travel(moment, tick=False):
        DemoBuilder().build()
        _records, actions = actions_for(User.objects.get(email="zoe@example.org"))
    due = {a.kind for a in actions if a.window in (r.TODAY, r.OVERDUE)}
    assert {r.THANK_YOU, r.FOLLOW_UP, r.KEEP_IN_TOUCH} <= due
