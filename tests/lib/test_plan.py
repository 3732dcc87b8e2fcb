"""The plan a job seeker sees: what is due today, what is late, what is coming up."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.lib.plan import application_outlook, due_actions, follow_up_plan, weekly_progress
from followup.lib.records import (
    ADMIN_STAFF,
    CALL,
    DRAFT,
    FOLLOW_UP,
    INTERVIEWER,
    INTERVIEWING,
    KEEP_IN_TOUCH,
    LINKEDIN,
    NOT_SELECTED,
    OFFER,
    OVERDUE,
    REJECTION_REPLY,
    REPLY_RECEIVED,
    SENT,
    THANK_YOU,
    TODAY,
    UPCOMING,
    WITHDRAWN,
    Action,
    ActionMark,
    ApplicationRec,
    InteractionRec,
    InterviewRec,
    ParticipantRec,
    PersonRec,
    Policy,
    Records,
)

TORONTO = ZoneInfo("America/Toronto")
INTERVIEW_DAY = date(2027, 2, 9)  # a Tuesday; Monday 15 February is Family Day in Ontario

SIOBHAN = PersonRec(5, "Siobhan O'Connor", "Quinte Health", notes="Loves trail running")
MARCUS = PersonRec(6, "Marcus Lee", "Quinte Health", linkedin_url="https://linkedin.example/in/ml")
DANA = PersonRec(7, "Dana Roy", "Quinte Health")
PEOPLE = (SIOBHAN, MARCUS, DANA)
JOB = ApplicationRec(1, "Quinte Health", "Office Coordinator", status=INTERVIEWING)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TORONTO)


def interview(
    interview_id: int = 10,
    *,
    starts_at: datetime | None = None,
    phrase: str = "",
    people: tuple[tuple[int, str], ...] = ((5, INTERVIEWER), (6, INTERVIEWER)),
    application_id: int = 1,
) -> InterviewRec:
    """An hour-long interview, by default on Tuesday 9 February from 2 to 3 p.m."""
    return InterviewRec(
        id=interview_id,
        application_id=application_id,
        starts_at=starts_at or at(INTERVIEW_DAY, 14),
        duration_minutes=60,
        timeline_phrase=phrase,
        participants=tuple(ParticipantRec(person_id, role) for person_id, role in people),
    )


def logged(
    interaction_id: int,
    kind: str,
    on: date,
    *person_ids: int,
    interview_id: int | None = None,
    application_id: int | None = 1,
    state: str = SENT,
    summary: str = "",
) -> InteractionRec:
    return InteractionRec(
        interaction_id, kind, state, on, person_ids, interview_id, application_id, summary
    )


def records(
    *interactions: InteractionRec,
    interviews: tuple[InterviewRec, ...] | None = None,
    application: ApplicationRec = JOB,
    marks: tuple[ActionMark, ...] = (),
    people: tuple[PersonRec, ...] = PEOPLE,
) -> Records:
    return Records(
        applications=(application,),
        interviews=(interview(),) if interviews is None else interviews,
        people=people,
        interactions=interactions,
        marks=marks,
    )


def plan(recs: Records, today: date, hour: int | None = 16, **options: object) -> dict[str, Action]:
    """The plan on `today` at `hour` o'clock in Toronto (None: let the planner pick)."""
    now = at(today, hour) if hour is not None else None
    actions = due_actions(recs, today, now=now, **options)  # type: ignore[arg-type]
    return {action.key: action for action in actions}


def of_kind(actions: dict[str, Action], kind: str) -> dict[str, Action]:
    return {key: action for key, action in actions.items() if action.kind == kind}


# Thank-you notes


def test_two_interviewers_get_two_thank_yous_due_today() -> None:
    thanks = of_kind(plan(records(), INTERVIEW_DAY), THANK_YOU)

    assert sorted(thanks) == ["thank-you:i10:p5", "thank-you:i10:p6"]
    assert {action.window for action in thanks.values()} == {TODAY}
    assert thanks["thank-you:i10:p5"].person_id == 5
    assert thanks["thank-you:i10:p5"].due_on == INTERVIEW_DAY


