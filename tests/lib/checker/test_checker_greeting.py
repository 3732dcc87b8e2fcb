"""The greeting names a person the note is for, spelled as in the record."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import Finding

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

Run = Callable[..., list[Finding]]
Note = Callable[..., str]

LUKASZ_AND_ZOE = ("Łukasz Kowalski", "Zoë Lefebvre")


def greeting_findings(findings: list[Finding]) -> list[tuple[str, str, str]]:
    wanted = {"recipient-name", "name-accent", "missing-greeting"}
    return [(f.code, f.severity, f.text) for f in findings if f.code in wanted]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Siobhan,",
        "Dear Siobhan O'Connor,",
        "Dear Ms. O'Connor,",
        "Dear Ms O’Connor,",
        "Hello Siobhan,",
        "Hi Siobhan,",
        "Good morning Siobhan,",
        "Good afternoon, Ms. O'Connor:",
        "Hello again, Siobhan,",
        "Siobhan,",
        "Dear Siobhan and team,",
        "Hi Siobhan, thank you for this morning.",
    ],
)
def test_it_accepts_a_greeting_that_names_the_recipient(
    run: Run, note: Note, greeting: str
) -> None:
    assert greeting_findings(run(note(greeting=greeting))) == []


@pytest.mark.parametrize(
    ("greeting", "recipients"),
    [
        ("Dear Zoë and Łukasz,", LUKASZ_AND_ZOE),
        ("Dear Mr. Kowalski and Dr. Lefebvre,", LUKASZ_AND_ZOE),
        ("Hi all,", LUKASZ_AND_ZOE),
        ("Dear Mx. Lefebvre,", ("Zoë Lefebvre",)),
        ("Dear 陈伟,", ("陈伟",)),
        ("Dear Mr. 陈,", ("陈伟",)),
        ("Dear Marie-Ève,", ("Marie-Ève Gagnon",)),
    ],
)
def test_it_accepts_accented_hyphenated_chinese_and_several_names(
    run: Run, note: Note, greeting: str, recipients: tuple[str, ...]
) -> None:
    assert greeting_findings(run(note(greeting=greeting), recipients=recipients)) == []


def test_a_greeting_naming_someone_else_from_the_record_is_an_error(run: Run, note: Note) -> None:
    [finding] = [f for f in run(note(greeting="Dear Jordan Lee,")) if f.code == "recipient-name"]
    assert finding.severity == "error"
    assert finding.text == "Jordan Lee"
    assert finding.message == (
        "This greeting names Jordan Lee, who is not a recipient of this note. "
        "It is for Siobhan O'Connor."
    )
    assert finding.suggestions == ("Siobhan",)


def test_a_greeting_naming_a_stranger_is_an_error(run: Run, note: Note) -> None:
    findings = greeting_findings(run(note(greeting="Hi Pat,")))
    assert findings == [("recipient-name", "error", "Pat")]


@pytest.mark.parametrize(
    ("greeting", "written", "fixed"),
    [
        ("Dear Ms. O'Conner,", "Ms. O'Conner", "Ms. O'Connor"),
        ("Dear Siobahn,", "Siobahn", "Siobhan"),
        ("Hi Siobhan O’Conor,", "Siobhan O’Conor", "Siobhan O'Connor"),
    ],
)
def test_a_misspelled_recipient_name_is_an_error_with_the_right_spelling(
    run: Run, note: Note, greeting: str, written: str, fixed: str
) -> None:
    [finding] = [f for f in run(note(greeting=greeting)) if f.code == "recipient-name"]
    assert (finding.severity, finding.text, finding.suggestions) == ("error", written, (fixed,))
    assert "misspelling of Siobhan O'Connor’s name" in finding.message


def test_a_name_written_without_its_accents_gets_a_gentle_warning(run: Run, note: Note) -> None:
    findings = run(note(greeting="Dear Zoe and Lukasz,"), recipients=LUKASZ_AND_ZOE)
    assert [(f.code, f.severity, f.suggestions) for f in findings] == [
        ("name-accent", "warning", ("Zoë",)),
        ("name-accent", "warning", ("Łukasz",)),
    ]


@pytest.mark.parametrize(
    "greeting",
    [
        "To whom it may concern,",
        "Dear Sir or Madam,",
        "Dear Sir/Madam,",
        "Dear Hiring Manager,",
        "Hello,",
        "Hello there,",
        "Hi all,",
    ],
)
def test_a_greeting_that_names_no_one_is_a_warning_when_the_recipient_is_known(
    run: Run, note: Note, greeting: str
) -> None:
    [finding] = [f for f in run(note(greeting=greeting)) if f.code == "recipient-name"]
    assert finding.severity == "warning"
    assert finding.suggestions == ("Dear Siobhan,",)


def test_a_greeting_that_names_no_one_is_fine_when_the_recipient_is_unknown(
    run: Run, note: Note
) -> None:
    findings = run(note(greeting="Dear Hiring Manager,"), recipients=())
    assert greeting_findings(findings) == []


@pytest.mark.parametrize("greeting", ["To whom it may concern,", "Dear Sir or Madam,"])
def test_a_distant_greeting_gets_a_warning_even_when_no_name_is_known(
    run: Run, note: Note, greeting: str
) -> None:
    findings = run(note(greeting=greeting), recipients=())
    [finding] = [f for f in findings if f.code == "recipient-name"]
    assert (finding.severity, finding.suggestions) == ("warning", ("Dear Hiring Manager,",))
    assert not [f for f in findings if f.severity == "error"]


def test_naming_someone_else_is_caught_even_when_the_recipient_is_unknown(
    run: Run, note: Note
) -> None:
    findings = run(note(greeting="Dear Jordan,"), recipients=())
    assert greeting_findings(findings) == [("recipient-name", "error", "Jordan")]


def test_a_chinese_name_that_is_not_the_recipient_is_caught(run: Run, note: Note) -> None:
    findings = run(note(greeting="Dear 王芳,"), recipients=("陈伟",))
    assert greeting_findings(findings) == [("recipient-name", "error", "王芳")]


def test_an_email_without_a_greeting_gets_a_warning(run: Run, note: Note) -> None:
    findings = run(note(greeting=""))
    assert greeting_findings(findings) == [
        (
            "missing-greeting",
            "warning",
            "Thank you for the interview on Tuesday and for the tour of the clinic.",
        )
    ]
    assert "“Dear Siobhan,”" in findings[0].message


def test_a_linkedin_note_needs_no_greeting(run: Run) -> None:
    text = "Thank you for our talk about the role. I would be glad to stay connected."
    assert run(text, kind="linkedin") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hi Siobhan thank you for meeting me today about the role.",
        "hi siobhan, thanks for the chat today.",
        "Hello Siobhan and thank you for the chat.",
    ],
)
def test_a_linkedin_greeting_run_into_the_sentence_still_finds_the_name(
    run: Run, text: str
) -> None:
    assert run(text, kind="linkedin") == []


def test_a_linkedin_greeting_run_into_the_sentence_to_someone_else_is_caught(run: Run) -> None:
    findings = run("Hi Jordan thank you for the chat today.", kind="linkedin")
    assert greeting_findings(findings) == [("recipient-name", "error", "Jordan")]


def test_the_greeting_is_the_first_line_after_the_subject(run: Run, note: Note) -> None:
    text = "Subject: Dear Jordan\n\n" + note(greeting="Dear Siobhan,")
    assert greeting_findings(run(text)) == []
