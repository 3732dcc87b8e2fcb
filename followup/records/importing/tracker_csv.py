"""Importing another tracker's applications CSV: one application per row (matched by employer,
job title and day applied, so importing twice adds nothing), its employer, and the contact
person the row names, made or filled in."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from followup.accounts.models import User
from followup.jobsearch.models import Application, Person
from followup.lib.tabular import ApplicationRow, Problem, Table
from followup.records.importing.matching import Employers, People, Ref, squash_name
from followup.records.importing.plan import Line, Plan, Step, day_text, fill_in, model_problems


def plan_applications(owner: User, rows: list[ApplicationRow], table: Table, plan: Plan) -> None:
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
            label += " " + _("(applied %(day)s)") % {"day": day_text(row.applied_on)}
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


def _plan_contact(plan: Plan, people: People, row: ApplicationRow, employer: Ref[Any]) -> None:
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
        fill_in(plan, row.row, found, {"email": row.contact_email}, employer)
