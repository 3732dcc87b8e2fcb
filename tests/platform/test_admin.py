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


# Consent belongs to one (client, counsellor) pair, and passwords to their holders.


def _consented(seeker: User, counsellor: User) -> Sharing:
    from django.utils import timezone

    return Sharing.objects.create(
        client=seeker, counsellor=counsellor, consented_at=timezone.now(), share_notes=True
    )


def test_an_assignments_client_and_counsellor_cannot_be_changed_in_the_admin(
    client: Client, admin_user: User, seeker: User, counsellor: User, make_user: object
) -> None:
    sharing = _consented(seeker, counsellor)
    other = make_user("sam@example.org", "Sam Other", role="counsellor")  # type: ignore[operator]
    client.force_login(admin_user)
    page = client.get(f"/admin/accounts/sharing/{sharing.pk}/change/")
    assert b'name="counsellor"' not in page.content and b'name="client"' not in page.content
    client.post(
        f"/admin/accounts/sharing/{sharing.pk}/change/",
        {
            "client": seeker.pk,
            "counsellor": other.pk,
            "assigned_at_0": "2026-11-20",
            "assigned_at_1": "10:00:00",
        },
    )
    sharing.refresh_from_db()
    assert (sharing.client, sharing.counsellor) == (seeker, counsellor)
    assert sharing.consented and sharing.share_notes


def test_an_assignment_moved_to_another_counsellor_starts_without_consent(
    seeker: User, counsellor: User, admin_user: User
) -> None:
    sharing = _consented(seeker, counsellor)
    admin_user.role = "counsellor"
    admin_user.save()
    sharing.counsellor = admin_user
    sharing.save()
    sharing.refresh_from_db()
    assert sharing.consented_at is None and not sharing.share_notes


def test_the_counsellor_of_an_existing_assignment_is_read_only_on_the_clients_page(
    client: Client, admin_user: User, seeker: User, counsellor: User
) -> None:
    sharing = _consented(seeker, counsellor)
    admin_user.role = "counsellor"
    admin_user.save()
    client.force_login(admin_user)
    data = {
        "name": seeker.name,
        "role": "job-seeker",
        "is_active": "on",
        "sharings-TOTAL_FORMS": "1",
        "sharings-INITIAL_FORMS": "1",
        "sharings-0-id": sharing.pk,
        "sharings-0-client": seeker.pk,
        "sharings-0-counsellor": admin_user.pk,
        "sharings-2-TOTAL_FORMS": "0",
        "sharings-2-INITIAL_FORMS": "0",
    }
    response = client.post(f"/admin/accounts/user/{seeker.pk}/change/", data)
    assert response.status_code == 302
    sharing.refresh_from_db()
    assert sharing.counsellor == counsellor and sharing.consented


def test_an_administrator_made_a_counsellor_of_a_client_sees_nothing_without_consent(
    client: Client, admin_user: User, seeker: User, interview_with_two: object
) -> None:
    admin_user.role = "counsellor"
    admin_user.save()
    client.force_login(admin_user)
    client.post(
        "/admin/accounts/sharing/add/",
        {
            "client": seeker.pk,
            "counsellor": admin_user.pk,
            "assigned_at_0": "2026-11-20",
            "assigned_at_1": "10:00:00",
        },
    )
    sharing = Sharing.objects.get(client=seeker)
    assert sharing.consented_at is None
    assert client.get(f"/clients/{seeker.pk}/").status_code == 404
    sharing.consented_at = sharing.assigned_at  # the client agrees, on their own page
    sharing.save()
    assert client.get(f"/clients/{seeker.pk}/").status_code == 200


def test_a_new_role_does_not_carry_the_consent_given_to_the_old_one(
    seeker: User, counsellor: User
) -> None:
    _consented(seeker, counsellor)
    counsellor.role = "admin"
    counsellor.save()
    counsellor.role = "counsellor"
    counsellor.save()
    assert not Sharing.objects.get().consented


def test_an_administrator_cannot_set_or_change_a_job_seekers_password_or_email(
    client: Client, admin_user: User, seeker: User
) -> None:
    client.force_login(admin_user)
    page = client.get(f"/admin/accounts/user/{seeker.pk}/change/")
    assert b"password/" not in page.content and b'name="email"' not in page.content
    response = client.post(
        f"/admin/accounts/user/{seeker.pk}/password/",
        {"password1": "admin knows 1234", "password2": "admin knows 1234"},
    )
    assert response.status_code == 403
    seeker.refresh_from_db()
    assert not seeker.check_password("admin knows 1234")
    assert seeker.check_password("correct horse battery")


def test_an_administrator_sends_a_password_reset_link_instead(
    client: Client, admin_user: User, seeker: User, mail: object
) -> None:
    client.force_login(admin_user)
    response = client.post(
        "/admin/accounts/user/",
        {"action": "send_password_links", "_selected_action": [seeker.pk]},
        follow=True,
    )
    assert "1 account was sent a link" in response.content.decode()
    (message,) = mail.to("zoe@example.org")  # type: ignore[attr-defined]
    assert "/password/reset/" in message.get_content()
    assert seeker.check_password("correct horse battery")  # unchanged until they choose


def test_a_new_account_chooses_its_own_password_from_an_emailed_link(
    client: Client, admin_user: User, mail: object
) -> None:
    client.force_login(admin_user)
    response = client.post(
        "/admin/accounts/user/add/",
        {
            "email": "New@Example.org",
            "name": "New Person",
            "role": "job-seeker",
            "password1": "admin knows 1234",
            "password2": "admin knows 1234",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="new@example.org")
    assert not user.check_password("admin knows 1234")
    (message,) = mail.to("new@example.org")  # type: ignore[attr-defined]
    assert "choose your password" in message.get_content().lower()


def test_the_admin_names_its_sections_in_french_for_a_french_administrator(
    client: Client, admin_user: User
) -> None:
    admin_user.language = "fr"
    admin_user.save()
    client.force_login(admin_user)
    html = client.get("/admin/").content.decode()
    assert 'class="section" title="Modèles de l’application Comptes">Comptes</a>' in html
    assert ">Organisme</a>" in html
    assert ">Accounts<" not in html
