"""Fixtures for the note checker's tests: `run` checks a note in Siobhan O'Connor's
thank-you context (any field overridden), `note` builds a note from greeting, body, closing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from followup.lib.checker import CheckContext, Finding, check

SIOBHAN: dict[str, Any] = {
    "kind": "thank-you",
    "recipients": ("Siobhan O'Connor",),
    "others": ("Jordan Lee",),
    "company": "Quinte Health Care",
    "role": "Medical Office Assistant",
    "other_companies": ("Northwind Traders Inc.",),
    "sender": "Sam Patel",
}
GOOD_BODY = "Thank you for the interview on Tuesday and for the tour of the clinic."
SIGNOFF = "Best regards,\nSam Patel"


@pytest.fixture
def run() -> Callable[..., list[Finding]]:
    def run_check(text: str, **overrides: Any) -> list[Finding]:
        return check(text, CheckContext(**{**SIOBHAN, **overrides}))

    return run_check


@pytest.fixture
def note() -> Callable[..., str]:
    def compose(
        greeting: str = "Dear Siobhan,", body: str = GOOD_BODY, closing: str = SIGNOFF
    ) -> str:
        return "\n\n".join(part for part in (greeting, body, closing) if part)

    return compose
