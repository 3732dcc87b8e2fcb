"""Today lists what is due, derived from the records; done, snooze and dismiss work."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.services import save_interview

pytestmark = pytest.mark.django_db


def thank_yous(html: str) -> int:
    return html.count("Thank-you note:")


def test_two_interviewers_mean_two_thank_you_notes_due(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    html = client.get("/").content.decode()
    assert thank_yous(html) == 2
    assert "Siobhan O&#x27;Connor" in html and "Łukasz Kowalski" in html
    assert "within 24 hours" in html


def test_a_sent_thank_you_clears_just_that_person(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    siobhan = interview_with_two.participants.get(person__name="Siobhan O'Connor").person
    response = client.get(
        f"/messages/new/?kind=thank-you&interview={interview_with_two.pk}&person={siobhan.pk}"
    )
    message = Interaction.objects.get()
    assert message.state == "draft" and "Siobhan" in message.body
    client.post(f"/messages/{message.pk}/sent/", {"sent_on": timezone.localdate().isoformat()})
    html = client.get("/").content.decode()
    assert thank_yous(html) == 1
    assert "Thank-you note: Łukasz Kowalski" in html
    assert response.status_code == 302


def test_done_logs_a_record_and_the_item_leaves(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    person = interview_with_two.participants.first().person
    key = f"thank-you:i{interview_with_two.pk}:p{person.pk}"
    client.post("/today/mark/", {"key": key, "what": "done"})
    assert Interaction.objects.filter(kind="thank-you", state="sent", people=person).exists()
    assert thank_yous(client.get("/").content.decode()) == 1


def test_snooze_and_dismiss_hide_an_item(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    first, second = [p.person for p in interview_with_two.participants.all()]
    client.post(
        "/today/mark/", {"key": f"thank-you:i{interview_with_two.pk}:p{first.pk}", "what": "week"}
    )
    client.post(
        "/today/mark/",
        {"key": f"thank-you:i{interview_with_two.pk}:p{second.pk}", "what": "dismiss"},
    )
    assert thank_yous(client.get("/").content.decode()) == 0


def test_todays_queries_do_not_grow_with_the_records(client: Client, seeker: User) -> None:
    client.force_login(seeker)

    def add(n: int) -> None:
        for i in range(n):
            save_interview(
                seeker,
                {
                    "employer_name": f"Employer {i}",
                    "role": "Clerk",
                    "duration_minutes": 60,
                    "mode": "phone",
                    "round": 1,
                    "location": "",
                    "timeline_phrase": "",
                    "topics": "",
                    "went_well": "",
                    "forgot": "",
                },
                timezone.now() - timedelta(days=i + 1),
                [
                    {"name": f"Person {i}", "role": "interviewer"},
                    {"name": f"Other {i}", "role": "hr"},
                ],
            )

    add(2)
    client.get("/")  # warm-up: the first request of a session does one-off work
    with CaptureQueriesContext(connection) as small:
        assert client.get("/").status_code == 200
    add(10)
    with CaptureQueriesContext(connection) as large:
        assert client.get("/").status_code == 200
    assert len(large) == len(small)


def test_the_organisations_plan_settings_shape_today(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    from followup.organisation.models import Organisation

    org = Organisation.current()
    org.linkedin_hours = 1  # the interview ended two hours ago: no more LinkedIn suggestion
    org.save()
    client.force_login(seeker)
    html = client.get("/").content.decode()
    assert "Connect on LinkedIn" not in html
    assert thank_yous(html) == 2


def test_new_people_keep_in_touch_as_often_as_the_organisation_says(
    seeker: User,
) -> None:
    from followup.jobsearch.services import person_named
    from followup.organisation.models import Organisation

    org = Organisation.current()
    org.keep_in_touch_days = 42
    org.save()
    assert person_named(seeker, "Anika Bauer", None).keep_in_touch_days == 42


def test_linkedin_suggestions_stand_apart_after_the_notes_due(
    client: Client, seeker: User, interview_with_two: Any
) -> None:
    client.force_login(seeker)
    html = client.get("/").content.decode()
    assert "Connect on LinkedIn (2)" in html
    assert html.index("Thank-you note:") < html.index("Connect on LinkedIn (2)")
    assert "linkedin.com/search/results/people/?keywords=" in html
