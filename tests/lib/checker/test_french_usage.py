"""French slips of form each word's spelling hides (french_usage.py): a missing elision or
contraction, a capital on a day or a month, "c'est"/"s'est", "se que", "la"/"là",
"près"/"prêt", "voire"/"voir", the future for the conditional before "si" + the imperfect,
person endings after "j'", "tu" and "je", and the calques "appliquer pour un poste" and "faire
application" — and the correct sentences that look like them."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

FRENCH = CheckContext(lang="fr", recipients=("Chantal Lavoie",))


def findings(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    text = f"Bonjour Madame Lavoie,\n\n{sentence}\n\nCordialement,\nMarc Séguin"
    return [
        (f.severity, f.text, f.suggestions) for f in check(text, FRENCH) if f.code == "wrong-word"
    ]


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Je pense que il faudrait en reparler.", "que il", "qu'il"),
        ("Merci de avoir répondu si vite.", "de avoir", "d'avoir"),
        ("Je ai apprécié la visite de l'atelier.", "Je ai", "J'ai"),
        ("J'ai rencontré la adjointe de direction.", "la adjointe", "l'adjointe"),
        ("Je vous envoie le rapport de le comité.", "de le", "du"),
        ("Il s'agit de le dernier poste affiché.", "de le", "du"),
        ("Je pense souvent à les clients de la clinique.", "à les", "aux"),
        ("Nous nous reverrons en Février, comme prévu.", "Février", "février"),
        ("Votre appel de Jeudi m'a fait plaisir.", "Jeudi", "jeudi"),
        ("Elle c'est occupée de mon dossier.", "c'est", "s'est"),
        ("La rencontre c'est bien passée.", "c'est", "s'est"),
        ("Dites-moi se qui manque à mon dossier.", "se", "ce"),
        ("Je passerai la vendredi pour signer les papiers.", "la", "là"),
        ("J'aimerais aller voire les installations.", "voire", "voir"),
        ("Je serai content si vous m'écriviez.", "serai", "serais"),
        ("J'apprend vite et je travaille bien en équipe.", "apprend", "apprends"),
        ("Tu doit être très occupée cette semaine.", "doit", "dois"),
        ("Je vous demandes pardon pour ce retard.", "demandes", "demande"),
        ("J'ai parlé de la formations en ligne.", "formations", "formation"),
        ("Je vous écris au sujet de les commandes en retard.", "de les", "des"),
        ("Qu'en à la date, je suis flexible.", "Qu'en", "Quant"),
        ("J'aimerais apprendre d'avantages sur vos projets.", "d'avantages", "davantage"),
        ("Mon conjoint et moi sommes arrivé hier.", "arrivé", "arrivés"),
        ("Vous offrez des ateliers gratuit aux nouveaux arrivants.", "gratuit", "gratuits"),
        ("Je vous ai promit une réponse rapide.", "promit", "promis"),
        ("Les bureaux de la direction sont très moderne.", "moderne", "modernes"),
        ("Ma collègue est venu à la réunion de lundi.", "venu", "venue"),
        ("Mon frère a été engager par la mine l'an passé.", "engager", "engagé"),
    ],
)
def test_a_slip_of_form_is_an_error_with_its_fix(sentence: str, written: str, fix: str) -> None:
    errors = [(text, fixes[:1]) for level, text, fixes in findings(sentence) if level == "error"]
    assert (written, (fix,)) in errors


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Je suis près à déménager à Timmins.", "près"),
        ("Mon logement est prêt de votre bureau.", "prêt de"),
    ],
)
def test_pres_and_pret_are_told_apart(sentence: str, written: str) -> None:
    assert any(text == written and severity == "error" for severity, text, _ in findings(sentence))


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Nous avons appliqué pour un emploi d'été.", "appliqué pour"),
        ("J'ai appliqué sur le nouveau poste affiché.", "appliqué sur le"),
        ("Je voudrais faire application à votre programme.", "faire application"),
        ("Votre offre est définitivement la plus intéressante.", "définitivement"),
    ],
)
def test_an_english_turn_of_phrase_is_a_warning(sentence: str, written: str) -> None:
    found = findings(sentence)
    assert any(text == written and fixes for _severity, text, fixes in found)
    assert all(severity == "warning" for severity, _text, _fixes in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je vous remercie de le faire si rapidement.",
        "Je tiens à le rencontrer de nouveau, et à les revoir tous.",
        "Le ou la gestionnaire recevra votre dossier.",
        "Je crois qu'Isabelle vous a transmis mon dossier; je parle de onze années.",
        "Le haut de la page est clair et je pense que oui.",
        "Cette règle s'applique aux postes de soutien; je m'applique à bien faire.",
        "Je vous demanderai si vous aviez reçu mes documents.",
        "Je travaillerai comme si c'était mon entreprise.",
        "Si vous aviez besoin de moi, je serais disponible.",
        "Je serai ravi de vous revoir, si vous le souhaitez.",
        "Mon bureau est tout près de la gare, et je suis prête à commencer.",
        "Le prêt de matériel est une bonne idée.",
        "C'est une tâche utile, voire essentielle; je souhaite voir l'équipe.",
        "D'ici là, je reste disponible et je serai là demain.",
        "Je la remercie pour son accueil et je vous la transmets ce soir.",
        "Ce que j'ai aimé, c'est l'ambiance; c'est terminé pour cette année.",
        "Il s'est montré patient et la réunion s'est bien passée.",
        "Le Mardi gras est une fête; je vous rappellerai en mai.",
        "Mars, avril et mai sont des mois chargés.",
        "J'attends votre réponse et j'entends bien vos préoccupations.",
        "Tu peux me joindre au besoin et je vous souhaite de joyeuses fêtes.",
        "Je les remercie pour leur accueil et pour le temps accordé.",
        "Pour la plupart des tâches, je suis autonome.",
        "J'ai fait une demande d'emploi la semaine passée.",
        "La liste d'avantages est longue, et plus d'avantages attirent plus de monde.",
        "Des services conseil sont offerts; la plupart des employés sont satisfaits.",
        "Je suis prêt à partir, fier de mon travail, et je vous ai dit et écrit ceci.",
        "Le personnel de la clinique est accueillant et la date de la rencontre est fixée.",
        "Le magasin a fermé définitivement; je me suis installée définitivement à Timmins.",
        "J'ai été engagée en mai et j'ai été ravie de commencer.",
        "J'aimerais apprendre à les mieux servir.",
        "Je ne serai pas libre jeudi, mais si vous pouviez vendredi, ce serait parfait.",
        "Mes disponibilités :\n- Lundi : 9 h à 17 h\n- Mardi : en soirée",
    ],
)
def test_correct_sentences_raise_no_such_error(sentence: str) -> None:
    assert findings(sentence) == []


def test_the_calque_of_apply_gets_the_verb_in_the_same_form() -> None:
    found = findings("J'ai appliqué pour le stage d'été et j'applique aux emplois de nuit.")
    assert ("warning", "appliqué pour le", ("postulé au",)) in found
    assert ("warning", "applique aux", ("postule aux",)) in found
