"""The organisation's settings are read once per page, and a change is seen by the next page."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from followup.accounts.models import User
from followup.organisation.models import Organisation

pytestmark = pytest.mark.django_db


def organisation_reads(queries: CaptureQueriesContext) -> int:
    return sum('FROM "organisation_organisation"' in q["sql"] for q in queries.captured_queries)


def test_today_reads_the_organisation_once(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    client.get("/")
    with CaptureQueriesContext(connection) as page:
        assert client.get("/").status_code == 200
    assert organisation_reads(page) == 1


def test_a_saved_change_is_seen_by_the_next_page(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    client.get("/help/")
    org = Organisation.current()
    org.phone = "613-555-0199"
    org.save()
    assert "613-555-0199" in client.get("/help/").content.decode()


def test_outside_a_request_each_call_reads_afresh() -> None:
    first = Organisation.current()
    Organisation.objects.filter(pk=first.pk).update(name="Renamed agency")
    assert Organisation.current().name == "Renamed agency"
