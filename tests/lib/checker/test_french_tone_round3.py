"""French tone, third round: a polite request that still gives the employer hours to decide is
pressure (« Pourriez-vous me transmettre votre décision d'ici ce midi? »), while a polite request
for a practical detail, or the writer's own deadline, is not."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


def findings(sentence: str) -> list[Finding]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    context = CheckContext(
        lang="fr", kind="follow-up", recipients=("Louise Caron",), sender="Paul Roy"
    )
    return check(text, context)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pourriez-vous me transmettre votre décision d'ici ce midi?",
        "Auriez-vous l'amabilité de m'envoyer le contrat avant 17 h aujourd'hui?",
        "Je vous saurais gré de me communiquer votre réponse d'ici demain.",
        "Pouvez-vous me revenir avant la fin de la journée, s'il vous plaît?",
        "Vous disposez de 48 heures pour me faire une offre.",
        "Voudriez-vous me transmettre l'offre avant 16 h?",
    ],
)
def test_polite_request_with_a_short_deadline_is_flagged(sentence: str) -> None:
    assert any(f.code == "accusatory" for f in findings(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pourriez-vous me transmettre la description du poste lorsque vous en aurez l'occasion?",
        "Auriez-vous l'amabilité de m'envoyer l'adresse exacte de vos bureaux?",
        "Pourriez-vous m'indiquer si je dois remplir le formulaire avant lundi?",
        "Je peux vous envoyer mon portfolio d'ici demain si vous le souhaitez.",
        "Je reste disponible pour un appel d'ici vendredi si cela vous convient.",
        "Vous pouvez me joindre jusqu'à demain midi au numéro indiqué.",
    ],
)
def test_polite_request_for_a_detail_is_not_flagged(sentence: str) -> None:
    assert not [f for f in findings(sentence) if f.severity == "error"]
