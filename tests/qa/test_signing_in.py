"""Signing in with the email typed as people type it on a phone."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.qa.conftest import Demo

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed", ["zoe@example.org", "Zoe@example.org", "ZOE@EXAMPLE.ORG", " Zoe@Example.org "]
)
def test_the_email_signs_in_whatever_its_capitals(demo: Demo, typed: str) -> None:
    client = Client()
    response = client.post("/login/", {"username": typed, "password": "demo-seeker-pass"})
    assert response.status_code == 302
    assert client.get("/").context["user"] == demo.owner


def test_a_wrong_password_is_still_refused(demo: Demo) -> None:
    response = Client().post("/login/", {"username": "Zoe@example.org", "password": "guess"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_an_unknown_email_is_refused(demo: Demo) -> None:
    response = Client().post("/login/", {"username": "nobody@example.org", "password": "x"})
    assert response.status_code == 200
    assert response.context["form"].errors
