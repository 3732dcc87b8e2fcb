"""One follow-up day everywhere: when the organisation changes its wait for interviews with no
time frame, or the person sets the day by hand, Today, the interview page, the editor's
too-soon check, the calendar feed, the daily digest and the reports all use the same day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from icalendar import Calendar

from followup.accounts.models import User
from followup.caseload import figures as f
from followup.caseload.report_data import load_facts
from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview
from followup.jobsearch.services import save_interview
from followup.lib.dates import long_day
from followup.notes.checking import check_message
from followup.organisation.models import Organisation
from followup.reminders.digests import run_pass
from followup.reminders.models import CalendarFeed

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")
INTERVIEWED = datetime(2026, 12, 1, 10, tzinfo=TORONTO)  # a Tuesday


def moment(day: date, hour: int = 9) -> time_machine.travel:
    return time_machine.travel(
        datetime(day.year, day.month, day.day, hour, tzinfo=TORONTO), tick=False
    )


@pytest.fixture(
    params=[
        # The organisation waits 8 business days when no time frame was given (not 5).
        ("no time frame", {"timeline_phrase": ""}, 8, date(2026, 12, 11)),
        # The person set the follow-up day by hand; what they said could not be read.
        (
            "by hand",
            {"timeline_phrase": "after the board meets", "follow_up_on": date(2026, 12, 14)},
            5,
            date(2026, 12, 14),
        ),
    ],
    ids=lambda param: param[0],
)
def scenario(request: pytest.FixtureRequest, seeker: User) -> Iterator[tuple[Interview, date]]:
    _name, said, wait, follow_up_on = request.param
    org = Organisation.current()
    org.default_follow_up_business_days = wait
    org.save()
    fields = {
        "employer_name": "Quinte Health", "role": "Office Coordinator", "duration_minutes": 60,
        "mode": "in-person", "round": 1, "location": "", "topics": "", "went_well": "",
        "forgot": "",
    } | said  # fmt: skip
    with moment(INTERVIEWED.date(), 8):
        interview = save_interview(
            seeker, fields, INTERVIEWED, [{"name": "Siobhan O'Connor", "role": "interviewer"}]
        )
    yield interview, follow_up_on


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def follow_up_events(client: Client) -> dict[str, date]:
    client.get("/account/reminders/")
    body = Client().get(f"/calendar/{CalendarFeed.objects.get().token}.ics").content
    return {
        str(event["SUMMARY"]): event.decoded("DTSTART")
        for event in Calendar.from_ical(body).walk("VEVENT")
        if str(event["SUMMARY"]).startswith("Follow up")
    }


def draft(seeker: User, interview: Interview, day: date) -> Interaction:
    message = Interaction.objects.create(
        owner=seeker, kind="follow-up", state="draft", sequence=1, occurred_on=day,
        interview=interview, application=interview.application,
    )  # fmt: skip
    message.people.set([interview.participants.get().person])
    return message


def too_soon(seeker: User, message: Interaction) -> bool:
    text = "Dear Siobhan,\n\nI wanted to follow up on the Office Coordinator role.\n\nZoë"
    return any(f.code == "too-soon" for f in check_message(text, message, seeker))


def on_time_in_reports(sent_on: date) -> bool:
    interview = Interview.objects.get()
    Interaction.objects.filter(kind="follow-up").update(state="sent", occurred_on=sent_on)
    rules = Organisation.current().policy()
    with moment(sent_on, 20):
        facts = load_facts(date(2026, 12, 1))
        table = f.figures(facts, [""], ["2026-12"], INTERVIEWED.replace(year=2027), rules)
    assert interview.pk in {meeting.id for meeting in facts.meetings}
    cell = table["", "2026-12"]
    assert cell.follow_ups_sent == 1
    return cell.follow_ups_on_time == 1


def test_today_the_pages_the_editor_the_calendar_the_digest_and_reports_agree(
    scenario: tuple[Interview, date], seeker: User, mail: Any
) -> None:
    interview, follow_up_on = scenario
    day_before = follow_up_on - timedelta(days=1)
    client = signed_in(seeker)
    words = f"Follow up on {long_day(follow_up_on, follow_up_on)}"

    with moment(date(2026, 12, 2)):
        today = client.get("/").content.decode()
        page = client.get(f"/interviews/{interview.pk}/").content.decode()
        assert words in today and words in page
        assert set(follow_up_events(client).values()) == {follow_up_on}
        message = draft(seeker, interview, date(2026, 12, 2))

    with moment(day_before):
        assert too_soon(seeker, message)
        run_pass(any_hour=True)
    assert not any("Follow up" in m.get_body().get_content() for m in mail.messages)

    with moment(follow_up_on):
        assert not too_soon(seeker, message)
        run_pass(any_hour=True)
    assert "Follow up" in mail.messages[-1].get_body(("plain",)).get_content()

    assert not on_time_in_reports(day_before)
    assert on_time_in_reports(follow_up_on)
