"""The reports' figures per office and month, from plain facts (no Django, no names: the facts
carry ids, dates and kinds only). `report_data` loads the facts; this module counts.

The rules:

- Months are the job seeker's local calendar months.
- Interviews logged: interviews that have started, counted in the month they took place.
- Thank-you notes within 24 hours: each person who took part in an interview expects one
  note (an interview with nobody recorded expects one). A note counts for that person when it
  is sent, names them (or names nobody) and belongs to the interview (or, naming no interview,
  to its application). It is on time when sent within the organisation's `thank_you_hours` of
  the interview's end: the exact time when the sending was recorded that day, else the day it
  was sent, on or before the day the hours run out. Counted in the month of the interview, once
  those hours have passed.
- Follow-ups on time: each first follow-up sent, in the month it was sent. On time when sent
  no earlier than the first follow-up day of the plan for the interview it follows
  (`followup.lib.plan.follow_up_plan`: a day set by hand, else what they said, else the
  organisation's wait) and no later than the planner's last day before it is overdue. The
  interview is the one the message names, else the application's latest interview on or before
  the day it was sent; without one it is not counted. Second and third follow-ups are not measured.
- Outcomes: applications that became an offer or "not selected", in the month the status
  changed (the day applied when that is unknown).
- Active job seekers: distinct job seekers who applied, had an interview or sent or logged a
  message in the month.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.lib.plan import follow_up_plan
from followup.lib.plan.schedule import last_on_time
from followup.lib.records import FOLLOW_UP, NOT_SELECTED, OFFER, THANK_YOU, InterviewRec, Policy


@dataclass(frozen=True)
class Meeting:
    id: int
    owner: int
    office: str
    application_id: int
    starts_at: datetime  # aware
    ends_at: datetime  # aware
    time_zone: str
    phrase: str = ""
    participants: tuple[int, ...] = ()
    decision_on: date | None = None  # set by hand
    follow_up_on: date | None = None  # set by hand
    # the local day it took place: read many times while counting, worked out once
    day: date = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        day = self.starts_at.astimezone(ZoneInfo(self.time_zone)).date()
        object.__setattr__(self, "day", day)


@dataclass(frozen=True)
class Sent:
    """A message sent (or logged) by a job seeker: only ids, dates and its kind."""

    owner: int
    office: str
    kind: str
    day: date
    sent_at: datetime | None = None
    time_zone: str = "America/Toronto"
    interview_id: int | None = None
    application_id: int | None = None
    person_ids: tuple[int, ...] = ()
    sequence: int = 1


@dataclass(frozen=True)
class Outcome:
    owner: int
    office: str
    status: str
    day: date


@dataclass(frozen=True)
class Activity:
    owner: int
    office: str
    day: date


@dataclass
class Figures:
    office: str
    month: str  # "2027-04"
    interviews: int = 0
    thank_you_expected: int = 0
    thank_you_on_time: int = 0
    follow_ups_sent: int = 0
    follow_ups_on_time: int = 0
    offers: int = 0
    not_selected: int = 0
    active: set[int] = field(default_factory=set)  # owner ids; only the count leaves this module
    # job seekers counted elsewhere, never among `active` (another shard of the reports' cache)
    active_elsewhere: int = 0

    @property
    def active_job_seekers(self) -> int:
        return len(self.active) + self.active_elsewhere

    def counts(self) -> tuple[int, ...]:
        """The figures as numbers, the job seekers counted rather than named."""
        return (
            self.interviews, self.thank_you_expected, self.thank_you_on_time,
            self.follow_ups_sent, self.follow_ups_on_time, self.offers, self.not_selected,
            self.active_job_seekers,
        )  # fmt: skip

    def add_counts(self, counts: tuple[int, ...]) -> None:
        """Add `counts()` of figures about other job seekers."""
        self.interviews += counts[0]
        self.thank_you_expected += counts[1]
        self.thank_you_on_time += counts[2]
        self.follow_ups_sent += counts[3]
        self.follow_ups_on_time += counts[4]
        self.offers += counts[5]
        self.not_selected += counts[6]
        self.active_elsewhere += counts[7]

    @property
    def thank_you_percent(self) -> int | None:
        return _percent(self.thank_you_on_time, self.thank_you_expected)

    @property
    def follow_up_percent(self) -> int | None:
        return _percent(self.follow_ups_on_time, self.follow_ups_sent)

    def add(self, other: Figures) -> None:
        self.interviews += other.interviews
        self.thank_you_expected += other.thank_you_expected
        self.thank_you_on_time += other.thank_you_on_time
        self.follow_ups_sent += other.follow_ups_sent
        self.follow_ups_on_time += other.follow_ups_on_time
        self.offers += other.offers
        self.not_selected += other.not_selected
        self.active |= other.active
        self.active_elsewhere += other.active_elsewhere


def _percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_back(today: date, count: int) -> list[str]:
    """The last `count` months, oldest first, ending with today's."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


