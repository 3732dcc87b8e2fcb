"""The caseload keeps each client's plan between loads: whatever changes (a record, a person's
name, an account given a deleted one's id, the organisation's settings, the time alone), the
next load shows what planning afresh shows."""

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
from followup.interactions.models import Interaction
from followup.jobsearch.models import Employer, Interview, Participant, Person

from .conftest import job_search

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
AFTERNOON = datetime(2027, 2, 10, 14, 0, tzinfo=TORONTO)  # a Wednesday


@pytest.fixture(autouse=True)
def clock() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(AFTERNOON, tick=False) as traveller:
        yield traveller


def share(client_user: User, counsellor: User) -> None:
    Sharing.objects.create(client=client_user, counsellor=counsellor, consented_at=timezone.now())


def kept_page(client: Client, counsellor: User) -> str:
    """The page, loaded until every client's plan is kept (the first load of a client makes the
    row its plan is kept under), then once more from what is kept."""
    client.force_login(counsellor)
    for _ in range(2):
        assert client.get("/clients/").status_code == 200
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/clients/").content.decode()
    loaded = [q for q in captured.captured_queries if "jobsearch_interview" in q["sql"]]
    assert not loaded, "every client's plan was kept: no record is loaded"
    return html


def page(client: Client, counsellor: User) -> str:
    response = client.get("/clients/")
    assert response.status_code == 200
    return response.content.decode()


def send_thank_you(interview: Interview, **fields: Any) -> Interaction:
    message = Interaction.objects.create(
        owner=interview.application.owner,
        kind="thank-you",
        state="sent",
        occurred_on=timezone.localdate(interview.starts_at),
        interview=interview,
        **fields,
    )
    message.people.set([interview.participants.get().person])
    return message


