"""The digest email: subject, text and HTML from templates side by side, the unsubscribe link
and the RFC 8058 one-click headers, and the Message-ID chosen when the digest was created.

Everything in it is in the user's language (their account's, not the worker's): the words of the
templates, the items' titles, and why each item is due, worded by the same planner Today uses."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from email.policy import Compat32
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.translation import ngettext

from followup.accounts.clock import local_today
from followup.accounts.middleware import locale_of
from followup.accounts.models import User
from followup.due.present import Item
from followup.lib import records as r
from followup.lib.dates import long_day
from followup.reminders.links import absolute, site_url, unsubscribe_url
from followup.web.i18n import interface_lang


class ShortHeaders(Compat32):
    """The standard library's way of writing headers (`compat32`, which Django's messages use),
    without its work for a header that needs none: a short line of plain ASCII is written as
    it is, as `compat32` itself writes it after looking at every word (a third of the time
    spent writing a digest). Anything longer or out of the ordinary goes the usual way."""

    def fold(self, name: str, value: Any) -> str:
        return self._as_it_is(name, value) or super().fold(name, value)

    def fold_binary(self, name: str, value: Any) -> bytes:
        short = self._as_it_is(name, value)
        return short.encode("ascii") if short else super().fold_binary(name, value)

    def _as_it_is(self, name: str, value: Any) -> str:
        """The header's line when it needs no folding nor encoding; else ""."""
        if (
            isinstance(value, str)
            and len(name) + len(value) + 2 <= (self.max_line_length or 78)
            and value.isascii()
            and value.isprintable()
            and value == value.strip()
            and "  " not in value
        ):
            return f"{name}: {value}{self.linesep}"
        return ""


SHORT_HEADERS = ShortHeaders()


class DigestEmail(EmailMultiAlternatives):
    """The digest's text and HTML, with their MIME boundary chosen here, where the texts are
    known: left unset, the standard library compiles a new regular expression for every
    message to check the random one it picks (about a millisecond a digest). Its headers are
    written by `ShortHeaders`."""

    def message(self) -> Any:
        message = super().message()
        message.policy = SHORT_HEADERS
        texts = [self.body, *(str(content) for content, _type in self.alternatives)]
        while True:
            boundary = f"followup-{secrets.token_hex(12)}"
            if not any(f"--{boundary}" in text for text in texts):
                message.set_boundary(boundary)
                return message


def page_url(name: str) -> str:
    """The absolute URL of a page without arguments, worked out once per site, URL
    configuration and script prefix rather than for every digest."""
    return _page_url(name, site_url(), settings.ROOT_URLCONF, get_urlconf(), get_script_prefix())


@lru_cache(maxsize=16)
def _page_url(name: str, site: str, root: Any, urlconf: Any, prefix: str) -> str:
    return absolute(reverse(name))


@dataclass(frozen=True)
class Line:
    """One item as the email shows it."""

    title: str
    person: str
    reason: str
    context: str
    url: str
    overdue: bool


def _line(item: Item) -> Line:
    return Line(
        title=item.title,
        person=item.person,
        reason=item.action.reason,
        context=item.action.context,
        url=absolute(item.act_url),
        overdue=item.action.window == r.OVERDUE,
    )


def digest_message(user: User, items: list[Item], message_id: str) -> EmailMultiAlternatives:
    """The digest of `items`, planned and worded in the user's language (`digests.due_items`,
    `digests.plan_user`), with the templates' words in that language too."""
    with translation.override(locale_of(user.language)):
        return _message(user, [_line(item) for item in items], message_id)


def _message(user: User, lines: list[Line], message_id: str) -> EmailMultiAlternatives:
    unsubscribe = unsubscribe_url(user.pk)
    today = local_today(user)
    context = {
        "user": user,
        "lines": lines,
        "count": len(lines),
        "day": long_day(today, today, interface_lang()),
        "today_url": page_url("today"),
        "settings_url": page_url("reminders_settings"),
        "unsubscribe_url": unsubscribe,
    }
    subject = ngettext(
        "Followup: %(count)d thing to do today",
        "Followup: %(count)d things to do today",
        len(lines),
    ) % {"count": len(lines)}
    # A subject is never wrapped, and a no-break space in its first word makes Python's header
    # folding start it on a line of its own, shown by some mail clients as a leading space.
    subject = subject.replace("\N{NO-BREAK SPACE}", " ")
    message = DigestEmail(
        subject=subject,
        body=render_to_string("reminders/email/digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "Message-ID": message_id,
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "Content-Language": translation.get_language() or settings.LANGUAGE_CODE,
        },
    )
    message.attach_alternative(
        render_to_string("reminders/email/digest.html", context), "text/html"
    )
    return message
