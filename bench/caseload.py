"""How long the caseload page takes for a counsellor with 150 clients, in a database of 10,000
job seekers with a few records each (an application or two, an interview, an interviewer, a
message). Prints the median and 95th percentile server time (target: p95 at most 60 ms) and the
number of queries for 15 and for 150 clients, which must be the same, each beside a trivial
Django view returning the same clients' names (requests alternate, so a busy machine slows both
alike): first as a counsellor coming back finds it (each client's plan kept since the last load),
then with every client planned afresh (the first load of the day, or of a process). Then the
Today page of a busy job seeker (20 interviews, two people met at each: thank-you notes,
follow-ups and check-ins due) beside a trivial view returning the same
interviews and people (target: p95 at most twice the trivial view's). Then the reports page
over the whole database (target: 200 ms): its first load, which computes the figures, its later
loads, which find them in the cache, and loads just after a record changed. Wall and CPU times
are printed: a busy machine inflates wall times more.

Run: .venv/bin/python bench/caseload.py [--seekers 10000] [--runs 60] [--only caseload]
It builds a fresh SQLite database in a temporary folder (or uses DATABASE_URL, which must point
to an empty database) and never touches your data folder.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if "DATABASE_URL" not in os.environ:
    os.environ["FOLLOWUP_DATA_DIR"] = tempfile.mkdtemp(prefix="followup-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.decorators import login_required  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.http import HttpRequest, HttpResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import include, path  # noqa: E402
from django.utils import timezone  # noqa: E402

from followup.accounts.models import Role, Sharing, User  # noqa: E402
from followup.caseload.summary import KEPT  # noqa: E402
from followup.interactions.models import Interaction  # noqa: E402
from followup.jobsearch.models import (  # noqa: E402
    Application,
    Employer,
    Interview,
    Participant,
    Person,
)
from followup.jobsearch.services import save_interview  # noqa: E402
from followup.organisation.models import Office  # noqa: E402

TRIVIAL = engines["django"].from_string(
    "<ul>{% for name, office in rows %}<li>{{ name }} {{ office }}</li>{% endfor %}</ul>"
)


@login_required
def trivial(request: HttpRequest) -> HttpResponse:
    """The yardstick: the same clients' names and offices, one query, a two-line template."""
    rows = User.objects.filter(
        sharings__counsellor=cast(User, request.user),
        sharings__consented_at__isnull=False,
        is_active=True,
    ).values_list("name", "office__name")
    return HttpResponse(TRIVIAL.render({"rows": rows}, request))


TRIVIAL_TODAY = engines["django"].from_string(
    "<ul>{% for day, employer, role, person in rows %}"
    "<li>{{ day }} {{ employer }} {{ role }}: {{ person }}</li>{% endfor %}</ul>"
)


@login_required
def trivial_today(request: HttpRequest) -> HttpResponse:
    """Today's yardstick: the user's interviews and the people met, one query, a short template."""
    rows = (
        Participant.objects.filter(interview__application__owner=cast(User, request.user))
        .order_by("interview__starts_at")
        .values_list(
            "interview__starts_at",
            "interview__application__employer__name",
            "interview__application__role",
            "person__name",
        )
    )
    return HttpResponse(TRIVIAL_TODAY.render({"rows": rows}, request))


urlpatterns = [
    path("bench/trivial/", trivial),
    path("bench/trivial-today/", trivial_today),
    path("", include("followup.urls")),
]

PHRASES = ["within two weeks", "by the end of next week", "in 10 business days", "", "Friday"]


