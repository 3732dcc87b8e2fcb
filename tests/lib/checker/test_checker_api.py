"""The public API the editor page and the command rely on: sorted findings with exact spans,
lazy suggestions, JSON-ready dicts, thread safety, no Django."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from followup.lib.checker import (
    KINDS,
    CheckContext,
    Finding,
    character_count,
    check,
    spelling,
    word_count,
)

Run = Callable[..., list[Finding]]
Note = Callable[..., str]
ROOT = Path(__file__).resolve().parents[3]


def test_the_kinds_are_the_seven_kinds_of_note() -> None:
    assert KINDS == (
        "thank-you",
        "admin-thank-you",
        "follow-up",
        "rejection-reply",
        "keep-in-touch",
        "linkedin",
        "offer-reply",
    )


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        check("Hello", CheckContext(kind="thank-you-note"))


def test_findings_come_sorted_by_where_they_start_with_spans_into_the_full_text(
    run: Run, note: Note
) -> None:
    text = "Subject: Thnak you\n\n" + note(
        greeting="Dear Jordan,", body="Thank you for teh tour at Northwind Traders lol."
    )
    findings = run(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert all(text[f.start : f.end] == f.text for f in findings)
    assert [f.code for f in findings] == [
        "spelling",
        "recipient-name",
        "spelling",
        "wrong-company",
        "informal",
    ]


@pytest.mark.parametrize(
    "text", ["", "   \n\n", "Dear Siobhan,", "Hi Siobhan,\n\nBest regards,\nSam Patel"]
)
def test_an_empty_or_greeting_only_note_is_an_error_and_nothing_else(run: Run, text: str) -> None:
    assert [(f.code, f.severity) for f in run(text)] == [("empty", "error")]


def test_the_check_never_computes_suggestions_and_a_finding_computes_them_once(
    run: Run, note: Note, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def fake_suggest(word: str) -> tuple[str, ...]:
        calls.append(word)
        return ("tour",)

    monkeypatch.setattr(spelling, "dictionary_suggestions", fake_suggest)
    [finding] = run(note(body="Thank you for the toor."))
    assert calls == []
    assert finding.to_dict(with_suggestions=False) == {
        "code": "spelling",
        "severity": "error",
        "message": "“toor” may be misspelled.",
        "start": finding.start,
        "end": finding.end,
        "text": "toor",
        "params": {"why": "unknown", "word": "toor"},
    }
    assert calls == []
    assert finding.suggestions == ("tour",)
    assert finding.to_dict()["suggestions"] == ["tour"]
    assert calls == ["toor"]


def test_a_finding_cannot_be_changed() -> None:
    finding = Finding("spelling", "error", "“teh” may be misspelled.", 0, 3, "teh")
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.code = "other"  # type: ignore[misc]


def test_it_gives_the_same_answers_from_many_threads_at_once(run: Run, note: Note) -> None:
    texts = [
        note(body=f"Thank you for the tuor number {n} and the recieved {n} colour.")
        for n in range(40)
    ]
    expected = [[f.to_dict() for f in run(text)] for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda t: [f.to_dict() for f in run(t)], texts))
    assert results == expected


def test_it_counts_words_and_characters_of_the_body_only() -> None:
    text = "Subject: A long subject line here\n\n  Dear Zoë,\n\nThank you!\n"
    assert word_count(text) == 4
    assert character_count(text) == len("Dear Zoë,\n\nThank you!")


def test_the_checker_runs_without_django() -> None:
    code = (
        "import sys; import followup.lib.checker as c; "
        "c.check('Dear Zoë, thank you for the tuor.', c.CheckContext()); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
