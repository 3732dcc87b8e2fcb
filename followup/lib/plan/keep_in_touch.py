"""Keeping in touch: a check-in with each person met, every `PersonRec.keep_in_touch_days`
after the last contact, whatever came of the application."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from followup.lib.plan import wording
from followup.lib.plan.facts import Facts, Meeting
from followup.lib.plan.windows import window_for
from followup.lib.records import (
    KEEP_IN_TOUCH,
    OVERDUE,
    UPCOMING,
    Action,
    InteractionRec,
    PersonRec,
    quick_init,
)

# A check-in is gentle: it stays on Today for a week before it shows as overdue.
KEEP_IN_TOUCH_TODAY_DAYS = 7


@quick_init
@dataclass(frozen=True)
class LastContact:
    """The last contact with a person: an interaction, or else an interview with them."""

    on: date
    interaction: InteractionRec | None = None
    meeting: Meeting | None = None

    def line(self, today: date, lang: str) -> str:
        """'thank-you note sent on 10 February', 'interview on 9 February for Clerk at …';
        written only for a check-in that is shown."""
        if self.interaction is not None:
            return wording.contact_line(self.interaction, today, lang)
        assert self.meeting is not None
        return wording.say(
            "interview_line",
            lang,
            day=wording.day_month(self.meeting.day, today, lang),
            job=wording.job(self.meeting.application, lang),
        )


def check_ins(facts: Facts, skip: set[int]) -> list[Action]:
    """Check-ins for everyone met or contacted, except the people in `skip` (still being
    followed up with) and people about to be met again."""
    notes = _participant_notes(facts) if facts.worded else {}
    actions = []
    for person_id, last in _last_contacts(facts).items():
        person = facts.person(person_id)
        if person is None or person_id in skip or person_id in facts.booked_person_ids:
            continue
        if person.keep_in_touch_days is None or person.keep_in_touch_days <= 0:
            continue
        action = _check_in(facts, person, last, notes.get(person_id, []))
        if action is not None:
            actions.append(action)
    return actions


def _check_in(
    facts: Facts, person: PersonRec, last: LastContact, notes: list[str]
) -> Action | None:
    every = person.keep_in_touch_days or 0
    due_on = last.on + timedelta(days=every)
    last_day = due_on + timedelta(days=KEEP_IN_TOUCH_TODAY_DAYS - 1)
    window = window_for(due_on, last_day, facts.today)
    # The due day is part of the key: snoozing or dismissing one check-in must not silence
    # the next one.
    key = f"keep-in-touch:p{person.id}:{due_on.isoformat()}"
    if not facts.shown(key, window, due_on):
        return None
    return Action(
        key=key,
        kind=KEEP_IN_TOUCH,
        due_on=due_on,
        window=window,
        reason=_reason(facts, person, last, due_on, window) if facts.worded else "",
        person_id=person.id,
        overdue_since=last_day + timedelta(days=1) if window == OVERDUE else None,
        context=_context(person, last, notes, facts.today, facts.lang) if facts.worded else "",
    )


def _reason(facts: Facts, person: PersonRec, last: LastContact, due_on: date, window: str) -> str:
    today, lang = facts.today, facts.lang
    name = wording.person_name(person, lang)
    if person.employer.strip():
        name = f"{name} ({person.employer.strip()})"
    since = wording.day_month(last.on, today, lang)
    if window == UPCOMING:
        return wording.say(
            "check_in_on",
            lang,
            name=name,
            due=wording.long_day(due_on, today, lang),
            every=person.keep_in_touch_days,
            since=since,
        )
    return wording.say("check_in", lang, days=(today - last.on).days, name=name, since=since)


def _context(person: PersonRec, last: LastContact, notes: list[str], today: date, lang: str) -> str:
    parts = [wording.say("last_contact", lang, line=last.line(today, lang))]
    remarks = [text for text in [person.notes, *notes] if text.strip()]
    if remarks:
        joined = " / ".join(" ".join(text.split()) for text in remarks)
        parts.append(wording.say("notes", lang, notes=joined))
    return wording.shorten(" ".join(parts))


def _last_contacts(facts: Facts) -> dict[int, LastContact]:
    """The last interaction of any kind (drafts aside) or interview, per person. On the same
    day, the interaction wins: it came after the interview."""
    last: dict[int, LastContact] = {}
    for person_id, contacts in facts.contacts_by_person.items():
        latest = max(contacts, key=lambda contact: (contact.occurred_on, contact.id))
        last[person_id] = LastContact(latest.occurred_on, interaction=latest)
    for meeting in facts.ended:
        for participant in meeting.participants:
            known = last.get(participant.person_id)
            if known is None or meeting.day > known.on:
                last[participant.person_id] = LastContact(meeting.day, meeting=meeting)
    return last


def _participant_notes(facts: Facts) -> dict[int, list[str]]:
    """What was talked about with each person, latest interview first, each note once."""
    notes: dict[int, list[str]] = {}
    for meeting in reversed(facts.ended):
        for participant in meeting.participants:
            text = participant.notes.strip()
            known = notes.setdefault(participant.person_id, [])
            if text and text not in known:
                known.append(text)
    return notes
