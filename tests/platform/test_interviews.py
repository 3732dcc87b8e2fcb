"""Logging an interview in one form, with people added inline and known people reused."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.jobsearch.models import Application, Interview, Person

pytestmark = pytest.mark.django_db


def form_data(**overrides: Any) -> dict[str, Any]:
    data = {
        "employer_name": "Quinte Health",
        "role": "Office Coordinator",
        "day": "2026-11-20",
        "start": "10:00",
        "duration_minutes": "60",
        "mode": "video",
        "round": "1",
        "location": "https://meet.example.org/abc",
        "timeline_phrase": "within two weeks",
        "topics": "",
        "went_well": "",
        "forgot": "",
        "people-TOTAL_FORMS": "2",
        "people-INITIAL_FORMS": "0",
        "people-0-name": "Siobhan O'Connor",
        "people-0-role": "interviewer",
        "people-0-notes": "scheduling",
        "people-1-name": "Łukasz Kowalski",
        "people-1-role": "panel",
        "people-1-notes": "",
    }
    data.update(overrides)
    return data


def test_one_form_logs_the_interview_its_application_and_two_people(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    response = client.post("/interviews/new/", form_data())
    interview = Interview.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/interviews/{interview.pk}/"
    assert interview.application.employer.name == "Quinte Health"
    assert interview.application.status == "interviewing"
    assert interview.duration_minutes == 60
    assert [p.person.name for p in interview.participants.all()] == [
        "Siobhan O'Connor",
        "Łukasz Kowalski",
    ]
    page = client.get(response["Location"]).content.decode()
    assert "Siobhan O&#x27;Connor" in page and "Łukasz Kowalski" in page


def test_a_second_round_reuses_the_application_and_the_known_people(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    client.post("/interviews/new/", form_data())
    client.post(
        "/interviews/new/",
        form_data(
            day="2026-11-27",
            round="2",
            **{"people-0-name": "siobhan o'connor", "people-TOTAL_FORMS": "1"},
        ),
    )
    assert Application.objects.count() == 1
    assert Person.objects.filter(name="Siobhan O'Connor").count() == 1
    assert Person.objects.get(name="Siobhan O'Connor").participations.count() == 2


def test_the_form_suggests_people_already_known(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    client.post("/interviews/new/", form_data())
    html = client.get("/interviews/new/").content.decode()
    assert '<datalist id="known-people">' in html
    assert 'value="Łukasz Kowalski"' in html


def test_add_another_person_keeps_everything_typed(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    response = client.post("/interviews/new/", form_data(add_person="1"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="people-2-name"' in html
    assert 'value="Siobhan O&#x27;Connor"' in html
    assert "within two weeks" in html
    assert not Interview.objects.exists()


def test_bad_input_keeps_what_was_typed_and_explains_beside_the_field(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    response = client.post("/interviews/new/", form_data(day="", location="javascript:alert(1)"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert "A link must start with https://" in html
    assert 'value="Siobhan O&#x27;Connor"' in html
    assert not Interview.objects.exists()


def test_a_posting_link_that_is_not_http_is_refused(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    response = client.post(
        "/applications/new/",
        {
            "employer_name": "Zoë's Café",
            "role": "Barista",
            "posting_url": "ftp://example.org/job",
            "status": "applied",
        },
    )
    assert response.status_code == 200
    assert "https://" in response.content.decode()
    assert not Application.objects.exists()


def test_an_interview_in_the_future_is_allowed(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    response = client.post("/interviews/new/", form_data(day="2099-01-05"))
    assert response.status_code == 302
    assert "Thank-you note" not in client.get("/").content.decode()


def test_names_round_trip_everywhere(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    names = ["Zoë Lefebvre", "Siobhan O'Connor", "Łukasz Kowalski", "陈伟"]
    data = form_data(**{"people-TOTAL_FORMS": "4"})
    for i, name in enumerate(names):
        data[f"people-{i}-name"] = name
        data[f"people-{i}-role"] = "panel"
    client.post("/interviews/new/", data)
    people_page = client.get("/people/").content.decode()
    for name in names:
        assert Person.objects.filter(name=name).exists()
        assert name.replace("'", "&#x27;") in people_page
