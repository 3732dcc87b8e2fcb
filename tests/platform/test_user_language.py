"""Each account has a language: the browser's at registration, changeable under Account and
with `followup createuser --language`; once signed in, the account's language wins over the
browser's, and new drafts are written in it."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction

pytestmark = pytest.mark.django_db
PASSWORD = "another long passphrase"


@pytest.mark.parametrize(("browser", "language"), [("fr-CA,fr;q=0.9", "fr"), ("en-CA", "en")])
def test_registration_takes_the_browsers_language(
    client: Client, seeker: User, browser: str, language: str
) -> None:
    form = {"name": "Léa Roy", "email": "lea@example.org", "password": PASSWORD}
    response = client.post("/register/", form, HTTP_ACCEPT_LANGUAGE=browser)
    assert response.status_code == 302
    assert User.objects.get(email="lea@example.org").language == language


def test_the_language_chosen_at_registration_wins_over_the_browser(
    client: Client, seeker: User
) -> None:
    form = {"name": "Léa Roy", "email": "lea@example.org", "password": PASSWORD, "language": "en"}
    client.post("/register/", form, HTTP_ACCEPT_LANGUAGE="fr-CA")
    assert User.objects.get(email="lea@example.org").language == "en"


def test_the_account_language_wins_once_signed_in_and_can_be_changed(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    page = client.get("/account/", HTTP_ACCEPT_LANGUAGE="fr-CA").content.decode()
    assert '<html lang="en-CA">' in page and 'name="language"' in page
    form = {
        "name": seeker.name,
        "email": seeker.email,
        "time_zone": "America/Toronto",
        "language": "fr",
    }
    assert client.post("/account/", form).status_code == 302
    seeker.refresh_from_db()
    assert seeker.language == "fr"
    page = client.get("/account/", HTTP_ACCEPT_LANGUAGE="en-CA").content.decode()
    assert '<html lang="fr-CA">' in page


def test_an_account_form_without_the_language_keeps_it(client: Client, seeker: User) -> None:
    seeker.language = "fr"
    seeker.save()
    client.force_login(seeker)
    form = {"name": "Zoë L.", "email": seeker.email, "time_zone": "America/Toronto"}
    assert client.post("/account/", form).status_code == 302
    seeker.refresh_from_db()
    assert seeker.language == "fr" and seeker.name == "Zoë L."


def test_createuser_takes_a_language(monkeypatch: Any) -> None:
    monkeypatch.setenv("FOLLOWUP_PASSWORD", PASSWORD)
    args = ["--email", "lea@example.org", "--name", "Léa Roy", "--language", "fr"]
    call_command("createuser", *args, stdout=StringIO())
    assert User.objects.get().language == "fr"


def test_a_french_users_new_drafts_are_in_french(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    seeker.language = "fr"
    seeker.save()
    client.force_login(seeker)
    person = interview_with_two.participants.first().person
    client.get(
        f"/messages/new/?kind=thank-you&interview={interview_with_two.pk}&person={person.pk}"
    )
    message = Interaction.objects.get(people=person, state="draft")
    assert message.body.startswith("Bonjour ") and "Au plaisir," in message.body
