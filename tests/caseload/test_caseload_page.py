"""The caseload: every consenting client with what is due, filtered and sorted, in a fixed
number of queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from followup.accounts.models import Sharing, User
from followup.caseload.models import AppointmentRequest
from followup.interactions.models import Interaction
from followup.organisation.models import Office

from .conftest import job_search

pytestmark = pytest.mark.django_db

# 14:00 on Wednesday 10 February 2027 in Toronto: every test reads this clock, not the real one.
AFTERNOON = datetime(2027, 2, 10, 14, 0, tzinfo=ZoneInfo("America/Toronto"))


@pytest.fixture(autouse=True)
def clock() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(AFTERNOON, tick=False) as traveller:
        yield traveller


def share(client_user: User, counsellor: User) -> None:
    Sharing.objects.create(client=client_user, counsellor=counsellor, consented_at=timezone.now())


def page(client: Client, counsellor: User, query: str = "") -> str:
    client.force_login(counsellor)
    response = client.get("/clients/" + query)
    assert response.status_code == 200
    return response.content.decode()


def names_in_order(html: str, names: list[str]) -> list[str]:
    return sorted((n for n in names if n in html), key=html.index)


def test_it_lists_only_clients_who_agreed_to_share(
    client: Client, counsellor: User, make_user: Any
) -> None:
    sharing_client = make_user("a@example.org", "Avery Sharing")
    share(sharing_client, counsellor)
    waiting = make_user("b@example.org", "Blake Waiting")
    Sharing.objects.create(client=waiting, counsellor=counsellor)
    make_user("c@example.org", "Casey Elsewhere")
    html = page(client, counsellor)
    assert "Avery Sharing" in html
    assert "Blake Waiting" not in html and "Casey Elsewhere" not in html


def test_it_shows_an_overdue_thank_you_the_next_action_and_the_weeks_applications(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    job_search(seeker, hours_ago=30)
    html = page(client, counsellor)
    assert "1 thank-you note overdue" in html
    assert "Thank-you note: Interviewer of Zoë Lefebvre · overdue" in html
    assert "0 of 5 applications" in html  # applied ten days ago; the organisation's goal
    assert "Needs attention" in html


def test_a_follow_up_due_is_counted(client: Client, counsellor: User, seeker: User) -> None:
    share(seeker, counsellor)
    interview = job_search(seeker, hours_ago=24 * 20)  # "within two weeks": now due
    Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="sent",
        occurred_on=timezone.localdate(interview.starts_at),
        interview=interview,
    ).people.set([interview.participants.first().person])
    html = page(client, counsellor)
    assert "1 follow-up due" in html
    assert "thank-you note overdue" not in html


def test_a_client_quiet_for_two_weeks_needs_attention_and_a_busy_one_does_not(
    client: Client, counsellor: User, make_user: Any
) -> None:
    busy = make_user("busy@example.org", "Bea Busy", weekly_goal=1)
    quiet = make_user("quiet@example.org", "Quinn Quiet")
    share(busy, counsellor)
    share(quiet, counsellor)
    from followup.jobsearch.models import Application, Employer

    Application.objects.create(
        owner=busy,
        employer=Employer.objects.create(owner=busy, name="Acme"),
        role="Clerk",
        applied_on=timezone.localdate(),
    )
    html = page(client, counsellor, "?attention=1")
    assert "Quinn Quiet" in html and "Nothing recorded yet" in html
    assert "Bea Busy" not in html
    assert "1 of 1 applications ✓" in page(client, counsellor)


def test_it_filters_by_office_and_sorts_by_name_or_by_attention(
    client: Client, counsellor: User, make_user: Any
) -> None:
    belleville, marmora = Office.objects.order_by("position")[:2]
    adam = make_user("adam@example.org", "Adam Calm", office=belleville)
    zed = make_user("zed@example.org", "Zed Late", office=marmora)
    for person in (adam, zed):
        share(person, counsellor)
        job_search(person, hours_ago=2)  # thank-you due today, nothing overdue
    job_search(zed, hours_ago=40, employer="Other Employer")  # overdue
    from followup.jobsearch.models import Application

    Application.objects.filter(owner=adam).update(created_at=timezone.now())

    assert names_in_order(page(client, counsellor), ["Adam Calm", "Zed Late"]) == [
        "Zed Late",
        "Adam Calm",
    ]
    assert names_in_order(page(client, counsellor, "?sort=name"), ["Adam Calm", "Zed Late"]) == [
        "Adam Calm",
        "Zed Late",
    ]
    only_marmora = page(client, counsellor, f"?office={marmora.pk}")
    assert "Zed Late" in only_marmora and "Adam Calm" not in only_marmora
    assert "Adam Calm" not in page(client, counsellor, "?attention=1")


def test_open_appointment_requests_are_shown_and_arranged_ones_are_not(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    AppointmentRequest.objects.create(
        client=seeker, counsellor=counsellor, times="Tuesday mornings", reason="My resume"
    )
    AppointmentRequest.objects.create(
        client=seeker, counsellor=counsellor, times="Friday", reason="Old one", state="arranged"
    )
    html = page(client, counsellor)
    assert "Appointment requests (1)" in html
    assert "Tuesday mornings" in html and "My resume" in html
    assert "Old one" not in html


def queries_for(client: Client, counsellor: User) -> tuple[int, int]:
    """The queries of a load that plans every client, and of one that finds every plan kept."""
    from followup.caseload.summary import KEPT

    client.force_login(counsellor)
    client.get("/clients/")  # the first request of a process also checks that users exist
    counts = []
    for forget in (True, False):
        if forget:
            KEPT.forget()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/clients/").status_code == 200
        counts.append(len(captured.captured_queries))
    return counts[0], counts[1]


def add_clients(counsellor: User, make_user: Any, start: int, count: int) -> None:
    for n in range(start, start + count):
        person = make_user(f"client{n}@example.org", f"Client {n}")
        share(person, counsellor)
        interview = job_search(person, hours_ago=30 + n)
        Interaction.objects.create(
            owner=person,
            kind="thank-you",
            state="draft",
            occurred_on=timezone.localdate() - timedelta(days=1),
            interview=interview,
        ).people.set([interview.participants.first().person])


def test_the_number_of_queries_does_not_grow_with_the_number_of_clients(
    client: Client, counsellor: User, make_user: Any
) -> None:
    add_clients(counsellor, make_user, 0, 3)
    with_three = queries_for(client, counsellor)
    add_clients(counsellor, make_user, 3, 9)
    with_twelve = queries_for(client, counsellor)
    assert "Client 11" in client.get("/clients/").content.decode()
    assert with_three == with_twelve
    assert with_twelve[0] <= 15 and with_twelve[1] < with_twelve[0]


def test_the_number_of_queries_does_not_grow_with_each_clients_records(
    client: Client, counsellor: User, make_user: Any
) -> None:
    add_clients(counsellor, make_user, 0, 3)
    few = queries_for(client, counsellor)
    for person in User.objects.filter(sharings__counsellor=counsellor):
        for n in range(4):  # more interviews, interviewers and messages for every client
            interview = job_search(person, hours_ago=60 + 24 * n, employer=f"Employer {n}")
            Interaction.objects.create(
                owner=person,
                kind="thank-you",
                state="sent",
                occurred_on=timezone.localdate() - timedelta(days=n + 2),
                interview=interview,
            ).people.set([interview.participants.first().person])
    assert queries_for(client, counsellor) == few


def test_each_row_shows_what_the_clients_own_plan_shows(
    client: Client, counsellor: User, make_user: Any
) -> None:
    """The caseload's rows, loaded and planned for every client at once, give each client's
    next action, its day and window, and the overdue count that client's own plan gives."""
    from followup.caseload.summary import caseload_rows
    from followup.caseload.views import _consenting_clients
    from followup.due.loading import actions_for
    from followup.lib import records as r
    from followup.organisation.models import Organisation

    add_clients(counsellor, make_user, 0, 4)
    now = timezone.now()
    rows = caseload_rows(_consenting_clients(counsellor), now, Organisation.current(), {})
    assert [row.client.name for row in rows] == [f"Client {n}" for n in range(4)]
    for row in rows:
        _records, actions = actions_for(User.objects.get(pk=row.client.pk), now=now)
        assert row.next_action is not None and actions
        first = actions[0]
        assert (row.next_action.key, row.next_action.due_on, row.next_action.window) == (
            first.key,
            first.due_on,
            first.window,
        )
        assert row.overdue == sum(1 for a in actions if a.window == r.OVERDUE)


