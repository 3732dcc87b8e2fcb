"""`followup today --user EMAIL [--date YYYY-MM-DD] [--json]`: the Today page's list, printed."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from followup.accounts.models import User
from followup.due.loading import PLAN_HORIZON_DAYS, actions_for, local_today
from followup.due.present import Item, present
from followup.lib import records as r
from followup.lib.dates import FIRST_DAY, LAST_DAY, long_day
from followup.reminders.links import absolute

WINDOW_LABELS = {r.OVERDUE: "Overdue", r.TODAY: "Today", r.UPCOMING: "Coming up"}


def item_json(item: Item) -> dict[str, object]:
    action = item.action
    return {
        "window": action.window,
        "kind": action.kind,
        "title": item.title,
        "person": item.person,
        "due_on": action.due_on.isoformat(),
        "reason": action.reason,
        "context": action.context,
        "key": action.key,
        "url": absolute(item.act_url),
    }


class Command(BaseCommand):
    help = "Print what is due for a user: overdue, today and coming up, as on the Today page."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, metavar="EMAIL", help="the user's email")
        parser.add_argument("--date", metavar="YYYY-MM-DD", help="as of this day (default today)")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(email__iexact=options["user"].strip()).first()
        if user is None:
            raise CommandError(f"no user with the email {options['user']!r}", returncode=2)
        day = None
        if options["date"]:
            try:
                day = date.fromisoformat(options["date"])
            except ValueError:
                raise CommandError(
                    f"--date must be YYYY-MM-DD, not {options['date']!r}", returncode=2
                ) from None
            if not FIRST_DAY <= day <= LAST_DAY:
                raise CommandError("--date must be from 1900 to 2999", returncode=2)
        records, actions = actions_for(user, today=day, horizon_days=PLAN_HORIZON_DAYS)
        items = present(actions, {person.id: person.name for person in records.people})
        shown = day or local_today(user)
        if options["json"]:
            data = {
                "user": user.email,
                "date": shown.isoformat(),
                "items": [item_json(item) for item in items],
            }
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        # The whole day, year included, in words that do not follow the process locale.
        self.stdout.write(f"{user.name} <{user.email}>, {long_day(shown, shown)} {shown.year}")
        if not items:
            self.stdout.write("Nothing is due.")
        for item in items:
            action = item.action
            who = f": {item.person}" if item.person else ""
            self.stdout.write(
                f"\n[{WINDOW_LABELS.get(action.window, action.window)}] {item.title}{who}"
                f" (due {action.due_on.isoformat()})\n  {action.reason}"
            )
