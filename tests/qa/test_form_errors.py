"""Form errors a person can find and understand: a summary at the top of the page, each line a
link to its field, every message in plain words, and what was typed kept."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.jobsearch.models import Interview
from tests.qa.html_checks import PageReader, problems

pytestmark = pytest.mark.django_db

DJANGOS_WORDS = ("Ensure this value", "Enter a valid", "Select a valid choice")


def interview(**overrides: str) -> dict[str, str]:
    data = {
        "employer_name": "Quinte Health",
        "role": "Office Coordinator",
        "day": "2026-11-20",
        "start": "10:00",
        "duration_minutes": "60",
        "mode": "video",
        "round": "1",
        "location": "",
        "timeline_phrase": "within two weeks",
        "topics": "",
        "went_well": "",
        "forgot": "",
        "people-TOTAL_FORMS": "1",
        "people-INITIAL_FORMS": "0",
        "people-0-name": "Siobhan O'Connor",
        "people-0-role": "interviewer",
        "people-0-notes": "",
    }
    return data | overrides


def summary_of(html: str) -> str:
    match = re.search(r'<div class="error-summary"(.*?)</div>', html, re.S)
    assert match, "no error summary on the page"
    return match.group(0)


def links_in(summary: str) -> list[str]:
    return re.findall(r'<a href="#([^"]+)"', summary)


def ids_in(html: str) -> set[str]:
    reader = PageReader()
    reader.feed(html)
    return set(reader.ids)


def test_errors_are_summed_up_at_the_top_each_linking_to_its_field(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    response = client.post(
        "/interviews/new/", interview(duration_minutes="2", round="0", day="31/31/2026")
    )
    html = response.content.decode()
    assert response.status_code == 200 and not Interview.objects.exists()
    summary = summary_of(html)
    assert 'role="alert"' in summary and 'tabindex="-1"' in summary
    assert "There is a problem" in summary
    assert summary_of(html) in html[: html.index("<h1")]  # above everything else on the page
    targets = links_in(summary)
    assert targets == ["id_day", "id_duration_minutes", "id_round"]  # one each, in page order
    assert set(targets) <= ids_in(html)
    assert problems(html) == []


def test_messages_are_in_plain_words_and_name_the_field_in_the_summary(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    html = client.post(
        "/interviews/new/", interview(duration_minutes="2", round="25", day="31/31/2026")
    ).content.decode()
    for words in DJANGOS_WORDS:
        assert words not in html
    summary = summary_of(html)
    assert "Length in minutes: Enter 5 or more." in summary
    assert "Round: Enter 20 or less." in summary
    assert "Enter a date, such as" in summary


def test_in_french_the_summary_keeps_the_space_before_the_colon(
    client: Client, seeker: User
) -> None:
    seeker.language = "fr"
    seeker.save()
    client.force_login(seeker)
    html = client.post(
        "/interviews/new/", interview(role="", duration_minutes="2")
    ).content.decode()
    summary = summary_of(html)
    assert "Titre du poste\u00a0: Ce champ est obligatoire." in summary
    assert "Durée en minutes\u00a0: " in summary and "minutes: " not in summary


def test_what_was_typed_is_kept(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    html = client.post(
        "/interviews/new/", interview(duration_minutes="2", role="Office Lead")
    ).content.decode()
    assert 'value="Office Lead"' in html and 'value="2"' in html
    assert 'value="Siobhan O&#x27;Connor"' in html


def test_a_problem_with_the_whole_form_is_in_the_summary_too(client: Client, seeker: User) -> None:
    html = client.post("/login/", {"username": seeker.email, "password": "not it"}).content.decode()
    summary = summary_of(html)
    assert "correct email" in summary.lower() or "password" in summary.lower()
    assert links_in(summary) == []  # it belongs to no one field
    assert 'value="zoe@example.org"' in html


def test_a_wrong_password_says_what_to_do_in_the_persons_language(
    client: Client, seeker: User
) -> None:
    html = client.post("/login/", {"username": seeker.email, "password": "not it"}).content.decode()
    assert "Check what you typed and try again, or use “Forgot your password?”" in html
    client.post("/i18n/setlang/", {"language": "fr-ca", "next": "/login/"})
    html = client.post("/login/", {"username": seeker.email, "password": "not it"}).content.decode()
    assert "Vérifiez ce que vous avez tapé et réessayez" in html
    assert "sensible à la casse" not in html


def test_a_choice_links_to_its_first_option(client: Client) -> None:
    html = client.post("/setup/", {"name": "Zoë"}).content.decode()
    targets = links_in(summary_of(html))
    assert "id_use_0" in targets and set(targets) <= ids_in(html)


def test_pages_without_errors_have_no_summary(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    for path in ("/", "/interviews/new/", "/account/"):
        assert "error-summary" not in client.get(path).content.decode()


def test_the_summary_adds_no_form_to_pages_without_forms(
    client: Client, seeker: User, settings: Any
) -> None:
    # The language switch in the header is the only form on Help.
    html = client.get("/help/").content.decode()
    assert html.count('name="csrfmiddlewaretoken"') == 1 and "error-summary" not in html
