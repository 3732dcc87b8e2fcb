"""Template blanks, another employer's name, a word written twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import Finding

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

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


def test_an_intensifier_doubled_for_emphasis_is_not_a_slip(run: Run, note: Note) -> None:
    text = note(body="I really really enjoyed the tour, and I am very much looking forward to it.")
    assert found(run(text), "repeated-word") == []
    assert found(run(note(body="I enjoyed the the tour.")), "repeated-word") == ["the the"]


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("I would be proud to work at COMPANY NAME.", "COMPANY NAME"),
        ("I enjoyed learning about the POSITION role.", "POSITION"),
        ("Our talk about SPECIFIC TOPIC stayed with me.", "SPECIFIC TOPIC"),
        ("I look forward to meeting the team in CITY.", "CITY"),
        ("I hope to hear from Hiring Manager Name soon.", "Hiring Manager Name"),
        ("Please pass my thanks to (interviewer name).", "(interviewer name)"),
        ("Lorem ipsum dolor sit amet.", "Lorem ipsum dolor sit amet"),
    ],
)
def test_a_stand_in_without_brackets_is_a_blank(
    run: Run, note: Note, sentence: str, blank: str
) -> None:
    text = note(body="Thank you for showing me the triage desk. " + sentence)
    assert found(run(text), "placeholder") == [blank]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hold my CPR, WHMIS and a DZ licence, and I worked in IT and HR.",
        "The TEAM spirit was obvious, and I was SO impressed.",
        "I used SAP and the POS system at RBC for two years.",
        "P.S. I attached my CV as a PDF.",
        "I enjoyed meeting the team at NAPA.",
    ],
)
def test_capitals_that_are_real_are_not_blanks(run: Run, note: Note, sentence: str) -> None:
    text = note(body="Thank you for showing me the triage desk. " + sentence)
    assert found(run(text, company="NAPA Auto Parts"), "placeholder") == []


@pytest.mark.parametrize(
    ("mention", "other"),
    [
        ("Quinte Health", "Quinte Health Care"),
        ("Northwind", "Northwind Traders Inc."),
        ("Summit", "Summit Logistics"),
        ("northwind traders", "Northwind Traders Inc."),
    ],
)
def test_another_employer_named_in_part_is_an_error(
    run: Run, note: Note, mention: str, other: str
) -> None:
    text = note(body=f"Thank you for the tour. I would be proud to work at {mention}.")
    found_ = run(text, company="Loyalist Home Hardware", other_companies=(other,))
    assert found(found_, "wrong-company") == [mention]


@pytest.mark.parametrize("possessive", ["Northwind's", "Northwind’s"])
def test_another_employer_named_in_the_possessive_is_an_error(
    run: Run, note: Note, possessive: str
) -> None:
    text = note(body=f"Thank you for the tour. My experience would help {possessive} customers.")
    findings = run(text, company="Loyalist Home Hardware", other_companies=("Northwind Traders",))
    assert found(findings, "wrong-company") == ["Northwind"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Reaching the summit of a busy season is hard work.",  # an ordinary word, lower case
        "Summit Ridge Golf Club is where I volunteer.",  # part of another name
        "I grew up near the Bay of Quinte.",  # a place, not the employer
        "The health care team was kind.",  # a common part of the name
        "Please say hello to Summit Patel for me.",  # a person's name
    ],
)
def test_words_that_only_look_like_another_employer_are_not_flagged(
    run: Run, note: Note, sentence: str
) -> None:
    others = ("Summit Logistics", "Bay of Quinte Dental Centre", "Quinte Health Care")
    text = note(body="Thank you for the tour. " + sentence)
    findings = run(text, company="Loyalist Home Hardware", other_companies=others,
                   others=("Summit Patel",))  # fmt: skip
    assert found(findings, "wrong-company") == []


def test_the_recipients_own_employer_is_never_another_employer(run: Run, note: Note) -> None:
    text = note(body="Thank you for the tour of Quinte Health Care and the Quinte Health lab.")
    findings = run(text, company="Quinte Health Care", other_companies=("Quinte Health Care",))
    assert found(findings, "wrong-company") == []


def test_a_stand_in_that_is_the_records_own_name_is_not_a_blank(run: Run, note: Note) -> None:
    text = note(body="Thank you for the interview at ABC Company and the tour of the plant.")
    assert found(run(text, company="ABC Company"), "placeholder") == []
    assert found(run(text, company="Loblaw"), "placeholder") == ["ABC Company"]


def test_a_one_sentence_note_opening_with_thanks_again_is_not_empty(run: Run) -> None:
    body = "Thank you again, and I hope the rest of your hiring goes smoothly."
    text = f"Dear Sir,\n\n{body}\n\nRegards,\nSam Patel"
    assert found(run(text, sender="Sam Patel"), "empty") == []


def test_a_note_with_only_a_greeting_and_a_one_line_closing_is_empty(run: Run) -> None:
    assert found(run("Dear Siobhan,\n\nThanks, Sam", sender="Sam Patel"), "empty") != []


def test_thanks_for_help_in_general_asks_what_the_help_was(run: Run) -> None:
    generic = "Hi Siobhan,\n\nThanks very much for your time and help.\n\nSam"
    specific = "Hi Siobhan,\n\nThanks very much for your help with my parking pass.\n\nSam"
    assert found(run(generic, kind="admin-thank-you"), "thanks-reason") != []
    assert found(run(specific, kind="admin-thank-you"), "thanks-reason") == []


def test_a_note_whose_body_is_only_punctuation_is_empty(run: Run) -> None:
    assert found(run("Hi Siobhan,\n\n...\n\nBest,\nSam", sender="Sam Patel"), "empty") != []
    assert found(run("Hi Siobhan,\n\nOK.\n\nSam", sender="Sam Patel"), "empty") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "In my four years at Northwind Traders, I booked a hundred clients a week.",
        "I set up the recall system at Northwind and it cut no-shows by half.",
        "When I was at Northwind Traders, I trained two new receptionists.",
    ],
)
def test_another_employer_where_the_writer_worked_is_only_a_warning(
    run: Run, note: Note, sentence: str
) -> None:
    findings = run(note(body="Thank you for the interview. " + sentence))
    [finding] = [f for f in findings if f.code == "wrong-company"]
    assert finding.severity == "warning"
    assert "If you worked there" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed meeting the team at Northwind.",
        "I would love to work for Northwind Traders.",
        "I'm excited to join the team at Northwind Traders.",
    ],
)
def test_another_employer_in_what_the_note_is_about_stays_an_error(
    run: Run, note: Note, sentence: str
) -> None:
    findings = run(note(body="Thank you for the interview. " + sentence))
    assert [f.severity for f in findings if f.code == "wrong-company"] == ["error"]


def test_a_stand_in_in_capitals_with_a_possessive_is_a_blank(run: Run, note: Note) -> None:
    findings = run(note(body="Thank you. I admire EMPLOYER's work with newcomers."))
    [finding] = [f for f in findings if f.code == "placeholder"]
    assert finding.text == "EMPLOYER"


def test_a_stand_in_for_something_the_record_does_not_hold_gets_no_fill(
    run: Run, note: Note
) -> None:
    findings = run(note(body="Thank you. It was a treat to meet at the CONFERENCE NAME."))
    [finding] = [f for f in findings if f.code == "placeholder"]
    assert (finding.text, finding.suggestions) == ("CONFERENCE NAME", ())


def test_an_acronym_with_a_possessive_is_not_a_blank(run: Run, note: Note) -> None:
    findings = run(note(body="Thank you. I admire the YMCA's work with newcomers."))
    assert found(findings, "placeholder") == []


def test_chat_abbreviations_are_casual_not_misspelt(run: Run, note: Note) -> None:
    findings = run(note(body="Thanks again, and lmk if you need my references tmrw."))
    assert [(f.code, f.severity, f.text) for f in findings if f.text in ("lmk", "tmrw")] == [
        ("informal", "warning", "lmk"),
        ("informal", "warning", "tmrw"),
    ]
