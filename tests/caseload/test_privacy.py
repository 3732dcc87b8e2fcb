"""Every caseload page, for everyone who must not use it: a counsellor nobody assigned, one
assigned without consent, another job seeker, an administrator, and nobody signed in."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from followup.accounts.models import Sharing, User
from followup.caseload.models import AccessLog, AppointmentRequest, DraftComment
from followup.interactions.models import Interaction
from followup.organisation.models import Office

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(
    seeker: User,
    other_seeker: User,
    counsellor: User,
    stranger: User,
    unconsented: User,
    admin_user: User,
    sharing: Sharing,
) -> dict[str, User]:
    return {
        "client": seeker,
        "other job seeker": other_seeker,
        "counsellor": counsellor,
        "unassigned counsellor": stranger,
        "counsellor without consent": unconsented,
        "administrator": admin_user,
    }


def as_(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


CLIENT_PAGES = [
    ("get", "/clients/{client}/"),
    ("post", "/clients/{client}/goal/"),
    ("get", "/clients/{client}/messages/{draft}/"),
    ("post", "/clients/{client}/messages/{draft}/"),
]


@pytest.mark.parametrize(("method", "pattern"), CLIENT_PAGES)
@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("unassigned counsellor", 404),
        ("counsellor without consent", 404),
        ("other job seeker", 403),
        ("client", 403),
        ("administrator", 403),
    ],
)
def test_a_clients_pages_are_refused_to_everyone_but_a_consented_counsellor(
    people: dict[str, User], draft: Interaction, method: str, pattern: str, who: str, status: int
) -> None:
    url = pattern.format(client=people["client"].pk, draft=draft.pk)
    data = {"weekly_goal": "9", "text": "A comment"}
    response = getattr(as_(people[who]), method)(url, data if method == "post" else None)
    assert response.status_code == status
    assert not DraftComment.objects.exists() and not AccessLog.objects.exists()
    people["client"].refresh_from_db()
    assert people["client"].weekly_goal is None
    assert getattr(as_(people["counsellor"]), method)(url, data).status_code in (200, 302)


@pytest.mark.parametrize(("method", "pattern"), CLIENT_PAGES)
def test_nobody_signed_in_is_sent_to_sign_in(
    people: dict[str, User], draft: Interaction, method: str, pattern: str
) -> None:
    url = pattern.format(client=people["client"].pk, draft=draft.pk)
    response = getattr(as_(None), method)(url)
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_a_counsellor_cannot_open_another_persons_message_through_their_clients_page(
    people: dict[str, User],
) -> None:
    theirs = Interaction.objects.create(
        owner=people["other job seeker"],
        kind="thank-you",
        state="draft",
        occurred_on=timezone.localdate(),
        body="Not shared",
    )
    url = f"/clients/{people['client'].pk}/messages/{theirs.pk}/"
    assert as_(people["counsellor"]).get(url).status_code == 404
    assert as_(people["counsellor"]).post(url, {"text": "x"}).status_code == 404


def test_a_counsellor_cannot_change_the_clients_records_through_the_clients_own_pages(
    people: dict[str, User], draft: Interaction
) -> None:
    staff = as_(people["counsellor"])
    assert staff.post(f"/messages/{draft.pk}/", {"text": "Changed", "save": "1"}).status_code == 404
    assert staff.post(f"/messages/{draft.pk}/sent/", {}).status_code == 404
    draft.refresh_from_db()
    assert draft.body == "Dear Siobhan, thank you for your time." and draft.state == "draft"


@pytest.mark.parametrize(
    ("who", "status"), [("client", 403), ("other job seeker", 403), ("administrator", 403)]
)
def test_only_counsellors_have_a_caseload(people: dict[str, User], who: str, status: int) -> None:
    assert as_(people[who]).get("/clients/").status_code == status


@pytest.mark.parametrize("who", ["unassigned counsellor", "counsellor without consent"])
def test_a_counsellor_without_consent_does_not_see_the_client_on_their_caseload(
    people: dict[str, User], who: str
) -> None:
    html = as_(people[who]).get("/clients/").content.decode()
    assert people["client"].name not in html


@pytest.mark.parametrize("url", ["/appointments/", "/account/who-looked/"])
@pytest.mark.parametrize("who", ["counsellor", "administrator"])
def test_the_job_seekers_own_pages_are_for_job_seekers(
    people: dict[str, User], url: str, who: str
) -> None:
    assert as_(people[who]).get(url).status_code == 403


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("unassigned counsellor", 404),
        ("counsellor without consent", 404),
        ("client", 403),
        ("other job seeker", 403),
        ("administrator", 403),
    ],
)
def test_only_a_counsellor_who_sees_a_request_can_mark_it_arranged(
    people: dict[str, User], who: str, status: int
) -> None:
    marmora = Office.objects.get(by_appointment_only=True)
    request = AppointmentRequest.objects.create(
        client=people["client"], office=marmora, times="Any", reason="Resume"
    )
    url = f"/appointments/{request.pk}/arranged/"
    assert as_(people[who]).post(url).status_code == status
    request.refresh_from_db()
    assert request.state == "open"
    assert as_(people["counsellor"]).post(url).status_code == 302


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("administrator", 200),
        ("counsellor", 200),
        ("unassigned counsellor", 200),
        ("client", 403),
        ("other job seeker", 403),
    ],
)
def test_reports_are_for_counsellors_and_administrators(
    people: dict[str, User], who: str, status: int
) -> None:
    assert as_(people[who]).get("/reports/").status_code == status
    assert as_(people[who]).get("/reports/figures.csv").status_code == status


def test_an_administrator_reads_reports_but_no_client_records(
    people: dict[str, Any], draft: Interaction
) -> None:
    admin = as_(people["administrator"])
    assert admin.get("/reports/").status_code == 200
    assert admin.get(f"/clients/{people['client'].pk}/").status_code == 403
    assert admin.get(f"/messages/{draft.pk}/").status_code == 404
