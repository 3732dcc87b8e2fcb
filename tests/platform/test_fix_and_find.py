"""Today for a phone (what, who, by when, one action; the reason one tap away; a counsellor's
new comment on the item it concerns), an interview without a time, deleting records with
what goes with them, undo of Mark as sent and Done, and search on Applications and People."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from followup.accounts.models import User
from followup.caseload.models import DraftComment
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Interview
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db
TORONTO = ZoneInfo("America/Toronto")
# Monday 30 November 2026, 16:00 in Toronto (21:00 UTC): an interview at 10:00 has ended.
NOW = datetime(2026, 11, 30, 16, tzinfo=TORONTO)


@pytest.fixture
def clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def interview(owner: User, employer: str, start: datetime, *names: str) -> Interview:
    data = {
        "employer_name": employer, "role": "Office Coordinator", "duration_minutes": 60,
        "mode": "in-person", "round": 1, "location": "", "timeline_phrase": "", "topics": "",
        "went_well": "", "forgot": "",
    }  # fmt: skip
    people = [{"name": name, "role": "interviewer", "notes": ""} for name in names]
    return save_interview(owner, data, start, people)


def items(html: str) -> list[str]:
    """The text of each due item on Today, tags stripped."""
    found = re.findall(r'<li class="card due item (?:overdue|today)">(.*?)</li>', html, re.S)
    return [unescape(" ".join(re.sub(r"<[^>]+>", " ", item).split())) for item in found]


def test_each_item_says_what_who_and_by_when_with_the_reason_behind_a_tap(
    client: Client, seeker: User, clock: None
) -> None:
    interview(seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor")
    interview(seeker, "Belleville Library", NOW - timedelta(days=3), "Ana Silva")
    client.force_login(seeker)
    html = client.get("/").content.decode()
    overdue, due = (
        next(item for item in items(html) if name in item)
        for name in ("Ana Silva", "Siobhan O'Connor")
    )
    assert "Overdue since Saturday 28 November" in overdue
    assert "By 11:00 a.m. tomorrow" in due
    summary = html.index("<summary>", html.index("Siobhan O&#x27;Connor"))
    assert html.index("You met Siobhan O&#x27;Connor") > summary  # inside the disclosure
    assert html.count("Write it") == 2


def test_a_counsellors_new_comment_shows_on_the_item_it_concerns(
    client: Client, seeker: User, counsellor: User, clock: None
) -> None:
    meeting = interview(
        seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor", "Ana Silva"
    )
    client.force_login(seeker)
    siobhan = meeting.participants.get(person__name="Siobhan O'Connor").person
    opened = client.get(f"/messages/new/?kind=thank-you&interview={meeting.pk}&person={siobhan.pk}")
    draft = Interaction.objects.get(state=State.DRAFT, people=siobhan)
    assert opened.url == f"/messages/{draft.pk}/"
    assert "Your counsellor commented" not in client.get("/").content.decode()

    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        DraftComment.objects.create(message=draft, author=counsellor, text="Name the system.")
        html = client.get("/").content.decode()
    commented = [item for item in items(html) if "Your counsellor commented" in item]
    assert len(commented) == 1 and "Siobhan O'Connor" in commented[0]
    assert f'href="/messages/{draft.pk}/"' in html

    with time_machine.travel(NOW + timedelta(minutes=10), tick=False):
        draft.body += "\nThe new scheduling system sounds great."
        draft.save()  # the client worked on it since: no longer news
        assert "Your counsellor commented" not in client.get("/").content.decode()


def interview_form(**overrides: str) -> dict[str, str]:
    data = {
        "employer_name": "Quinte Health", "role": "Office Coordinator", "day": "2026-11-30",
        "start": "", "duration_minutes": "60", "mode": "in-person", "round": "1",
        "location": "", "timeline_phrase": "", "topics": "", "went_well": "", "forgot": "",
        "people-TOTAL_FORMS": "1", "people-INITIAL_FORMS": "0",
        "people-0-name": "Siobhan O'Connor", "people-0-role": "interviewer", "people-0-notes": "",
    }  # fmt: skip
    return data | overrides


def test_a_date_alone_logs_an_interview_and_the_thank_you_is_due_by_the_end_of_the_next_day(
    client: Client, seeker: User, clock: None
) -> None:
    client.force_login(seeker)
    response = client.post("/interviews/new/", interview_form())
    saved = Interview.objects.get()
    assert response.url == f"/interviews/{saved.pk}/"
    assert not saved.time_known
    page = client.get(response.url).content.decode()
    assert "Monday 30 November 2026" in page and "00:00" not in page
    edit = client.get(f"/interviews/{saved.pk}/edit/").content.decode()
    assert re.search(r'<input type="time" name="start"(?![^>]*value=)', edit)

    due = items(client.get("/").content.decode())
    assert len(due) == 1 and "By the end of tomorrow" in due[0]
    assert "by the end of Tuesday 1 December" in due[0]
    late_evening = datetime(2026, 12, 1, 23, 50, tzinfo=TORONTO)
    with time_machine.travel(late_evening, tick=False):
        assert "By the end of today" in items(client.get("/").content.decode())[0]
    with time_machine.travel(late_evening + timedelta(minutes=20), tick=False):
        html = client.get("/").content.decode()
    assert '<li class="card due item overdue">' in html
    assert "Overdue since Wednesday 2 December" in items(html)[0]


def test_a_start_time_still_counts_when_given(client: Client, seeker: User, clock: None) -> None:
    client.force_login(seeker)
    client.post("/interviews/new/", interview_form(start="10:00"))
    assert Interview.objects.get().time_known
    assert "By 11:00 a.m. tomorrow" in items(client.get("/").content.decode())[0]
