"""The planner's shortcuts change nothing that is shown: the caseload's plan without words has
the same items as the worded one, and a short horizon shows exactly the long plan's items
that fall within it (the rules skip the others before writing their reasons)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.lib.plan import due_actions
from followup.lib.plan.windows import within_horizon
from followup.lib.records import (
    ADMIN_STAFF,
    CALL,
    FOLLOW_UP,
    INTERVIEWER,
    INTERVIEWING,
    LINKEDIN,
    NOT_SELECTED,
    NOTE,
    OFFER,
    PANEL,
    REPLY_RECEIVED,
    THANK_YOU,
    Action,
    ActionMark,
    ApplicationRec,
    InteractionRec,
    InterviewRec,
    ParticipantRec,
    PersonRec,
    Records,
)

TORONTO = ZoneInfo("America/Toronto")
START = date(2027, 4, 14)
PHRASES = ("", "within two weeks", "by the end of next week", "in 10 business days", "soon")
KINDS = (THANK_YOU, FOLLOW_UP, LINKEDIN, CALL, REPLY_RECEIVED, NOTE)


def busy(seed: int) -> Records:
    """A job seeker with many records of every kind, some marks among them."""
    rng = random.Random(seed)
    statuses = [INTERVIEWING] * 10 + [NOT_SELECTED] * 3 + [OFFER] * 2
    applications = tuple(
        ApplicationRec(
            i,
            f"Employer {i}",
            f"Role {i}",
            status=status,
            status_changed_on=START - timedelta(days=rng.randint(0, 30)),
        )
        for i, status in enumerate(statuses, start=1)
    )
    people = tuple(
        PersonRec(
            i, f"Person {i}", f"Employer {i % 15 + 1}", keep_in_touch_days=(42, 90, None)[i % 3]
        )
        for i in range(1, 41)
    )
    interviews = tuple(
        InterviewRec(
            i,
            rng.randint(1, 15),
            datetime.combine(
                START - timedelta(days=rng.randint(-10, 100)), time(rng.randint(9, 16))
            ).replace(tzinfo=TORONTO),
            60,
            rng.choice(PHRASES),
            tuple(
                ParticipantRec(rng.randint(1, 40), (INTERVIEWER, PANEL, ADMIN_STAFF)[j], "Notes")
                for j in range(rng.randint(1, 3))
            ),
        )
        for i in range(1, 21)
    )
    interactions = tuple(
        InteractionRec(
            i,
            rng.choice(KINDS),
            rng.choice(("sent", "done", "draft")),
            START - timedelta(days=rng.randint(0, 100)),
            (rng.randint(1, 40),),
            rng.choice((None, rng.randint(1, 20))),
            rng.randint(1, 15),
        )
        for i in range(1, 121)
    )
    marks = (
        ActionMark("linkedin:p3", dismissed=True),
        ActionMark("rejection-reply:a12", kept=True),
        ActionMark(f"thank-you:i{rng.randint(1, 20)}:p{rng.randint(1, 40)}", dismissed=True),
        ActionMark("follow-up:a2:i5:1", snoozed_until=START + timedelta(days=5)),
    )
    return Records(applications, interviews, people, interactions, marks)


def unworded(action: Action) -> Action:
    """The action without its words (and without the LinkedIn search built from them)."""
    extra = {name: value for name, value in action.extra.items() if name != "url"}
    return replace(action, reason="", context="", extra=extra)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_plan_without_words_has_the_same_items(seed: int) -> None:
    records = busy(seed)
    for offset in range(0, 60, 3):
        day = START + timedelta(days=offset)
        worded = due_actions(records, day)
        bare = due_actions(records, day, worded=False)
        assert worded, "a busy job seeker always has something due"
        assert bare == [unworded(action) for action in worded]
        assert all(action.reason for action in worded)


@pytest.mark.parametrize("seed", [4, 5])
def test_a_short_horizon_shows_the_long_plans_items_within_it(seed: int) -> None:
    records = busy(seed)
    for offset in range(0, 60, 4):
        day = START + timedelta(days=offset)
        everything = due_actions(records, day, horizon_days=400)
        for horizon in (0, 7, 30):
            short = due_actions(records, day, horizon_days=horizon)
            assert short == [a for a in everything if within_horizon(a, day, horizon)]
