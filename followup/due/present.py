"""Turn the planner's actions into what the Today page (and reminders) show: a title, the
person's name, by when, and the link where the user acts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from urllib.parse import quote_plus

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from followup.jobsearch.plan_lines import follow_up_label
from followup.lib import records as r
from followup.lib.dates import long_day
from followup.lib.plan.wording import clock
from followup.web.i18n import interface_lang

TITLES = {
    r.THANK_YOU: gettext_lazy("Thank-you note"),
    r.LINKEDIN: gettext_lazy("Connect on LinkedIn"),
    r.FOLLOW_UP: gettext_lazy("Follow up"),
    r.REJECTION_REPLY: gettext_lazy("Reply to the rejection"),
    r.KEEP_IN_TOUCH: gettext_lazy("Keep in touch"),
}


@dataclass(frozen=True)
class Item:
    action: r.Action
    title: str
    person: str
    act_url: str
    act_label: str
    external: bool = False
    note_url: str = ""  # LinkedIn: a connection note to write first
    when: str = ""  # "By 3:00 p.m. today", "Overdue since Monday 30 November"
    comment_url: str = ""  # the draft a counsellor commented on since it was last edited


def compose_url(action: r.Action, base: str = "") -> str:
    """Where "Write it" opens the editor for this action; `base` is `reverse("compose")`, looked
    up once by callers that make many. The query is what `urlencode` writes, put together by
    hand: a busy Today has forty of them, and only the kind is text (the rest are numbers)."""
    query = "kind=" + _quoted(r.note_kind(action.kind, action.extra.get("variant", "")))
    if action.interview_id:
        query += f"&interview={int(action.interview_id)}"
    if action.application_id:
        query += f"&application={int(action.application_id)}"
    if action.person_id:
        query += f"&person={int(action.person_id)}"
    if action.kind == r.FOLLOW_UP:
        query += f"&sequence={int(action.sequence)}"
    return (base or reverse("compose")) + "?" + query


@cache
def _quoted(kind: str) -> str:
    return quote_plus(kind)


@dataclass(frozen=True)
class Coming:
    """One line of Today's Coming up: the day, what, and (when soon) why."""

    item: Item
    day: str  # "Tuesday 15 December"
    label: str  # "Follow up on Tuesday 15 December", or the item's title
    soon: bool  # within the organisation's days ahead: the reason is shown too
    employer: str = ""  # the person's employer, to tell two applications apart


def coming_up(
    item: Item, today: date, *, soon: bool, employer: str = "", lang: str | None = None
) -> Coming:
    """One line of Coming up; `lang` is `interface_lang()`, looked up once by a caller that
    makes many lines."""
    action = item.action
    day = long_day(action.due_on, today, lang or interface_lang())
    if action.kind == r.FOLLOW_UP:
        # Said with its day, never offered to write as if it were due.
        label = follow_up_label(action.sequence, action.due_on, today)
    else:
        label = item.title
    return Coming(item, day, label, soon, employer)


def _when_words() -> dict[str, str]:
    """The words of `when_label`, translated once per page rather than once per item."""
    return {
        "overdue": _("Overdue since %(day)s"),
        "end_of": _("By the end of %(day)s"),
        "by": _("By %(clock)s %(day)s"),
        "due_today": _("Due today"),
        "from": _("From %(day)s"),
        "today": _("today"),
        "tomorrow": _("tomorrow"),
        "lang": interface_lang(),
    }


def when_label(action: r.Action, today: date, words: dict[str, str] | None = None) -> str:
    """By when, in a few words: the card shows this; the reason is one tap away. `words` is
    `_when_words()`, made once by a caller that labels many actions."""
    words = words or _when_words()
    lang = words["lang"]
    if action.window == r.OVERDUE and action.overdue_since is not None:
        return words["overdue"] % {"day": long_day(action.overdue_since, today, lang)}
    if action.due_by is not None and action.window != r.UPCOMING:
        by = action.due_by
        # a deadline at midnight is the end of the day before
        if (by.hour, by.minute) == (0, 0):
            return words["end_of"] % {"day": _day_word(by.date() - timedelta(1), today, words)}
        return words["by"] % {"clock": clock(by, lang), "day": _day_word(by.date(), today, words)}
    if action.window == r.TODAY:
        return words["due_today"]
    return words["from"] % {"day": long_day(action.due_on, today, lang)}


def _day_word(day: date, today: date, words: dict[str, str]) -> str:
    if day == today:
        return words["today"]
    if day == today + timedelta(days=1):
        return words["tomorrow"]
    return long_day(day, today, words["lang"])


def present(
    actions: list[r.Action],
    people: dict[int, str],
    today: date | None = None,
    comments: dict[str, int] | None = None,
) -> list[Item]:
    """The items to show; `comments` maps an action's key to the draft with a new comment."""
    comments = comments or {}
    base = reverse("compose")  # once, not once per item: a busy Today has forty
    titles = {kind: str(title) for kind, title in TITLES.items()}
    write_it, open_linkedin = _("Write it"), _("Open LinkedIn")
    when_words = _when_words() if today is not None else {}
    items = []
    for action in actions:
        title = titles.get(action.kind, action.kind)
        if action.kind == r.FOLLOW_UP and action.sequence > 1:
            title = _("Follow up (number %(n)d)") % {"n": action.sequence}
        person = people.get(action.person_id or 0, "")
        when = when_label(action, today, when_words) if today is not None else ""
        draft = comments.get(action.key)
        comment_url = reverse("message", args=[draft]) if draft else ""
        if action.kind == r.LINKEDIN:
            url = action.extra.get("url", "")
            note = compose_url(action, base)
            items.append(
                Item(action, title, person, url, open_linkedin, True, note, when, comment_url)
            )
        else:
            items.append(
                Item(
                    action,
                    title,
                    person,
                    compose_url(action, base),
                    write_it,
                    False,
                    "",
                    when,
                    comment_url,
                )
            )
    return items
