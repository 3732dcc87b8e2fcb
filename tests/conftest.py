"""Shared fixtures: three kinds of users (owner, another job seeker, counsellor), fast hashing,
static files without collectstatic, and a browser when one is installed."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config: pytest.Config) -> None:
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture
def make_user(db: Any) -> Any:
    from followup.accounts.models import User

    def make(email: str, name: str = "", role: str = "job-seeker", **fields: Any) -> User:
        return User.objects.create_user(
            email, "correct horse battery", name=name or email.split("@")[0], role=role, **fields
        )

    return make


@pytest.fixture
def seeker(make_user: Any) -> Any:
    return make_user("zoe@example.org", "Zoë Lefebvre")


@pytest.fixture
def other_seeker(make_user: Any) -> Any:
    return make_user("other@example.org", "Jordan Lee")


@pytest.fixture
def counsellor(make_user: Any) -> Any:
    return make_user("maya@example.org", "Maya Thompson", role="counsellor")


@pytest.fixture
def admin_user(make_user: Any) -> Any:
    return make_user(
        "admin@example.org", "Dana Whitfield", role="admin", is_staff=True, is_superuser=True
    )


@pytest.fixture
def interview_with_two(seeker: Any) -> Any:
    """An interview that ended two hours ago with two interviewers, with private notes."""
    from django.utils import timezone

    from followup.jobsearch.services import save_interview

    start = timezone.now() - timedelta(hours=3)
    return save_interview(
        seeker,
        {
            "employer_name": "Quinte Health",
            "role": "Office Coordinator",
            "duration_minutes": 60,
            "mode": "in-person",
            "round": 1,
            "location": "Belleville",
            "timeline_phrase": "within two weeks",
            "topics": "scheduling",
            "went_well": "my filing example",
            "forgot": "my first-aid certificate",
        },
        start,
        [
            {
                "name": "Siobhan O'Connor",
                "role": "interviewer",
                "notes": "the new scheduling system",
            },
            {"name": "Łukasz Kowalski", "role": "panel", "notes": "the morning rush"},
        ],
    )


class Inbox:
    """What a real SMTP server on loopback received."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[Any]:
        from email import message_from_bytes, policy

        return [message_from_bytes(e.content, policy=policy.default) for e in self.envelopes]


@pytest.fixture
def smtp_server(settings: Any) -> Any:
    """A real SMTP server (aiosmtpd) on a free loopback port; Django sends to it."""
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_CONFIGURED = True
    settings.DEFAULT_FROM_EMAIL = "Employment Services <followup@agency.example>"
    inbox.port = port  # type: ignore[attr-defined]
    inbox.controller = controller  # type: ignore[attr-defined]
    yield inbox
    controller.stop()
