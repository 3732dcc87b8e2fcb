"""Any text, however long or odd, is checked in time that grows with its length: no pattern
that backtracks, and word checks that stop at a length no note reaches. Timings are printed by
bench/check.py; here a generous alarm only stops a regression from hanging the test run."""

from __future__ import annotations

import io
import signal
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from followup.lib.checker import CheckContext, check
from followup.lib.checker.command import main

GUARD_SECONDS = 120
CONTEXT = CheckContext(kind="thank-you", recipients=("Siobhan O'Connor",), sender="Sam Patel")
WORDS = [
    "thank",
    "you",
    "for",
    "the",
    "interview",
    "and",
    "the",
    "tour",
    "recieve",
    "colour",
    "color",
]
ADVERSARIAL = {
    "emails": "a@" * 50_000,
    "web address": "http://" + "a." * 50_000,
    "dotted": "a." * 100_000,
    "domain-like": "a-b." * 50_000 + "c",
    "punctuation": "!" * 200_000,
    "digits": "1 " * 100_000,
    "hyphens": "a-" * 100_000,
    "apostrophes": "a'" * 100_000,
    "handles": "@a#" * 60_000,
    "brackets": "[" * 100_000 + "]" * 100_000,
    "words": " ".join(WORDS[i % len(WORDS)] for i in range(40_000))[:200_000],
}


@pytest.fixture
def guard() -> Iterator[None]:
    def stop(*_: object) -> None:
        raise TimeoutError(f"checking took over {GUARD_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_a_huge_or_adversarial_text_is_checked_to_the_end(guard: None, name: str) -> None:
    text = ADVERSARIAL[name]
    findings = check(text, CONTEXT)
    assert findings
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)


def test_a_long_text_still_gets_its_misspellings_reported(guard: None) -> None:
    findings = check(ADVERSARIAL["words"], CONTEXT)
    assert {f.text for f in findings if f.code == "spelling"} >= {"recieve", "color"}
    assert "too-long" in {f.code for f in findings}


def test_addresses_inside_a_long_text_are_still_recognised(guard: None) -> None:
    text = "Thank you. " * 2000 + "Write to sam.patl@example.ca or see https://exmple.ca/x."
    assert [f.text for f in check(text, CONTEXT) if f.code == "spelling"] == []


def test_followup_check_reads_a_40000_character_note(guard: None, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Dear Siobhan,\n\n" + "Thank you for the tour. " * 1700, encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        status = main([str(path), "--kind", "thank-you", "--to", "Siobhan O'Connor"])
    assert status in (0, 1)
    assert "too-long" in out.getvalue()
