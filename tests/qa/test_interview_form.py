"""The interview form with what people type by mistake: a date at the calendar's end, a person
with an email and no name, the same person twice, more rows than the form takes, and a page
whose hidden row count was mangled. The form keeps what was typed and says what is wrong
beside the field."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from followup.jobsearch.models import Interview
from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db


def interview(**changes: str) -> dict[str, str]:
    data = {
        "employer_name": "Trenton Logistics",
        "role": "Dispatcher",
        "day": "2026-01-05",
        "start": "10:00",
        "duration_minutes": "60",
        "mode": "in-person",
        "round": "1",
        "timeline_phrase": "within two weeks",
        "people-TOTAL_FORMS": "1",
        "people-INITIAL_FORMS": "0",
        "people-0-name": "Siobhan O'Connor",
        "people-0-role": "interviewer",
    }
    return data | changes


def _post(demo: Demo, data: dict[str, Any], path: str = "/interviews/new/") -> Any:
    return signed_in(demo, "owner").post(path, data)


@pytest.mark.parametrize(
    ("day", "start"), [("9999-12-31", "23:30"), ("9999-12-31", "10:00"), ("3000-01-01", "09:00")]
)
def test_a_day_at_the_calendars_end_is_refused_beside_the_date(
    demo: Demo, day: str, start: str
) -> None:
    before = Interview.objects.count()
    response = _post(demo, interview(day=day, start=start))
    assert response.status_code == 200
    assert response.context["form"].errors == {"day": ["Choose a date from 1900 to 2999."]}
    assert f'value="{day}"' in response.content.decode()
    assert Interview.objects.count() == before


def test_after_a_refused_day_every_page_still_opens(demo: Demo) -> None:
    _post(demo, interview(day="9999-12-31", start="23:30"))
    for role, path in [
        ("owner", "/"),
        ("owner", "/applications/"),
        ("owner", "/records/export/followup.json"),
        ("counsellor-with-consent", "/clients/"),
        ("administrator", "/reports/"),
    ]:
        assert signed_in(demo, role).get(path).status_code == 200, path


def test_an_interview_late_in_2999_is_kept(demo: Demo) -> None:
    response = _post(demo, interview(day="2999-12-31", start="23:30"))
    assert response.status_code == 302
    assert signed_in(demo, "administrator").get("/reports/").status_code == 200


@pytest.mark.parametrize("total", ["abc", "", "²", "-5"])
def test_adding_a_person_on_a_mangled_page_gives_a_new_row(demo: Demo, total: str) -> None:
    response = _post(demo, interview(**{"people-TOTAL_FORMS": total, "add_person": "1"}))
    assert response.status_code == 200
    assert response.context["people"].total_form_count() >= 1
    assert 'name="people-0-name"' in response.content.decode()


def rows(count: int, **changes: str) -> dict[str, str]:
    data = interview(**{"people-TOTAL_FORMS": str(count)})
    for i in range(count):
        data[f"people-{i}-name"] = f"Panel member {i + 1}"
        data[f"people-{i}-role"] = "panel"
    return data | changes


def test_31_people_are_refused_with_every_name_kept(demo: Demo) -> None:
    before = Interview.objects.count()
    response = _post(demo, rows(31))
    assert response.status_code == 200
    assert response.context["people"].non_form_errors() == [
        "An interview lists at most 30 people: remove some rows."
    ]
    page = response.content.decode()
    assert "Panel member 1" in page and "Panel member 31" in page
    assert Interview.objects.count() == before


def test_30_people_are_saved(demo: Demo) -> None:
    response = _post(demo, rows(30))
    assert response.status_code == 302
    assert Interview.objects.get(pk=response.url.split("/")[-2]).participants.count() == 30


def test_no_row_is_added_past_30_and_the_button_goes(demo: Demo) -> None:
    response = _post(demo, rows(30, add_person="1"))
    assert response.context["people"].total_form_count() == 30
    assert response.context["people"].non_form_errors() == []
    assert "Add another person" not in response.content.decode()
    fewer = _post(demo, rows(29, add_person="1"))
    assert fewer.context["people"].total_form_count() == 30


@pytest.mark.parametrize("again", ["Siobhan O'Connor", "siobhan  o'connor", " SIOBHAN\tO'CONNOR "])
def test_the_same_person_twice_is_refused_however_spaced(demo: Demo, again: str) -> None:
    data = interview(
        **{
            "people-TOTAL_FORMS": "2",
            "people-0-notes": "the new scheduling system",
            "people-1-name": again,
            "people-1-role": "panel",
            "people-1-notes": "the morning rush",
        }
    )
    response = _post(demo, data)
    assert response.status_code == 200
    assert response.context["people"].non_form_errors() == ["The same person is listed twice."]
    page = response.content.decode()
    assert "the new scheduling system" in page and "the morning rush" in page


@pytest.mark.parametrize(
    "details",
    [
        {"people-0-email": "chen.wei@example.org"},
        {"people-0-title": "Team Lead"},
        {"people-0-notes": "how the team handles the morning rush"},
    ],
)
def test_a_new_row_with_details_and_no_name_asks_for_the_name(
    demo: Demo, details: dict[str, str]
) -> None:
    before = Interview.objects.count()
    response = _post(demo, interview(**{"people-0-name": ""} | details))
    assert response.status_code == 200
    row = response.context["people"].forms[0]
    assert row.errors == {"name": ["Enter their name, or clear this row to leave them out."]}
    assert next(iter(details.values())) in response.content.decode()
    assert Interview.objects.count() == before


def test_an_empty_new_row_is_left_out_without_a_word(demo: Demo) -> None:
    data = interview(**{"people-TOTAL_FORMS": "2", "people-1-name": "", "people-1-role": "hr"})
    response = _post(demo, data)
    assert response.status_code == 302
    saved = Interview.objects.get(pk=response.url.split("/")[-2])
    assert [p.person.name for p in saved.participants.all()] == ["Siobhan O'Connor"]


def test_clearing_a_name_on_the_edit_page_still_removes_that_person(demo: Demo) -> None:
    client = signed_in(demo, "owner")
    path = f"/interviews/{demo.interview.pk}/edit/"
    page = client.get(path)
    data = {
        key: value
        for key, value in page.context["form"].initial.items()
        if key not in ("day", "start")
    }
    data |= {"day": "2026-01-05", "start": "10:00"}
    people = page.context["people"]
    data |= {
        "people-TOTAL_FORMS": str(people.total_form_count()),
        "people-INITIAL_FORMS": str(people.initial_form_count()),
    }
    for i, row in enumerate(people.forms):
        data |= {f"people-{i}-{key}": value for key, value in row.initial.items()}
    removed = people.forms[0].initial["name"]
    data["people-0-name"] = ""  # title, email and notes stay as they were
    response = client.post(path, data)
    assert response.status_code == 302
    names = [p.person.name for p in demo.interview.participants.all()]
    assert removed not in names and len(names) == people.total_form_count() - 1


def _due(demo: Demo) -> list[str]:
    page = signed_in(demo, "owner").get("/")
    items = page.context["overdue"] + page.context["due_today"] + page.context["upcoming"]
    return [item.action.key for item in items]


def test_saving_the_same_new_interview_twice_logs_it_once(demo: Demo) -> None:
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    data = interview(
        day=yesterday, **{"people-0-name": "Anika Bauer", "people-0-notes": "the spring season"}
    )
    first = _post(demo, data)
    again = _post(demo, data | {"people-0-notes": "the spring season, and canoe trips"})
    assert again.url == first.url
    saved = Interview.objects.get(pk=first.url.split("/")[-2])
    assert Interview.objects.filter(application=saved.application).count() == 1
    assert [p.notes for p in saved.participants.all()] == ["the spring season, and canoe trips"]
    assert len([key for key in _due(demo) if key.startswith(f"thank-you:i{saved.pk}:")]) == 1


def test_a_second_round_at_another_time_is_another_interview(demo: Demo) -> None:
    first = _post(demo, interview())
    second = _post(demo, interview(start="14:00", round="2"))
    assert second.url != first.url
