"""A French account sees the interface in Canadian French with lang="fr-CA"; the switch on every
page changes the language (and the account's, once signed in) and back."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db

# Each page, with a heading or label a French reader sees on it, and English that must be gone.
PAGES = [
    ("/", "Aujourd’hui", "Today"),
    ("/account/", "Votre compte", "Your account"),
    ("/help/", "Après chaque entrevue\u00a0: trois étapes", "After every interview"),
    ("/applications/", "Ajouter une candidature", "Add an application"),
    ("/people/", "Ajouter une personne", "Add a person"),
]


@pytest.mark.parametrize(("url", "french", "english"), PAGES)
def test_a_french_account_sees_pages_in_french(
    client: Client, seeker: User, url: str, french: str, english: str
) -> None:
    seeker.language = "fr"
    seeker.save()
    client.force_login(seeker)
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en-CA").content.decode()
    assert '<html lang="fr-CA">' in page
    assert french in page and english not in page
    assert "Passer au contenu" in page and "Skip to content" not in page
    assert 'value="en-ca" lang="en">English</button>' in page


def test_the_switch_changes_the_account_language_and_back(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    response = client.post("/i18n/setlang/", {"language": "fr-ca", "next": "/account/"})
    assert response.status_code == 302 and response["Location"] == "/account/"
    seeker.refresh_from_db()
    assert seeker.language == "fr"
    page = client.get("/account/").content.decode()
    assert '<html lang="fr-CA">' in page and "Votre compte" in page

    client.post("/i18n/setlang/", {"language": "en-ca", "next": "/account/"})
    seeker.refresh_from_db()
    assert seeker.language == "en"
    page = client.get("/account/").content.decode()
    assert '<html lang="en-CA">' in page and "Your account" in page


def test_before_sign_in_the_switch_sets_the_language_of_the_sign_in_page(
    client: Client, seeker: User
) -> None:
    page = client.get("/login/", HTTP_ACCEPT_LANGUAGE="en-CA").content.decode()
    assert '<html lang="en-CA">' in page and 'value="fr-ca" lang="fr">Français</button>' in page
    client.post("/i18n/setlang/", {"language": "fr-ca", "next": "/login/"})
    page = client.get("/login/", HTTP_ACCEPT_LANGUAGE="en-CA").content.decode()
    assert '<html lang="fr-CA">' in page and "Mot de passe oublié?" in page


def test_an_unknown_language_changes_nothing(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "/"})
    assert response.status_code == 302
    seeker.refresh_from_db()
    assert seeker.language == "en"


TORONTO = ZoneInfo("America/Toronto")


def _interview_on_the_15th(seeker: User) -> Any:
    """An interview at Quinte Health on Tuesday 15 December 2026 at 14:00, "within a week"."""
    return save_interview(
        seeker,
        {"employer_name": "Quinte Health", "role": "Office Coordinator", "round": 1}
        | {"duration_minutes": 60, "mode": "in-person", "timeline_phrase": "within a week"}
        | {"location": "", "topics": "", "went_well": "", "forgot": ""},
        datetime(2026, 12, 15, 14, 0, tzinfo=TORONTO),
        [{"name": "Siobhan O'Connor", "role": "interviewer"}],
    )


def test_days_and_times_are_written_in_french(client: Client, seeker: User) -> None:
    seeker.language = "fr"
    seeker.save()
    with time_machine.travel(datetime(2026, 12, 15, 17, 0, tzinfo=TORONTO), tick=False):
        interview = _interview_on_the_15th(seeker)
        client.force_login(seeker)
        today = client.get("/").content.decode()
        detail = client.get(f"/applications/{interview.application_id}/").content.decode()
    assert "demain, avant 15 h 00" in today
    assert "mardi 22 décembre" in detail
    assert "Tuesday" not in detail and "December" not in detail


def test_an_interview_read_in_english_is_explained_in_french(client: Client, seeker: User) -> None:
    """The phrase they said stays as typed; Followup's words about it, the form's hints and the
    colons (with their space in French) follow the interface."""
    seeker.language = "fr"
    seeker.save()
    with time_machine.travel(datetime(2026, 12, 15, 17, 0, tzinfo=TORONTO), tick=False):
        interview = _interview_on_the_15th(seeker)
        client.force_login(seeker)
        detail = client.get(f"/interviews/{interview.pk}/").content.decode()
        form = client.get(f"/interviews/{interview.pk}/edit/").content.decode()
        today = client.get("/").content.decode()
    assert "Entrevue\u00a0: Office Coordinator" in detail
    assert "Ils ont dit « within a week »" in detail and "They said" not in detail
    assert "<dd>«\u00a0within a week\u00a0»</dd>" in detail  # what they said, as typed
    assert "Ils ont dit « within a week »" in form and "They said" not in form
    assert "Laissez vide pour faire un suivi" in form and "Leave it empty" not in form
    assert "Suivi le jeudi 24 décembre</strong>\u00a0: Siobhan O&#x27;Connor" in today


def test_an_application_and_an_interview_both_ask_for_the_job_title(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    for url in ("/applications/new/", "/interviews/new/"):
        assert '<label for="id_role">Job title:</label>' in client.get(url).content.decode(), url
    seeker.language = "fr"
    seeker.save()
    for url in ("/applications/new/", "/interviews/new/"):
        html = client.get(url).content.decode()
        assert '<label for="id_role">Titre du poste\u00a0:</label>' in html, url


def test_a_message_logged_without_its_text_shows_what_was_noted_and_the_way_back(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    seeker.language = "fr"
    seeker.save()
    logged = Interaction.objects.create(
        owner=seeker,
        kind="follow-up",
        state="sent",
        occurred_on=date(2026, 12, 1),
        application=interview_with_two.application,
        subject="Suite à notre entrevue",
        summary="Envoyé depuis mon téléphone",
    )
    client.force_login(seeker)
    html = client.get(f"/messages/{logged.pk}/").content.decode()
    assert "<strong>Objet\u00a0:</strong> Suite à notre entrevue" in html
    assert "Envoyé depuis mon téléphone" in html
    assert '<div class="card"></div>' not in html
    application = f"/applications/{interview_with_two.application_id}/"
    assert f'<a href="{application}">Retour à la candidature</a>' in html


def test_a_note_after_a_name_keeps_the_french_space_before_its_colon(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    siobhan = interview_with_two.participants.get(person__name="Siobhan O'Connor").person
    client.force_login(seeker)
    html = client.get(f"/people/{siobhan.pk}/").content.decode()
    assert "(Interviewer): the new scheduling system" in html
    seeker.language = "fr"
    seeker.save()
    html = client.get(f"/people/{siobhan.pk}/").content.decode()
    assert "(Intervieweur)\u00a0: the new scheduling system" in html


def test_the_time_zone_list_starts_with_canadas_zones_in_words(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    html = client.get("/account/").content.decode()
    canada = html.index('<optgroup label="Canada">')
    eastern = html.index("Eastern: Ontario and Quebec (Toronto, Ottawa, Montréal)")
    assert canada < eastern < html.index('<optgroup label="Everywhere else">')
    assert '<option value="America/Toronto" selected>' in html
    assert html.count('value="America/Toronto"') == 1
    seeker.language = "fr"
    seeker.save()
    html = client.get("/account/").content.decode()
    assert "Est\u00a0: Ontario et Québec (Toronto, Ottawa, Montréal)" in html
    assert '<optgroup label="Ailleurs dans le monde">' in html


def test_a_zone_from_either_group_can_be_saved(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    form = {"name": seeker.name, "email": seeker.email, "language": "en", "weekly_goal": 5}
    for zone in ("America/Winnipeg", "Europe/Paris"):
        response = client.post("/account/", form | {"time_zone": zone})
        assert response.status_code == 302, zone
        seeker.refresh_from_db()
        assert seeker.time_zone == zone
