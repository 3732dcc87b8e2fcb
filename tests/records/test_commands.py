"""`followup export` and `followup import`: formats, dry runs, exit codes."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from followup.jobsearch.models import Application

pytestmark = pytest.mark.django_db

GOOD = (
    "Company,Job Title,Date Applied,Status\nQuinte Health,Office Coordinator,3 Nov 2026,Applied\n"
)
BAD = GOOD + "Hastings County,Clerk,03/11/2026,Maybe\n"


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_adds_the_rows_and_says_what_it_did(seeker: Any, tmp_path: Path) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(GOOD, encoding="utf-8")
    out, _ = run("import", "--user", "ZOE@example.org", str(path))
    assert "a list of applications" in out
    assert "row 2: Office Coordinator at Quinte Health" in out
    assert "Imported: 1 application, 1 employer." in out
    assert Application.objects.filter(owner=seeker).count() == 1


def test_a_dry_run_writes_nothing(seeker: Any, tmp_path: Path) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(GOOD, encoding="utf-8")
    out, _ = run("import", "--user", "zoe@example.org", str(path), "--dry-run")
    assert "Would add: 1" in out and "To add: 1 application, 1 employer." in out
    assert not Application.objects.exists()


def test_bad_rows_exit_1_with_row_and_column_and_write_nothing(seeker: Any, tmp_path: Path) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        run("import", "--user", "zoe@example.org", str(path))
    assert caught.value.returncode == 1
    assert "nothing was imported" in str(caught.value)
    assert not Application.objects.exists()


def test_bad_rows_are_printed_one_a_line(seeker: Any, tmp_path: Path) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(BAD, encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import", "--user", "zoe@example.org", str(path), stdout=io.StringIO(), stderr=err
        )
    lines = err.getvalue().splitlines()
    assert lines[0].startswith("Row 3, column “Date Applied”: “03/11/2026”")
    assert lines[1].startswith("Row 3, column “Status”: “Maybe”")


@pytest.mark.parametrize(
    "args",
    [
        ["import", "--user", "nobody@example.org", "FILE"],
        ["import", "--user", "zoe@example.org", "/no/such/file.csv"],
        ["export", "--user", "nobody@example.org"],
        ["export", "--user", "zoe@example.org", "--format", "csv"],
    ],
)
def test_usage_errors_exit_2(seeker: Any, tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        run(*[str(path) if arg == "FILE" else arg for arg in args])
    assert caught.value.returncode == 2


def test_an_unreadable_file_exits_1_with_the_reason(seeker: Any, tmp_path: Path) -> None:
    path = tmp_path / "apps.xlsx"
    path.write_bytes(b"PK\x03\x04binary")
    with pytest.raises(CommandError, match="CSV UTF-8") as caught:
        run("import", "--user", "zoe@example.org", str(path))
    assert caught.value.returncode == 1


def test_export_writes_json_to_stdout_or_a_file(interview_with_two: Any, tmp_path: Path) -> None:
    out, _ = run("export", "--user", "zoe@example.org")
    assert json.loads(out)["employers"][0]["name"] == "Quinte Health"
    path = tmp_path / "me.json"
    run("export", "--user", "zoe@example.org", "--output", str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "followup-export"


def test_export_csv_writes_a_zip(interview_with_two: Any, tmp_path: Path) -> None:
    path = tmp_path / "me.zip"
    run("export", "--user", "zoe@example.org", "--format", "csv", "--output", str(path))
    assert "applications.csv" in zipfile.ZipFile(path).namelist()


def test_import_recognises_linkedin_connections(seeker: Any, tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        'Notes:\n"Some emails may be missing."\n\n'
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Silva,https://www.linkedin.com/in/ana,,Quinte Health,Recruiter,03 Nov 2026\n",
        encoding="utf-8",
    )
    out, _ = run("import", "--user", "zoe@example.org", str(path))
    assert "LinkedIn connections" in out and "row 5: Ana Silva" in out
