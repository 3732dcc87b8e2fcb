"""Every page a person can open, for every role, and the forms shown again with their errors:
exactly one <h1>, a label for every form control, no id used twice. (The admin is Django's own
markup; htmx fragments are parts of a page, not pages.)"""

from __future__ import annotations

import pytest

from tests.qa.conftest import ROLES, Demo, signed_in
from tests.qa.html_checks import problems
from tests.qa.test_every_url import site_urls

pytestmark = pytest.mark.django_db

FRAGMENTS = {"message_check", "message_suggestions", "message_delivery", "interview_reading"}


def _html_pages(demo: Demo, role: str) -> dict[str, list[str]]:
    client = signed_in(demo, role)
    found = {}
    for name, path in site_urls(demo):
        if name in FRAGMENTS or name == "logout":
            continue
        response = client.get(path, follow=True)
        if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            found[response.request["PATH_INFO"]] = problems(response.content.decode())
    return found


@pytest.mark.parametrize("role", ROLES)
def test_every_page_has_one_heading_labelled_controls_and_unique_ids(demo: Demo, role: str) -> None:
    pages = _html_pages(demo, role)
    assert len(pages) > 3
    assert {path: found for path, found in pages.items() if found} == {}


def test_the_pages_only_a_job_seeker_gets_are_checked_too(demo: Demo) -> None:
    pages = _html_pages(demo, "owner")
    assert {"/", f"/interviews/{demo.interview.pk}/edit/", f"/messages/{demo.message.pk}/"} <= set(
        pages
    )


ERRORS = [
    ("/interviews/new/", {"people-TOTAL_FORMS": "2", "people-INITIAL_FORMS": "0"}),
    ("/interviews/new/", {"people-TOTAL_FORMS": "1", "add_person": "1"}),
    ("/applications/new/", {"employer_name": "x" * 300}),
    ("/people/new/", {"name": ""}),
    ("/interactions/new/", {"kind": "call", "occurred_on": "2026-13-45"}),
    ("/account/", {"email": "not an email"}),
    ("/appointments/", {}),
    ("/records/import/", {}),
    ("/account/delete/", {"email": "someone@else.example"}),
]


@pytest.mark.parametrize(("path", "data"), ERRORS)
def test_a_form_shown_again_with_its_errors_is_as_well_made(
    demo: Demo, path: str, data: dict[str, str]
) -> None:
    response = signed_in(demo, "owner").post(path, data)
    assert response.status_code in (200, 400)
    assert problems(response.content.decode()) == []


def test_the_message_editor_with_an_error_is_as_well_made(demo: Demo) -> None:
    text = "Subject: " + "x" * 400 + "\n\nDear Siobhan,"
    response = signed_in(demo, "owner").post(f"/messages/{demo.message.pk}/", {"text": text})
    assert response.status_code == 400
    assert problems(response.content.decode()) == []


def test_the_checker_finds_what_it_looks_for() -> None:
    page = (
        "<h1>A</h1><h1>B</h1><p id='x'></p><p id='x'></p>"
        "<label for='a'>A</label><input id='a' name='a'>"
        "<label>B <input name='b'></label><input name='c' aria-label='C'>"
        "<input name='d'><select name='e'></select><input type='hidden' name='f'>"
        "<template><input name='g'></template>"
    )
    assert problems(page) == [
        "2 <h1> headings",
        'id="x" used 2 times',
        "<input name='d'> has no label",
        "<select name='e'> has no label",
    ]
