"""The records indexed once for the planner: interviews placed in local time, interactions that
count (drafts never do) grouped by person and by application, and the user's marks by key.

Every rule reads these dictionaries instead of scanning all records, so planning stays linear in
the number of records.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from followup.lib.plan.windows import is_hidden
from followup.lib.records import (
    DRAFT,
    INTERVIEWER,
    THANK_YOU,
    UPCOMING,
    ActionMark,
    ApplicationRec,
    InteractionRec,
    InterviewRec,
    ParticipantRec,
    PersonRec,
    Records,
    quick_init,
)


@quick_init
@dataclass(frozen=True)
class Meeting:
    """An interview placed in the user's time zone."""

    interview: InterviewRec
    application: ApplicationRec | None
    starts_at: datetime  # local
    ends_at: datetime  # local

    @property
    def day(self) -> date:
        """The local date it took place: 21:00 in Toronto on 9 February counts as 9 February."""
        return self.starts_at.date()

    @property
    def end_day(self) -> date:
        return self.ends_at.date()

    @property
    def participants(self) -> tuple[ParticipantRec, ...]:
        return self.interview.participants

    def main_interviewer(self) -> ParticipantRec | None:
        """The first interviewer, else the first participant: whom a follow-up goes to."""
        for participant in self.participants:
            if participant.role == INTERVIEWER:
                return participant
        return self.participants[0] if self.participants else None


@dataclass
class Facts:
    today: date
    now: datetime  # local
    people: dict[int, PersonRec]
    applications: dict[int, ApplicationRec]
    meetings_by_application: dict[int, list[Meeting]]  # oldest first
    ended: list[Meeting]  # interviews over by `now`, oldest first
    booked_person_ids: set[int]  # people in an interview still to come (or under way)
    contacts_by_person: dict[int, list[InteractionRec]]  # sent or done, any kind
    contacts_by_application: dict[int, list[InteractionRec]]
    thanked: set[tuple[int, int]]  # (person, interview) with a thank-you sent
    # Latest thank-you sent to a person that names no interview, by (person, application or None).
    thanked_loosely: dict[tuple[int, int | None], date]
    marks: dict[str, ActionMark] = field(default_factory=dict)
    lang: str = "en"  # the language the reasons are written in, "en" or "fr"
    # False: the actions' reasons and context are left empty (the caseload shows neither)
    worded: bool = True
    # Only what is due within this many days is shown (None: everything): the rules skip the
    # rest before writing its reasons.
    horizon_days: int | None = None

    def shown(self, key: str, window: str, due_on: date) -> bool:
        """Whether an action would be shown: not hidden by a mark, and within the horizon.
        The same test as `due_actions` makes at the end, made before the words are written."""
        if (
            self.horizon_days is not None
            and window == UPCOMING
            and (due_on - self.today).days > self.horizon_days
        ):
            return False
        return not is_hidden(key, self.marks, self.today)

    def person(self, person_id: int) -> PersonRec | None:
        return self.people.get(person_id)

    def was_thanked(self, person_id: int, meeting: Meeting) -> bool:
        if (person_id, meeting.interview.id) in self.thanked:
            return True
        for application_id in (meeting.interview.application_id, None):
            sent_on = self.thanked_loosely.get((person_id, application_id))
            if sent_on is not None and sent_on >= meeting.day:
                return True
        return False


def default_now(today: date, zone: ZoneInfo) -> datetime:
    """Noon of `today` where the user lives: mid-day, so a morning interview of that day has
    ended and an evening one has not."""
    return datetime.combine(today, time(12), tzinfo=zone)


def gather(
    records: Records,
    today: date,
    now: datetime | None,
    lang: str = "en",
    worded: bool = True,
    horizon_days: int | None = None,
) -> Facts:
    zone = ZoneInfo(records.time_zone)
    if now is not None and now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    local_now = (now or default_now(today, zone)).astimezone(zone)
    applications = {application.id: application for application in records.applications}
    interviews = records.interviews
    placed = [_place(interview, applications, zone) for interview in interviews]
    if len(placed) > 1:
        placed.sort(key=_meeting_order)
    by_application: dict[int, list[Meeting]] = {}
    ended: list[Meeting] = []
    booked: set[int] = set()
    for meeting in placed:
        application_id = meeting.interview.application_id
        found = by_application.get(application_id)
        if found is None:
            by_application[application_id] = [meeting]
        else:
            found.append(meeting)
        if meeting.ends_at <= local_now:
            ended.append(meeting)
        else:
            booked.update(p.person_id for p in meeting.interview.participants)
    facts = Facts(
        today=today,
        now=local_now,
        people={person.id: person for person in records.people},
        applications=applications,
        meetings_by_application=by_application,
        ended=ended,
        booked_person_ids=booked,
        contacts_by_person=defaultdict(list),
        contacts_by_application=defaultdict(list),
        thanked=set(),
        thanked_loosely={},
        marks={mark.key: mark for mark in records.marks} if records.marks else {},
        lang=lang,
        worded=worded,
        horizon_days=horizon_days,
    )
    application_of_interview: dict[int, int] | None = None
    for interaction in records.interactions:
        if interaction.state == DRAFT:
            continue
        if interaction.application_id is None and interaction.interview_id is not None:
            if application_of_interview is None:  # made only when an interaction needs it
                application_of_interview = {i.id: i.application_id for i in interviews}
            interaction = _with_application(interaction, application_of_interview)
        _index(facts, interaction)
    return facts


def _meeting_order(meeting: Meeting) -> tuple[datetime, int]:
    return (meeting.starts_at, meeting.interview.id)


def _place(
    interview: InterviewRec, applications: dict[int, ApplicationRec], zone: ZoneInfo
) -> Meeting:
    starts_at = interview.starts_at
    if starts_at.utcoffset() is None:
        # A naive start is taken as the user's local time rather than the server's.
        starts_at = starts_at.replace(tzinfo=zone)
    starts_at = starts_at.astimezone(zone)
    if not interview.time_known:
        # Only the day is known: it counts as over from that day's start (a thank-you is due
        # that day), and its length is unknown too.
        starts_at = datetime.combine(starts_at.date(), time(0), tzinfo=zone)
        return Meeting(interview, applications.get(interview.application_id), starts_at, starts_at)
    ends_at = starts_at + timedelta(minutes=max(interview.duration_minutes, 0))
    return Meeting(interview, applications.get(interview.application_id), starts_at, ends_at)


def _with_application(
    interaction: InteractionRec, application_of_interview: dict[int, int]
) -> InteractionRec:
    """An interaction that names only its interview belongs to that interview's application."""
    if interaction.application_id is not None or interaction.interview_id is None:
        return interaction
    application_id = application_of_interview.get(interaction.interview_id)
    return replace(interaction, application_id=application_id) if application_id else interaction


def _index(facts: Facts, interaction: InteractionRec) -> None:
    for person_id in interaction.person_ids:
        facts.contacts_by_person[person_id].append(interaction)
    if interaction.application_id is not None:
        facts.contacts_by_application[interaction.application_id].append(interaction)
    if interaction.kind != THANK_YOU:
        return
    for person_id in interaction.person_ids:
        if interaction.interview_id is not None:
            facts.thanked.add((person_id, interaction.interview_id))
            continue
        key = (person_id, interaction.application_id)
        previous = facts.thanked_loosely.get(key)
        if previous is None or interaction.occurred_on > previous:
            facts.thanked_loosely[key] = interaction.occurred_on
