"""The reports' rules, on plain facts: thank-you notes within 24 hours, follow-ups on time,
outcomes and active job seekers, per office and month."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.caseload import figures as f
from followup.lib.records import Policy

TORONTO = ZoneInfo("America/Toronto")
NOW = datetime(2027, 5, 20, 12, tzinfo=TORONTO)
POLICY = Policy()
MONTHS = ["2027-04", "2027-05"]


def meeting(participants: tuple[int, ...] = (1,), phrase: str = "", **kw: object) -> f.Meeting:
    start = datetime(2027, 4, 12, 10, tzinfo=TORONTO)  # a Monday; ends at 11:00
    fields: dict[str, object] = dict(
        id=1,
        owner=7,
        office="Belleville",
        application_id=3,
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        time_zone="America/Toronto",
        phrase=phrase,
        participants=participants,
    )
    fields.update(kw)
    return f.Meeting(**fields)  # type: ignore[arg-type]


def sent(kind: str, day: date, **kw: object) -> f.Sent:
    fields: dict[str, object] = dict(owner=7, office="Belleville", kind=kind, day=day)
    fields.update(kw)
    return f.Sent(**fields)  # type: ignore[arg-type]


def april(facts: f.Facts, office: str = "Belleville", month: str = "2027-04") -> f.Figures:
    return f.figures(facts, ["Belleville", "Marmora"], MONTHS, NOW, POLICY)[office, month]


def thank_you_on_time(note: f.Sent) -> bool:
    result = april(f.Facts(meetings=[meeting()], sent=[note]))
    assert result.thank_you_expected == 1
    return result.thank_you_on_time == 1


def test_a_thank_you_sent_within_24_hours_of_the_end_is_on_time() -> None:
    at = datetime(2027, 4, 13, 10, 59, tzinfo=TORONTO)
    assert thank_you_on_time(sent("thank-you", date(2027, 4, 13), sent_at=at, interview_id=1))


def test_a_thank_you_sent_an_hour_too_late_is_not() -> None:
    at = datetime(2027, 4, 13, 11, 30, tzinfo=TORONTO)
    assert not thank_you_on_time(sent("thank-you", date(2027, 4, 13), sent_at=at, interview_id=1))


def test_without_a_time_the_day_the_24_hours_run_out_still_counts_and_the_next_does_not() -> None:
    assert thank_you_on_time(sent("thank-you", date(2027, 4, 13), interview_id=1))
    assert not thank_you_on_time(sent("thank-you", date(2027, 4, 14), interview_id=1))


def test_a_note_marked_sent_days_later_for_an_earlier_day_counts_by_that_day() -> None:
    marked = datetime(2027, 4, 20, 9, tzinfo=TORONTO)
    assert thank_you_on_time(sent("thank-you", date(2027, 4, 12), sent_at=marked, interview_id=1))


def test_a_note_for_the_application_without_an_interview_counts_too() -> None:
    assert thank_you_on_time(sent("thank-you", date(2027, 4, 12), application_id=3))
    assert not thank_you_on_time(sent("thank-you", date(2027, 4, 12), application_id=99))


def test_each_person_met_expects_a_note() -> None:
    note = sent("thank-you", date(2027, 4, 12), interview_id=1, person_ids=(1,))
    result = april(f.Facts(meetings=[meeting(participants=(1, 2))], sent=[note]))
    assert (result.thank_you_expected, result.thank_you_on_time) == (2, 1)
    assert result.thank_you_percent == 50


def test_an_interview_whose_24_hours_have_not_passed_expects_nothing_yet() -> None:
    soon = datetime(2027, 5, 20, 9, tzinfo=TORONTO)
    recent = meeting(starts_at=soon, ends_at=soon + timedelta(hours=1))
    result = april(f.Facts(meetings=[recent]), month="2027-05")
    assert result.interviews == 1 and result.thank_you_expected == 0
    assert result.thank_you_percent is None


def follow_up_on_time(day: date, **kw: object) -> bool:
    note = sent("follow-up", day, interview_id=1, **kw)
    result = april(f.Facts(meetings=[meeting()], sent=[note]))
    assert result.follow_ups_sent == 1
    return result.follow_ups_on_time == 1


def test_a_follow_up_before_its_day_is_not_on_time() -> None:
    # Nothing said about a decision: the follow-up day is 5 business days later, Monday 19th.
    assert not follow_up_on_time(date(2027, 4, 16))


def test_a_follow_up_from_its_day_to_three_business_days_after_is_on_time() -> None:
    assert follow_up_on_time(date(2027, 4, 19))
    assert follow_up_on_time(date(2027, 4, 22))
    assert not follow_up_on_time(date(2027, 4, 23))


def test_the_follow_up_day_comes_from_what_the_employer_said() -> None:
    said = meeting(phrase="within three weeks")  # decision by 3 May: follow up from 5 May
    early = sent("follow-up", date(2027, 4, 19), interview_id=1)
    result = f.figures(f.Facts(meetings=[said], sent=[early]), ["Belleville"], MONTHS, NOW, POLICY)[
        "Belleville", "2027-04"
    ]
    assert (result.follow_ups_sent, result.follow_ups_on_time) == (1, 0)
    assert f.on_time(date(2027, 5, 5), said, POLICY)


def test_a_follow_up_day_set_by_hand_decides_what_is_on_time() -> None:
    by_hand = meeting(phrase="within three weeks", follow_up_on=date(2027, 4, 20))
    assert f.on_time(date(2027, 4, 20), by_hand, POLICY)
    assert not f.on_time(date(2027, 5, 5), by_hand, POLICY)  # more than 3 business days late


def test_the_organisations_wait_decides_when_no_time_frame_was_given() -> None:
    unsaid = meeting()  # Monday 12 April
    assert not f.on_time(date(2027, 4, 19), unsaid, Policy(default_follow_up_business_days=10))
    assert f.on_time(date(2027, 4, 26), unsaid, Policy(default_follow_up_business_days=10))


def test_a_follow_up_naming_only_its_application_follows_its_latest_earlier_interview() -> None:
    first = meeting()
    second = meeting(
        id=2,
        starts_at=datetime(2027, 4, 19, 10, tzinfo=TORONTO),
        ends_at=datetime(2027, 4, 19, 11, tzinfo=TORONTO),
    )
    note = sent("follow-up", date(2027, 4, 26), application_id=3)  # 5 business days after 19th
    result = april(f.Facts(meetings=[first, second], sent=[note]))
    assert (result.follow_ups_sent, result.follow_ups_on_time) == (1, 1)


def test_second_follow_ups_are_not_measured() -> None:
    note = sent("follow-up", date(2027, 4, 30), interview_id=1, sequence=2)
    assert april(f.Facts(meetings=[meeting()], sent=[note])).follow_ups_sent == 0


def test_outcomes_and_active_job_seekers_are_counted_per_office_and_month() -> None:
    facts = f.Facts(
        meetings=[meeting()],
        outcomes=[
            f.Outcome(7, "Belleville", "offer", date(2027, 4, 28)),
            f.Outcome(8, "Belleville", "not-selected", date(2027, 4, 2)),
            f.Outcome(9, "Marmora", "not-selected", date(2027, 5, 2)),
        ],
        activity=[
            f.Activity(7, "Belleville", date(2027, 4, 1)),
            f.Activity(8, "Belleville", date(2027, 4, 3)),
            f.Activity(9, "Marmora", date(2027, 5, 3)),
        ],
    )
    belleville = april(facts)
    assert (belleville.offers, belleville.not_selected, belleville.active_job_seekers) == (1, 1, 2)
    marmora = april(facts, "Marmora", "2027-05")
    assert (marmora.not_selected, marmora.active_job_seekers) == (1, 1)
    table = f.figures(facts, ["Belleville", "Marmora"], MONTHS, NOW, POLICY)
    together = f.totals(table, MONTHS)
    assert [t.active_job_seekers for t in together] == [2, 1]
    assert [t.interviews for t in together] == [1, 0]


def test_facts_outside_the_months_or_offices_asked_for_are_left_out() -> None:
    facts = f.Facts(activity=[f.Activity(7, "Picton", date(2027, 4, 1))])
    assert april(facts).active_job_seekers == 0
    old = f.Facts(activity=[f.Activity(7, "Belleville", date(2026, 4, 1))])
    assert all(
        cell.active_job_seekers == 0
        for cell in f.figures(old, ["Belleville"], MONTHS, NOW, POLICY).values()
    )


def test_the_last_months_end_with_this_one_across_a_new_year() -> None:
    assert f.months_back(date(2027, 2, 14), 4) == ["2026-11", "2026-12", "2027-01", "2027-02"]
