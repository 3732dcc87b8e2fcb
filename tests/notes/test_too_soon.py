"""The editor never lets a follow-up go too soon: the first waits for the employer's time
frame, the second for business days after the first was sent."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview
from followup.jobsearch.services import save_interview
from followup.notes.checking import check_message

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def interview(seeker: User) -> Interview:
    fields = {
        "employer_name": "Quinte Health", "role": "Office Coordinator", "duration_minutes": 60,
        "mode": "in-person", "round": 1, "location": "", "timeline_phrase": "within two weeks",
        "topics": "", "went_well": "", "forgot": "",
    }  # fmt: skip
    start = datetime(2027, 2, 9, 10, 0, tzinfo=TORONTO)
    return save_interview(
        seeker, fields, start, [{"name": "Siobhan O'Connor", "role": "interviewer"}]
    )


def follow_up(
    seeker: User, interview: Interview, sequence: int, state: str, day: date
) -> Interaction:
    message = Interaction.objects.create(
        owner=seeker, kind="follow-up", state=state, sequence=sequence, occurred_on=day,
        interview=interview, application=interview.application,
    )  # fmt: skip
    message.people.set([interview.participants.get().person])
    return message


TEXT = "Dear Siobhan,\n\nI wanted to follow up on the Office Coordinator role.\n\nZoë Lefebvre"


def too_soon(message: Interaction, seeker: User) -> list[str]:
    return [f.message for f in check_message(TEXT, message, seeker) if f.code == "too-soon"]


def at(day: date) -> time_machine.travel:
    return time_machine.travel(
        datetime(day.year, day.month, day.day, 12, tzinfo=TORONTO), tick=False
    )


def test_the_first_follow_up_waits_for_the_employers_time_frame(
    seeker: User, interview: Interview
) -> None:
    first = follow_up(seeker, interview, 1, "draft", date(2027, 2, 24))
    with at(date(2027, 2, 24)):
        assert too_soon(first, seeker)
    with at(date(2027, 2, 25)):  # decided by Tue 23 Feb, then a business day of grace
        assert not too_soon(first, seeker)


def test_the_second_follow_up_waits_five_business_days_after_the_first(
    seeker: User, interview: Interview
) -> None:
    follow_up(seeker, interview, 1, "sent", date(2027, 2, 25))
    second = follow_up(seeker, interview, 2, "draft", date(2027, 2, 26))
    with at(date(2027, 3, 3)):
        assert too_soon(second, seeker)
    with at(date(2027, 3, 4)):
        assert not too_soon(second, seeker)
