"""Today's cards (items due, LinkedIn suggestions, Coming up): every form on them works with
CSRF checks on, names are shown as text and never as markup, and the page's queries do not grow
with the number of cards."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from followup.accounts.models import User
from followup.caseload.models import DraftComment
from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 15, 17, 0, tzinfo=ZoneInfo("America/Toronto"))  # a Tuesday
HOSTILE = '<i>Ana</i> & "Bo"'  # a name with markup in it, as anyone may type


@pytest.fixture(autouse=True)
def clock() -> Iterator[None]:
    with time_machine.travel(NOW, tick=False):
        yield


def interview(user: User, n: int, *, hours_ago: int, person: str = "") -> Interview:
    """An interview `hours_ago`, with an interviewer on LinkedIn and a recruiter."""
    met = save_interview(
        user,
        {"employer_name": f"<b>Employer</b> {n}", "role": "Clerk", "round": 1}
        | {"duration_minutes": 60, "mode": "in-person", "timeline_phrase": "within two weeks"}
        | {"location": "", "topics": "", "went_well": "", "forgot": ""},
        NOW - timedelta(hours=hours_ago),
        [
            {"name": person or f"Interviewer {n}", "role": "interviewer", "notes": ""},
            {"name": f"Recruiter {n}", "role": "hr", "notes": ""},
        ],
    )
    first = met.participants.select_related("person").first()
    assert first is not None
    first.person.linkedin_url = f"https://www.linkedin.com/in/someone-{n}"
    first.person.save()
    return met


def commented_draft(user: User, counsellor: User, met: Interview) -> None:
    draft = Interaction.objects.create(
        owner=user,
        kind="thank-you",
        state="draft",
        occurred_on=NOW.date(),
        interview=met,
        application=met.application,
    )
    draft.people.set([p.person for p in met.participants.all()[:1]])
    # edited a minute before the comment: the comment is news
    Interaction.objects.filter(pk=draft.pk).update(updated_at=NOW - timedelta(minutes=1))
    DraftComment.objects.create(message=draft, author=counsellor, text="Shorter, perhaps?")


def today_html(client: Client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_done_from_the_page_itself_passes_the_csrf_check(seeker: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(seeker)
    met = interview(seeker, 1, hours_ago=3)
    html = today_html(client)
    token, key = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"><input type="hidden" name="key" '
        r'value="(thank-you:[^"]+)"',
        html,
    ).groups()  # type: ignore[union-attr]
    response = client.post(
        "/today/mark/", {"csrfmiddlewaretoken": token, "key": key, "what": "done"}
    )
    assert response.status_code == 302
    assert Interaction.objects.filter(state="sent", interview=met).count() == 1
    assert key not in today_html(client)


def test_names_are_shown_as_text_on_every_card(seeker: User) -> None:
    client = Client()
    client.force_login(seeker)
    interview(seeker, 1, hours_ago=3, person=HOSTILE)  # a thank-you and a LinkedIn suggestion
    html = today_html(client)
    escaped = "&lt;i&gt;Ana&lt;/i&gt; &amp; &quot;Bo&quot;"
    assert f"Thank-you note: {escaped}" in html
    assert f"<strong>{escaped}</strong> · &lt;b&gt;Employer&lt;/b&gt; 1" in html  # LinkedIn
    assert "<i>Ana</i>" not in html and "<b>Employer</b>" not in html


def test_coming_up_shows_the_follow_up_with_the_person_and_employer(seeker: User) -> None:
    client = Client()
    client.force_login(seeker)
    interview(seeker, 1, hours_ago=30, person=HOSTILE)
    html = today_html(client)
    coming = html[html.index('<ul class="plain coming-up">') :]
    assert "Follow up on" in coming
    assert ": &lt;i&gt;Ana&lt;/i&gt; &amp; &quot;Bo&quot;" in coming
    assert 'id="coming-1"' in coming


def queries(client: Client) -> int:
    today_html(client)  # the first request of a session does one-off work
    with CaptureQueriesContext(connection) as captured:
        today_html(client)
    return len(captured.captured_queries)


def test_todays_queries_do_not_grow_with_its_cards(seeker: User, counsellor: User) -> None:
    client = Client()
    client.force_login(seeker)
    commented_draft(seeker, counsellor, interview(seeker, 0, hours_ago=3))
    few = queries(client)
    for n in range(1, 9):  # thank-yous, LinkedIn, follow-ups coming up, comments
        met = interview(seeker, n, hours_ago=3 + 20 * n)
        if n % 2:
            commented_draft(seeker, counsellor, met)
    html = today_html(client)
    assert html.count("Your counsellor commented") == 5
    assert html.count("Open LinkedIn<span") >= 3 and 'id="coming-3"' in html
    assert queries(client) == few