def build(seekers: int) -> tuple[User, User]:
    """10,000 job seekers with a few records each; counsellors with 150 and 15 clients."""
    password = make_password("bench-pass")  # hashed once, shared by every account
    offices = list(Office.objects.all())
    rng = random.Random(7)
    now = timezone.now()
    with transaction.atomic():
        users = User.objects.bulk_create(
            User(
                email=f"seeker{n}@example.org",
                name=f"Seeker {n:05d}",
                password=password,
                role=Role.JOB_SEEKER,
                office=offices[n % len(offices)] if offices else None,
            )
            for n in range(seekers)
        )
        employers = Employer.objects.bulk_create(
            Employer(owner=u, name=f"Employer of {u.name}") for u in users
        )
        applications = Application.objects.bulk_create(
            Application(
                owner=u,
                employer=e,
                role=role,
                status="interviewing" if role == "Clerk" else "applied",
                applied_on=(now - timedelta(days=rng.randint(0, 40))).date(),
            )
            for u, e in zip(users, employers, strict=True)
            for role in ("Clerk", "Cashier")
        )
        interviewed = [a for a in applications if a.role == "Clerk"]
        interviews = Interview.objects.bulk_create(
            Interview(
                application=a,
                starts_at=now - timedelta(hours=rng.randint(3, 24 * 30)),
                timeline_phrase=rng.choice(PHRASES),
            )
            for a in interviewed
        )
        people = Person.objects.bulk_create(
            Person(owner=u, name=f"Interviewer {n}", employer=e)
            for n, (u, e) in enumerate(zip(users, employers, strict=True))
        )
        Participant.objects.bulk_create(
            Participant(interview=i, person=p) for i, p in zip(interviews, people, strict=True)
        )
        messages = Interaction.objects.bulk_create(
            Interaction(
                owner=u,
                kind="thank-you",
                state=rng.choice(["draft", "sent"]),
                occurred_on=i.starts_at.date(),
                interview=i,
                application=i.application,
            )
            for u, i in zip(users, interviews, strict=True)
        )
        Interaction.people.through.objects.bulk_create(
            Interaction.people.through(interaction_id=m.pk, person_id=p.pk)
            for m, p in zip(messages, people, strict=True)
        )
        big = User.objects.create(
            email="big@example.org", name="Big Caseload", password=password, role=Role.COUNSELLOR
        )
        small = User.objects.create(
            email="small@example.org",
            name="Small Caseload",
            password=password,
            role=Role.COUNSELLOR,
        )
        clients = rng.sample(users, 150)
        Sharing.objects.bulk_create(
            [Sharing(client=c, counsellor=big, consented_at=now) for c in clients]
            + [Sharing(client=c, counsellor=small, consented_at=now) for c in clients[:15]]
        )
    return big, small


def busy_seeker() -> User:
    """A job seeker in the middle of a search: 20 interviews over two months, two people met at
    each, some thanked already, some chased already."""
    user = User.objects.create(
        email="busy@example.org", name="Busy Seeker", password="!", role=Role.JOB_SEEKER
    )
    now = timezone.now()
    for n in range(20):
        hours = (3, 20, 30, 50)[n] if n < 4 else 24 * (3 * n)
        interview = save_interview(
            user,
            {
                "employer_name": f"Employer {n}",
                "role": "Clerk",
                "duration_minutes": 45,
                "mode": "in-person",
                "round": 1,
                "location": "",
                "timeline_phrase": PHRASES[n % len(PHRASES)],
                "topics": "",
                "went_well": "",
                "forgot": "",
            },
            now - timedelta(hours=hours),
            [
                {"name": f"Interviewer {n}", "role": "interviewer", "notes": ""},
                {"name": f"Recruiter {n}", "role": "hr", "notes": ""},
            ],
        )
        if n % 3 == 0 and n > 3:  # thanked: a check-in or a follow-up comes next
            sent = Interaction.objects.create(
                owner=user,
                kind="thank-you",
                state="sent",
                occurred_on=interview.starts_at.date(),
                interview=interview,
                application=interview.application,
            )
            sent.people.set([p.person for p in interview.participants.all()])
    return user


CPU: dict[str, list[float]] = {}  # CPU milliseconds of each address measured, by address
DB_MS: dict[str, float] = {}  # milliseconds the database took for one request, by address


def measure(
    user: User,
    runs: int,
    url: str = "/clients/",
    yardstick: str = "/bench/trivial/",
    before: Callable[[], None] = lambda: None,
) -> tuple[list[float], list[float], int]:
    """Times of the page and of its trivial view, requested in turn, and the page's queries
    (the CPU times, which a busy machine inflates less, are kept in `CPU`); `before` is called
    before each request of the page (not timed)."""
    client = Client()
    client.force_login(user)
    for _ in range(3):  # warm caches: templates, holiday tables, the timeline reader
        assert client.get(url).status_code == 200
        assert client.get(yardstick).status_code == 200
    before()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured.captured_queries)  # now: each request clears the log it reads
    DB_MS[url] = sum(float(query["time"]) for query in captured.captured_queries) * 1000
    times: dict[str, list[float]] = {url: [], yardstick: []}
    cpu: dict[str, list[float]] = {url: [], yardstick: []}
    for _ in range(runs):
        for asked, seen in times.items():
            if asked == url:
                before()
            start, used = time.perf_counter(), time.process_time()
            response = client.get(asked)
            seen.append((time.perf_counter() - start) * 1000)
            cpu[asked].append((time.process_time() - used) * 1000)
            assert response.status_code == 200
    CPU.update(cpu)
    return times[url], times[yardstick], queries


