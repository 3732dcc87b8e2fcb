"""The commands as an operator runs them, in their own processes on a file SQLite database: the
demo, then two `followup remind --once --any-hour` at the same time, deliver exactly one digest
per due user to a real SMTP server; `--loop` stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

FOLLOWUP = str(Path(sys.executable).with_name("followup"))

MAKE_SEEKERS = """
from datetime import timedelta
from django.utils import timezone
from followup.accounts.models import User
from followup.jobsearch.services import save_interview
start = timezone.now() - timedelta(hours=3)
for n in range(40):
    user = User.objects.create_user(f"seeker{n}@example.org", None, name=f"Seeker {n}")
    save_interview(
        user,
        {"employer_name": "Quinte Health", "role": "Clerk", "duration_minutes": 60,
         "mode": "in-person", "round": 1, "location": "", "timeline_phrase": "within two weeks",
         "topics": "", "went_well": "", "forgot": ""},
        start,
        [{"name": "Siobhan O'Connor", "role": "interviewer", "notes": ""}],
    )
for n in range(5):
    User.objects.create_user(f"idle{n}@example.org", None, name=f"Idle {n}")
"""


@pytest.fixture
def data_env(tmp_path: Path, smtp: Any) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "EMAIL_URL"}}
    env.update(
        FOLLOWUP_DATA_DIR=str(tmp_path / "data"),
        EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
        SITE_URL="https://followup.agency.example",
        DEFAULT_FROM_EMAIL="Employment Services <followup@agency.example>",
        LOG_LEVEL="ERROR",
    )
    return env


def followup(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [FOLLOWUP, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def race(env: dict[str, str]) -> list[str]:
    """Two passes started together; their printed reports."""
    command = [FOLLOWUP, "remind", "--once", "--any-hour"]
    runs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        outputs.append(out)
    return outputs


def planned(env: dict[str, str]) -> set[str]:
    out = followup(env, "remind", "--once", "--any-hour", "--dry-run")
    return {line.split("\t")[0] for line in out.splitlines() if "\t" in line}


def test_after_the_demo_two_passes_at_once_send_one_digest_per_due_user(
    data_env: dict[str, str], smtp: Any
) -> None:
    followup(data_env, "demo")
    due = planned(data_env)
    assert "zoe@example.org" in due  # the demo keeps a thank-you, follow-up and check-in due
    assert smtp.messages == []
    race(data_env)
    assert Counter(m["To"] for m in smtp.messages) == Counter(due)
    zoe = smtp.to("zoe@example.org")[0]
    assert zoe["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = zoe.get_body(("plain",)).get_content()
    assert "Thank-you note" in text and "Follow up" in text and "Keep in touch" in text
    race(data_env)
    assert len(smtp.messages) == len(due)  # and nothing more the same day


def test_two_passes_at_once_over_many_users_never_both_send(
    data_env: dict[str, str], smtp: Any
) -> None:
    followup(data_env, "migrate", "-v0")
    followup(data_env, "shell", "-c", MAKE_SEEKERS)
    outputs = race(data_env)
    assert Counter(m["To"] for m in smtp.messages) == Counter(
        f"seeker{n}@example.org" for n in range(40)
    )
    sent = [int(out.split("Sent ")[1].split(" ")[0]) for out in outputs]
    assert sum(sent) == 40


def test_the_loop_sends_then_stops_on_sigterm(data_env: dict[str, str], smtp: Any) -> None:
    followup(data_env, "demo")
    loop = subprocess.Popen(
        [FOLLOWUP, "remind", "--loop", "--any-hour", "--every", "1"],
        env=data_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        first = loop.stdout.readline() if loop.stdout else ""
        report = loop.stdout.readline() if loop.stdout else ""
    finally:
        loop.send_signal(signal.SIGTERM)
        out, err = loop.communicate(timeout=30)
    assert "until stopped" in first and report.startswith("Sent ")
    assert loop.returncode == 0, err
    assert out.strip().endswith("Stopped.")
    assert smtp.to("zoe@example.org")
