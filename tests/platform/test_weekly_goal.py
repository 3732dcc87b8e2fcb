"""The weekly goal counts every application of the week, the one made while logging an
interview too (it has no date sent, so the day it was added counts)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.test import Client

from followup.accounts.models import User
from tests.platform.test_interviews import form_data

pytestmark = pytest.mark.django_db


def progress(client: Client) -> int:
    html = client.get("/").content.decode()
    found = re.search(r"Applications this week:\s*(\d+)", html)
    assert found, "the weekly goal is on Today"
    return int(found.group(1))


def test_an_application_made_with_an_interview_counts_this_week(
    client: Client, seeker: User
) -> None:
    with time_machine.travel(datetime(2026, 11, 23, 5, 30, tzinfo=UTC), tick=False):
        client.force_login(seeker)
        assert progress(client) == 0
        client.post("/interviews/new/", form_data(day="2026-11-20"))
        assert progress(client) == 1


def test_it_counts_in_the_week_it_was_added_in_the_owners_zone(
    client: Client, seeker: User
) -> None:
    # Sunday 23:30 in Toronto (Monday in UTC): the application belongs to the week ending now.
    with time_machine.travel(datetime(2026, 11, 23, 4, 30, tzinfo=UTC), tick=False):
        client.force_login(seeker)
        client.post("/interviews/new/", form_data(day="2026-11-20"))
    with time_machine.travel(datetime(2026, 11, 23, 6, 0, tzinfo=UTC), tick=False):
        assert progress(client) == 0  # Monday in Toronto: a new week