def as_after_restart() -> None:
    """Forget what a server process keeps between requests, as a new process starts without
    it: the kept plans, the timeline readings of the interviews' phrases, the business days
    and holidays counted (the compiled rules and templates stay: a process loads them once)."""
    from followup.lib import businessdays
    from followup.lib.plan import schedule

    KEPT.forget()
    schedule._read.cache_clear()
    for kept in vars(businessdays).values():
        if hasattr(kept, "cache_clear"):
            kept.cache_clear()


def parts(counsellor: User, runs: int) -> str:
    """The caseload's two big parts, CPU only: loading the clients' records and planning them
    (as the page plans: without the reasons' words)."""
    from followup.caseload.views import _consenting_clients
    from followup.due.loading import load_many, local_today
    from followup.lib.plan import due_actions
    from followup.organisation.models import Organisation

    clients = _consenting_clients(counsellor)
    policy = Organisation.current().policy()
    now = timezone.now()
    loading, planning = [], []
    for _ in range(runs):
        used = time.process_time()
        loaded = load_many(clients)
        loading.append((time.process_time() - used) * 1000)
        used = time.process_time()
        for client in clients:
            day = local_today(client, now)
            due_actions(loaded.records[client.pk], day, now=now, policy=policy, worded=False)
        planning.append((time.process_time() - used) * 1000)
    return (
        f"loading cpu median {statistics.median(loading):.1f} ms, planning cpu median "
        f"{statistics.median(planning):.1f} ms"
    )


def timed(client: Client, url: str) -> float:
    start, used = time.perf_counter(), time.process_time()
    assert client.get(url).status_code == 200
    CPU.setdefault(url, []).append((time.process_time() - used) * 1000)
    return (time.perf_counter() - start) * 1000


def cpu(url: str) -> str:
    """The CPU times of `url`: median and p95."""
    seen = CPU.get(url, [])
    if len(seen) < 2:
        return "cpu " + ", ".join(f"{v:.0f} ms" for v in seen)
    return f"cpu median {statistics.median(seen):.1f} ms, p95 {p95(seen):.1f} ms"


