"""`followup worker`: run the background jobs (outbox, reminders) until stopped."""

from __future__ import annotations

import argparse
import os
import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from followup.worker.loop import loop, stop_when_parent_exits
from followup.worker.registry import registered


class Command(BaseCommand):
    help = "Run the background jobs (sending the outbox, daily reminders) until stopped."

    def add_arguments(self, parser: CommandParser) -> None:
        # Set by `followup serve` for the worker it supervises: stop when that server is gone.
        parser.add_argument("--parent", type=int, help=argparse.SUPPRESS)

    def handle(self, *args: Any, **options: Any) -> None:
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        if options["parent"]:
            stop_when_parent_exits(options["parent"], stop)
        names = ", ".join(sorted(job.name for job in registered().values())) or "none"
        self.stdout.write(f"Worker (process {os.getpid()}) running jobs: {names}. Ctrl+C stops it.")
        self.stdout.flush()
        loop(stop)
