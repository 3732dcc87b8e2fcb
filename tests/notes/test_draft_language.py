"""The note's language in the editor: a draft can be written again in French (or back in
English), stays in that language when it is refreshed, and is checked in it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction

pytestmark = pytest.mark.django_db


@pytest.fixture
def message(client: Client, seeker: User, interview_with_two: Any) -> Interaction:
    client.force_login(seeker)
    person = interview_with_two.participants.first().person
    client.get(
        f"/messages/new/?kind=thank-you&interview={interview_with_two.pk}&person={person.pk}"
    )
    return Interaction.objects.get(people=person, state="draft")


def test_the_editor_redrafts_the_note_in_french_and_back(
    client: Client, message: Interaction
) -> None:
    url = f"/messages/{message.pk}/"
    assert message.body.startswith("Hi ")
    page = client.get(url).content.decode()
    assert 'name="lang"' in page and 'value="en" lang="en" selected' in page
    text = f"Subject: {message.subject}\n\n{message.body}"
    client.post(url, {"text": text, "regenerate": "1", "tone": "formal", "lang": "fr"})
    message.refresh_from_db()
    assert "Veuillez agréer" in message.body and "Thank" not in message.body
    page = client.get(url).content.decode()
    message.refresh_from_db()
    assert "Veuillez agréer" in message.body  # opening it again keeps it in French
    assert 'value="fr" lang="fr" selected' in page
    assert "things to fix" not in page or "0 things to fix" in page
    text = f"Subject: {message.subject}\n\n{message.body}"
    client.post(url, {"text": text, "regenerate": "1", "tone": "warm", "lang": "en"})
    message.refresh_from_db()
    assert message.body.startswith("Hi ")


def test_a_french_note_is_checked_in_french(client: Client, message: Interaction) -> None:
    url = f"/messages/{message.pk}/"
    text = "Subject: Merci\n\nBonjour,\n\nMerci pour la reunion d'hier.\n\nCordialement,\nZoë"
    page = client.post(url, {"text": text, "save": "1"}, follow=True).content.decode()
    assert "does not look right in French" in page  # advice in the reader's language
