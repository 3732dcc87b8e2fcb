"""The reports' background job: compute the figures ahead of readers, so the reports page
rarely has any to compute (`followup.caseload.report_cache.warm`)."""

from __future__ import annotations

from followup.caseload.reports import warm
from followup.worker.registry import job

EVERY_SECONDS = 60


@job(every=EVERY_SECONDS)
def warm_reports() -> int:
    return warm()
