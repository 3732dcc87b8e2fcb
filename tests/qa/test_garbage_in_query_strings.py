"""Ids, numbers and dates typed or pasted into a URL or a form never give a server error: a
record that cannot exist is 404, a filter that cannot be read is ignored, a number that cannot be
read is refused with a message."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages

from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db

# "²" is a digit to str.isdigit() that int() cannot read; "٣" is an Arabic-Indic 3 it can.
SUPERSCRIPT_TWO = "²"


@pytest.mark.parametrize("name", ["interview", "application", "person"])
def test_a_superscript_digit_as_a_drafts_record_id_is_not_found(demo: Demo, name: str) -> None:
    client = signed_in(demo, "owner")
    response = client.get(f"/messages/new/?kind=thank-you&{name}={SUPERSCRIPT_TWO}")
    assert response.status_code == 404


def test_a_suggestion_with_a_superscript_offset_leaves_the_text_as_typed(demo: Demo) -> None:
    client = signed_in(demo, "owner")
    response = client.post(
        f"/messages/{demo.message.pk}/", {"text": "Dear Siobhan,", "apply": "²:3:X"}
    )
    assert response.status_code == 302
    demo.message.refresh_from_db()
    assert demo.message.body == "Dear Siobhan,"


@pytest.mark.parametrize(
    "query", [f"office={SUPERSCRIPT_TWO}", "office=abc", "office=99999999999999999999"]
)
def test_the_caseload_ignores_an_office_it_cannot_read(demo: Demo, query: str) -> None:
    client = signed_in(demo, "counsellor-with-consent")
    response = client.get(f"/clients/?{query}")
    assert response.status_code == 200
    assert "Zoë Lefebvre" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        f"months={SUPERSCRIPT_TWO}",
        f"office={SUPERSCRIPT_TWO}",
        "months=99999999999999999999&office=99999999999999999999",
        "months=-6&office=-1",
    ],
)
@pytest.mark.parametrize("path", ["/reports/", "/reports/figures.csv"])
def test_reports_fall_back_to_every_office_over_six_months(
    demo: Demo, path: str, query: str
) -> None:
    client = signed_in(demo, "administrator")
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200
    assert "All offices" in response.content.decode()


@pytest.mark.parametrize("goal", [SUPERSCRIPT_TWO, "abc", "", "0", "101", "99999999999999999999"])
def test_a_weekly_goal_that_is_not_1_to_100_is_refused_with_a_message(
    demo: Demo, goal: str
) -> None:
    client = signed_in(demo, "counsellor-with-consent")
    response = client.post(f"/clients/{demo.owner.pk}/goal/", {"weekly_goal": goal})
    assert response.status_code == 302
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said == ["The weekly goal must be a number from 1 to 100."]
    demo.owner.refresh_from_db()
    assert demo.owner.weekly_goal == 5


def test_an_arabic_indic_digit_is_a_weekly_goal_like_any_other(demo: Demo) -> None:
    client = signed_in(demo, "counsellor-with-consent")
    client.post(f"/clients/{demo.owner.pk}/goal/", {"weekly_goal": "٣"})
    demo.owner.refresh_from_db()
    assert demo.owner.weekly_goal == 3
