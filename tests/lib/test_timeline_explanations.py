"""What the timeline reader says about its reading: codes and parameters a translation layer can
use, rendered into the English sentence; statuses; days outside the calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup.lib.timeline import DateOutOfRange, Message, read_timeline
from followup.lib.timeline.explanations import TEMPLATES, render

EARLY_DECEMBER = date(2026, 12, 1)


def test_the_explanation_is_its_messages_rendered() -> None:
    timeline = read_timeline("within two weeks", date(2027, 2, 9))
    assert timeline.messages[0] == Message(
        "read",
        {
            "said": "within two weeks",
            "interviewed": date(2027, 2, 9),
            "decision": date(2027, 2, 23),
            "follow_up": date(2027, 2, 25),
        },
    )
    assert render(timeline.messages, date(2027, 2, 9)) == timeline.explanation


def test_every_message_has_an_english_template() -> None:
    phrases = ["", "soon", "05/06", "once references are checked", "last Friday", "by Friday"]
    phrases += ["10 business days, maybe longer", "blah", "by 05/06 or Friday"]
    for phrase in phrases:
        for message in read_timeline(phrase, date(2027, 2, 9)).messages:
            assert message.code in TEMPLATES


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("we'll be in touch", "unread"),
        ("shortly", "vague"),
        ("once references are checked", "depends"),
        ("two weeks after the second round", "depends"),
        ("by 05/06", "ambiguous_only"),
        ("by 2027-02-01", "past"),
    ],
)
def test_a_phrase_it_cannot_date_is_said_to_be_so_with_a_way_out(phrase: str, code: str) -> None:
    timeline = read_timeline(phrase, date(2027, 2, 9))
    assert timeline.status == "unread"
    assert timeline.decision_by is None
    assert [message.code for message in timeline.messages][:2] == [code, "choose"]
    assert "set it yourself" in timeline.explanation


def test_an_ambiguous_date_is_explained_once() -> None:
    explanation = read_timeline("by 05/06", date(2027, 2, 9)).explanation
    assert explanation.count("05/06") == 1
    assert "which the month" in explanation


def test_a_hedge_is_mentioned_and_the_latest_day_kept() -> None:
    timeline = read_timeline("two weeks, maybe longer", date(2027, 2, 9))
    assert timeline.decision_by == date(2027, 2, 23)
    assert "might be later" in timeline.explanation


def test_saying_no_time_was_given_is_not_a_misreading() -> None:
    timeline = read_timeline("They didn't say", date(2027, 2, 9))
    assert timeline.status == "none"
    assert timeline.explanation.startswith("They didn't say when they would decide")


HOLIDAY_SEASON_PHRASES = [
    "after the holidays",
    "after the Christmas break",
    "once the holiday season is over",
    "following the holiday break",
    "after the winter break",
    "not until after the festive season",
    "after the new year",
    "in the new year",
    "over the holidays",
]


@pytest.mark.parametrize("phrase", HOLIDAY_SEASON_PHRASES)
def test_a_holiday_season_phrase_in_december_never_gives_a_day_before_the_season_ends(
    phrase: str,
) -> None:
    for offset in range(0, 23):
        interviewed = EARLY_DECEMBER + timedelta(days=offset)
        timeline = read_timeline(phrase, interviewed)
        assert timeline.status == "read", (phrase, interviewed)
        assert timeline.follow_up_on > date(2027, 1, 1), (phrase, interviewed)


def test_before_the_holidays_is_before_they_start() -> None:
    assert read_timeline("before the holidays", EARLY_DECEMBER).decision_by == date(2026, 12, 23)
    assert read_timeline("by the holidays", EARLY_DECEMBER).decision_by == date(2026, 12, 23)


@pytest.mark.parametrize("interviewed", [date(1899, 12, 31), date(3000, 1, 1), date(9999, 12, 31)])
def test_it_refuses_an_interview_day_outside_the_calendar(interviewed: date) -> None:
    with pytest.raises(DateOutOfRange):
        read_timeline("in two weeks", interviewed)


@pytest.mark.parametrize("phrase", ["in two weeks", "", "by 12/31/9999", "9999-12-31"])
def test_it_refuses_a_result_past_the_calendar(phrase: str) -> None:
    with pytest.raises(DateOutOfRange):
        read_timeline(phrase, date(2999, 12, 28))


def test_a_reading_can_be_kept_in_a_set_or_a_cache_key() -> None:
    first = read_timeline("10 business days", date(2027, 2, 9))
    again = read_timeline("10 business days", date(2027, 2, 9))
    assert {first, again} == {first}
