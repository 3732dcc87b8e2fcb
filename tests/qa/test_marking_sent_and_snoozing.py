"""Marking a message sent and snoozing an item with dates a browser without a date picker
sends as typed: a past or a future day where it makes no sense, or words instead of a date.
Nothing is recorded on a guessed day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from followup.today.models import Mark
from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db


def _mark_sent(demo: Demo, sent_on: str) -> tuple[list[str], str, object]:
    client = signed_in(demo, "owner")
    response = client.post(f"/messages/{demo.message.pk}/sent/", {"sent_on": sent_on})
    demo.message.refresh_from_db()
    said = [str(m) for m in get_messages(response.wsgi_request)]
    return said, demo.message.state, demo.message.occurred_on


@pytest.mark.parametrize("typed", ["Jan 5", "2026-13-45", "5/1/2026", "abc", "²⁰²⁶-01-05"])
def test_a_sent_date_that_is_not_a_date_is_refused_not_taken_as_today(
    demo: Demo, typed: str
) -> None:
    said, state, _day = _mark_sent(demo, typed)
    assert said == ["Enter the date it was sent as YYYY-MM-DD, e.g. 2026-01-31."]
    assert state == "draft"


def test_a_sent_date_in_the_future_is_refused(demo: Demo) -> None:
    tomorrow = timezone.localdate() + timedelta(days=1)
    said, state, _day = _mark_sent(demo, tomorrow.isoformat())
    assert said == ["The date it was sent cannot be in the future."]
    assert state == "draft"


def test_a_sent_date_in_year_1_is_refused(demo: Demo) -> None:
    said, state, _day = _mark_sent(demo, "0001-01-01")
    assert said == ["Choose a date from 1900 to 2999."]
    assert state == "draft"


def test_no_sent_date_means_today(demo: Demo) -> None:
    said, state, day = _mark_sent(demo, "")
    assert (state, day) == ("sent", timezone.localdate())


def test_a_real_past_sent_date_is_recorded(demo: Demo) -> None:
    yesterday = timezone.localdate() - timedelta(days=1)
    said, state, day = _mark_sent(demo, yesterday.isoformat())
    assert (state, day) == ("sent", yesterday)


def _due_key(demo: Demo) -> str:
    page = signed_in(demo, "owner").get("/")
    items = page.context["overdue"] + page.context["due_today"]
    return str(items[0].action.key)


@pytest.mark.parametrize("until", ["2020-01-01", "TODAY", "", "abc", "2026-02-30"])
def test_snoozing_to_today_a_past_or_unreadable_day_is_refused(demo: Demo, until: str) -> None:
    key = _due_key(demo)
    until = timezone.localdate().isoformat() if until == "TODAY" else until
    client = signed_in(demo, "owner")
    response = client.post("/today/mark/", {"key": key, "what": "date", "until": until})
    said = [str(m) for m in get_messages(response.wsgi_request)]
    assert said == ["Choose a date after today to snooze until."]
    assert not Mark.objects.filter(key=key).exists()


def test_snoozing_far_ahead_keeps_the_item_away(demo: Demo) -> None:
    key = _due_key(demo)
    client = signed_in(demo, "owner")
    client.post("/today/mark/", {"key": key, "what": "date", "until": "2999-12-31"})
    page = client.get("/")
    shown = page.context["overdue"] + page.context["due_today"] + page.context["upcoming"]
    assert key not in [item.action.key for item in shown]
