"""Links anyone can open without signing in, mangled on the way (a NUL byte, stray characters):
the page for a link that does not work, never a server error (PostgreSQL refuses a NUL)."""

from __future__ import annotations

import pytest
from django.test import Client

from followup.accounts.models import Invitation
from tests.qa.conftest import Demo

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("token", ["a\x00b", "\x00", "x" * 10_000])
def test_a_mangled_invitation_opens_the_page_as_without_one(demo: Demo, token: str) -> None:
    Invitation.objects.create(counsellor=demo.counsellor, email="new@example.org")
    plain = Client().get("/register/")
    for response in (
        Client().get("/register/", {"invite": token}),
        Client().post("/register/", {"invite": token}),
    ):
        assert response.status_code == plain.status_code
        assert "invited you" not in response.content.decode()


def test_a_real_invitation_still_names_the_counsellor(demo: Demo) -> None:
    invitation = Invitation.objects.create(counsellor=demo.counsellor, email="new@example.org")
    response = Client().get("/register/", {"invite": invitation.token})
    assert response.status_code == 200
    assert "Maya Thompson invited you" in response.content.decode()


@pytest.mark.parametrize("path", ["a%00b", "%00", "a%20b", "%C3%A9t%C3%A9", "x" * 5000])
def test_a_mangled_calendar_link_is_not_found(demo: Demo, path: str) -> None:
    assert Client().get(f"/calendar/{path}.ics").status_code == 404


def test_the_real_calendar_link_still_works(demo: Demo) -> None:
    response = Client().get(f"/calendar/{demo.feed_token}.ics")
    assert response.status_code == 200
    assert response.content.startswith(b"BEGIN:VCALENDAR")
