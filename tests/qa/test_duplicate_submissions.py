"""The same form sent twice (Save tapped twice on a slow phone, or the page reloaded): one
record, not two."""

from __future__ import annotations

import pytest
from django.utils import timezone

from followup.jobsearch.models import Application
from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db


def _application(**changes: str) -> dict[str, str]:
    return {
        "employer_name": "Łukasz & Sons Café",
        "role": "Barista",
        "status": "applied",
        "applied_on": timezone.localdate().isoformat(),
    } | changes


def test_the_same_application_sent_twice_is_saved_once(demo: Demo) -> None:
    client = signed_in(demo, "owner")
    first = client.post("/applications/new/", _application())
    again = client.post("/applications/new/", _application(role="barista "))
    assert first.status_code == again.status_code == 302
    assert again["Location"] == first["Location"]
    assert Application.objects.filter(owner=demo.owner, role__iexact="barista").count() == 1
    record = client.get("/records/job-search/").content.decode()
    assert record.count("Barista") == 1


def test_another_job_or_another_day_is_another_application(demo: Demo) -> None:
    client = signed_in(demo, "owner")
    first = client.post("/applications/new/", _application())
    other_role = client.post("/applications/new/", _application(role="Shift Supervisor"))
    other_day = client.post("/applications/new/", _application(applied_on="2026-01-05"))
    assert len({first["Location"], other_role["Location"], other_day["Location"]}) == 3


def test_editing_an_application_to_match_another_still_saves_it(demo: Demo) -> None:
    client = signed_in(demo, "owner")
    first = client.post("/applications/new/", _application())
    second = client.post("/applications/new/", _application(role="Cook"))
    edited = client.post(second["Location"] + "edit/", _application(notes="Night shifts"))
    assert edited["Location"] == second["Location"]
    assert Application.objects.get(pk=second["Location"].split("/")[-2]).notes == "Night shifts"
    assert first["Location"] != second["Location"]
