"""`followup serve`: migrate, collect the static files, then serve with Granian (not runserver),
in a process of its own that a Ctrl+C or SIGTERM always stops (`followup.web.server_process`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connections

from followup.web.checks import CONFIGURATION
from followup.web.server_process import Stopped, Stopping, granian_server, load_application
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
        stopping = Stopping()
        try:
            with stopping.installed():
                self._set_up()
                stopping.interruptible = False  # from here on a stop is passed on to what runs
                status = self._run(stopping, options)
        except Stopped:  # Ctrl+C or SIGTERM while setting up: nothing runs yet
            return
        if status and not stopping.requested:  # the server failed (e.g. the port is taken)
            raise SystemExit(status if status > 0 else 1)

    def _run(self, stopping: Stopping, options: dict[str, Any]) -> int:
        supervisor = None if options["no_worker"] else self._start_worker()
        try:
            return 0 if stopping.requested else self._serve(stopping, options)
        finally:  # the server has stopped, so does its worker
            if supervisor is not None:
                supervisor.stop()

    def _set_up(self) -> None:
        self.check(tags=[CONFIGURATION], include_deployment_checks=True)  # e.g. no SMTP server
        with one_at_a_time(Path(settings.DATA_DIR) / ".serve-setup.lock"):
            call_command("migrate", interactive=False, verbosity=0)
            call_command("collectstatic", interactive=False, verbosity=0)
        connections.close_all()  # not shared with the server's processes, forked from this one

    def _serve(self, stopping: Stopping, options: dict[str, Any]) -> int:
        """Granian in a process of its own until it stops (see `server_process`); its status."""
        from granian.constants import Interfaces

        host, port = options["host"], options["port"]
        shown = "127.0.0.1" if host in {"0.0.0.0", "::"} else host
        self.stdout.write(
            f"Followup is running at http://{shown}:{port}/  (data: {settings.DATA_DIR})"
        )
        self.stdout.write("Press Ctrl+C to stop.")
        self.stdout.flush()
        server = granian_server()(
            "followup.wsgi:application",
            address=host,
            port=port,
            interface=Interfaces.WSGI,
            workers=options["workers"],
            blocking_threads=settings.SERVER_THREADS,  # sized with the database pool
            log_access=False,
        )
        return stopping.run_server(lambda: server.serve(target_loader=load_application))

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
