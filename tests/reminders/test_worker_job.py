"""The reminder pass runs as a background job of `followup serve` and `followup worker`, and
the app's migrations match its models."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from followup.worker.loop import run_pending
from followup.worker.registry import registered

pytestmark = pytest.mark.django_db


# The worker closes connections around each job, as a long-running process must: that needs a
# test outside a transaction.
@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_the_reminder_pass(due_seeker: Any, mail: Any) -> None:
    jobs = registered()
    assert "followup.reminders.jobs.send_digests" in jobs
    for job in jobs.values():
        job.next_at = 0.0
    assert run_pending(now=1.0) >= 1
    assert [m["To"] for m in mail.messages] == ["zoe@example.org"]
    run_pending(now=2.0)  # not due again for a while, and sent anyway
    assert len(mail.messages) == 1


def test_no_migration_is_missing() -> None:
    out = StringIO()
    call_command("makemigrations", "reminders", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()
