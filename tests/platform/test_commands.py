"""The command line: createuser and demo; every command on a fresh data folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from smtp_sink import free_port

from followup.accounts.models import Sharing, User
from followup.due.loading import actions_for
from followup.jobsearch.models import Status
from followup.lib import records as r

pytestmark = pytest.mark.django_db


def test_createuser_takes_the_password_from_the_environment(monkeypatch: Any) -> None:
    monkeypatch.setenv("FOLLOWUP_PASSWORD", "a long enough passphrase")
    out = StringIO()
    call_command(
        "createuser",
        "--email",
        "Maya@Example.org",
        "--name",
        "Maya Thompson",
        "--role",
        "counsellor",
        stdout=out,
    )
    user = User.objects.get()
    assert user.email == "maya@example.org" and user.role == "counsellor"
    assert user.check_password("a long enough passphrase")
    assert "Created counsellor Maya Thompson" in out.getvalue()


def test_createuser_refuses_a_weak_password_and_a_taken_email(monkeypatch: Any) -> None:
    monkeypatch.setenv("FOLLOWUP_PASSWORD", "1234")
    with pytest.raises(CommandError, match="too short"):
        call_command("createuser", "--email", "a@example.org", "--name", "A")
    monkeypatch.setenv("FOLLOWUP_PASSWORD", "a long enough passphrase")
    call_command("createuser", "--email", "a@example.org", "--name", "A", stdout=StringIO())
    with pytest.raises(CommandError, match="already exists"):
        call_command("createuser", "--email", "A@example.org", "--name", "A")


def test_an_admin_made_on_the_command_line_can_use_the_admin(monkeypatch: Any) -> None:
    monkeypatch.setenv("FOLLOWUP_PASSWORD", "a long enough passphrase")
    call_command(
        "createuser",
        "--email",
        "d@example.org",
        "--name",
        "Dana",
        "--role",
        "admin",
        stdout=StringIO(),
    )
    assert User.objects.get().is_staff


def test_the_demo_prints_its_logins_and_has_all_three_kinds_of_action_due() -> None:
    out = StringIO()
    call_command("demo", stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == User.objects.count() == 5
    seeker = User.objects.get(email="zoe@example.org")
    assert any("zoe@example.org" in line for line in lines)
    assert seeker.check_password(next(line for line in lines if "zoe@" in line).split()[-1])
    _records, actions = actions_for(seeker)
    due = {a.kind for a in actions if a.window in (r.TODAY, r.OVERDUE)}
    assert {r.THANK_YOU, r.FOLLOW_UP, r.KEEP_IN_TOUCH} <= due
    counsellor = User.objects.get(role="counsellor")
    assert Sharing.objects.filter(counsellor=counsellor, consented_at__isnull=False).count() == 3
    assert len(seeker.application_set.all()) >= 8
    statuses = set(seeker.application_set.values_list("status", flat=True))
    assert statuses == set(Status.values)


def test_the_demo_fills_only_an_empty_data_folder(seeker: User) -> None:
    with pytest.raises(CommandError, match="already has accounts"):
        call_command("demo", stdout=StringIO())


Run = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def fresh(tmp_path: Path) -> Run:
    """`followup ARGS…` in another process, on an empty data folder and its own SQLite file."""
    unset = ("DATABASE_URL", "EMAIL_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env |= {"FOLLOWUP_DATA_DIR": str(tmp_path / "data"), "FOLLOWUP_PASSWORD": "a long pass 42!"}

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "followup.cli", *args],
            env=env | extra,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run


def test_createuser_then_import_work_on_a_fresh_data_folder_with_no_migrate_step(
    fresh: Run, tmp_path: Path
) -> None:
    created = fresh("createuser", "--email", "zoe@example.org", "--name", "Zoë Lefebvre")
    assert created.returncode == 0, created.stderr
    applications = tmp_path / "applications.csv"
    applications.write_text(
        "Company,Job Title,Date Applied\nQuinte Health,Office Coordinator,2026-11-20\n",
        encoding="utf-8",
    )
    imported = fresh("import", "--user", "zoe@example.org", str(applications))
    assert imported.returncode == 0, imported.stderr
    assert "Imported: 1 application, 1 employer." in imported.stdout
    today = fresh("today", "--user", "zoe@example.org")
    assert today.returncode == 0, today.stderr
    assert "Zoë Lefebvre" in today.stdout


def test_only_serve_and_the_deploy_check_warn_that_no_mail_server_is_set(fresh: Run) -> None:
    warning = "No SMTP server is configured"
    created = fresh("createuser", "--email", "zoe@example.org", "--name", "Zoë Lefebvre")
    for done in (created, fresh("today", "--user", "zoe@example.org"), fresh("check", "--deploy")):
        assert done.returncode == 0, done.stderr
    assert warning not in created.stderr + created.stdout
    assert warning in fresh("check", "--deploy").stderr
    mailed = fresh("check", "--deploy", EMAIL_URL="smtp://mail.agency.example:587?tls=1")
    assert warning not in mailed.stderr


def test_serve_warns_that_no_mail_server_is_set_before_it_starts(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "EMAIL_URL")}
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "followup.cli", "serve", "--port", str(port), "--no-worker"],
        env=env | {"FOLLOWUP_DATA_DIR": str(tmp_path)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert server.stdout is not None
    try:
        said = []
        for line in server.stdout:
            said.append(line)
            if "Followup is running" in line:
                break
    finally:
        server.terminate()  # at any moment: test_serve_stops.py
        server.wait(timeout=60)
    assert any("No SMTP server is configured" in line for line in said), said


def test_ctrl_c_stops_a_command_with_one_line_not_a_traceback(tmp_path: Path) -> None:
    unset = ("DATABASE_URL", "EMAIL_URL", "FOLLOWUP_PASSWORD")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    asking = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "followup.cli",
            "createuser",
            "--email",
            "a@example.org",
            "--name",
            "A",
        ],
        env=env | {"FOLLOWUP_DATA_DIR": str(tmp_path)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert asking.stderr is not None
    said = b""
    while b"Password:" not in said:  # waiting for the user to type a password
        chunk = os.read(asking.stderr.fileno(), 4096)
        assert chunk, said
        said += chunk
    asking.send_signal(signal.SIGINT)
    rest = asking.communicate(timeout=60)[1]
    assert asking.returncode == 130
    assert (said + rest).decode().rstrip().endswith("followup: stopped (Ctrl+C).")
    assert b"Traceback" not in said + rest


@pytest.fixture
def empty_postgres() -> Any:
    """A new, empty PostgreSQL database (skipped where no server answers)."""
    psycopg = pytest.importorskip("psycopg")
    server = "postgres://postgres@127.0.0.1:5432"
    name = f"followup_fresh_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432")
    with admin:
        admin.execute(f"CREATE DATABASE {name}")
        try:
            yield f"{server}/{name}"
        finally:
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_on_an_empty_shared_database_a_command_says_in_one_line_what_to_run(
    fresh: Run, empty_postgres: str
) -> None:
    done = fresh(
        "createuser", "--email", "zoe@example.org", "--name", "Zoë", DATABASE_URL=empty_postgres
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "followup: the database is not up to date with this version: run `followup migrate` first."
    ]
