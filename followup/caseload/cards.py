"""The caseload's rows as ready-made words, and each client's card as escaped HTML: with 150
clients, a dozen template variables per card cost more than the rest of the page together, so
the card's markup lives here (`CARD`), filled with escaped values in one pass."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from html import escape

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy, ngettext

from followup.caseload.summary import QUIET_DAYS, ClientRow
from followup.due.present import TITLES
from followup.lib import records as r


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


# The card's words: translated once per page (see _Words), not once per client.
TEXTS = {
    "nothing_yet": gettext_lazy("Nothing recorded yet"),
    "week": gettext_lazy("%(done)d of %(goal)d applications"),
    "quiet": gettext_lazy("No activity for %(days)d days"),
    "nothing_due": gettext_lazy("Nothing due"),
    "overdue": gettext_lazy("overdue"),
    "due_today": gettext_lazy("due today"),
    "from_day": gettext_lazy("from %(day)s"),
    "heading": gettext_lazy("%(title)s: %(person)s"),
}


class _Words:
    """The page's words, each translated or formatted once per page, not once per client."""

    def __init__(self) -> None:
        self.text = {name: str(text) for name, text in TEXTS.items()}
        self.title = cache(lambda kind: str(TITLES.get(kind, kind)))
        self.day = cache(lambda value: formats.date_format(value, "j F Y"))
        self.day_month = cache(lambda value: formats.date_format(value, "j F"))
        self.thank_yous = cache(
            lambda n: (
                ngettext("%(n)d thank-you note overdue", "%(n)d thank-you notes overdue", n)
                % {"n": n}
            )
        )
        self.follow_ups = cache(
            lambda n: ngettext("%(n)d follow-up due", "%(n)d follow-ups due", n) % {"n": n}
        )


def cards(rows: list[ClientRow]) -> list[Card]:
    prefix = reverse("client", args=[0])[: -len("0/")]
    words = _Words()
    return [
        Card(
            url=f"{prefix}{row.client.pk}/",
            name=row.client.name,
            office=row.office_name,
            attention=row.needs_attention,
            tags=_tags(row, words),
            next=_next(row, words),
            last=words.day(timezone.localdate(row.last_activity))
            if row.last_activity
            else words.text["nothing_yet"],
            week=words.text["week"]
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


def _tags(row: ClientRow, words: _Words) -> list[tuple[str, str]]:
    tags = []
    if row.overdue_thank_yous:
        tags.append((words.thank_yous(row.overdue_thank_yous), "overdue"))
    if row.follow_ups_due:
        tags.append((words.follow_ups(row.follow_ups_due), ""))
    if row.quiet:
        tags.append((words.text["quiet"] % {"days": QUIET_DAYS}, ""))
    return tags


def _next(row: ClientRow, words: _Words) -> str:
    action = row.next_action
    if action is None:
        return words.text["nothing_due"]
    title = words.title(action.kind)
    if row.next_person:
        title = words.text["heading"] % {"title": title, "person": row.next_person}
    if action.window == r.OVERDUE:
        return title + " · " + words.text["overdue"]
    if action.window == r.TODAY:
        return title + " · " + words.text["due_today"]
    return title + " · " + words.text["from_day"] % {"day": words.day_month(action.due_on)}


# One card of the list, as caseload.html showed it: the same markup, the same whitespace.
CARD = "\n".join(
    [
        "",
        '<li class="card client{attention_class}">',
        '  <h3><a href="{url}">{name}</a>{attention_tag}</h3>',
        "  {office}",
        "  {tags}",
        '  <dl class="facts">',
        "    <dt>{label_next}</dt><dd>{next}</dd>",
        "    <dt>{label_last}</dt><dd>{last}</dd>",
        "    <dt>{label_week}</dt><dd>{week} "
        '<progress max="{goal}" value="{done}" aria-hidden="true"></progress></dd>',
        "  </dl>",
        "</li>",
        "",
    ]
)


def cards_html(cards: list[Card], labels: dict[str, str], attention_label: str) -> SafeString:
    """Every card's markup, each value escaped (`html.escape`, as the template would)."""
    next_label, last_label, week_label = (
        escape(labels["next"]),
        escape(labels["last"]),
        escape(labels["week"]),
    )
    attention_tag = f' <span class="tag overdue">{escape(attention_label)}</span>'
    return mark_safe(  # noqa: S308 - every value below is escaped
        "".join(
            CARD.format(
                attention_class=" attention" if card.attention else "",
                url=escape(card.url),
                name=escape(card.name),
                attention_tag=attention_tag if card.attention else "",
                office=f'<p class="muted">{escape(card.office)}</p>' if card.office else "",
                tags=_tags_html(card.tags),
                label_next=next_label,
                next=escape(card.next),
                label_last=last_label,
                last=escape(card.last),
                label_week=week_label,
                week=escape(card.week),
                goal=card.goal,
                done=card.done,
            )
            for card in cards
        )
    )


def _tags_html(tags: list[tuple[str, str]]) -> str:
    if not tags:
        return ""
    items = "".join(
        f'<li><span class="tag {escape(kind)}">{escape(words)}</span></li>' for words, kind in tags
    )
    return f'<ul class="plain tags">{items}</ul>'
