"""Logging an interaction with ids from a pasted or edited link, and with people the form does
not list: a 404 or an error beside the field, never a server error."""

from __future__ import annotations

import pytest

from followup.interactions.models import Interaction
from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["person=abc", "application=abc", "person=²", "person=1.5"])
def test_an_id_that_is_not_a_number_is_not_found(demo: Demo, query: str) -> None:
    client = signed_in(demo, "owner")
    assert client.get(f"/interactions/new/?{query}").status_code == 404


def test_the_owners_person_is_ticked_from_the_link(demo: Demo) -> None:
    client = signed_in(demo, "owner")
    response = client.get(f"/interactions/new/?person={demo.person.pk}")
    assert response.status_code == 200
    assert response.context["form"].initial["people"] == [demo.person.pk]


@pytest.mark.parametrize("pk", ["99999999999999999999", "9223372036854775808", "abc"])
def test_a_person_who_cannot_exist_is_refused_beside_the_field(demo: Demo, pk: str) -> None:
    client = signed_in(demo, "owner")
    typed = "Called Siobhan O'Connor — she said 陈伟 would call back."
    response = client.post(
        "/interactions/new/",
        {
            "kind": "call",
            "occurred_on": "2026-01-05",
            "channel": "phone",
            "people": [str(demo.person.pk), pk],
            "summary": typed,
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["people"]
    assert typed in response.content.decode().replace("&#x27;", "'")
    assert not Interaction.objects.filter(summary=typed).exists()
