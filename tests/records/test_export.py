"""Exports: one JSON document that imports back to the same records, CSVs, vCards; only one's
own records in each."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from followup.jobsearch.models import Person
from followup.records.exporting import export_document, export_json
from followup.records.importing import apply_import, plan_import

pytestmark = pytest.mark.django_db


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The records an import brings back: not the export's time, nor what it holds for the
    user's information only (how messages were delivered, "about_you")."""
    records = {
        key: value for key, value in document.items() if key not in ("exported_at", "about_you")
    }
    records["interactions"] = [
        {key: value for key, value in x.items() if key != "delivery"}
        for x in document["interactions"]
    ]
    return records


def test_the_json_export_names_its_format_and_holds_every_kind_of_record(
    full_record: Any,
) -> None:
    document = export_document(full_record)
    assert (document["format"], document["version"]) == ("followup-export", 2)
    assert document["profile"]["weekly_goal"] == 5
    assert [e["name"] for e in document["employers"]] == ["Quinte Health"]
    assert {p["name"] for p in document["people"]} == {"Siobhan O'Connor", "Łukasz Kowalski"}
    (interview,) = document["interviews"]
    assert interview["forgot"] == "my first-aid certificate"
    assert {p["notes"] for p in interview["participants"]} == {
        "the new scheduling system",
        "the morning rush",
    }
    (thanks,) = document["interactions"]
    assert thanks["people"] == [1]
    assert thanks["interview"] == interview["id"]
    assert document["marks"][0]["key"] == "thank-you:i1:p2"
    assert [r["reason"] for r in document["appointment_requests"]] == [
        "Practise for my second interview",
        "Help with my résumé",
    ]
    assert document["reminders"]["daily_emails"] is False


def test_an_export_holds_only_the_users_own_records(full_record: Any, other_seeker: Any) -> None:
    text = export_json(full_record)
    assert "Secret Corp" not in text and "Spy" not in text
    assert "Quinte Health" not in export_json(other_seeker)


def test_export_then_import_into_a_fresh_account_gives_the_same_records(
    full_record: Any, make_user: Any
) -> None:
    first = export_json(full_record)
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    plan = apply_import(fresh, first)
    assert plan.ok, plan.problems
    again = export_document(fresh)
    expected = _comparable(json.loads(first))
    expected["profile"]["email"] = "zoe.new@example.org"
    assert _comparable(again) == expected


def test_importing_an_export_twice_adds_nothing(full_record: Any, make_user: Any) -> None:
    text = export_json(full_record)
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    apply_import(fresh, text)
    before = _comparable(export_document(fresh))
    plan = plan_import(fresh, text)
    assert plan.added == []
    apply_import(fresh, text)
    assert _comparable(export_document(fresh)) == before


def test_a_broken_export_names_the_list_item_and_field_and_writes_nothing(
    full_record: Any, make_user: Any
) -> None:
    document = json.loads(export_json(full_record))
    document["people"][1]["email"] = "not an email"
    document["applications"][0]["employer"] = 99
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    plan = apply_import(fresh, json.dumps(document))
    found = {(p.part, p.row, p.column) for p in plan.problems}
    assert ("people", 2, "email") in found
    assert ("applications", 1, "employer") in found
    assert not Person.objects.filter(owner=fresh).exists()


def test_export_then_import_into_a_fresh_data_folder_gives_the_same_records(
    full_record: Any, tmp_path: Path
) -> None:
    exported = tmp_path / "export.json"
    exported.write_text(export_json(full_record), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    env |= {"FOLLOWUP_DATA_DIR": str(tmp_path / "fresh"), "FOLLOWUP_PASSWORD": "a long pass 42!"}
    followup = [sys.executable, "-m", "followup.cli"]

    def run(*args: str) -> str:
        done = subprocess.run(
            [*followup, *args], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("migrate", "-v", "0")
    run("createuser", "--email", "zoe@example.org", "--name", "Zoë Lefebvre")
    # The counsellor the seeker asked for has an account in the new Followup too.
    run(
        "createuser",
        "--email",
        "maya@example.org",
        "--name",
        "Maya Thompson",
        "--role",
        "counsellor",
    )
    run("import", "--user", "zoe@example.org", str(exported))
    again = json.loads(run("export", "--user", "zoe@example.org"))
    first = json.loads(exported.read_text(encoding="utf-8"))
    assert len(first["appointment_requests"]) == 2
    assert first["reminders"]["daily_emails"] is False
    assert _comparable(again) == _comparable(first)


def test_the_csv_export_is_a_zip_with_one_file_per_kind_of_record(
    client: Client, full_record: Any
) -> None:
    client.force_login(full_record)
    response = client.get(reverse("records_export_csv"))
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert set(archive.namelist()) == {
        "profile.csv",
        "employers.csv",
        "people.csv",
        "applications.csv",
        "interviews.csv",
        "participants.csv",
        "interactions.csv",
        "marks.csv",
        "appointments.csv",
        "draft_comments.csv",
        "who_looked.csv",
    }
    people = archive.read("people.csv").decode("utf-8-sig")
    assert "Łukasz Kowalski" in people and "Quinte Health" in people
    assert "Secret Corp" not in archive.read("applications.csv").decode("utf-8-sig")


def test_the_exported_applications_csv_reads_back_as_an_applications_list(
    full_record: Any, make_user: Any
) -> None:
    from followup.records.exporting import export_csv_zip

    archive = zipfile.ZipFile(io.BytesIO(export_csv_zip(full_record)))
    text = archive.read("applications.csv").decode("utf-8-sig")
    plan = plan_import(make_user("new@example.org"), text)
    assert plan.kind == "applications" and plan.ok
    assert plan.counts["applications"] == 1


def test_people_download_as_vcards_in_utf8(client: Client, full_record: Any) -> None:
    client.force_login(full_record)
    response = client.get(reverse("records_export_vcf"))
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.count("BEGIN:VCARD") == 2
    assert "FN:Łukasz Kowalski\r\n" in text
    assert "NOTE:Prefers email\\; met at the job fair\\, 2026\r\n" in text


def test_the_json_download_is_the_users_own(client: Client, full_record: Any) -> None:
    client.force_login(full_record)
    response = client.get(reverse("records_export_json"))
    assert "attachment" in response["Content-Disposition"]
    document = json.loads(response.content)
    assert document["profile"]["email"] == "zoe@example.org"
    assert "Secret Corp" not in response.content.decode()


def test_an_interview_without_a_time_and_its_days_set_by_hand_come_back_as_they_were(
    full_record: Any, make_user: Any
) -> None:
    from datetime import date

    from followup.jobsearch.models import Interview

    interview = Interview.objects.filter(application__owner=full_record).first()
    assert interview is not None
    interview.time_known = False
    interview.decision_on = date(2026, 12, 11)
    interview.follow_up_on = date(2026, 12, 16)
    interview.save()
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    assert apply_import(fresh, export_json(full_record)).ok
    back = Interview.objects.get(application__owner=fresh, starts_at=interview.starts_at)
    assert (back.time_known, back.decision_on, back.follow_up_on) == (
        False,
        date(2026, 12, 11),
        date(2026, 12, 16),
    )
