"""`followup worker`: run the background jobs (outbox, reminders) until stopped."""

from __future__ import annotations

import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand

from followup.web.worker import load_jobs, loop


class Command(BaseCommand):
    help = "Run the background jobs (sending the outbox, daily reminders) until stopped."

    def handle(self, *args: Any, **options: Any) -> None:
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        names = ", ".join(sorted(job.name for job in load_jobs().values())) or "none"
        self.stdout.write(f"Worker running jobs: {names}. Ctrl+C stops it.")
        loop(stop)
