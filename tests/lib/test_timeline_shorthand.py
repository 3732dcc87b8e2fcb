"""Dates as people type them in a hurry: a weekday and a bare day number ("Friday 15"), "wk"
for week, French month abbreviations alone ("15 janv.") (interviews on Tuesday 5 January 2027)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.lib.timeline import read_timeline

TUESDAY = date(2027, 1, 5)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("by Friday 15", date(2027, 1, 15)),
        ("on Fri 15", date(2027, 1, 15)),
        ("Friday 15, 2 pm", date(2027, 1, 15)),
        ("vendredi 15", date(2027, 1, 15)),
        ("d'ici vendredi 15", date(2027, 1, 15)),
        # A time of day or a count after the weekday is no day of the month.
        ("Friday 2 pm", date(2027, 1, 8)),
        ("Friday 10:30", date(2027, 1, 8)),
        ("Monday 3 interviews", date(2027, 1, 11)),
    ],
)
def test_a_weekday_and_a_bare_day_number(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("end of next wk", date(2027, 1, 15)),
        ("early next wk", date(2027, 1, 12)),
        ("Tues next wk", date(2027, 1, 12)),
        ("this wk", date(2027, 1, 8)),
    ],
)
def test_wk_is_a_week(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [("15 janv.", date(2027, 1, 15)), ("fin janv", date(2027, 1, 31))],
)
def test_a_french_month_abbreviation_tells_french(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert (timeline.lang, timeline.decision_by) == ("fr", decision)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("in February or March", date(2027, 3, 31)),
        ("February or March", date(2027, 3, 31)),
        ("by Jan or Feb", date(2027, 2, 28)),
        # Months side by side, or cut short, are months without a word saying so.
        ("Feb or March", date(2027, 3, 31)),
        ("between Feb and March", date(2027, 3, 31)),
        ("March to April 2027", date(2027, 4, 30)),
        # A day of the month where nothing else can be meant.
        ("first of the month", date(2027, 2, 1)),
        ("the 15th of next month", date(2027, 2, 15)),
        ("latest the 22nd", date(2027, 1, 22)),
        ("the 22nd latest", date(2027, 1, 22)),
    ],
)
def test_two_months_and_a_day_of_the_month(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


@pytest.mark.parametrize("phrase", ["they may or may not call", "April or June will call me"])
def test_months_that_are_also_words_need_a_word_saying_so(phrase: str) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by is None
