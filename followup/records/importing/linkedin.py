"""Importing LinkedIn's Connections.csv: one person per connection (matched by email, profile
link or name, so importing twice adds nothing), with their company as employer, and the day
you connected in their notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext as _

from followup.accounts.models import User
from followup.jobsearch.models import Person
from followup.lib.tabular import ConnectionRow, Table
from followup.records.importing.matching import Employers, People, Ref
from followup.records.importing.plan import Line, Plan, day_text, fill_in, model_problems


def plan_connections(owner: User, rows: list[ConnectionRow], table: Table, plan: Plan) -> None:
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
                    "day": day_text(row.connected_on)
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
            fill_in(plan, row.row, found, values, employer)


def _make_person(person: Person, employer: Ref[Any] | None) -> Callable[[], Person]:
    def make() -> Person:
        person.employer = employer.get() if employer else None
        person.save()
        return person

    return make
