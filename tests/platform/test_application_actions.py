"""The application page offers the reply that fits what came back: an offer is accepted or
answered with a request for time, a "no" gets a gracious reply, anything else neither."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.jobsearch.models import Status

OFFER = ("Accept the offer", "Ask for time to decide")
NO = ("Reply graciously",)


@pytest.mark.parametrize(
    ("status", "shown", "hidden"),
    [
        (Status.OFFER, OFFER, NO),
        (Status.NOT_SELECTED, NO, OFFER),
        (Status.WITHDRAWN, (), OFFER + NO),
        (Status.INTERVIEWING, (), OFFER + NO),
    ],
)
def test_what_came_back_decides_the_reply_offered(
    client: Client,
    seeker: User,
    interview_with_two: Any,
    status: str,
    shown: tuple[str, ...],
    hidden: tuple[str, ...],
) -> None:
    client.force_login(seeker)
    application = interview_with_two.application
    client.post(f"/applications/{application.pk}/status/", {"status": status})
    page = client.get(f"/applications/{application.pk}/").content.decode()
    assert [text for text in shown if text in page] == list(shown)
    assert [text for text in hidden if text in page] == []
