"""Times of day and days said as "the day after" in what the employer said (interviews on
Wednesday 3 March 2027): a time says no day, "before" a time on a day is by that day, a number
of hours stays hours, and "the next day" is a day after the day said before it."""

from __future__ import annotations

from datetime import date

import pytest

from followup.lib.timeline import read_timeline

WEDNESDAY = date(2027, 3, 3)
FRIDAY = date(2027, 3, 5)
MONDAY = date(2027, 3, 8)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("by 4:30 pm mon", MONDAY),
        ("by 11am Fri.", FRIDAY),
        ("by noon on Monday", MONDAY),
        ("before 3 p.m. on Friday", FRIDAY),
        ("before Monday at 10", MONDAY),
        ("prior to 9 o'clock Monday", MONDAY),
        ("d'ici lundi 16 h", MONDAY),
        ("avant vendredi à 15h30", FRIDAY),
        ("avant vendredi midi", FRIDAY),
        # After a time on a day is later that same day.
        ("we'll call Monday after 2 pm", MONDAY),
        ("after 10:30 a.m. on Friday", FRIDAY),
    ],
)
def test_a_time_of_day_keeps_the_day_it_is_on(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert timeline.decision_by == decision, timeline.explanation


def test_before_a_day_without_a_time_is_still_the_day_before() -> None:
    assert read_timeline("before Friday", WEDNESDAY).decision_by == date(2027, 3, 4)
    sunday = date(2027, 3, 7)
    assert read_timeline("before Monday, at 10 am we meet", WEDNESDAY).decision_by == sunday


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("within 72 hours", date(2027, 3, 6)),
        ("sous 72 h", date(2027, 3, 6)),
    ],
)
def test_a_number_of_hours_is_not_a_time_of_day(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, WEDNESDAY).decision_by == decision


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("Thursday or the day after", FRIDAY),
        ("on the 9th or the next day", date(2027, 3, 10)),
        ("jeudi ou le lendemain", FRIDAY),
        # The day after an event is that event's, not a choice.
        ("the day after the panel meets on Thursday", FRIDAY),
    ],
)
def test_the_day_after_a_day_said(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert timeline.decision_by == decision, timeline.explanation


def test_the_explanation_quotes_both_choices() -> None:
    assert (
        "They said 'Thurs. or the next day'"
        in read_timeline("Thurs. or the next day", WEDNESDAY).explanation
    )


def test_this_week_and_next_is_the_end_of_next_week() -> None:
    assert read_timeline("sometime this week and next", WEDNESDAY).decision_by == date(2027, 3, 12)
    assert read_timeline("this month and next", WEDNESDAY).decision_by == date(2027, 4, 30)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("the board sits on the 10th; we will call you after.", date(2027, 3, 11)),
        ("references on Monday and a decision afterwards", date(2027, 3, 9)),
        ("le jury se réunit lundi, nous vous écrirons par la suite", date(2027, 3, 9)),
        ("le jury se réunit lundi et nous vous écrirons après ça", date(2027, 3, 9)),
        # Said first, the day is what follows "after": no day before it, nothing read here.
        ("then they decide on Monday", MONDAY),
    ],
)
def test_after_a_day_said_is_the_day_after(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert timeline.decision_by == decision, timeline.explanation


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("end of the week or the beginning of next", date(2027, 3, 9)),
        ("this coming week", FRIDAY),
        ("by the end of this upcoming week", FRIDAY),
        ("la fin du mois ou le début du prochain", date(2027, 4, 10)),
    ],
)
def test_a_part_of_next_week_or_month_said_once(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert timeline.decision_by == decision, timeline.explanation


@pytest.mark.parametrize(
    ("phrase", "said_on", "decision"),
    [
        # A part of the week already reached on the interview day is next week's.
        ("early in the week", date(2027, 3, 2), date(2027, 3, 9)),
        ("en début de semaine", date(2027, 3, 2), date(2027, 3, 9)),
        ("by the end of the week", FRIDAY, date(2027, 3, 12)),
        # ... unless they said this week.
        ("by the end of this week", FRIDAY, FRIDAY),
        ("early in the week", date(2027, 3, 1), date(2027, 3, 2)),
    ],
)
def test_a_part_of_the_week_already_reached(phrase: str, said_on: date, decision: date) -> None:
    timeline = read_timeline(phrase, said_on)
    assert timeline.decision_by == decision, timeline.explanation


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("early the following week", date(2027, 3, 9)),
        ("mid the week after next", date(2027, 3, 17)),
        (
            "the shortlist is done on the 12th and we call people early the week after",
            date(2027, 3, 16),
        ),
    ],
)
def test_a_part_of_the_following_week(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert timeline.decision_by == decision, timeline.explanation
