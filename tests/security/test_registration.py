"""Registering: an invitation registers only the address it was sent to, and a password like
the person's own name is refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import Invitation, User
from followup.organisation.models import Organisation

pytestmark = pytest.mark.django_db


def _register(token: str, email: str, password: str = "yet another passphrase") -> Any:
    return Client().post(
        f"/register/?invite={token}",
        {"name": "New Client", "email": email, "password": password, "invite": token},
    )


def test_an_invitation_link_registers_only_the_invited_email(counsellor: User) -> None:
    Organisation.objects.update(self_registration=False)
    invitation = Invitation.objects.create(counsellor=counsellor, email="new@example.org")
    response = _register(invitation.token, "someone.else@example.org")
    assert response.status_code == 302
    assert not User.objects.filter(email="someone.else@example.org").exists()
    assert User.objects.get(email="new@example.org").sharings.get().counsellor == counsellor


def test_the_invited_email_is_shown_and_cannot_be_edited(counsellor: User) -> None:
    invitation = Invitation.objects.create(counsellor=counsellor, email="new@example.org")
    html = Client().get(f"/register/?invite={invitation.token}").content.decode()
    assert 'value="new@example.org"' in html and "disabled" in html


@pytest.mark.parametrize("password", ["Lefebvre2026", "zoe.lefebvre!"])
def test_a_password_like_the_name_is_refused(password: str, seeker: User) -> None:
    response = Client().post(
        "/register/", {"name": "Zoë Lefebvre", "email": "zl@example.org", "password": password}
    )
    assert response.status_code == 200
    assert "too similar" in response.content.decode()
    assert not User.objects.filter(email="zl@example.org").exists()
