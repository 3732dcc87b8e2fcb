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
    ],
)
def test_gracious_replies_are_not_flagged(sentence: str) -> None:
    assert accusatory(sentence) == []
