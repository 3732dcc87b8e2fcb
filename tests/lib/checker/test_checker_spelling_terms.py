"""Spelling: a word in small letters that the dictionary lacks and that is near no common word
("memoization", "kubectl") is likely a term of the writer's field: a warning, not an error. A typing
slip lands near the word meant, so it stays an error ("recieve", "sucessful"), and so do words run
together ("incase", "thankyou")."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(kind="thank-you", recipients=("Ada Kim",), sender="Luis Pardo")


def _spelling(sentence: str) -> list[Finding]:
    text = f"Hi Ada,\n\nThank you for the interview. {sentence}\n\nBest,\nLuis"
    return [f for f in check(text, CONTEXT) if f.code == "spelling"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("I cached the results with memoization.", "memoization"),
        ("I use kubectl every day to check the pods.", "kubectl"),
        ("I wrote the dockerfile for our build agents.", "dockerfile"),
    ],
)
def test_a_term_near_no_common_word_is_a_warning(sentence: str, term: str) -> None:
    found = _spelling(sentence)
    assert [(f.text, f.severity, dict(f.params)["why"]) for f in found] == [
        (term, "warning", "term")
    ]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("I look forward to recieve your reply.", "recieve"),
        ("I brought a spare copy incase it helps.", "incase"),
        ("It was a sucessful first round for me.", "sucessful"),
        ("I'll thankyou in person next week.", "thankyou"),
    ],
)
def test_a_slip_near_a_word_stays_an_error(sentence: str, slip: str) -> None:
    assert [(f.text, f.severity) for f in _spelling(sentence)] == [(slip, "error")]
