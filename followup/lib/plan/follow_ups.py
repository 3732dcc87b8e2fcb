"""Follow-ups after an interview (never before the employer's decision time frame has passed),
and a reply to a "not selected" message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from followup.lib.plan import wording
from followup.lib.plan.facts import Facts, Meeting
from followup.lib.plan.schedule import FollowUpPlan, follow_up_plan, last_on_time
from followup.lib.plan.windows import is_kept, window_for
from followup.lib.records import (
    CALL,
    CLOSED_STATUSES,
    FOLLOW_UP,
    MEETING,
    NOT_SELECTED,
    OVERDUE,
    REJECTION_REPLY,
    REPLY_RECEIVED,
    UPCOMING,
    Action,
    ApplicationRec,
    InteractionRec,
    Policy,
    quick_init,
)
from followup.lib.timeline import Timeline
from followup.lib.timeline.explanations import render

# A reply to a rejection: on Today for 3 days, then overdue for 14 more, then it drops off.
REJECTION_TODAY_DAYS = 3
REJECTION_OVERDUE_DAYS = 14


# Where an application's follow-ups stand (`ChainState.state`).
PLANNED = "planned"  # the next follow-up has a day
BOOKED = "booked"  # the latest interview is still to come (or under way)
HEARD_BACK = "heard-back"  # a reply, or a call or meeting after the interview
ALL_SENT = "all-sent"  # every follow-up the policy allows was sent
CLOSED = "closed"  # offer, not selected or withdrawn


@quick_init
@dataclass(frozen=True)
class Chain:
    """The follow-up that is next for one application, after its latest interview."""

    application_id: int
    meeting: Meeting
    plan: FollowUpPlan

    @property
    def timeline(self) -> Timeline:
        return self.plan.timeline

    @property
    def sent(self) -> tuple[date, ...]:
        """Follow-ups already sent since the interview, oldest first."""
        return self.plan.sent

    @property
    def due_on(self) -> date:
        assert self.plan.follow_up_on is not None  # a chain exists only while one is planned
        return self.plan.follow_up_on

    @property
    def sequence(self) -> int:
        return self.plan.sequence

    @cached_property  # asked three times a plan: by `due_actions`, its mark, the action
    def key(self) -> str:
        # The interview is part of the key so that a later round starts a fresh chain: a
        # dismissed follow-up after the first interview must not hide the one after the second.
        return f"follow-up:a{self.application_id}:i{self.meeting.interview.id}:{self.sequence}"


@quick_init
@dataclass(frozen=True)
class ChainState:
    """Where the follow-ups after an application's latest interview stand, and their plan."""

    state: str  # PLANNED, BOOKED, HEARD_BACK, ALL_SENT or CLOSED
    meeting: Meeting
    plan: FollowUpPlan


def active_chains(facts: Facts, policy: Policy) -> list[Chain]:
    chains = []
    for application_id in facts.meetings_by_application:
        found = chain_state(facts, policy, application_id)
        if found is not None and found.state == PLANNED:
            chains.append(Chain(application_id, found.meeting, found.plan))
    return chains


def chain_state(facts: Facts, policy: Policy, application_id: int) -> ChainState | None:
    """The state of the application's follow-ups; None when it has no interview."""
    meetings = facts.meetings_by_application.get(application_id)
    if not meetings:
        return None
    latest = meetings[-1]
    contacts = related_contacts(facts, application_id, latest)
    sent = [c.occurred_on for c in contacts if c.kind == FOLLOW_UP and c.occurred_on >= latest.day]
    plan = follow_up_plan(latest.interview, latest.day, policy, sent)
    application = facts.applications.get(application_id)
    if application is not None and application.status in CLOSED_STATUSES:
        state = CLOSED
    elif latest.ends_at > facts.now:
        state = BOOKED  # not over yet, or the next round is booked: nothing to chase
    elif _heard_back(contacts, latest.day):
        state = HEARD_BACK
    elif plan.done:
        state = ALL_SENT  # chased enough: keeping in touch takes over
    else:
        state = PLANNED
    return ChainState(state, latest, plan)


def related_contacts(facts: Facts, application_id: int, meeting: Meeting) -> list[InteractionRec]:
    """What was sent or logged about this application, or with its interviewers without naming
    another application; each interaction once."""
    seen: dict[int, InteractionRec] = {
        c.id: c for c in facts.contacts_by_application.get(application_id, ())
    }
    for participant in meeting.participants:
        for contact in facts.contacts_by_person.get(participant.person_id, ()):
            if contact.application_id is None:
                seen.setdefault(contact.id, contact)
    return list(seen.values())


def _heard_back(contacts: list[InteractionRec], interviewed_on: date) -> bool:
    """A reply from the day of the interview on, or a call or meeting after that day (one logged
    on the day itself is most likely the interview)."""
    for contact in contacts:
        if contact.kind == REPLY_RECEIVED and contact.occurred_on >= interviewed_on:
            return True
        if contact.kind in (CALL, MEETING) and contact.occurred_on > interviewed_on:
            return True
    return False


