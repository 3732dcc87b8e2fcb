"""How long one reminder pass takes over a large agency: N job seekers with 20 interviews each,
M of them with something due, 5% more with an open application chased as often as the policy
allows (the planner finds nothing due for them). Mail goes over SMTP to a local aiosmtpd sink.
Also the Today page's server time for one of the due users (median and p95).

Builds a fresh database: SQLite in a temporary data folder, or, when DATABASE_URL is set, a
temporary PostgreSQL database on that server (created and dropped here). The pass runs in
`--workers` processes of its own started together, as `followup worker` services would.

Run: .venv/bin/python bench/remind.py [--users 10000] [--due-users 1000] [--workers 1] [--json]
With --json, progress goes to stderr and stdout gets one JSON object (pass_s, sent,
today_p95_ms, queries: the SQL queries of the pass, all workers together, …) to compare runs.
Each timed pass also reports where the CPU went (the workers, their PostgreSQL backends, the
SMTP sink) and how busy the whole machine was meanwhile: on a shared machine the wall times
are only worth comparing when it was not busy with other programs.
Targets: 10k users / 1,000 due under 10 s; 50k / 1,000 due at most 1.2× that; two workers at
least 1.6× as fast as one on PostgreSQL; the Today page's p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import multiprocessing
import os
import pstats
import shutil
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

TORONTO = ZoneInfo("America/Toronto")
OUT = sys.stdout  # progress; stderr with --json


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class CountingSink:
    def __init__(self, count: Any) -> None:
        self.count = count

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.count.get_lock():
            self.count.value += 1
        return "250 OK"


def serve_sink(port: int, count: Any, stop: Any) -> None:
    """The SMTP sink, in its own process as a real mail server would be."""
    import logging

    from aiosmtpd.controller import Controller

    logging.getLogger("mail.log").setLevel(logging.WARNING)
    controller = Controller(CountingSink(count), hostname="127.0.0.1", port=port)
    controller.start()
    stop.wait()
    controller.stop()


SINK: dict[str, int] = {}  # the sink's process id, to read its CPU time


def start_sink() -> tuple[int, Any, Any]:
    count = multiprocessing.Value("i", 0)
    stop = multiprocessing.Event()
    port = free_port()
    sink = multiprocessing.Process(target=serve_sink, args=(port, count, stop), daemon=True)
    sink.start()
    SINK["pid"] = sink.pid or 0
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    return port, count, stop


def process_cpu(pid: int) -> float:
    """CPU seconds a process (all its threads) has used so far, from /proc (0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, all cores, from /proc/stat."""
    try:
        with open("/proc/stat") as stat:
            ticks = [int(n) for n in stat.readline().split()[1:]]
    except OSError:
        return 0.0, 0.0
    idle = ticks[3] + ticks[4]  # idle and waiting for I/O
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK"), sum(ticks) / os.sysconf("SC_CLK_TCK")


def backend_cpu() -> float:
    """CPU seconds used so far by the PostgreSQL backend serving this process (0 on SQLite or
    when the server is not on this machine)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return process_cpu(cursor.fetchone()[0])


def step(label: str) -> Callable[[], None]:
    started = time.perf_counter()
    print(f"  {label}…", end="", flush=True, file=OUT)

    def done() -> None:
        print(f" {time.perf_counter() - started:.1f} s", flush=True, file=OUT)

    return done


def postgres_database(url: str, template: str | None = None) -> tuple[str, Callable[[], None]]:
    """A fresh database beside the one DATABASE_URL names (a copy of `template` when given);
    dropped at the end."""
    import psycopg

    parts = urlsplit(url)
    name = f"{parts.path.strip('/') or 'followup'}_bench_{os.getpid()}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')

    def drop() -> None:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def build(users: int, interviews: int, due_every: int, now: datetime) -> list[int]:
    """Bulk-load the job searches with explicit ids; returns the ids of the users made due."""
    from django.contrib.auth.hashers import make_password

    from followup.accounts.models import User
    from followup.interactions.models import Interaction
    from followup.jobsearch.models import Application, Employer, Interview, Participant, Person

    today = now.astimezone(TORONTO).date()
    password = make_password("bench-password")  # hashed once: hashing is not what is measured
    employers_each = 5
    due_ids: list[int] = []
    through = Interaction.people.through
    chunk = 500
    done = step(f"building {users:,} users × {interviews} interviews")
    for first in range(1, users + 1, chunk):
        ids = range(first, min(first + chunk, users + 1))
        rows: dict[str, list[Any]] = {k: [] for k in ("u", "e", "a", "i", "p", "pa", "x", "xp")}
        for uid in ids:
            due = bool(due_every) and uid % due_every == 0
            chased = not due and uid % 20 == 1  # open, chased twice: prefiltered, not due
            if due:
                due_ids.append(uid)
            rows["u"].append(
                User(
                    id=uid,
                    email=f"seeker{uid}@example.org",
                    name=f"Seeker {uid}",
                    password=password,
                    time_zone="America/Toronto",
                )
            )
            for e in range(employers_each):
                rows["e"].append(
                    Employer(id=uid * employers_each + e, owner_id=uid, name=f"Employer {e}")
                )
            for n in range(interviews):
                key = uid * interviews + n
                recent = due and n == 0
                met = today - timedelta(days=1 if recent else 30 + n * 9)
                status = (
                    "interviewing"
                    if recent or (chased and n == 0)
                    else ("offer", "not-selected", "withdrawn")[n % 3]
                )
                rows["a"].append(
                    Application(
                        id=key,
                        owner_id=uid,
                        employer_id=uid * employers_each + n % employers_each,
                        role=f"Role {n}",
                        status=status,
                        applied_on=met - timedelta(days=14),
                        status_changed_on=met + timedelta(days=7),
                    )
                )
                rows["i"].append(
                    Interview(
                        id=key,
                        application_id=key,
                        starts_at=datetime(met.year, met.month, met.day, 14, tzinfo=TORONTO),
                        timeline_phrase="within two weeks",
                    )
                )
                rows["p"].append(
                    Person(
                        id=key,
                        owner_id=uid,
                        name=f"Person {n}",
                        employer_id=uid * employers_each + n % employers_each,
                        notes="Met at the job fair.",
                    )
                )
                rows["pa"].append(
                    Participant(
                        id=key, interview_id=key, person_id=key, notes="the new scheduling system"
                    )
                )
                if recent:
                    continue
                contacts = [("keep-in-touch", today - timedelta(days=10))]
                if chased and n == 0:
                    contacts += [
                        ("follow-up", met + timedelta(days=16)),
                        ("follow-up", met + timedelta(days=23)),
                    ]
                for c, (kind, on) in enumerate(contacts):
                    xid = key * 3 + c
                    rows["x"].append(
                        Interaction(
                            id=xid,
                            owner_id=uid,
                            kind=kind,
                            state="sent",
                            occurred_on=on,
                            application_id=key if kind == "follow-up" else None,
                            summary=kind,
                        )
                    )
                    rows["xp"].append(through(interaction_id=xid, person_id=key))
        for model, name in (
            (User, "u"),
            (Employer, "e"),
            (Application, "a"),
            (Interview, "i"),
            (Person, "p"),
            (Participant, "pa"),
            (Interaction, "x"),
            (through, "xp"),
        ):
            model.objects.bulk_create(rows[name], batch_size=2000)
        if (first + chunk - 1) % 2000 == 0:
            print(f" {first + chunk - 1:,}", end="", flush=True, file=OUT)
    done()
    return due_ids


def replicate(built: int, users: int, interviews: int) -> None:
    """Copy the `built` users' records until there are `users`, in SQL (INSERT … SELECT with the
    ids shifted): the same records a full build makes, since a user's records depend only on
    their id modulo the due and chased spacings, in a fraction of the time."""
    from django.db import connection

    from followup.accounts.models import User
    from followup.interactions.models import Interaction
    from followup.jobsearch.models import Application, Employer, Interview, Participant, Person
    from followup.reminders.models import NextDue

    # Row ids per user, as build() numbers them (user id × this + a number below it).
    per_user = {User: 1, NextDue: 1, Employer: 5, Application: interviews, Interview: interviews}
    per_user |= {Person: interviews, Participant: interviews, Interaction: interviews * 3}
    through = Interaction.people.through
    done = step(f"copying to {users:,} users")
    with connection.cursor() as cursor:
        for copy in range(1, users // built):
            shift = {model: copy * built * n for model, n in per_user.items()}
            for model, n in per_user.items():
                copy_rows(cursor, model, shift, model._meta.pk.column, (built + 1) * n)
            below = (built + 1) * per_user[Interaction]
            copy_rows(cursor, through, shift, "interaction_id", below)
    done()


def copy_rows(cursor: Any, model: Any, shift: dict[Any, int], key: str, below: int) -> None:
    """INSERT … SELECT the built rows of `model` (`key` under `below`), ids and links shifted."""
    from followup.accounts.models import User

    columns, values = [], []
    for field in model._meta.concrete_fields:
        target = field.related_model if field.is_relation else None
        if field.primary_key and model not in shift:
            continue  # the many-to-many table numbers its own rows
        if field.primary_key:
            value = f"{field.column} + {shift[model]}"
        elif target in shift:
            value = f"{field.column} + {shift[target]}"
        elif model is User and field.column == "email":
            value = f"'seeker' || (id + {shift[User]}) || '@example.org'"
        else:
            value = field.column
        columns.append(field.column)
        values.append(value)
    table = model._meta.db_table
    cursor.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {', '.join(values)} FROM {table} WHERE {key} < {below}"
    )


def plan_everyone(users: int) -> None:
    """What a live database has: each user's next due day, stored by the passes that planned
    them and forgotten when their records changed (a bulk load sends no signal, so none is
    known yet). Planned here as a pass does, without sending; copies of users get a copy."""
    from django.utils import timezone

    from followup.organisation.models import Organisation
    from followup.reminders.digests import PassReport, plan_batch

    done = step(f"planning {users:,} users once, as earlier passes did")
    policy, now = Organisation.current().policy(), timezone.now()
    for first in range(1, users + 1, 500):
        plan_batch(PassReport(), list(range(first, min(first + 500, users + 1))), policy, now)
    done()


def after_bulk_load() -> None:
    from io import StringIO

    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    out = StringIO()
    for app in ("accounts", "jobsearch", "interactions"):
        call_command("sqlsequencereset", app, stdout=out, no_color=True)
    with connection.cursor() as cursor:
        cursor.execute(out.getvalue())
        # A live database has statistics (autovacuum); a bulk load has none until analysed.
        cursor.execute("ANALYZE")


def time_today_page(user_id: int, runs: int = 60) -> tuple[float, float]:
    from django.test import Client

    from followup.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(pk=user_id))
    assert client.get("/").status_code == 200  # warm up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get("/")
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def print_slow_queries(user_id: int) -> None:
    from django.db import connection
    from django.test import Client

    from followup.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(pk=user_id))
    client.get("/")
    timed: list[tuple[float, str]] = []

    def timer(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timed.append(((time.perf_counter() - started) * 1000, sql))

    with connection.execute_wrapper(timer):
        client.get("/")
    total = sum(t for t, _ in timed)
    print(f"Today page: {len(timed)} queries, {total:.1f} ms in the database", file=OUT)
    for ms, sql in sorted(timed, reverse=True)[:5]:
        print(f"  {ms:6.1f} ms  {sql[:300]}", file=OUT)


BIG_TABLES = (
    "jobsearch_application", "jobsearch_person", "jobsearch_interview", "jobsearch_participant",
    "interactions_interaction", "interactions_interaction_people", "today_mark",
)  # fmt: skip


def batch_full_scans(user_ids: list[int]) -> list[str]:
    """The big tables that the database plans to read in full to load one reminder batch of
    these users (EXPLAIN on the bench's data, with its statistics)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followup.accounts.models import User
    from followup.due.loading import load_many

    with CaptureQueriesContext(connection) as loading:
        load_many(list(User.objects.filter(pk__in=user_ids)))
    full = []
    postgres = connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        for query in loading.captured_queries:
            cursor.execute(("EXPLAIN " if postgres else "EXPLAIN QUERY PLAN ") + query["sql"])
            for row in cursor.fetchall():
                line = str(row[-1])
                for table in BIG_TABLES:
                    if (postgres and f"Seq Scan on {table}" in line) or (
                        not postgres and line.split()[:2] == ["SCAN", table]
                    ):
                        full.append(table)
    return full


def snapshot_exists(snapshot: str) -> bool:
    """Whether a built database was kept under this name (a file for SQLite, a database for
    PostgreSQL)."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        return os.path.exists(snapshot)
    import psycopg

    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [snapshot]).fetchone()
    return found is not None