def test_it_explains_the_thank_you_in_plain_words() -> None:
    thanks = plan(records(), INTERVIEW_DAY)["thank-you:i10:p5"]

    assert thanks.reason == (
        "You met Siobhan O'Connor (interviewer) on Tuesday 9 February for Office Coordinator "
        "at Quinte Health. Send Siobhan O'Connor a thank-you note within 24 hours of the "
        "interview (by Wednesday 10 February, 3:00 p.m.)."
    )


def test_sending_one_thank_you_clears_just_that_one() -> None:
    recs = records(logged(1, THANK_YOU, INTERVIEW_DAY, 5, interview_id=10))

    assert sorted(of_kind(plan(recs, INTERVIEW_DAY), THANK_YOU)) == ["thank-you:i10:p6"]


def test_a_thank_you_naming_no_interview_counts_when_sent_after_the_interview() -> None:
    after = records(logged(1, THANK_YOU, date(2027, 2, 10), 5))
    before = records(logged(1, THANK_YOU, date(2027, 1, 20), 5))

    assert "thank-you:i10:p5" not in plan(after, date(2027, 2, 10))
    assert "thank-you:i10:p5" in plan(before, date(2027, 2, 10))


def test_a_draft_thank_you_does_not_count_as_sent() -> None:
    recs = records(logged(1, THANK_YOU, INTERVIEW_DAY, 5, interview_id=10, state=DRAFT))

    assert "thank-you:i10:p5" in plan(recs, INTERVIEW_DAY)


def test_an_interview_tomorrow_gives_nothing_yet() -> None:
    assert plan(records(), date(2027, 2, 8)) == {}


def test_an_interview_still_under_way_gives_no_thank_you_yet() -> None:
    recs = records()
    during = due_actions(recs, INTERVIEW_DAY, now=at(INTERVIEW_DAY, 14, 30))
    right_after = due_actions(recs, INTERVIEW_DAY, now=at(INTERVIEW_DAY, 15))

    assert during == []
    assert len(of_kind({a.key: a for a in right_after}, THANK_YOU)) == 2


def test_a_thank_you_is_overdue_25_hours_after_the_interview() -> None:
    next_day = date(2027, 2, 10)
    still_in_time = plan(records(), next_day, hour=14)["thank-you:i10:p5"]
    late = plan(records(), next_day, hour=16)["thank-you:i10:p5"]

    assert still_in_time.window == TODAY
    assert late.window == OVERDUE
    assert late.overdue_since == next_day
    assert "ended at 3:00 p.m. on Wednesday 10 February" in late.reason


@pytest.mark.parametrize(
    ("days_after", "shown"),
    [(14, True), (15, False), (40, False)],
)
def test_a_thank_you_drops_off_after_14_days(days_after: int, shown: bool) -> None:
    today = INTERVIEW_DAY + timedelta(days=days_after)

    assert ("thank-you:i10:p5" in plan(records(), today)) is shown


def test_a_kept_thank_you_stays_past_the_drop_off() -> None:
    recs = records(marks=(ActionMark("thank-you:i10:p5", kept=True),))

    thanks = plan(recs, INTERVIEW_DAY + timedelta(days=30))

    assert thanks["thank-you:i10:p5"].window == OVERDUE
    assert "thank-you:i10:p6" not in thanks


def test_admin_staff_get_the_admin_thank_you() -> None:
    recs = records(interviews=(interview(people=((5, INTERVIEWER), (7, ADMIN_STAFF))),))

    admin = plan(recs, INTERVIEW_DAY)["thank-you:i10:p7"]

    assert admin.extra == {"variant": "admin"}
    assert admin.reason.startswith("Dana Roy (admin staff) helped with your interview")
    assert "admin thank-you note" in admin.reason
    assert plan(recs, INTERVIEW_DAY)["thank-you:i10:p5"].extra == {}


def test_without_now_it_decides_at_noon_where_the_user_lives() -> None:
    morning = records(interviews=(interview(starts_at=at(INTERVIEW_DAY, 9)),))
    afternoon = records()

    assert of_kind(plan(morning, INTERVIEW_DAY, hour=None), THANK_YOU)
    assert plan(afternoon, INTERVIEW_DAY, hour=None) == {}


