"""A signed-in user's time zone holds for their request only: the thread goes back to the
server's zone afterwards, so nothing that runs next (another request, a job, a test) sees it."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.test import Client
from django.utils import timezone


def test_the_users_zone_is_not_left_active_after_their_request(make_user: Any) -> None:
    user = make_user("far@example.org", "Teuea Tebano", time_zone="Pacific/Kiritimati")
    client = Client()
    client.force_login(user)

    response = client.get("/")

    assert response.status_code == 200
    assert timezone.get_current_timezone_name() == settings.TIME_ZONE
