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


def errors(sentence: str) -> list[tuple[str, str]]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [(f.code, f.text) for f in check(text, FRENCH) if f.severity == "error"]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a pattern that ends on a stem or an elided word reaches into the next word
        ("Après le 22 janvier, je considérerai que le poste est comblé.", "je considérerai"),
        ("Ma disponibilité est valable jusqu'au 9 février seulement.", "jusqu'au"),
    ],
)
def test_a_limit_ending_on_a_stem_is_flagged_whole_words(sentence: str, flagged: str) -> None:
    assert any(text.endswith(flagged) for text in accusatory(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the decision judged, the choice belittled, the reader blamed
        "Je juge ce refus tout à fait arbitraire.",
        "Votre évaluation de mon entrevue était biaisée.",
        "Avec tout le respect que je vous dois, c'est une erreur de jugement.",
        "Je crois que vous avez pris la mauvaise décision.",
        "Si le nouveau commis ne fait pas l'affaire, ce sera votre problème.",
        "Vous en mordrez les doigts quand vous verrez mes résultats ailleurs.",
        # the writer won't apply again, the reader taken to have forgotten
        "C'est bien la dernière fois que je vous écris pour un poste.",
        "Je ne soumettrai plus ma candidature auprès de vous.",
        "Si jamais vous m'aviez oubliée, nous nous sommes vus le 4 mars.",
        "Ça m'étonne que personne ne m'ait rappelé.",
        # guilt: the answer tied to the writer's situation, everything staked on the job
        "Mes économies sont épuisées; je compte donc sur une réponse favorable.",
        "Je mise tout sur cet emploi depuis l'automne.",
    ],
)
def test_judging_the_choice_or_tying_the_answer_to_hardship_is_an_error(sentence: str) -> None:
    assert any(code == "accusatory" for code, _ in errors(sentence)), errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je ne dirais pas que votre choix est injuste : il se comprend.",
        "Votre décision ne me paraît nullement arbitraire.",
        "Je suis déçue de ne pas avoir été choisie, mais je vous remercie de votre franchise.",
        "J'espère donc vous relire bientôt.",
        "J'ai tout préparé pour l'entrevue, et j'ai aimé la conversation.",
        "Je m'étonne encore de tout ce que j'ai appris pendant la visite.",
        "Je postulerai volontiers de nouveau auprès de vous.",
        "Merci, Madame Caron, de m'avoir reçue.",
    ],
)
def test_a_judgement_denied_or_a_gracious_reply_gets_no_error(sentence: str) -> None:
    assert not errors(sentence)


def test_a_blank_after_merci_is_a_blank_not_an_empty_note() -> None:
    text = "Bonjour Madame Caron,\n\nMerci, PRÉNOM, pour la visite.\n\nCordialement,\nPaul Roy"
    codes = [f.code for f in check(text, FRENCH)]
    assert "placeholder" in codes and "empty" not in codes


def test_merci_and_a_name_is_still_a_closing() -> None:
    text = "Bonjour Madame Caron,\n\nMerci, Paul Roy"
    assert "empty" in [f.code for f in check(text, FRENCH)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the employer's process or people judged
        "L'entretien m'a paru franchement bâclé.",
        "Je trouve votre recruteuse plutôt expéditive.",
        "La communication de votre service laisse beaucoup à désirer.",
        "J'ai noté un manque flagrant d'écoute pendant la rencontre.",
        "Je me suis déplacée de Gatineau pour rien, semble-t-il.",
        # passive aggression, advice to the employer, a promise held against them
        "Bonne chance pour la suite; vous en aurez bien besoin.",
        "J'espère que vous trouverez une personne de plus fiable que moi.",
        "De toute façon, je serai sûrement mieux ailleurs.",
        "Vous gagneriez à revoir vos méthodes d'entrevue.",
        "On m'avait promis un appel vendredi, mais nous sommes déjà le 14.",
        "J'ai vraiment besoin que vous me reteniez pour ce poste.",
    ],
)
def test_judging_the_process_or_a_parting_shot_is_an_error(sentence: str) -> None:
    assert any(code == "accusatory" for code, _ in errors(sentence)), errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre processus ne m'a jamais semblé mal organisé, au contraire.",
        "Mon anglais écrit laisse encore à désirer et j'y travaille.",
        "Je regrette mon manque de préparation sur la question du budget.",
        "Je ne manquerais cette formation pour rien au monde.",
        "Je vous souhaite bonne chance dans votre recrutement.",
        "L'entrevue a été bien organisée et très agréable.",
        "Nous sommes le 3 décembre : je me permets de vous relancer poliment.",
    ],
)
def test_praise_self_criticism_and_plain_dates_get_no_error(sentence: str) -> None:
    assert not errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a negation before the judgement, a practical question, the outcome regretted
        "Je ne me suis pas déplacée pour rien : la visite était passionnante.",
        "Je ne trouverai sans doute pas mieux ailleurs qu'au sein de votre équipe.",
        "Je ne voudrais pas venir pour rien : la rencontre a-t-elle toujours lieu?",
        "Je suis surpris de ne pas avoir trouvé l'affichage sur votre site.",
        "Je suis déçue de ne pas avoir obtenu le poste, mais je garde un bon souvenir.",
        "Au cas où vous auriez oublié de joindre le formulaire, je peux vous le redemander.",
    ],
)
def test_a_denied_or_practical_sentence_with_the_same_words_gets_no_error(sentence: str) -> None:
    assert not errors(sentence)


def test_disappointment_at_the_silence_is_still_flagged() -> None:
    assert accusatory("Je suis déçu de ne pas avoir reçu la moindre réponse.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Je vous en serai éternellement reconnaissante.",
        "Je serais reconnaissant toute ma vie si vous me reteniez pour ce poste.",
        "Je suis prête à faire tout ce que vous demanderez, pourvu que vous me choisissiez.",
        "Ce stage est ma dernière planche de salut.",
        "Il ne me reste plus un dollar; cet emploi me sauverait la vie.",
        "J'avais trouvé les remarques du gestionnaire assez intrusives.",
        "Je ne comprends vraiment pas ce qui a pu vous faire douter de moi.",
    ],
)
def test_a_plea_or_a_reproach_about_the_interview_is_an_error(sentence: str) -> None:
    assert any(code == "accusatory" for code, _ in errors(sentence)), errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je vous serais reconnaissant de me faire part de vos commentaires.",
        "Je ferai de mon mieux pour répondre à vos attentes.",
        "J'ai trouvé vos questions pertinentes et stimulantes.",
        "Je comprends mieux ce qui a fait le succès de votre équipe.",
    ],
)
def test_polite_thanks_and_praise_of_the_interview_get_no_error(sentence: str) -> None:
    assert not errors(sentence)
