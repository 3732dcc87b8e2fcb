"""The command line: createuser and demo."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from followup.accounts.models import Sharing, User
from followup.jobsearch.models import Status
from followup.lib import records as r
from followup.today.loading import actions_for

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
