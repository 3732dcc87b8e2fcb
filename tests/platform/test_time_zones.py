"""Each user's day is the day where they live: a zone is checked wherever it enters (the account
page, an import, the model), a stored zone that is not one falls back to the server's instead of
breaking pages, and what is recorded for a user is dated on their clock."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.test import Client

from followup.accounts.clock import local_today, zone_name
from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Employer
from followup.notes.outbox import drain, queue
from followup.records import jobrecord
from followup.records.exporting import export_json
from followup.records.importing import apply_import
from followup.reminders.digests import run_pass

pytestmark = pytest.mark.django_db

VANCOUVER = ZoneInfo("America/Vancouver")
TORONTO = ZoneInfo("America/Toronto")


def test_a_users_day_is_the_day_where_they_live(make_user: Any) -> None:
    west = make_user("west@example.org", time_zone="America/Vancouver")
    east = make_user("east@example.org", time_zone="America/Toronto")
    moment = datetime(2026, 12, 31, 22, 30, tzinfo=VANCOUVER)  # 01:30 on 1 January in Toronto
    assert local_today(west, moment) == date(2026, 12, 31)
    assert local_today(east, moment) == date(2027, 1, 1)


@time_machine.travel(datetime(2026, 12, 4, 22, 30, tzinfo=VANCOUVER), tick=False)
def test_a_note_sent_at_half_past_ten_at_night_in_vancouver_is_recorded_that_day(
    make_user: Any, mail: Any
) -> None:
    """22:30 in Vancouver is already 5 December in UTC and in Toronto (the server's zone)."""
    seeker = make_user("west@example.org", "Ana Ruiz", time_zone="America/Vancouver")
    employer = Employer.objects.create(owner=seeker, name="Coast Mountain Bus")
    application = Application.objects.create(
        owner=seeker, employer=employer, role="Scheduler", applied_on=date(2026, 11, 20)
    )
    message = Interaction.objects.create(
        owner=seeker,
        kind="follow-up",
        state="draft",
        occurred_on=date(2026, 12, 4),
        application=application,
        subject="Following up",
        body="Dear Ms. Chen, I am following up on my application.",
    )
    queue(message, "hiring@example.org")
    assert drain() == 1
    message.refresh_from_db()
    assert message.state == "sent"
    assert message.occurred_on == date(2026, 12, 4)
    row = jobrecord.activities(seeker, date(2026, 12, 4), date(2026, 12, 4))
    assert [(activity.day, activity.employer) for activity in row if activity.order == 2] == [
        (date(2026, 12, 4), "Coast Mountain Bus")
    ]


def test_the_account_page_offers_every_real_zone_and_refuses_any_other(
    client: Client, seeker: User
) -> None:
    client.force_login(seeker)
    page = client.get("/account/").content.decode()
    assert 'value="Europe/Paris"' in page and 'value="America/St_Johns"' in page
    details = {"name": seeker.name, "email": seeker.email, "time_zone": "Mars/Olympus"}
    refused = client.post("/account/", details)
    assert refused.status_code == 200
    assert 'id="id_time_zone_error"' in refused.content.decode()  # said beside the field
    seeker.refresh_from_db()
    assert seeker.time_zone == "America/Toronto"
    client.post("/account/", details | {"time_zone": "America/Vancouver"})
    seeker.refresh_from_db()
    assert seeker.time_zone == "America/Vancouver"


def test_an_account_cannot_be_saved_with_a_zone_that_is_not_one(seeker: User) -> None:
    seeker.time_zone = "Mars/Olympus"
    with pytest.raises(ValidationError) as error:
        seeker.full_clean()
    assert "time_zone" in error.value.message_dict


def test_an_import_with_a_zone_that_is_not_one_names_it_and_changes_nothing(
    seeker: User, make_user: Any
) -> None:
    document = json.loads(export_json(seeker))
    document["profile"]["time_zone"] = "Mars/Olympus"
    fresh = make_user("zoe.new@example.org", "Zoë Lefebvre")
    plan = apply_import(fresh, json.dumps(document))
    assert [(p.part, p.row, p.column) for p in plan.problems] == [("profile", 1, "time_zone")]
    assert "Mars/Olympus" in plan.problems[0].message
    fresh.refresh_from_db()
    assert fresh.time_zone == "America/Toronto"


@pytest.fixture
def lost_in_space(seeker: User, interview_with_two: Any) -> User:
    """A job seeker with a thank-you due whose stored zone is not a zone (written before zones
    were checked)."""
    User.objects.filter(pk=seeker.pk).update(time_zone="Mars/Olympus")
    seeker.refresh_from_db()
    return seeker


def test_a_stored_zone_that_is_not_one_is_run_on_the_servers_clock(lost_in_space: User) -> None:
    assert zone_name(lost_in_space) == "America/Toronto"
    moment = datetime(2027, 3, 1, 0, 30, tzinfo=TORONTO)
    assert local_today(lost_in_space, moment) == date(2027, 3, 1)


def test_a_stored_zone_that_is_not_one_breaks_neither_today_nor_the_account_page(
    client: Client, lost_in_space: User
) -> None:
    client.force_login(lost_in_space)
    today = client.get("/")
    assert today.status_code == 200 and "Siobhan" in today.content.decode()
    account = client.get("/account/").content.decode()
    assert '<option value="America/Toronto" selected>' in account


def test_a_stored_zone_that_is_not_one_still_gets_its_digest(
    lost_in_space: User, mail: Any
) -> None:
    report = run_pass(any_hour=True)
    assert report.users_due == 1
    assert [message["To"] for message in mail.messages] == ["zoe@example.org"]
