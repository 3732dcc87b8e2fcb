"""Appointment requests land on a person's desk: a few at a time, with a clear message."""

from __future__ import annotations

import pytest
import time_machine
from django.test import Client

from followup.accounts.models import Sharing, User
from followup.caseload.forms import AppointmentForm
from followup.caseload.models import AppointmentRequest

pytestmark = pytest.mark.django_db


def _ask(client: Client, counsellor: User) -> str:
    response = client.post(
        "/appointments/",
        {"where": f"c{counsellor.pk}", "times": "Tuesday mornings", "reason": "My résumé"},
        follow=True,
    )
    assert response.status_code == 200
    return response.content.decode()


def test_a_client_with_three_requests_waiting_is_asked_to_wait(
    seeker: User, counsellor: User
) -> None:
    Sharing.objects.create(client=seeker, counsellor=counsellor)
    client = Client()
    client.force_login(seeker)
    for _ in range(AppointmentForm.MAX_OPEN):
        assert "Your request is sent" in _ask(client, counsellor)
    page = _ask(client, counsellor)
    assert "requests waiting for a reply" in page
    assert "Tuesday mornings" in page  # what was typed is kept
    assert AppointmentRequest.objects.count() == AppointmentForm.MAX_OPEN


def test_cancelled_requests_count_towards_the_days_limit_until_the_next_day(
    seeker: User, counsellor: User
) -> None:
    Sharing.objects.create(client=seeker, counsellor=counsellor)
    client = Client()
    with time_machine.travel("2026-12-31 23:00 -05:00", tick=False):
        client.force_login(seeker)
        for _ in range(AppointmentForm.MAX_PER_DAY):
            _ask(client, counsellor)
            AppointmentRequest.objects.update(state="cancelled")
        assert "Please try again tomorrow" in _ask(client, counsellor)
    with time_machine.travel("2027-01-01 23:30 -05:00", tick=False):
        assert "Your request is sent" in _ask(client, counsellor)