def keep_snapshot(snapshot: str) -> None:
    """Keep the database as built (before any pass) for later runs with the same `--snapshot`."""
    from django.db import connection, connections

    done = step(f"keeping the built database as {snapshot}")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM INTO %s", [snapshot])
    else:
        import psycopg

        source = connection.settings_dict["NAME"]
        connections.close_all()
        getattr(connection, "close_pool", lambda: None)()  # a template has no open session
        admin = urlunsplit(urlsplit(os.environ["DATABASE_URL"])._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{snapshot}" TEMPLATE "{source}"')
    done()


def code_version() -> str:
    import subprocess

    head = subprocess.run(
        ["git", "describe", "--always", "--dirty"], capture_output=True, text=True, check=False
    )
    return head.stdout.strip()


def count_queries() -> tuple[Callable[[], int], Any]:
    """A query counter for the default connection: (how many so far, the wrapper's context)."""
    from django.db import connection

    counted = [0]

    def counter(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        counted[0] += 1
        return execute(sql, params, many, context)

    return (lambda: counted[0]), connection.execute_wrapper(counter)


def warm_up() -> None:
    """What a `followup worker` that has been running has done once already, in its first pass:
    loaded the URLs (links in the digest) and the timeline reader's rules (the follow-up days).
    No database row is read, so the measured pass finds a cold database as before."""
    from datetime import date

    from django.urls import reverse

    from followup.lib.timeline import read_timeline

    reverse("today")
    read_timeline("within two weeks", date(2027, 2, 10))


def pass_in_process(ready: Any, results: Any) -> None:
    """One `followup worker`-like process: set up, wait for the others, make one pass."""
    import django

    django.setup()
    warm_up()
    from followup.reminders.digests import run_pass

    ready.wait()
    so_far, counting = count_queries()
    cpu = time.process_time()
    with counting:
        report = run_pass(any_hour=True)
    cpu = time.process_time() - cpu
    finished = time.perf_counter()
    # Its backend served only this pass (the connection is made in it): its CPU time is the
    # database's share of this worker's pass.
    results.put((finished, report.sent, report.users_checked, so_far(), cpu, backend_cpu()))


SPLIT: dict[int, dict[str, Any]] = {}  # CPU seconds by whom, by number of workers


def timed_pass(workers: int) -> tuple[float, int, int, int, float]:
    """The pass in `workers` processes started together: (seconds from the start signal until
    the last one finished, digests sent, users planned, queries, CPU seconds of the workers:
    less disturbed than the wall time by other programs on a busy machine)."""
    from django.db import connections

    connections.close_all()
    spawn = multiprocessing.get_context("spawn")  # each its own Django, as separate services
    ready, results = spawn.Barrier(workers + 1), spawn.Queue()
    processes = [
        spawn.Process(target=pass_in_process, args=(ready, results)) for _ in range(workers)
    ]
    for process in processes:
        process.start()
    sink_before, machine_before = process_cpu(SINK.get("pid", 0)), machine_busy()
    ready.wait()  # every worker has imported Django and is connected-ready
    started = time.perf_counter()
    done = [results.get(timeout=3600) for _ in processes]
    sink_cpu, machine_after = process_cpu(SINK.get("pid", 0)) - sink_before, machine_busy()
    for process in processes:
        process.join()
    finished = max(at for at, *_ in done)
    each = ", ".join(
        f"{d[1]} sent in {d[0] - started:.1f} s, {d[4]:.2f} s CPU (its PostgreSQL backend "
        f"{d[5]:.2f} s)"
        for d in done
    )
    print(f"  each worker: {each}", file=OUT)
    busy, total = (
        after - before for after, before in zip(machine_after, machine_before, strict=True)
    )
    SPLIT[workers] = {
        "workers_cpu_s": round(sum(d[4] for d in done), 3),
        "postgres_cpu_s": round(sum(d[5] for d in done), 3),
        "sink_cpu_s": round(sink_cpu, 3),
        # the whole machine, other programs included: how much it was shared meanwhile
        "machine_busy": round(busy / total, 3) if total else None,
        "machine_busy_cpu_s": round(busy, 3),
    }
    print(f"  CPU during the pass: {SPLIT[workers]}", file=OUT)
    return (
        finished - started,
        sum(d[1] for d in done),
        sum(d[2] for d in done),
        sum(d[3] for d in done),
        sum(d[4] for d in done),
    )


def profiled_pass() -> tuple[float, int, int, int, float]:
    from followup.reminders.digests import run_pass

    warm_up()  # as the timed workers do: what a first pass loads once is not the pass's cost
    profiler = cProfile.Profile()
    so_far, counting = count_queries()
    started, cpu = time.perf_counter(), time.process_time()
    with counting:
        profiler.enable()
        report = run_pass(any_hour=True)
        profiler.disable()
    seconds = time.perf_counter() - started
    # BENCH_SORT=tottime for where the time itself goes; BENCH_LINES for more lines.
    stats = pstats.Stats(profiler, stream=OUT).sort_stats(
        os.environ.get("BENCH_SORT", "cumulative")
    )
    stats.print_stats(int(os.environ.get("BENCH_LINES", "40")))
    return seconds, report.sent, report.users_checked, so_far(), time.process_time() - cpu


def today_queries(user_id: int) -> int:
    from django.test import Client

    from followup.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(pk=user_id))
    client.get("/")
    so_far, counting = count_queries()
    with counting:
        client.get("/")
    return so_far()


def main() -> int:
    global OUT
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--interviews", type=int, default=20)
    parser.add_argument("--due", type=float, default=0.1, help="share of users with something due")
    parser.add_argument("--due-users", type=int, help="how many users have something due")
    parser.add_argument(
        "--workers",
        default="1",
        help="processes making the pass; a list (1,2) repeats the pass on the same data",
    )
    parser.add_argument(
        "--build-users",
        type=int,
        help="build this many users in Python, then copy them in SQL up to --users (faster)",
    )
    parser.add_argument(
        "--snapshot",
        help="keep the built database under this name (a file for SQLite, a database name for "
        "PostgreSQL) and reuse it on later runs the same day with the same sizes, instead of "
        "building again",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--profile", action="store_true", help="print where the pass spends time")
    parser.add_argument(
        "--queries", action="store_true", help="print the Today page's slowest queries"
    )
    args = parser.parse_args()
    if args.json:
        OUT = sys.stderr
    due_every = (
        max(args.users // args.due_users, 1)
        if args.due_users
        else (round(1 / args.due) if args.due else 0)
    )

    data_dir = tempfile.mkdtemp(prefix="followup-bench-remind-")
    os.environ["FOLLOWUP_DATA_DIR"] = data_dir
    os.makedirs(os.path.join(data_dir, "static"))  # no collectstatic: pages use the finders
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    os.environ["LOG_LEVEL"] = "WARNING"
    drop: Callable[[], None] | None = None
    reuse = bool(args.snapshot) and snapshot_exists(args.snapshot)
    if os.environ.get("DATABASE_URL"):
        template = args.snapshot if reuse else None
        os.environ["DATABASE_URL"], drop = postgres_database(os.environ["DATABASE_URL"], template)
    elif reuse:
        shutil.copy(args.snapshot, os.path.join(data_dir, "followup.sqlite3"))

    port, received, stop_sink = start_sink()
    os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{port}"

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    try:
        print(f"Reminder pass on {connection.vendor} ({os.cpu_count()} cores)", file=OUT)
        done = step("migrating")
        call_command("migrate", verbosity=0)
        done()
        from django.utils import timezone

        built = args.build_users or args.users
        if args.users % built or (due_every and built % due_every) or built % 20:
            parser.error(
                "--build-users must divide --users, and be a multiple of 20 and of "
                "the due users' spacing (users / due users)"
            )
        if reuse:
            print(f"  reusing the database built earlier: {args.snapshot}", file=OUT)
            due_ids = [
                uid for uid in range(1, args.users + 1) if due_every and uid % due_every == 0
            ]
        else:
            due_ids = build(built, args.interviews, due_every, timezone.now())
            plan_everyone(built)
            if built < args.users:
                replicate(built, args.users, args.interviews)
                due_ids = [
                    uid + copy * built for copy in range(args.users // built) for uid in due_ids
                ]
            after_bulk_load()
            if args.snapshot:
                keep_snapshot(args.snapshot)
        from followup.accounts.clock import local_today
        from followup.reminders.candidates import candidate_ids
        from followup.reminders.digests import eligible_users, run_pass
        from followup.reminders.models import Digest

        started = time.perf_counter()
        found = candidate_ids(eligible_users(), local_today("America/Toronto", timezone.now()))
        prefilter = time.perf_counter() - started
        print(
            f"prefilter alone: {prefilter:.2f} s, "
            f"{len(found):,} candidates of {args.users:,} users",
            file=OUT,
        )
        full_scans = batch_full_scans(due_ids[:200])
        print(f"tables read in full to load a batch: {full_scans or 'none'}", file=OUT)
        by_workers: dict[int, float] = {}
        cpu_by_workers: dict[int, float] = {}
        for workers in [int(n) for n in args.workers.split(",")]:
            if by_workers:  # the same pass again on the same data: no digest yet
                Digest.objects.all().delete()
                received.value = 0
            seconds, sent, checked, queries, cpu = (
                profiled_pass() if args.profile else timed_pass(workers)
            )
            by_workers[workers] = round(seconds, 3)
            cpu_by_workers[workers] = round(cpu, 3)
            print(
                f"one pass in {workers} process(es): {seconds:.1f} s for {args.users:,} users; "
                f"planner ran for {checked:,} prefiltered users; sent {sent:,} "
                f"({sent / seconds:,.0f} digests/s), {cpu:.1f} s of CPU in the workers, "
                f"in {queries:,} queries, sink received "
                f"{received.value:,}; expected {len(due_ids):,}",
                file=OUT,
            )
        started = time.perf_counter()
        again = run_pass(any_hour=True)
        second = time.perf_counter() - started
        print(
            f"a second pass the same day: {second:.2f} s, "
            f"{again.sent} sent, planner ran for {again.users_checked:,} users",
            file=OUT,
        )
        if args.queries:
            print_slow_queries(due_ids[0])
        median, p95 = time_today_page(due_ids[0])
        print(f"Today page for a due user: median {median:.1f} ms, p95 {p95:.1f} ms", file=OUT)
        ok = received.value == len(due_ids) == sent and p95 < 50
        if args.json:
            result = {
                "database": connection.vendor,
                "users": args.users,
                "due_users": len(due_ids),
                "code": code_version(),
                "load_average": os.getloadavg()[0],
                "workers": workers,
                "pass_s": round(seconds, 3),
                "pass_s_by_workers": by_workers,
                "pass_cpu_s_by_workers": cpu_by_workers,
                "cpu_split_by_workers": SPLIT,
                "sent": sent,
                "received": received.value,
                "planned_users": checked,
                "queries": queries,
                # Less disturbed than the wall time by other programs on a busy machine.
                "cpu_ms_per_digest": round(cpu * 1000 / max(sent, 1), 2),
                "queries_per_digest": round(queries / max(sent, 1), 2),
                "prefilter_s": round(prefilter, 3),
                "batch_full_scans": full_scans,
                "second_pass_s": round(second, 3),
                "today_median_ms": round(median, 2),
                "today_p95_ms": round(p95, 2),
                "today_queries": today_queries(due_ids[0]),
            }
            print(json.dumps(result))
        print("every digest delivered" if ok else "DIGESTS OR TODAY MISSED", file=OUT)
        return 0 if ok else 1
    finally:
        stop_sink.set()
        if drop is not None:
            drop()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
