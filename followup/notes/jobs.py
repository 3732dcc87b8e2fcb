"""The notes area's background job: drain the outbox every few seconds."""

from __future__ import annotations

from followup.notes.outbox import drain
from followup.worker.registry import job


@job(every=5)
def send_outbox() -> int:
    return drain()
