"""What an import would do, before it does it: a `Plan` of lines added, matched and skipped, the
problems that stop it (`Problem`, or `FileProblem` for a file that cannot be read at all), the
counts its summary reads, and the steps that write the records once confirmed. Also the checks
every source shares: a record as Django and the database would take it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from followup.jobsearch.models import Person
from followup.lib.dates import FIRST_DAY, LAST_DAY
from followup.lib.tabular import FileProblem, Problem
from followup.records.importing.matching import Ref, blanks_filled

__all__ = ["FileProblem", "Line", "Plan", "Problem", "Step", "model_problems", "summarise"]

Step = Callable[[], object]

# What every database Followup runs on stores in each kind of integer column (PostgreSQL's).
INTEGER_RANGES: dict[str, tuple[int, int]] = BaseDatabaseOperations.integer_field_ranges


@dataclass(frozen=True)
class Line:
    row: int | None
    text: str


@dataclass
class Plan:
    kind: str
    encoding: str = "utf-8"
    added: list[Line] = field(default_factory=list)
    matched: list[Line] = field(default_factory=list)
    skipped: list[Line] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    steps: list[Step] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)  # new records some step will make
    touched: set[int] = field(default_factory=set)  # existing people some step fills in

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, what: str, row: int | None, text: str, step: Step) -> None:
        self.counts[what] += 1
        self.added.append(Line(row, text))
        self.steps.append(step)

    def uses(self, what: str, ref: Ref[Any] | None) -> None:
        """Count a new employer (or other record made on demand) once, when a step needs it."""
        if ref is not None and ref.is_new and id(ref) not in self.claimed:
            self.claimed.add(id(ref))
            self.counts[what] += 1

    def summary(self, done: bool = False) -> str:
        return summarise(self.counts, done)


NOUNS: dict[str, Callable[[int], str]] = {
    "applications": lambda n: ngettext("%(n)s application", "%(n)s applications", n),
    "people": lambda n: ngettext("%(n)s person", "%(n)s people", n),
    "employers": lambda n: ngettext("%(n)s employer", "%(n)s employers", n),
    "interviews": lambda n: ngettext("%(n)s interview", "%(n)s interviews", n),
    "interactions": lambda n: ngettext(
        "%(n)s message or interaction", "%(n)s messages and interactions", n
    ),
    "marks": lambda n: ngettext("%(n)s choice on Today", "%(n)s choices on Today", n),
    "appointment_requests": lambda n: ngettext(
        "%(n)s appointment request", "%(n)s appointment requests", n
    ),
    "reminders": lambda n: ngettext(
        "the choice to stop reminder emails", "the choice to stop reminder emails", n
    ),
    "updates": lambda n: ngettext(
        "details filled in for %(n)s person", "details filled in for %(n)s people", n
    ),
}


def summarise(counts: Counter[str], done: bool = False) -> str:
    parts = [
        noun(counts[what]) % {"n": counts[what]} for what, noun in NOUNS.items() if counts[what]
    ]
    if not parts:
        return _("Nothing new was added.") if done else _("Nothing new to add.")
    template = _("Imported: %(parts)s.") if done else _("To add: %(parts)s.")
    return template % {"parts": ", ".join(parts)}


def day_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def model_problems(
    obj: Model, row: int, columns: dict[str, str], exclude: list[str], part: str = ""
) -> list[Problem]:
    """Django's own checks on a record about to be made (lengths, links, emails), each named
    by the column it came from."""
    problems = stored_value_problems(obj, row, columns, exclude, part)  # as read from the file
    if problems:
        return problems
    try:
        obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        return [
            Problem(row, columns.get(name, name), " ".join(messages), part)
            for name, messages in error.message_dict.items()
        ]
    except (OverflowError, TypeError, ValueError):  # e.g. Infinity where a number goes
        return [Problem(row, "", _("has a value that cannot be read."), part)]
    return stored_value_problems(obj, row, columns, exclude, part)  # as it would be stored


def stored_value_problems(
    obj: Model, row: int, columns: dict[str, str], exclude: list[str], part: str = ""
) -> list[Problem]:
    """What Django's checks let through and a database refuses, or the planner cannot use: a
    NUL character in text, a number beyond the column's range, a value of the wrong type, a
    day outside 1900–2999."""
    problems = []
    for model_field in obj._meta.concrete_fields:
        if model_field.name in exclude or model_field.primary_key:
            continue
        message = _value_problem(model_field, getattr(obj, model_field.attname))
        if message:
            problems.append(
                Problem(row, columns.get(model_field.name, model_field.name), message, part)
            )
    return problems


def _value_problem(model_field: Any, value: object) -> str:
    if value is None:
        return ""
    kind = model_field.get_internal_type()
    if isinstance(value, list | dict):
        return _("is a list where one value was expected.")
    if isinstance(value, str):
        return _("has a NUL character.") if "\x00" in value else ""
    if kind in INTEGER_RANGES:
        low, high = INTEGER_RANGES[kind]
        if isinstance(value, bool) or not isinstance(value, int):
            return _("is not a whole number.")
        if not low <= value <= high:
            return _("is out of range (%(low)s to %(high)s).") % {"low": low, "high": high}
    if isinstance(value, date) and not FIRST_DAY <= _as_day(value) <= LAST_DAY:
        return _("is outside the years 1900 to 2999.")
    return ""


def _as_day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def fill_in(
    plan: Plan, row: int, found: Ref[Person], values: dict[str, object], employer: Ref[Any] | None
) -> None:
    """A person already in Followup, matched by a row: fill in the details they lack (and their
    employer), once per person, or count the row as matched."""
    person = found.get()
    filled = blanks_filled(person, values)
    adds_employer = employer is not None and person.employer_id is None
    if id(found) in plan.touched or (not filled and not adds_employer):
        plan.matched.append(Line(row, _("%(name)s: already in Followup.") % {"name": person.name}))
        return

    def step() -> None:
        for name, value in filled.items():
            setattr(person, name, value)
        if adds_employer and employer is not None:
            person.employer = employer.get()
        person.save()

    plan.touched.add(id(found))
    if adds_employer:
        plan.uses("employers", employer)
    plan.counts["updates"] += 1
    plan.matched.append(
        Line(
            row,
            _("%(name)s: already in Followup; missing details will be filled in.")
            % {"name": person.name},
        )
    )
    plan.steps.append(step)
