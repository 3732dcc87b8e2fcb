"""French notes that judge the employer's decision or plead about money are flagged; the
polite sentences around the same words are not."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

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


@pytest.mark.parametrize(
    "sentence",
    [
        "Je vais continuer à appeler votre bureau chaque jour jusqu'à ce que vous me répondiez.",
        "Je vous écrirai tous les jours tant que je n'aurai pas de réponse.",
        "Je vais vous téléphoner tous les matins jusqu'à ce que j'obtienne une entrevue.",
        "Je continuerai de vous relancer jusqu'à ce que quelqu'un me rappelle.",
        "Je vous relancerai sans arrêt.",
        "Je ne lâcherai pas tant que je n'aurai pas parlé au directeur.",
    ],
)
def test_contact_promised_until_the_reader_gives_in_is_flagged(sentence: str) -> None:
    assert accusatory(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je vous écrirai la semaine prochaine pour faire le suivi.",
        "Je vais vous appeler jeudi, comme convenu.",
        "Je continuerai à suivre vos publications avec intérêt.",
        "Je vais continuer à travailler chaque jour sur mon français.",
        "Je vous appellerai jusqu'à ce que le dossier soit réglé, comme convenu avec elle.",
        "Je vais continuer à vous écrire, tant que je le pourrai, pour partager mes nouvelles.",
        "Je vais vous envoyer chaque semaine un rapport d'avancement.",
    ],
)
def test_a_promised_call_or_letter_is_not_flagged(sentence: str) -> None:
    assert accusatory(sentence) == []
