"""The Today page's repeated cards (each item due, each LinkedIn suggestion, each line of Coming
up) as escaped HTML: a busy page has some forty cards, and rendering their dozen template
variables, translations, URLs and CSRF fields one by one cost more than the rest of the request
together. The markup lives here, the same as the templates showed it, filled in one pass with
values escaped as the template would (`html.escape`), each word translated once per page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from followup.due.present import Coming, Item
from followup.lib import records as r

# Each word of the cards: the same text as the templates had, translated once per page.
WORDS = {
    "commented": gettext_lazy("Your counsellor commented"),
    "new_tab": gettext_lazy("(opens in a new tab)"),
    "done": gettext_lazy("Done"),
    "why": gettext_lazy("Why · Later"),
    "write_note": gettext_lazy("Write the note"),
    "tomorrow": gettext_lazy("Tomorrow"),
    "week": gettext_lazy("In a week"),
    "snooze": gettext_lazy("Snooze until"),
    "until": gettext_lazy("Until that date"),
    "dismiss": gettext_lazy("Dismiss"),
    "open_linkedin": gettext_lazy("Open LinkedIn"),
    "for": gettext_lazy("for"),
    "connected": gettext_lazy("Connected"),
    "not_now": gettext_lazy("Not this time"),
    "not_needed": gettext_lazy("Not needed?"),
}

# One item due (overdue or today), as today/_item.html showed it.
ITEM = """<li class="card due item {window}">
  <h3>{heading}</h3>
  {when}
  {commented}
  <div class="row">
    {act}
    <form method="post" action="{mark}">{csrf}<input type="hidden" name="key" value="{key}">
      <button type="submit" name="what" value="done" class="secondary">{done}<span class="visually-hidden">: {title} {person}</span></button>
    </form>
    <details class="why">
      <summary>{why}<span class="visually-hidden">: {title} {person}</span></summary>
      <p>{reason}</p>
      {context}
      {note}
      <form method="post" action="{mark}" class="actions">{csrf}<input type="hidden" name="key" value="{key}">
        <button type="submit" name="what" value="day" class="secondary">{tomorrow}</button>
        <button type="submit" name="what" value="week" class="secondary">{week}</button>
        <span><label for="until-{n}-{window}" class="visually-hidden">{snooze}</label><input type="date" id="until-{n}-{window}" name="until" min="{min}"></span>
        <button type="submit" name="what" value="date" class="secondary">{until}</button>
        <button type="submit" name="what" value="dismiss" class="link">{dismiss}</button>
      </form>
    </details>
  </div>
</li>
"""  # noqa: E501 - the markup as the page has it, line for line

ACT = """
    <a class="button" href="{url}"{external}>{label}<span class="visually-hidden">: {title} {person}</span>{new_tab}</a>
    """  # noqa: E501

LINKEDIN = """
  <li class="card compact">
    <p><strong>{person}</strong>{employer}</p>
    <div class="actions">
      <a class="button secondary" href="{url}" rel="noopener noreferrer" target="_blank">{open_linkedin}<span class="visually-hidden"> {for_} {person} {new_tab}</span></a>
      <a href="{note_url}">{write_note}<span class="visually-hidden"> {for_} {person}</span></a>
      <form method="post" action="{mark}">{csrf}<input type="hidden" name="key" value="{key}">
        <button type="submit" name="what" value="done" class="link">{connected}<span class="visually-hidden">: {person}</span></button>
        <button type="submit" name="what" value="dismiss" class="link">{not_now}<span class="visually-hidden">: {person}</span></button>
      </form>
    </div>
  </li>"""  # noqa: E501

COMING = """
  <li class="card compact" id="coming-{n}">
    <p>{what}{person_part}{employer}</p>
    {reason}
    <details>
      <summary>{not_needed}<span class="visually-hidden">: {label} {person}</span></summary>
      <form method="post" action="{mark}" class="actions">{csrf}<input type="hidden" name="key" value="{key}">
        <button type="submit" name="what" value="dismiss" class="link">{dismiss}<span class="visually-hidden">: {label} {person}</span></button>
      </form>
    </details>
  </li>"""  # noqa: E501


@dataclass(frozen=True)
class Page:
    """What every card of one page shares: the words, the form's address and CSRF field."""

    words: dict[str, str]
    mark: str
    csrf: str
    today: str
    heading: str = "%(title)s: %(person)s"  # a card's heading, translated once per page

    @classmethod
    def of(cls, csrf_token: str, today: date) -> Page:
        csrf = f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(csrf_token)}">'
        words = {name: escape(str(text)) for name, text in WORDS.items()}
        heading = _("%(title)s: %(person)s")
        return cls(words, escape(reverse("today_mark")), csrf, today.isoformat(), heading)


