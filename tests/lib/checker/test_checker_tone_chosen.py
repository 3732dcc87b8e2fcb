"""Doubting the person the employer chose, in a reply to a rejection: sarcasm a counsellor would
take out ("I hope whoever you hired can actually…", "they'll need it"); wishing them well is
fine."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

REPLY = CheckContext(kind="rejection-reply", recipients=("Dana Whitfield",), sender="Omar Haddad")


def tone(sentence: str) -> list[str]:
    found = check(f"Dear Ms. Whitfield,\n\n{sentence}\n\nSincerely,\nOmar Haddad", REPLY)
    return [f.text for f in found if f.code == "accusatory"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I hope whoever you hired can really handle the Saturday rush.",
        "Let's hope the applicant you selected is actually able to read a blueprint.",
        "Good luck to the new hire you went with; she'll need all the luck she can get.",
    ],
)
def test_doubting_the_person_chosen(sentence: str) -> None:
    assert tone(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sure the person you chose will do a wonderful job.",
        "I hope the candidate you hired enjoys the team as much as I would have.",
        "I really hope you will keep me in mind for the next opening.",
    ],
)
def test_wishing_the_person_chosen_well(sentence: str) -> None:
    assert tone(sentence) == []