def test_a_thank_you_sent_shows_on_the_next_load(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    interview = job_search(seeker, hours_ago=30)
    assert "1 thank-you note overdue" in kept_page(client, counsellor)
    send_thank_you(interview)
    assert "thank-you note overdue" not in page(client, counsellor)


def test_a_deleted_message_and_another_given_its_id_show_on_the_next_load(
    client: Client, counsellor: User, seeker: User
) -> None:
    """SQLite gives a deleted row's id to the next one: a plan kept by ids alone would not see
    the change."""
    share(seeker, counsellor)
    interview = job_search(seeker, hours_ago=30)
    sent = send_thank_you(interview)
    assert "thank-you note overdue" not in kept_page(client, counsellor)
    old_id = sent.pk
    sent.delete()
    assert "1 thank-you note overdue" in page(client, counsellor)
    draft = Interaction.objects.create(
        pk=old_id,
        owner=seeker,
        kind="thank-you",
        state="draft",  # a draft thanks nobody
        occurred_on=timezone.localdate(interview.starts_at),
        interview=interview,
    )
    draft.people.set([interview.participants.get().person])
    assert "1 thank-you note overdue" in kept_page(client, counsellor)
    draft.state = "sent"
    draft.save()
    assert "thank-you note overdue" not in page(client, counsellor)


def test_a_person_renamed_shows_on_the_next_load(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    interview = job_search(seeker, hours_ago=30)
    assert "Thank-you note: Interviewer of Zoë Lefebvre" in kept_page(client, counsellor)
    person = interview.participants.get().person
    person.name = "Siobhan O’Neill"
    person.save()
    assert "Thank-you note: Siobhan O’Neill · overdue" in page(client, counsellor)


def test_an_interviewer_replaced_under_the_same_id_shows(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    interview = job_search(seeker, hours_ago=30)
    assert "Interviewer of Zoë Lefebvre" in kept_page(client, counsellor)
    participant = interview.participants.get()
    person_id = participant.person_id
    participant.delete()
    Person.objects.filter(pk=person_id).delete()
    newcomer = Person.objects.create(pk=person_id, owner=seeker, name="Dana Wright")
    Participant.objects.create(interview=interview, person=newcomer, role="interviewer")
    html = page(client, counsellor)
    assert "Thank-you note: Dana Wright · overdue" in html
    assert "Interviewer of Zoë Lefebvre" not in html


def test_an_account_deleted_and_its_id_given_to_another_shows_the_other(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    job_search(seeker, hours_ago=30)
    assert "1 thank-you note overdue" in kept_page(client, counsellor)
    old_id = seeker.pk
    seeker.delete()
    newcomer = User.objects.create_user(
        "new@example.org", "another password", pk=old_id, name="Nadia New"
    )  # made at the same moment (the clock is stopped), under the same id
    share(newcomer, counsellor)
    html = kept_page(client, counsellor)  # the newcomer's version row starts where Zoë's did
    assert "Nadia New" in html and "Nothing recorded yet" in html
    assert "thank-you note overdue" not in html and "Zoë" not in html


def test_an_employer_renamed_leaves_no_row_other_than_planning_afresh_gives(
    counsellor: User, seeker: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renaming an employer moves no version: the rows keep nothing that names it (the next
    action here is a LinkedIn suggestion, whose people search names the employer)."""
    from followup.caseload import summary
    from followup.caseload.views import _consenting_clients
    from followup.lib import records as r
    from followup.organisation.models import Organisation

    share(seeker, counsellor)
    send_thank_you(job_search(seeker, hours_ago=3, employer="Quinte Health"))
    _consenting_clients(counsellor)  # makes the client's version row
    clients, org, now = _consenting_clients(counsellor), Organisation.current(), timezone.now()
    kept = summary.caseload_rows(clients, now, org, {})
    assert kept[0].next_action is not None and kept[0].next_action.kind == r.LINKEDIN
    Employer.objects.filter(owner=seeker).update(name="Quinte Health Care")
    Employer.objects.get(owner=seeker).save()
    assert summary.caseload_rows(clients, now, org, {}) == kept  # read from what is kept
    monkeypatch.setattr(summary, "KEPT", summary._Kept())
    assert summary.caseload_rows(clients, now, org, {}) == kept  # planned afresh


def test_a_client_who_stops_sharing_is_gone_at_once(
    client: Client, counsellor: User, seeker: User
) -> None:
    share(seeker, counsellor)
    job_search(seeker, hours_ago=30)
    assert "Zoë Lefebvre" in kept_page(client, counsellor)
    Sharing.objects.filter(client=seeker).update(consented_at=None)
    assert "Zoë Lefebvre" not in page(client, counsellor)


def test_time_alone_makes_a_thank_you_overdue(
    client: Client, counsellor: User, seeker: User, clock: time_machine.Traveller
) -> None:
    """The interview ended at 13:00 yesterday: the note is due today until 13:00, then overdue,
    with no record changing."""
    share(seeker, counsellor)
    clock.move_to(AFTERNOON - timedelta(hours=1, minutes=30))  # 12:30
    job_search(seeker, hours_ago=24)  # started 12:30 yesterday, ended 13:30 yesterday
    assert "Interviewer of Zoë Lefebvre · due today" in kept_page(client, counsellor)
    clock.move_to(AFTERNOON - timedelta(minutes=20))  # 13:40: the 24 hours are over
    html = page(client, counsellor)
    assert "Interviewer of Zoë Lefebvre · overdue" in html and "1 thank-you note overdue" in html


def test_the_organisations_settings_change_every_plan(
    client: Client, counsellor: User, seeker: User
) -> None:
    from followup.organisation.models import Organisation

    share(seeker, counsellor)
    job_search(seeker, hours_ago=30)
    assert "1 thank-you note overdue" in kept_page(client, counsellor)
    org = Organisation.current()
    org.thank_you_hours = 48
    org.save()
    assert "Interviewer of Zoë Lefebvre · due today" in page(client, counsellor)


def test_kept_rows_are_those_planned_afresh_at_every_moment(
    counsellor: User, make_user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over three days, every 20 minutes: the rows read from what is kept (planned at earlier
    moments) are those planned afresh, for interviews of every kind (ended, under way, booked,
    a day with no time, a long one) and a client in another time zone."""
    from followup.caseload import summary
    from followup.caseload.views import _consenting_clients
    from followup.organisation.models import Organisation

    plans = [(30, None), (2, None), (-20, None), (-40, False), (5, None), (26, None)]
    for n, (hours_ago, time_known) in enumerate(plans):
        zone = "America/Vancouver" if n == 4 else "America/Toronto"
        person = make_user(f"c{n}@example.org", f"Client {n}", time_zone=zone)
        share(person, counsellor)
        interview = job_search(person, hours_ago=hours_ago)
        if time_known is False:
            interview.time_known = False
            interview.save()
        if n == 5:
            interview.duration_minutes = 600
            interview.save()
    _consenting_clients(counsellor)  # makes each client's version row
    clients = _consenting_clients(counsellor)
    org = Organisation.current()
    kept = summary._Kept()
    planned = set()
    moment, steps = AFTERNOON - timedelta(hours=2), 0
    while moment < AFTERNOON + timedelta(days=3):
        monkeypatch.setattr(summary, "KEPT", kept)
        from_kept = summary.caseload_rows(clients, moment, org, {})
        planned |= {(pk, entry.planned_at) for pk, entry in kept.entries.items()}
        monkeypatch.setattr(summary, "KEPT", summary._Kept())
        assert from_kept == summary.caseload_rows(clients, moment, org, {}), moment
        moment, steps = moment + timedelta(minutes=20), steps + 1
    # planned again when the day or an interview's moment came, kept the rest of the time
    assert len(clients) * 4 < len(planned) < len(clients) * steps / 4


def test_the_plans_kept_are_the_latest_of_the_clients_seen_last() -> None:
    from followup.caseload.summary import Client, _Kept, _Planned

    kept = _Kept(size=2)
    now, zone = AFTERNOON, TORONTO
    day, until = now.date(), now + timedelta(hours=1)
    plan = _Planned(None, "", 0, 0, 0, None, 0)
    clients = [Client(n, f"C{n}", zone.key, None, None, 1, now, n) for n in range(3)]
    for client in clients:
        kept.put(client, zone, day, now, r_policy(), plan, until)
    assert kept.get(clients[0], zone, day, now, r_policy()) is None  # the least recently seen
    assert kept.get(clients[2], zone, day, now, r_policy()) == plan
    newer = Client(2, "C2", zone.key, None, None, 2, now, 2)  # its records changed since
    assert kept.get(newer, zone, day, now, r_policy()) is None
    assert kept.get(clients[2], zone, day, until, r_policy()) is None  # its time is up


def r_policy() -> Any:
    from followup.lib.records import Policy

    return Policy()
