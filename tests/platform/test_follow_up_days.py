"""The follow-up day, said out loud: the interview form reads the employer's words as they are
typed (htmx), says when it cannot, and lets the person set the days by hand; once saved, the
interview page, the application page and Today show the day, and nothing offers to write the
follow-up before it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from html import unescape
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")
PHRASE = "we'll decide by the end of next week"
BOTH_DAYS = "They decide by Friday 11 December · follow up on Tuesday 15 December"


@pytest.fixture
def clock() -> Iterator[None]:
    """Wednesday 2 December 2026, 9:00 in Toronto: the day after the interview."""
    with time_machine.travel(datetime(2026, 12, 2, 9, tzinfo=TORONTO), tick=False):
        yield


@pytest.fixture
def client(seeker: User, clock: None) -> Client:
    client = Client()
    client.force_login(seeker)
    return client


def interview(**changes: str) -> dict[str, str]:
    """An interview on Tuesday 1 December 2026 with one interviewer."""
    data = {
        "employer_name": "Quinte Health",
        "role": "Office Coordinator",
        "day": "2026-12-01",
        "start": "10:00",
        "duration_minutes": "60",
        "mode": "in-person",
        "round": "1",
        "location": "",
        "timeline_phrase": PHRASE,
        "days": "read",
        "decision_on": "",
        "follow_up_on": "",
        "topics": "",
        "went_well": "",
        "forgot": "",
        "people-TOTAL_FORMS": "1",
        "people-INITIAL_FORMS": "0",
        "people-0-name": "Siobhan O'Connor",
        "people-0-role": "interviewer",
    }
    return data | changes


def reading(client: Client, **typed: str) -> str:
    """What the form's live region shows after the person typed `typed` (as htmx asks)."""
    fields = {"day": "2026-12-01", "timeline_phrase": PHRASE, "days": "read"} | typed
    response = client.get("/interviews/reading/", fields, headers={"HX-Request": "true"})
    assert response.status_code == 200
    return text(response)


def markup(response: Any) -> str:
    return " ".join(response.content.decode().split())


