"""An empty note is still empty when the signature under the closing holds contact details (a
phone number, an email or web address); a note with a body that mentions them is not."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(kind="thank-you", recipients=("Noor Aziz",), sender="Tess Moreau")


def _codes(text: str) -> set[str]:
    return {f.code for f in check(text, CONTEXT) if f.severity == "error"}


@pytest.mark.parametrize(
    "signature",
    [
        "Tess Moreau\n(416) 555-0199",
        "Tess Moreau\ntess.moreau@example.ca | www.tessmoreau.dev",
        "Tess Moreau\nMobile: +1 416 555 0199\nlinkedin.com/in/tessmoreau",
    ],
)
def test_greeting_closing_and_contact_details_are_still_an_empty_note(signature: str) -> None:
    assert "empty" in _codes(f"Hi Noor,\n\nWarm regards,\n{signature}")


def test_a_body_that_gives_a_phone_number_is_a_note() -> None:
    text = "Hi Noor,\n\nThanks for the studio tour! My cell is 416-555-0199.\n\nBest,\nTess"
    assert "empty" not in _codes(text)
