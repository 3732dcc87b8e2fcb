"""Plain-English pieces of the plan's reasons: days, clock times, roles, jobs and names.

Written by hand rather than with `strftime` so the words do not depend on the server's locale.
"""

from __future__ import annotations

from datetime import date, datetime

from followup.lib.dates import day_month, long_day
from followup.lib.records import (
    ADMIN_STAFF,
    CALL,
    FOLLOW_UP,
    HR,
    INTERVIEWER,
    KEEP_IN_TOUCH,
    LINKEDIN,
    MEETING,
    NOTE,
    OFFER_REPLY,
    PANEL,
    RECRUITER,
    REJECTION_REPLY,
    REPLY_RECEIVED,
    THANK_YOU,
    ApplicationRec,
    InteractionRec,
    PersonRec,
)

ROLE_LABELS = {
    INTERVIEWER: "interviewer",
    PANEL: "panel member",
    HR: "HR",
    RECRUITER: "recruiter",
    ADMIN_STAFF: "admin staff",
}
# How the last contact reads in a reminder: "Last contact: thank-you note sent on 10 February".
CONTACT_LABELS = {
    THANK_YOU: "thank-you note sent",
    FOLLOW_UP: "follow-up sent",
    REJECTION_REPLY: "reply to the decision sent",
    KEEP_IN_TOUCH: "check-in sent",
    LINKEDIN: "LinkedIn connection",
    OFFER_REPLY: "reply to the offer sent",
    CALL: "call",
    MEETING: "meeting",
    REPLY_RECEIVED: "reply received",
    NOTE: "note",
}
ORDINALS = {1: "first", 2: "second", 3: "third"}
CONTEXT_LIMIT = 240


def clock(moment: datetime, lang: str = "en") -> str:
    """'3:00 p.m.', the Canadian Press style; '15 h 00' in French."""
    if lang == "fr":
        return f"{moment.hour} h {moment.minute:02d}"
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment.minute:02d} {suffix}"


def day_and_clock(moment: datetime, today: date, lang: str = "en") -> str:
    """'Wednesday 10 February, 3:00 p.m.' or 'mercredi 10 février, 15 h 00' (moment already in
    local time)."""
    return f"{long_day(moment.date(), today, lang)}, {clock(moment, lang)}"


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role or "contact")


def person_name(person: PersonRec | None) -> str:
    return person.name.strip() if person and person.name.strip() else "your contact"


def job(application: ApplicationRec | None) -> str:
    """'Office Coordinator at Quinte Health', or what is known of it."""
    if application is None:
        return "the job"
    role = application.role.strip()
    employer = application.employer.strip()
    if role and employer:
        return f"{role} at {employer}"
    return role or employer or "the job"


def employer(application: ApplicationRec | None) -> str:
    if application is None or not application.employer.strip():
        return "the employer"
    return application.employer.strip()


def ordinal(sequence: int) -> str:
    return ORDINALS.get(sequence, f"number {sequence}")


def contact_line(interaction: InteractionRec, today: date) -> str:
    """'thank-you note sent on 10 February', with the user's summary when there is one."""
    label = CONTACT_LABELS.get(interaction.kind, interaction.kind.replace("-", " "))
    text = f"{label} on {day_month(interaction.occurred_on, today)}"
    summary = " ".join(interaction.summary.split())
    return f"{text} ({summary})" if summary else text


def shorten(text: str, limit: int = CONTEXT_LIMIT) -> str:
    """Collapse spaces and cut at a word boundary with an ellipsis when too long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,.;:")
    return f"{cut}…"
