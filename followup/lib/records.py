"""Plain records of a job search, as the pure planner sees them.

The Django apps load these from the database (see `followup.due.loading`); the planner
(`followup.lib.plan.due_actions`) reads them and derives what is due. Nothing here is stored.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from typing import Any, TypeVar

from followup.lib.businessdays import DEFAULT_PROVINCE
from followup.lib.notekinds import (  # noqa: F401 (the apps read these here too)
    ADMIN_THANK_YOU,
    ADMIN_VARIANT,
    FOLLOW_UP,
    KEEP_IN_TOUCH,
    LINKEDIN,
    LINKEDIN_CHARACTERS,
    LINKEDIN_PREMIUM_CHARACTERS,
    MESSAGE_KINDS,
    NOTE_KINDS,
    OFFER_REPLY,
    REJECTION_REPLY,
    THANK_YOU,
    WORD_LIMITS,
    note_kind,
    record_kind,
)

# When the employer gave no time frame, follow up this many business days after the interview:
# the plan's default (Policy) and the timeline reader's answer to "no date" (it imports it).
NO_DATE_BUSINESS_DAYS = 5

# Application.status values
APPLIED = "applied"
INTERVIEWING = "interviewing"
OFFER = "offer"
NOT_SELECTED = "not-selected"
WITHDRAWN = "withdrawn"
NO_RESPONSE = "no-response"
CLOSED_STATUSES = frozenset({OFFER, NOT_SELECTED, WITHDRAWN})

# Participant.role values
INTERVIEWER = "interviewer"
PANEL = "panel"
HR = "hr"
RECRUITER = "recruiter"
ADMIN_STAFF = "admin"

# ... and other interactions the user logs.
CALL = "call"
MEETING = "meeting"
REPLY_RECEIVED = "reply-received"
NOTE = "note"

# Interaction.state values
DRAFT = "draft"
SENT = "sent"  # a message sent or marked sent
DONE = "done"  # a logged interaction (call, meeting, reply received)

# Keeping in touch with each person met: every this many days unless they or the
# organisation chose otherwise.
KEEP_IN_TOUCH_DAYS = 90


_T = TypeVar("_T")
_OMITTED: Any = object()  # an argument left out, for a field with a default factory


def quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass an `__init__` that takes the same arguments, with the same
    defaults, but fills the instance in one step rather than a frozen `__setattr__` a field
    (a record with a dozen fields is made ~2.5 times faster: the planner and the loading make
    thousands a page). Everything else (equality, hashing, repr, `replace`, refusing changes)
    stays the dataclass's own. Put it above `@dataclass(frozen=True)`."""
    scope: dict[str, Any] = {"_OMITTED": _OMITTED}
    params, values = [], []
    for item in fields(cls):  # type: ignore[arg-type]  # a dataclass, as said above
        name = item.name
        if not item.init or item.kw_only:
            raise TypeError(f"quick_init: {cls.__name__}.{name} is not a plain argument")
        if item.default is not MISSING:
            scope[f"_default_{name}"] = item.default
            params.append(f"{name}=_default_{name}")
            values.append(f"{name}={name}")
        elif item.default_factory is not MISSING:
            scope[f"_factory_{name}"] = item.default_factory
            params.append(f"{name}=_OMITTED")
            values.append(f"{name}=_factory_{name}() if {name} is _OMITTED else {name}")
        else:
            params.append(name)
            values.append(f"{name}={name}")
    source = (
        f"def __init__(self, {', '.join(params)}):\n    self.__dict__.update({', '.join(values)})\n"
    )
    exec(source, scope)  # noqa: S102 (made from the field names above, nothing else)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init  # type: ignore[misc,method-assign]
    return cls


@quick_init
@dataclass(frozen=True)
class PersonRec:
    id: int
    name: str
    employer: str = ""
    title: str = ""
    email: str = ""
    linkedin_url: str = ""
    keep_in_touch_days: int | None = KEEP_IN_TOUCH_DAYS  # None: never remind
    notes: str = ""


@quick_init
@dataclass(frozen=True)
class ParticipantRec:
    person_id: int
    role: str = INTERVIEWER
    notes: str = ""  # what we talked about


