"""Appointment requests: asked by a job seeker, seen by the right counsellors, arranged once."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import Sharing, User
from followup.caseload.models import AppointmentRequest
from followup.organisation.models import Office

pytestmark = pytest.mark.django_db


def marmora() -> Office:
    return Office.objects.get(by_appointment_only=True)


def ask(client: Client, seeker: User, where: str, reason: str = "Practise interviews") -> Any:
    client.force_login(seeker)
    return client.post(
        "/appointments/", {"where": where, "times": "Mornings after 10", "reason": reason}
    )


def test_a_job_seeker_asks_their_counsellor_and_sees_the_request_waiting(
    client: Client, seeker: User, counsellor: User, sharing: Sharing
) -> None:
    client.force_login(seeker)
    form = client.get("/appointments/").content.decode()
    assert "My counsellor, Maya Thompson" in form
    assert "Marmora Office (by appointment only)" in form
    assert ask(client, seeker, f"c{counsellor.pk}").status_code == 302
    request = AppointmentRequest.objects.get()
    assert (request.client, request.counsellor, request.office) == (seeker, counsellor, None)
    html = client.get("/appointments/").content.decode()
    assert "Practise interviews" in html and "Waiting for a reply" in html


def test_a_job_seeker_without_a_counsellor_can_ask_at_an_office(
    client: Client, seeker: User, counsellor: User
) -> None:
    # an agency's install (it has staff); on a one-person install there is nobody to ask
    assert ask(client, seeker, f"o{marmora().pk}").status_code == 302
    assert AppointmentRequest.objects.get().office == marmora()


def test_a_request_needs_times_a_reason_and_a_known_choice(
    client: Client, seeker: User, counsellor: User
) -> None:
    client.force_login(seeker)
    response = client.post("/appointments/", {"where": f"o{marmora().pk}", "times": ""})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    # a counsellor who is not assigned to this job seeker cannot be chosen
    response = ask(client, seeker, f"c{counsellor.pk}")
    assert response.status_code == 200
    assert not AppointmentRequest.objects.exists()


def test_the_counsellor_marks_it_arranged_and_the_job_seeker_sees_when(
    client: Client, seeker: User, counsellor: User, sharing: Sharing
) -> None:
    ask(client, seeker, f"c{counsellor.pk}")
    request = AppointmentRequest.objects.get()
    staff = Client()
    staff.force_login(counsellor)
    assert "Mornings after 10" in staff.get("/clients/").content.decode()
    staff.post(f"/appointments/{request.pk}/arranged/", {"arranged_note": "Tue 10:30, Belleville"})
    request.refresh_from_db()
    assert request.state == "arranged" and request.arranged_by == counsellor
    assert "Mornings after 10" not in staff.get("/clients/").content.decode()
    html = client.get("/appointments/").content.decode()
    assert "Arranged" in html and "Tue 10:30, Belleville" in html


def test_an_office_request_reaches_that_offices_counsellors_and_the_clients_own(
    client: Client, seeker: User, counsellor: User, sharing: Sharing, make_user: Any
) -> None:
    at_marmora = make_user("m@example.org", "Morgan Marmora", role="counsellor", office=marmora())
    elsewhere = make_user("e@example.org", "Eli Elsewhere", role="counsellor")
    ask(client, seeker, f"o{marmora().pk}", reason="Help with a cover letter")
    for staff_member, sees in [(at_marmora, True), (counsellor, True), (elsewhere, False)]:
        staff = Client()
        staff.force_login(staff_member)
        assert ("Help with a cover letter" in staff.get("/clients/").content.decode()) is sees


def test_a_request_to_one_counsellor_is_not_shown_to_another(
    client: Client, seeker: User, counsellor: User, sharing: Sharing, make_user: Any
) -> None:
    other = make_user("o@example.org", "Olu Other", role="counsellor")
    Sharing.objects.create(client=seeker, counsellor=other)
    ask(client, seeker, f"c{other.pk}", reason="For Olu only")
    staff = Client()
    staff.force_login(counsellor)
    assert "For Olu only" not in staff.get("/clients/").content.decode()
    request = AppointmentRequest.objects.get()
    assert staff.post(f"/appointments/{request.pk}/arranged/").status_code == 404
    request.refresh_from_db()
    assert request.state == "open"


def test_a_job_seeker_can_cancel_their_own_open_request_only(
    client: Client, seeker: User, other_seeker: User
) -> None:
    ask(client, seeker, f"o{marmora().pk}")
    request = AppointmentRequest.objects.get()
    intruder = Client()
    intruder.force_login(other_seeker)
    assert intruder.post(f"/appointments/{request.pk}/cancel/").status_code == 404
    assert "Practise interviews" not in intruder.get("/appointments/").content.decode()
    assert client.post(f"/appointments/{request.pk}/cancel/").status_code == 302
    request.refresh_from_db()
    assert request.state == "cancelled"
    assert client.post(f"/appointments/{request.pk}/cancel/").status_code == 404
