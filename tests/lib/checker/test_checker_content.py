"""Template blanks, another employer's name, a word written twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import Finding

Run = Callable[..., list[Finding]]
Note = Callable[..., str]


def found(findings: list[Finding], code: str) -> list[str]:
    return [f.text for f in findings if f.code == code]


@pytest.mark.parametrize(
    "blank",
    [
        "[Name]",
        "[Company Name]",
        "{role}",
        "{{ name }}",
        "{{company}}",
        "<Company>",
        "XXX",
        "TODO",
        "TBD",
        "___",
    ],
)
def test_an_unfilled_template_blank_is_an_error(run: Run, note: Note, blank: str) -> None:
    findings = run(note(body=f"Thank you for showing me {blank} on Tuesday."))
    assert [(f.code, f.severity, f.text) for f in findings] == [("placeholder", "error", blank)]


def test_a_blank_suggests_the_value_from_the_record(run: Run, note: Note) -> None:
    text = note(body="Thank you, [Interviewer Name], for the [Job Title] interview at [Company].")
    suggestions = [f.suggestions for f in run(text) if f.code == "placeholder"]
    assert suggestions == [("Siobhan",), ("Medical Office Assistant",), ("Quinte Health Care",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Email me at <sam.patel@example.ca> or see <https://example.ca/sam>.",
        "See [my portfolio](https://example.ca/sam) for samples.",
        "My email is sam [at] example [dot] ca.",
    ],
)
def test_brackets_that_are_not_blanks_are_left_alone(run: Run, note: Note, sentence: str) -> None:
    assert found(run(note(body="Thank you for the tour. " + sentence)), "placeholder") == []


@pytest.mark.parametrize(
    "mention",
    ["Northwind Traders", "Northwind Traders Inc.", "NORTHWIND TRADERS", "northwind traders, inc"],
)
def test_another_employers_name_is_an_error(run: Run, note: Note, mention: str) -> None:
    findings = run(note(body=f"Thank you. I would love to join {mention} soon."))
    [finding] = [f for f in findings if f.code == "wrong-company"]
    assert (finding.severity, finding.text) == ("error", mention)
    assert finding.suggestions == ("Quinte Health Care",)
    assert "another employer from your records, not Quinte Health Care" in finding.message


def test_another_employer_is_matched_on_whole_words_only(run: Run, note: Note) -> None:
    text = note(body="Thank you for the tour of the Northwind Tradersville office.")
    assert found(run(text, other_companies=("Northwind Traders",)), "wrong-company") == []


def test_an_employer_whose_name_is_inside_this_companys_name_is_not_flagged(
    run: Run, note: Note
) -> None:
    text = note(body="Thank you for the tour of Quinte Health Care and its Quinte Health lab.")
    findings = run(text, other_companies=("Quinte Health",))
    assert found(findings, "wrong-company") == ["Quinte Health"]


def test_a_word_written_twice_is_an_error(run: Run, note: Note) -> None:
    [finding] = [f for f in run(note(body="Thank you for the the tour.")) if f.code != "spelling"]
    assert (finding.code, finding.severity, finding.text, finding.suggestions) == (
        "repeated-word",
        "error",
        "the the",
        ("the",),
    )


def test_a_word_that_may_rightly_come_twice_is_fine(run: Run, note: Note) -> None:
    text = note(body="Thank you for the tour. I had had a long week, and that that helped.")
    assert found(run(text), "repeated-word") == []
