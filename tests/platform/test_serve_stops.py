"""`followup serve` stopped with Ctrl+C or SIGTERM at any moment of its start-up, as an operator
or a service manager does: it exits within seconds, leaving no process behind and its port free
(it used to hang for good when stopped while its web process was still loading the app)."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from smtp_sink import free_port

FOLLOWUP = str(Path(sys.executable).with_name("followup"))
STARTS = 60.0  # seconds: the longest a step of start-up may take on a busy machine
STOPS = 10.0  # seconds: the longest a stop may take (the server's grace period is 5 s)

Process = tuple[int, str]  # a pid and its start time: never mistaken for a later process


def descendants(pid: int) -> set[Process]:
    """Every live process below `pid`, at any depth."""
    found: set[Process] = set()
    todo = [pid]
    while todo:
        for task in _tasks(todo.pop()):
            try:
                kids = [int(n) for n in (task / "children").read_text().split()]
            except OSError:
                continue
            todo.extend(kids)
            found.update(p for p in map(_identity, kids) if p is not None)
    return found


def _tasks(pid: int) -> list[Path]:
    try:
        return list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return []


def _identity(pid: int) -> Process | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] == "Z" else (pid, fields[19])


def alive(process: Process) -> bool:
    return _identity(process[0]) == process


class Served:
    """`followup serve` in a session of its own (as in a terminal), the lines it printed and
    every process seen below it."""

    def __init__(self, data: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "EMAIL_URL"}}
        env.update(FOLLOWUP_DATA_DIR=str(data))
        self.port = free_port()
        self.process = subprocess.Popen(
            [FOLLOWUP, "serve", "--port", str(self.port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.printed: list[str] = []
        self.seen: set[Process] = set()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._watch, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def _watch(self) -> None:
        while self.process.poll() is None:
            self.seen |= descendants(self.process.pid)
            time.sleep(0.01)

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + STARTS
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                break
            self.printed.append(line)
            if text in line:
                return
        raise AssertionError(f"no {text!r} in:\n{''.join(self.printed)}")

    def answers(self) -> bool:
        deadline = time.monotonic() + STARTS
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/login/", timeout=5) as r:
                    return bool(r.status == 200)
            except OSError:
                time.sleep(0.1)
        return False

    def stop(self, signum: int) -> float:
        """Send `signum`: Ctrl+C (SIGINT) as a terminal does, to the whole foreground group;
        SIGTERM as `kill` or a container runtime does, to `followup serve` alone. Seconds until
        it exited."""
        self.seen |= descendants(self.process.pid)
        if signum == signal.SIGINT:
            os.killpg(self.process.pid, signum)
        else:
            self.process.send_signal(signum)
        sent = time.monotonic()
        try:
            self.process.wait(timeout=STOPS)
        except subprocess.TimeoutExpired:
            return float("inf")
        return time.monotonic() - sent

    def output(self) -> str:
        while not self.lines.empty():
            self.printed.append(self.lines.get())
        return "".join(self.printed)

    def clean_up(self) -> None:
        """Kill whatever a failed test left running (only processes seen below this one)."""
        if self.process.poll() is None:
            self.seen |= descendants(self.process.pid)
            self.process.kill()
        for process in self.seen:
            if alive(process):
                with contextlib.suppress(OSError):
                    os.kill(process[0], signal.SIGKILL)
        self.process.wait()


def gone(processes: set[Process]) -> bool:
    """Whether none of `processes` runs any more, once those being killed have had a moment."""
    deadline = time.monotonic() + 2
    while any(alive(p) for p in processes):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def port_free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data folder for every start: migrated by the first, so the others start sooner."""
    return tmp_path_factory.mktemp("serve-stops")


@pytest.fixture
def served(data: Path) -> Iterator[Served]:
    started = Served(data)
    yield started
    started.clean_up()


# Moments of start-up, each a line `followup serve` prints (None: at once).
LAUNCHED = None
SETTING_UP = "No SMTP server is configured"  # the check, just before migrating
LOADING = "Spawning worker-1"  # Granian's web process starts loading the application
SERVING = "Followup is running"  # then waits until a page answers


@pytest.mark.parametrize(
    ("moment", "signum"),
    [
        (LAUNCHED, signal.SIGTERM),
        (SETTING_UP, signal.SIGINT),
        (LOADING, signal.SIGTERM),
        (LOADING, signal.SIGINT),
        (SERVING, signal.SIGINT),  # SIGTERM then: tests/platform/test_serve_worker.py
    ],
    ids=["launched-TERM", "setting-up-INT", "loading-TERM", "loading-INT", "serving-INT"],
)
def test_stopped_at_any_moment_it_exits_quickly_and_leaves_nothing_behind(
    served: Served, moment: str | None, signum: int
) -> None:
    if moment is not None:
        served.wait_for(moment)
    if moment == SERVING:
        assert served.answers()
    took = served.stop(signum)
    assert took < STOPS, f"still running {STOPS:.0f} s after {signum!r}:\n{served.output()}"
    left = [pid for pid, _ in served.seen]
    assert gone(served.seen), f"left running among {left}:\n{served.output()}"
    assert port_free(served.port)
    if moment is LAUNCHED:  # Python itself may still be starting: then killed by the signal
        assert served.process.returncode in {0, -signum}
    else:
        assert served.process.returncode == 0, served.output()
    if moment == SERVING:  # the background worker it started has stopped as well
        worker = re.search(r"Background worker running in process (\d+)", served.output())
        assert worker is not None and _identity(int(worker.group(1))) is None
