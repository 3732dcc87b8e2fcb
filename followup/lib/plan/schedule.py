"""When to follow up after one interview: the employer's decision day and the day of each
follow-up, from what they said, the days the person set by hand and the organisation's policy.

`follow_up_plan` is the one place that knows it. The planner (Today, the calendar feed, the
digest), the editor's too-soon check, the reports and the pages all ask it, so they cannot
disagree when the organisation changes a setting or the person sets a day by hand.

- A follow-up day set by hand is the first follow-up's day, whatever was said.
- Else a decision day set by hand replaces what was read: follow up `GRACE_BUSINESS_DAYS` (the
  timeline reader's) business days after it.
- Else the timeline reader's answer; when they gave no time frame (or it could not be read),
  `Policy.default_follow_up_business_days` business days after the interview.
- Each later follow-up: `Policy.follow_up_gap_business_days` after the one before was sent, up
  to `Policy.follow_ups` in all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from followup.lib.businessdays import add_business_days
from followup.lib.dates import long_day
from followup.lib.records import InterviewRec, Policy, quick_init
from followup.lib.timeline import (
    NONE,
    READ,
    UNREAD,
    DateOutOfRange,
    Timeline,
    follow_up_date,
    read_timeline,
)

__all__ = ["NONE", "READ", "UNREAD", "FollowUpPlan", "follow_up_plan", "last_on_time"]

# A follow-up is "on time" from its day to this many business days after it; later, overdue.
ON_TIME_BUSINESS_DAYS = 3


@quick_init
@dataclass(frozen=True)
class FollowUpPlan:
    """The follow-ups after one interview, and which one is next."""

    interviewed_on: date
    decision_by: date | None  # read from what they said, or set by hand
    first_follow_up_on: date
    sequence: int  # the next follow-up: 1, 2, 3; `follow_ups + 1` once every one was sent
    follow_up_on: date | None  # the next follow-up's day; None once every one was sent
    reading: str  # READ, NONE or UNREAD: how their words were read (hand-set days aside)
    decision_by_hand: bool
    follow_up_by_hand: bool
    timeline: Timeline  # the reading, with the days and explanation the plan uses
    sent: tuple[date, ...] = ()  # follow-ups already sent, oldest first

    @property
    def done(self) -> bool:
        """Every follow-up the policy allows was sent: keeping in touch takes over."""
        return self.follow_up_on is None

    @property
    def by_hand(self) -> bool:
        return self.decision_by_hand or self.follow_up_by_hand


def follow_up_plan(
    interview: InterviewRec,
    interviewed_on: date,
    policy: Policy,
    sent: Sequence[date] = (),
) -> FollowUpPlan:
    """The plan after `interview` (which took place on the local day `interviewed_on`), given
    the days follow-ups were already sent for it."""
    timeline = _reading(interview.timeline_phrase, interviewed_on, policy)
    reading = timeline.status
    decision_by = interview.decision_on or timeline.decision_by
    if interview.follow_up_on is not None:
        first = interview.follow_up_on
    elif interview.decision_on is not None:
        first = follow_up_date(
            interview.decision_on,
            interviewed_on,
            policy.province,
            optional_holidays=policy.optional_holidays,
        )
    else:
        first = timeline.follow_up_on
    by_hand = interview.decision_on is not None or interview.follow_up_on is not None
    if by_hand:
        timeline = replace(
            timeline,
            decision_by=decision_by,
            follow_up_on=first,
            explanation=_by_hand_explanation(interview, decision_by, first, interviewed_on),
            messages=(),  # the reader's own messages explain a day no longer used
        )
    done = tuple(sorted(sent))
    sequence = len(done) + 1
    if sequence > policy.follow_ups:
        next_on: date | None = None
    elif done:
        next_on = add_business_days(
            done[-1], policy.follow_up_gap_business_days, policy.province, policy.optional_holidays
        )
    else:
        next_on = first
    return FollowUpPlan(
        interviewed_on=interviewed_on,
        decision_by=decision_by,
        first_follow_up_on=first,
        sequence=sequence,
        follow_up_on=next_on,
        reading=reading,
        decision_by_hand=interview.decision_on is not None,
        follow_up_by_hand=interview.follow_up_on is not None,
        timeline=timeline,
        sent=done,
    )


def last_on_time(day: date, policy: Policy) -> date:
    """The last day a follow-up due on `day` is still on time (after it, it is overdue)."""
    return add_business_days(day, ON_TIME_BUSINESS_DAYS, policy.province, policy.optional_holidays)


@lru_cache(maxsize=4096)
def _read(
    phrase: str, interviewed_on: date, province: str, optional: bool, default_days: int
) -> Timeline:
    try:
        return read_timeline(
            phrase,
            interviewed_on,
            province,
            optional_holidays=optional,
            no_date_business_days=default_days,
        )
    except DateOutOfRange:
        # A day past the calendar's end (the year 2999, say) is as good as unread.
        follow_up_on = add_business_days(interviewed_on, default_days, province, optional)
        return Timeline(None, follow_up_on, True, "", phrase, UNREAD if phrase.strip() else NONE)


def _reading(phrase: str, interviewed_on: date, policy: Policy) -> Timeline:
    return _read(
        phrase,
        interviewed_on,
        policy.province,
        policy.optional_holidays,
        policy.default_follow_up_business_days,
    )


def _by_hand_explanation(
    interview: InterviewRec, decision_by: date | None, first: date, interviewed_on: date
) -> str:
    follow = f"Follow up on {long_day(first, interviewed_on)}."
    if interview.follow_up_on is not None:
        return f"You set the follow-up day yourself: {long_day(first, interviewed_on)}."
    assert decision_by is not None
    return f"You noted that they decide by {long_day(decision_by, interviewed_on)}. {follow}"