def follow_up_action(facts: Facts, policy: Policy, chain: Chain) -> Action | None:
    """The chain's next follow-up; None when it is not shown (marked, or beyond the horizon)."""
    last_day = last_on_time(chain.due_on, policy)
    window = window_for(chain.due_on, last_day, facts.today)
    if not facts.shown(chain.key, window, chain.due_on):
        return None
    main = chain.meeting.main_interviewer()
    return Action(
        key=chain.key,
        kind=FOLLOW_UP,
        due_on=chain.due_on,
        window=window,
        reason=_follow_up_reason(facts, policy, chain, window) if facts.worded else "",
        person_id=main.person_id if main else None,
        interview_id=chain.meeting.interview.id,
        application_id=chain.application_id,
        sequence=chain.sequence,
        overdue_since=last_day + timedelta(days=1) if window == OVERDUE else None,
        context=wording.shorten(main.notes) if main and facts.worded else "",
    )


def _follow_up_reason(facts: Facts, policy: Policy, chain: Chain, window: str) -> str:
    today, lang = facts.today, facts.lang
    main = chain.meeting.main_interviewer()
    if main:
        name = wording.person_name(facts.person(main.person_id), lang)
    else:
        name = wording.say("the_employer", lang)
    due = wording.long_day(chain.due_on, today, lang)
    if chain.sequence == 1:
        why = _explanation(chain, policy, lang)
        if due not in why:
            why = f"{why} {wording.say('follow_up_on', lang, due=due)}".strip()
    else:
        why = wording.say(
            "next_follow_up",
            lang,
            previous=wording.ordinal(chain.sequence - 1),
            previous_n=chain.sequence - 1,
            sent=wording.long_day(chain.sent[-1], today, lang),
            nth=wording.ordinal(chain.sequence),
            n=chain.sequence,
            gap=policy.follow_up_gap_business_days,
            due=due,
        )
    if window == UPCOMING:
        days = (chain.due_on - today).days
        wait = wording.say("one_day", lang) if days == 1 else wording.say("days", lang, days=days)
        return wording.say("wait", lang, why=why, wait=wait)
    asks = [wording.say("ask", lang, name=name, job=wording.job(chain.meeting.application, lang))]
    if chain.sequence >= policy.follow_ups:
        asks.append(wording.say("last", lang))
    if chain.due_on < today:
        asks.append(wording.say("due_since", lang, due=due))
    return " ".join([why, *asks])


def _explanation(chain: Chain, policy: Policy, lang: str) -> str:
    """The timeline reader's explanation, in `lang` when it was read in another language."""
    timeline = chain.timeline
    if timeline.lang != lang and timeline.messages:
        return render(timeline.messages, chain.meeting.day, lang, policy.province).strip()
    return timeline.explanation.strip()


def rejection_replies(facts: Facts) -> list[Action]:
    actions = []
    for application in facts.applications.values():
        if application.status == NOT_SELECTED:
            action = _rejection_reply(facts, application)
            if action is not None:
                actions.append(action)
    return actions


def _rejection_reply(facts: Facts, application: ApplicationRec) -> Action | None:
    meetings = facts.meetings_by_application.get(application.id, [])
    ended = [m for m in meetings if m.ends_at <= facts.now]
    latest = ended or meetings
    meeting = latest[-1] if latest else None
    contacts = (
        related_contacts(facts, application.id, meeting)
        if meeting
        else facts.contacts_by_application.get(application.id, [])
    )
    if any(contact.kind == REJECTION_REPLY for contact in contacts):
        return None
    key = f"rejection-reply:a{application.id}"
    due_on = application.status_changed_on or facts.today
    last_day = due_on + timedelta(days=REJECTION_TODAY_DAYS - 1)
    shown_until = last_day + timedelta(days=REJECTION_OVERDUE_DAYS)
    if facts.today > shown_until and not is_kept(key, facts.marks):
        return None
    window = window_for(due_on, last_day, facts.today)
    if not facts.shown(key, window, due_on):
        return None
    main = meeting.main_interviewer() if meeting else None
    return Action(
        key=key,
        kind=REJECTION_REPLY,
        due_on=due_on,
        window=window,
        reason=_rejection_reason(facts, application, meeting, due_on, last_day)
        if facts.worded
        else "",
        person_id=main.person_id if main else None,
        interview_id=meeting.interview.id if meeting else None,
        application_id=application.id,
        overdue_since=last_day + timedelta(days=1) if window == OVERDUE else None,
        context=wording.shorten(main.notes) if main and facts.worded else "",
    )


def _rejection_reason(
    facts: Facts,
    application: ApplicationRec,
    meeting: Meeting | None,
    due_on: date,
    last_day: date,
) -> str:
    today, lang = facts.today, facts.lang
    main = meeting.main_interviewer() if meeting else None
    to = (
        wording.say("reply_to", lang, name=wording.person_name(facts.person(main.person_id), lang))
        if main
        else ""
    )
    role = application.role.strip()
    text = wording.say(
        "rejection",
        lang,
        employer=wording.employer(application, lang),
        role=wording.say("role", lang, role=role) if role else wording.say("the_job", lang),
        noted=wording.long_day(due_on, today, lang),
        to=to,
        by=wording.long_day(last_day, today, lang),
    )
    return text if lang == "en" else text[:1].upper() + text[1:]