def text(response: Any) -> str:
    """The words a person reads on the page (tags dropped, entities decoded)."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", response.content.decode())).split())


def test_the_form_reads_the_phrase_as_it_is_typed_and_shows_both_days(client: Client) -> None:
    page = markup(client.get("/interviews/new/"))
    assert 'id="reading" aria-live="polite"' in page
    assert 'hx-get="/interviews/reading/"' in page  # the phrase, the day and the dates ask

    assert BOTH_DAYS in reading(client)
    # a later interview day moves both days
    assert "They decide by Friday 18 December" in reading(client, day="2026-12-08")


def test_an_unreadable_phrase_is_said_unreadable_with_the_choice_and_the_default_wait(
    client: Client,
) -> None:
    shown = reading(client, timeline_phrase="they'll get back to me after the board meets")
    assert "Followup could not read this" in shown
    assert "Pick the date they gave below, or use the default wait" in shown
    assert "Tuesday 8 December" in shown  # five business days after the interview
    form = text(client.get("/interviews/new/"))
    assert "Pick the dates they gave myself" in form and "Go by what they said" in form


def test_a_date_set_by_hand_is_read_back_as_set_by_the_person(client: Client) -> None:
    shown = reading(client, timeline_phrase="blorf", days="by-hand", decision_on="2026-12-16")
    assert "They decide by Wednesday 16 December · follow up on Friday 18 December" in shown
    assert "set by you" in shown
    typed_but_not_chosen = reading(client, days="read", decision_on="2026-12-16")
    assert BOTH_DAYS in typed_but_not_chosen  # the reading wins until "by hand" is chosen


def test_half_typed_or_mangled_days_never_break_the_reading(client: Client) -> None:
    for day in ("", "2026-1", "9999-12-31", "not a day"):
        assert "Follow" in reading(client, day=day, days="by-hand", follow_up_on=day)


def test_after_saving_every_page_shows_the_follow_up_day(client: Client) -> None:
    response = client.post("/interviews/new/", interview())
    assert response.status_code == 302
    saved = Interview.objects.get()
    assert saved.decision_on is None and saved.follow_up_on is None  # read, not stored twice

    interview_page = text(client.get(f"/interviews/{saved.pk}/"))
    application_page = text(client.get(f"/applications/{saved.application_id}/"))
    today = text(client.get("/"))

    assert BOTH_DAYS in interview_page and BOTH_DAYS in application_page
    assert interview_page.count(BOTH_DAYS) == 1  # the reading and the plan agree: said once
    assert "Coming up" in today and "Follow up on Tuesday 15 December: Siobhan O'Connor" in today


def test_before_its_day_the_follow_up_button_says_the_day_and_offers_nothing_to_write(
    client: Client,
) -> None:
    client.post("/interviews/new/", interview())
    application = Interview.objects.get().application_id
    page = markup(client.get(f"/applications/{application}/"))
    assert "Write a follow-up" not in page
    assert "disabled" in page and ">Follow up on Tuesday 15 December</button>" in page

    with time_machine.travel(datetime(2026, 12, 15, 9, tzinfo=TORONTO), tick=False):
        due = markup(client.get(f"/applications/{application}/"))
    assert "Write a follow-up to Siobhan O&#x27;Connor" in due and "sequence=1" in due


def test_an_unreadable_phrase_saved_without_javascript_is_said_on_the_interview_page(
    client: Client,
) -> None:
    client.post("/interviews/new/", interview(timeline_phrase="after the board meets"))
    page = text(client.get(f"/interviews/{Interview.objects.get().pk}/"))
    assert "Followup could not read this" in page and "Set the date they gave" in page
    assert "Follow up on Tuesday 8 December" in page


def test_a_follow_up_day_set_by_hand_is_saved_and_wins_on_every_page(client: Client) -> None:
    typed = interview(timeline_phrase="after the board meets", days="by-hand")
    response = client.post("/interviews/new/", typed | {"follow_up_on": "2026-12-21"})
    assert response.status_code == 302
    saved = Interview.objects.get()
    assert saved.follow_up_on is not None and saved.follow_up_on.isoformat() == "2026-12-21"

    assert "Follow up on Monday 21 December" in text(client.get(f"/interviews/{saved.pk}/"))
    assert "Follow up on Monday 21 December: Siobhan O'Connor" in text(client.get("/"))
    edit = markup(client.get(f"/interviews/{saved.pk}/edit/"))
    assert 'value="2026-12-21"' in edit and 'value="by-hand" ' in edit and "checked" in edit


def test_choosing_by_hand_without_a_day_is_refused_keeping_what_was_typed(
    client: Client,
) -> None:
    response = client.post("/interviews/new/", interview(days="by-hand", topics="the roster"))
    assert response.status_code == 200
    assert response.context["form"].errors == {
        "decision_on": ["Enter the day they decide, the day to follow up, or both."]
    }
    assert "the roster" in response.content.decode()
    assert not Interview.objects.exists()


@pytest.mark.parametrize(
    "field, day, message",
    [
        ("decision_on", "2026-11-30", "They cannot decide before the interview."),
        ("follow_up_on", "2026-12-01", "Choose a day after the interview."),
        ("follow_up_on", "3000-01-01", "Choose a date from 1900 to 2999."),
    ],
)
def test_a_day_by_hand_that_cannot_be_is_refused_beside_it(
    client: Client, field: str, day: str, message: str
) -> None:
    response = client.post("/interviews/new/", interview(days="by-hand", **{field: day}))
    assert response.context["form"].errors == {field: [message]}
    assert f'value="{day}"' in response.content.decode()


@pytest.mark.parametrize(
    "logged, line",
    [
        ({"status": "offer"}, "Offer: no follow-up."),
        ({"status": "not-selected"}, "Not selected: no follow-up."),
        ({"reply": "reply-received"}, "They got back to you: no follow-up needed."),
        ({"sent": 2}, "Every follow-up was sent: from now on, keep in touch."),
        ({"sent": 1}, "Second follow-up on Tuesday 22 December"),
    ],
)
def test_the_plan_line_follows_the_application_to_its_end(
    client: Client, seeker: User, logged: dict[str, Any], line: str
) -> None:
    client.post("/interviews/new/", interview())
    saved = Interview.objects.get()
    application = saved.application
    if "status" in logged:
        client.post(f"/applications/{application.pk}/status/", {"status": logged["status"]})
    days = [date(2026, 12, 15), date(2026, 12, 22)][: logged.get("sent", 0)]
    for sequence, day in enumerate(days, start=1):
        Interaction.objects.create(
            owner=seeker, kind="follow-up", state="sent", sequence=sequence, occurred_on=day,
            interview=saved, application=application,
        )  # fmt: skip
    if "reply" in logged:
        Interaction.objects.create(
            owner=seeker, kind=logged["reply"], state="done", occurred_on=date(2026, 12, 2),
            application=application,
        )  # fmt: skip
    with time_machine.travel(datetime(2026, 12, 16, 9, tzinfo=TORONTO), tick=False):
        client.force_login(seeker)  # two weeks on: a fresh session
        page = text(client.get(f"/applications/{application.pk}/"))
        interview_page = text(client.get(f"/interviews/{saved.pk}/"))
    assert line in page and line in interview_page
    assert "Write a follow-up" not in page
    if "sent" not in logged:  # over: what was read stays, without a follow-up day
        assert "They decide by Friday 11 December" in interview_page
        assert "follow up on Tuesday 15 December" not in interview_page
