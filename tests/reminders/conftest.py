"""Fixtures for the reminder tests: a real SMTP server on loopback (aiosmtpd), Django's SMTP
backend pointed at it, a frozen clock at 9:00 in Toronto, and a job seeker with thank-you notes
due."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from aiosmtpd.controller import Controller

logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's chatter

TORONTO = ZoneInfo("America/Toronto")
NINE_AM = datetime(2027, 2, 10, 9, 0, tzinfo=TORONTO)  # a Wednesday


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Sink:
    """What the SMTP server received: one parsed message per delivery."""

    port: int
    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.original_content, policy=default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]


def start_sink(port: int) -> tuple[Sink, Controller]:
    sink = Sink(port)
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    return sink, controller


@pytest.fixture
def smtp() -> Iterator[Sink]:
    sink, controller = start_sink(free_port())
    try:
        yield sink
    finally:
        controller.stop()


def point_mail_at(settings: Any, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    settings.DEFAULT_FROM_EMAIL = "Employment Services <followup@agency.example>"
    settings.SITE_URL = "https://followup.agency.example"


@pytest.fixture
def mail(settings: Any, smtp: Sink) -> Sink:
    point_mail_at(settings, smtp.port)
    return smtp


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