def test_an_evening_interview_in_toronto_counts_on_its_local_day() -> None:
    # 21:00 in Toronto on 9 February is 02:00 UTC on 10 February.
    evening = interview(starts_at=datetime(2027, 2, 10, 2, 0, tzinfo=UTC))
    recs = records(interviews=(evening,))

    thanks = plan(recs, INTERVIEW_DAY, hour=23)["thank-you:i10:p5"]
    follow_up = plan(recs, date(2027, 2, 17))["follow-up:a1:i10:1"]

    assert thanks.due_on == INTERVIEW_DAY
    assert "on Tuesday 9 February" in thanks.reason
    assert "(by Wednesday 10 February, 10:00 p.m.)" in thanks.reason
    assert follow_up.due_on == date(2027, 2, 17)  # from the 9th; from the 10th it would be the 18th


# LinkedIn


def test_linkedin_links_the_profile_or_searches_for_name_and_employer() -> None:
    linkedin = of_kind(plan(records(), INTERVIEW_DAY), LINKEDIN)

    assert linkedin["linkedin:p6"].extra["url"] == "https://linkedin.example/in/ml"
    assert linkedin["linkedin:p5"].extra["url"] == (
        "https://www.linkedin.com/search/results/people/"
        "?keywords=Siobhan%20O%27Connor%20Quinte%20Health"
    )


def test_linkedin_is_a_suggestion_that_drops_off_after_48_hours() -> None:
    in_time = plan(records(), date(2027, 2, 11), hour=14)
    too_late = plan(records(), date(2027, 2, 11), hour=15)

    assert in_time["linkedin:p5"].window == TODAY
    assert of_kind(too_late, LINKEDIN) == {}


def test_a_logged_linkedin_connection_ends_the_suggestion_for_that_person() -> None:
    recs = records(logged(1, LINKEDIN, INTERVIEW_DAY, 5, application_id=None))

    assert sorted(of_kind(plan(recs, INTERVIEW_DAY), LINKEDIN)) == ["linkedin:p6"]


# Follow-ups


def two_weeks() -> Records:
    return records(interviews=(interview(phrase="within two weeks"),))


def test_a_follow_up_is_never_due_before_the_decision_time_frame_has_passed() -> None:
    for day in range(10, 18):
        actions = plan(two_weeks(), date(2027, 2, day))
        assert of_kind(actions, FOLLOW_UP) == {}, day


def test_a_follow_up_shows_as_coming_up_with_how_long_to_wait() -> None:
    follow_up = plan(two_weeks(), date(2027, 2, 18))["follow-up:a1:i10:1"]

    assert follow_up.window == UPCOMING
    assert follow_up.due_on == date(2027, 2, 25)
    assert "Thursday 25 February" in follow_up.reason
    assert "Until then, wait (7 days)" in follow_up.reason


def test_a_follow_up_is_due_on_its_day_to_the_main_interviewer() -> None:
    recs = records(
        interviews=(
            interview(phrase="within two weeks", people=((7, ADMIN_STAFF), (5, INTERVIEWER))),
        )
    )

    follow_up = plan(recs, date(2027, 2, 25))["follow-up:a1:i10:1"]

    assert follow_up.window == TODAY
    assert follow_up.person_id == 5
    assert follow_up.sequence == 1
    assert "Send Siobhan O'Connor a short, polite follow-up about Office Coordinator" in (
        follow_up.reason
    )


def test_without_a_time_frame_the_follow_up_is_five_business_days_later() -> None:
    follow_up = plan(records(), date(2027, 2, 17))["follow-up:a1:i10:1"]

    assert follow_up.due_on == date(2027, 2, 17)  # Family Day skipped
    assert follow_up.window == TODAY


