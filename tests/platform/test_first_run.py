"""First visit: the setup page creates the first account; later visitors sign in or register."""

from __future__ import annotations

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.organisation.models import Organisation

pytestmark = pytest.mark.django_db


def test_an_empty_install_sends_every_page_to_setup(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/setup/"


def test_setup_creates_an_administrator_and_names_the_organisation(client: Client) -> None:
    response = client.post(
        "/setup/",
        {
            "name": "Dana Whitfield",
            "email": "Dana@Example.org",
            "password": "a long enough passphrase",
            "use": "organisation",
            "organisation_name": "Quinte Employment Services",
        },
    )
    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == "dana@example.org"
    assert user.role == "admin" and user.is_staff
    assert Organisation.current().name == "Quinte Employment Services"


def test_setup_for_a_person_alone_makes_a_job_seeker_who_lands_on_today(client: Client) -> None:
    response = client.post(
        "/setup/",
        {
            "name": "Zoë Lefebvre",
            "email": "zoe@example.org",
            "password": "a long passphrase 42",
            "use": "alone",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/"
    assert "Today" in response.content.decode()
    assert User.objects.get().role == "job-seeker"


def test_setup_keeps_what_was_typed_and_explains_a_weak_password(client: Client) -> None:
    response = client.post(
        "/setup/",
        {
            "name": "Łukasz Kowalski",
            "email": "lukasz@example.org",
            "password": "123",
            "use": "alone",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Łukasz Kowalski"' in html
    assert "too short" in html
    assert not User.objects.exists()


def test_setup_is_closed_once_an_account_exists(client: Client, seeker: User) -> None:
    response = client.get("/setup/")
    assert response.status_code == 302 and response["Location"] == "/login/"


def test_a_job_seeker_can_register_when_the_organisation_allows_it(
    client: Client, seeker: User
) -> None:
    response = client.post(
        "/register/",
        {"name": "陈伟", "email": "chen@example.org", "password": "another long passphrase"},
    )
    assert response.status_code == 302
    assert User.objects.get(email="chen@example.org").name == "陈伟"


def test_registration_by_invitation_only_refuses_strangers_and_accepts_the_invited(
    client: Client, seeker: User, counsellor: User
) -> None:
    org = Organisation.current()
    org.self_registration = False
    org.save()
    assert client.get("/register/").status_code == 403

    client.force_login(counsellor)
    client.post("/invite/", {"email": "new@example.org"})
    token = counsellor.invitations.get().token
    client.logout()

    response = client.post(
        f"/register/?invite={token}",
        {
            "name": "New Client",
            "email": "new@example.org",
            "password": "yet another passphrase",
            "invite": token,
        },
    )
    assert response.status_code == 302
    new = User.objects.get(email="new@example.org")
    sharing = new.sharings.get()
    assert sharing.counsellor == counsellor
    assert not sharing.consented  # assigned, but nothing is shared until the client agrees


def test_the_help_page_and_footer_show_the_agency(client: Client, seeker: User) -> None:
    html = client.get("/help/").content.decode()
    assert "Belleville Office" in html
    assert "Unit 8, 161 Bridge Street W." in html
    assert "Marmora Office" in html and "By appointment only" in html
    assert "613-966-9069" in html and "1-888-401-9636" in html and "613-966-7357" in html


def test_password_reset_sends_a_link_by_email(
    client: Client, seeker: User, mailoutbox: list
) -> None:
    response = client.post("/password/reset/", {"email": "zoe@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    assert "/password/reset/" in mailoutbox[0].body
    assert mailoutbox[0].to == ["zoe@example.org"]


def test_password_reset_goes_out_over_real_smtp(client: Client, seeker: User, mail: object) -> None:
    client.post("/password/reset/", {"email": "zoe@example.org"})
    [email] = mail.messages  # type: ignore[attr-defined]
    assert email["To"] == "zoe@example.org"
    link = next(line for line in email.get_content().splitlines() if "/password/reset/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path, follow=True)
    assert "Choose a new password" in response.content.decode()
