"""`followup serve` as an operator runs it, in its own process on a fresh data folder: the
background jobs run in a separate worker process that the server restarts when it dies and
stops with itself; `--no-worker` starts none."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from smtp_sink import free_port

FOLLOWUP = str(Path(sys.executable).with_name("followup"))
WORKER_LINE = re.compile(r"Background worker running in process (\d+)\.")
WAIT = 60.0  # seconds: the longest any step may take on a busy machine


class Served:
    """A `followup serve` process and the lines it printed, read as they come."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [FOLLOWUP, "serve", "--port", str(self.port), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def wait_for(self, pattern: re.Pattern[str]) -> re.Match[str]:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=deadline - time.monotonic())
            except queue.Empty:
                break
            self.seen.append(line)
            found = pattern.search(line)
            if found:
                return found
        raise AssertionError(f"no {pattern.pattern!r} in:\n{''.join(self.seen)}")

    def answers(self) -> bool:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/login/", timeout=5) as r:
                    return bool(r.status == 200)
            except OSError:
                time.sleep(0.2)
        return False

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=WAIT)


def running(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie waiting to be reaped counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def until(condition: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(n) for n in (task / "children").read_text().split())
    return found


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "EMAIL_URL"}}
    values.update(FOLLOWUP_DATA_DIR=str(tmp_path / "data"), LOG_LEVEL="WARNING")
    return values


@pytest.fixture
def serve(env: dict[str, str]) -> Iterator[Callable[..., Served]]:
    started: list[Served] = []

    def start(*args: str) -> Served:
        started.append(Served(env, *args))
        return started[-1]

    yield start
    for served in started:
        if served.process.poll() is None:
            served.stop()


def test_the_worker_runs_apart_is_restarted_when_it_dies_and_stops_with_the_server(
    serve: Callable[..., Served],
) -> None:
    served = serve()
    worker = int(served.wait_for(WORKER_LINE).group(1))
    assert worker != served.process.pid
    assert served.answers()
    assert running(worker)

    os.kill(worker, signal.SIGKILL)
    again = int(served.wait_for(WORKER_LINE).group(1))
    assert again != worker and running(again)
    assert served.answers()  # the server never stopped answering

    assert served.stop() == 0
    assert until(lambda: not running(again))


def test_a_worker_whose_server_was_killed_outright_stops_by_itself(
    serve: Callable[..., Served],
) -> None:
    served = serve()
    worker = int(served.wait_for(WORKER_LINE).group(1))
    assert served.answers()
    web = children(served.process.pid) - {worker}
    served.process.kill()
    served.process.wait()
    try:
        assert until(lambda: not running(worker))
    finally:
        for pid in web:  # the web server, if it outlived its parent: not what this test is about
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def test_no_worker_starts_none(serve: Callable[..., Served]) -> None:
    served = serve("--no-worker")
    served.wait_for(re.compile("Followup is running at"))
    assert served.answers()
    printed = "".join(served.seen)
    assert not WORKER_LINE.search(printed) and "Worker (process" not in printed
    # Only the server's own processes: none of them runs `followup worker`.
    for pid in children(served.process.pid):
        assert b"worker" not in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    assert served.stop() == 0
