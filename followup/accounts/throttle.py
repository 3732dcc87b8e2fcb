"""Limits on guessing passwords: failed sign-ins are counted per account and per address for a
quarter of an hour, and past the limit no password is checked until the quarter has passed.

The counts live in Django's cache, which settings point at a table of the database, so that
every server process and worker counts the same attempts (a per-process memory cache would let
each process allow its own). A successful sign-in clears the account's count."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW_SECONDS = 15 * 60
PER_ACCOUNT = 10  # a person mistyping is far below this
PER_ADDRESS = 30  # an office behind one address has several people signing in


def client_address(request: HttpRequest) -> str:
    """The address the request came from; behind our own reverse proxy, the one it saw."""
    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last[:64]
    return str(request.META.get("REMOTE_ADDR", ""))[:64]


def _keys(email: str, address: str) -> tuple[tuple[str, int], tuple[str, int]]:
    account = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    place = hashlib.sha256(address.encode()).hexdigest()
    return (f"signin:account:{account}", PER_ACCOUNT), (f"signin:address:{place}", PER_ADDRESS)


def is_blocked(email: str, address: str) -> bool:
    return any(cache.get(key, 0) >= limit for key, limit in _keys(email, address))


def record_failure(email: str, address: str) -> None:
    for key, _limit in _keys(email, address):
        if not cache.add(key, 1, WINDOW_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.add(key, 1, WINDOW_SECONDS)


def clear_account(email: str) -> None:
    (account_key, _), _address = _keys(email, "")
    cache.delete(account_key)
