"""French slips of a third round (french_clauses.py): an attribute that does not agree with a
subject carrying a relative clause ("la formation que nous avons suivie était intéressant")
or with a person named by a title ("Mme Dubois est satisfait"), and correct sentences built
the same way."""

from __future__ import annotations

import pytest
from french_sentences import errors, wrong_words

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("La formation que nous avons suivie était intéressant.", "intéressant", "intéressante"),
        ("La directrice qui nous a accueillis était charmant.", "charmant", "charmante"),
        ("Les rapports que vous avez rédigés sont complet.", "complet", "complets"),
        ("L'équipe qui m'a accueillie était chaleureux.", "chaleureux", "chaleureuse"),
        ("Mme Dubois est très satisfait du résultat.", "satisfait", "satisfaite"),
        ("M. Dubois était contente de la réunion.", "contente", "content"),
        ("Madame Leblanc semblait très surpris.", "surpris", "surprise"),
        ("Monsieur Girard semblait déçue.", "déçue", "déçu"),
        ("Cette journée a été très formateur.", "formateur", "formatrice"),
        ("La visite a été révélateur.", "révélateur", "révélatrice"),
        ("Cette approche est novateur.", "novateur", "novatrice"),
        ("La note est supérieur à la moyenne.", "supérieur", "supérieure"),
        ("Cette solution est meilleur.", "meilleur", "meilleure"),
        ("Notre client, M. Girard, était satisfaite.", "satisfaite", "satisfait"),
        ("Votre collègue, Mme Girard, était satisfait.", "satisfait", "satisfaite"),
        ("Monsieur Girard m'a semblé déçue.", "déçue", "déçu"),
        ("Les locaux m'ont paru moderne.", "moderne", "modernes"),
        ("La clinique n'était pas ouvert.", "ouvert", "ouverte"),
        ("La journée était longue et chargé.", "chargé", "chargée"),
        ("Il était très attentive à mes questions.", "attentive", "attentif"),
        ("Il est ravie de vous rencontrer.", "ravie", "ravi"),
    ],
)
def test_attribute_after_a_relative_or_a_title(sentence: str, written: str, fix: str) -> None:
    found = [fixes for text, fixes in wrong_words(sentence) if text == written]
    assert found, wrong_words(sentence)
    assert fix in found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le directeur de la clinique qui est ravie de vous accueillir vous attend.",
        "Le poste qu'elle était ravie d'obtenir est intéressant.",
        "Le projet dont Mme Roy m'a parlé est très ambitieux.",
        "Le bureau où je travaille est petit mais lumineux.",
        "La personne à qui j'ai parlé était très gentille.",
        "M. Roy et Mme Caron étaient ravis de notre rencontre.",
        "Mme Caron et son équipe étaient présentes.",
        "M. Roy, notre directeur, était absent.",
        "Mme Roy est médecin et M. Roy est infirmier.",
        "Mme Leblanc est formatrice et M. Leduc est formateur.",
        "Le candidat que vous avez rencontré est très motivé.",
        "La réponse que j'attendais est arrivée ce matin.",
        "Le fait que vous soyez disponible est rassurant.",
        "La lettre que Mme Roy a signée est prête.",
        "Le chef d'équipe qui m'a accueillie était très chaleureux.",
        "Dr Martin est très occupée cette semaine.",
        "M. Jean Tremblay est devenu directeur.",
        "Le stage que j'ai fait l'été dernier a été très formateur.",
        "La personne qui est responsable du dossier est M. Roy.",
        "Le comité, qui s'est réuni hier, est favorable.",
        "La ville est organisateur de l'événement.",
        "La présidente est administrateur de la société.",
        "Mme Roy est formateur.",
        "L'équipe a été moteur dans ce projet.",
        "La rencontre a été un moment formateur.",
        "Cette entreprise est employeur.",
        "Votre aide m'a été précieuse.",
        "La décision ne m'a pas été communiquée.",
        "Le médecin, Mme Roy, était ravie.",
        "La directrice, Mme Roy, m'a semblé ravie.",
        "J'ai rencontré votre adjointe, Mme Girard, qui était ravie.",
        "La personne avec qui j'ai parlé m'a semblé très compétente.",
        "Les démarches que j'ai entreprises m'ont paru longues.",
        "Mon stage est terminé et je suis content.",
        "Cette solution est meilleure que l'autre.",
        "Il est nécessaire de répondre.",
        "Il est toute ouïe.",
        "Il est entendu que vous viendrez.",
        "La chambre est à l'étage supérieur.",
        "Votre collègue, Mme Girard, était satisfaite.",
        "Selon votre collègue, Mme Girard, était prévue une visite.",
        "Merci à M. Roy, qui était présent.",
        "Le professeur qui m'a enseigné était très exigeante.",
        "La décision qu'a prise le comité est juste.",
        "Mme Roy, qui est directrice, était ravie.",
        "La salle était pleine et tous étaient ravis.",
        "La réunion était prévue et annulée ensuite.",
        "Les locaux sont modernes et très bien situés.",
    ],
)
def test_correct_attributes_are_left_alone(sentence: str) -> None:
    assert not errors(sentence)


@pytest.mark.parametrize(
    ("sentence", "fix"),
    [
        ("Il a pris ces propres décisions.", "ses"),
        ("Elle gère ces propres dossiers.", "ses"),
    ],
)
def test_ces_before_propres(sentence: str, fix: str) -> None:
    assert any(text == "ces" and fix in fixes for text, fixes in wrong_words(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Il a ses propres méthodes.", "Ces jours-ci, je suis disponible.", "Ces propres à rien."],
)
def test_ses_and_ces_used_rightly(sentence: str) -> None:
    assert not errors(sentence)


@pytest.mark.parametrize(
    "sentence", ["Je me suis présenté à se concours.", "Je vous remercie de se cours."]
)
def test_se_before_an_invariable_noun(sentence: str) -> None:
    assert any(text == "se" and "ce" in fixes for text, fixes in wrong_words(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Il est temps de se souvenir de tout.", "Le plaisir de se lever tôt.", "Sans se presser."],
)
def test_se_before_an_infinitive(sentence: str) -> None:
    assert not errors(sentence)
