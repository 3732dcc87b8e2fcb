"""The learned tone model: lines of pressure or neediness worded in ways no tone pattern knows get
a warning (never an error), and polite lines get nothing. It reads what a sentence does (a
request, a time limit, a softener), so the same request reads differently with or without a time
limit. None of these sentences is in the corpus the model was trained on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import Finding
from followup.lib.checker.model import WARNING
from followup.lib.checker.tone import features_of, reads_as_tone_line

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

Run = Callable[..., list[Finding]]
Note = Callable[..., str]

UNSEEN_TONE = (
    "Kindly confirm receipt of this message at your earliest opportunity.",
    "Please let me have your decision by Thursday.",
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
    assert not reads_as_tone_line(sentence)
    text = note(body="Thank you for the tour of the clinic. " + sentence)
    assert _tone(run(text, kind="follow-up")) == []


def test_a_line_a_tone_pattern_already_flags_is_reported_once(run: Run, note: Note) -> None:
    sentence = "Nobody from your team has had the decency to write back."
    assert reads_as_tone_line(sentence)
    text = note(body="Thank you for the tour of the clinic. " + sentence)
    assert len(_tone(run(text, kind="follow-up"))) == 1


def test_a_time_limit_is_pressure_only_when_the_reader_is_asked_to_meet_it() -> None:
    assert not reads_as_tone_line("I can start work by Monday.")
    assert not reads_as_tone_line("Please let me know if you need anything else.")
    assert reads_as_tone_line("Please let me know your decision by Monday.")


def test_a_softener_keeps_a_request_polite() -> None:
    assert "soft" in features_of("Whenever you have a moment, I'd love an update.")
    assert not reads_as_tone_line("Whenever you have a moment, I'd love an update.")


def test_features_are_read_with_curly_apostrophes_too() -> None:
    assert features_of("I’m begging you to reply.") == features_of("I'm begging you to reply.")