def test_a_follow_up_day_set_by_hand_wins_over_what_they_said() -> None:
    by_hand = replace(interview(phrase="within two weeks"), follow_up_on=date(2027, 3, 10))
    recs = records(interviews=(by_hand,))

    before = plan(recs, date(2027, 3, 9), horizon_days=30)["follow-up:a1:i10:1"]
    on_the_day = plan(recs, date(2027, 3, 10))["follow-up:a1:i10:1"]

    assert of_kind(plan(recs, date(2027, 2, 25)), FOLLOW_UP) == {}  # the reader's day is moot
    assert before.window == UPCOMING and before.due_on == date(2027, 3, 10)
    assert "You set the follow-up day yourself: Wednesday 10 March." in before.reason
    assert on_the_day.window == TODAY


def test_a_decision_day_set_by_hand_plans_the_follow_up_two_business_days_after() -> None:
    by_hand = replace(interview(phrase="we'll see, hard to say"), decision_on=date(2027, 2, 26))
    follow_up = plan(records(interviews=(by_hand,)), date(2027, 3, 2))["follow-up:a1:i10:1"]

    assert follow_up.due_on == date(2027, 3, 2)  # Friday 26 February, then two business days
    assert "You noted that they decide by Friday 26 February." in follow_up.reason


@pytest.mark.parametrize("wait, due_on", [(5, date(2027, 2, 17)), (8, date(2027, 2, 22))])
def test_the_organisations_wait_applies_when_no_time_frame_was_given(
    wait: int, due_on: date
) -> None:
    policy = Policy(default_follow_up_business_days=wait)
    follow_ups = of_kind(plan(records(), INTERVIEW_DAY, policy=policy, horizon_days=60), FOLLOW_UP)

    assert follow_ups["follow-up:a1:i10:1"].due_on == due_on  # Family Day (15 February) skipped


def test_the_plan_names_the_decision_day_the_follow_up_day_and_which_one_is_next() -> None:
    said = interview(phrase="we'll decide by the end of next week")  # Tuesday 9 February
    first = follow_up_plan(said, INTERVIEW_DAY, Policy())
    after_one = follow_up_plan(said, INTERVIEW_DAY, Policy(), sent=[date(2027, 2, 23)])
    after_two = follow_up_plan(
        said, INTERVIEW_DAY, Policy(), sent=[date(2027, 2, 23), date(2027, 3, 2)]
    )

    assert (first.decision_by, first.follow_up_on, first.sequence) == (
        date(2027, 2, 19),
        date(2027, 2, 23),
        1,
    )
    assert first.reading == "read" and not first.by_hand
    assert (after_one.sequence, after_one.follow_up_on) == (2, date(2027, 3, 2))
    assert after_two.done and after_two.follow_up_on is None


def test_the_plan_says_when_a_phrase_could_not_be_read() -> None:
    unread = follow_up_plan(interview(phrase="blorf wibble"), INTERVIEW_DAY, Policy())
    unsaid = follow_up_plan(interview(), INTERVIEW_DAY, Policy())

    assert unread.reading == "unread" and unread.decision_by is None
    assert unsaid.reading == "none"
    assert unread.follow_up_on == unsaid.follow_up_on == date(2027, 2, 17)


def test_the_application_outlook_follows_the_chain_to_its_end() -> None:
    recs = replace(two_weeks(), interactions=(logged(1, FOLLOW_UP, date(2027, 2, 25), 5),))
    waiting = application_outlook(recs, 1, date(2027, 2, 26), policy=Policy())
    replied = replace(recs, interactions=(logged(2, REPLY_RECEIVED, date(2027, 2, 26), 5),))
    closed = replace(recs, applications=(replace(JOB, status=OFFER),))

    assert waiting is not None and waiting.state == "planned"
    assert (waiting.plan.sequence, waiting.plan.follow_up_on) == (2, date(2027, 3, 4))
    assert application_outlook(replied, 1, date(2027, 2, 26)).state == "heard-back"  # type: ignore[union-attr]
    assert application_outlook(closed, 1, date(2027, 2, 26)).state == "closed"  # type: ignore[union-attr]
    assert application_outlook(recs, 99, date(2027, 2, 26)) is None


