"""A user's due actions as an iCalendar file: one all-day event per item, on its due day, with
its title, why it is due and a link back; never the notes."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone
from icalendar import Calendar, Event

from followup.accounts.models import User
from followup.lib.plan import due_actions
from followup.organisation.models import Organisation
from followup.reminders.links import absolute, mail_domain
from followup.today.loading import PLAN_HORIZON_DAYS, load_records, local_today
from followup.today.present import Item, present

# The calendar lists every planned action, as Today's Coming up does.
HORIZON_DAYS = PLAN_HORIZON_DAYS


def calendar_items(user: User, now: datetime | None = None) -> list[Item]:
    moment = now or timezone.now()
    records = load_records(user)
    policy = Organisation.current().policy()
    actions = due_actions(
        records, local_today(user, moment), now=moment, policy=policy, horizon_days=HORIZON_DAYS
    )
    return present(actions, {person.id: person.name for person in records.people})


def event_uid(key: str, user_id: int) -> str:
    """Stable across refreshes, so a calendar updates an event instead of adding another."""
    return f"{key.replace(':', '-')}-u{user_id}@{mail_domain()}"


def calendar_bytes(user: User, name: str, now: datetime | None = None) -> bytes:
    moment = now or timezone.now()
    cal = Calendar()
    cal.add("prodid", "-//Followup//Reminders//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")
    for item in calendar_items(user, moment):
        action = item.action
        event = Event()
        event.add("uid", event_uid(action.key, user.pk))
        event.add("dtstamp", moment)
        event.add("dtstart", action.due_on)
        event.add("dtend", action.due_on + timedelta(days=1))
        event.add("summary", f"{item.title}: {item.person}" if item.person else item.title)
        # why and when only: the feed is a bearer link read by outside calendar apps, so the
        # action's context (the person's notes, the last conversation) stays in Followup
        event.add("description", action.reason)
        event.add("url", absolute(item.act_url))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block in the day
        cal.add_component(event)
    return cal.to_ical()
