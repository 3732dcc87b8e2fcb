"""Absolute links for emails and calendars, and the signed token of the unsubscribe link."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

UNSUBSCRIBE_SALT = "followup.reminders.unsubscribe"


def site_url() -> str:
    """SITE_URL, or the local server's address on a laptop install where it is empty."""
    return settings.SITE_URL or f"http://127.0.0.1:{settings.PORT}"


def absolute(path_or_url: str) -> str:
    if path_or_url.startswith(("http://", "https://")):
        return path_or_url
    return site_url() + path_or_url


def unsubscribe_token(user_id: int) -> str:
    # No expiry: a link in an old email must still work, and all it can do is stop emails.
    # Not compressed: a number never gets shorter, so the token is the same without the cost.
    return signing.dumps(user_id, salt=UNSUBSCRIBE_SALT)


def user_id_from_token(token: str) -> int | None:
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def unsubscribe_url(user_id: int) -> str:
    return absolute(reverse("reminders_unsubscribe", args=[unsubscribe_token(user_id)]))
