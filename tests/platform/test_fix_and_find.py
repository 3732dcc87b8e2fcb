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
    assert opened["Location"] == f"/messages/{draft.pk}/"
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
    assert response["Location"] == f"/interviews/{saved.pk}/"
    assert not saved.time_known
    page = client.get(response["Location"]).content.decode()
    assert "Monday 30 November" in page and "00:00" not in page and "a.m." not in page
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


def thank_you_draft(client: Client, meeting: Interview, name: str) -> Interaction:
    person = meeting.participants.get(person__name=name).person
    client.get(f"/messages/new/?kind=thank-you&interview={meeting.pk}&person={person.pk}")
    return Interaction.objects.get(state=State.DRAFT, interview=meeting, people=person)


def test_deleting_an_interview_says_what_goes_with_it_and_today_drops_its_notes(
    client: Client, seeker: User, clock: None
) -> None:
    meeting = interview(
        seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor", "Ana Silva"
    )
    other = interview(seeker, "Belleville Library", NOW.replace(hour=9), "Priya Natarajan")
    client.force_login(seeker)
    for name in ("Siobhan O'Connor", "Ana Silva"):
        thank_you_draft(client, meeting, name)
    assert len(items(client.get("/").content.decode())) == 3

    page = client.get(f"/interviews/{meeting.pk}/delete/").content.decode()
    assert "This also deletes 2 notes." in page
    assert Interview.objects.filter(pk=meeting.pk).exists()  # a GET deletes nothing
    response = client.post(f"/interviews/{meeting.pk}/delete/")
    assert response["Location"] == f"/applications/{meeting.application_id}/"
    assert not Interview.objects.filter(pk=meeting.pk).exists()
    assert not Interaction.objects.filter(owner=seeker).exists()
    left = items(client.get("/").content.decode())
    assert len(left) == 1 and "Priya Natarajan" in left[0]
    assert Interview.objects.filter(pk=other.pk).exists()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "the interview of Tuesday 1 December for Office Coordinator"),
        ("fr", "l’entrevue du mardi 1er décembre pour Office Coordinator"),
    ],
)
def test_deleting_an_interview_names_its_day_as_the_interview_page_does(
    client: Client, seeker: User, clock: None, language: str, words: str
) -> None:
    seeker.language = language
    seeker.save(update_fields=["language"])
    meeting = interview(seeker, "Quinte Health", NOW + timedelta(days=1), "Ana Silva")
    client.force_login(seeker)
    assert words in unescape(client.get(f"/interviews/{meeting.pk}/delete/").content.decode())


def test_deleting_an_application_takes_its_interviews_and_notes(
    client: Client, seeker: User, clock: None
) -> None:
    first = interview(seeker, "Quinte Health", NOW - timedelta(days=7), "Siobhan O'Connor")
    second = interview(
        seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor", "Ana Silva"
    )
    assert first.application_id == second.application_id
    client.force_login(seeker)
    for name in ("Siobhan O'Connor", "Ana Silva"):
        thank_you_draft(client, second, name)
    thank_you_draft(client, first, "Siobhan O'Connor")
    url = f"/applications/{first.application_id}/delete/"
    assert "This also deletes 2 interviews and 3 notes." in client.get(url).content.decode()
    assert client.post(url)["Location"] == "/applications/"
    assert not Interview.objects.exists() and not Interaction.objects.exists()
    assert items(client.get("/").content.decode()) == []
    assert "Siobhan O&#x27;Connor" in client.get("/people/").content.decode()  # people stay


def test_deleting_a_person_takes_the_notes_to_them_alone(
    client: Client, seeker: User, clock: None
) -> None:
    meeting = interview(
        seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor", "Ana Silva"
    )
    client.force_login(seeker)
    draft = thank_you_draft(client, meeting, "Ana Silva")
    ana = draft.people.get()
    page = client.get(f"/people/{ana.pk}/delete/").content.decode()
    assert "This also deletes 1 note." in page
    assert "They are taken off 1 interview; the interview stays." in page
    client.post(f"/people/{ana.pk}/delete/")
    assert not Interaction.objects.filter(pk=draft.pk).exists()
    due = items(client.get("/").content.decode())
    assert len(due) == 1 and "Siobhan O'Connor" in due[0]


