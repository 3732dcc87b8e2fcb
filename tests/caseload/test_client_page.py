"""A client's page and messages, read-only for the counsellor: notes only when shared, a comment
on a draft only, and every visit written to the client's "who looked" log."""

from __future__ import annotations

from typing import Any

import pytest
from django.template import Context, Template
from django.test import Client
from django.utils import timezone

from followup.accounts.models import Sharing, User
from followup.caseload.models import AccessLog, DraftComment
from followup.interactions.models import Interaction

pytestmark = pytest.mark.django_db


def test_the_client_page_shows_records_and_keeps_private_notes_private_until_shared(
    client: Client, counsellor: User, seeker: User, sharing: Sharing, interview_with_two: Any
) -> None:
    client.force_login(counsellor)
    html = client.get(f"/clients/{seeker.pk}/").content.decode()
    assert "Quinte Health" in html and "Łukasz Kowalski" in html
    assert "Private interview notes are not shared." in html
    assert "my filing example" not in html and "the morning rush" not in html
    assert "the new scheduling system" not in html  # nor in the due items' wording

    sharing.share_notes = True
    sharing.save()
    html = client.get(f"/clients/{seeker.pk}/").content.decode()
    assert "my filing example" in html and "the morning rush" in html


def test_opening_the_client_page_or_a_message_is_logged_for_the_client(
    client: Client, counsellor: User, seeker: User, sharing: Sharing, draft: Interaction
) -> None:
    client.force_login(counsellor)
    client.get(f"/clients/{seeker.pk}/")
    client.get(f"/clients/{seeker.pk}/messages/{draft.pk}/")
    logged = list(AccessLog.objects.filter(client=seeker).order_by("at", "pk"))
    assert [(e.counsellor_name, e.what) for e in logged] == [
        ("Maya Thompson", "Your records"),
        ("Maya Thompson", "A message: Thank-you note"),
    ]
    assert logged[1].path == f"/clients/{seeker.pk}/messages/{draft.pk}/"


def test_the_client_page_links_each_message_to_its_read_only_page(
    client: Client, counsellor: User, seeker: User, sharing: Sharing, draft: Interaction
) -> None:
    client.force_login(counsellor)
    html = client.get(f"/clients/{seeker.pk}/").content.decode()
    assert f'href="/clients/{seeker.pk}/messages/{draft.pk}/"' in html
    message = client.get(f"/clients/{seeker.pk}/messages/{draft.pk}/").content.decode()
    assert "Dear Siobhan, thank you for your time." in message
    assert 'name="text"' in message  # the comment box, not an editor of the draft
    assert 'id="editor"' not in message


def test_a_message_is_titled_with_its_people_in_the_counsellors_language(
    client: Client, counsellor: User, seeker: User, sharing: Sharing, draft: Interaction
) -> None:
    client.force_login(counsellor)
    html = client.get(f"/clients/{seeker.pk}/").content.decode()
    assert "Thank-you note: Siobhan O&#x27;Connor</a>" in html
    counsellor.language = "fr"
    counsellor.save()
    html = client.get(f"/clients/{seeker.pk}/").content.decode()
    assert "Mot de remerciement\u00a0: Siobhan O&#x27;Connor</a>" in html


def test_a_counsellor_can_comment_on_a_draft(
    client: Client, counsellor: User, seeker: User, sharing: Sharing, draft: Interaction
) -> None:
    client.force_login(counsellor)
    url = f"/clients/{seeker.pk}/messages/{draft.pk}/"
    response = client.post(url, {"text": "Name the scheduling system you liked."})
    assert response.status_code == 302
    comment = DraftComment.objects.get()
    assert (comment.message, comment.author) == (draft, counsellor)
    assert "Name the scheduling system you liked." in client.get(url).content.decode()
    draft.refresh_from_db()
    assert draft.body == "Dear Siobhan, thank you for your time." and draft.state == "draft"


def test_an_empty_comment_is_refused_with_a_message(
    client: Client, counsellor: User, seeker: User, sharing: Sharing, draft: Interaction
) -> None:
    client.force_login(counsellor)
    response = client.post(f"/clients/{seeker.pk}/messages/{draft.pk}/", {"text": "  "})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not DraftComment.objects.exists()


def test_a_sent_message_cannot_be_commented_on(
    client: Client, counsellor: User, seeker: User, sharing: Sharing
) -> None:
    sent = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="sent",
        occurred_on=timezone.localdate(),
        body="Already sent",
    )
    client.force_login(counsellor)
    url = f"/clients/{seeker.pk}/messages/{sent.pk}/"
    html = client.get(url).content.decode()
    assert "Already sent" in html and 'name="text"' not in html
    assert client.post(url, {"text": "Too late"}).status_code == 403
    assert not DraftComment.objects.exists()


def test_the_job_seeker_sees_the_comment_through_the_editors_tag(
    counsellor: User, draft: Interaction
) -> None:
    DraftComment.objects.create(message=draft, author=counsellor, text="Mention your certificate.")
    html = Template("{% load caseload_tags %}{% draft_comments message %}").render(
        Context({"message": draft})
    )
    assert "Comments from your counsellor" in html
    assert "Maya Thompson" in html and "Mention your certificate." in html


def test_the_tag_shows_nothing_without_comments(draft: Interaction) -> None:
    html = Template("{% load caseload_tags %}{% draft_comments message %}").render(
        Context({"message": draft})
    )
    assert html.strip() == ""


def test_a_counsellor_can_set_the_weekly_goal_and_nothing_else(
    client: Client, counsellor: User, seeker: User, sharing: Sharing
) -> None:
    client.force_login(counsellor)
    client.post(f"/clients/{seeker.pk}/goal/", {"weekly_goal": "8"})
    seeker.refresh_from_db()
    assert seeker.weekly_goal == 8
    client.post(f"/clients/{seeker.pk}/goal/", {"weekly_goal": "0"})
    seeker.refresh_from_db()
    assert seeker.weekly_goal == 8
