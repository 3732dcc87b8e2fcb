"""French slips decided by the words around them (french_agreement.py): a noun subject with a
verb of the other number, homophones told apart by the next word's class, the conditional
after "si", the participle after "avoir"; and right sentences built the same way."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

FRENCH = CheckContext(lang="fr", recipients=("Louise Caron",), sender="Paul Roy")


def findings(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [(f.code, f.text, f.suggestions) for f in check(text, FRENCH) if f.severity == "error"]


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Les gens de votre succursale est très sympathiques.", "est", "sont"),
        ("Votre banque sont un modèle dans le domaine.", "sont", "est"),
        ("Mon parcours en service à la clientèle peux vous intéresser.", "peux", "peut"),
        ("Mon ancien patron peux vous donner une référence.", "peux", "peut"),
        ("Les formations que vous offrez m'intéresse beaucoup.", "intéresse", "intéressent"),
        (
            "Les tâches décrites dans l'offre correspond à mon profil.",
            "correspond",
            "correspondent",
        ),
        ("Vos employés on beaucoup d'expérience.", "on", "ont"),
        ("Ma conjointe et moi est prêts à déménager.", "est", "sommes"),
        ("Mon CV et ma lettre est joints à ce courriel.", "est", "sont"),
        ("Je tient à vous remercier pour l'entrevue.", "tient", "tiens"),
        ("Je me permet de vous écrire au sujet du poste.", "permet", "permets"),
        ("Je vous transmet mes références ci-jointes.", "transmet", "transmets"),
        ("Je peu me libérer mardi après-midi.", "peu", "peux"),
        ("Qu'elle belle surprise de recevoir votre appel!", "Qu'elle", "Quelle"),
        ("Madame Côté m'a dit quelle m'enverrait le contrat.", "quelle", "qu'elle"),
        ("Je sais que la décision ce fait en équipe.", "ce", "se"),
        ("Le poste s'est exactement ce que je cherche.", "s'est", "c'est"),
        ("Il ces montré très accueillant.", "ces", "s'est"),
        ("Je leurs ai envoyé mes documents hier.", "leurs", "leur"),
        ("Si vous pourriez me dire où en est le processus, merci.", "pourriez", "pouviez"),
        ("J'aurai aimé vous poser une dernière question.", "aurai", "aurais"),
        ("J'aimerais vous rencontrez de nouveau.", "rencontrez", "rencontrer"),
        ("Vous m'avez présentez l'équipe de nuit.", "présentez", "présenté"),
        ("Nous avons parlés de mes disponibilités.", "parlés", "parlé"),
        ("Vous m'avez dis que la décision serait prise vendredi.", "dis", "dit"),
        ("J'ai était très heureux de vous rencontrer.", "était", "été"),
        ("Je serais ravi de pouvoir contribué à vos projets.", "contribué", "contribuer"),
        ("Je suis ravis de cette rencontre.", "ravis", "ravi"),
        ("Merci pour votre temps, ont se reparle bientôt.", "ont", "on"),
        ("Les horaires de travail me convient parfaitement.", "convient", "conviennent"),
        ("Tout les employés m'ont bien accueilli.", "Tout", "Tous"),
        ("Il y a peut de postes comme celui-ci dans la région.", "peut", "peu"),
        ("Je vous remercie de m'avoir accordé se temps.", "se", "ce"),
        ("Je me réjouis de pouvoir vous rencontrez.", "rencontrez", "rencontrer"),
        ("Je trouve que ça c'est très bien passé.", "c'est", "s'est"),
        ("Vous trouverez mais références en pièce jointe.", "mais", "mes"),
        ("Je vous remercie de l'attention portée à ça candidature.", "ça", "sa"),
        ("Merci de m'avoir fait visité les bureaux.", "visité", "visiter"),
        ("Je serais ravi de faire parti de votre équipe.", "parti", "partie"),
        ("Je n'ai pas pu vous appelé hier.", "appelé", "appeler"),
        ("Elles sont très accueillante.", "accueillante", "accueillantes"),
        ("Je suis heureux d'avoir participer à l'entrevue.", "participer", "participé"),
        ("C'est un poste qui me permettrait d'évolué.", "évolué", "évoluer"),
        ("Je ne peut pas venir mardi.", "peut", "peux"),
    ],
)
def test_a_word_that_does_not_fit_its_neighbours_is_an_error(
    sentence: str, written: str, fix: str
) -> None:
    assert ("wrong-word", written, (fix,)) in findings(sentence)


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Merci de m'avoir présenté a Madame Côté.", "a"),
        ("Je vous envoie mon CV mis a jour.", "a"),
        ("Je vous remercie de l'intérêt porté a ma candidature.", "a"),
        ("Le bureau ou se déroulera la formation est à Laval.", "ou"),
        ("Au moment ou je vous écris, je termine mon stage.", "ou"),
        ("Je serai la dès 8 h mardi.", "la"),
    ],
)
def test_an_accent_left_out_where_the_next_word_asks_for_it(sentence: str, written: str) -> None:
    assert any(code == "spelling" and text == written for code, text, _ in findings(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "La plupart des employés travaillent de jour.",
        "Le directeur et son adjointe sont venus me saluer.",
        "Les gens que j'ai rencontrés étaient très accueillants.",
        "Vous m'avez expliqué que le poste exige une grande disponibilité, ce qui me convient.",
        "Je peux venir lundi ou je peux vous appeler mardi, comme vous préférez.",
        "Je vous envoie le document ce soir.",
        "De ce fait, je suis disponible immédiatement.",
        "Je suis la formation en ligne depuis septembre.",
        "Je serai la personne responsable de la répartition.",
        "Julie a Madame Côté comme superviseure.",
        "Je suis surpris et ravi de votre appel.",
        "Je me demandais quelle serait la date de début.",
        "Je sais qu'elle est très occupée cette semaine.",
        "Je me demandais si vous pourriez me dire où en est le processus.",
        "Quelle que soit votre décision, j'aurai apprécié de mieux connaître votre équipe.",
        "Les documents que j'ai envoyés sont dans votre boîte de réception.",
        "J'ai mis à jour mon CV et j'ai pris note de vos conseils.",
        "Mes collègues et moi avons suivi la même formation.",
        "Je leur ai envoyé mes documents hier.",
        "On se reparle bientôt, je l'espère.",
        "Le lieu où se trouvent vos bureaux est facile d'accès.",
        "Il peut de nouveau compter sur moi.",
        "Mais merci encore pour votre accueil.",
        "Nous sommes fin prêts pour la formation.",
        "Nous sommes ensemble depuis le début du projet.",
        "Je n'ai rien de prévu lundi, je peux donc venir.",
        "Ça s'est très bien passé, merci encore.",
        "Vous m'avez fait visiter les bureaux et j'ai adoré.",
        "Je sais qu'elle est la responsable du recrutement, pourriez-vous me mettre en contact?",
        "Nous nous sommes parlé au téléphone avant l'entrevue.",
        "Nous nous sommes téléphoné deux fois cette semaine.",
        "Nous sommes une petite équipe de quatre au bureau.",
        "Ils sont un groupe très uni, et cela se sent.",
    ],
)
def test_right_sentences_built_the_same_way_raise_no_error(sentence: str) -> None:
    assert findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ma demande du 20 novembre est restée sans réponse depuis, je me permets de vous relancer.",
        "Je n'ai toujours pas de nouvelles et je voulais m'assurer que mon courriel est arrivé.",
        "Je suis toujours intéressé par le poste, sans nouvelles depuis notre rencontre du 12.",
        "On m'a dit que vous étiez en vacances; je comprends le délai.",
    ],
)
def test_the_employers_silence_said_politely_is_no_error(sentence: str) -> None:
    assert findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Je n'ai jamais reçu la moindre réponse à mes courriels.",
        "Je présume que vous n'avez pas eu le temps de lire mes trois courriels.",
        "Si vous tardez encore, vous perdrez un excellent candidat.",
        "Je vous en prie, ne me laissez pas tomber.",
        "Vous auriez pu au moins m'envoyer un courriel.",
    ],
)
def test_pressure_blame_and_pleas_are_pointed_out(sentence: str) -> None:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    assert any(f.code == "accusatory" for f in check(text, FRENCH))


@pytest.mark.parametrize(
    "sentence",
    [
        "Le formulaire que je vous ai remis hier est complet.",
        "Les photos que je lui ai montrées datent de l'an dernier.",
        "La trousse que je vous ai préparée contient mes diplômes.",
        "Les questions que tu m'as posées étaient justes.",
    ],
)
def test_a_verb_after_je_in_a_relative_clause_is_not_the_nouns(sentence: str) -> None:
    assert findings(sentence) == []


def test_a_noun_with_a_first_person_verb_is_still_pointed_out() -> None:
    assert ("wrong-word", "suis", ("est",)) in findings(
        "Le poste que vous offrez suis intéressant."
    )
