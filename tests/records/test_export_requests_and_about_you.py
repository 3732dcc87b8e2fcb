"""What version 2 of the export added: appointment requests and the reminder-email choice (which
import back), message delivery and "about_you" (which are for the user's information only), the
calendar token that never leaves, and version-1 files that still import."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Any

import pytest

from followup.caseload.models import AccessLog, AppointmentRequest, DraftComment
from followup.notes.models import OutgoingEmail
from followup.records.exporting import (
    export_csv_zip,
    export_document,
    export_json,
    export_vcards,
    plain,
)
from followup.records.importing import apply_import, plan_import
from followup.reminders.models import CalendarFeed, ReminderOptOut

pytestmark = pytest.mark.django_db


def _csv(user: Any, name: str) -> str:
    archive = zipfile.ZipFile(io.BytesIO(export_csv_zip(user)))
    return archive.read(name).decode("utf-8-sig")


def _all_csv(user: Any) -> str:
    archive = zipfile.ZipFile(io.BytesIO(export_csv_zip(user)))
    return "".join(archive.read(name).decode("utf-8-sig") for name in archive.namelist())


def test_appointment_requests_name_the_counsellor_or_office_and_keep_their_state(
    full_record: Any,
) -> None:
    arranged, at_office = export_document(full_record)["appointment_requests"]
    assert arranged["counsellor"] == {"name": "Maya Thompson", "email": "maya@example.org"}
    assert arranged["office"] is None
    assert arranged["state"] == "arranged"
    assert arranged["arranged_note"] == "Thursday 10:30, Belleville office"
    assert arranged["arranged_by"] == {"name": "Maya Thompson", "email": "maya@example.org"}
    assert at_office["counsellor"] is None
    assert at_office["office"] == "Marmora Office"
    assert (at_office["state"], at_office["times"]) == ("open", "Any afternoon")


def test_the_export_says_reminder_emails_were_stopped_and_when(full_record: Any) -> None:
    reminders = export_document(full_record)["reminders"]
    stopped = ReminderOptOut.objects.get(user=full_record).created_at
    assert reminders["daily_emails"] is False
    assert reminders["stopped_at"] == plain(stopped)
    ReminderOptOut.objects.filter(user=full_record).delete()
    assert export_document(full_record)["reminders"] == {"daily_emails": True, "stopped_at": None}


def test_an_imported_request_keeps_its_counsellor_state_and_times(
    full_record: Any, make_user: Any
) -> None:
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    apply_import(fresh, export_json(full_record))
    original = AppointmentRequest.objects.filter(client=full_record).order_by("created_at")
    copies = AppointmentRequest.objects.filter(client=fresh).order_by("created_at")
    fields = ("counsellor_id", "office_id", "state", "times", "reason", "arranged_by_id")
    stamps = ("created_at", "updated_at", "arranged_note")
    assert [[getattr(r, f) for f in fields + stamps] for r in copies] == [
        [getattr(r, f) for f in fields + stamps] for r in original
    ]
    assert ReminderOptOut.objects.get(user=fresh).created_at == (
        ReminderOptOut.objects.get(user=full_record).created_at
    )


def test_a_sent_message_carries_its_delivery_which_an_import_does_not_make(
    full_record: Any, make_user: Any
) -> None:
    (thanks,) = export_document(full_record)["interactions"]
    delivery = thanks["delivery"]
    assert delivery["to_address"] == "siobhan@example.org"
    assert delivery["state"] == "sent"
    assert delivery["sent_at"].endswith("Z")
    (row,) = csv.DictReader(io.StringIO(_csv(full_record, "interactions.csv")))
    assert (row["delivery_to_address"], row["delivery_state"]) == ("siobhan@example.org", "sent")
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    apply_import(fresh, export_json(full_record))
    assert not OutgoingEmail.objects.filter(message__owner=fresh).exists()
    (copy,) = export_document(fresh)["interactions"]
    assert copy["delivery"] is None


def test_about_you_holds_counsellors_comments_and_who_looked_with_a_note(
    full_record: Any,
) -> None:
    about = export_document(full_record)["about_you"]
    assert "Importing this file does not bring this section back." in about["note"]
    (comment,) = about["draft_comments"]
    assert comment["counsellor"] == "Maya Thompson"
    assert comment["text"] == "Name the scheduling system you talked about."
    assert comment["message"] == 1 and comment["at"].endswith("Z")
    (look,) = about["who_looked"]
    assert (look["counsellor"], look["what"]) == ("Maya Thompson", "Client page")
    assert "Name the scheduling system" in _csv(full_record, "draft_comments.csv")
    assert "Client page" in _csv(full_record, "who_looked.csv")


def test_an_import_brings_back_no_comment_nor_look_and_says_so(
    full_record: Any, make_user: Any
) -> None:
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    plan = apply_import(fresh, export_json(full_record))
    assert plan.ok, plan.problems
    assert any("not imported" in line.text for line in plan.skipped)
    assert not DraftComment.objects.filter(message__owner=fresh).exists()
    assert not AccessLog.objects.filter(client=fresh).exists()
    about = export_document(fresh)["about_you"]
    assert (about["draft_comments"], about["who_looked"]) == ([], [])


def test_another_users_requests_comments_and_looks_never_appear(
    full_record: Any, counsellor: Any
) -> None:
    for user in (full_record, counsellor):
        for text in (export_json(user), _all_csv(user)):
            for secret in ("Secret reason", "Secret times", "Secret comment", "Secret look"):
                assert secret not in text
    counsellors_own = export_document(counsellor)
    assert counsellors_own["appointment_requests"] == []
    assert counsellors_own["about_you"]["draft_comments"] == []
    assert "Practise for my second interview" not in export_json(counsellor)


def test_the_calendar_token_never_appears_in_any_export(full_record: Any) -> None:
    token = CalendarFeed.objects.get(user=full_record).token
    for text in (export_json(full_record), _all_csv(full_record), export_vcards(full_record)):
        assert token not in text


def test_appointments_csv_has_one_row_per_request_with_whom(full_record: Any) -> None:
    lines = _csv(full_record, "appointments.csv").strip().splitlines()
    assert lines[0].startswith("created_at,counsellor_name,counsellor_email,office,times")
    assert len(lines) == 3
    assert "Maya Thompson,maya@example.org" in lines[1] and "arranged" in lines[1]
    assert "Marmora Office" in lines[2] and "Help with my résumé" in lines[2]
    assert "reminder_daily_emails" in _csv(full_record, "profile.csv")


def test_a_request_with_a_counsellor_not_here_is_skipped_and_an_unknown_arranger_left_empty(
    full_record: Any, make_user: Any
) -> None:
    document = json.loads(export_json(full_record))
    arranged, at_office = document["appointment_requests"]
    arranged["counsellor"] = {"name": "Gone Away", "email": "gone@example.org"}
    at_office["arranged_by"] = {"name": "Gone Away", "email": "gone@example.org"}
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    plan = apply_import(fresh, json.dumps(document))
    assert plan.ok, plan.problems
    assert any("with Gone Away" in line.text for line in plan.skipped)
    (kept,) = AppointmentRequest.objects.filter(client=fresh)
    assert kept.office is not None and kept.office.name == "Marmora Office"
    assert kept.arranged_by is None


def test_a_job_seeker_with_the_counsellors_email_is_not_taken_for_the_counsellor(
    full_record: Any, make_user: Any
) -> None:
    document = json.loads(export_json(full_record))
    document["appointment_requests"][0]["counsellor"]["email"] = "other@example.org"
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    apply_import(fresh, json.dumps(document))
    assert not AppointmentRequest.objects.filter(client=fresh, counsellor__isnull=False).exists()


def test_bad_requests_and_reminders_are_named_and_nothing_is_written(
    full_record: Any, make_user: Any
) -> None:
    document = json.loads(export_json(full_record))
    document["appointment_requests"][0]["state"] = "maybe"
    document["appointment_requests"][1]["counsellor"] = "Maya"
    document["appointment_requests"][1]["updated_at"] = "yesterday"
    document["reminders"]["daily_emails"] = "no"
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    plan = apply_import(fresh, json.dumps(document))
    found = {(p.part, p.row, p.column) for p in plan.problems}
    assert found == {
        ("appointment_requests", 1, "state"),
        ("appointment_requests", 2, "counsellor"),
        ("appointment_requests", 2, "updated_at"),
        ("reminders", 1, "daily_emails"),
    }
    assert not AppointmentRequest.objects.filter(client=fresh).exists()
    assert not ReminderOptOut.objects.filter(user=fresh).exists()


def test_an_import_never_turns_reminder_emails_back_on(full_record: Any, make_user: Any) -> None:
    document = json.loads(export_json(full_record))
    document["reminders"] = {"daily_emails": True, "stopped_at": None}
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    ReminderOptOut.objects.create(user=fresh)
    apply_import(fresh, json.dumps(document))
    assert ReminderOptOut.objects.filter(user=fresh).exists()


def _version_1(document: dict[str, Any]) -> dict[str, Any]:
    """The same records as version 1 wrote them: before requests, reminders and about_you."""
    old = {
        key: value
        for key, value in document.items()
        if key not in ("appointment_requests", "reminders", "about_you")
    }
    old["version"] = 1
    old["interactions"] = [
        {key: value for key, value in x.items() if key != "delivery"}
        for x in document["interactions"]
    ]
    return old


def test_a_version_1_export_still_imports_to_the_same_records(
    full_record: Any, make_user: Any
) -> None:
    old = _version_1(json.loads(export_json(full_record)))
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    plan = apply_import(fresh, json.dumps(old))
    assert plan.ok, plan.problems
    assert plan.skipped == []
    again = _version_1(export_document(fresh))
    for kind in ("employers", "people", "applications", "interviews", "interactions", "marks"):
        assert again[kind] == old[kind]
    assert not AppointmentRequest.objects.filter(client=fresh).exists()
    assert not ReminderOptOut.objects.filter(user=fresh).exists()


def test_importing_requests_twice_adds_nothing(full_record: Any, make_user: Any) -> None:
    text = export_json(full_record)
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    apply_import(fresh, text)
    assert plan_import(fresh, text).added == []
    apply_import(fresh, text)
    assert AppointmentRequest.objects.filter(client=fresh).count() == 2