def test_deleting_a_draft_and_only_a_draft(client: Client, seeker: User, clock: None) -> None:
    meeting = interview(seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor")
    client.force_login(seeker)
    draft = thank_you_draft(client, meeting, "Siobhan O'Connor")
    assert "Delete this draft" in client.get(f"/messages/{draft.pk}/").content.decode()
    assert client.post(f"/messages/{draft.pk}/delete/")["Location"] == "/"
    assert not Interaction.objects.filter(pk=draft.pk).exists()
    sent = Interaction.objects.create(
        owner=seeker, kind="thank-you", state=State.SENT, occurred_on=NOW.date()
    )
    assert client.post(f"/messages/{sent.pk}/delete/").status_code == 404
    assert Interaction.objects.filter(pk=sent.pk).exists()
    from followup.notes.models import OutgoingEmail

    on_its_way = thank_you_draft(client, meeting, "Siobhan O'Connor")
    OutgoingEmail.objects.create(message=on_its_way, to_address="so@example.org")
    assert "Delete this draft" not in client.get(f"/messages/{on_its_way.pk}/").content.decode()
    assert client.post(f"/messages/{on_its_way.pk}/delete/").status_code == 404
    assert Interaction.objects.filter(pk=on_its_way.pk).exists()


@pytest.mark.parametrize(
    "url", ["/applications/{a}/delete/", "/interviews/{i}/delete/", "/people/{p}/delete/",
            "/messages/{m}/delete/"],
)  # fmt: skip
def test_only_the_owner_can_delete(
    client: Client, seeker: User, other_seeker: User, clock: None, url: str
) -> None:
    meeting = interview(seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor")
    client.force_login(seeker)
    draft = thank_you_draft(client, meeting, "Siobhan O'Connor")
    target = url.format(a=meeting.application_id, i=meeting.pk, p=draft.people.get().pk, m=draft.pk)
    client.force_login(other_seeker)
    assert client.get(target).status_code == 404
    assert client.post(target).status_code == 404
    assert Interview.objects.exists() and Interaction.objects.filter(pk=draft.pk).exists()


def test_a_delete_needs_the_csrf_token(seeker: User, clock: None) -> None:
    meeting = interview(seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor")
    client = Client(enforce_csrf_checks=True)
    client.force_login(seeker)
    assert client.post(f"/interviews/{meeting.pk}/delete/").status_code == 403
    assert Interview.objects.filter(pk=meeting.pk).exists()


def undo_url(html: str) -> str:
    found = re.search(r'<a href="(/interactions/\d+/undo/)">Undo', html)
    assert found, "no undo link"
    return found.group(1)


def test_undo_a_mark_as_sent_makes_it_a_draft_again(
    client: Client, seeker: User, clock: None
) -> None:
    meeting = interview(seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor")
    client.force_login(seeker)
    draft = thank_you_draft(client, meeting, "Siobhan O'Connor")
    response = client.post(f"/messages/{draft.pk}/sent/", follow=True)
    assert items(response.content.decode()) == []
    url = undo_url(response.content.decode())
    record = client.get(f"/messages/{draft.pk}/").content.decode()
    assert url in record  # on the record too
    assert "draft again" in client.get(url).content.decode()
    assert Interaction.objects.get(pk=draft.pk).state == State.SENT  # a GET changes nothing
    assert client.post(url)["Location"] == f"/messages/{draft.pk}/"
    draft.refresh_from_db()
    assert draft.state == State.DRAFT and draft.sent_at is None and draft.body
    assert len(items(client.get("/").content.decode())) == 1


def test_undo_done_puts_the_item_back_on_today(client: Client, seeker: User, clock: None) -> None:
    interview(seeker, "Quinte Health", NOW.replace(hour=10), "Siobhan O'Connor")
    client.force_login(seeker)
    html = client.get("/").content.decode()
    key = re.search(r'name="key" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    after = client.post("/today/mark/", {"key": key, "what": "done"}, follow=True)
    assert items(after.content.decode()) == []
    client.post(undo_url(after.content.decode()))
    due = items(client.get("/").content.decode())
    assert len(due) == 1 and "Siobhan O'Connor" in due[0]
    assert not Interaction.objects.exists()


def test_no_undo_for_a_message_followup_emailed_or_someone_elses(
    client: Client, seeker: User, other_seeker: User, clock: None
) -> None:
    from followup.notes.models import OutgoingEmail

    emailed = Interaction.objects.create(
        owner=seeker, kind="thank-you", state=State.SENT, occurred_on=NOW.date(), body="Thanks"
    )
    OutgoingEmail.objects.create(message=emailed, to_address="s@example.org")
    marked = Interaction.objects.create(
        owner=seeker, kind="thank-you", state=State.SENT, occurred_on=NOW.date(), body="Thanks"
    )
    client.force_login(seeker)
    assert client.post(f"/interactions/{emailed.pk}/undo/").status_code == 404
    assert "Undo" not in client.get(f"/messages/{emailed.pk}/").content.decode()
    client.force_login(other_seeker)
    assert client.post(f"/interactions/{marked.pk}/undo/").status_code == 404
    marked.refresh_from_db()
    assert marked.state == State.SENT


def applications(html: str) -> list[str]:
    return [
        unescape(name) for name in re.findall(r'<a href="/applications/\d+/">([^<]+)</a>', html)
    ]


@pytest.fixture
def search_of_five(seeker: User, clock: None) -> User:
    from followup.jobsearch.models import Application, Employer

    for employer, role, status in [
        ("Quinte Health", "Office Coordinator", "interviewing"),
        ("Quinte Health", "Patient Registration Clerk", "applied"),
        ("Belleville Library", "Library Assistant", "applied"),
        ("Tweed Public Works", "Equipment Operator", "not-selected"),
        ("Hastings County", "Administrative Assistant", "applied"),
    ]:
        owner_employer, _ = Employer.objects.get_or_create(owner=seeker, name=employer)
        Application.objects.create(owner=seeker, employer=owner_employer, role=role, status=status)
    return seeker


def test_search_applications_by_words_kept_in_the_url_and_the_box(
    client: Client, search_of_five: User
) -> None:
    client.force_login(search_of_five)
    html = client.get("/applications/", {"q": "quinte CLERK"}).content.decode()
    assert applications(html) == ["Patient Registration Clerk — Quinte Health"]
    assert 'value="quinte CLERK"' in html and "1 application found of 5." in html
    html = client.get("/applications/", {"q": "assistant"}).content.decode()
    assert sorted(applications(html)) == [
        "Administrative Assistant — Hastings County",
        "Library Assistant — Belleville Library",
    ]
    html = client.get("/applications/", {"q": "nursing"}).content.decode()
    assert applications(html) == [] and "No application matches." in html


def test_filter_applications_by_status_and_employer(client: Client, search_of_five: User) -> None:
    from followup.jobsearch.models import Employer

    quinte = Employer.objects.get(name="Quinte Health")
    client.force_login(search_of_five)
    html = client.get("/applications/", {"status": "applied"}).content.decode()
    assert len(applications(html)) == 3
    assert '<option value="applied" selected>' in html
    html = client.get(
        "/applications/", {"status": "applied", "employer": str(quinte.pk)}
    ).content.decode()
    assert applications(html) == ["Patient Registration Clerk — Quinte Health"]
    assert f'<option value="{quinte.pk}" selected>' in html
    # a value that is not one of the choices is dropped, the rest still apply, no error page
    response = client.get("/applications/", {"status": "applied", "employer": "99999x"})
    assert response.status_code == 200 and len(applications(response.content.decode())) == 3


def test_search_people(client: Client, search_of_five: User) -> None:
    from followup.jobsearch.models import Employer, Person

    library = Employer.objects.get(name="Belleville Library")
    Person.objects.create(owner=search_of_five, name="Ana Silva", employer=library, title="Head")
    Person.objects.create(owner=search_of_five, name="Siobhan O'Connor", email="so@quinte.example")
    client.force_login(search_of_five)
    html = client.get("/people/", {"q": "library"}).content.decode()
    assert "Ana Silva" in html and "Siobhan" not in html
    assert 'value="library"' in html and "1 person found of 2." in html
    html = client.get("/people/", {"q": "o'connor"}).content.decode()
    assert "Siobhan O&#x27;Connor" in html and "Ana Silva" not in html


def test_the_lists_cost_the_same_queries_for_two_records_or_twenty(
    client: Client, seeker: User, clock: None
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followup.jobsearch.models import Application, Employer, Person

    def add(n: int) -> None:
        for i in range(n):
            employer = Employer.objects.create(
                owner=seeker, name=f"Employer {Employer.objects.count()}"
            )
            Application.objects.create(owner=seeker, employer=employer, role=f"Clerk {i}")
            Person.objects.create(owner=seeker, name=f"Clerk Person {i}", employer=employer)

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    client.force_login(seeker)
    urls = ["/applications/?q=clerk&status=applied", "/people/?q=clerk"]
    add(2)
    [queries(url) for url in urls]  # warm: the first request also loads the organisation
    few = [queries(url) for url in urls]
    add(18)
    assert [queries(url) for url in urls] == few
