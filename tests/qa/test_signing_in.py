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


def test_a_100000_character_email_gets_a_form_error(demo: Demo) -> None:
    response = Client().post("/login/", {"username": "a" * 100_000, "password": "x"})
    assert response.status_code == 200
    assert "longer than any email address" in response.content.decode()


def _fail(client: Client, email: str, times: int) -> None:
    for _ in range(times):
        response = client.post("/login/", {"username": email, "password": "a wrong guess"})
        assert response.status_code == 200


def test_after_ten_wrong_passwords_even_the_right_one_waits_a_quarter_hour(demo: Demo) -> None:
    import time_machine

    from followup.accounts.throttle import PER_ACCOUNT

    with time_machine.travel("2026-12-31 23:50 -05:00", tick=False):
        for address in range(PER_ACCOUNT):  # from many addresses: the account's own limit
            _fail(Client(REMOTE_ADDR=f"203.0.113.{address}"), "zoe@example.org", 1)
        client = Client(REMOTE_ADDR="198.51.100.7")
        response = client.post(
            "/login/", {"username": "Zoe@example.org", "password": "demo-seeker-pass"}
        )
        assert response.status_code == 200
        assert "Too many failed attempts" in response.content.decode()
    with time_machine.travel("2027-01-01 00:06 -05:00", tick=False):
        response = client.post(
            "/login/", {"username": "zoe@example.org", "password": "demo-seeker-pass"}
        )
        assert response.status_code == 302


def test_one_address_guessing_many_accounts_is_stopped(demo: Demo) -> None:
    from followup.accounts.throttle import PER_ADDRESS

    client = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(PER_ADDRESS):
        _fail(client, f"someone{n}@example.org", 1)
    response = client.post(
        "/login/", {"username": "zoe@example.org", "password": "demo-seeker-pass"}
    )
    assert "Too many failed attempts" in response.content.decode()
    other = Client(REMOTE_ADDR="198.51.100.7")  # the person herself, elsewhere, is not locked out
    response = other.post(
        "/login/", {"username": "zoe@example.org", "password": "demo-seeker-pass"}
    )
    assert response.status_code == 302


def test_a_success_clears_the_accounts_count(demo: Demo) -> None:
    from followup.accounts.throttle import PER_ACCOUNT

    client = Client()
    _fail(client, "zoe@example.org", PER_ACCOUNT - 1)
    good = {"username": "zoe@example.org", "password": "demo-seeker-pass"}
    assert client.post("/login/", good).status_code == 302
    client.logout()
    _fail(client, "zoe@example.org", PER_ACCOUNT - 1)
    assert client.post("/login/", good).status_code == 302


def test_the_admins_sign_in_page_has_the_same_limits(demo: Demo) -> None:
    from followup.accounts.throttle import PER_ACCOUNT

    client = Client()
    response = client.post("/admin/login/", {"username": "a" * 100_000, "password": "x"})
    assert response.status_code == 200
    assert "longer than any email address" in response.content.decode()
    for _ in range(PER_ACCOUNT):
        client.post("/admin/login/", {"username": "admin@example.org", "password": "wrong"})
    response = client.post(
        "/admin/login/", {"username": "admin@example.org", "password": "demo-admin-pass"}
    )
    assert "Too many failed attempts" in response.content.decode()
