"""The deployment the README describes for an agency that outgrows one machine, run for real: two
`followup serve --no-worker` and two `followup worker` processes against one PostgreSQL
database. Both servers answer a signed-in user from the shared sessions; the two workers share
the first reminder pass and every due user gets exactly one digest."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import pytest
from smtp_sink import free_port

FOLLOWUP = str(Path(sys.executable).with_name("followup"))
SEEKERS = 30
WAIT = 120.0  # seconds: the longest any step may take on a busy machine

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="several processes share one PostgreSQL database (SQLite is for one machine)",
)

# Zones around the world: one of them is always between 11:00 and 20:00, after the 8:00 at
# which digests start and late enough that an interview three hours ago was today.
ZONES = (
    "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
    "America/Chicago", "America/Toronto", "America/Halifax", "America/Sao_Paulo",
    "Atlantic/Azores", "Europe/London", "Europe/Paris", "Europe/Athens", "Europe/Moscow",
    "Asia/Dubai", "Asia/Karachi", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo",
    "Australia/Brisbane", "Pacific/Noumea", "Pacific/Auckland",
)  # fmt: skip

MAKE_SEEKERS = """
import os
from datetime import timedelta
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from followup.accounts.models import User
from followup.jobsearch.services import save_interview
start = timezone.now() - timedelta(hours=3)
for n in range(int(os.environ["SEEKERS"])):
    user = User.objects.create_user(
        f"seeker{n}@example.org", None, name=f"Seeker {n}", time_zone=os.environ["ZONE"]
    )
    save_interview(
        user,
        {"employer_name": "Quinte Health", "role": "Clerk", "duration_minutes": 60,
         "mode": "in-person", "round": 1, "location": "", "timeline_phrase": "within two weeks",
         "topics": "", "went_well": "", "forgot": ""},
        start,
        [{"name": "Siobhan O'Connor", "role": "interviewer", "notes": ""}],
    )
session = SessionStore()
session["_auth_user_id"] = str(user.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = user.get_session_auth_hash()
session.create()
print(session.session_key)
"""

COUNT_DIGESTS = """
from collections import Counter
from followup.reminders.models import Digest
print(dict(Counter(Digest.objects.values_list("state", flat=True))))
"""


def working_zone(now: datetime) -> str:
    return next(z for z in ZONES if 11 <= now.astimezone(ZoneInfo(z)).hour < 20)


@pytest.fixture
def agency_database() -> Iterator[str]:
    """A database of this test's own on the PostgreSQL server the suite uses."""
    import psycopg

    parts = urlsplit(os.environ["DATABASE_URL"])
    name = f"{parts.path.strip('/') or 'followup'}_agency"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def env(tmp_path: Path, smtp: Any, agency_database: str) -> dict[str, str]:
    values = dict(os.environ)
    values.update(
        DATABASE_URL=agency_database,
        FOLLOWUP_DATA_DIR=str(tmp_path / "data"),
        EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
        SITE_URL="https://followup.agency.example",
        DEFAULT_FROM_EMAIL="Employment Services <followup@agency.example>",
        LOG_LEVEL="WARNING",
        FOLLOWUP_DB_POOL_SIZE="4",
        FOLLOWUP_THREADS="2",
    )
    return values


@pytest.fixture
def started(env: dict[str, str]) -> Iterator[list[subprocess.Popen[str]]]:
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def followup(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [FOLLOWUP, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def log_of(process: subprocess.Popen[str], log: Path) -> str:
    """What a process wrote, for a failure message that says why it stopped."""
    return f"exit code {process.poll()}; its output:\n{log.read_text(errors='replace')[-3000:]}"


def start(
    env: dict[str, str], logs: Path, name: str, *args: str
) -> tuple[subprocess.Popen[str], Path]:
    """Start a `followup` process with its output kept in a file of its own."""
    log = logs / f"{name}.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [FOLLOWUP, *args], env=env, stdout=out, stderr=subprocess.STDOUT, text=True
        )
    return process, log


def page(port: int, session: str, process: subprocess.Popen[str], log: Path) -> tuple[int, str]:
    """Today's page from one server, waiting while it starts; fails at once if it stopped."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/", headers={"Cookie": f"sessionid={session}"}
    )
    deadline = time.monotonic() + WAIT
    while True:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except OSError:
            assert process.poll() is None, (
                f"the server on port {port} stopped: {log_of(process, log)}"
            )
            assert time.monotonic() < deadline, (
                f"port {port} never answered: {log_of(process, log)}"
            )
            time.sleep(0.2)


def serve(
    env: dict[str, str], logs: Path, name: str, taken: set[int]
) -> tuple[subprocess.Popen[str], Path, int]:
    """One `followup serve --no-worker` on a free port of its own. A port found free can be
    taken by another program before the server binds it; then the server exits at once and
    is started again on another port."""
    for _ in range(5):
        port = free_port()
        if port in taken:
            continue
        process, log = start(env, logs, name, "serve", "--no-worker", "--port", str(port))
        time.sleep(0.5)
        if process.poll() is None or "in use" not in log.read_text(errors="replace"):
            taken.add(port)
            return process, log, port
    raise AssertionError(f"no free port for {name}")


def test_two_servers_and_two_workers_share_one_postgresql(
    env: dict[str, str], smtp: Any, started: list[subprocess.Popen[str]], tmp_path: Path
) -> None:
    followup(env, "migrate", "-v0")  # an agency migrates once, on purpose, before starting
    env.update(SEEKERS=str(SEEKERS), ZONE=working_zone(datetime.now(ZoneInfo("UTC"))))
    session = followup(env, "shell", "-c", MAKE_SEEKERS).split()[-1]

    logs = tmp_path / "logs"
    logs.mkdir()
    taken: set[int] = set()
    servers = [serve(env, logs, f"server{n}", taken) for n in range(2)]
    started.extend(process for process, _, _ in servers)
    workers = [start(env, logs, f"worker{n}", "worker") for n in range(2)]
    started.extend(process for process, _ in workers)

    for process, log, port in servers:  # either server knows the user: the sessions are shared
        status, body = page(port, session, process, log)
        assert status == 200 and "Quinte Health" in body

    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        states = followup(env, "shell", "-c", COUNT_DIGESTS).splitlines()[-1]
        if states == f"{{'sent': {SEEKERS}}}":
            break
        time.sleep(0.5)
    assert states == f"{{'sent': {SEEKERS}}}"
    for process, log in [(p, log) for p, log, _ in servers] + workers:  # nobody crashed
        assert process.poll() is None, log_of(process, log)
    assert Counter(m["To"] for m in smtp.messages) == Counter(
        f"seeker{n}@example.org" for n in range(SEEKERS)
    )
    # A later pass the same day sends nothing more: the workers run it every few minutes,
    # so run one more by hand beside them.
    followup(env, "remind", "--once")
    assert len(smtp.messages) == SEEKERS
