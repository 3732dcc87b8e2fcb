"""The reminder pass as a background job of `followup serve` and `followup worker`."""

from __future__ import annotations

from followup.reminders.digests import run_pass
from followup.worker.registry import job

EVERY_SECONDS = 300


@job(every=EVERY_SECONDS)
def send_digests() -> int:
    return run_pass().sent
