"""Right after an interview: a thank-you note to each participant (admin staff included) and
a suggested LinkedIn connection with each."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from urllib.parse import quote, urlencode

from followup.lib.plan import wording
from followup.lib.plan.facts import Facts, Meeting
from followup.lib.plan.windows import is_kept
from followup.lib.records import (
    ADMIN_STAFF,
    ADMIN_VARIANT,
    LINKEDIN,
    OVERDUE,
    THANK_YOU,
    TODAY,
    Action,
    ParticipantRec,
    Policy,
)

LINKEDIN_SEARCH = "https://www.linkedin.com/search/results/people/"


def thank_you_notes(facts: Facts, policy: Policy) -> list[Action]:
    actions = []
    for meeting in facts.ended:
        for participant in meeting.participants:
            action = _thank_you(facts, policy, meeting, participant)
            if action is not None:
                actions.append(action)
    return actions


def _thank_you(
    facts: Facts, policy: Policy, meeting: Meeting, participant: ParticipantRec
) -> Action | None:
    if facts.was_thanked(participant.person_id, meeting):
        return None
    key = f"thank-you:i{meeting.interview.id}:p{participant.person_id}"
    due_on = meeting.end_day
    too_old = (facts.today - due_on).days > policy.thank_you_drop_days
    if too_old and not is_kept(key, facts.marks):
        return None
    deadline = thank_you_deadline(meeting, policy)
    late = facts.now >= deadline
    if not facts.shown(key, OVERDUE if late else TODAY, due_on):
        return None
    admin = participant.role == ADMIN_STAFF
    return Action(
        key=key,
        kind=THANK_YOU,
        due_on=due_on,
        window=OVERDUE if late else TODAY,
        reason=_thank_you_reason(facts, policy, meeting, participant, late) if facts.worded else "",
        person_id=participant.person_id,
        interview_id=meeting.interview.id,
        application_id=meeting.interview.application_id,
        overdue_since=deadline.date() if late else None,
        context=wording.shorten(participant.notes) if facts.worded else "",
        extra={"variant": ADMIN_VARIANT} if admin else {},
        due_by=deadline,
    )


def thank_you_deadline(meeting: Meeting, policy: Policy) -> datetime:
    """The policy's hours after the interview ended; when only its day is known, the end of the
    next day (midnight after it, local time)."""
    if not meeting.interview.time_known:
        after_next_day = meeting.day + timedelta(days=2)
        return datetime.combine(after_next_day, time(0), tzinfo=meeting.ends_at.tzinfo)
    return meeting.ends_at + timedelta(hours=policy.thank_you_hours)


def _thank_you_reason(
    facts: Facts, policy: Policy, meeting: Meeting, participant: ParticipantRec, late: bool
) -> str:
    lang, today = facts.lang, facts.today
    name = wording.person_name(facts.person(participant.person_id), lang)
    admin = participant.role == ADMIN_STAFF
    opening = wording.say(
        "helped" if admin else "met",
        lang,
        name=name,
        label=wording.role_label(participant.role, lang),
        day=wording.long_day(meeting.day, today, lang),
        job=wording.job(meeting.application, lang),
    )
    said = {
        "opening": opening,
        "name": name,
        "note": wording.say("admin_note" if admin else "note", lang),
    }
    ends_at = thank_you_deadline(meeting, policy)
    if not meeting.interview.time_known:
        next_day = wording.long_day(meeting.day + timedelta(days=1), today, lang)
        return wording.say("day_over" if late else "by_day", lang, next_day=next_day, **said)
    hours = policy.thank_you_hours
    if late:
        return wording.say(
            "hours_over",
            lang,
            hours=hours,
            clock=wording.clock(ends_at, lang),
            day=wording.long_day(ends_at.date(), today, lang),
            **said,
        )
    deadline = wording.day_and_clock(ends_at, today, lang)
    return wording.say("within", lang, hours=hours, deadline=deadline, **said)


def linkedin_suggestions(facts: Facts, policy: Policy) -> list[Action]:
    """One suggestion per person, from the latest interview with them, only while it is fresh:
    it never becomes overdue, it simply drops off."""
    fresh = [
        meeting
        for meeting in facts.ended  # oldest first, so later meetings win
        if facts.now < meeting.ends_at + timedelta(hours=policy.linkedin_hours)
    ]
    if not fresh:
        return []
    connected = {
        person_id
        for person_id, contacts in facts.contacts_by_person.items()
        if any(contact.kind == LINKEDIN for contact in contacts)
    }
    latest: dict[int, Meeting] = {}
    for meeting in fresh:
        for participant in meeting.participants:
            if participant.person_id not in connected:
                latest[participant.person_id] = meeting
    return [
        _linkedin(facts, policy, meeting, person_id)
        for person_id, meeting in latest.items()
        if facts.shown(f"linkedin:p{person_id}", TODAY, meeting.end_day)
    ]


def _linkedin(facts: Facts, policy: Policy, meeting: Meeting, person_id: int) -> Action:
    if not facts.worded:
        return Action(
            key=f"linkedin:p{person_id}",
            kind=LINKEDIN,
            due_on=meeting.end_day,
            window=TODAY,
            reason="",
            person_id=person_id,
            interview_id=meeting.interview.id,
            application_id=meeting.interview.application_id,
        )
    lang = facts.lang
    until = wording.day_and_clock(
        meeting.ends_at + timedelta(hours=policy.linkedin_hours), facts.today, lang
    )
    reason = wording.say(
        "linkedin",
        lang,
        name=wording.person_name(facts.person(person_id), lang),
        day=wording.long_day(meeting.day, facts.today, lang),
        job=wording.job(meeting.application, lang),
        until=until,
    )
    return Action(
        key=f"linkedin:p{person_id}",
        kind=LINKEDIN,
        due_on=meeting.end_day,
        window=TODAY,
        reason=reason,
        person_id=person_id,
        interview_id=meeting.interview.id,
        application_id=meeting.interview.application_id,
        extra={"url": linkedin_url(facts, meeting, person_id)},
    )


def linkedin_url(facts: Facts, meeting: Meeting, person_id: int) -> str:
    """The person's own profile when known, else a people search for 'name employer'."""
    person = facts.person(person_id)
    if person is not None and person.linkedin_url.strip():
        return person.linkedin_url.strip()
    name = person.name.strip() if person else ""
    company = (person.employer.strip() if person else "") or (
        meeting.application.employer.strip() if meeting.application else ""
    )
    keywords = " ".join(part for part in (name, company) if part)
    return f"{LINKEDIN_SEARCH}?{urlencode({'keywords': keywords}, quote_via=quote)}"
