"""`followup check`: readable and JSON output, exit codes, dates, and a cold start without
Django."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from followup.lib.checker.command import main

ROOT = Path(__file__).resolve().parents[3]
CLEAN = "Dear Siobhan,\n\nThank you for the tour on Tuesday.\n\nBest regards,\nSam Patel\n"
TYPO = "Dear Siobhan,\n\nThank you for the intervew on Tuesday.\n\nBest regards,\nSam Patel\n"
CONTEXT = ["--kind", "thank-you", "--to", "Siobhan O'Connor", "--sender", "Sam Patel"]


@pytest.fixture
def note_file(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(TYPO, encoding="utf-8")
    return path


def test_a_clean_note_exits_0_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    assert main([str(path), *CONTEXT]) == 0
    assert capsys.readouterr().out == "Nothing to fix. 13 words, 74 characters.\n"


def test_an_error_exits_1_and_shows_the_line_a_caret_and_suggestions(
    note_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(note_file), *CONTEXT]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{note_file}:3:19: error [spelling] “intervew” may be misspelled."
    assert lines[1] == "    Thank you for the intervew on Tuesday."
    assert lines[2] == "                      ^^^^^^^^"
    assert lines[3].startswith("    suggestions: interview")
    assert lines[-1] == "1 error, 0 warnings. 13 words, 78 characters."


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "color.txt"
    path.write_text(CLEAN.replace("Tuesday", "Tuesday and the color scheme"), encoding="utf-8")
    assert main([str(path), *CONTEXT]) == 0
    assert "warning [spelling] “color” is the US spelling" in capsys.readouterr().out


def test_json_output_lists_findings_with_suggestions_and_counts(
    note_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(note_file), *CONTEXT, "--json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["words"] == 13
    assert payload["characters"] == 78
    [finding] = payload["findings"]
    assert {k: finding[k] for k in ("code", "severity", "start", "end", "text")} == {
        "code": "spelling",
        "severity": "error",
        "start": 33,
        "end": 41,
        "text": "intervew",
    }
    assert "interview" in finding["suggestions"]


def test_it_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Dear Jordan,\n\nThanks for the tour.\n\nSam"))
    assert main(["-", "--kind", "thank-you", "--to", "Siobhan O'Connor", "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f["code"] for f in findings if f["severity"] == "error"] == ["recipient-name"]


def test_the_context_options_reach_the_checker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "copied.txt"
    path.write_text(CLEAN.replace("on Tuesday", "at Acme Ltd."), encoding="utf-8")
    args = [str(path), *CONTEXT, "--company", "Quinte Health Care", "--other-company", "Acme"]
    assert main([*args, "--role", "Clerk", "--json"]) == 1
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (finding["code"], finding["text"], finding["suggestions"]) == (
        "wrong-company",
        "Acme Ltd.",
        ["Quinte Health Care"],
    )


def test_a_linkedin_note_is_checked_against_the_premium_limit_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "linkedin.txt"
    path.write_text("Hi Siobhan, thank you for our talk. " + "1" * 220, encoding="utf-8")
    assert main([str(path), "--kind", "linkedin", "--to", "Siobhan O'Connor"]) == 1
    assert main([str(path), "--kind", "linkedin", "--to", "Siobhan O'Connor", "--premium"]) == 0
    capsys.readouterr()


def test_decision_by_waits_until_the_second_business_day_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "follow-up.txt"
    path.write_text(CLEAN.replace("Thank you for the interview", "I wanted to check in"))
    follow_up = [str(path), *CONTEXT[2:], "--kind", "follow-up", "--decision-by", "2026-04-02"]
    # Thursday April 2; Good Friday April 3 is a holiday in Ontario, so: Tuesday April 7.
    assert main([*follow_up, "--today", "2026-04-06"]) == 1
    assert "Wait until Tuesday, April 7, 2026" in capsys.readouterr().out
    assert main([*follow_up, "--today", "2026-04-07"]) == 0


def test_follow_up_on_is_used_as_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "follow-up.txt"
    path.write_text(CLEAN)
    args = [str(path), *CONTEXT[2:], "--kind", "follow-up", "--follow-up-on", "2026-04-03"]
    assert main([*args, "--today", "2026-04-02"]) == 1
    assert main([*args, "--today", "2026-04-03"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    "args",
    [
        ["--kind", "thank-you", "--today", "2026-02-30"],
        ["--kind", "follow-up", "--decision-by", "2026-03-01", "--follow-up-on", "2026-03-04"],
        ["--kind", "letter"],
        [],
    ],
)
def test_a_usage_error_exits_2(
    note_file: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(note_file), *args]) == 2
    assert "usage: followup check" in capsys.readouterr().err


def test_an_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "missing.txt"), "--kind", "thank-you"]) == 2
    assert "missing.txt" in capsys.readouterr().err
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert main([str(binary), "--kind", "thank-you"]) == 2


def test_it_runs_cold_as_a_module_without_django(note_file: Path) -> None:
    # bench/check.py holds the speed target; the timeout only stops a hang.
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "followup.lib.checker.command",
            str(note_file),
            *CONTEXT,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1
    assert "“intervew” may be misspelled." in result.stdout
    assert "django" not in result.stderr  # the import-time log lists every module imported


def test_it_says_the_same_with_a_fresh_a_filled_or_an_unwritable_cache_folder(
    note_file: Path, tmp_path: Path
) -> None:
    """What the checker keeps between processes (the cache folder) changes nothing it says,
    and a folder it cannot write is no error: it works everything out again, silently."""
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    outputs = []
    for folder in ("fresh", "fresh", "a-file/followup"):
        result = subprocess.run(
            [sys.executable, "-m", "followup.cli", "check", str(note_file), *CONTEXT],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "FOLLOWUP_CACHE_DIR": str(tmp_path / folder)},
            timeout=120,
        )
        assert (result.returncode, result.stderr) == (1, "")
        outputs.append(result.stdout)
    assert "suggestions: interview" in outputs[0]
    assert outputs[1:] == [outputs[0], outputs[0]]
    assert any(path.name.startswith("frequency-en-") for path in (tmp_path / "fresh").iterdir())


def test_as_a_program_it_prints_everything_before_it_ends(tmp_path: Path) -> None:
    """The program ends without tearing Python down (it is faster): its whole output still
    reaches a pipe, on standard output and standard error, with the right exit status."""
    long_note = tmp_path / "long.txt"
    long_note.write_text(TYPO * 300, encoding="utf-8")  # findings longer than a pipe's buffer
    done = subprocess.run(
        [sys.executable, "-m", "followup.cli", "check", str(long_note), *CONTEXT, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 1
    payload = json.loads(done.stdout)
    assert sum(f["text"] == "intervew" for f in payload["findings"]) == 300
    usage = subprocess.run(
        [sys.executable, "-m", "followup.cli", "check", str(long_note), "--kind", "nonsense"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert usage.returncode == 2
    assert usage.stderr.rstrip().endswith("'offer-reply')")
