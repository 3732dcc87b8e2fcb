"""The calendar feed is a bearer link read by outside calendar apps: titles, dates and why an
item is due, never the notes about a person or an interview."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from followup.accounts.models import User
from followup.jobsearch.models import Interview
from followup.reminders.calendar import calendar_bytes, calendar_items

pytestmark = pytest.mark.django_db


def test_the_feed_carries_no_notes(seeker: User, interview_with_two: Interview) -> None:
    for participant in interview_with_two.participants.select_related("person"):
        participant.person.notes = "private: ask about the pension plan"
        participant.person.save()
    items = calendar_items(seeker)
    assert any(item.action.context for item in items)  # there are notes to leak
    feed = Calendar.from_ical(calendar_bytes(seeker, "Followup"))
    events = list(feed.walk("VEVENT"))
    assert events
    text = calendar_bytes(seeker, "Followup").decode()
    for note in ("pension plan", "scheduling system", "morning rush", "first-aid", "filing"):
        assert note not in text
    assert all(str(event["SUMMARY"]) for event in events)
