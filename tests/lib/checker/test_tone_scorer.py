"""The learned tone scorer: lines of pressure or neediness worded in ways no tone pattern knows get
a warning (never an error), and polite lines get nothing. None of these sentences is in the
corpus the scorer was trained on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import Finding
from followup.lib.checker.model import WARNING
from followup.lib.checker.tone_scorer import reads_as_tone

Run = Callable[..., list[Finding]]
Note = Callable[..., str]

UNSEEN_TONE = (
    "Kindly confirm receipt of this message at your earliest opportunity.",
    "I have put my whole life on hold for this position.",
    "I would hope a company of your size could manage a simple reply.",
)
POLITE = (
    "I enjoyed meeting the front desk team and hearing about the new booking system.",
    "Whenever you have news, I would be glad to hear it.",
    "I know hiring takes time, and I am happy to wait.",
    "Please let me know if I can send anything else that would help.",
    "I look forward to hearing from you when the timing suits you.",
)


def _tone(findings: list[Finding]) -> list[tuple[str, str, dict[str, str]]]:
    return [(f.text, f.severity, dict(f.params)) for f in findings if f.code == "accusatory"]


@pytest.mark.parametrize("sentence", UNSEEN_TONE)
def test_an_unseen_pressure_or_needy_line_gets_a_tone_warning(
    run: Run, note: Note, sentence: str
) -> None:
    text = note(body="Thank you for the tour of the clinic. " + sentence)
    assert _tone(run(text, kind="follow-up")) == [(sentence, WARNING, {"why": "tone"})]


@pytest.mark.parametrize("sentence", POLITE)
def test_a_polite_line_gets_no_tone_finding(run: Run, note: Note, sentence: str) -> None:
    assert not reads_as_tone(sentence)
    text = note(body="Thank you for the tour of the clinic. " + sentence)
    assert _tone(run(text, kind="follow-up")) == []


def test_a_line_a_tone_pattern_already_flags_is_reported_once(run: Run, note: Note) -> None:
    sentence = "Nobody from your team has had the decency to write back."
    assert reads_as_tone(sentence)
    text = note(body="Thank you for the tour of the clinic. " + sentence)
    assert len(_tone(run(text, kind="follow-up"))) == 1
