"""French replies to a rejection that set the person hired against the employer's own process or
people (sarcasm); a plain wish for the person hired stays clean."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

REPLY = CheckContext(kind="rejection-reply", recipients=("Hélène Dubé",), lang="fr")


def tone(sentence: str) -> list[str]:
    found = check(f"Madame Dubé,\n\n{sentence}\n\nCordialement,\nSami Traoré", REPLY)
    return [f.text for f in found if f.code == "accusatory"]


def test_the_person_hired_set_against_the_employer() -> None:
    assert tone(
        "J'ose espérer que votre nouvelle recrue sera plus efficace que votre service du "
        "recrutement."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "J'espère que la personne retenue se plaira dans votre équipe.",
        "J'espère que votre processus se déroulera bien pour la suite.",
    ],
)
def test_a_plain_wish_stays_clean(sentence: str) -> None:
    assert tone(sentence) == []
