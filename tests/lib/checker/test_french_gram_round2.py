"""French slips of a second round (french_clauses.py, french_grammar.py): an attribute after
"être", "sembler", "rester", "devenir" that does not agree with a noun subject across a short
complement, and correct sentences built the same way."""

from __future__ import annotations

import pytest
from french_sentences import checked, errors

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


def findings(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (f.severity, f.text, f.suggestions) for f in checked(sentence) if f.code == "wrong-word"
    ]


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("La formation était complet.", "complet", "complète"),
        ("Les explications de Mme Lavoie ont été très clair.", "clair", "claires"),
        ("Mes collègues semblent motivé.", "motivé", "motivés"),
        ("L'accueil du personnel était chaleureuse.", "chaleureuse", "chaleureux"),
        ("Les locaux de votre clinique à Laval sont moderne.", "moderne", "modernes"),
        ("La discussion avec les membres du jury a été enrichissant.", "enrichissant", ""),
        ("Votre approche de la gestion est devenue inspirant pour moi.", "inspirant", ""),
        ("La visite au sein des ateliers était vraiment impressionnant.", "impressionnant", ""),
        ("Les horaires proposés semblaient flexible.", "flexible", "flexibles"),
        ("La rencontre avec vos collaborateurs a été très utiles.", "utiles", "utile"),
        ("Les conseils de M. Roy ont été très utile.", "utile", "utiles"),
        ("Les stages en entreprise ont été formateur.", "formateur", "formateurs"),
        ("Cette idée est prometteur.", "prometteur", "prometteuse"),
        ("Toute l'équipe était présent lors de la visite.", "présent", "présente"),
        ("Votre équipe m'a paru soudé.", "soudé", "soudée"),
        ("Les besoins de vos clients restent prioritaire pour moi.", "prioritaire", ""),
    ],
)
def test_attribute_across_a_complement(sentence: str, written: str, fix: str) -> None:
    found = [(text, fixes) for _sev, text, fixes in findings(sentence) if text == written]
    assert found, findings(sentence)
    if fix:
        assert fix in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "La formation était complète. Les explications de Mme Lavoie ont été très claires.",
        "Mes collègues semblent motivés. L'accueil du personnel était chaleureux.",
        "La plupart des candidats étaient nerveux. Le nombre de postes reste limité.",
        "La directrice et son adjoint ont été accueillants. Le médecin de garde était ravie.",
        "Le rapport que les membres ont lu était long. La ville est partenaire du projet.",
        "La qualité des soins offerts aux patients est remarquable.",
        "Les gens de votre équipe sont sympathiques et l'équipe de soir est motivée.",
        "La liste des candidats retenus sera publiée lundi.",
        "Une partie des employés sont partis. Chacun des membres était prêt.",
        "Le poste de conseiller est intéressant et la mission de l'organisme semble claire.",
        "Les réunions d'équipe sont source de motivation.",
        "Les conditions sont intéressantes. Les produits de la compagnie sont bio.",
        "La majorité des employés sont satisfaits. Le tiers des postes est vacant.",
        "Le fait que les horaires soient flexibles est important pour moi.",
        "Votre collègue Marie était ravie. Le docteur Tremblay était présent.",
        "L'équipe de vente est moteur. La directrice est chercheur.",
        "Toute l'équipe était présente. Tout le personnel était présent.",
        "La salle où nous étions était petite. Le reste de l'équipe était présent.",
    ],
)
def test_attribute_clean(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Je suis ravie de votre appel. Je suis certain de pouvoir aider l'équipe.", "certain"),
        (
            "J'ai été très touché par votre accueil et je suis heureuse de poursuivre. "
            "Je suis enchantée.",
            "touché",
        ),
        ("Étant organisée et rigoureuse, je suis persuadé que je réussirai.", "persuadé"),
    ],
)
def test_writer_of_two_genders_is_a_warning(sentence: str, written: str) -> None:
    found = [(sev, text) for sev, text, _fixes in findings(sentence) if text == written]
    assert found == [("warning", written)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je suis ravie de votre appel. Je suis certaine de pouvoir aider l'équipe.",
        "Je me suis rendu compte que je suis passionnée par ce domaine. Je me suis permis de "
        "vous écrire.",
        "Je suis ingénieur et je suis ravie de postuler. Mon frère est allé à Québec.",
        "Je suis heureux de postuler ; vous m'avez dit que votre adjointe est partie.",
        "Je suis ravie de postuler. Étant donné mon expérience, je crois convenir.",
        "Je suis ravie de postuler. Mon mentor m'a dit : « je suis fier de toi ».",
    ],
)
def test_writer_of_one_gender(sentence: str) -> None:
    assert findings(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Merci pour vos judicieux conseil.", "conseil", "conseils"),
        ("Je suis prête à relever ces nouveaux défi.", "défi", "défis"),
        ("J'ai beaucoup apprécié les échange sur la pédagogie.", "échange", "échanges"),
        ("Nous avons parlé des projets avec les employé du service.", "employé", "employés"),
        ("Les entrevue se sont bien passées.", "entrevue", "entrevues"),
        ("Je vous remercie de vos sincères encouragement.", "encouragement", "encouragements"),
        ("Avec mes ancienne collègues, j'ai appris.", "ancienne", "anciennes"),
    ],
)
def test_noun_after_a_plural_determiner(sentence: str, written: str, fix: str) -> None:
    assert ("error", written, (fix,)) in findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci pour vos judicieux conseils. Je suis prête à relever ces nouveaux défis.",
        "Je les échange volontiers. Le client les retourne. Pour les aider, je les appelle.",
        "Nous les avons reçus ; je vous les envoie.",
        "Ses nombreux talents et ces grands projets m'impressionnent. Les autres membres aussi.",
        "J'ai aimé les rencontrer. Après les avoir vus, j'ai compris. Tous les jours.",
        "Les anciennes collègues et les jeunes employés. Les bons moments.",
    ],
)
def test_noun_after_a_plural_determiner_clean(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Ces essentiel pour moi de bien comprendre le mandat.", "Ces", "C'est"),
        ("Ses évident que votre équipe est engagée.", "Ses", "C'est"),
        ("Je crois que sa correspond à mes attentes.", "sa", "ça"),
        ("Votre service se distingue et se projet me motive.", "se", "ce"),
        ("Le service c'est agrandi l'an dernier.", "c'est", "s'est"),
        ("Je pense que ses une bonne idée.", "ses", "c'est"),
        ("Je pense que ses important de bien se préparer.", "ses", "c'est"),
        ("Le comité se réunit lundi. Se poste est idéal.", "Se", "Ce"),
    ],
)
def test_homophones(sentence: str, written: str, fix: str) -> None:
    assert ("error", written, (fix,)) in findings(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "C'est essentiel pour moi. Ces dernières semaines, ses conseils m'ont aidée.",
        "Ses enfants sont grands. Ces deux postes m'intéressent. Ses collègues l'apprécient.",
        "J'ai lu votre rapport et sa conclusion montre votre rigueur. Ça montre votre rigueur.",
        "Votre service se distingue et ce projet me motive. Il se projette dans l'avenir.",
        "Il se présente demain. Elle se forme en ligne. On se voit lundi.",
        "Sa montre est belle. Sa forme physique est bonne. Sa marche quotidienne l'aide.",
        "Le service s'est agrandi l'an dernier. Le projet c'est bien. Mon but, c'est réussi.",
        "Sa propre équipe. Sa toute première semaine. Se taire est difficile.",
        "Il se poste à l'entrée. Le comité se réunit et se compose de cinq membres.",
        "Il a parlé de ses projets et de ses réussites. Je connais ses forces, mais ses défis.",
    ],
)
def test_homophones_clean(sentence: str) -> None:
    assert errors(sentence) == []
