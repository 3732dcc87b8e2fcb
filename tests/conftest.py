"""Shared fixtures: three kinds of users (owner, another job seeker, counsellor), fast hashing,
static files without collectstatic, and a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from smtp_sink import Sink, free_port, point_mail_at, start_sink

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's chatter


def pytest_configure(config: pytest.Config) -> None:
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    """Each test starts and ends in the default language: a request as a French-speaking user
    leaves French active in the thread that ran it (the middleware does not undo it), and a
    later test on that worker would read French where it expects English."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


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


@pytest.fixture
def smtp() -> Iterator[Sink]:
    """A real SMTP server on a free loopback port (for commands run in other processes)."""
    sink, controller = start_sink(free_port())
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture
def mail(settings: Any, smtp: Sink) -> Sink:
    """The SMTP server, with Django's SMTP backend pointed at it."""
    point_mail_at(settings, smtp.port)
    return smtp
