"""Without "share my notes", a counsellor reads a client's draft without the sentences its
private notes went into; with it, the whole draft."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from followup.accounts.models import Sharing, User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview
from followup.lib.redaction import note_words, sentences
from followup.notes.drafts import draft_for

pytestmark = pytest.mark.django_db

NOTES = ("scheduling system", "first-aid certificate", "morning rush")


@pytest.fixture
def generated_draft(seeker: User, interview_with_two: Interview) -> Interaction:
    """A thank-you to Siobhan drafted from the interview's private notes, as the editor does."""
    participant = interview_with_two.participants.select_related("person").first()
    assert participant is not None
    message = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="draft",
        occurred_on=timezone.localdate(),
        interview=interview_with_two,
        application=interview_with_two.application,
    )
    message.people.add(participant.person)
    participant.notes = "Siobhan showed me the new scheduling system"
    participant.save()
    written = draft_for(message, seeker)
    message.subject, message.body = written.subject, written.body
    message.save()
    assert "scheduling system" in message.body and "first-aid certificate" in message.body
    return message


def _page(counsellor: User, message: Interaction) -> str:
    client = Client()
    client.force_login(counsellor)
    response = client.get(f"/clients/{message.owner_id}/messages/{message.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_draft_shows_no_private_note_to_a_counsellor_the_notes_were_not_shared_with(
    counsellor: User, generated_draft: Interaction
) -> None:
    Sharing.objects.create(
        client=generated_draft.owner, counsellor=counsellor, consented_at=timezone.now()
    )
    page = _page(counsellor, generated_draft)
    assert not [note for note in NOTES if note in page]
    assert "Siobhan" in page  # the greeting, her name, is no note
    assert "has not shared their private interview notes" in page


def test_the_whole_draft_once_the_client_shares_their_notes(
    counsellor: User, generated_draft: Interaction
) -> None:
    Sharing.objects.create(
        client=generated_draft.owner,
        counsellor=counsellor,
        consented_at=timezone.now(),
        share_notes=True,
    )
    page = _page(counsellor, generated_draft)
    assert "scheduling system" in page and "first-aid certificate" in page


def test_a_note_rephrased_by_the_drafting_is_still_recognised() -> None:
    words = note_words(["Priya stopped by and arranged the tour"], known=["Priya Sharma"])
    text = "Hi Priya,\nThank you for arranging the tour of the plant. See you soon."
    hidden = [s.text for p in sentences(text, words) for s in p if s.private]
    assert hidden == ["Thank you for arranging the tour of the plant."]


def test_names_and_common_words_of_a_note_hide_nothing() -> None:
    words = note_words(["We talked about what Quinte Health does"], known=["Quinte Health"])
    text = "Thank you for telling me about what Quinte Health does."
    assert not any(s.private for p in sentences(text, words) for s in p)
