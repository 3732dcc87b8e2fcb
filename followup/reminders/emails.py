"""The digest email: subject, text and HTML from templates side by side, the unsubscribe link
and the RFC 8058 one-click headers, and the Message-ID chosen when the digest was created."""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import make_msgid

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import ngettext

from followup.accounts.models import User
from followup.lib import records as r
from followup.reminders.links import absolute, mail_domain, unsubscribe_url
from followup.today.present import Item


def new_message_id() -> str:
    return make_msgid(idstring="digest", domain=mail_domain())


@dataclass(frozen=True)
class Line:
    """One item as the email shows it."""

    title: str
    person: str
    reason: str
    context: str
    url: str
    overdue: bool


def digest_message(user: User, items: list[Item], message_id: str) -> EmailMultiAlternatives:
    lines = [
        Line(
            title=item.title,
            person=item.person,
            reason=item.action.reason,
            context=item.action.context,
            url=absolute(item.act_url),
            overdue=item.action.window == r.OVERDUE,
        )
        for item in items
    ]
    unsubscribe = unsubscribe_url(user.pk)
    context = {
        "user": user,
        "lines": lines,
        "count": len(lines),
        "today_url": absolute(reverse("today")),
        "settings_url": absolute(reverse("reminders_settings")),
        "unsubscribe_url": unsubscribe,
    }
    subject = ngettext(
        "Followup: %(count)d thing to do today",
        "Followup: %(count)d things to do today",
        len(lines),
    ) % {"count": len(lines)}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("reminders/email/digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "Message-ID": message_id,
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(
        render_to_string("reminders/email/digest.html", context), "text/html"
    )
    return message
