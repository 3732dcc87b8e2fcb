"""A reminder batch reads only its users' rows: every query that loads a batch's records finds
them through an index, on SQLite and on PostgreSQL, never by reading a whole table of the
agency's records (a million interviews at 50,000 users)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import awkward_moments
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from followup.due.loading import load_many
from followup.interactions.models import Interaction
from followup.jobsearch.models import Person

pytestmark = pytest.mark.django_db
clock = awkward_moments.clock_fixture()

# The tables that grow with every user's records.
BIG_TABLES = (
    "jobsearch_application",
    "jobsearch_person",
    "jobsearch_interview",
    "jobsearch_participant",
    "interactions_interaction",
    "interactions_interaction_people",
    "today_mark",
)


def plan(sql: str) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The test tables are tiny, so a scan would be cheapest: forbid it, and a plan
            # that still scans means no index can answer the query.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}")
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def scans(explained: str) -> list[str]:
    """The big tables a plan reads in full."""
    postgres = connection.vendor == "postgresql"
    found = []
    for line in explained.splitlines():
        for table in BIG_TABLES:
            if (postgres and f"Seq Scan on {table}" in line) or (
                not postgres and line.split()[:2] == ["SCAN", table]
            ):
                found.append(table)
    return found


def test_a_batch_loads_its_users_records_through_indexes(
    make_user: Any, add_due_interview: Any, clock: Any
) -> None:
    users = [make_user(f"seeker{n}@example.org") for n in range(3)]
    for user in users:
        interview = add_due_interview(user)
        sent = Interaction.objects.create(
            owner=user, kind="thank-you", state="sent", occurred_on=interview.starts_at.date()
        )
        sent.people.set(Person.objects.filter(owner=user))
    with CaptureQueriesContext(connection) as loading:
        loaded = load_many(users)
    assert all(loaded.records[user.pk].interactions for user in users)
    tables_read = {table for query in loading for table in BIG_TABLES if table in query["sql"]}
    assert tables_read == set(BIG_TABLES)  # every kind of record was looked up
    for query in loading.captured_queries:
        assert scans(plan(query["sql"])) == [], query["sql"]


def test_a_pass_finds_the_users_who_can_be_due_through_the_index_on_their_next_due_day(
    make_user: Any, clock: Any
) -> None:
    from followup.accounts.clock import local_today
    from followup.reminders.candidates import candidate_ids
    from followup.reminders.digests import eligible_users
    from followup.reminders.models import NextDue

    due, later = make_user("due@example.org"), make_user("later@example.org")
    today = local_today(due)
    NextDue.objects.create(user=due, day=today)
    NextDue.objects.create(user=later, day=today + timedelta(days=9))
    with CaptureQueriesContext(connection) as finding:
        found = candidate_ids(eligible_users(), today)
    assert found == {due.pk}
    by_day = finding.captured_queries[0]["sql"]
    assert "reminders_nextdue" in by_day
    explained = plan(by_day)
    if connection.vendor == "postgresql":
        assert "Seq Scan on reminders_nextdue" not in explained, explained
        assert "next_due_day" in explained, explained
    else:
        assert "SCAN reminders_nextdue" not in explained.split("\n"), explained
        assert "next_due_day" in explained, explained
