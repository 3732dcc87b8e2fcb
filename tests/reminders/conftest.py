"""Fixtures for the reminder tests: a real SMTP server on loopback (aiosmtpd), Django's SMTP
backend pointed at it, a frozen clock at 9:00 in Toronto, and a job seeker with thank-you notes
due."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from aiosmtpd.controller import Controller
from smtp_sink import Sink, free_port, start_sink

TORONTO = ZoneInfo("America/Toronto")
NINE_AM = datetime(2027, 2, 10, 9, 0, tzinfo=TORONTO)  # a Wednesday


@pytest.fixture
def clock(mail: Sink) -> Iterator[time_machine.Traveller]:
    """9:00 on Wednesday 10 February 2027 in Toronto (started after the SMTP server)."""
    with time_machine.travel(NINE_AM, tick=False) as traveller:
        yield traveller


def interview_yesterday(user: Any, employer: str = "Quinte Health") -> Any:
    """An interview that ended at 15:00 yesterday with two interviewers: two thank-you notes
    are due today (by 15:00), and two LinkedIn connections are suggested."""
    from django.utils import timezone

    from followup.jobsearch.services import save_interview

    start = timezone.now().astimezone(TORONTO).replace(hour=14, minute=0) - timedelta(days=1)
    return save_interview(
        user,
        {
            "employer_name": employer,
            "role": "Office Coordinator",
            "duration_minutes": 60,
            "mode": "in-person",
            "round": 1,
            "location": "Belleville",
            "timeline_phrase": "within two weeks",
            "topics": "",
            "went_well": "",
            "forgot": "",
        },
        start,
        [
            {"name": "Siobhan O'Connor", "role": "interviewer", "notes": "the new scheduling"},
            {"name": "Łukasz Kowalski", "role": "panel", "notes": "the morning rush"},
        ],
    )


@pytest.fixture
def due_seeker(clock: Any, seeker: Any) -> Any:
    interview_yesterday(seeker)
    return seeker


@pytest.fixture
def add_due_interview() -> Any:
    return interview_yesterday


@pytest.fixture
def sink_on() -> Any:
    """Start an SMTP server on a given port (for a server that comes back up)."""
    controllers: list[Controller] = []

    def start(port: int) -> Sink:
        sink, controller = start_sink(port)
        controllers.append(controller)
        return sink

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def unused_port() -> int:
    """A port with no server: an SMTP server that is down."""
    return free_port()
