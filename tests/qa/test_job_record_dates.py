"""The job-search record's dates, typed into the URL or picked at the ends of a date picker's
range: an error beside the date, never a server error."""

from __future__ import annotations

import pytest

from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/records/job-search/", "/records/job-search.csv", "/records/job-search.pdf"]
)
@pytest.mark.parametrize(
    ("start", "end", "wrong"),
    [
        ("2026-01-01", "9999-12-31", "end"),
        ("2026-01-01", "3000-01-01", "end"),
        ("0001-01-01", "2026-01-31", "start"),
    ],
)
def test_a_day_at_the_calendars_ends_is_refused_beside_its_field(
    demo: Demo, path: str, start: str, end: str, wrong: str
) -> None:
    client = signed_in(demo, "owner")
    response = client.get(path, {"start": start, "end": end})
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors == {wrong: ["Choose a date from 1900 to 2999."]}
    page = response.content.decode()
    assert f'value="{start}"' in page and f'value="{end}"' in page


@pytest.mark.parametrize("zone", ["America/Toronto", "Asia/Tokyo", "Pacific/Kiritimati"])
def test_the_widest_range_works_in_any_time_zone(demo: Demo, zone: str) -> None:
    demo.owner.time_zone = zone
    demo.owner.save()
    client = signed_in(demo, "owner")
    for path in ("/records/job-search/", "/records/job-search.csv", "/records/job-search.pdf"):
        response = client.get(path, {"start": "1900-01-01", "end": "2999-12-31"})
        assert response.status_code == 200, path
    page = client.get("/records/job-search/", {"start": "1900-01-01", "end": "2999-12-31"})
    assert "Quinte Health" in page.content.decode()
