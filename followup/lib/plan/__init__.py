"""The planner: everything that is due, derived from the records (`due_actions`), and the
week's application count (`weekly_progress`). Nothing here is stored; marks only hide things.

The rules, and the choices made where the brief left room:

- Time. An interview's day is the local date of its start in `Records.time_zone` (21:00 in
  Toronto on 9 February is 9 February, though it is 10 February in UTC). `now` decides whether
  an interview has ended; when it is None, noon of `today` in that time zone is used, so a
  morning interview of the day has ended and an evening one has not.
- Thank-you notes: one per participant of an ended interview (admin staff too, with
  `extra={"variant": "admin"}`), until a thank-you is logged for that person and interview (or,
  naming no interview, for that person and application, or that person alone, on or after the
  interview day). TODAY for `thank_you_hours` after the interview's end, then OVERDUE; gone
  `thank_you_drop_days` days after the interview unless the user kept it. Nothing before the
  interview has ended.
- LinkedIn: a suggestion (always TODAY) for each person met, for `linkedin_hours` after the
  interview's end, unless a LinkedIn interaction is logged for that person; then it drops off.
- Follow-ups, per application, driven by its latest interview once it has ended, on the days
  `schedule.follow_up_plan` gives (a day set by hand wins; else the timeline reader's, with the
  organisation's wait when no time frame was given), the next `follow_up_gap_business_days`
  after the last one sent, up to `follow_ups` in all. Never due before its day: shown as
  UPCOMING within the horizon, saying how long to wait. TODAY from its day for 3 more
  business days, then OVERDUE.
  The chain ends when the application is closed (offer, not selected, withdrawn), a newer
  interview is booked, a reply is logged from the interview day on, or a call or meeting after
  it (one on the day is most likely the interview itself). A new interview starts a new chain:
  its key names the interview ("follow-up:a3:i7:1"), so marks on one round do not carry over.
- Rejection reply: for a "not selected" application with no reply sent, to the main
  interviewer, from `status_changed_on` (or today when unknown): TODAY for 3 days, OVERDUE for
  14 more, then gone unless kept.
- Keeping in touch: everyone met or contacted, `PersonRec.keep_in_touch_days` after the last
  interaction (drafts aside) or interview with them; None means never. TODAY for a week, then
  OVERDUE. Not for people whose application is still being followed up with (unless that
  follow-up was dismissed), nor for people about to be met in an interview already booked.
- Marks: dismissed hides a key for good; snoozed hides it until `snoozed_until` (it is back on
  that day); kept keeps a thank-you or rejection reply past its drop-off. "Sent or done" counts
  for every rule: a draft never does.
- Order: overdue first (oldest first), then today, then coming up (soonest first), and only
  what is due within `horizon_days` (default `policy.coming_up_days`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from followup.lib.plan.after_interview import linkedin_suggestions, thank_you_notes
from followup.lib.plan.facts import gather
from followup.lib.plan.follow_ups import (
    ChainState,
    active_chains,
    chain_state,
    follow_up_action,
    rejection_replies,
)
from followup.lib.plan.keep_in_touch import check_ins
from followup.lib.plan.schedule import FollowUpPlan, follow_up_plan
from followup.lib.plan.windows import is_dismissed, is_hidden, sort_key, within_horizon
from followup.lib.records import Action, ApplicationRec, Policy, Records

__all__ = [
    "ChainState",
    "FollowUpPlan",
    "application_outlook",
    "due_actions",
    "follow_up_plan",
    "weekly_progress",
]


def due_actions(
    records: Records,
    today: date,
    *,
    now: datetime | None = None,
    policy: Policy = Policy(),  # noqa: B008 (frozen, so sharing the default is safe)
    horizon_days: int | None = None,
    lang: str = "en",
    worded: bool = True,
) -> list[Action]:
    """Everything due for one job seeker on `today`, in the order to show it, the reasons in
    `lang` ("en" or "fr"). With `worded` False, the same actions (keys, days, windows, people)
    without their reasons and context: for a page that shows neither, such as the caseload."""
    horizon = policy.coming_up_days if horizon_days is None else horizon_days
    facts = gather(records, today, now, lang, worded, horizon)
    chains = active_chains(facts, policy)
    chasing = {
        participant.person_id
        for chain in chains
        if not is_dismissed(chain.key, facts.marks)
        for participant in chain.meeting.participants
    }
    follow_ups = [
        action
        for action in (follow_up_action(facts, policy, chain) for chain in chains)
        if action is not None
    ]
    candidates = [
        *thank_you_notes(facts, policy),
        *linkedin_suggestions(facts, policy),
        *follow_ups,
        *rejection_replies(facts),
        *check_ins(facts, chasing),
    ]
    shown = [
        action
        for action in candidates
        if within_horizon(action, today, horizon) and not is_hidden(action.key, facts.marks, today)
    ]
    return sorted(shown, key=sort_key)


def application_outlook(
    records: Records,
    application_id: int,
    today: date,
    *,
    now: datetime | None = None,
    policy: Policy = Policy(),  # noqa: B008 (frozen, so sharing the default is safe)
) -> ChainState | None:
    """Where the application's follow-ups stand (the state and the plan of the next one), from
    the same facts as `due_actions`; None when it has no interview."""
    return chain_state(gather(records, today, now), policy, application_id)


def weekly_progress(
    applications: Sequence[ApplicationRec], today: date, goal: int
) -> tuple[int, int]:
    """(applications sent this Monday-to-Sunday week, the weekly goal)."""
    monday = today - timedelta(days=today.weekday())
    sunday = monday + timedelta(days=6)
    done = sum(
        1
        for application in applications
        if application.counted_on and monday <= application.counted_on <= sunday
    )
    return done, goal
