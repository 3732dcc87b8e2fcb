"""Files made to break the import: each bad value is named by row and column at the preview,
nothing is written, and confirming never fails on the database (SQLite or PostgreSQL); the
command says the same in one line per problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from followup.accounts.models import User
from followup.jobsearch.models import Application, Person
from followup.records.exporting import export_json

pytestmark = pytest.mark.django_db

HEADER = "Company,Job Title,Date Applied,Status,URL,Notes,Contact\r\n"


def _csv(notes: str = "", role: str = "Clerk", applied: str = "2026-11-03") -> bytes:
    quoted = '"' + notes.replace('"', '""') + '"'
    return (HEADER + f"Quinte Health,{role},{applied},Applied,,{quoted},\r\n").encode()


def _json_with(seeker: User, change: Any) -> bytes:
    document = json.loads(export_json(seeker))
    change(document)
    return json.dumps(document).encode()


def _upload(client: Client, data: bytes, name: str) -> Any:
    return client.post(reverse("records_import"), {"file": SimpleUploadedFile(name, data)})


@pytest.fixture
def signed_in(client: Client, seeker: User) -> Client:
    client.force_login(seeker)
    return client


def _confirm(client: Client) -> Any:
    token = client.session["records_import"]["token"]
    return client.post(reverse("records_import_confirm"), {"token": token})


CSV_CASES = {
    "a field over 131,072 characters": (_csv(notes="x" * 140_000), "Notes"),
    "a NUL in a text value": (_csv(notes="ok" + "\x00" + "then"), "Notes"),
    "a year 9999": (_csv(applied="9999-12-31"), "Date Applied"),
}


@pytest.mark.parametrize("case", sorted(CSV_CASES))
def test_a_bad_csv_value_is_named_by_row_and_column_and_nothing_is_written(
    signed_in: Client, case: str
) -> None:
    data, column = CSV_CASES[case]
    response = _upload(signed_in, data, "applications.csv")
    assert response.status_code == 302, response.content.decode()[:2000]
    preview = signed_in.get(reverse("records_import_preview"))
    assert preview.status_code == 200
    problems = preview.context["problems"]
    assert [(p.row, p.column) for p in problems] == [(2, column)]
    assert _confirm(signed_in).status_code == 400
    assert not Application.objects.exists()


def _deep(document: dict[str, Any]) -> None:
    document["people"][0]["notes"] = json.loads("[" * 50 + "]" * 50)


def _digits(document: dict[str, Any]) -> None:
    document["people"][0]["keep_in_touch_days"] = int("9" * 3000)


def _nul(document: dict[str, Any]) -> None:
    document["people"][0]["notes"] = "private\x00note"


def _huge_float(document: dict[str, Any]) -> None:
    document["people"][0]["keep_in_touch_days"] = 1e300


def _infinity(document: dict[str, Any]) -> None:
    document["people"][0]["keep_in_touch_days"] = float("inf")  # json writes Infinity


def _far_interview(document: dict[str, Any]) -> None:
    document["interviews"][0]["starts_at"] = "9999-12-31T23:00:00+00:00"


def _far_interaction(document: dict[str, Any]) -> None:
    document["interactions"].append(
        {"id": 999, "kind": "call", "state": "done", "occurred_on": "0001-01-01"}
    )


JSON_CASES = {
    "a huge number": _digits,
    "a NUL": _nul,
    "a huge float": _huge_float,
    "Infinity": _infinity,
    "nested lists in a text": _deep,
    "an interview in 9999": _far_interview,
    "a call in year 1": _far_interaction,
}


@pytest.mark.parametrize("case", sorted(JSON_CASES))
def test_a_bad_json_value_is_a_problem_at_the_preview_never_a_server_error(
    signed_in: Client, seeker: User, interview_with_two: Any, other_seeker: User, case: str
) -> None:
    data = _json_with(seeker, JSON_CASES[case])
    other = Client()
    other.force_login(other_seeker)
    assert _upload(other, data, "followup.json").status_code == 302
    preview = other.get(reverse("records_import_preview"))
    assert preview.status_code == 200
    assert preview.context["problems"]
    assert _confirm(other).status_code == 400
    assert not Person.objects.filter(owner=other_seeker).exists()


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "followup-export", "version": 2, "people": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
        '{"format": "followup-export", "version": 2, "n": ' + "9" * 5000 + "}",
    ],
    ids=["deeply nested", "5000 digits"],
)
def test_a_json_file_that_cannot_be_read_is_refused_with_a_message(
    signed_in: Client, text: str
) -> None:
    response = _upload(signed_in, text.encode(), "followup.json")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


@pytest.mark.parametrize("case", sorted(CSV_CASES))
def test_the_command_names_each_problem_in_one_line(
    seeker: User, tmp_path: Path, case: str, capsys: Any
) -> None:
    data, column = CSV_CASES[case]
    path = tmp_path / "applications.csv"
    path.write_bytes(data)
    with pytest.raises(CommandError) as error:
        call_command("import", "--user", seeker.email, str(path))
    assert error.value.returncode == 1
    err = capsys.readouterr().err
    assert column in err and "Traceback" not in err
    assert not Application.objects.exists()


def test_the_command_refuses_an_unreadable_json_in_one_line(seeker: User, tmp_path: Path) -> None:
    path = tmp_path / "followup.json"
    path.write_text(
        '{"format": "followup-export", "version": 2, "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    with pytest.raises(CommandError) as error:
        call_command("import", "--user", seeker.email, str(path))
    assert error.value.returncode == 1 and "\n" not in str(error.value)


def test_a_large_file_waits_on_disk_and_the_preview_does_not_read_it_again(
    signed_in: Client, settings: Any, tmp_path: Path
) -> None:
    settings.DATA_DIR = tmp_path
    rows = "".join(f"Employer {n},Clerk {n},2026-11-03,Applied,,,\r\n" for n in range(3000))
    assert _upload(signed_in, (HEADER + rows).encode(), "big.csv").status_code == 302
    session = json.dumps(signed_in.session["records_import"])
    assert len(session) < 60_000 and "Employer 2999" not in session
    (waiting,) = (tmp_path / "imports").glob("*.txt")
    waiting.write_text("damaged")  # the preview shows what was read at upload, not this
    preview = signed_in.get(reverse("records_import_preview"))
    assert preview.status_code == 200 and "3000 applications" in preview.content.decode()
    signed_in.post(reverse("records_import_cancel"))
    assert not waiting.exists()
    assert not Application.objects.exists()
