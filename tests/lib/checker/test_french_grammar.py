"""French grammar slips the dictionary cannot see: infinitive for participle, participle for
infinitive, "sa" for "ça" — and the correct sentences that look like them."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

FRENCH = CheckContext(lang="fr", recipients=("Louise Caron",))


def wrong_words(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [(f.text, f.suggestions) for f in check(text, FRENCH) if f.code == "wrong-word"]


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Nous avons discuter de la formation des bénévoles.", "discuter", "discuté"),
        ("Je vous ai déjà présenter mon portfolio.", "présenter", "présenté"),
        ("Elle m'a beaucoup aider pendant la visite.", "aider", "aidé"),
        ("Je suis passer à vos bureaux jeudi.", "passer", "passé"),
        ("Je vous écris pour vous remercié de votre accueil.", "remercié", "remercier"),
        ("Je voudrais ajouté une précision sur mes disponibilités.", "ajouté", "ajouter"),
        ("Nous pouvons en parlé lundi si vous le souhaitez.", "parlé", "parler"),
        ("Sa me ferait plaisir de vous revoir.", "Sa", "Ça"),
        ("Je crois que sa pourrait intéresser votre équipe.", "sa", "ça"),
    ],
)
def test_a_slip_of_form_is_an_error_with_its_fix(sentence: str, written: str, fix: str) -> None:
    assert (written, (fix,)) in wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai appris beaucoup sur le premier dossier que vous m'avez confié.",
        "Vous avez été très accueillante et j'ai aimé notre échange d'hier.",
        "Je suis prête à commencer dès janvier et j'ai hâte de travailler avec vous.",
        "Sa présentation du projet m'a beaucoup plu, et sa vision aussi.",
        "Je vais passer vous voir; je souhaite vous remercier et je peux apporter mon CV.",
        "Nous avons un dossier léger et votre équipe a hiver comme saison chargée.",
        "Il est resté tard pour préparer le local.",
    ],
)
def test_correct_sentences_raise_no_grammar_error(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("J'ai beaucoup aimé visité vos installations.", "visité", "visiter"),
        ("Nous avons préféré attendu votre appel.", "attendu", None),
        ("J'ai laissé tombé ce projet l'an dernier.", "tombé", "tomber"),
    ],
)
def test_a_participle_after_a_verb_that_takes_an_infinitive(
    sentence: str, written: str, fix: str | None
) -> None:
    found = dict(wrong_words(sentence))
    if fix is None:  # "attendu" is no first-group participle: nothing to say
        assert written not in found
    else:
        assert found[written] == (fix,)


def test_a_passive_after_ete_is_left_alone() -> None:
    assert (
        wrong_words("J'ai été invité à visiter l'usine et j'ai aimé marcher dans l'atelier.") == []
    )
