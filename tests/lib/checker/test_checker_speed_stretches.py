"""Re-checking a note as it is typed: what the tone rules keep from one check to the next (the
matches found in a stretch between two sentence ends, the learned model's verdict on a
sentence) never changes what a check finds."""

from __future__ import annotations

import re._parser as _parser
from collections.abc import Callable

import pytest

from followup.lib.checker import Finding
from followup.lib.checker.scout import stays_in_stretch

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

Run = Callable[..., list[Finding]]
Note = Callable[..., str]


def tone(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.text, f.severity) for f in findings if f.code == "accusatory"]


def test_editing_one_sentence_changes_only_what_that_sentence_gets(run: Run, note: Note) -> None:
    polite = "Thank you for the tour of the clinic. I look forward to hearing from you."
    pushy = "Thank you for the tour of the clinic. Nobody has gotten back to me."
    assert tone(run(note(body=polite), kind="follow-up")) == []
    assert tone(run(note(body=pushy), kind="follow-up")) == [("Nobody has gotten back", "error")]
    assert tone(run(note(body=polite), kind="follow-up")) == []


def test_the_same_sentence_is_judged_by_what_comes_before_it_in_each_note(
    run: Run, note: Note
) -> None:
    # The words before a demand in its clause still count once its matches are kept.
    demand = "Please reply by Friday."
    asked = tone(run(note(body=f"Thank you for the tour. {demand}"), kind="follow-up"))
    softened = tone(run(note(body=f"Thank you for the tour. There is no need to {demand[7:]}")))
    again = tone(run(note(body=f"Thank you for the tour. {demand}"), kind="follow-up"))
    assert asked and asked == again
    assert [severity for _text, severity in softened if severity == "error"] == []


def test_a_sentence_kept_from_one_kind_of_note_is_judged_again_in_another(
    run: Run, note: Note
) -> None:
    line = "Thank you for letting me know. The process was unfair."
    assert tone(run(note(body=line), kind="rejection-reply")) == [("unfair", "error")]
    assert tone(run(note(body=line), kind="thank-you")) == []


@pytest.mark.parametrize(
    ("source", "local"),
    [
        (r"\bplease reply\b", True),
        (r"reply(?!\w)", True),
        (r"(?<!\w)reply", True),
        (r"(?<=[.!?\n]\s)reply", False),  # looks back across the end of a sentence
        (r"reply(?= ?[.!?])", False),  # looks ahead at it
        (r"^reply", False),
        (r"reply$", False),
        (r"reply[^a]", False),  # a match can hold a "."
    ],
)
def test_a_pattern_is_looked_for_sentence_by_sentence_only_when_that_finds_the_same(
    source: str, local: bool
) -> None:
    assert stays_in_stretch(list(_parser.parse(source)), ".!?") is local


@pytest.mark.parametrize(
    ("sentence", "shouted"),
    [
        ("I'M SO EXCITED to start on Monday.", "I'M SO EXCITED"),
        ("Thank you, I AM READY NOW.", "AM READY NOW"),
        ("Thank you, JE SUIS PRÊTE.", "JE SUIS PRÊTE"),
    ],
)
def test_shouting_is_found_in_any_note_even_one_with_few_capitals(
    run: Run, note: Note, sentence: str, shouted: str
) -> None:
    findings = run(note(body=sentence))
    assert [f.text for f in findings if f.code == "informal"] == [shouted]


def test_a_note_with_capitals_but_no_run_of_them_gets_no_shouting_warning(
    run: Run, note: Note
) -> None:
    body = "I met Ms. O'Connor and the HR team at the CNIB office; AB and CD were there too."
    assert [f for f in run(note(body=body)) if f.code == "informal"] == []


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("I enjoyed my time at Northwind and the visit.", ["Northwind"]),
        ("Thanks. Northwind Traders was a good school for me.", ["Northwind Traders"]),
        ("My e-Northwind account and the BNorthwind file are ready.", []),
        ("The anti-northwind rule is odd.", []),
    ],
)
def test_another_employer_is_named_only_as_whole_words(
    run: Run, note: Note, body: str, named: list[str]
) -> None:
    findings = run(note(body=body), other_companies=("Northwind Traders Inc.",))
    assert [f.text for f in findings if f.code == "wrong-company"] == named


def test_a_very_long_sentence_is_judged_the_same_at_every_check(run: Run, note: Note) -> None:
    # Over a thousand characters without a full stop: worked out afresh at each check.
    body = "I enjoyed the tour and the talk with the team and " * 40
    body += "nobody has gotten back to me."
    first = tone(run(note(body=body), kind="follow-up"))
    assert first == [("nobody has gotten back", "error")]
    assert tone(run(note(body=body), kind="follow-up")) == first
