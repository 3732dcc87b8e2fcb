"""How `followup serve` keeps `followup worker` running beside it: a child process of its own,
restarted with backoff if it dies and stopped with the server, so a laptop install sends mail
with no extra set-up while the processes that answer requests never run a job."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


def worker_command() -> list[str]:
    """`followup worker` run by this interpreter, stopping by itself if this process dies."""
    start = "import sys; from followup.cli import main; sys.exit(main())"
    return [sys.executable, "-c", start, "worker", "--parent", str(os.getpid())]


class Supervisor:
    """Keeps one child process running: restarted after it exits, waiting 1, 2, 4… seconds (at
    most `longest_wait`) after quick deaths, at once again after a long healthy run; `stop()`
    ends it with SIGTERM, then SIGKILL if it does not stop within `grace` seconds."""

    def __init__(
        self,
        command: list[str],
        on_start: Callable[[int], None] = lambda pid: None,
        first_wait: float = 1.0,
        longest_wait: float = 60.0,
        healthy_after: float = 60.0,
        grace: float = 30.0,
    ) -> None:
        self.command = command
        self.on_start = on_start
        self.first_wait, self.longest_wait = first_wait, longest_wait
        self.healthy_after, self.grace = healthy_after, grace
        self.process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="followup-supervisor", daemon=True)
        self._first: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the first child at once, from the calling thread: a server that forks its own
        processes afterwards cannot fork while a child is being started."""
        self._first = self._spawn()
        self._thread.start()

    def _spawn(self) -> subprocess.Popen[bytes] | None:
        with self._lock:
            if self._stopping.is_set():
                return None
            # Its own session: a Ctrl+C in the terminal reaches the server, which stops it.
            self.process = subprocess.Popen(self.command, start_new_session=True)
        self.on_start(self.process.pid)
        return self.process

    def _run(self) -> None:
        wait = self.first_wait
        process, self._first = self._first, None
        while not self._stopping.is_set():
            started = time.monotonic()
            if process is None:
                try:
                    process = self._spawn()
                except OSError:
                    log.exception("could not start the background worker")
                if process is None and self._stopping.is_set():
                    return
            code = process.wait() if process is not None else None
            if self._stopping.is_set():
                return
            if time.monotonic() - started >= self.healthy_after:
                wait = self.first_wait
            log.warning("the background worker stopped (exit %s); restarting in %.0f s", code, wait)
            if self._stopping.wait(wait):
                return
            wait = min(wait * 2, self.longest_wait)
            process = None

    def stop(self) -> None:
        with self._lock:
            self._stopping.set()
            process = self.process
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=self.grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
