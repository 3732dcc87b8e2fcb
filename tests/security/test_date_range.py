"""One range of days, 1900 to 2999, in the forms that take a date: a day outside it is refused
with a message and what was typed is kept."""

from __future__ import annotations

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application

pytestmark = pytest.mark.django_db


def _client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31", "3000-01-01"])
def test_an_interaction_outside_the_range_is_refused(seeker: User, day: str) -> None:
    response = _client(seeker).post(
        "/interactions/new/",
        {"kind": "call", "occurred_on": day, "channel": "phone", "summary": "Called back"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["occurred_on"] == ["Choose a date from 1900 to 2999."]
    assert "Called back" in response.content.decode()
    assert not Interaction.objects.exists()


@pytest.mark.parametrize("day", ["1900-01-01", "2999-12-31"])
def test_the_ends_of_the_range_are_accepted(seeker: User, day: str) -> None:
    response = _client(seeker).post(
        "/interactions/new/", {"kind": "call", "occurred_on": day, "channel": "phone"}
    )
    assert response.status_code == 302
    assert Interaction.objects.get().occurred_on.isoformat() == day


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_an_application_date_outside_the_range_is_refused(seeker: User, day: str) -> None:
    response = _client(seeker).post(
        "/applications/new/",
        {"employer_name": "Quinte Health", "role": "Clerk", "applied_on": day, "status": "applied"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["applied_on"] == ["Choose a date from 1900 to 2999."]
    assert not Application.objects.exists()


def test_snoozing_beyond_2999_is_refused(seeker: User, interview_with_two: object) -> None:
    from followup.today.models import Mark

    client = _client(seeker)
    page = client.get("/")
    key = (page.context["overdue"] + page.context["due_today"])[0].action.key
    client.post("/today/mark/", {"key": key, "what": "date", "until": "9999-12-31"})
    assert not Mark.objects.filter(key=key).exists()
    client.post("/today/mark/", {"key": key, "what": "date", "until": "2999-12-31"})
    assert str(Mark.objects.get(key=key).snoozed_until) == "2999-12-31"
