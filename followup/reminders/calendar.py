"""A user's due actions as an iCalendar file: one all-day event per item, on its due day, with
its title, why it is due and a link back; never the notes. In the user's language, whoever asks
(a calendar app fetching the feed has no session and no say)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from followup.accounts.middleware import locale_of
from followup.accounts.models import User
from followup.due.loading import PLAN_HORIZON_DAYS, load_records, local_today
from followup.due.present import Item, present
from followup.lib.plan import due_actions
from followup.organisation.models import Organisation
from followup.reminders.links import absolute
from followup.web.i18n import interface_lang
from followup.web.mail import mail_domain

# The calendar lists every planned action, as Today's Coming up does.
HORIZON_DAYS = PLAN_HORIZON_DAYS


def calendar_items(user: User, now: datetime | None = None) -> list[Item]:
    """Every planned action, titled and explained in the active language."""
    moment = now or timezone.now()
    records = load_records(user)
    policy = Organisation.current().policy()
    actions = due_actions(
        records,
        local_today(user, moment),
        now=moment,
        policy=policy,
        horizon_days=HORIZON_DAYS,
        lang=interface_lang(),
    )
    return present(actions, {person.id: person.name for person in records.people})


def event_uid(key: str, user_id: int) -> str:
    """Stable across refreshes, so a calendar updates an event instead of adding another."""
    return f"{key.replace(':', '-')}-u{user_id}@{mail_domain()}"


def calendar_bytes(user: User, name: str | None = None, now: datetime | None = None) -> bytes:
    """The user's calendar, named `name` (by default "Followup: <their name>"), in their
    language."""
    with translation.override(locale_of(user.language)):
        return _calendar(user, name, now or timezone.now())


def summary(item: Item) -> str:
    """'Thank-you note: Siobhan O'Connor', or 'Mot de remerciement : Siobhan O'Connor'."""
    if not item.person:
        return item.title
    return _("%(title)s: %(person)s") % {"title": item.title, "person": item.person}


def _calendar(user: User, name: str | None, moment: datetime) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Followup//Reminders//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name or _("Followup: %(name)s") % {"name": user.get_short_name()})
    cal.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT6H")
    language = {"LANGUAGE": "fr-CA" if interface_lang() == "fr" else "en-CA"}
    for item in calendar_items(user, moment):
        action = item.action
        event = Event()
        event.add("uid", event_uid(action.key, user.pk))
        event.add("dtstamp", moment)
        event.add("dtstart", action.due_on)
        event.add("dtend", action.due_on + timedelta(days=1))
        event.add("summary", summary(item), parameters=language)
        # why and when only: the feed is a bearer link read by outside calendar apps, so the
        # action's context (the person's notes, the last conversation) stays in Followup
        event.add("description", action.reason, parameters=language)
        event.add("url", absolute(item.act_url))
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy block in the day
        cal.add_component(event)
    return cal.to_ical()
