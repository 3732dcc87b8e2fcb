"""The background worker: periodic jobs (the outbox, the reminder digests) run in a loop.

`followup serve` starts it in a thread so a laptop install sends mail with no extra set-up; an
agency may instead run `followup worker` as its own service. Each job is a function that does
one pass and returns how much it did; areas register theirs with `@job(every=seconds)`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import close_old_connections

log = logging.getLogger(__name__)


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


def load_jobs() -> dict[str, Job]:
    """Import each area's jobs module so that its jobs register themselves."""
    from importlib import import_module

    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name.startswith("followup."):
            try:
                import_module(f"{config.name}.jobs")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.jobs":
                    raise
    return JOBS


def run_pending(now: float | None = None) -> int:
    """Run every job whose time has come; one failing job never stops the others."""
    done = 0
    moment = time.monotonic() if now is None else now
    for item in load_jobs().values():
        if moment < item.next_at:
            continue
        item.next_at = moment + item.every
        close_old_connections()
        try:
            done += item.run()
        except Exception:
            log.exception("background job %s failed; it will run again", item.name)
        finally:
            close_old_connections()
    return done


def loop(stop: threading.Event, tick: float = 1.0) -> None:
    while not stop.is_set():
        run_pending()
        stop.wait(tick)


def start_background_worker() -> threading.Event:
    stop = threading.Event()
    threading.Thread(target=loop, args=(stop,), name="followup-worker", daemon=True).start()
    return stop