def reports(counsellor: User, runs: int) -> None:
    """The first load, which finds nothing counted: a page short of time shows how far the
    counting got and asks again until the figures come (the loads until then are timed); later
    loads (from the figures kept); loads just after an interview changed (five changes, each to
    another job seeker's interview); then the worker's pass counting everyone afresh, and the
    first load after it."""
    from followup.caseload.models import ReportState
    from followup.caseload.reports import warm

    client = Client()
    client.force_login(counsellor)
    url = "/reports/?months=12"
    started = time.perf_counter()
    steps = []
    while True:
        start, used = time.perf_counter(), time.process_time()
        response = client.get(url)
        steps.append(((time.perf_counter() - start) * 1000, (time.process_time() - used) * 1000))
        if b'id="report-pending"' not in response.content:
            break
    until_figures = (time.perf_counter() - started) * 1000
    times = [timed(client, url) for _ in range(runs)]
    CPU[url + "#kept"] = CPU.pop(url)
    changes: list[float] = []
    change_queries: list[int] = []
    change_db: list[float] = []  # milliseconds in the database, as the driver saw them
    ids = list(Interview.objects.order_by("pk").values_list("pk", flat=True))
    for n in range(5):
        interview = Interview.objects.get(pk=ids[n * 997 % len(ids)])
        interview.duration_minutes += 1
        interview.save()  # a change to a counted record: its figures are computed again
        with CaptureQueriesContext(connection) as captured:
            changes.append(timed(client, url))
        change_queries.append(len(captured.captured_queries))
        change_db.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
    CPU[url + "#changed"] = CPU.pop(url)
    ReportState.objects.update(scope="")  # as after a new release: everyone counted afresh
    start, used = time.perf_counter(), time.process_time()
    shards = warm()
    pass_ms, pass_cpu = (time.perf_counter() - start) * 1000, (time.process_time() - used) * 1000
    after_pass = timed(client, url)
    print(
        f"reports page, 12 months, every office: first load {steps[0][0]:.0f} ms (cpu "
        f"{steps[0][1]:.0f} ms, {'progress shown' if len(steps) > 1 else 'figures shown'}); "
        f"figures after {len(steps)} loads, {until_figures:.0f} ms (each: "
        + ", ".join(f"{wall:.0f}" for wall, _cpu in steps)
        + f" ms; cpu {sum(c for _w, c in steps):.0f} ms in all)\n"
        f"  then median {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms ({runs} runs; "
        f"{cpu(url + '#kept')}); just after a change: median {statistics.median(changes):.0f} ms, "
        f"worst {max(changes):.0f} ms (5 changes; {cpu(url + '#changed')}; "
        f"{statistics.median(change_queries):.0f} queries, "
        f"{statistics.median(change_db):.0f} ms in the database)\n"
        f"  the worker's pass counting everyone: {shards} groups in {pass_ms:.0f} ms (cpu "
        f"{pass_cpu:.0f} ms); the first load after it {after_pass:.0f} ms ({cpu(url)})"
    )


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument(
        "--only", choices=("caseload", "today", "reports"), help="measure only this page"
    )
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.ROOT_URLCONF = __name__
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    big, small = build(args.seekers)
    if connection.vendor == "postgresql":
        # The statistics autovacuum gathers soon after a bulk load (a server may have it off):
        # without them PostgreSQL reads whole tables for a few users' rows.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"database: {User.objects.filter(role=Role.JOB_SEEKER).count()} job seekers, "
        f"{Application.objects.count()} applications, {Interview.objects.count()} interviews, "
        f"{Interaction.objects.count()} messages (built in {time.perf_counter() - started:.1f} s, "
        f"{connection.vendor})"
    )
    for counsellor, clients in ((small, 15), (big, 150)) if args.only in (None, "caseload") else ():
        times, yardstick, queries = measure(counsellor, args.runs)
        print(
            f"caseload of {clients:>3} clients: median {statistics.median(times):6.1f} ms, "
            f"p95 {p95(times):6.1f} ms, {queries} queries ({DB_MS['/clients/']:.1f} ms in the "
            f"database, one request) ({args.runs} runs); trivial view: "
            f"median {statistics.median(yardstick):5.1f} ms, p95 {p95(yardstick):5.1f} ms\n"
            f"  {cpu('/clients/')}; trivial view: {cpu('/bench/trivial/')}\n"
            f"  of which {parts(counsellor, min(args.runs, 20))}"
        )
        times, yardstick, queries = measure(counsellor, args.runs, before=KEPT.forget)
        print(
            f"  every client planned afresh (no plan kept: a counsellor's first load of the "
            f"day): median {statistics.median(times):6.1f} ms, p95 {p95(times):6.1f} ms, "
            f"{queries} queries; trivial view: median {statistics.median(yardstick):5.1f} ms, "
            f"p95 {p95(yardstick):5.1f} ms\n"
            f"  {cpu('/clients/')}; trivial view: {cpu('/bench/trivial/')}"
        )
        times, yardstick, queries = measure(counsellor, args.runs, before=as_after_restart)
        print(
            f"  after a restart (no plan kept, every interview's time frame read again, business "
            f"days counted again): median {statistics.median(times):6.1f} ms, p95 "
            f"{p95(times):6.1f} ms; trivial view: median {statistics.median(yardstick):5.1f} ms\n"
            f"  {cpu('/clients/')}"
        )
    if args.only in (None, "today"):
        today(args.runs)
    if args.only in (None, "reports"):
        reports(big, min(args.runs, 20))


def today(runs: int) -> None:
    seeker = busy_seeker()
    times, yardstick, queries = measure(seeker, runs, "/", "/bench/trivial-today/")
    print(
        f"Today, 20 interviews: median {statistics.median(times):5.1f} ms, p95 {p95(times):5.1f} "
        f"ms, {queries} queries; trivial view: median {statistics.median(yardstick):5.1f} ms, "
        f"p95 {p95(yardstick):5.1f} ms; p95 ratio {p95(times) / p95(yardstick):.2f} (target ≤ 2)\n"
        f"  {cpu('/')}; trivial view: {cpu('/bench/trivial-today/')}; CPU p95 ratio "
        f"{p95(CPU['/']) / p95(CPU['/bench/trivial-today/']):.2f}"
    )


if __name__ == "__main__":
    main()