def test_a_late_follow_up_says_since_when_then_turns_overdue() -> None:
    three_business_days_late = plan(two_weeks(), date(2027, 3, 2))["follow-up:a1:i10:1"]
    four_business_days_late = plan(two_weeks(), date(2027, 3, 3))["follow-up:a1:i10:1"]

    assert three_business_days_late.window == TODAY
    assert "Due since Thursday 25 February." in three_business_days_late.reason
    assert four_business_days_late.window == OVERDUE
    assert four_business_days_late.overdue_since == date(2027, 3, 3)


def test_the_second_follow_up_comes_five_business_days_after_the_first() -> None:
    recs = replace(two_weeks(), interactions=(logged(1, FOLLOW_UP, date(2027, 2, 25), 5),))

    on_the_25th = plan(recs, date(2027, 2, 25))
    second = plan(recs, date(2027, 3, 4))["follow-up:a1:i10:2"]

    assert of_kind(on_the_25th, FOLLOW_UP)["follow-up:a1:i10:2"].window == UPCOMING
    assert second.window == TODAY
    assert second.due_on == date(2027, 3, 4)
    assert second.sequence == 2
    assert "The first follow-up went out on Thursday 25 February" in second.reason
    assert "last follow-up" in second.reason


def test_after_two_follow_ups_it_stops_chasing_unless_three_are_allowed() -> None:
    recs = replace(
        two_weeks(),
        interactions=(
            logged(1, FOLLOW_UP, date(2027, 2, 25), 5),
            logged(2, FOLLOW_UP, date(2027, 3, 4), 5),
        ),
    )
    later = date(2027, 3, 11)

    assert of_kind(plan(recs, later), FOLLOW_UP) == {}
    third = plan(recs, later, policy=Policy(follow_ups=3))["follow-up:a1:i10:3"]
    assert third.due_on == date(2027, 3, 11)
    assert third.sequence == 3


@pytest.mark.parametrize(
    "news",
    [
        logged(1, REPLY_RECEIVED, date(2027, 2, 20), 5, state="done"),
        logged(1, REPLY_RECEIVED, date(2027, 2, 20), state="done"),  # names no one
        logged(1, CALL, date(2027, 2, 12), 6, application_id=None, state="done"),
    ],
)
def test_hearing_back_ends_the_follow_up_chain(news: InteractionRec) -> None:
    recs = replace(two_weeks(), interactions=(news,))

    assert of_kind(plan(recs, date(2027, 2, 25)), FOLLOW_UP) == {}


def test_a_call_logged_on_the_interview_day_is_not_news() -> None:
    recs = replace(two_weeks(), interactions=(logged(1, CALL, INTERVIEW_DAY, 5, state="done"),))

    assert "follow-up:a1:i10:1" in plan(recs, date(2027, 2, 25))


@pytest.mark.parametrize("status", [OFFER, NOT_SELECTED, WITHDRAWN])
def test_a_decision_ends_the_follow_up_chain(status: str) -> None:
    recs = replace(two_weeks(), applications=(replace(JOB, status=status),))

    assert of_kind(plan(recs, date(2027, 2, 25)), FOLLOW_UP) == {}


def test_a_next_round_booked_ends_the_chain_and_starts_a_new_one_after_it() -> None:
    second_round = interview(11, starts_at=at(date(2027, 3, 2), 10), people=((5, INTERVIEWER),))
    recs = records(interviews=(interview(phrase="within two weeks"), second_round))

    before = plan(recs, date(2027, 2, 25))
    after = plan(recs, date(2027, 3, 9))

    assert of_kind(before, FOLLOW_UP) == {}
    assert list(of_kind(after, FOLLOW_UP)) == ["follow-up:a1:i11:1"]
    assert after["follow-up:a1:i11:1"].due_on == date(2027, 3, 9)


# Rejection reply


def not_selected(on: date | None = date(2027, 3, 1)) -> Records:
    return replace(
        two_weeks(),
        applications=(replace(JOB, status=NOT_SELECTED, status_changed_on=on),),
    )


@pytest.mark.parametrize(
    ("today", "window"),
    [
        (date(2027, 3, 1), TODAY),
        (date(2027, 3, 3), TODAY),
        (date(2027, 3, 4), OVERDUE),
        (date(2027, 3, 17), OVERDUE),
        (date(2027, 3, 18), None),
    ],
)
def test_not_selected_suggests_a_reply_for_a_while(today: date, window: str | None) -> None:
    reply = plan(not_selected(), today).get("rejection-reply:a1")

    assert (reply.window if reply else None) == window


