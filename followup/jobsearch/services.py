"""Saving a job search: employers and people are found by name before new ones are made."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from followup.accounts.clock import local_today
from followup.accounts.models import User
from followup.jobsearch.models import (
    INTERVIEW_DETAILS,
    Application,
    Employer,
    Interview,
    Participant,
    Person,
    Status,
)
from followup.organisation.models import Organisation


def employer_named(owner: User, name: str) -> Employer:
    clean = " ".join(name.split())
    employer = Employer.objects.filter(owner=owner, name__iexact=clean).first()
    return employer or Employer.objects.create(owner=owner, name=clean)


def person_named(owner: User, name: str, employer: Employer | None) -> Person:
    """The owner's person of that name (at that employer when several share it), or a new one."""
    clean = " ".join(name.split())
    matches = list(Person.objects.filter(owner=owner, name__iexact=clean))
    for person in matches:
        if employer is None or person.employer_id in (None, employer.pk):
            return person
    return Person.objects.create(
        owner=owner,
        name=clean,
        employer=employer,
        keep_in_touch_days=Organisation.current().keep_in_touch_days,
    )


def set_status(application: Application, status: str) -> None:
    if application.status != status:
        application.status = status
        application.status_changed_on = local_today(application.owner)
        application.save(update_fields=["status", "status_changed_on"])


@transaction.atomic
def save_interview(
    owner: User,
    data: dict[str, Any],
    starts_at: Any,
    participants: list[dict[str, Any]],
    interview: Interview | None = None,
) -> Interview:
    employer = employer_named(owner, data["employer_name"])
    role = " ".join(data["role"].split())
    application = (
        Application.objects.filter(owner=owner, employer=employer, role__iexact=role)
        .order_by("-created_at")
        .first()
    )
    if application is None:
        application = Application.objects.create(
            owner=owner, employer=employer, role=role, status=Status.INTERVIEWING
        )
    elif application.status in (Status.APPLIED, Status.NO_RESPONSE):
        set_status(application, Status.INTERVIEWING)
    fields = {key: data[key] for key in INTERVIEW_DETAILS}
    # Days set by hand on the form; callers that predate them set none.
    fields |= {key: data.get(key) for key in ("decision_on", "follow_up_on")}
    fields["time_known"] = data.get("time_known", True)  # False: the date alone was given
    if interview is None:
        # The same job at the same moment is the same interview: Save tapped twice, or the form
        # sent again, must not log a second one (and a second thank-you to everyone).
        interview = Interview.objects.filter(application=application, starts_at=starts_at).first()
    if interview is None:
        interview = Interview.objects.create(application=application, starts_at=starts_at, **fields)
    else:
        interview.application = application
        interview.starts_at = starts_at
        for key, value in fields.items():
            setattr(interview, key, value)
        interview.save()
    _save_participants(owner, interview, employer, participants)
    return interview


def _save_participants(
    owner: User, interview: Interview, employer: Employer, rows: list[dict[str, Any]]
) -> None:
    kept: list[int] = []
    for row in rows:
        person = person_named(owner, row["name"], employer)
        changed = False
        for field in ("title", "email"):
            if row.get(field) and not getattr(person, field):
                setattr(person, field, row[field])
                changed = True
        if person.employer_id is None:
            person.employer = employer
            changed = True
        if changed:
            person.save()
        Participant.objects.update_or_create(
            interview=interview,
            person=person,
            defaults={"role": row["role"], "notes": row.get("notes", "")},
        )
        kept.append(person.pk)
    interview.participants.exclude(person_id__in=kept).delete()
