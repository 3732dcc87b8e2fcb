"""The stored next due day: a pass skips a user until it comes, so every change to their records
must make the next pass plan them again, and a change made while a pass plans must not be
overwritten by what that pass computed from the records before it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import awkward_moments
import pytest
from django.utils import timezone

from followup.accounts.clock import local_today
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Person
from followup.jobsearch.services import set_status
from followup.lib.plan.next_due import RECHECK_DAYS, next_due_on
from followup.lib.records import ActionMark, InterviewRec, Records
from followup.organisation.models import Organisation
from followup.reminders import digests
from followup.reminders.candidates import candidate_ids
from followup.reminders.digests import PassReport, eligible_users, plan_batch
from followup.reminders.models import NextDue
from followup.today.models import Mark

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")

clock = awkward_moments.clock_fixture()


def plan(user: Any) -> date | None:
    plan_batch(PassReport(), [user.pk], Organisation.current().policy(), timezone.now())
    return NextDue.objects.get(user=user).day


def is_candidate(user: Any) -> bool:
    return user.pk in candidate_ids(eligible_users(), local_today(user))


@pytest.fixture
def thanked(clock: Any, seeker: Any, add_due_interview: Any) -> Any:
    """A job seeker whose thank-you notes are sent: nothing due for now, planned ahead."""
    interview = add_due_interview(seeker)
    note = Interaction.objects.create(
        owner=seeker, kind="thank-you", state="sent", occurred_on=local_today(seeker)
    )
    note.people.set(Person.objects.filter(owner=seeker))
    Interaction.objects.create(
        owner=seeker, kind="linkedin", state="sent", occurred_on=local_today(seeker)
    ).people.set(Person.objects.filter(owner=seeker))
    assert (plan(seeker) or date.min) > local_today(seeker)
    assert not is_candidate(seeker)
    seeker.interview = interview
    return seeker


def test_a_user_never_planned_is_a_candidate(clock: Any, seeker: Any) -> None:
    assert is_candidate(seeker)
    assert plan(seeker) == local_today(seeker) + timedelta(days=RECHECK_DAYS)
    assert not is_candidate(seeker)


def change_status(user: Any) -> None:
    set_status(Application.objects.get(owner=user), "not-selected")


def snooze(user: Any) -> None:
    Mark.objects.create(owner=user, key="keep-in-touch:p1:2027-05-01", dismissed=True)


def new_person(user: Any) -> None:
    Person.objects.create(owner=user, name="Ngozi Okafor", keep_in_touch_days=42)


def fewer_days(user: Any) -> None:
    person = Person.objects.filter(owner=user).first()
    assert person is not None
    person.keep_in_touch_days = 42
    person.save()


def undo_note(user: Any) -> None:
    Interaction.objects.filter(owner=user, kind="thank-you").delete()


def unlink_people(user: Any) -> None:
    Interaction.objects.get(owner=user, kind="thank-you").people.clear()


def move_interview(user: Any) -> None:
    interview = user.interview
    interview.starts_at -= timedelta(days=1)
    interview.save()


def drop_participant(user: Any) -> None:
    user.interview.participants.first().delete()


def another_time_zone(user: Any) -> None:
    user.time_zone = "Asia/Tokyo"
    user.save()


def new_policy(user: Any) -> None:
    org = Organisation.current()
    org.follow_ups = 3
    org.save()


@pytest.mark.parametrize(
    "change",
    [
        change_status,
        snooze,
        new_person,
        fewer_days,
        undo_note,
        unlink_people,
        move_interview,
        drop_participant,
        another_time_zone,
        new_policy,
    ],
)
def test_any_change_to_the_records_gets_the_user_planned_again(thanked: Any, change: Any) -> None:
    change(thanked)
    assert NextDue.objects.get(user=thanked).day is None
    assert is_candidate(thanked)


def test_a_new_name_for_the_organisation_plans_nobody_again(thanked: Any) -> None:
    org = Organisation.current()
    org.name = "Quinte Employment Services"
    org.save()
    assert not is_candidate(thanked)


def test_a_change_while_a_pass_plans_the_user_is_not_lost(
    thanked: Any, monkeypatch: Any, add_due_interview: Any
) -> None:
    NextDue.objects.filter(user=thanked).update(day=None)
    load = digests.load_many

    def load_then_change(users: Any) -> Any:
        loaded = load(users)  # the pass has read the records…
        add_due_interview(thanked, employer="Trenton Logistics")  # …then the user adds one
        return loaded

    monkeypatch.setattr(digests, "load_many", load_then_change)
    plan(thanked)
    assert NextDue.objects.get(user=thanked).day is None  # planned again next pass
    monkeypatch.undo()
    assert plan(thanked) == local_today(thanked)  # the new thank-you notes are due


NOON = datetime(2027, 2, 10, 12, 0, tzinfo=TORONTO)


def interview_on(day: int, hour: int = 14) -> InterviewRec:
    return InterviewRec(
        id=day, application_id=1, starts_at=datetime(2027, 2, day, hour, tzinfo=TORONTO)
    )


def test_the_next_due_day_is_the_day_of_an_interview_still_to_come() -> None:
    records = Records(interviews=(interview_on(15), interview_on(20)))
    assert next_due_on(records, [], NOON.date(), NOON) == date(2027, 2, 15)


def test_an_interview_later_today_makes_the_user_due_today_already() -> None:
    records = Records(interviews=(interview_on(10, hour=15),))
    assert next_due_on(records, [], NOON.date(), NOON) == date(2027, 2, 10)


def test_a_snooze_that_runs_out_brings_the_day_forward() -> None:
    marks = (
        ActionMark("follow-up:a1:i1:1", snoozed_until=date(2027, 2, 1)),  # over: no effect
        ActionMark("follow-up:a1:i2:1", snoozed_until=date(2027, 2, 18)),
    )
    assert next_due_on(Records(marks=marks), [], NOON.date(), NOON) == date(2027, 2, 18)


def test_with_nothing_planned_the_user_is_planned_again_after_the_recheck_days() -> None:
    past = Records(interviews=(interview_on(1),))
    assert next_due_on(past, [], NOON.date(), NOON) == date(2027, 3, 12)


def test_deleting_an_account_deletes_its_stored_day(thanked: Any) -> None:
    from followup.accounts.models import User

    User.objects.filter(pk=thanked.pk).delete()
    assert not NextDue.objects.exists()


def test_a_message_the_outbox_sends_gets_the_user_planned_again(thanked: Any, mail: Any) -> None:
    from followup.notes import outbox

    draft = Interaction.objects.create(
        owner=thanked,
        kind="follow-up",
        state="draft",
        occurred_on=local_today(thanked),
        subject="Following up",
        body="Hello",
    )
    outbox.queue(draft, "siobhan@example.org")
    assert (plan(thanked) or date.min) > local_today(thanked)  # planned while it was a draft
    assert outbox.drain() == 1
    assert NextDue.objects.get(user=thanked).day is None
