"""The background jobs the worker runs: each area registers its own with `@job(every=seconds)`
in its `jobs` module, which its `AppConfig.ready` imports (`followup.notes.jobs`: the outbox;
`followup.reminders.jobs`: the daily digests). A job does one pass and returns how much it did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    run: Callable[[], int]
    every: float
    next_at: float = field(default=0.0)


JOBS: dict[str, Job] = {}


def job(every: float) -> Callable[[Callable[[], int]], Callable[[], int]]:
    def register(func: Callable[[], int]) -> Callable[[], int]:
        JOBS[f"{func.__module__}.{func.__name__}"] = Job(func.__name__, func, every)
        return func

    return register


def registered() -> dict[str, Job]:
    """Every job registered so far: each area registers its own when Django starts (its
    `AppConfig.ready` imports its `jobs` module, whose `@job` functions register themselves)."""
    return JOBS
