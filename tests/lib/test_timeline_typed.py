"""Phrases as typed on a phone: chat shorthand ("tmrw", "nxt wk", "EOY", "sem. proch."),
misspelled names of months and weekdays ("Febuary", "thrusday", "mecredi"), French "milieu",
and a phrase of one French word told as French (interviews on Tuesday 10 November 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from followup.lib.timeline import read_timeline
from followup.lib.timeline.languages import detect, misspelled

TUESDAY = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("they'll call tmrw", date(2026, 11, 11)),
        ("should hear tmr", date(2026, 11, 11)),
        ("2moro", date(2026, 11, 11)),
        ("EOD tmrw", date(2026, 11, 11)),
        ("by nxt wk", date(2026, 11, 20)),
        ("end of nxt month", date(2026, 12, 31)),
        ("nxt friday", date(2026, 11, 20)),
        ("EOY", date(2026, 12, 31)),
        ("by Febuary 3", date(2027, 2, 3)),
        ("by Feburary", date(2027, 2, 28)),
        ("mid Decmber", date(2026, 12, 15)),
        ("by Novemeber 20", date(2026, 11, 20)),
        ("by thrusday", date(2026, 11, 12)),
        ("by wedensday", date(2026, 11, 11)),
        ("wensday", date(2026, 11, 11)),
        ("firday", date(2026, 11, 13)),
        ("within 3 buisness days", date(2026, 11, 13)),
    ],
)
def test_english_shorthand_and_misspellings(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert (timeline.status, timeline.decision_by) == ("read", decision)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("milieu novembre", date(2026, 11, 15)),
        ("vers le milieu du mois", date(2026, 11, 15)),
        ("milieu de la semaine prochaine", date(2026, 11, 18)),
        ("la sem. prochaine", date(2026, 11, 20)),
        ("sem prochaine", date(2026, 11, 20)),
        ("d'ici la fin de la sem", date(2026, 11, 13)),
        ("d'ici mecredi", date(2026, 11, 11)),
        ("vendredie prochain", date(2026, 11, 20)),
        ("fin fevier", date(2027, 2, 28)),
        ("debut decmbre", date(2026, 12, 10)),
        ("qq jours", date(2026, 11, 13)),
        ("d'ici 3 jrs ouvrables", date(2026, 11, 13)),
    ],
)
def test_french_abbreviations_misspellings_and_milieu(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert (timeline.lang, timeline.status, timeline.decision_by) == ("fr", "read", decision)


def test_what_was_typed_is_quoted() -> None:
    assert "tmrw" in read_timeline("they'll call tmrw", TUESDAY).explanation
    assert "Febuary 3" in read_timeline("by Febuary 3", TUESDAY).explanation
    assert "mecredi" in read_timeline("d'ici mecredi", TUESDAY).explanation


@pytest.mark.parametrize(
    "word", ["sundry", "sandy", "frida", "mondays", "marches", "may", "june", "mondal", "sundar"]
)
def test_real_words_and_short_ones_are_not_misspellings(word: str) -> None:
    targets = ("monday", "sunday", "friday", "saturday", "march", "may", "june")
    assert misspelled(word, targets, "en") is None


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [("rapidement", "fr"), ("prochainement", "fr"), ("vite", "fr"), ("asap", "en"), ("tbd", "en")]
    + [("n/a", "en"), ("idk", "en")],
)
def test_a_phrase_without_telling_words_is_told_by_how_common_its_words_are(
    phrase: str, lang: str
) -> None:
    assert detect(phrase) == lang
    assert read_timeline(phrase, TUESDAY).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("Jan or Feb", date(2027, 2, 28)),
        ("jan/feb", date(2027, 2, 28)),
        ("March or April probably", date(2027, 4, 30)),
        ("Dec or Jan", date(2027, 1, 31)),
        ("nov-dec", date(2026, 12, 31)),
    ],
)
def test_two_months_side_by_side_or_cut_short_are_months(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


def test_two_months_apart_that_are_names_too_are_not_read_alone() -> None:
    assert read_timeline("I met April and June", TUESDAY).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "interviewed", "decision"),
    [
        # "La rentrée" is the return from the next long break: September said in June, January
        # (the Christmas season's "after" day) said in the fall or December.
        ("à la rentrée", date(2026, 6, 10), date(2026, 9, 8)),
        ("à la rentrée", date(2026, 12, 8), date(2027, 1, 15)),
        ("après la rentrée", date(2026, 8, 20), date(2026, 9, 8)),
        ("à la rentrée de janvier", date(2026, 11, 10), date(2027, 1, 15)),
        ("la rentrée scolaire", date(2026, 12, 8), date(2027, 9, 7)),
        ("after the break", date(2026, 6, 10), date(2026, 9, 8)),
        ("after the break", date(2026, 12, 8), date(2027, 1, 15)),
        ("before the break", date(2026, 11, 10), date(2026, 12, 23)),
        ("before the break", date(2027, 1, 5), date(2027, 6, 30)),
    ],
)
def test_the_next_break(phrase: str, interviewed: date, decision: date) -> None:
    assert read_timeline(phrase, interviewed).decision_by == decision


def test_on_break_is_a_vacation() -> None:
    assert read_timeline("they're on break", TUESDAY).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("thurs or fri", date(2026, 11, 13)),
        ("wed/thu", date(2026, 11, 12)),
        ("mon-tue", date(2026, 11, 17)),
        ("Fri or Mon", date(2026, 11, 16)),
        ("fri", date(2026, 11, 13)),
        ("Thurs.", date(2026, 11, 12)),
        ("in 10 bdays", date(2026, 11, 24)),
        ("wk of the 23rd", date(2026, 11, 27)),
    ],
)
def test_short_weekdays_as_choices_or_alone_and_short_units(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert (timeline.lang, timeline.decision_by) == ("en", decision)


def test_a_short_weekday_inside_a_sentence_still_needs_a_word_saying_so() -> None:
    assert read_timeline("we sat down for an hour", TUESDAY).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("la 1re semaine de décembre", date(2026, 12, 4)),
        ("3e semaine de janvier", date(2027, 1, 22)),
        ("le 4/12", date(2026, 12, 4)),
        ("vers le 15/12", date(2026, 12, 15)),
        ("d'ici le 2/1", date(2027, 1, 2)),
        ("à partir du 20", date(2026, 11, 20)),
        ("dans 48h", date(2026, 11, 12)),
        ("dans les 48h", date(2026, 11, 12)),
        ("dans les 2 semaines", date(2026, 11, 24)),
    ],
)
def test_french_figures(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert (timeline.lang, timeline.decision_by) == ("fr", decision)


def test_a_french_day_and_month_that_is_no_date_is_not_read() -> None:
    assert read_timeline("le 31/11", TUESDAY).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("by the 30", date(2026, 11, 30)),
        ("by the 15 hopefully", date(2026, 11, 15)),
        ("on the 12, 2pm", date(2026, 11, 12)),
        ("they will email tmrw or fri", date(2026, 11, 13)),
        ("by the 15th or mon", date(2026, 11, 16)),
        ("in the new yr", date(2027, 1, 15)),
    ],
)
def test_a_bare_day_number_and_a_short_weekday_as_the_other_choice(
    phrase: str, decision: date
) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


@pytest.mark.parametrize(
    "phrase", ["on the 3 candidates", "by the 2 of us", "rain or sun", "by the 12.5"]
)
def test_numbers_and_short_words_that_are_no_days(phrase: str) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [("ds 1 sem", date(2026, 11, 17)), ("la sem pro", date(2026, 11, 20))],
)
def test_french_chat_abbreviations_tell_french(phrase: str, decision: date) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert (timeline.lang, timeline.decision_by) == ("fr", decision)


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("avant la Saint-Jean", date(2027, 6, 23)),
        ("after St-Jean", date(2027, 6, 25)),
        ("d'ici la fête nationale", date(2027, 6, 24)),
        ("avant les vacances de la construction", date(2027, 7, 17)),
        ("after the construction holiday", date(2027, 8, 2)),
        ("au printemps", date(2027, 6, 20)),
        ("d'ici la fin de l'exercice", date(2027, 3, 31)),
        ("au premier trimestre", date(2027, 3, 31)),
        ("fin T1", date(2027, 3, 31)),
    ],
)
def test_quebec_days_seasons_and_quarters(phrase: str, decision: date) -> None:
    # In Ontario (the default): Quebec's own days are known dates all the same.
    assert read_timeline(phrase, date(2027, 1, 12)).decision_by == decision


def test_ete_the_verb_is_no_summer() -> None:
    assert read_timeline("la décision a été reportée", date(2027, 1, 12)).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("10ish days", date(2026, 11, 20)),
        ("3ish weeks", date(2026, 12, 1)),
        ("aux alentours du 20", date(2026, 11, 20)),
        ("autour du 20", date(2026, 11, 20)),
        ("d'ici le 5 du mois prochain", date(2026, 12, 5)),
        ("la semaine après la prochaine", date(2026, 11, 27)),
    ],
)
def test_about_a_number_and_a_day_of_next_month(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


@pytest.mark.parametrize(
    "phrase",
    ["idk", "not specified", "none", "no word on timing", "?", "-", "pas précisé", "à confirmer"]
    + ["je sais pas", "pas mentionné", "à déterminer"],
)
def test_saying_no_time_was_given(phrase: str) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert (timeline.status, timeline.decision_by) == ("none", None)


@pytest.mark.parametrize("phrase", ["they'll be in touch", "ils vont me revenir", "on verra"])
def test_saying_something_without_a_time_is_unread(phrase: str) -> None:
    assert read_timeline(phrase, TUESDAY).status == "unread"


def test_a_date_said_with_none_is_read() -> None:
    assert read_timeline("none of the others, decision friday", TUESDAY).status == "read"


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("HR said prob by nxt thurs or fri", date(2026, 11, 20)),
        ("next thurs/fri", date(2026, 11, 20)),
        ("next Thursday or Friday", date(2026, 11, 20)),
        ("jeudi prochain ou vendredi", date(2026, 11, 20)),
        ("tomorrow or Friday", date(2026, 11, 13)),
    ],
)
def test_the_other_weekday_is_counted_from_the_day_said_first(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


def test_a_closing_day_said_before_is_what_that_points_back_to() -> None:
    phrase = "the posting closes Friday and they'll decide within a week of that"
    assert read_timeline(phrase, TUESDAY).decision_by == date(2026, 11, 20)


def test_an_english_phrase_with_decision_in_it_is_english() -> None:
    assert read_timeline("decision depends on budget approval", TUESDAY).lang == "en"
    assert read_timeline("decision vendredi", TUESDAY).lang == "fr"


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("d'ici ven.", date(2026, 11, 13)),
        ("jeu. prochain", date(2026, 11, 19)),
        ("lun. ou mar.", date(2026, 11, 17)),
        ("le ven 20", date(2026, 11, 20)),
        ("avril prochain", date(2027, 4, 30)),
        ("novembre prochain", date(2027, 11, 30)),
        ("next April", date(2027, 4, 30)),
        ("april next year", date(2027, 4, 30)),
        ("by next Jan", date(2027, 1, 31)),
    ],
)
def test_french_short_weekdays_and_next_named_month(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


@pytest.mark.parametrize("phrase", ["the next may be", "j'ai parlé à sam", "la mer", "le jeu"])
def test_words_that_are_no_weekday_or_month(phrase: str) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by is None


@pytest.mark.parametrize(
    ("phrase", "decision"),
    [
        ("in 2 wekks", date(2026, 11, 24)),
        ("a coupel of weeks", date(2026, 11, 24)),
        ("beggining of december", date(2026, 12, 10)),
        ("eraly next week", date(2026, 11, 17)),
        ("withing 2 weeks", date(2026, 11, 24)),
        ("in 3 monhts", date(2027, 2, 10)),
    ],
)
def test_other_time_words_misspelled(phrase: str, decision: date) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == decision


def test_a_real_word_near_a_time_word_is_left_alone() -> None:
    assert read_timeline("within 2 weeds", TUESDAY).decision_by is None


@pytest.mark.parametrize("phrase", ["le 20 max", "by the 20th max", "the 20th tops", "20th max"])
def test_a_day_and_max(phrase: str) -> None:
    assert read_timeline(phrase, TUESDAY).decision_by == date(2026, 11, 20)
