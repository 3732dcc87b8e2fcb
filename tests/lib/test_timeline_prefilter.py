"""Rules are skipped for a phrase that lacks the words they need (followup/lib/timeline/
prefilter.py), which makes reading faster and must change no reading."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from followup.lib.timeline import read_timeline
from followup.lib.timeline import rules as timeline_rules
from followup.lib.timeline.languages import detect, rewrite_french
from followup.lib.timeline.prefilter import checks, met, needs
from followup.lib.timeline.rules import normalise, rules
from followup.lib.timeline.words import alternations

DATA = Path(__file__).parent / "data" / "timeline_phrases.toml"
CASES = tomllib.loads(DATA.read_text(encoding="utf-8"))["case"]

PHRASES = [
    *sorted({case["phrase"] for case in CASES}),  # sorted: every test process collects alike
    "we'll let you know by the end of next week",
    "early next week, or the week after",
    "Friday the 11th or Monday the 14th",
    "by 3/12",
    "in 24/7 mode, 1.5 weeks",
    "two weeks after the second round on the 10th",
    "once references are checked, probably within 3 business days",
    "they didn't say",
    "maybe Thursday, maybe later",
    "no later than Dec. 3rd, 2026",
    "weekend",
    "sometime in the new year",
    "after the long weekend in May",
    "year-end",
    "Q1",
    "d'ici vendredi",
    "au plus tard le 15",
    "dans une dizaine de jours",
    "après les Fêtes",
    "d'ici la fin du mois",
    "la semaine du 14",
    "ils n'ont rien dit",
    "",
]


def test_every_rule_needs_words() -> None:
    # An expression the prefilter could not take apart would be tried on every phrase.
    assert all(rule.needs for rule in rules())


def test_needs_are_what_every_match_contains() -> None:
    assert needs(re.compile(r"\bnext\s+(?:week|month)\b")) == (
        frozenset({"next"}),
        frozenset({"week", "month"}),
    )
    assert needs(re.compile(r"(?:by\s+)?friday\b")) == (frozenset({"friday"}),)
    # An alternative that needs nothing: the branch needs nothing either.
    assert needs(re.compile(r"(?:friday|\d+)")) == ()
    # What is only looked at around the match is not needed in it.
    assert needs(re.compile(r"(?<=by )friday(?= week)")) == (frozenset({"friday"}),)
    assert needs(re.compile(r"a(?:bc)*d")) == (frozenset({"a"}), frozenset({"d"}))


def test_alternations_taken_as_words_need_what_they_need_taken_apart() -> None:
    # Quicker when the rules are built, and the same needs.
    for rule in rules():
        assert needs(rule.pattern, alternations()) == needs(rule.pattern)


def _texts(phrase: str) -> list[str]:
    texts = [normalise(phrase)]
    if detect(phrase) == "fr":
        texts.append(normalise(rewrite_french(phrase).text))
    return texts


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_rule_that_matches_has_what_it_needs(phrase: str) -> None:
    for text in _texts(phrase):
        for rule in rules():
            if rule.pattern.search(text):
                assert met(rule.needs, text), (rule.pattern.pattern[:80], text)


def test_a_need_of_several_words_is_one_scan() -> None:
    (single, several) = checks((frozenset({"next"}), frozenset({"week", "month"})))
    assert single == "next"
    assert isinstance(several, re.Pattern)
    assert met((single, several), "end of next month")
    assert not met((single, several), "end of the month")


def test_the_readings_are_the_same_as_with_every_rule_tried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    days = [date(2026, 12, 1), date(2027, 2, 9), date(2027, 6, 25)]
    calls = [(case["phrase"], case["interviewed"], case.get("province", "ON")) for case in CASES]
    calls += [(phrase, day, "ON") for phrase in PHRASES for day in days]
    with_prefilter = [read_timeline(*call) for call in calls]
    monkeypatch.setattr(timeline_rules, "met", lambda rule_checks, text: True)
    assert [read_timeline(*call) for call in calls] == with_prefilter
