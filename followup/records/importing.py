"""Importing a file into one user's records: an applications CSV from another tracker, LinkedIn's
Connections.csv, or a Followup JSON export. `plan_import` says what would be added, what matches
records already there and what is skipped, and writes nothing; `apply_import` plans again and,
only when no row has a problem, writes everything in one transaction."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from followup.accounts.models import User
from followup.jobsearch.models import Application, Person
from followup.lib.dates import FIRST_DAY, LAST_DAY
from followup.records import tabular
from followup.records.matching import Employers, People, Ref, blanks_filled, squash_name
from followup.records.tabular import FileProblem, Problem

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


def read_file(data: bytes) -> tuple[str, str]:
    """The file's text and encoding; FileProblem with a message for the user otherwise."""
    return tabular.decode(data)


def plan_import(owner: User, text: str, encoding: str = "utf-8") -> Plan:
    """What importing `text` would do to `owner`'s records. Raises FileProblem when the file
    as a whole cannot be read."""
    if text.lstrip().startswith("{"):
        from followup.records.import_json import plan_json

        return plan_json(owner, _json(text))
    table = tabular.read_table(text)
    parsed = tabular.parse(table)
    plan = Plan(kind=table.kind, encoding=encoding, problems=list(parsed.problems))
    plan.skipped += [Line(row, _("Empty row.")) for row in parsed.blank_rows]
    if table.kind == tabular.LINKEDIN:
        _plan_connections(owner, parsed.connections, table, plan)
    else:
        _plan_applications(owner, parsed.applications, table, plan)
    plan.problems.sort(key=lambda problem: problem.row)
    return plan


def apply_import(owner: User, text: str, encoding: str = "utf-8") -> Plan:
    """Import for real, in one transaction; nothing is written when the plan has problems."""
    with transaction.atomic():
        plan = plan_import(owner, text, encoding)
        if plan.ok:
            for step in plan.steps:
                step()
    return plan


def _json(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FileProblem(
            _("This JSON file cannot be read: line %(line)s, column %(column)s: %(error)s.")
            % {"line": error.lineno, "column": error.colno, "error": error.msg}
        ) from None
    except RecursionError:
        raise FileProblem(
            _("This JSON file is nested too deeply to be a Followup export.")
        ) from None
    except ValueError:  # a number of thousands of digits
        raise FileProblem(
            _("This JSON file has a number too long to be a Followup export.")
        ) from None
    if not isinstance(document, dict) or document.get("format") != "followup-export":
        raise FileProblem(_("This JSON file is not a Followup export."))
    return document


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


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _plan_applications(
    owner: User, rows: list[tabular.ApplicationRow], table: tabular.Table, plan: Plan
) -> None:
    employers = Employers(owner)
    people = People(owner)
    seen: dict[tuple[str, str, date | None], int] = {}
    existing = {
        (squash_name(a.employer.name), squash_name(a.role), a.applied_on)
        for a in Application.objects.filter(owner=owner).select_related("employer")
    }
    columns = {
        "role": table.header_of("role"),
        "posting_url": table.header_of("url"),
        "notes": table.header_of("notes"),
        "applied_on": table.header_of("applied_on"),
        "status": table.header_of("status"),
        "name": table.header_of("contact"),
        "email": table.header_of("contact"),
    }
    for row in rows:
        application = Application(
            owner=owner,
            role=row.role,
            applied_on=row.applied_on,
            status=row.status,
            posting_url=row.url,
            notes=row.notes,
        )
        problems = model_problems(application, row.row, columns, ["owner", "employer"])
        if len(row.employer) > 200:
            problems.append(
                Problem(row.row, table.header_of("employer"), _("longer than 200 characters."))
            )
        if row.contact_name:
            contact = Person(owner=owner, name=row.contact_name, email=row.contact_email)
            problems += model_problems(contact, row.row, columns, ["owner", "employer"])
        if problems:
            plan.problems += problems
            continue
        key = (squash_name(row.employer), squash_name(row.role), row.applied_on)
        label = _("%(role)s at %(employer)s") % {"role": row.role, "employer": row.employer}
        if row.applied_on:
            label += " " + _("(applied %(day)s)") % {"day": _day(row.applied_on)}
        employer = employers.get(row.employer)
        if key in existing:
            plan.matched.append(
                Line(row.row, _("%(what)s: already in Followup.") % {"what": label})
            )
        elif key in seen:
            plan.skipped.append(
                Line(
                    row.row, _("%(what)s: same as row %(row)s.") % {"what": label, "row": seen[key]}
                )
            )
        else:
            seen[key] = row.row
            plan.uses("employers", employer)
            plan.add("applications", row.row, label, _make_application(application, employer))
        if row.contact_name:
            _plan_contact(plan, people, row, employer)


def _make_application(application: Application, employer: Ref[Any]) -> Step:
    def step() -> None:
        application.employer = employer.get()
        application.save()

    return step


def _plan_contact(
    plan: Plan, people: People, row: tabular.ApplicationRow, employer: Ref[Any]
) -> None:
    found = people.find(row.contact_name, row.contact_email)
    if found is None:
        ref: Ref[Person] = Ref(
            make=lambda: Person.objects.create(
                owner=employer.get().owner,
                name=row.contact_name,
                email=row.contact_email,
                employer=employer.get(),
            )
        )
        people.add(ref, row.contact_name, row.contact_email)
        plan.uses("employers", employer)
        plan.add(
            "people",
            row.row,
            _("%(name)s, contact at %(employer)s")
            % {"name": row.contact_name, "employer": row.employer},
            ref.get,
        )
    elif not found.is_new:
        _fill_in(plan, row.row, found, {"email": row.contact_email}, employer)


def _fill_in(
    plan: Plan, row: int, found: Ref[Person], values: dict[str, object], employer: Ref[Any] | None
) -> None:
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


def _plan_connections(
    owner: User, rows: list[tabular.ConnectionRow], table: tabular.Table, plan: Plan
) -> None:
    employers = Employers(owner)
    people = People(owner)
    seen: dict[int, int] = {}
    columns = {
        "name": table.header_of("first_name"),
        "email": table.header_of("email"),
        "linkedin_url": table.header_of("url"),
        "title": table.header_of("position"),
    }
    for row in rows:
        values: dict[str, object] = {
            "email": row.email,
            "linkedin_url": row.url,
            "title": row.position,
        }
        candidate = Person(owner=owner, name=row.name, **values)
        problems = model_problems(candidate, row.row, columns, ["owner", "employer"])
        if problems:
            plan.problems += problems
            continue
        employer = employers.get(row.company) if row.company else None
        found = people.find(row.name, row.email, row.url)
        if found is None:
            if row.connected_on:
                candidate.notes = _("Connected on LinkedIn on %(day)s.") % {
                    "day": _day(row.connected_on)
                }
            ref: Ref[Person] = Ref(make=_make_person(candidate, employer))
            people.add(ref, row.name, row.email, row.url)
            seen[id(ref)] = row.row
            plan.uses("employers", employer)
            where = f" ({row.position}, {row.company})" if row.position and row.company else ""
            plan.add("people", row.row, row.name + where, ref.get)
        elif found.is_new:
            plan.skipped.append(
                Line(
                    row.row,
                    _("%(name)s: same person as row %(row)s.")
                    % {"name": row.name, "row": seen.get(id(found), "?")},
                )
            )
        else:
            _fill_in(plan, row.row, found, values, employer)


def _make_person(person: Person, employer: Ref[Any] | None) -> Callable[[], Person]:
    def make() -> Person:
        person.employer = employer.get() if employer else None
        person.save()
        return person

    return make
