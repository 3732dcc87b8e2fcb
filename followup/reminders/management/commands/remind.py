"""`followup remind`: email each job seeker with something due their daily digest.

`--once` makes one pass (for cron) and exits 1 when a digest could not be sent; `--loop` keeps
running, a pass every `--every` seconds.
"""

from __future__ import annotations

import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import close_old_connections

from followup.reminders.digests import PassReport, run_pass

TICK = 1.0  # seconds: how soon a stop signal is heard between passes


class Command(BaseCommand):
    help = (
        "Email each job seeker with something overdue or due today one digest a day, "
        "after 8:00 in their time zone."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument("--once", action="store_true", help="one pass, then exit (default)")
        mode.add_argument("--loop", action="store_true", help="keep running until stopped")
        parser.add_argument(
            "--every", type=float, default=60.0, help="seconds between passes with --loop"
        )
        parser.add_argument(
            "--any-hour", action="store_true", help="do not wait for 8:00 in each user's time zone"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="print who would get a digest; send nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not options["loop"]:
            report = self.one_pass(options)
            self.report(report, options["dry_run"])
            if report.failed:
                # cron and monitoring see the failure; the digests are retried on the next pass
                raise CommandError(
                    f"{report.failed} digest(s) could not be sent: the mail server refused "
                    "or could not be reached (see EMAIL_URL); they are retried on the next pass.",
                    returncode=1,
                )
            return
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        self.stdout.write("Sending reminders until stopped (Ctrl+C).")
        while not stop.is_set():
            # A long-running process must not keep a connection the server has dropped.
            close_old_connections()
            try:
                report = self.one_pass(options)
            finally:
                close_old_connections()
            if report.sent or report.failed or options["dry_run"]:
                self.report(report, options["dry_run"])
            waited = 0.0
            while waited < options["every"] and not stop.is_set():
                stop.wait(TICK)
                waited += TICK
        self.stdout.write("Stopped.")

    def one_pass(self, options: dict[str, Any]) -> PassReport:
        return run_pass(any_hour=options["any_hour"], dry_run=options["dry_run"])

    def report(self, report: PassReport, dry_run: bool) -> None:
        if dry_run:
            for email, count in report.planned:
                self.stdout.write(f"{email}\t{count} item{'s' if count != 1 else ''}")
            self.stdout.write(f"Dry run: {len(report.planned)} digest(s) would be sent.")
            return
        self.stdout.write(
            f"Sent {report.sent} digest(s); {report.failed} failed (retried later); "
            f"{report.superseded} superseded; {report.users_checked} user(s) checked."
        )
