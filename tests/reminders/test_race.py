"""Two workers at once never both send: passes racing in threads, and the claim itself under
contention. Threads need a database that several connections share: PostgreSQL here; SQLite's
in-memory test database answers "table is locked" instead of waiting, so on SQLite the same race
runs as two processes on a file database (test_processes.py)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from followup.reminders import digests
from followup.reminders.models import Digest
from followup.web.mail import new_message_id

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor == "sqlite", reason="threads need PostgreSQL; see test_processes.py"
    ),
]


def at_once(task: Callable[[], Any], workers: int = 2) -> list[Any]:
    """Run `task` in several threads released together; each closes its own connection."""
    start = threading.Barrier(workers)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            results.append(task())
        except BaseException as error:  # surfaced in the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    return results


def test_two_passes_racing_deliver_exactly_one_digest_per_user(
    mail: Any, clock: Any, make_user: Any, add_due_interview: Any, monkeypatch: Any
) -> None:
    users = [make_user(f"seeker{n}@example.org") for n in range(6)]
    for user in users:
        add_due_interview(user)
    plan = digests.plan_user

    def plan_slowly(*args: Any) -> Any:
        time.sleep(0.02)  # widen the window in which both workers see the same user
        return plan(*args)

    monkeypatch.setattr(digests, "plan_user", plan_slowly)
    reports = at_once(digests.run_pass)
    assert sum(report.sent for report in reports) == 6
    assert Counter(m["To"] for m in mail.messages) == Counter(u.email for u in users)
    assert set(Digest.objects.values_list("state", flat=True)) == {"sent"}


def test_only_one_of_several_workers_wins_a_claim(seeker: Any) -> None:
    digest = Digest.objects.create(
        user=seeker, day=timezone.localdate(), message_id=new_message_id("digest")
    )

    def claim() -> bool:
        return digests.claim(Digest.objects.get(pk=digest.pk)) is not None

    assert sorted(at_once(claim, workers=4)) == [False, False, False, True]
    digest.refresh_from_db()
    assert digest.state == "sending" and digest.attempts == 1
