"""The editor's advice is written in the reader's language, whatever the note's: a French user
checking an English note reads French advice, an English user checking a French note reads
English advice."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction

pytestmark = pytest.mark.django_db

ENGLISH_NOTE = (
    "Subject: Thank you\n\nDear Marie,\n\nThank you for the meeting yesterday. I still have not "
    "heard back about the recieve desk.\n\nBest regards,\nSam"
)
FRENCH_NOTE = "Subject: Merci\n\nBonjour,\n\nMerci pour la reunion d'hier.\n\nCordialement,\nSam"


@pytest.fixture
def message(client: Client, seeker: User, interview_with_two: Any) -> Interaction:
    client.force_login(seeker)
    person = interview_with_two.participants.first().person
    client.get(
        f"/messages/new/?kind=thank-you&interview={interview_with_two.pk}&person={person.pk}"
    )
    return Interaction.objects.get(people=person, state="draft")


def findings_shown(client: Client, message: Interaction, text: str) -> str:
    response = client.post(f"/messages/{message.pk}/check/", {"text": text})
    assert response.status_code == 200
    return response.content.decode()


def test_a_french_user_reads_french_advice_on_an_english_note(
    client: Client, seeker: User, message: Interaction
) -> None:
    seeker.language = "fr"
    seeker.save()
    page = findings_shown(client, message, ENGLISH_NOTE)
    assert "souligne le silence" in page  # the "still not heard back" finding
    assert "semble mal orthographié" in page  # "recieve", an English spelling slip
    assert "counts your past messages" not in page and "misspelled" not in page


def test_an_english_user_reads_english_advice_on_a_french_note(
    client: Client, seeker: User, message: Interaction
) -> None:
    seeker.language = "en"
    seeker.save()
    page = findings_shown(client, message, FRENCH_NOTE)
    assert "does not look right in French" in page
    assert "orthographié" not in page


def test_each_finding_is_labelled_in_the_readers_language(
    client: Client, seeker: User, message: Interaction
) -> None:
    page = findings_shown(client, message, ENGLISH_NOTE)
    assert "<strong>Fix:</strong>" in page and "<strong>Advice:</strong>" in page
    seeker.language = "fr"
    seeker.save()
    page = findings_shown(client, message, ENGLISH_NOTE)
    assert "<strong>À corriger\u00a0:</strong>" in page
    assert "<strong>Conseil\u00a0:</strong>" in page
