"""Reading what an employer said about when they will decide (interviews on Tuesday 9 February
2027 unless a test says otherwise; Monday 15 February is Family Day in Ontario)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from followup.lib.timeline import Timeline, follow_up_date, read_timeline

TUESDAY = date(2027, 2, 9)


def decided(phrase: str, interviewed_on: date = TUESDAY, province: str = "ON") -> date | None:
    return read_timeline(phrase, interviewed_on, province).decision_by


TABLE = [
    ("within two weeks", date(2027, 2, 23)),
    ("a week or two", date(2027, 2, 23)),
    ("two weeks from today", date(2027, 2, 23)),
    ("in 2 weeks", date(2027, 2, 23)),
    ("14 days", date(2027, 2, 23)),
    ("in 10 business days", date(2027, 2, 24)),
    ("10 working days", date(2027, 2, 24)),
    ("5 working days", date(2027, 2, 17)),
    ("7-10 days", date(2027, 2, 19)),
    ("7 to 10 days", date(2027, 2, 19)),
    ("three to four weeks", date(2027, 3, 9)),
    ("the next few days", date(2027, 2, 12)),
    ("a couple of days", date(2027, 2, 11)),
    ("48 hours", date(2027, 2, 11)),
    ("tomorrow", date(2027, 2, 10)),
    ("by Friday", date(2027, 2, 12)),
    ("next Tuesday", date(2027, 2, 16)),
    ("next Friday", date(2027, 2, 19)),
    ("Monday or Tuesday", date(2027, 2, 16)),
    ("by the end of next week", date(2027, 2, 19)),
    ("sometime next week", date(2027, 2, 19)),
    ("end of next week", date(2027, 2, 19)),
    ("by the end of this week", date(2027, 2, 12)),
    ("end of the week", date(2027, 2, 12)),
    ("this week", date(2027, 2, 12)),
    ("by the end of the month", date(2027, 2, 28)),
    ("end of month", date(2027, 2, 28)),
    ("early next month", date(2027, 3, 10)),
    ("mid next month", date(2027, 3, 15)),
    ("late next month", date(2027, 3, 31)),
    ("by March 5th", date(2027, 3, 5)),
    ("5 March", date(2027, 3, 5)),
    ("March 5", date(2027, 3, 5)),
    ("5th of March", date(2027, 3, 5)),
    ("2027-03-05", date(2027, 3, 5)),
    ("15 January", date(2028, 1, 15)),
    ("in a month", date(2027, 3, 9)),
    ("a month", date(2027, 3, 9)),
    ("before Christmas", date(2027, 12, 24)),
    ("in the new year", date(2028, 1, 15)),
    ("end of the year", date(2027, 12, 31)),
    ("next week", date(2027, 2, 19)),
    ("end of day", date(2027, 2, 9)),
    ("today", date(2027, 2, 9)),
]

MORE_PHRASINGS = [
    ("by mid-March", date(2027, 3, 15)),
    ("end of March", date(2027, 3, 31)),
    ("early March", date(2027, 3, 10)),
    ("in April", date(2027, 4, 30)),
    ("by the end of February", date(2027, 2, 28)),
    ("mid-February", date(2027, 2, 15)),
    ("the last day of the month", date(2027, 2, 28)),
    # 1 March 2027 is a Monday: the first week of March ends on Friday 5 March.
    ("first week of March", date(2027, 3, 5)),
    ("the second week of March", date(2027, 3, 12)),
    # 31 March 2027 is a Wednesday: the last week of March runs into April.
    ("last week of March", date(2027, 4, 2)),
    ("in a fortnight", date(2027, 2, 23)),
    ("within the next 2-3 weeks", date(2027, 3, 2)),
    ("in 2\u20133 wks", date(2027, 3, 2)),
    ("between two and three weeks", date(2027, 3, 2)),
    ("one or two weeks", date(2027, 2, 23)),
    ("a few weeks", date(2027, 3, 2)),
    ("in the coming weeks", date(2027, 3, 2)),
    ("a week and a half", date(2027, 2, 20)),
    ("1.5 weeks", date(2027, 2, 20)),
    ("two business weeks", date(2027, 2, 24)),
    ("within 24 hours", date(2027, 2, 10)),
    ("in twenty-one days", date(2027, 3, 2)),
    ("within the next week", date(2027, 2, 16)),
    ("by Feb 20th", date(2027, 2, 20)),
    ("by Feb. 20", date(2027, 2, 20)),
    ("by the 20th", date(2027, 2, 20)),
    ("by the 5th", date(2027, 3, 5)),
    ("by the twentieth", date(2027, 2, 20)),
    ("by the 10th of next month", date(2027, 3, 10)),
    ("Wednesday, February 17", date(2027, 2, 17)),
    ("Friday the 19th", date(2027, 2, 19)),
    ("March 5, 2027", date(2027, 3, 5)),
    ("March 3-5", date(2027, 3, 5)),
    ("the week of March 8", date(2027, 3, 12)),
    ("a week from Friday", date(2027, 2, 19)),
    ("Thursday next week", date(2027, 2, 18)),
    ("next week on Wednesday", date(2027, 2, 17)),
    ("this coming Friday", date(2027, 2, 12)),
    ("by Thurs.", date(2027, 2, 11)),
    ("early next week", date(2027, 2, 16)),
    ("mid next week", date(2027, 2, 17)),
    ("later this week", date(2027, 2, 12)),
    ("the week after next", date(2027, 2, 26)),
    ("next week or the week after", date(2027, 2, 26)),
    ("before the weekend", date(2027, 2, 12)),
    ("by the weekend", date(2027, 2, 12)),
    ("over the weekend", date(2027, 2, 14)),
    ("within the week", date(2027, 2, 12)),
    ("this month", date(2027, 2, 28)),
    ("sometime next month", date(2027, 3, 31)),
    ("the day after tomorrow", date(2027, 2, 11)),
    ("by close of business", date(2027, 2, 9)),
    ("EOD", date(2027, 2, 9)),
    ("after the long weekend", date(2027, 2, 16)),
    ("by Easter", date(2027, 3, 28)),
    ("Thanksgiving", date(2027, 10, 11)),
    ("by Canada Day", date(2027, 7, 1)),
    ("before Family Day", date(2027, 2, 14)),
    ("end of Q1", date(2027, 3, 31)),
    ("next quarter", date(2027, 6, 30)),
    ("by the end of the fiscal year", date(2027, 3, 31)),
    ("later this year", date(2027, 12, 31)),
    ("by year-end", date(2027, 12, 31)),
    ("after the holidays", date(2028, 1, 15)),
    ("a couple more weeks", date(2027, 2, 23)),
    ("within a matter of days", date(2027, 2, 12)),
    ("by midweek", date(2027, 2, 10)),
    ("EOW", date(2027, 2, 12)),
    ("by month-end", date(2027, 2, 28)),
    ("between the 15th and the 20th", date(2027, 2, 20)),
    ("on or before March 3", date(2027, 3, 3)),
    ("before March 3", date(2027, 3, 2)),
    ("next week, and make an offer the week after", date(2027, 2, 26)),
    ("the Monday after next", date(2027, 2, 22)),
    ("Friday week", date(2027, 2, 19)),
    ("6-8 weeks", date(2027, 4, 6)),
    ("a month and a half", date(2027, 3, 24)),
    ("24-48 hours", date(2027, 2, 11)),
    ("early January", date(2028, 1, 10)),
    ("in December", date(2027, 12, 31)),
    ("after Thanksgiving", date(2027, 10, 12)),
    ("by close of business Friday", date(2027, 2, 12)),
    ("EOD tomorrow", date(2027, 2, 10)),
    ("by the end of the day on Friday", date(2027, 2, 12)),
    ("by end of week", date(2027, 2, 12)),
    ("by the close of the week", date(2027, 2, 12)),
    ("in about 2 weeks", date(2027, 2, 23)),
    ("in another week or two", date(2027, 2, 23)),
    ("half a month", date(2027, 2, 24)),
    # A lower bound: the business day after it (Saturday 20th: Monday 22nd).
    ("not before the 20th", date(2027, 2, 22)),
    ("not until Friday", date(2027, 2, 16)),
    ("19-Feb-2027", date(2027, 2, 19)),
    ("2027.02.19", date(2027, 2, 19)),
    ("5 bus. days", date(2027, 2, 17)),
    ("a couple business days", date(2027, 2, 11)),
    ("Expect to hear by Thurs 18th", date(2027, 2, 18)),
    ("on Tuesday, February 23rd, 2027", date(2027, 2, 23)),
    ("2 to 3 weeks from now", date(2027, 3, 2)),
    ("sometime after the 15th", date(2027, 2, 16)),
    ("I'll know by Valentine's Day", date(2027, 2, 14)),
    ("this week or next", date(2027, 2, 19)),
    ("within the week or early next", date(2027, 2, 16)),
    ("end of this month or early next", date(2027, 3, 10)),
]

SEASONS = [
    ("We're hoping to have someone in place by the spring.", date(2027, 6, 20)),
    ("before the spring", date(2027, 3, 19)),
    ("in the fall", date(2027, 12, 20)),
    ("by early fall", date(2027, 10, 23)),
    ("end of the summer", date(2027, 9, 22)),
    ("spring 2028", date(2028, 6, 20)),
    ("in the winter", date(2027, 3, 19)),
]

COUNTED_FROM_A_DAY = [
    ("2 weeks from the 15th", date(2027, 3, 1)),
    ("10 days after March 1", date(2027, 3, 11)),
    ("three weeks from next Monday", date(2027, 3, 8)),
    ("2 weeks after Family Day", date(2027, 3, 1)),
    ("5 business days from the 19th", date(2027, 2, 26)),
    ("within 10 days of the interview", date(2027, 2, 19)),
]

NOTHING_TO_READ = [
    "",
    "soon",
    "we'll be in touch",
    "ASAP",
    "They will get back to me shortly.",
    "by the second interview",
    "We may call you back.",
    "I met April and June from the team.",
    "We sat down for an hour.",
    "The role starts in May.",
    "The job is a 6-month contract.",
    "I'll need to give two weeks notice.",
    "The position is 37.5 hours per week.",
    "They need 5 years experience.",
    "The job starts on the 1st of March",
    "Posting closes on Friday",
    "They interview once a week.",
    "in a while",
    "02/05",
    "Prices fall and spring back.",
]


@pytest.mark.parametrize(("phrase", "expected"), TABLE)
def test_it_reads_the_phrases_people_hear(phrase: str, expected: date) -> None:
    assert decided(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), MORE_PHRASINGS)
def test_it_reads_other_real_world_phrasings(phrase: str, expected: date) -> None:
    assert decided(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), COUNTED_FROM_A_DAY)
def test_it_counts_a_span_from_the_day_they_name(phrase: str, expected: date) -> None:
    assert decided(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), SEASONS)
def test_it_reads_seasons_said_with_a_word_before_them(phrase: str, expected: date) -> None:
    assert decided(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), TABLE[:10])
def test_it_reads_any_case(phrase: str, expected: date) -> None:
    assert decided(phrase.upper()) == expected


@pytest.mark.parametrize("phrase", NOTHING_TO_READ)
def test_it_assumes_five_business_days_when_nothing_can_be_read(phrase: str) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert timeline.decision_by is None
    assert timeline.assumed is True
    assert timeline.follow_up_on == date(2027, 2, 17)


def test_it_explains_the_assumption_in_plain_english() -> None:
    assert read_timeline("", TUESDAY).explanation == (
        "They didn't say when they would decide, so Followup plans a follow-up 5 business days "
        "after the interview, on Wednesday 17 February."
    )


@pytest.mark.parametrize(("phrase", "expected"), TABLE)
def test_it_follows_up_two_business_days_after_the_decision(phrase: str, expected: date) -> None:
    timeline = read_timeline(phrase, TUESDAY)
    assert timeline.assumed is False
    assert timeline.follow_up_on == follow_up_date(expected, TUESDAY)
    assert timeline.follow_up_on > expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She said they'd let me know within two weeks.", date(2027, 2, 23)),
        ("The manager told us they hope to decide by the end of next week.", date(2027, 2, 19)),
        ("We'll be making our decision in the next few days", date(2027, 2, 12)),
        ("HR said 7 to 10 business days, maybe sooner.", date(2027, 2, 24)),
        ("They're interviewing until Friday and will call early next week.", date(2027, 2, 16)),
        ("He said I should hear back by March 5th at the latest!", date(2027, 3, 5)),
        ("They may call me in a week or so.", date(2027, 2, 16)),
        ("I interviewed on Monday and they said they'd call by Friday", date(2027, 2, 12)),
        ("The interview took an hour; they'll decide within the next week", date(2027, 2, 16)),
        ("They want someone to start March 1, decision by the 20th", date(2027, 2, 20)),
        ("We're still seeing people after the first two weeks", date(2027, 2, 23)),
        ("Last week they said two weeks; today they said a month", date(2027, 3, 9)),
        ("They said they\u2019d know in a couple of weeks", date(2027, 2, 23)),
        ("Two weeks, maybe three.", date(2027, 3, 2)),
        ("a week or two, maybe three", date(2027, 3, 2)),
        ("It could be a week or it could be a month", date(2027, 3, 9)),
        ("Decision in 2 weeks; the start date would be March 15.", date(2027, 2, 23)),
        ("Orientation is on March 15, decision by Friday", date(2027, 2, 12)),
        ("By the end of the week of the 22nd", date(2027, 2, 26)),
        ("We'll decide by the 15th or 16th", date(2027, 2, 16)),
        ("No decision until after the 15th", date(2027, 2, 16)),
        ('I was told I\'d get a call "sometime in the next couple weeks"', date(2027, 2, 23)),
        (
            "Interview was great! They hope to decide by the end of next week, but the manager is "
            "away Monday.",
            date(2027, 2, 19),
        ),
    ],
)
def test_it_reads_the_phrase_inside_a_sentence(sentence: str, expected: date) -> None:
    assert decided(sentence) == expected


def test_it_takes_the_latest_of_several_expressions() -> None:
    timeline = read_timeline("We'll call by Friday, with a final decision in two weeks.", TUESDAY)
    assert timeline.decision_by == date(2027, 2, 23)
    assert "'in two weeks'" in timeline.explanation
    assert "latest" in timeline.explanation


def test_it_explains_the_dates_it_read() -> None:
    assert read_timeline("within two weeks", TUESDAY).explanation == (
        "They said 'within two weeks' on Tuesday 9 February: decided by Tuesday 23 February. "
        "Follow up on Thursday 25 February."
    )


def test_it_quotes_only_the_time_frame_from_a_sentence() -> None:
    explanation = read_timeline(
        "She said they'd let me know within two weeks.", TUESDAY
    ).explanation
    assert explanation.startswith("They said 'within two weeks' on Tuesday 9 February")


def test_it_adds_the_year_when_it_differs_from_the_interview_year() -> None:
    explanation = read_timeline("15 January", TUESDAY).explanation
    assert "decided by Saturday 15 January 2028" in explanation
    assert "on Tuesday 9 February:" in explanation


def test_it_names_the_holidays_it_does_not_count() -> None:
    explanation = read_timeline("10 business days", TUESDAY).explanation
    assert "Wednesday 24 February" in explanation
    assert "Family Day" in explanation


def test_it_skips_christmas_and_boxing_day_before_following_up() -> None:
    timeline = read_timeline("by Christmas Eve", date(2026, 12, 1))
    assert timeline.decision_by == date(2026, 12, 24)
    assert timeline.follow_up_on == date(2026, 12, 30)
    assert "Boxing Day" in timeline.explanation


def test_it_counts_business_days_with_the_province_holidays() -> None:
    assert decided("10 business days", province="QC") == date(2027, 2, 23)
    assert read_timeline("", TUESDAY, "QC").follow_up_on == date(2027, 2, 16)


def test_it_accepts_a_province_in_lower_case() -> None:
    assert decided("10 business days", province="qc") == date(2027, 2, 23)


def test_it_counts_optional_holidays_only_when_asked() -> None:
    # Monday 2 August 2027 is the Civic Holiday, an optional holiday in Ontario.
    friday = date(2027, 7, 30)
    assert read_timeline("1 business day", friday).decision_by == date(2027, 8, 2)
    with_optional = read_timeline("1 business day", friday, optional_holidays=True)
    assert with_optional.decision_by == date(2027, 8, 3)


def test_it_reads_a_weekday_said_on_that_weekday_as_next_week() -> None:
    assert decided("by Tuesday") == date(2027, 2, 16)


def test_it_reads_vague_days_as_business_days() -> None:
    thursday = date(2027, 2, 11)
    assert decided("a couple of days", thursday) == date(2027, 2, 16)
    assert decided("2 days", thursday) == date(2027, 2, 13)


def test_it_prefers_the_next_occurrence_of_a_date_without_a_year() -> None:
    assert decided("by February 1st", date(2027, 1, 20)) == date(2027, 2, 1)
    assert decided("by January 20th") == date(2028, 1, 20)
    # Gone by a few days only: that date, past (a slip, or late news), not next year's; the
    # follow-up then waits the usual business days and the explanation says why.
    timeline = read_timeline("by February 1st", TUESDAY)
    assert (timeline.decision_by, timeline.status) == (None, "unread")
    assert [message.code for message in timeline.messages][0] == "past"
    assert decided("by the 9th") == date(2027, 2, 9)
    assert decided("by the 31st") == date(2027, 3, 31)


def test_it_sets_aside_days_already_past() -> None:
    assert decided("I interviewed last Friday, two days ago, and yesterday they called.") is None
    assert decided("They called yesterday and said by Friday") == date(2027, 2, 12)


def test_it_sets_aside_an_explicit_date_before_the_interview() -> None:
    timeline = read_timeline("2026-03-05", TUESDAY)
    assert timeline.decision_by is None
    assert "'2026-03-05' is before the interview" in timeline.explanation


def test_it_does_not_guess_a_date_written_with_slashes() -> None:
    timeline = read_timeline("by 03/05", TUESDAY)
    assert timeline.decision_by is None
    assert "03/05" in timeline.explanation


def test_it_reads_a_date_written_year_first_with_slashes() -> None:
    assert decided("by 2027/03/05") == date(2027, 3, 5)


def test_it_reads_the_long_weekend_of_a_named_month() -> None:
    # Victoria Day: Monday 24 May 2027.
    assert decided("after the May long weekend") == date(2027, 5, 25)
    assert decided("before the May long weekend") == date(2027, 5, 21)


def test_it_reads_the_next_new_year_from_december() -> None:
    assert decided("in the new year", date(2027, 12, 10)) == date(2028, 1, 15)
    assert decided("by New Year's", date(2027, 12, 10)) == date(2028, 1, 1)


def test_it_reads_the_end_of_the_week_said_on_a_saturday_as_the_coming_one() -> None:
    saturday = date(2027, 2, 13)
    assert decided("end of the week", saturday) == date(2027, 2, 19)
    assert decided("this week", saturday) == date(2027, 2, 13)


def test_it_keeps_the_phrase_and_is_a_frozen_record() -> None:
    timeline = read_timeline("within two weeks", TUESDAY)
    assert isinstance(timeline, Timeline)
    assert timeline.phrase == "within two weeks"
    with pytest.raises(AttributeError):
        timeline.phrase = "changed"  # type: ignore[misc]


def test_follow_up_date_waits_two_business_days_after_the_decision() -> None:
    assert follow_up_date(date(2027, 2, 23), TUESDAY) == date(2027, 2, 25)
    assert follow_up_date(date(2026, 12, 24), date(2026, 12, 1)) == date(2026, 12, 30)
    assert follow_up_date(date(2026, 12, 10), date(2026, 12, 1)) == date(2026, 12, 14)


def test_follow_up_date_waits_five_business_days_without_a_decision_date() -> None:
    assert follow_up_date(None, TUESDAY) == date(2027, 2, 17)
    assert follow_up_date(None, TUESDAY, "QC") == date(2027, 2, 16)


FUZZ_WORDS = (
    "by in within next this the of end early mid late before after not until a or and to - "
    "week month year from today tomorrow weekend long quarter q1 fiscal new holidays 2027 0000 "
    "99999999 1st 31st 0th 30 2027-02-30 , . ago last past friday tues march may spring "
    "christmas couple few business days hours fortnight twenty-one first"
)


def test_it_never_fails_and_never_decides_before_the_interview() -> None:
    words = FUZZ_WORDS.split()
    rng = random.Random(7)
    for _ in range(400):
        phrase = " ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
        interviewed_on = date(2024, 1, 1) + timedelta(days=rng.randint(0, 1500))
        timeline = read_timeline(phrase, interviewed_on, rng.choice(["ON", "QC", "BC"]))
        assert timeline.assumed == (timeline.decision_by is None)
        assert (timeline.decision_by or interviewed_on) >= interviewed_on, phrase
        assert timeline.follow_up_on > (timeline.decision_by or interviewed_on), phrase


@pytest.mark.parametrize("phrase", ["in 99999999 days", "5 years", "a 3-year contract"])
def test_it_does_not_read_spans_of_years_as_a_time_frame(phrase: str) -> None:
    assert decided(phrase) is None


def test_it_says_whether_a_date_was_read_nothing_was_said_or_the_phrase_was_not_understood() -> (
    None
):
    assert read_timeline("within two weeks", TUESDAY).status == "read"
    assert read_timeline("   ", TUESDAY).status == "none"
    unread = read_timeline("we'll be in touch", TUESDAY)
    assert unread.status == "unread"
    assert unread.assumed is True
    assert "could not read" in unread.explanation


def test_it_waits_the_organisations_number_of_days_when_no_date_is_read() -> None:
    for phrase in ("", "we'll be in touch"):
        timeline = read_timeline(phrase, TUESDAY, no_date_business_days=10)
        # 10 business days from Tuesday 9 February, skipping Family Day (Monday 15 February).
        assert timeline.follow_up_on == date(2027, 2, 24)
        assert "10 business days" in timeline.explanation
    assert follow_up_date(None, TUESDAY, no_date_business_days=10) == date(2027, 2, 24)
    # A date that was read does not depend on it.
    read = read_timeline("by Friday", TUESDAY, no_date_business_days=10)
    assert read.follow_up_on == date(2027, 2, 17)  # Family Day skipped
