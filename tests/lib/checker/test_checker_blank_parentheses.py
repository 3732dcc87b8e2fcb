"""Blanks: one word alone in parentheses that names the value a template asks for ("Hi (Name),",
"on (date)", "at (Company)") is a blank left in; a word in parentheses that says something is
not."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(kind="thank-you", recipients=("Rui Costa",), sender="Mina Sato")


def _blanks(text: str) -> list[str]:
    return [f.text for f in check(text, CONTEXT) if f.code == "placeholder"]


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("Dear (Name),\n\nThank you for the tour of the bakery.\n\nMina", "(Name)"),
        ("Hi Rui,\n\nThank you for meeting me on (date) about the role.\n\nMina", "(date)"),
        ("Hi Rui,\n\nI'd love to join the bakers at (Company).\n\nMina", "(Company)"),
        ("Hello (RECIPIENT),\n\nThanks for the chat about sourdough.\n\nMina", "(RECIPIENT)"),
    ],
)
def test_a_slot_word_alone_in_parentheses_is_a_blank(text: str, blank: str) -> None:
    assert blank in _blanks(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks (again) for the tour of the ovens.",
        "We talked about my (former) title at the café.",
        "I signed the release form (dated May 3).",
        "The new role (and its title) sounds great.",
    ],
)
def test_a_word_in_parentheses_that_says_something_is_not(sentence: str) -> None:
    assert _blanks(f"Hi Rui,\n\n{sentence}\n\nBest,\nMina") == []
