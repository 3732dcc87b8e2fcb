"""`followup serve`: migrate, collect the static files, then serve with Granian (not runserver)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from followup.web.checks import CONFIGURATION
from followup.worker.supervisor import Supervisor, worker_command


class Command(BaseCommand):
    help = "Migrate the database, then serve Followup with a production-grade server."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=settings.HOST, help="address to listen on")
        parser.add_argument("--port", type=int, default=settings.PORT, help="port (or PORT)")
        parser.add_argument("--workers", type=int, default=1, help="server processes")
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="do not start the background worker (outbox and reminders): run `followup worker`",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from granian import Granian
        from granian.constants import Interfaces

        self.check(tags=[CONFIGURATION], include_deployment_checks=True)  # e.g. no SMTP server
        with one_at_a_time(Path(settings.DATA_DIR) / ".serve-setup.lock"):
            call_command("migrate", interactive=False, verbosity=0)
            call_command("collectstatic", interactive=False, verbosity=0)
        supervisor = None if options["no_worker"] else self._start_worker()
        host, port = options["host"], options["port"]
        shown = "127.0.0.1" if host in {"0.0.0.0", "::"} else host
        self.stdout.write(
            f"Followup is running at http://{shown}:{port}/  (data: {settings.DATA_DIR})"
        )
        self.stdout.write("Press Ctrl+C to stop.")
        self.stdout.flush()
        try:
            Granian(
                "followup.wsgi:application",
                address=host,
                port=port,
                interface=Interfaces.WSGI,
                workers=options["workers"],
                blocking_threads=settings.SERVER_THREADS,  # sized with the database pool
                log_access=False,
            ).serve()
        finally:  # Ctrl+C or SIGTERM: the server has stopped, so does its worker
            if supervisor is not None:
                supervisor.stop()

    def _start_worker(self) -> Supervisor:
        """The outbox and reminder worker (`followup worker`) in a process of its own that this
        one restarts if it dies, so that a laptop install sends mail without extra set-up and
        no job ever runs in a process that answers requests."""

        def started(pid: int) -> None:
            self.stdout.write(f"Background worker running in process {pid}.")
            self.stdout.flush()

        supervisor = Supervisor(worker_command(), on_start=started)
        supervisor.start()
        return supervisor


@contextmanager
def one_at_a_time(lock_file: Path) -> Iterator[None]:
    """Servers started together on one data folder migrate and collect the static files one
    after the other: two `collectstatic` writing the same files at once can fail."""
    try:
        import fcntl
    except ImportError:  # Windows: one server per data folder
        yield
        return
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
