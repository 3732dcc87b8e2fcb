"""Deleting one's account: a confirmation first, then every record goes, and counsellors lose
access at once."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from followup.accounts.models import Sharing, User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Employer, Interview, Participant, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(seeker: Any, counsellor: Any, interview_with_two: Any) -> Any:
    Sharing.objects.create(client=seeker, counsellor=counsellor, consented_at=timezone.now())
    Interaction.objects.create(
        owner=seeker, kind="call", state="done", channel="phone", occurred_on=timezone.localdate()
    )
    return seeker


def test_it_asks_for_the_accounts_email_and_deletes_nothing_without_it(
    client: Client, shared: Any
) -> None:
    client.force_login(shared)
    page = client.get(reverse("delete_account")).content.decode()
    assert "Type your email address to confirm" in page
    response = client.post(reverse("delete_account"), {"email": "someone@example.org"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "That is not the email address of this account. Nothing was deleted." in body
    assert 'value="someone@example.org"' in body
    assert User.objects.filter(pk=shared.pk).exists()
    assert Application.objects.filter(owner=shared).exists()


def test_confirming_deletes_the_account_and_every_record_and_signs_out(
    client: Client, shared: Any, other_seeker: Any
) -> None:
    Application.objects.create(
        owner=other_seeker, employer=Employer.objects.create(owner=other_seeker, name="X"), role="Y"
    )
    client.force_login(shared)
    response = client.post(reverse("delete_account"), {"email": "  ZOE@example.org "})
    assert response.status_code == 302
    assert response["Location"] == reverse("login")
    assert not User.objects.filter(email="zoe@example.org").exists()
    for model in (Employer, Person, Application, Interaction):
        assert not model.objects.exclude(owner=other_seeker).exists(), model
    assert not Interview.objects.exists() and not Participant.objects.exists()
    assert Application.objects.filter(owner=other_seeker).count() == 1
    assert client.get(reverse("applications")).status_code == 302


def test_the_counsellor_loses_access_at_once(client: Client, shared: Any, counsellor: Any) -> None:
    watcher = Client()
    watcher.force_login(counsellor)
    client_page = reverse("client", args=[shared.pk])
    assert watcher.get(client_page).status_code == 200
    client.force_login(shared)
    client.post(reverse("delete_account"), {"email": shared.email})
    assert watcher.get(client_page).status_code == 404
    assert not Sharing.objects.exists()


def test_a_counsellor_cannot_delete_their_account_here(client: Client, counsellor: Any) -> None:
    client.force_login(counsellor)
    response = client.post(reverse("delete_account"), {"email": counsellor.email})
    assert response.status_code == 403
    assert User.objects.filter(pk=counsellor.pk).exists()


def test_the_account_page_leads_to_the_records_pages(client: Client, seeker: Any) -> None:
    client.force_login(seeker)
    assert reverse("records") in client.get(reverse("account")).content.decode()
    hub = client.get(reverse("records")).content.decode()
    for name in ("job_record", "records_import", "records_export", "delete_account"):
        assert reverse(name) in hub
