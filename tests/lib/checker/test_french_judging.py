"""French notes that judge the employer's decision or plead about money are flagged; the
polite sentences around the same words are not."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

FRENCH = CheckContext(lang="fr", kind="rejection-reply", recipients=("Louise Caron",))


def accusatory(sentence: str) -> list[str]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [f.text for f in check(text, FRENCH) if f.code == "accusatory"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci de votre réponse. À mon avis, votre comité a commis une grave erreur.",
        "Je respecte votre choix, mais vous le regretterez sans doute.",
        "Je pense que vous vous trompez sur mon profil.",
        "Vous passez à côté d'une candidate motivée.",
        "J'ai besoin d'argent rapidement, alors j'espère que vous me rappellerez.",
        # what the employer would lose, the writer's time wasted, a relance that should not
        # have been needed, a plea
        "Vous feriez une grave erreur en laissant passer ma candidature.",
        "Vous auriez tort de ne pas me retenir pour ce poste.",
        "Vous ne trouverez personne de plus qualifié que moi.",
        "Ne me faites pas attendre plus longtemps.",
        "J'ai déjà perdu assez de temps avec ce processus.",
        "Je ne devrais pas avoir à vous relancer pour obtenir une réponse.",
        "Je vous en conjure, rappelez-moi.",
    ],
)
def test_judging_the_decision_or_pleading_is_flagged(sentence: str) -> None:
    assert accusatory(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci de m'avoir informé de votre décision; j'en tire de bonnes leçons.",
        "Je crois avoir fait une erreur dans la date de mon dernier courriel : c'était le 12.",
        "Vous m'avez donné des conseils précieux pour la suite de ma recherche.",
        "J'ai perdu beaucoup de temps à chercher le stationnement, mais je suis arrivé à l'heure.",
        "Vous avez raison : je trouverai plus de détails sur votre site.",
    ],
)
def test_gracious_replies_are_not_flagged(sentence: str) -> None:
    assert accusatory(sentence) == []


def test_a_closing_formula_that_goes_on_to_thank_is_not_an_empty_note() -> None:
    text = (
        "Bonjour Madame Caron,\n\nAu plaisir de travailler ensemble et merci pour la visite "
        "de l'atelier.\n\nCordialement,\nPaul Roy"
    )
    assert [f.code for f in check(text, FRENCH) if f.severity == "error"] == []


def test_a_greeting_and_a_formula_alone_are_still_an_empty_note() -> None:
    text = (
        "Bonjour Madame Caron,\n\nVeuillez agréer, Madame, mes salutations distinguées.\n\nPaul Roy"
    )
    assert "empty" in [f.code for f in check(text, FRENCH)]
