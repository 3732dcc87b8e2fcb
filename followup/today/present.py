"""Turn the planner's actions into what the Today page (and reminders) show: a title, the
person's name, and the link where the user acts."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from followup.lib import records as r

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


def compose_url(action: r.Action) -> str:
    kind = action.kind
    if kind == r.THANK_YOU and action.extra.get("variant") == "admin":
        kind = "admin-thank-you"
    query: dict[str, object] = {"kind": kind}
    if action.interview_id:
        query["interview"] = action.interview_id
    if action.application_id:
        query["application"] = action.application_id
    if action.person_id:
        query["person"] = action.person_id
    if kind == r.FOLLOW_UP:
        query["sequence"] = action.sequence
    return reverse("compose") + "?" + urlencode(query)


def present(actions: list[r.Action], people: dict[int, str]) -> list[Item]:
    items = []
    for action in actions:
        title = str(TITLES.get(action.kind, action.kind))
        if action.kind == r.FOLLOW_UP and action.sequence > 1:
            title = _("Follow up (number %(n)d)") % {"n": action.sequence}
        person = people.get(action.person_id or 0, "")
        if action.kind == r.LINKEDIN:
            url = action.extra.get("url", "")
            note = compose_url(action)
            items.append(Item(action, title, person, url, _("Open LinkedIn"), True, note))
        else:
            items.append(Item(action, title, person, compose_url(action), _("Write it")))
    return items