def test_the_rejection_reply_goes_to_the_main_interviewer() -> None:
    reply = plan(not_selected(), date(2027, 3, 1))["rejection-reply:a1"]

    assert reply.person_id == 5
    assert "Quinte Health chose another candidate for Office Coordinator" in reply.reason
    assert "reply to Siobhan O'Connor" in reply.reason


def test_a_sent_rejection_reply_clears_it() -> None:
    recs = replace(not_selected(), interactions=(logged(1, REJECTION_REPLY, date(2027, 3, 2), 5),))

    assert "rejection-reply:a1" not in plan(recs, date(2027, 3, 2))


def test_a_rejection_without_a_date_is_due_today() -> None:
    reply = plan(not_selected(None), date(2027, 4, 30))["rejection-reply:a1"]

    assert reply.due_on == date(2027, 4, 30)
    assert reply.window == TODAY


# Keeping in touch


def after_the_chain() -> Records:
    """Interview on 9 Feb, thank-yous on the 10th, offer declined: nothing more to chase."""
    return replace(
        records(
            logged(1, THANK_YOU, date(2027, 2, 10), 5, interview_id=10),
            logged(2, THANK_YOU, date(2027, 2, 10), 6, interview_id=10),
        ),
        applications=(replace(JOB, status=WITHDRAWN),),
    )


@pytest.mark.parametrize(
    ("today", "window"),
    [
        (date(2027, 5, 2), None),  # beyond the week ahead
        (date(2027, 5, 4), UPCOMING),
        (date(2027, 5, 11), TODAY),
        (date(2027, 5, 17), TODAY),
        (date(2027, 5, 18), OVERDUE),
    ],
)
def test_a_check_in_is_due_90_days_after_the_last_contact(today: date, window: str | None) -> None:
    check_in = plan(after_the_chain(), today).get("keep-in-touch:p5:2027-05-11")

    assert (check_in.window if check_in else None) == window


def test_the_check_in_tells_the_last_contact_and_the_notes() -> None:
    check_in = plan(after_the_chain(), date(2027, 5, 11))["keep-in-touch:p5:2027-05-11"]

    assert check_in.context == (
        "Last contact: thank-you note sent on 10 February. Notes: Loves trail running"
    )
    assert "90 days since your last contact with Siobhan O'Connor (Quinte Health)" in (
        check_in.reason
    )


def test_a_logged_call_restarts_the_clock() -> None:
    call = logged(3, CALL, date(2027, 5, 1), 5, application_id=None, state="done")
    recs = replace(after_the_chain(), interactions=(*after_the_chain().interactions, call))

    on_the_old_day = plan(recs, date(2027, 5, 11))
    on_the_new_day = plan(recs, date(2027, 7, 30))

    assert "keep-in-touch:p5:2027-05-11" not in on_the_old_day
    assert on_the_new_day["keep-in-touch:p5:2027-07-30"].window == TODAY
    assert "Last contact: call on 1 May" in on_the_new_day["keep-in-touch:p5:2027-07-30"].context


def test_a_draft_does_not_restart_the_clock() -> None:
    draft = logged(3, KEEP_IN_TOUCH, date(2027, 5, 1), 5, application_id=None, state=DRAFT)
    recs = replace(after_the_chain(), interactions=(*after_the_chain().interactions, draft))

    assert "keep-in-touch:p5:2027-05-11" in plan(recs, date(2027, 5, 11))


def test_each_person_has_their_own_rhythm_and_none_means_never() -> None:
    people = (replace(SIOBHAN, keep_in_touch_days=42), replace(MARCUS, keep_in_touch_days=None))
    recs = replace(after_the_chain(), people=people)

    check_ins = of_kind(plan(recs, date(2027, 3, 24)), KEEP_IN_TOUCH)

    assert list(check_ins) == ["keep-in-touch:p5:2027-03-24"]
    later = of_kind(plan(recs, date(2027, 8, 1)), KEEP_IN_TOUCH)
    assert [action.person_id for action in later.values()] == [5]


