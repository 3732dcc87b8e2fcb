"""Correct French that the checker once flagged, each beside the true slip of the same shape
that it must still catch: "a" (has) with a past participle or after "quel", a subject whose
plural nouns are in its complement, an adjective or participle that goes with the noun before
"des", and a cue phrase inside a holiday's name."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

FRENCH = CheckContext(
    kind="thank-you",
    lang="fr",
    recipients=("Geneviève Tremblay",),
    company="Ville de Gatineau",
    sender="Amélie Gagnon",
)
FOLLOW_UP = CheckContext(
    kind="follow-up",
    lang="fr",
    recipients=("Geneviève Tremblay",),
    company="Ville de Gatineau",
    sender="Amélie Gagnon",
)


def errors(sentence: str, context: CheckContext = FRENCH) -> list[tuple[str, str]]:
    text = f"Madame Tremblay,\n\nMerci pour l'entrevue. {sentence}\n\nCordialement,\nAmélie Gagnon"
    return [(f.code, f.text) for f in check(text, context) if f.severity == "error"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le processus de recrutement a été long, mais très bien organisé.",
        "Le traitement de ma demande a pris un peu de temps.",
        "Le processus de recrutement a vraiment été long.",
        "Le service de placement a toujours été efficace.",
        "Le poste de conseiller a beaucoup évolué.",
        "Le métier de plombier a ses avantages.",
        "Le nouveau directeur a plus de vingt ans d'expérience.",
        "Le nouveau centre a quelques places pour des stagiaires.",
        "Dans votre équipe, chacun a plus d'un rôle.",
        "Celle-ci a plus de responsabilités.",
        "L'entrevue, qui a duré une heure, a plus porté sur mes compétences que sur mon parcours.",
        "Quelle a été la décision?",
        "Je voudrais savoir quel service a la responsabilité des bénévoles.",
        "Je me demande quelle équipe a besoin de renfort.",
        "J'aimerais savoir quelle a été votre impression de ma présentation.",
        "La collaboration entre les infirmières et les préposés m'a beaucoup touchée.",
        "La relation entre les conseillers et les membres semble au cœur de votre culture.",
        "La collaboration des infirmières et des préposés m'a beaucoup touchée.",
        "Le travail avec les élèves et les parents m'a beaucoup plu.",
        "J'ai appris la langue des signes québécoise l'an dernier.",
        "Les bureaux marron du troisième étage m'ont rappelé mon ancien emploi.",
        "L'analyse des coûts que j'ai réalisée pour Timmins pourrait vous être utile.",
        "Le rapport des activités que j'ai rédigé est joint.",
        "Je vous souhaite un bon congé de l'Action de grâce.",
        "Vingt et une personnes ont assisté à l'atelier.",
        "Les difficultés qu'il y a eu au début ont été surmontées.",
    ],
)
def test_correct_french_gets_no_error(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "code", "written"),
    [
        ("Je reste a votre disposition pour tout renseignement.", "spelling", "a"),
        ("Le processus de recrutement a Ottawa est long.", "spelling", "a"),
        ("Je pense a chaque membre de l'équipe.", "spelling", "a"),
        ("Elle m'a aidé a comprendre le poste.", "spelling", "a"),
        ("J'ai eu une grande joie a vous rencontrer.", "spelling", "a"),
        ("Je remercie celle a qui j'ai parlé.", "spelling", "a"),
        ("Je suis disponible a partir de lundi.", "spelling", "a"),
        ("Votre équipe m'a invitée a participer.", "spelling", "a"),
        ("Les infirmières et les préposés m'a beaucoup touchée.", "wrong-word", "a"),
        ("Le directeur et les préposés m'a beaucoup touchée.", "wrong-word", "a"),
        ("La directrice de l'école et les enseignants m'a accueillie.", "wrong-word", "a"),
        ("Les signes québécoise sont difficiles à apprendre.", "wrong-word", "québécoise"),
        ("Les salles lumineuse m'ont plu.", "wrong-word", "lumineuse"),
        ("Une personnes a assisté à l'atelier.", "wrong-word", "personnes"),
        ("Les gens que j'ai rencontrés est sympathique.", "wrong-word", "est"),
        ("La liste que j'ai réalisés est jointe.", "wrong-word", "réalisés"),
        ("Les activités que j'ai organisé étaient variées.", "wrong-word", "organisé"),
        ("Mon profil correspond exactement a vos attentes.", "spelling", "a"),
    ],
)
def test_the_true_slip_beside_it_is_still_caught(sentence: str, code: str, written: str) -> None:
    assert (code, written) in errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Je vous en prie, de grâce, répondez-moi.", "Madame Tremblay, de grâce, répondez-moi."],
)
def test_a_plea_outside_a_name_is_still_caught(sentence: str) -> None:
    assert ("accusatory", "de grâce") in errors(sentence, FOLLOW_UP)


def test_a_time_limit_with_its_reason_in_the_next_sentence_is_a_warning() -> None:
    sentence = (
        "Pourriez-vous me donner une réponse d'ici la fin de la semaine? J'ai reçu une autre "
        "offre et je dois y répondre lundi."
    )
    assert errors(sentence, FOLLOW_UP) == []


def test_a_time_limit_with_an_ultimatum_next_to_it_is_still_an_error() -> None:
    sentence = "Donnez-moi une réponse d'ici vendredi. Sinon, j'accepterai une autre offre."
    assert any(code == "accusatory" for code, _text in errors(sentence, FOLLOW_UP))


def test_a_name_after_an_abbreviated_title_is_no_misspelling() -> None:
    text = "Madame Tremblay,\n\nMerci de m'avoir présentée à M. Nadeau.\n\nCordialement,\nAmélie"
    assert not [f for f in check(text, FRENCH) if f.code == "spelling"]


def test_a_misspelling_after_a_full_stop_is_still_found() -> None:
    text = "Madame Tremblay,\n\nMerci pour l'entrevue. Bonjorr à tous.\n\nCordialement,\nAmélie"
    assert [f.text for f in check(text, FRENCH) if f.code == "spelling"] == ["Bonjorr"]


@pytest.mark.parametrize(
    "sentence",
    [
        "J'oriente les clients qui ont besoin d'argent pour payer leur loyer.",
        "Nous aidons les familles qui ont besoin de payer leurs factures d'électricité.",
    ],
)
def test_someone_elses_need_is_no_plea(sentence: str) -> None:
    assert errors(sentence) == []


def test_the_writers_own_need_is_still_a_plea() -> None:
    sentence = "Ma famille et moi avons besoin de payer nos factures."
    assert ("accusatory", "besoin de payer") in errors(sentence, FOLLOW_UP)


@pytest.mark.parametrize(
    "sentence",
    [
        "Votre équipe est venue à bout de ce dossier à bout de bras.",
        "C'est un enjeu crucial pour nous tous, et votre équipe le porte bien.",
        "Mon dernier recours, en cas de doute, est de demander à un collègue.",
    ],
)
def test_words_of_a_plea_in_an_ordinary_sense_are_not_a_plea(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    ["Je suis vraiment à bout, répondez-moi.", "Vous êtes mon dernier recours."],
)
def test_a_plea_is_still_one(sentence: str) -> None:
    assert [code for code, _ in errors(sentence, FOLLOW_UP)] == ["accusatory"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous m'aviez indiqué une réponse d'ici la fin novembre.",
        "La clinique mobile a été lancée il y a deux ans.",
        "La nouvelle directrice a été nommée en septembre.",
    ],
)
def test_a_noun_that_is_also_an_adjective_keeps_its_determiner(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("J'aime le nouvelle politique.", "le"),
        ("La clinique mobile a été lancé il y a deux ans.", "lancé"),
    ],
)
def test_the_agreement_slips_beside_them_are_still_caught(sentence: str, slip: str) -> None:
    assert [text for _code, text in errors(sentence)] == [slip]


def test_a_preposition_after_a_plural_noun_is_not_a_noun_to_agree() -> None:
    assert errors("Vous deviez joindre les candidats avant le 24 novembre.") == []
    assert [text for _code, text in errors("Les précieux conseil de Mme Roy m'ont aidé.")] == [
        "conseil"
    ]
