"""The kinds of note Followup drafts and checks, and how long each may be: the vocabulary the
records, the apps and the note checker share. It imports nothing, so the note checker reads it
without loading the planner's records (`followup.lib.records` re-exports it for the apps)."""

from __future__ import annotations

# Interaction.kind values: messages the user writes ...
THANK_YOU = "thank-you"
FOLLOW_UP = "follow-up"
REJECTION_REPLY = "rejection-reply"
KEEP_IN_TOUCH = "keep-in-touch"
LINKEDIN = "linkedin"
OFFER_REPLY = "offer-reply"
MESSAGE_KINDS = frozenset(
    {THANK_YOU, FOLLOW_UP, REJECTION_REPLY, KEEP_IN_TOUCH, LINKEDIN, OFFER_REPLY}
)
# The kinds of note Followup drafts and checks: the messages, with the admin staff's thank-you
# (a thank-you record with variant "admin") told apart: see `note_kind` and `record_kind`.
ADMIN_THANK_YOU = "admin-thank-you"
ADMIN_VARIANT = "admin"  # Interaction.variant (and Action.extra["variant"]) of that thank-you
NOTE_KINDS = (
    THANK_YOU,
    ADMIN_THANK_YOU,
    FOLLOW_UP,
    REJECTION_REPLY,
    KEEP_IN_TOUCH,
    LINKEDIN,
    OFFER_REPLY,
)


def note_kind(kind: str, variant: str = "") -> str:
    """The kind of note to draft and check for a record (or due action) of `kind` and `variant`."""
    return ADMIN_THANK_YOU if kind == THANK_YOU and variant == ADMIN_VARIANT else kind


def record_kind(kind_of_note: str) -> tuple[str, str]:
    """The record's kind and variant for a kind of note: the inverse of `note_kind`."""
    return (THANK_YOU, ADMIN_VARIANT) if kind_of_note == ADMIN_THANK_YOU else (kind_of_note, "")


# How long a note may be: words for an email (the subject aside), characters for a LinkedIn note.
WORD_LIMITS: dict[str, int] = {
    THANK_YOU: 250,
    ADMIN_THANK_YOU: 150,
    FOLLOW_UP: 150,
    REJECTION_REPLY: 200,
    KEEP_IN_TOUCH: 200,
    OFFER_REPLY: 250,
}
LINKEDIN_CHARACTERS = 200
LINKEDIN_PREMIUM_CHARACTERS = 300
