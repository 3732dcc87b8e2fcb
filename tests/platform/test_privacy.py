"""Each record is visible only to its owner and to the counsellors the owner shares with."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import resolve
from django.utils import timezone

from followup.accounts.models import Sharing, User
from followup.interactions.models import Interaction

pytestmark = pytest.mark.django_db


@pytest.fixture
def record_urls(interview_with_two: Any, seeker: User) -> list[str]:
    interview = interview_with_two
    person = interview.participants.first().person
    message = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="draft",
        occurred_on=timezone.localdate(),
        interview=interview,
        body="Private words",
    )
    return [
        f"/applications/{interview.application_id}/",
        f"/applications/{interview.application_id}/edit/",
        f"/applications/{interview.application_id}/interviews/new/",
        f"/interviews/{interview.pk}/",
        f"/interviews/{interview.pk}/edit/",
        f"/people/{person.pk}/",
        f"/people/{person.pk}/edit/",
        f"/messages/{message.pk}/",
        f"/messages/{message.pk}/email.eml",
        f"/messages/new/?kind=thank-you&interview={interview.pk}",
        f"/interactions/new/?person={person.pk}",
    ]


def test_the_owner_can_open_every_record(
    client: Client, seeker: User, record_urls: list[str]
) -> None:
    client.force_login(seeker)
    for url in record_urls:
        response = client.get(url)
        if url.startswith("/messages/new/"):
            # Writing a message opens the owner's own draft of it.
            assert response.status_code == 302, url
            target = resolve(response["Location"])
            assert target.url_name == "message", url
            assert Interaction.objects.get(pk=target.kwargs["pk"]).owner == seeker, url
        else:
            assert response.status_code == 200, url


def test_another_job_seeker_gets_404_on_every_record(
    client: Client, other_seeker: User, record_urls: list[str]
) -> None:
    client.force_login(other_seeker)
    for url in record_urls:
        assert client.get(url).status_code == 404, url


def test_another_job_seeker_cannot_change_a_record_by_posting(
    client: Client, other_seeker: User, interview_with_two: Any
) -> None:
    client.force_login(other_seeker)
    url = f"/applications/{interview_with_two.application_id}/status/"
    assert client.post(url, {"status": "withdrawn"}).status_code == 404
    interview_with_two.application.refresh_from_db()
    assert interview_with_two.application.status == "interviewing"


def test_lists_show_only_ones_own_records(
    client: Client, other_seeker: User, interview_with_two: Any
) -> None:
    client.force_login(other_seeker)
    assert "Quinte Health" not in client.get("/applications/").content.decode()
    assert "Siobhan" not in client.get("/people/").content.decode()
    assert "Siobhan" not in client.get("/").content.decode()


def test_a_counsellor_sees_a_client_only_when_assigned_and_consented(
    client: Client, counsellor: User, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(counsellor)
    url = f"/clients/{seeker.pk}/"
    assert client.get(url).status_code == 404  # not assigned

    sharing = Sharing.objects.create(client=seeker, counsellor=counsellor)
    assert client.get(url).status_code == 404  # assigned, no consent yet
    assert seeker.name not in client.get("/clients/").content.decode()

    sharing.consented_at = timezone.now()
    sharing.save()
    html = client.get(url).content.decode()
    assert "Quinte Health" in html and "Siobhan O&#x27;Connor" in html
    assert "my filing example" not in html  # private notes stay private without "share my notes"

    sharing.share_notes = True
    sharing.save()
    assert "my filing example" in client.get(url).content.decode()


def test_withdrawing_consent_takes_effect_at_once(
    client: Client, counsellor: User, seeker: User, interview_with_two: Any
) -> None:
    sharing = Sharing.objects.create(
        client=seeker, counsellor=counsellor, consented_at=timezone.now()
    )
    counsellor_client = Client()
    counsellor_client.force_login(counsellor)
    assert counsellor_client.get(f"/clients/{seeker.pk}/").status_code == 200

    client.force_login(seeker)
    page = client.get("/account/").content.decode()
    assert "Maya Thompson" in page and "Can see your records" in page
    client.post(f"/account/sharing/{sharing.pk}/", {})  # consent box unticked

    assert counsellor_client.get(f"/clients/{seeker.pk}/").status_code == 404


def test_a_counsellor_cannot_open_a_clients_records_by_their_own_urls(
    client: Client, counsellor: User, seeker: User, interview_with_two: Any
) -> None:
    Sharing.objects.create(client=seeker, counsellor=counsellor, consented_at=timezone.now())
    client.force_login(counsellor)
    assert client.get(f"/interviews/{interview_with_two.pk}/").status_code == 404


def test_an_administrator_cannot_read_notes_or_messages(
    client: Client, admin_user: User, seeker: User, interview_with_two: Any
) -> None:
    Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="sent",
        occurred_on=timezone.localdate(),
        body="Private words",
    )
    client.force_login(admin_user)
    index = client.get("/admin/").content.decode()
    assert "Interactions" not in index and "Interviews" not in index and "Applications" not in index
    for url in ["/admin/interactions/interaction/", "/admin/jobsearch/interview/"]:
        assert client.get(url).status_code == 404
    assert client.get(f"/interviews/{interview_with_two.pk}/").status_code == 404
    user_page = client.get(f"/admin/accounts/user/{seeker.pk}/change/").content.decode()
    assert "Private words" not in user_page and "my filing example" not in user_page


def test_every_form_page_carries_a_csrf_token_and_a_security_policy(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    response = client.get("/interviews/new/")
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert "default-src 'self'" in response["Content-Security-Policy"]
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(seeker)
    assert (
        csrf_client.post("/applications/new/", {"employer_name": "X", "role": "Y"}).status_code
        == 403
    )