_Cell = Callable[[int, str, date], "Figures | None"]  # (owner, office, day) → its cell


@dataclass(frozen=True)
class Facts:
    meetings: Sequence[Meeting] = ()
    sent: Sequence[Sent] = ()
    outcomes: Sequence[Outcome] = ()
    activity: Sequence[Activity] = ()


def figures(
    facts: Facts, offices: Sequence[str], months: Sequence[str], now: datetime, policy: Policy
) -> dict[tuple[str, str], Figures]:
    """Figures for every (office, month) asked for, zeros included."""
    table = {(o, m): Figures(o, m) for o in offices for m in months}
    # by year and month as numbers: a day's month is looked up, never written out
    by_number = {(o, int(m[:4]), int(m[5:7])): found for (o, m), found in table.items()}

    def cell(owner: int, office: str, day: date) -> Figures | None:
        return by_number.get((office, day.year, day.month))

    _count(facts, cell, now, policy)
    return table


def by_owner(
    facts: Facts, first_month: str, now: datetime, policy: Policy
) -> dict[tuple[int, str], tuple[int, ...]]:
    """Each job seeker's figures (`Figures.counts()`) in each month from `first_month` on in
    which they have any; summed over job seekers they are `figures`' (active job seekers
    included: each is active once a month, or not)."""
    first = (int(first_month[:4]), int(first_month[5:7]))
    cells: dict[tuple[int, int, int], Figures] = {}

    def cell(owner: int, office: str, day: date) -> Figures | None:
        key = (owner, day.year, day.month)
        found = cells.get(key)
        if found is None:
            if (day.year, day.month) < first:
                return None
            found = cells[key] = Figures(office, month_of(day))
        return found

    _count(facts, cell, now, policy)
    counted = ((owner, found.month, found.counts()) for (owner, _y, _m), found in cells.items())
    return {(owner, month): counts for owner, month, counts in counted if any(counts)}


def _count(facts: Facts, cell: _Cell, now: datetime, policy: Policy) -> None:
    for meeting in facts.meetings:
        if meeting.starts_at <= now and (found := cell(meeting.owner, meeting.office, meeting.day)):
            found.interviews += 1
            found.active.add(meeting.owner)
    _thank_yous(facts, cell, now, policy)
    _follow_ups(facts, cell, policy)
    for outcome in facts.outcomes:
        if (found := cell(outcome.owner, outcome.office, outcome.day)) is not None:
            found.offers += outcome.status == OFFER
            found.not_selected += outcome.status == NOT_SELECTED
    seen: list[Activity | Sent] = [*facts.activity, *facts.sent]
    for event in seen:
        if (found := cell(event.owner, event.office, event.day)) is not None:
            found.active.add(event.owner)


def next_change(facts: Facts, now: datetime, policy: Policy) -> datetime | None:
    """The first moment after `now` at which the figures change with no record changing: an
    interview starts (it is then logged) or its thank-you hours run out (notes are then counted)."""
    return min(next_changes(facts, now, policy).values(), default=None)