def page_cards(context: Mapping[str, Any], csrf_token: str) -> dict[str, SafeString]:
    """The cards of `today_context`'s lists, for the Today page's template."""
    page = Page.of(csrf_token, context["today"])
    return {
        "overdue_html": items_html(context["overdue"], page),
        "due_today_html": items_html(context["due_today"], page),
        "linkedin_html": linkedin_html(context["linkedin"], page),
        "coming_up_html": coming_up_html(context["coming_up"], page),
    }


def items_html(items: list[Item], page: Page) -> SafeString:
    """The items due, numbered from 1 as the date fields' ids need."""
    return mark_safe("".join(_item(item, n, page) for n, item in enumerate(items, 1)))  # noqa: S308


def _item(item: Item, n: int, page: Page) -> str:
    w = page.words
    title, person = escape(item.title), escape(item.person)
    action = item.action
    heading = page.heading % {"title": title, "person": person} if item.person else title
    shows_act = action.window != r.UPCOMING or action.kind != r.FOLLOW_UP
    return ITEM.format(
        window=escape(action.window),
        heading=heading,
        when=f'<p class="when">{escape(item.when)}</p>' if item.when else "",
        commented=(
            f'<p class="commented"><a href="{escape(item.comment_url)}">{w["commented"]}'
            f'<span class="visually-hidden">: {title} {person}</span></a></p>'
            if item.comment_url
            else ""
        ),
        act=_act(item, title, person, w) if shows_act else "",
        mark=page.mark,
        csrf=page.csrf,
        key=escape(action.key),
        done=w["done"],
        title=title,
        person=person,
        why=w["why"],
        reason=escape(action.reason),
        context=f'<p class="muted">{escape(action.context)}</p>' if action.context else "",
        note=(
            f'<p><a href="{escape(item.note_url)}">{w["write_note"]}</a></p>'
            if item.note_url
            else ""
        ),
        tomorrow=w["tomorrow"],
        week=w["week"],
        n=n,
        snooze=w["snooze"],
        min=page.today,
        until=w["until"],
        dismiss=w["dismiss"],
    )


def _act(item: Item, title: str, person: str, w: dict[str, str]) -> str:
    return ACT.format(
        url=escape(item.act_url),
        external=' rel="noopener noreferrer" target="_blank"' if item.external else "",
        label=escape(item.act_label),
        title=title,
        person=person,
        new_tab=f'<span class="visually-hidden"> {w["new_tab"]}</span>' if item.external else "",
    )


def linkedin_html(suggestions: list[tuple[Item, str]], page: Page) -> SafeString:
    """The LinkedIn suggestions: each person met, their employer, and the note to write."""
    w = page.words
    return mark_safe(  # noqa: S308 - every value below is escaped
        "".join(
            LINKEDIN.format(
                person=escape(item.person),
                employer=f" · {escape(employer)}" if employer else "",
                url=escape(item.act_url),
                open_linkedin=w["open_linkedin"],
                for_=w["for"],
                new_tab=w["new_tab"],
                note_url=escape(item.note_url),
                write_note=w["write_note"],
                mark=page.mark,
                csrf=page.csrf,
                key=escape(item.action.key),
                connected=w["connected"],
                not_now=w["not_now"],
            )
            for item, employer in suggestions
        )
    )


def coming_up_html(lines: list[Coming], page: Page) -> SafeString:
    """Coming up: each planned action with its day; the reason when it is soon."""
    return mark_safe("".join(_coming(c, n, page) for n, c in enumerate(lines, 1)))  # noqa: S308


def _coming(coming: Coming, n: int, page: Page) -> str:
    item = coming.item
    label, person = escape(coming.label), escape(item.person)
    if item.action.kind == r.FOLLOW_UP:
        what = f"<strong>{label}</strong>"
    else:
        what = f"<strong>{escape(coming.day)}</strong> · {label}"
    return COMING.format(
        n=n,
        what=what,
        # The heading's own colon: ": Ana Silva" in English, " : Ana Silva" in French.
        person_part=page.heading % {"title": "", "person": person} if item.person else "",
        employer=f" · {escape(coming.employer)}" if coming.employer else "",
        reason=f'<p class="muted">{escape(item.action.reason)}</p>' if coming.soon else "",
        not_needed=page.words["not_needed"],
        label=label,
        person=person,
        mark=page.mark,
        csrf=page.csrf,
        key=escape(item.action.key),
        dismiss=page.words["dismiss"],
    )
