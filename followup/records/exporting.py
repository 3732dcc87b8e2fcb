"""Everything a user owns, out of Followup: one JSON document (that a fresh Followup imports back
to the same records), a zip of one CSV per kind of record, and people as vCards.

Ids in an export are its own (1, 2, 3… per kind, in the order the records were made), not the
database's: the same records export the same way whichever database they came from.

Some parts are there for the user's information only and are not imported back: how each sent
message was delivered, and the "about_you" section (what counsellors wrote about the user's drafts
and when they opened the user's records). The calendar feed's token is a secret and never leaves.

Version 2 added appointment requests, the reminder-email choice, message delivery and "about_you";
a version-1 document simply lacks them."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from django.db.models import Model, QuerySet
from django.utils import timezone

from followup.accounts.models import User
from followup.caseload.models import AccessLog, AppointmentRequest, DraftComment
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Employer, Interview, Participant, Person
from followup.lib.tabular import write_csv
from followup.notes.models import OutgoingEmail
from followup.records import vcard
from followup.reminders.models import ReminderOptOut
from followup.today.models import Mark

FORMAT = "followup-export"
VERSION = 2
PROFILE_FIELDS = ("name", "email", "phone", "linkedin_url", "time_zone", "weekly_goal")
EMPLOYER_FIELDS = ("name", "website")
PERSON_FIELDS = ("name", "title", "email", "phone", "linkedin_url", "keep_in_touch_days", "notes")
APPLICATION_FIELDS = (
    "role",
    "posting_url",
    "applied_on",
    "status",
    "status_changed_on",
    "notes",
    "created_at",
)
INTERVIEW_FIELDS = (
    "starts_at",
    "time_known",
    "duration_minutes",
    "mode",
    "round",
    "location",
    "timeline_phrase",
    "decision_on",
    "follow_up_on",
    "topics",
    "went_well",
    "forgot",
    "created_at",
)
INTERACTION_FIELDS = (
    "kind",
    "state",
    "channel",
    "occurred_on",
    "summary",
    "subject",
    "body",
    "sequence",
    "variant",
    "tone",
    "generated_text",
    "sent_at",
    "created_at",
)
MARK_FIELDS = ("snoozed_until", "dismissed", "kept")
APPOINTMENT_FIELDS = (
    "times",
    "reason",
    "state",
    "arranged_note",
    "created_at",
    "updated_at",
)
DELIVERY_FIELDS = ("to_address", "sent_at", "state")
ABOUT_YOU_NOTE = (
    "For your information: what counsellors wrote about your drafts and when they opened your "
    "records. Importing this file does not bring this section back."
)
# Due-item keys name records by id ("thank-you:i12:p40"); these parts are renumbered.
KEY_PART = re.compile(r"^([aip])(\d+)$")


def plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _fields(obj: Model, names: Iterable[str]) -> dict[str, Any]:
    return {name: plain(getattr(obj, name)) for name in names}


def _numbered(objects: QuerySet[Any]) -> tuple[list[Any], dict[int, int]]:
    rows = list(objects.order_by("pk"))
    return rows, {row.pk: number for number, row in enumerate(rows, start=1)}


def renumber_key(key: str, maps: dict[str, dict[int, int]]) -> str | None:
    """A due-item key with its record ids translated; None when a record it names is gone."""
    parts = key.split(":")
    for index, part in enumerate(parts):
        found = KEY_PART.match(part)
        if found:
            number = maps[found[1]].get(int(found[2]))
            if number is None:
                return None
            parts[index] = f"{found[1]}{number}"
    return ":".join(parts)


def export_document(user: User) -> dict[str, Any]:
    employers, employer_ids = _numbered(Employer.objects.filter(owner=user))
    people, person_ids = _numbered(Person.objects.filter(owner=user))
    applications, application_ids = _numbered(Application.objects.filter(owner=user))
    interviews, interview_ids = _numbered(Interview.objects.filter(application__owner=user))
    interactions, interaction_ids = _numbered(
        Interaction.objects.filter(owner=user).prefetch_related("people")
    )
    participants: dict[int, list[dict[str, Any]]] = {}
    for participant in Participant.objects.filter(interview__application__owner=user).order_by(
        "pk"
    ):
        participants.setdefault(participant.interview_id, []).append(
            {
                "person": person_ids[participant.person_id],
                "role": participant.role,
                "notes": participant.notes,
            }
        )
    maps = {"a": application_ids, "i": interview_ids, "p": person_ids}
    marks = []
    for mark in Mark.objects.filter(owner=user).order_by("pk"):
        key = renumber_key(mark.key, maps)
        if key is not None:
            marks.append({"key": key, **_fields(mark, MARK_FIELDS)})
    deliveries = {
        outgoing.message_id: _fields(outgoing, DELIVERY_FIELDS)
        for outgoing in OutgoingEmail.objects.filter(message__owner=user)
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": plain(timezone.now()),
        "profile": _fields(user, PROFILE_FIELDS),
        "employers": [{"id": employer_ids[e.pk], **_fields(e, EMPLOYER_FIELDS)} for e in employers],
        "people": [
            {
                "id": person_ids[p.pk],
                "employer": employer_ids.get(p.employer_id) if p.employer_id else None,
                **_fields(p, PERSON_FIELDS),
            }
            for p in people
        ],
        "applications": [
            {
                "id": application_ids[a.pk],
                "employer": employer_ids[a.employer_id],
                **_fields(a, APPLICATION_FIELDS),
            }
            for a in applications
        ],
        "interviews": [
            {
                "id": interview_ids[i.pk],
                "application": application_ids[i.application_id],
                **_fields(i, INTERVIEW_FIELDS),
                "participants": participants.get(i.pk, []),
            }
            for i in interviews
        ],
        "interactions": [
            {
                "id": interaction_ids[x.pk],
                "application": application_ids.get(x.application_id) if x.application_id else None,
                "interview": interview_ids.get(x.interview_id) if x.interview_id else None,
                "people": sorted(person_ids[p.pk] for p in x.people.all()),
                **_fields(x, INTERACTION_FIELDS),
                "delivery": deliveries.get(x.pk),
            }
            for x in interactions
        ],
        "marks": marks,
        "appointment_requests": _appointment_requests(user),
        "reminders": _reminders(user),
        "about_you": _about_you(user, interaction_ids),
    }


def _account(user: User | None) -> dict[str, str] | None:
    """A counsellor named by name and email: ids mean nothing in another Followup."""
    return None if user is None else {"name": user.name, "email": user.email}


def _appointment_requests(user: User) -> list[dict[str, Any]]:
    requests = (
        AppointmentRequest.objects.filter(client=user)
        .select_related("counsellor", "office", "arranged_by")
        .order_by("created_at", "pk")
    )
    return [
        {
            "counsellor": _account(r.counsellor),
            "office": r.office.name if r.office else None,
            "arranged_by": _account(r.arranged_by),
            **_fields(r, APPOINTMENT_FIELDS),
        }
        for r in requests
    ]


def _reminders(user: User) -> dict[str, Any]:
    opt_out = ReminderOptOut.objects.filter(user=user).first()
    return {
        "daily_emails": opt_out is None,
        "stopped_at": plain(opt_out.created_at) if opt_out else None,
    }


def _about_you(user: User, interaction_ids: dict[int, int]) -> dict[str, Any]:
    comments = (
        DraftComment.objects.filter(message__owner=user)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    looks = AccessLog.objects.filter(client=user).order_by("at", "pk")
    return {
        "note": ABOUT_YOU_NOTE,
        "draft_comments": [
            {
                "message": interaction_ids.get(c.message_id),
                "counsellor": c.author.name,
                "at": plain(c.created_at),
                "text": c.text,
            }
            for c in comments
        ],
        "who_looked": [
            {"counsellor": look.counsellor_name, "at": plain(look.at), "what": look.what}
            for look in looks
        ],
    }


def export_json(user: User) -> str:
    return json.dumps(export_document(user), ensure_ascii=False, indent=2) + "\n"


def export_csv_zip(user: User) -> bytes:
    """One CSV per kind of record, with names beside the ids so a spreadsheet reads well."""
    document = export_document(user)
    employer_names = {e["id"]: e["name"] for e in document["employers"]}
    person_names = {p["id"]: p["name"] for p in document["people"]}
    about = document["about_you"]
    # References get an "_id" column and a name column beside it: applications.csv then reads
    # back in as an applications list (Employer, Role, Applied on, Status…).
    files = {
        "profile.csv": _table(
            [document["profile"] | _prefixed("reminder_", document["reminders"])],
            (*PROFILE_FIELDS, "reminder_daily_emails", "reminder_stopped_at"),
        ),
        "employers.csv": _table(document["employers"], ("id", *EMPLOYER_FIELDS)),
        "people.csv": _table(
            [
                p | {"employer_id": p["employer"], "employer": employer_names.get(p["employer"])}
                for p in document["people"]
            ],
            ("id", "name", "employer_id", "employer", *PERSON_FIELDS[1:]),
        ),
        "applications.csv": _table(
            [
                a | {"employer_id": a["employer"], "employer": employer_names[a["employer"]]}
                for a in document["applications"]
            ],
            ("id", "employer_id", "employer", *APPLICATION_FIELDS),
        ),
        "interviews.csv": _table(
            [i | {"application_id": i["application"]} for i in document["interviews"]],
            ("id", "application_id", *INTERVIEW_FIELDS),
        ),
        "participants.csv": _table(
            [
                p
                | {
                    "interview_id": i["id"],
                    "person_id": p["person"],
                    "person": person_names[p["person"]],
                }
                for i in document["interviews"]
                for p in i["participants"]
            ],
            ("interview_id", "person_id", "person", "role", "notes"),
        ),
        "interactions.csv": _table(
            [
                x
                | {
                    "application_id": x["application"],
                    "interview_id": x["interview"],
                    "person_ids": ";".join(str(n) for n in x["people"]),
                    "people": "; ".join(person_names[n] for n in x["people"]),
                }
                | _prefixed("delivery_", x["delivery"])
                for x in document["interactions"]
            ],
            (
                "id",
                "application_id",
                "interview_id",
                "person_ids",
                "people",
                *INTERACTION_FIELDS,
                *(f"delivery_{name}" for name in DELIVERY_FIELDS),
            ),
        ),
        "marks.csv": _table(document["marks"], ("key", *MARK_FIELDS)),
        "appointments.csv": _table(
            [
                r
                | _prefixed("counsellor_", r["counsellor"])
                | {"arranged_by": (r["arranged_by"] or {}).get("name")}
                for r in document["appointment_requests"]
            ],
            (
                "created_at",
                "counsellor_name",
                "counsellor_email",
                "office",
                "times",
                "reason",
                "state",
                "arranged_note",
                "arranged_by",
                "updated_at",
            ),
        ),
        "draft_comments.csv": _table(
            [c | {"message_id": c["message"]} for c in about["draft_comments"]],
            ("message_id", "counsellor", "at", "text"),
        ),
        "who_looked.csv": _table(about["who_looked"], ("at", "counsellor", "what")),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text.encode("utf-8-sig"))
    return out.getvalue()


def _prefixed(prefix: str, values: dict[str, Any] | None) -> dict[str, Any]:
    return {prefix + name: value for name, value in (values or {}).items()}


def _table(rows: list[dict[str, Any]], columns: Iterable[str]) -> str:
    names = list(columns)
    return write_csv(names, ([_cell(row.get(name)) for name in names] for row in rows))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def export_vcards(user: User) -> str:
    people = Person.objects.filter(owner=user).select_related("employer").order_by("name", "pk")
    return vcard.cards(
        vcard.Card(
            name=person.name,
            organisation=person.employer.name if person.employer else "",
            title=person.title,
            email=person.email,
            phone=person.phone,
            url=person.linkedin_url,
            note=person.notes,
        )
        for person in people
    )
