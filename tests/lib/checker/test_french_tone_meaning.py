"""French tone by what a sentence does, not its exact words: sarcasm dressed as thanks or praise,
entitlement, passive aggression, complaints about the process, pleas and guilt are flagged; the
polite sentences close to them in words (a hedged "si jamais", a courteous other offer, praise
that is meant) are not."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


def findings(sentence: str, kind: str = "follow-up") -> list[Finding]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    context = CheckContext(lang="fr", kind=kind, recipients=("Louise Caron",), sender="Paul Roy")
    return check(text, context)


def tone(sentence: str, kind: str = "follow-up") -> list[tuple[str, str]]:
    return [(f.severity, f.text) for f in findings(sentence, kind) if f.code == "accusatory"]


def why(sentence: str) -> set[str]:
    return {dict(f.params).get("why", "") for f in findings(sentence) if f.code == "accusatory"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci d'avoir finalement daigné me répondre après six semaines.",
        "Merci pour votre courriel de refus, après deux mois de silence c'est toujours agréable.",
        "Au moins, ça en aura valu la peine pour vous.",
        "Merci de m'avoir laissée poireauter à la réception pendant une heure.",
        "Félicitations pour votre efficacité : il vous aura fallu trois mois pour me répondre.",
        "Quelle belle surprise d'apprendre par un ancien collègue que le poste était comblé.",
    ],
)
def test_sarcasm_dressed_as_thanks_or_praise_is_flagged(sentence: str) -> None:
    assert tone(sentence, "rejection-reply")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vu mon expérience, le poste devrait normalement me revenir sans trop de discussion.",
        "Compte tenu de mes diplômes, je m'attends à une rémunération bien supérieure.",
        "Je considère que la dernière entrevue ne sera qu'une formalité.",
        "Je mérite amplement ce poste après tout ce que j'ai accompli.",
    ],
)
def test_entitlement_is_flagged(sentence: str) -> None:
    assert "entitlement" in why(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "N'hésitez pas à me rappeler si la personne retenue ne fait pas le poids.",
        "Bonne chance avec votre nouvelle recrue, vous risquez d'en avoir besoin.",
        "Je sais que vous êtes débordés, mais répondre ne prend que trente secondes.",
        "Je vous renvoie ma question, comme mes trois messages précédents.",
        "Je commence à me demander si quelqu'un lit vraiment les courriels chez vous.",
        "Votre boîte de réception fonctionne-t-elle, ou est-ce que mes messages ne se rendent pas?",
        "J'aimerais bien que vous teniez vos propres engagements.",
        "Ce n'est pourtant pas la mer à boire de me donner une réponse.",
        "Je ne vais pas garder ma disponibilité indéfiniment pour votre organisation.",
        "J'ai une offre sur la table ailleurs, alors c'est à vous de jouer.",
        "Si vous tenez à me garder, il faudra faire mieux que ça.",
        "J'ai pris congé sans paye pour venir à l'entrevue.",
        "J'espère que l'entrevue n'était pas seulement pour la forme.",
        "Avec tout le temps que j'ai consacré à ce processus, je m'attendais à un appel.",
        "Que puis-je faire pour que vous reveniez sur votre décision?",
        "J'accepterais le poste à n'importe quel prix.",
        "La rencontre a débuté avec une demi-heure de retard, sans la moindre excuse.",
        "La recruteuse m'a semblé peu préparée.",
        "Personne ne semble être au courant de l'état de ma candidature.",
        "Tout ça pour un message automatique.",
    ],
)
def test_passive_aggression_complaints_pleas_and_guilt_are_flagged(sentence: str) -> None:
    assert tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Si jamais vous avez besoin de précisions, je peux vous les envoyer dès aujourd'hui.",
        "Au cas où vous auriez égaré mon curriculum vitæ, je le joins de nouveau à ce courriel.",
        "Si jamais vous avez oublié de joindre la description, pourriez-vous me la renvoyer?",
        "J'ai reçu une autre offre, à laquelle je dois répondre d'ici vendredi.",
        "Compte tenu de mon expérience, serait-il possible de revoir l'échelon salarial proposé?",
        "Vu mon expérience en petite enfance, je suis certaine de pouvoir contribuer au programme.",
        "Merci de m'avoir répondu aussi rapidement, j'apprécie votre franchise.",
        "Le déplacement jusqu'à Kapuskasing en valait vraiment la peine.",
        "Je souhaite beaucoup de succès à la personne retenue et à toute l'équipe.",
        "Si jamais un autre poste s'ouvre, je serais heureuse de postuler à nouveau.",
        "Si ce n'est pas trop demander, pourriez-vous me dire où en est le processus?",
        "Je suis arrivée avec quelques minutes de retard et je m'en excuse encore.",
        "Je vous souhaite bonne chance pour la suite du projet, il semble prometteur.",
        "Merci pour votre patience pendant que je cherchais mes notes.",
        "Merci d'avoir pris le temps de me présenter l'équipe malgré votre horaire chargé.",
    ],
)
def test_polite_sentences_close_in_words_are_not_flagged(sentence: str) -> None:
    assert not tone(sentence)


def test_a_hedged_guess_is_at_most_a_warning() -> None:
    sentence = (
        "Si jamais vous avez oublié de me transmettre le formulaire, je vous serais "
        "reconnaissant de me l'envoyer."
    )
    assert all(severity == "warning" for severity, _ in tone(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the employer's side failing the writer
        "Votre adjointe ne m'a jamais envoyé le lien pour le test.",
        "Personne ne m'a informée que l'entrevue avait été déplacée.",
        "On ne m'a toujours pas remboursé mes frais de déplacement.",
        # what the writer was put through, judged
        "Les consignes du test étaient floues et contradictoires.",
        "Votre salle d'attente était bruyante et l'accueil plutôt froid.",
        "Votre offre salariale est carrément ridicule pour ce niveau de responsabilités.",
        # thanks next to the slight it is about
        "Merci d'avoir mis six semaines à me répondre, j'apprécie beaucoup.",
        "Bravo, deux mois pour un courriel de trois lignes.",
        "Super expérience que d'attendre une heure dans un corridor sans chaise.",
        # pressure, entitlement, pleas, guesses
        "J'aimerais que vous preniez enfin une décision.",
        "Je compte sur une réponse de votre part dans les 48 heures.",
        "J'estime avoir droit à une explication après trois entrevues.",
        "Une candidate de mon niveau ne devrait pas avoir à négocier ce genre de détail.",
        "Je ne vois pas pourquoi je devrais fournir encore des références.",
        "J'ai vraiment besoin que cette candidature aboutisse, je n'en peux plus.",
        "Je me demande si vous avez même ouvert mon dossier.",
        "J'ai l'impression que mes messages tombent dans le vide.",
    ],
)
def test_who_failed_whom_and_what_was_judged_are_flagged(sentence: str) -> None:
    assert tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous ne m'avez pas encore fait parvenir le formulaire, mais rien ne presse.",
        "Vous n'aviez pas à vous excuser pour le retard.",
        "Les consignes du test étaient claires et m'ont aidée à bien me préparer.",
        "L'étude de cas était exigeante, mais très formatrice.",
        "Merci de m'avoir rappelée deux fois pour préciser l'horaire.",
        "J'ai enfin reçu mon attestation de langue et je vous la transmets.",
        "Je compte sur votre compréhension pour reporter notre appel à jeudi.",
        "Je me demande si vous auriez quelques minutes pour discuter de la suite.",
        "Le gestionnaire m'a fait visiter les locaux et m'a présenté à l'équipe.",
        "Personne ne m'a encore contactée pour les références, mais je suis disponible.",
    ],
)
def test_the_same_words_said_kindly_are_not_flagged(sentence: str) -> None:
    assert not tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je n'ai pas l'intention d'attendre des semaines.",
        "Mon intérêt pour le poste diminue de jour en jour.",
        "Ma conjointe me demande tous les jours si vous avez appelé.",
        "Je serais dévastée de ne pas obtenir ce poste.",
        "Je suis ravie d'apprendre, après trois entrevues, que mon profil ne correspondait pas.",
        "C'est toujours un plaisir d'être ignorée.",
        "Prenez votre temps, surtout, je n'ai que ça à faire.",
        "Merci de m'avoir permis de pratiquer mes entrevues pour rien.",
        "Veuillez préparer mon contrat pour que je puisse le signer lundi.",
        "L'entrevue ressemblait plus à un interrogatoire qu'à une conversation.",
        "On m'a posé des questions qui n'avaient rien à voir avec le poste.",
        "J'ai attendu quarante minutes avant qu'on vienne me chercher.",
        "Votre intervieweuse semblait s'ennuyer pendant toute la rencontre.",
        "Il aurait été utile de savoir que le poste était déjà pourvu.",
        "C'est la moindre des choses de prévenir les candidats.",
    ],
)
def test_irony_impatience_and_complaints_without_trigger_words_are_flagged(
    sentence: str,
) -> None:
    assert tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mon intérêt pour le poste n'a fait que grandir depuis l'entrevue.",
        "Je suis ravie d'apprendre que ma candidature a été appréciée.",
        "Pourriez-vous m'envoyer le contrat afin que je puisse le relire?",
        "L'entrevue ressemblait davantage à une conversation qu'à un interrogatoire.",
        "J'ai attendu quelques minutes à l'accueil, le temps de remplir le formulaire.",
        "Votre intervieweuse a su me mettre à l'aise dès le début de la rencontre.",
        "Il serait utile de savoir si le poste est bilingue, afin que je me prépare.",
        "C'est toujours un plaisir d'échanger avec votre équipe.",
        "Heureusement, j'avais prévu du temps pour visiter le quartier.",
    ],
)
def test_the_same_turns_of_phrase_said_kindly_are_not_flagged(sentence: str) -> None:
    assert not tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Un gros merci pour le refus envoyé un vendredi à 17 h.",
        "Je vous félicite, vous avez réussi à me faire attendre tout l'automne.",
        "Votre démarche de recrutement, longue et confuse, m'a épuisée.",
        "La plateforme d'évaluation, franchement désuète, m'a fait perdre une heure.",
        "Mon expérience devrait logiquement suffire à me qualifier sans autre entrevue.",
        "Avec mes qualifications, le poste me semble acquis.",
    ],
)
def test_a_pair_of_cues_no_pattern_knows_gets_a_warning(sentence: str) -> None:
    assert tone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Un grand merci pour votre réponse, même si elle n'est pas celle que j'espérais.",
        "Merci pour la rencontre, malgré le report causé par la tempête.",
        "Le processus de sélection était rigoureux et bien expliqué.",
        "Mon expérience devrait m'aider à m'intégrer rapidement à votre équipe.",
        "Merci d'avoir patienté pendant que je retrouvais le document.",
        "Bien que déçue, je vous remercie de m'avoir fait part de votre décision.",
    ],
)
def test_a_pair_softened_or_incomplete_is_not_flagged(sentence: str) -> None:
    assert not tone(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind_of_problem"),
    [
        ("J'ai payé l'essence et le stationnement de ma poche pour venir.", "guilt"),
        ("Comme par hasard, personne n'était disponible quand j'ai appelé.", "blame"),
        ("Est-ce si difficile de répondre à un courriel?", "blame"),
        ("Serait-ce trop demander d'avoir un suivi?", "blame"),
        ("C'est votre responsabilité de tenir les candidats informés.", "blame"),
        ("Les autres employeurs, eux, prennent la peine d'expliquer leurs refus.", "blame"),
        ("Je ne suis pas un numéro dans votre système.", "blame"),
        ("Je n'ai pas de temps à perdre avec un processus qui s'éternise.", "pressure"),
    ],
)
def test_rhetorical_questions_and_comparisons_say_why(sentence: str, kind_of_problem: str) -> None:
    assert kind_of_problem in why(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Par hasard, j'ai croisé une ancienne collègue qui travaille chez vous.",
        "Serait-il possible d'avoir un suivi d'ici la fin du mois?",
        "J'ai compris que la formation des bénévoles serait ma responsabilité.",
        "Évidemment, je suis déçue, mais je comprends votre décision.",
        "Je ne suis pas une experte en finances, mais j'apprends vite.",
    ],
)
def test_the_same_openings_said_plainly_are_not_flagged(sentence: str) -> None:
    assert not tone(sentence)
