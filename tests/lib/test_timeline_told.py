"""What the reader makes of phrases saying no time was given, of dates just gone by, and of a
later interview a decision waits for (interviews on Wednesday 3 February 2027 unless said)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.lib.timeline import NONE, READ, UNREAD, read_timeline

WEDNESDAY = date(2027, 2, 3)


@pytest.mark.parametrize(
    "phrase",
    [
        "she couldn't give me a date",
        "they wouldn't commit to a timeline",
        "he never said when",
        "I forgot to ask",
        "nobody told me anything about timing",
        "they did not specify",
        "no set time frame",
        "elle n'a pas précisé",
        "ils ne m'ont donné aucune date",
        "on ne m'a rien dit sur les délais",
        "pas de date précise",
        "je n'ai pas demandé",
        "aucune idée",
        "la date n'est pas encore fixée",
    ],
)
def test_a_negation_and_a_verb_of_telling_say_no_time_was_given(phrase: str) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert (timeline.decision_by, timeline.status) == (None, NONE), timeline.explanation


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("can't say yet, maybe next week", date(2027, 2, 12)),
        ("they didn't say exactly, but by Friday", date(2027, 2, 5)),
        ("ils n'ont pas précisé, mais d'ici vendredi", date(2027, 2, 5)),
    ],
)
def test_a_time_said_with_it_is_still_read(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert (timeline.decision_by, timeline.status) == (decision, READ), timeline.explanation


def test_something_vague_with_it_is_not_nothing() -> None:
    assert read_timeline("they didn't say, probably soon", WEDNESDAY).status == UNREAD
    # "Sans délai" is right away, not "no time frame".
    assert read_timeline("ils vont décider sans délai", WEDNESDAY).status == UNREAD


@pytest.mark.parametrize(
    ("phrase", "interviewed"),
    [
        ("they said by Jan 29", WEDNESDAY),
        ("decision on 1/30", WEDNESDAY),
        ("by Nov 18", date(2026, 11, 20)),
        ("d'ici le 29 janvier", WEDNESDAY),
        ("by Dec 30", date(2027, 1, 5)),
    ],
)
def test_a_date_just_gone_by_is_past_not_next_year(phrase: str, interviewed: date) -> None:
    timeline = read_timeline(phrase, interviewed)
    assert (timeline.decision_by, timeline.status) == (None, UNREAD)
    assert timeline.messages[0].code == "past"


@pytest.mark.parametrize(
    ("phrase", "interviewed", "decision"),
    [
        ("by 15 January", date(2027, 5, 11), date(2028, 1, 15)),
        ("Nov. 30", date(2026, 11, 20), date(2026, 11, 30)),
        ("the week of Nov 16", date(2026, 11, 20), date(2026, 11, 20)),
    ],
)
def test_a_date_further_back_is_next_year(phrase: str, interviewed: date, decision: date) -> None:
    assert read_timeline(phrase, interviewed).decision_by == decision


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("two weeks after the interview", date(2027, 2, 17)),
        ("une semaine après l'entrevue", date(2027, 2, 10)),
        ("a week after our call", date(2027, 2, 10)),
    ],
)
def test_a_span_after_the_interview_counts_from_it(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, WEDNESDAY).decision_by == decision


@pytest.mark.parametrize(
    "phrase",
    [
        "two weeks after the interview of the second round",
        "a week after the final round interview",
        "deux semaines après l'entrevue finale",
        "après l'entrevue du 2e tour",
        "une semaine après l'entrevue de deuxième tour",
    ],
)
def test_a_later_interview_is_not_this_one(phrase: str) -> None:
    timeline = read_timeline(phrase, WEDNESDAY)
    assert (timeline.decision_by, timeline.status) == (None, UNREAD), timeline.explanation


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("aucune idée", "fr"),
        ("pas de date précise", "fr"),
        ("résumé review first", "en"),
        ("they didn't say", "en"),
    ],
)
def test_french_letters_tell_french_when_no_word_does(phrase: str, lang: str) -> None:
    assert read_timeline(phrase, WEDNESDAY).lang == lang
