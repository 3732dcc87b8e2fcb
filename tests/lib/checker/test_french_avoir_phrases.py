"""French slips around "avoir" and number: "à" typed for "a" before a phrase made with "avoir"
("à l'air", "à hâte"), the adjective after "avoir l'air" (it agrees with the subject), "vous"
then a participle after "dont", and a feminine singular after a plural determiner."""

from __future__ import annotations

import pytest

from tests.french_sentences import errors, wrong_words


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre bureau à l'air très accueillant.",
        "Monsieur Tardif à hâte de lancer le projet.",
        "La prochaine réunion à lieu jeudi.",
        "Votre service à besoin d'une personne bilingue.",
    ],
)
def test_a_before_a_phrase_made_with_avoir(sentence: str) -> None:
    assert ("spelling", "à") in errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre cheffe d'équipe a l'air passionnée par son travail.",
        "Les stagiaires ont l'air heureuses.",
        "Nous avons mangé dehors, à l'air libre.",
        "J'ai pensé à l'air de la chanson.",
    ],
)
def test_what_follows_avoir_l_air_agrees_with_the_subject(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("J'admire la manière dont vous géré votre équipe.", "géré"),
        ("Le logiciel dont vous parlé semble utile.", "parlé"),
    ],
)
def test_vous_then_a_participle_after_dont(sentence: str, written: str) -> None:
    assert written in [text for text, _fixes in wrong_words(sentence)]


def test_vous_with_its_auxiliary_after_dont_is_right() -> None:
    assert errors("Le logiciel dont vous m'avez parlé semble utile.") == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Merci pour vos précieuse suggestions.", "précieuse", "précieuses"),
        ("J'attends de vos nouvelle.", "nouvelle", "nouvelles"),
        ("Je garde de bons souvenirs de nos longue discussions.", "longue", "longues"),
    ],
)
def test_a_feminine_singular_after_a_plural_determiner(
    sentence: str, written: str, fix: str
) -> None:
    assert (written, (fix,)) in wrong_words(sentence)
