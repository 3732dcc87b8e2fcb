"""Length, the reason for thanks, the sign-off, and a follow-up sent before its time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from followup.lib.checker import Finding

Run = Callable[..., list[Finding]]
Note = Callable[..., str]

LIMITS = [
    ("thank-you", 250),
    ("admin-thank-you", 150),
    ("follow-up", 150),
    ("rejection-reply", 200),
    ("keep-in-touch", 200),
    ("offer-reply", 250),
]


def body_of(words: int) -> str:
    sentence = "Thank you for the tour of the clinic and the team. "  # 11 words
    text = sentence * (words // 11) + " ".join(["yes"] * (words % 11))
    return text.strip()


@pytest.mark.parametrize(("kind", "limit"), LIMITS)
def test_a_note_at_its_word_limit_is_fine_and_one_word_more_is_too_long(
    run: Run, note: Note, kind: str, limit: int
) -> None:
    # Greeting and sign-off count too: "Dear Siobhan," + "Best regards, Sam Patel" = 6 words.
    at_limit = note(body=body_of(limit - 6))
    assert "too-long" not in [f.code for f in run(at_limit, kind=kind)]
    over = note(body=body_of(limit - 5))
    [finding] = [f for f in run(over, kind=kind) if f.code == "too-long"]
    assert finding.severity == "warning"
    assert f"keep it under {limit}" in finding.message
    assert finding.end == len(over)
    assert len(over[: finding.start].split()) == limit


def test_the_subject_line_does_not_count_toward_the_word_limit(run: Run, note: Note) -> None:
    text = "Subject: " + "word " * 30 + "\n\n" + note(body=body_of(150 - 6))
    assert "too-long" not in [f.code for f in run(text, kind="follow-up")]


@pytest.mark.parametrize(("premium", "limit"), [(False, 200), (True, 300)])
def test_a_linkedin_note_over_its_character_limit_is_an_error(
    run: Run, premium: bool, limit: int
) -> None:
    fits = "Hi Siobhan, " + "7" * (limit - 13) + "."  # digits: nothing to spell-check
    assert len(fits) == limit
    assert [f.code for f in run(fits, kind="linkedin", premium=premium)] == []
    over = fits + " Thanks"
    [finding] = run(over, kind="linkedin", premium=premium)
    assert (finding.code, finding.severity, finding.start, finding.text) == (
        "too-long",
        "error",
        limit,
        " Thanks",
    )


def test_a_thank_you_that_never_thanks_gets_a_warning(run: Run, note: Note) -> None:
    findings = run(note(body="It was great to meet you on Tuesday."))
    assert [(f.code, f.severity, f.text) for f in findings] == [
        ("thanks-reason", "warning", "It was great to meet you on Tuesday.")
    ]


def test_a_thank_you_that_does_not_say_what_for_gets_a_warning(run: Run, note: Note) -> None:
    findings = run(note(body="Thank you! It was great to meet you."), kind="admin-thank-you")
    [finding] = findings
    assert (finding.code, finding.text) == ("thanks-reason", "Thank")
    assert "arranging my interview" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "Thanks so much for showing me the yard.",
        "I appreciated learning about the new booking system.",
        "I am grateful for the chance to see the new triage desk.",
        "Many thanks to you and Dana for the tour.",
    ],
)
def test_thanks_with_a_reason_is_fine(run: Run, note: Note, body: str) -> None:
    assert run(note(body=body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the interview.",
        "I wanted to thank you again for your time.",
        "Thank you for your time and the opportunity. I look forward to hearing from you.",
        "Thanks for considering me for the role, and for meeting with me yesterday.",
        "I really appreciate your time and consideration.",
        "I am grateful for the chance to meet the team.",
        "Thank you for meeting with me. I enjoyed our conversation and learning about the role.",
    ],
)
def test_thanks_only_for_the_time_or_the_opportunity_gets_a_warning(
    run: Run, note: Note, body: str
) -> None:
    [finding] = run(note(body=body))
    assert (finding.code, finding.severity) == ("thanks-reason", "warning")
    assert "not only their time or the opportunity" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your time. I enjoyed hearing how the clinic plans its flu season.",
        "Thank you for the opportunity. Learning about the new booking system was a highlight.",
    ],
)
def test_stock_thanks_beside_something_specific_is_fine(run: Run, note: Note, body: str) -> None:
    assert run(note(body=body)) == []


def test_other_kinds_need_no_thanks(run: Run, note: Note) -> None:
    assert run(note(body="I hope your spring is going well."), kind="keep-in-touch") == []


@pytest.mark.parametrize(
    "closing",
    [
        "Best regards,\nSam Patel",
        "Sincerely,\nSam",
        "Thanks again, Sam",
        "Warm regards,\nSam Patel\n613-966-9069\nsam.patel@example.ca",
        "Sam Patel",
    ],
)
def test_a_closing_with_the_senders_name_is_fine(run: Run, note: Note, closing: str) -> None:
    assert run(note(closing=closing)) == []


@pytest.mark.parametrize("closing", ["", "Best regards,", "Cheers"])
def test_a_note_without_the_senders_name_at_the_end_gets_a_warning(
    run: Run, note: Note, closing: str
) -> None:
    [finding] = run(note(closing=closing))
    assert (finding.code, finding.severity) == ("missing-signoff", "warning")
    assert "Sam Patel" in finding.message


def test_without_a_known_sender_any_closing_followed_by_a_name_will_do(
    run: Run, note: Note
) -> None:
    assert run(note(closing="Kind regards,\nS. Patel"), sender="") == []
    assert [f.code for f in run(note(closing="Kind regards,"), sender="")] == ["missing-signoff"]


def test_a_linkedin_note_needs_no_signoff(run: Run) -> None:
    assert run("Hi Siobhan, thank you for the chat about the role.", kind="linkedin") == []


def test_a_follow_up_before_its_date_is_an_error_that_says_when_to_send_it(
    run: Run, note: Note
) -> None:
    text = note(body="I wanted to check in on the role.")
    findings = run(text, kind="follow-up", follow_up_on=date(2026, 3, 10), today=date(2026, 3, 9))
    [finding] = findings
    assert (finding.code, finding.severity) == ("too-soon", "error")
    assert "Wait until Tuesday, March 10, 2026" in finding.message


@pytest.mark.parametrize("today", [date(2026, 3, 10), date(2026, 4, 1)])
def test_a_follow_up_on_or_after_its_date_is_fine(run: Run, note: Note, today: date) -> None:
    text = note(body="I wanted to check in on the role.")
    assert run(text, kind="follow-up", follow_up_on=date(2026, 3, 10), today=today) == []


def test_too_soon_only_applies_to_follow_ups(run: Run, note: Note) -> None:
    findings = run(note(), follow_up_on=date(2026, 3, 10), today=date(2026, 3, 1))
    assert findings == []


def test_a_third_follow_up_gets_a_warning(run: Run, note: Note) -> None:
    text = note(body="I wanted to check in on the role.")
    assert [f.code for f in run(text, kind="follow-up", sequence=2)] == []
    assert [f.code for f in run(text, kind="follow-up", sequence=3)] == ["too-many-follow-ups"]