def test_no_check_in_while_the_follow_ups_are_still_going() -> None:
    chasing = two_weeks()  # never followed up: the first follow-up stays due
    dismissed = replace(chasing, marks=(ActionMark("follow-up:a1:i10:1", dismissed=True),))

    assert of_kind(plan(chasing, date(2027, 5, 11)), KEEP_IN_TOUCH) == {}
    assert "keep-in-touch:p5:2027-05-10" in plan(dismissed, date(2027, 5, 11))


def test_the_check_in_starts_after_the_last_follow_up() -> None:
    recs = replace(
        two_weeks(),
        interactions=(
            logged(1, FOLLOW_UP, date(2027, 2, 25), 5),
            logged(2, FOLLOW_UP, date(2027, 3, 4), 5),
        ),
    )

    actions = plan(recs, date(2027, 6, 2))

    assert actions["keep-in-touch:p5:2027-06-02"].window == TODAY
    assert actions["keep-in-touch:p6:2027-05-10"].window == OVERDUE


# Marks, keys and order


def test_a_snoozed_item_comes_back_on_the_day() -> None:
    recs = records(marks=(ActionMark("thank-you:i10:p5", snoozed_until=date(2027, 2, 11)),))

    assert "thank-you:i10:p5" not in plan(recs, date(2027, 2, 10))
    assert plan(recs, date(2027, 2, 11))["thank-you:i10:p5"].window == OVERDUE


def test_a_dismissed_item_stays_hidden() -> None:
    recs = records(marks=(ActionMark("thank-you:i10:p5", dismissed=True),))

    for day in (9, 10, 20):
        assert "thank-you:i10:p5" not in plan(recs, date(2027, 2, day))
    assert "thank-you:i10:p6" in plan(recs, date(2027, 2, 10))


def test_snoozing_a_check_in_does_not_silence_the_next_one() -> None:
    snoozed = ActionMark("keep-in-touch:p5:2027-05-11", snoozed_until=date(2027, 12, 31))
    recs = replace(after_the_chain(), marks=(snoozed,))

    assert "keep-in-touch:p5:2027-05-11" not in plan(recs, date(2027, 5, 11))
    check_in = logged(3, KEEP_IN_TOUCH, date(2027, 5, 12), 5, application_id=None)
    later = replace(recs, interactions=(*recs.interactions, check_in))
    assert "keep-in-touch:p5:2027-08-10" in plan(later, date(2027, 8, 10))


def test_keys_stay_the_same_from_day_to_day() -> None:
    recs = two_weeks()
    days = [date(2027, 2, 18), date(2027, 2, 25), date(2027, 3, 5)]

    keys = [of_kind(plan(recs, day), FOLLOW_UP).keys() for day in days]

    assert all(list(k) == ["follow-up:a1:i10:1"] for k in keys)
    thanks = [
        set(of_kind(plan(recs, day), THANK_YOU))
        for day in (date(2027, 2, 9), date(2027, 2, 10), date(2027, 2, 23))
    ]
    assert thanks[0] == thanks[1] == thanks[2]


def test_keys_are_unique() -> None:
    recs = records(
        interviews=(
            interview(10, phrase="within two weeks"),
            interview(11, starts_at=at(date(2027, 2, 10), 9), application_id=2),
        )
    )
    recs = replace(recs, applications=(JOB, ApplicationRec(2, "Hastings County", "Clerk")))

    actions = due_actions(recs, date(2027, 2, 10), now=at(date(2027, 2, 10), 12))

    assert len({action.key for action in actions}) == len(actions)
    assert len(of_kind({a.key: a for a in actions}, THANK_YOU)) == 4
    assert len(of_kind({a.key: a for a in actions}, LINKEDIN)) == 2  # one per person


