"""Administrators manage accounts, offices, assignments and settings in Django's admin."""

from __future__ import annotations

import pytest
from django.test import Client

from followup.accounts.models import Sharing, User
from followup.organisation.models import Office, Organisation

pytestmark = pytest.mark.django_db


def test_every_admin_page_an_administrator_uses_opens(
    client: Client, admin_user: User, seeker: User
) -> None:
    client.force_login(admin_user)
    org = Organisation.current()
    for url in [
        "/admin/",
        "/admin/accounts/user/",
        "/admin/accounts/user/add/",
        f"/admin/accounts/user/{seeker.pk}/change/",
        "/admin/accounts/sharing/add/",
        "/admin/accounts/invitation/",
        f"/admin/organisation/organisation/{org.pk}/change/",
    ]:
        assert client.get(url).status_code == 200, url


def test_an_administrator_assigns_a_client_but_cannot_consent_for_them(
    client: Client, admin_user: User, seeker: User, counsellor: User
) -> None:
    client.force_login(admin_user)
    response = client.post(
        "/admin/accounts/sharing/add/",
        {
            "client": seeker.pk,
            "counsellor": counsellor.pk,
            "assigned_at_0": "2026-11-20",
            "assigned_at_1": "10:00:00",
            "consented_at": "2026-11-20 10:00",
            "share_notes": "on",
        },
    )
    assert response.status_code == 302
    sharing = Sharing.objects.get()
    assert sharing.consented_at is None and not sharing.share_notes


def test_the_agencys_offices_are_seeded_as_data(client: Client, admin_user: User) -> None:
    marmora = Office.objects.get(name="Marmora Office")
    assert marmora.by_appointment_only
    assert Office.objects.filter(name="Belleville Office", address__contains="K8P 1K2").exists()


def test_job_seekers_cannot_open_the_admin(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    assert client.get("/admin/").status_code == 302


def test_an_account_with_applications_can_be_deleted(
    client: Client, admin_user: User, seeker: User, interview_with_two: object
) -> None:
    client.force_login(admin_user)
    response = client.post(f"/admin/accounts/user/{seeker.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=seeker.pk).exists()
