"""Every email Followup writes is addressed here: the sender's mail domain, Message-IDs, a
person's address as a mail app reads it, and the two emails built from a note (the one the
outbox sends over SMTP, and the .eml file a mail app opens as a draft). The daily digest's
own text lives with the reminders (followup/reminders/emails.py) and uses these helpers."""

from __future__ import annotations

from contextlib import suppress
from email.headerregistry import Address
from email.message import EmailMessage as FileEmail
from email.utils import make_msgid, parseaddr
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage

if TYPE_CHECKING:
    from followup.accounts.models import User
    from followup.interactions.models import Interaction


def mail_domain() -> str:
    """The sender's domain, for Message-IDs and calendar UIDs (never a DNS lookup)."""
    _name, sender = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return sender.rpartition("@")[2].strip() or "followup.localhost"


def new_message_id(kind: str) -> str:
    """A Message-ID fixed before the first attempt, so a retried email is the same email."""
    return make_msgid(idstring=kind, domain=mail_domain())


def address(name: str, email: str) -> Address:
    """One address for a header, as a mail app reads it: the name on one line, quoted or encoded
    whole (it may hold a comma or quotes), and an accented domain in its ASCII form."""
    local, _at, domain = email.rpartition("@")
    with suppress(UnicodeError):  # a domain IDNA cannot spell stays as typed
        domain = domain.encode("idna").decode("ascii")
    return Address(display_name=" ".join(name.split()), addr_spec=f"{local}@{domain}")


def note_email(message: Interaction, to_address: str, message_id: str) -> EmailMessage:
    """The note as the outbox sends it: from the agency's address, replies to the job seeker."""
    owner = message.owner
    return EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to_address],
        reply_to=[str(address(owner.name, owner.email))],
        headers={"Message-ID": message_id},
    )


def note_eml(message: Interaction, user: User) -> bytes:
    """The note as an .eml file that a mail app opens as a draft, ready to send."""
    email = FileEmail()
    people = list(message.people.all())
    if people and people[0].email:
        email["To"] = address(people[0].name, people[0].email)
    email["From"] = address(user.name, user.email)
    email["Subject"] = message.subject
    email["X-Unsent"] = "1"  # mail apps open it as a draft ready to send
    email.set_content(message.body)
    return bytes(email)
