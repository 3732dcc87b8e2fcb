"""No dead ends for a person on their own: change the password while signed in, reset it from
the command line when the install sends no email, a set-up page that asks only what its choice
needs, agency-only features hidden on a one-person install; the Help page and the admin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import Role, User
from followup.organisation.models import Organisation

pytestmark = pytest.mark.django_db

CONSOLE = "django.core.mail.backends.console.EmailBackend"
NEW = "a brand new secret 77"


def change(client: Client, old: str, new: str, again: str | None = None) -> Any:
    return client.post(
        "/password/change/",
        {"old_password": old, "new_password1": new, "new_password2": again or new},
    )


def test_the_account_page_links_to_changing_the_password(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    assert 'href="/password/change/"' in client.get("/account/").content.decode()


def test_changing_the_password_keeps_this_device_signed_in_and_signs_out_the_others(
    client: Client, seeker: User
) -> None:
    elsewhere = Client()
    client.force_login(seeker)
    elsewhere.force_login(seeker)
    response = change(client, "correct horse battery", NEW)
    assert response.status_code == 302 and response["Location"] == "/account/"
    page = client.get("/account/")
    assert page.status_code == 200 and "Your password is changed." in page.content.decode()
    assert elsewhere.get("/account/").status_code == 302  # to the sign-in page
    seeker.refresh_from_db()
    assert seeker.check_password(NEW)


def test_a_wrong_old_password_changes_nothing_and_says_so_at_the_top(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    response = change(client, "not my password", NEW)
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html and 'href="#id_old_password"' in html
    seeker.refresh_from_db()
    assert seeker.check_password("correct horse battery")


def test_changing_the_password_needs_a_signed_in_person(client: Client, seeker: User) -> None:
    response = client.get("/password/change/")
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_without_email_the_reset_page_says_how_to_reset_from_the_command_line(
    client: Client, seeker: User, settings: Any
) -> None:
    settings.EMAIL_BACKEND = CONSOLE
    html = client.get("/password/reset/").content.decode()
    assert "followup changepassword" in html
    assert 'name="email"' not in html and "Check your email" not in html
    # a form posted from an old page gets the same advice, not "check your email"
    response = client.post("/password/reset/", {"email": seeker.email})
    assert response.status_code == 200 and "followup changepassword" in response.content.decode()


def test_with_email_the_reset_page_offers_a_link(
    client: Client, seeker: User, settings: Any
) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    html = client.get("/password/reset/").content.decode()
    assert 'name="email"' in html and "followup changepassword" not in html


def test_followup_changepassword_sets_a_new_password_from_the_command_line(
    tmp_path: Path,
) -> None:
    unset = ("DATABASE_URL", "EMAIL_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env |= {"FOLLOWUP_DATA_DIR": str(tmp_path), "FOLLOWUP_PASSWORD": "an old pass 42!"}

    def followup(*args: str, typed: str = "") -> subprocess.CompletedProcess[str]:
        # a new session has no terminal: the password prompt reads what is typed on stdin
        return subprocess.run(
            [sys.executable, "-m", "followup.cli", *args],
            env=env,
            input=typed,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            start_new_session=True,
        )

    created = followup("createuser", "--email", "zoe@example.org", "--name", "Zoë Lefebvre")
    assert created.returncode == 0, created.stderr
    changed = followup("changepassword", "zoe@example.org", typed=f"{NEW}\n{NEW}\n")
    assert changed.returncode == 0, changed.stderr
    assert "Password changed successfully" in changed.stdout
    check = followup(
        "shell",
        "-c",
        "from django.contrib.auth import authenticate as a;"
        f"print(a(username='zoe@example.org', password='{NEW}') is not None)",
    )
    assert check.stdout.strip().splitlines()[-1] == "True", check.stderr


def setup_data(use: str, organisation_name: str) -> dict[str, str]:
    return {
        "use": use,
        "organisation_name": organisation_name,
        "name": "Zoë Lefebvre",
        "email": "zoe@example.org",
        "password": "correct horse battery",
    }


def test_set_up_for_ones_own_job_search_ignores_an_organisation_name(client: Client) -> None:
    before = Organisation.current().name
    response = client.post("/setup/", setup_data("alone", "Zoë's Agency"))
    assert response.status_code == 302
    assert Organisation.objects.get().name == before
    assert User.objects.get().role == Role.JOB_SEEKER


def test_set_up_for_an_organisation_names_it(client: Client) -> None:
    assert client.post("/setup/", setup_data("organisation", "Quinte Works")).status_code == 302
    assert Organisation.objects.get().name == "Quinte Works"


def test_the_set_up_page_shows_the_organisation_name_with_its_choice_only(
    client: Client,
) -> None:
    html = client.get("/setup/").content.decode()
    shown_when = html.index('data-shown-when="use=organisation"')
    assert html.index('name="organisation_name"') > shown_when
    assert html.index('name="use"') < shown_when  # the choice comes first


def test_a_one_person_install_hides_appointments_and_sharing(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    html = client.get("/account/").content.decode()
    assert "/appointments/" not in html and "Who can see your records" not in html
    assert client.get("/appointments/").status_code == 404
    assert "/records/" in html  # what is one's own stays


def test_an_agency_install_offers_them(client: Client, seeker: User, counsellor: User) -> None:
    client.force_login(seeker)
    html = client.get("/account/").content.decode()
    assert "/appointments/" in html and "Who can see your records" in html
    assert client.get("/appointments/").status_code == 200


def test_help_says_by_appointment_only_once_per_office(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    html = client.get("/help/").content.decode()
    marmora = html[html.index("Marmora Office") :]
    marmora = marmora[: marmora.index("</div>")]
    assert marmora.lower().count("by appointment only") == 1


def test_an_office_by_appointment_whose_hours_do_not_say_so_gets_the_tag(
    client: Client, seeker: User
) -> None:
    office = Organisation.current().offices.get(by_appointment_only=True)
    office.hours = "Tuesdays 9–4."
    office.save()
    client.force_login(seeker)
    html = client.get("/help/").content.decode()
    assert html.lower().count("by appointment only") == 1


def test_the_admin_is_titled_followup_and_keeps_one_organisation(
    client: Client, admin_user: User
) -> None:
    client.force_login(admin_user)
    index = client.get("/admin/").content.decode()
    assert "Followup administration" in index and "Django administration" not in index
    org = Organisation.current()
    assert client.get("/admin/organisation/organisation/add/").status_code == 403
    response = client.get("/admin/organisation/organisation/")
    assert response["Location"] == f"/admin/organisation/organisation/{org.pk}/change/"
    change_page = client.get(response["Location"]).content.decode()
    assert "/delete/" not in change_page
    response = client.post(f"/admin/organisation/organisation/{org.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403 and Organisation.objects.filter(pk=org.pk).exists()