def test_the_plan_shows_late_first_then_today_then_coming_up() -> None:
    recs = records(
        interviews=(
            interview(10, starts_at=at(date(2027, 2, 1), 10)),  # thank-yous late, follow-up soon
            interview(11, starts_at=at(date(2027, 2, 5), 10), application_id=2),
            interview(
                12, starts_at=at(date(2027, 2, 9), 10), application_id=3, people=((7, "hr"),)
            ),
        )
    )
    recs = replace(
        recs,
        applications=(
            JOB,
            ApplicationRec(2, "Hastings County", "Clerk"),
            ApplicationRec(3, "Loyalist College", "Assistant"),
        ),
    )

    actions = due_actions(recs, INTERVIEW_DAY, now=at(INTERVIEW_DAY, 16))
    windows = [action.window for action in actions]

    assert windows == sorted(windows, key=[OVERDUE, TODAY, UPCOMING].index)
    late = [a.due_on for a in actions if a.window == OVERDUE]
    assert late == sorted(late) and late[0] == date(2027, 2, 1)
    coming = [a.due_on for a in actions if a.window == UPCOMING]
    assert coming == sorted(coming) and coming
    assert all(a.due_on <= INTERVIEW_DAY + timedelta(days=7) for a in actions)


def test_a_longer_horizon_shows_more_of_what_is_coming() -> None:
    assert of_kind(plan(two_weeks(), date(2027, 2, 10)), FOLLOW_UP) == {}
    assert of_kind(plan(two_weeks(), date(2027, 2, 10), horizon_days=30), FOLLOW_UP)


# Weekly progress


def test_weekly_progress_counts_applications_from_monday_to_sunday() -> None:
    applied = [
        ApplicationRec(i, "Employer", "Job", applied_on=day)
        for i, day in enumerate(
            [date(2027, 2, 7), date(2027, 2, 8), date(2027, 2, 11), date(2027, 2, 14), None]
        )
    ]

    assert weekly_progress(applied, date(2027, 2, 10), goal=5) == (3, 5)
    assert weekly_progress(applied, date(2027, 2, 15), goal=5) == (0, 5)


# Wording


def test_a_date_in_another_year_shows_its_year() -> None:
    new_years_eve = interview(starts_at=at(date(2026, 12, 31), 10))
    recs = records(interviews=(new_years_eve,))

    thanks = plan(recs, date(2027, 1, 1), hour=9)["thank-you:i10:p5"]

    assert "on Thursday 31 December 2026 for Office Coordinator" in thanks.reason
    assert "(by Friday 1 January, 11:00 a.m.)" in thanks.reason


def test_long_notes_are_cut_short_in_the_reminder() -> None:
    chatty = replace(SIOBHAN, notes="Talked about the new clinic in Marmora and hiring. " * 20)
    recs = replace(after_the_chain(), people=(chatty, MARCUS))

    context = plan(recs, date(2027, 5, 11))["keep-in-touch:p5:2027-05-11"].context

    assert context.startswith("Last contact: thank-you note sent on 10 February. Notes: Talked")
    assert len(context) <= 240
    assert context.endswith("…")


def test_it_refuses_a_now_without_a_time_zone() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        due_actions(records(), INTERVIEW_DAY, now=datetime(2027, 2, 9, 16))  # noqa: DTZ001


def test_the_organisation_can_wait_longer_when_no_time_frame_was_given() -> None:
    patient = Policy(default_follow_up_business_days=10)

    follow_up = plan(records(), date(2027, 2, 24), policy=patient)["follow-up:a1:i10:1"]

    assert follow_up.due_on == date(2027, 2, 24)  # ten business days, Family Day skipped
    assert "10 business days after the interview, on Wednesday 24 February" in follow_up.reason


def test_todays_items_put_what_cannot_wait_first() -> None:
    from followup.lib.plan.windows import sort_key

    def item(kind: str, due: date) -> Action:
        return Action(key=f"{kind}:{due}", kind=kind, due_on=due, window=TODAY, reason="")

    old_check_in = item(KEEP_IN_TOUCH, date(2027, 2, 1))
    thank_you = item(THANK_YOU, date(2027, 2, 9))
    linkedin = item(LINKEDIN, date(2027, 2, 9))
    ordered = sorted([linkedin, old_check_in, thank_you], key=sort_key)
    assert [a.kind for a in ordered] == [THANK_YOU, LINKEDIN, KEEP_IN_TOUCH]
