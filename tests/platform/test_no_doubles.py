"""Save tapped twice, or a person added again, makes one record, not two."""

from __future__ import annotations

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Person

pytestmark = pytest.mark.django_db


def test_adding_a_person_twice_opens_the_one_already_known(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    data = {"name": "Siobhan O'Connor", "employer_name": "Quinte Health", "keep_in_touch_days": 90}
    first = client.post("/people/new/", data)
    second = client.post("/people/new/", data | {"name": "siobhan  o'connor"})
    assert Person.objects.count() == 1
    assert first["Location"] == second["Location"]
    other = client.post("/people/new/", data | {"employer_name": "Hastings County"})
    assert Person.objects.count() == 2 and other["Location"] != first["Location"]


def test_logging_the_same_call_twice_logs_it_once(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    person = Person.objects.create(owner=seeker, name="Łukasz Kowalski")
    data = {
        "kind": "call",
        "occurred_on": "2026-11-20",
        "channel": "phone",
        "people": [person.pk],
        "summary": "He said the team is growing.",
    }
    client.post("/interactions/new/", data)
    client.post("/interactions/new/", data)
    assert Interaction.objects.count() == 1
    client.post("/interactions/new/", data | {"summary": "A second call, about the start date."})
    assert Interaction.objects.count() == 2
