"""Loading many clients at once gives each the records loading them one by one gives."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from followup.accounts.models import User
from followup.due.loading import load_many, load_records
from followup.interactions.models import Interaction
from followup.today.models import Mark

from .conftest import job_search

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clock() -> Iterator[time_machine.Traveller]:
    """14:00 on Wednesday 10 February 2027 in Toronto, whatever the real day."""
    moment = datetime(2027, 2, 10, 14, 0, tzinfo=ZoneInfo("America/Toronto"))
    with time_machine.travel(moment, tick=False) as traveller:
        yield traveller


def test_it_reads_the_same_records_as_loading_one_client_at_a_time(
    seeker: User, other_seeker: User, interview_with_two: Any
) -> None:
    job_search(other_seeker)
    person = interview_with_two.participants.first().person
    Interaction.objects.create(
        owner=seeker, kind="thank-you", state="sent", occurred_on=timezone.localdate()
    ).people.set([person])
    Mark.objects.create(owner=seeker, key="linkedin:i1:p1", dismissed=True)
    loaded = load_many([seeker, other_seeker])
    assert loaded.records[seeker.pk] == load_records(seeker)
    assert loaded.records[other_seeker.pk] == load_records(other_seeker)
    assert loaded.records[seeker.pk].interviews[0].participants[0].notes


def test_it_keeps_each_clients_records_apart_and_knows_their_last_activity(
    seeker: User, other_seeker: User, make_user: Any
) -> None:
    job_search(seeker)
    idle = make_user("idle@example.org", "Idle Person")
    loaded = load_many([seeker, other_seeker, idle])
    assert len(loaded.records[seeker.pk].applications) == 1
    assert loaded.records[other_seeker.pk].applications == ()
    assert seeker.pk in loaded.last_activity and idle.pk not in loaded.last_activity


def test_it_uses_seven_queries_whatever_the_number_of_clients(make_user: Any) -> None:
    users = [make_user(f"u{n}@example.org") for n in range(6)]
    for user in users:
        job_search(user)
    with CaptureQueriesContext(connection) as two:
        load_many(users[:2])
    with CaptureQueriesContext(connection) as six:
        load_many(users)
    # Seven at most: a look-up by the ids of none (no interaction to find people for) is skipped.
    assert len(two.captured_queries) == len(six.captured_queries) <= 7


def test_it_reads_the_values_the_orm_reads(seeker: User, interview_with_two: Any) -> None:
    """Moments aware and equal to the model's, days as days, flags as flags, the employer's
    name: the loader reads rows through the database's cursor, not the ORM."""
    interview = interview_with_two
    interview.time_known = False
    interview.save()
    interview.application.applied_on = timezone.localdate()
    interview.application.save()
    Mark.objects.create(owner=seeker, key="linkedin:i1:p1", dismissed=True)
    records = load_records(seeker)
    loaded = records.interviews[0]
    assert loaded.starts_at == interview.starts_at and loaded.starts_at.utcoffset() is not None
    assert loaded.time_known is False and records.marks[0].dismissed is True
    application = records.applications[0]
    assert application.employer == interview.application.employer.name
    assert application.applied_on == interview.application.applied_on
    assert records.people[0].name == interview.participants.first().person.name
