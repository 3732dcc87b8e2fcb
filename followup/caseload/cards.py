"""The caseload's rows as ready-made words for the template: with 150 clients the page renders
a few plain strings per client instead of many template tags (the benchmark's main cost)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from followup.caseload.summary import QUIET_DAYS, ClientRow
from followup.lib import records as r
from followup.today.present import TITLES


@dataclass(frozen=True)
class Card:
    url: str
    name: str
    office: str
    attention: bool
    tags: list[tuple[str, str]]  # (words, "overdue" or "")
    next: str
    last: str
    week: str
    done: int
    goal: int


def cards(rows: list[ClientRow]) -> list[Card]:
    prefix = reverse("client", args=[0])[: -len("0/")]
    days: dict[date, str] = {}

    def day(value: date) -> str:
        if value not in days:
            days[value] = formats.date_format(value, "j F Y")
        return days[value]

    return [
        Card(
            url=f"{prefix}{row.client.pk}/",
            name=row.client.name,
            office=row.office_name,
            attention=row.needs_attention,
            tags=_tags(row),
            next=_next(row),
            last=day(row.last_activity.date()) if row.last_activity else _("Nothing recorded yet"),
            week=_("%(done)d of %(goal)d applications")
            % {
                "done": row.applied_this_week,
                "goal": row.weekly_goal,
            }
            + (" ✓" if row.goal_met else ""),
            done=min(row.applied_this_week, row.weekly_goal),
            goal=row.weekly_goal,
        )
        for row in rows
    ]


def _tags(row: ClientRow) -> list[tuple[str, str]]:
    tags = []
    if row.overdue_thank_yous:
        n = row.overdue_thank_yous
        tags.append(
            (
                ngettext("%(n)d thank-you note overdue", "%(n)d thank-you notes overdue", n)
                % {"n": n},
                "overdue",
            )
        )
    if row.follow_ups_due:
        n = row.follow_ups_due
        tags.append((ngettext("%(n)d follow-up due", "%(n)d follow-ups due", n) % {"n": n}, ""))
    if row.quiet:
        tags.append((_("No activity for %(days)d days") % {"days": QUIET_DAYS}, ""))
    return tags


def _next(row: ClientRow) -> str:
    action = row.next_action
    if action is None:
        return _("Nothing due")
    words = str(TITLES.get(action.kind, action.kind))
    if row.next_person:
        words += f": {row.next_person}"
    if action.window == r.OVERDUE:
        return words + " · " + _("overdue")
    if action.window == r.TODAY:
        return words + " · " + _("due today")
    return words + " · " + _("from %(day)s") % {"day": formats.date_format(action.due_on, "j F")}