def test_a_record_changed_shows_on_the_next_load(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    interview = job_search(seeker, hours_ago=30)
    assert "1 thank-you note overdue" in page(client, counsellor)
    Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="sent",
        occurred_on=timezone.localdate(interview.starts_at),
        interview=interview,
    ).people.set([interview.participants.first().person])
    html = page(client, counsellor)
    assert "thank-you note overdue" not in html
    assert "client attention" not in html and "0 need attention" in html


def test_the_last_activity_is_the_day_where_the_counsellor_is(
    client: Client, counsellor: User, seeker: User, clock: time_machine.Traveller
) -> None:
    """At 21:30 in Toronto it is already tomorrow in UTC: the card keeps today's date."""
    share(seeker, counsellor)
    clock.move_to(datetime(2027, 2, 10, 21, 30, tzinfo=ZoneInfo("America/Toronto")))
    job_search(seeker, hours_ago=2)
    html = page(client, counsellor)
    assert "10 February 2027" in html and "11 February 2027" not in html


def test_a_french_counsellor_reads_the_cards_in_french(
    client: Client, counsellor: User, seeker: User
) -> None:
    counsellor.language = "fr"
    counsellor.save()
    share(seeker, counsellor)
    job_search(seeker, hours_ago=30)
    html = page(client, counsellor)
    assert "Mot de remerciement\u00a0: Interviewer of Zoë Lefebvre · en retard" in html
    assert "Candidatures\u00a0: 0 sur 5" in html
