"""An administrator adding or editing an account: one account per mailbox, whatever the
capitals typed."""

from __future__ import annotations

from typing import Any

import pytest

from followup.accounts.models import User
from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery 1"


def _add(demo: Demo, email: str) -> Any:
    return signed_in(demo, "administrator").post(
        "/admin/accounts/user/add/",
        {
            "email": email,
            "name": "Zoë Lefebvre",
            "role": "job-seeker",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "usable_password": "true",
            "sharings-TOTAL_FORMS": "0",
            "sharings-INITIAL_FORMS": "0",
        },
    )


def test_an_existing_email_in_other_capitals_is_refused(demo: Demo) -> None:
    response = _add(demo, "Zoe@Example.org")
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors == {"email": ["An account with this email already exists."]}
    assert User.objects.filter(email__iexact="zoe@example.org").count() == 1


def test_a_new_email_is_stored_in_lower_case(demo: Demo) -> None:
    response = _add(demo, " New.Person@Example.org ")
    assert response.status_code == 302
    assert User.objects.filter(email="new.person@example.org").exists()


def test_an_accounts_email_is_its_holders_not_the_administrators(demo: Demo) -> None:
    """Else an administrator could put their own address in and send themselves the account's
    password link. The holder changes it on their Account page."""
    client = signed_in(demo, "administrator")
    path = f"/admin/accounts/user/{demo.other_seeker.pk}/change/"
    data = {
        "email": "admin-mailbox@example.org",
        "name": demo.other_seeker.name,
        "role": "job-seeker",
        "is_active": "on",
        "sharings-TOTAL_FORMS": "0",
        "sharings-INITIAL_FORMS": "0",
        "sharings-2-TOTAL_FORMS": "0",
        "sharings-2-INITIAL_FORMS": "0",
    }
    response = client.post(path, data)
    assert response.status_code == 302
    demo.other_seeker.refresh_from_db()
    assert demo.other_seeker.email == "lukasz@example.org"
