"""50 people using Followup at once, on PostgreSQL: `followup serve` (Granian, its default
threads and database pool) on loopback, each user signed in and going through their pages
(Today, applications, people, records, the editor's check) or, for counsellors, the caseload,
for a bounded time. Prints the requests, the errors by kind, and the latency percentiles;
exits 1 when any request failed.

Builds a fresh PostgreSQL database beside the one DATABASE_URL names (created and dropped
here) and a temporary data folder. Users are signed in with sessions made in the database, so
the run measures the pages rather than password hashing.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/load.py
     [--users 50] [--seconds 60]
Target: 0 errors; the server's pool keeps connections within PostgreSQL's max_connections.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

FOLLOWUP = str(Path(sys.executable).with_name("followup"))
HOST = "127.0.0.1"  # loopback only: this is a load test of our own server
MAX_SECONDS = 60
PAGES = ["/", "/applications/", "/people/", "/records/", "/account/"]
COUNSELLOR_PAGES = ["/clients/", "/reports/"]

SEED = """
import os
from datetime import timedelta
from django.contrib.auth.hashers import make_password
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from followup.accounts.models import Sharing, User
from followup.jobsearch.services import save_interview

users = int(os.environ["LOAD_USERS"])
password = make_password("unused in the load test")
start = timezone.now() - timedelta(hours=30)
counsellor = User.objects.create(
    email="counsellor@bench.example", name="Maya Thompson", role="counsellor", password=password
)
people = [counsellor]
for n in range(users - 1):
    email = f"seeker{n}@bench.example"
    user = User.objects.create(email=email, name=f"Seeker {n}", password=password)
    for k in range(3):
        save_interview(
            user,
            {"employer_name": f"Employer {k}", "role": "Clerk", "duration_minutes": 60,
             "mode": "in-person", "round": 1, "location": "", "timeline_phrase": "within two weeks",
             "topics": "the new scheduling system", "went_well": "", "forgot": ""},
            start - timedelta(days=9 * k),
            [{"name": f"Person {k}", "role": "interviewer", "notes": ""}],
        )
    Sharing.objects.create(client=user, counsellor=counsellor, consented_at=timezone.now())
    people.append(user)
for user in people:
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    print("login", user.role, session.session_key)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def fresh_database(url: str) -> tuple[str, str]:
    """A new database beside the one `url` names: its URL, and the URL to drop it from."""
    import psycopg

    parts = urlsplit(url)
    if parts.hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit("bench/load.py runs against a PostgreSQL server on loopback only")
    name = f"followup_load_{os.getpid()}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}")), admin


def drop_database(admin: str, url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def max_connections(admin: str) -> int:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        row = conn.execute("SHOW max_connections").fetchone()
    return int(row[0]) if row else 0


def peak_connections(admin: str, database: str, stop: threading.Event, peak: list[int]) -> None:
    """The most connections the server held to the benchmark's database, sampled."""
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        while not stop.is_set():
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", [database]
            ).fetchone()
            peak[0] = max(peak[0], int(row[0]) if row else 0)
            stop.wait(0.2)


def wait_until_up(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/login/")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("the server did not answer within a minute")


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: Counter[str] = Counter()

    def add(self, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors[error] += 1


def user_loop(port: int, role: str, session: str, until: float, results: Results) -> None:
    """One person: their pages in turn, as fast as the server answers (no think time)."""
    pages = COUNSELLOR_PAGES if role == "counsellor" else PAGES
    headers = {"Cookie": f"sessionid={session}"}
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    n = 0
    while time.monotonic() < until:
        path = pages[n % len(pages)]
        n += 1
        began = time.perf_counter()
        error = None
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status >= 400:
                error = f"HTTP {response.status} {path}"
        except (OSError, http.client.HTTPException) as problem:
            error = f"{type(problem).__name__} {path}"
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
        results.add(time.perf_counter() - began, error)
    connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    seconds = min(args.seconds, MAX_SECONDS)
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("set DATABASE_URL to a PostgreSQL server on loopback")
    database_url, admin = fresh_database(url)
    data = tempfile.mkdtemp(prefix="followup-load-")
    env = {**os.environ, "DATABASE_URL": database_url, "FOLLOWUP_DATA_DIR": data}
    env.update(LOG_LEVEL="ERROR", FOLLOWUP_HOST=HOST)
    env.pop("EMAIL_URL", None)
    port = free_port()
    server = None
    try:
        subprocess.run([FOLLOWUP, "migrate", "-v", "0"], env=env, check=True)
        seeded = subprocess.run(
            [FOLLOWUP, "shell", "-c", SEED],
            env={**env, "LOAD_USERS": str(args.users)},
            check=True,
            capture_output=True,
            text=True,
        )
        logins = [
            line.split()[1:] for line in seeded.stdout.splitlines() if line.startswith("login ")
        ]
        server = subprocess.Popen(
            [FOLLOWUP, "serve", "--host", HOST, "--port", str(port), "--no-worker"], env=env
        )
        wait_until_up(port)
        results = Results()
        stop, peak = threading.Event(), [0]
        name = urlsplit(database_url).path.lstrip("/")
        sampler = threading.Thread(target=peak_connections, args=(admin, name, stop, peak))
        sampler.start()
        until = time.monotonic() + seconds
        threads = [
            threading.Thread(target=user_loop, args=(port, role, key, until, results))
            for role, key in logins
        ]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - began
        stop.set()
        sampler.join()
        report(results, len(threads), elapsed, peak[0], max_connections(admin))
        return 1 if results.errors else 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        drop_database(admin, database_url)
        shutil.rmtree(data, ignore_errors=True)


def report(results: Results, users: int, elapsed: float, peak: int, limit: int) -> None:
    times = [t * 1000 for t in results.latencies]
    errors = sum(results.errors.values())
    print(
        f"{users} users for {elapsed:.0f} s: {len(times)} requests ({len(times) / elapsed:.0f}/s)"
    )
    print(f"errors: {errors}")
    for kind, count in results.errors.most_common():
        print(f"  {count} × {kind}")
    if times:
        print(
            "latency ms: "
            f"p50 {statistics.median(times):.0f}  p90 {percentile(times, 0.9):.0f}  "
            f"p99 {percentile(times, 0.99):.0f}  max {max(times):.0f}"
        )
    print(f"PostgreSQL connections held at most: {peak} (max_connections {limit})")


if __name__ == "__main__":
    sys.exit(main())
