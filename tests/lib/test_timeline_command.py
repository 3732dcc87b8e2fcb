"""`followup timeline "PHRASE" --interviewed YYYY-MM-DD [--province ON] [--json]`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from followup.lib.timeline_command import main

REPO = Path(__file__).resolve().parents[2]


def test_it_prints_the_explanation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["within two weeks", "--interviewed", "2027-02-09"]) == 0
    assert capsys.readouterr().out == (
        "They said 'within two weeks' on Tuesday 9 February: decided by Tuesday 23 February. "
        "Follow up on Thursday 25 February.\n"
    )


def test_it_prints_exactly_the_five_fields_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["within two weeks", "--interviewed", "2027-02-09", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert list(result) == ["decision_by", "follow_up_on", "assumed", "status", "explanation"]
    assert result["decision_by"] == "2027-02-23"
    assert result["follow_up_on"] == "2027-02-25"
    assert result["assumed"] is False
    assert result["status"] == "read"
    assert result["explanation"].startswith("They said 'within two weeks'")


def test_it_prints_null_when_nothing_can_be_read(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["we'll be in touch", "--interviewed", "2027-02-09", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["decision_by"] is None
    assert result["follow_up_on"] == "2027-02-17"
    assert result["assumed"] is True
    assert result["status"] == "unread"
    assert "could not read" in result["explanation"]


def test_it_uses_the_province_holidays(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["10 business days", "--interviewed", "2027-02-09", "--json"]
    assert main([*argv, "--province", "QC"]) == 0
    assert json.loads(capsys.readouterr().out)["decision_by"] == "2027-02-23"
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["decision_by"] == "2027-02-24"


def test_it_accepts_a_province_in_lower_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["10 business days", "--interviewed", "2027-02-09", "--province", "qc"]) == 0
    assert "Tuesday 23 February" in capsys.readouterr().out


@pytest.mark.parametrize("bad_date", ["2027-02-31", "09/02/2027", "tomorrow"])
def test_it_refuses_a_bad_interview_date(bad_date: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["within two weeks", "--interviewed", bad_date]) == 2
    error = capsys.readouterr().err
    assert f"'{bad_date}' is not a date" in error
    assert "YYYY-MM-DD" in error


def test_it_refuses_an_unknown_province(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["soon", "--interviewed", "2027-02-09", "--province", "XX"]) == 2
    error = capsys.readouterr().err
    assert "'XX' is not a Canadian province or territory code" in error
    assert "ON" in error


def test_it_needs_the_interview_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["within two weeks"]) == 2
    assert "--interviewed" in capsys.readouterr().err


def test_it_shows_its_name_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("usage: followup timeline")


def test_it_runs_as_a_module_without_django_settings() -> None:
    environment = {key: value for key, value in os.environ.items() if "DJANGO" not in key}
    completed = subprocess.run(
        [sys.executable, "-m", "followup.lib.timeline_command", "by Friday"]
        + ["--interviewed", "2027-02-09", "--json"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["decision_by"] == "2027-02-12"


def test_it_does_not_import_django() -> None:
    code = (
        "import sys, followup.lib.timeline_command;"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'django'))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert completed.stdout.strip() == "[]", completed.stderr


@pytest.mark.parametrize("day", ["9999-01-01", "1899-12-31", "0001-01-01"])
def test_it_refuses_an_interview_day_outside_the_calendar_in_one_line(
    day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["within two weeks", "--interviewed", day]) == 2
    error = capsys.readouterr().err
    assert f"'{day}' is outside the days Followup keeps (1900 to 2999)" in error
    assert "Traceback" not in error


@pytest.mark.parametrize(
    ("phrase", "day"),
    [("in two weeks", "2999-12-25"), ("", "2999-12-28"), ("by 12/31/9999", "2027-02-09")],
)
def test_it_says_in_one_line_when_the_phrase_goes_past_the_calendar(
    phrase: str, day: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([phrase, "--interviewed", day]) == 1
    output = capsys.readouterr()
    assert output.out == ""
    assert output.err.count("\n") == 1
    assert output.err.startswith("followup timeline: error: ")
    assert "outside the days Followup keeps" in output.err


def test_the_command_line_never_shows_a_traceback_for_year_9999() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "followup.lib.timeline_command", "in two weeks"]
        + ["--interviewed", "9999-12-31"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 2
    assert "Traceback" not in completed.stderr