def next_changes(facts: Facts, now: datetime, policy: Policy) -> dict[int, datetime]:
    """`next_change` of each job seeker who has one."""
    hours = timedelta(hours=policy.thank_you_hours)
    found: dict[int, datetime] = {}
    for meeting in facts.meetings:
        for moment in (meeting.starts_at, meeting.ends_at + hours):
            if moment > now and (meeting.owner not in found or moment < found[meeting.owner]):
                found[meeting.owner] = moment
    return found


def totals(table: dict[tuple[str, str], Figures], months: Sequence[str]) -> list[Figures]:
    """Every office together, per month."""
    result = []
    for month in months:
        total = Figures("", month)
        for (_office, m), cell in table.items():
            if m == month:
                total.add(cell)
        result.append(total)
    return result


def _thank_yous(facts: Facts, cell: _Cell, now: datetime, policy: Policy) -> None:
    notes = _by_interview_or_application(s for s in facts.sent if s.kind == THANK_YOU)
    hours = timedelta(hours=policy.thank_you_hours)
    for meeting in facts.meetings:
        deadline = meeting.ends_at + hours
        if deadline > now:
            continue
        found = cell(meeting.owner, meeting.office, meeting.day)
        if found is None:
            continue
        candidates = notes.get(("i", meeting.id), []) + [
            note
            for note in notes.get(("a", meeting.application_id), [])
            if note.interview_id is None and note.day >= meeting.day
        ]
        for person in meeting.participants or (None,):
            found.thank_you_expected += 1
            found.thank_you_on_time += any(
                _names(note, person) and _by(note, deadline, meeting.time_zone)
                for note in candidates
            )


def _names(note: Sent, person: int | None) -> bool:
    return person is None or not note.person_ids or person in note.person_ids


def _by(note: Sent, deadline: datetime, time_zone: str) -> bool:
    zone = ZoneInfo(time_zone)
    if note.sent_at is not None and note.sent_at.astimezone(zone).date() == note.day:
        return note.sent_at <= deadline
    return note.day <= deadline.astimezone(zone).date()


def _by_interview_or_application(notes: Iterable[Sent]) -> dict[tuple[str, int], list[Sent]]:
    found: dict[tuple[str, int], list[Sent]] = defaultdict(list)
    for note in notes:
        if note.interview_id is not None:
            found["i", note.interview_id].append(note)
        elif note.application_id is not None:
            found["a", note.application_id].append(note)
    return found


def _follow_ups(facts: Facts, cell: _Cell, policy: Policy) -> None:
    by_id = {m.id: m for m in facts.meetings}
    by_application: dict[int, list[Meeting]] = defaultdict(list)
    for meeting in facts.meetings:
        by_application[meeting.application_id].append(meeting)
    for note in facts.sent:
        if note.kind != FOLLOW_UP or note.sequence != 1:
            continue
        found = cell(note.owner, note.office, note.day)
        followed = _followed(note, by_id, by_application)
        if found is None or followed is None:
            continue
        found.follow_ups_sent += 1
        found.follow_ups_on_time += on_time(note.day, followed, policy)


def _followed(
    note: Sent, by_id: dict[int, Meeting], by_application: dict[int, list[Meeting]]
) -> Meeting | None:
    if note.interview_id is not None:
        return by_id.get(note.interview_id)
    earlier = [m for m in by_application.get(note.application_id or 0, []) if m.day <= note.day]
    return max(earlier, key=lambda m: m.starts_at, default=None)


def on_time(sent_on: date, meeting: Meeting, policy: Policy) -> bool:
    """A first follow-up is on time from its day in the plan until the planner calls it overdue."""
    interview = InterviewRec(
        id=meeting.id,
        application_id=meeting.application_id,
        starts_at=meeting.starts_at,
        timeline_phrase=meeting.phrase,
        decision_on=meeting.decision_on,
        follow_up_on=meeting.follow_up_on,
    )
    first = follow_up_plan(interview, meeting.day, policy).first_follow_up_on
    return first <= sent_on <= last_on_time(first, policy)