@quick_init
@dataclass(frozen=True)
class ApplicationRec:
    id: int
    employer: str
    role: str
    status: str = APPLIED
    applied_on: date | None = None
    status_changed_on: date | None = None
    recorded_on: date | None = None  # the owner's day it was added to Followup

    @property
    def counted_on(self) -> date | None:
        """The day it counts towards the weekly goal: when it was sent, else when it was added
        (an application made while logging an interview has no date sent)."""
        return self.applied_on or self.recorded_on


@quick_init
@dataclass(frozen=True)
class InterviewRec:
    id: int
    application_id: int
    starts_at: datetime  # timezone-aware
    duration_minutes: int = 60
    timeline_phrase: str = ""  # what the employer said about when they will decide
    participants: tuple[ParticipantRec, ...] = ()
    decision_on: date | None = None  # the decision day, set by hand: wins over the phrase
    follow_up_on: date | None = None  # the first follow-up's day, set by hand: wins over all
    time_known: bool = True  # False: only the day is known (starts_at is its local midnight)


@quick_init
@dataclass(frozen=True)
class InteractionRec:
    id: int
    kind: str
    state: str  # DRAFT, SENT or DONE
    occurred_on: date  # the day it was sent or happened (for a draft: the day it was started)
    person_ids: tuple[int, ...] = ()
    interview_id: int | None = None
    application_id: int | None = None
    summary: str = ""


@quick_init
@dataclass(frozen=True)
class ActionMark:
    """What the user decided about one due item (by its key): snoozed, dismissed or kept."""

    key: str
    snoozed_until: date | None = None
    dismissed: bool = False
    kept: bool = False  # keep an old thank-you on Today past the drop-off


@quick_init
@dataclass(frozen=True)
class Records:
    applications: tuple[ApplicationRec, ...] = ()
    interviews: tuple[InterviewRec, ...] = ()
    people: tuple[PersonRec, ...] = ()
    interactions: tuple[InteractionRec, ...] = ()
    marks: tuple[ActionMark, ...] = ()
    time_zone: str = "America/Toronto"


@dataclass(frozen=True)
class Policy:
    """The organisation's settings for the plan: the one definition of each and of its default
    (the agency's). `Organisation` stores them (its fields' defaults come from here) and hands
    the planner, the reminders and the reports a `Policy`.

    How often to keep in touch is not here: each person carries their own
    (`PersonRec.keep_in_touch_days`); the organisation's choice is only the default for new
    people (`Organisation.keep_in_touch_days`)."""

    province: str = DEFAULT_PROVINCE
    optional_holidays: bool = False
    thank_you_hours: int = 24
    thank_you_drop_days: int = 14
    linkedin_hours: int = 48
    follow_ups: int = 2  # how many follow-ups before the plan turns to keeping in touch (2 or 3)
    follow_up_gap_business_days: int = 5
    default_follow_up_business_days: int = NO_DATE_BUSINESS_DAYS  # no time frame given
    coming_up_days: int = 7


# Action.window values
OVERDUE = "overdue"
TODAY = "today"
UPCOMING = "upcoming"
DUE_NOW = (OVERDUE, TODAY)  # the windows of what is to be done now (Today, the digest)


@quick_init
@dataclass(frozen=True)
class Action:
    """One thing that is due, and why."""

    key: str  # stable across days, e.g. "thank-you:i12:p5"; marks refer to it
    kind: str  # THANK_YOU, LINKEDIN, FOLLOW_UP, REJECTION_REPLY or KEEP_IN_TOUCH
    due_on: date  # first day it can be done
    window: str  # OVERDUE, TODAY or UPCOMING
    reason: str  # plain words: why it is due, and when
    person_id: int | None = None
    interview_id: int | None = None
    application_id: int | None = None
    sequence: int = 1  # the follow-up's order: first, second, third
    overdue_since: date | None = None
    context: str = ""  # the last interaction and notes about that person, for reminders
    due_by: datetime | None = None  # a deadline within the day (a thank-you's), local time
    extra: dict[str, str] = field(default_factory=dict)
