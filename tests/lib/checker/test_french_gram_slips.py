"""Real-word slips in French notes that a spell checker cannot see (french_clauses.py,
_slip_findings): "remercier pour" + a past infinitive, "ils son", "c'est" before a plural noun,
"est" between two attributes, "quelle" for "qu'elle", "leurs" before a verb, "vous" then "-é",
an adjective after a plural noun and an adverb, "être" where "avoir" takes an object — and
correct sentences built the same way."""

from __future__ import annotations

import pytest
from french_sentences import checked, errors, wrong_words

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Je tiens à vous remercier pour m'avoir accordé un entretien.", "pour", "de"),
        ("Merci beaucoup pour avoir pris le temps de me rencontrer.", "pour", "d'"),
        ("Je vous remercie pour nous avoir fait visiter l'usine.", "pour", "de"),
        ("Ils son arrivés en avance.", "son", "sont"),
        ("J'ai noté ces exigences et c'est attentes.", "c'est", "ces"),
        ("Je suis ponctuelle est rigoureuse.", "est", "et"),
        ("Le projet était ambitieux est bien organisé.", "est", "et"),
        ("Mon dossier et complet depuis hier.", "et", "est"),
        ("Je sais quelle a beaucoup d'expérience.", "quelle", "qu'elle"),
        ("Vous dites quelle est motivée.", "quelle", "qu'elle"),
        ("Madame Côté m'a dit quelle m'enverrait le contrat.", "quelle", "qu'elle"),
        ("Je suis certain que ces outils leurs seraient utiles.", "leurs", "leur"),
        ("Je leurs ai transmis mon portfolio.", "leurs", "leur"),
        ("Je vous rappellerai dès que vous le désiré.", "désiré", "désirez"),
        ("J'ai trouvé vos explications très claire.", "claire", "claires"),
        ("Nous avons reçu des conseils très utile.", "utile", "utiles"),
        ("Je trouve les conditions proposées très intéressante.", "intéressante", "intéressantes"),
        ("Je suis rencontré votre directrice la semaine dernière.", "suis", "ai"),
        ("Elle est reçu plusieurs candidatures.", "est", "a"),
        ("Je suis passé une excellente journée avec vous.", "suis", "ai"),
    ],
)
def test_a_slip_is_found_with_its_fix(sentence: str, written: str, fix: str) -> None:
    assert any(text == written and fix in fixes for text, fixes in wrong_words(sentence)), (
        wrong_words(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a été récompensé pour avoir mené le projet à terme.",
        "Je vous remercie pour la confiance que vous m'accordez.",
        "Merci pour tout, et merci d'avoir pris le temps de me répondre.",
        "Ils sont partis tôt, mais elles sont restées.",
        "C'est mes collègues qui m'ont parlé de vous.",
        "Ce qui est important est clair pour moi.",
        "Le poste est intéressant et le salaire est correct.",
        "Je me demandais quelle serait la date de début et quelle pourrait être la suite.",
        "Quelle est la prochaine étape, et quelle sera la durée du contrat ?",
        "Je me demande quelle équipe je rejoindrai.",
        "Je leur ai présenté leurs nouveaux outils, et leurs réactions étaient positives.",
        "Si vous le souhaitez, je peux vous envoyer mes travaux.",
        "Des postes plus haut placés sont ouverts.",
        "Les résultats sont très bons et les équipes très motivées.",
        "Elle est passée me voir, puis elle est devenue la responsable du service.",
        "Je suis passée la semaine dernière et je suis sortie la première.",
        "Je suis née la même année que votre entreprise.",
        "Je suis allée les voir et je suis restée une heure.",
        "Le contrat est signé ce matin et le poste est affiché cette semaine.",
        "Vous êtes attendue la semaine prochaine, et vous êtes convoquée une deuxième fois.",
        "Elle est nommée la nouvelle directrice la semaine prochaine.",
        "Quelle chance d'avoir pu discuter avec vous !",
    ],
)
def test_a_right_sentence_built_the_same_way_raises_no_error(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("L'équipe ce réunit chaque lundi matin.", "ce", "se"),
        ("Ce entreprise a une excellente réputation.", "Ce", "Cette"),
        ("Ce emploi me convient.", "Ce", "Cet"),
        ("Les objectifs que la direction a fixé sont ambitieux.", "fixé", "fixés"),
    ],
)
def test_more_slips_are_found(sentence: str, written: str, fix: str) -> None:
    assert any(text == written and fix in fixes for text, fixes in wrong_words(sentence)), (
        wrong_words(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Quelle belle équipe vous avez formée !",
        "Combien de candidates avez-vous rencontrées ?",
        "L'équipe se réunit chaque lundi et se partage les tâches.",
        "Ce matin, ce projet m'a paru ce qu'il y a de plus motivant.",
        "Les objectifs que la direction a fixés sont ambitieux.",
        "Les années que la directrice a travaillé ici comptent.",
    ],
)
def test_more_right_sentences_raise_no_error(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("J'ai pris connaissance du nouvelle politique.", "du", "de la"),
        ("J'ai remarqué le grande rigueur de votre équipe.", "le", "la"),
        ("Je ne savais pas ou se trouvait la salle.", "ou", "où"),
        ("Pourriez-vous m'expliquer ou je dois me présenter ?", "ou", "où"),
    ],
)
def test_a_determiner_of_the_other_gender_and_ou_for_où_are_found(
    sentence: str, written: str, fix: str
) -> None:
    assert any(text == written and fix in fixes for text, fixes in wrong_words(sentence)), (
        wrong_words(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai pris connaissance de la nouvelle politique et du nouveau règlement.",
        "Je peux vous appeler ou vous écrire, selon ce qui vous convient.",
        "Je ne sais pas s'il faut passer par l'accueil ou par le stationnement.",
        "Je la trouve très compétente et je le crois sincère.",
        "Il a été un grand mentor, et elle une grande alliée.",
    ],
)
def test_right_determiners_and_ou_raise_no_error(sentence: str) -> None:
    assert errors(sentence) == []


def test_a_before_an_adverb_and_an_infinitive_after_a_participle() -> None:
    sentence = "Votre soutien m'a encouragée a mieux préparer mes entrevues."
    found = [(f.code, f.text) for f in checked(sentence) if f.severity == "error"]
    assert ("spelling", "a") in found


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("La réunion s'est bien passé.", "passé", "passée"),
        ("Elle s'est bien amusé.", "amusé", "amusée"),
        ("Les entrevues se sont bien passé.", "passé", "passées"),
        ("Elle est partit tôt.", "partit", "partie"),
        ("Merci de m'avoir accordez du temps.", "accordez", "accordé"),
        ("J'ai été ravie de les rencontrés.", "rencontrés", "rencontrer"),
        ("Je suis organisée est autonome.", "est", "et"),
        ("Je vous remercie d'avance pour votre réponse et pour m'avoir écoutée.", "pour", "de"),
    ],
)
def test_pronominal_agreement_and_participle_forms_are_found(
    sentence: str, written: str, fix: str
) -> None:
    assert any(text == written and fix in fixes for text, fixes in wrong_words(sentence)), (
        wrong_words(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle s'est permis de vous écrire.",
        "Ils se sont parlé au téléphone.",
        "Elle s'est lavé les mains.",
        "La directrice des ventes s'est montrée ouverte.",
        "Il s'est passé beaucoup de choses.",
        "Elle s'est fait expliquer le poste.",
        "Elle s'est rendu compte de son erreur.",
        "La rencontre s'est terminée à midi.",
        "Pour les invités, tout était prêt.",
        "Je suis heureuse de vous avoir rencontrée.",
    ],
)
def test_right_pronominal_and_participle_sentences_raise_no_error(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Je n'ai pas pus vous répondre plus tôt.", "pus", "pu"),
        ("Les conseillères m'ont expliqués le processus.", "expliqués", "expliqué"),
        ("Il faut que je fais mes preuves.", "fais", "fasse"),
        ("Bien que j'ai peu d'expérience, je suis motivée.", "ai", "aie"),
        ("Elles ont été très accueillant.", "accueillant", "accueillantes"),
        ("Elle est arrivé en retard.", "arrivé", "arrivée"),
    ],
)
def test_subjunctive_attribute_and_participle_forms_are_found(
    sentence: str, written: str, fix: str
) -> None:
    assert any(text == written and fix in fixes for text, fixes in wrong_words(sentence)), (
        wrong_words(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai travaillé si bien que je suis fatiguée.",
        "Je fais aussi bien que je peux.",
        "Ils sont bienvenus, et elles sont super.",
        "Je les ai vus hier et je leur ai transmis mon portfolio.",
        "Elle m'a reçue la semaine dernière.",
        "Ils nous ont accueillis les bras ouverts.",
        "Je leur ai promis un appel vendredi.",
        "Il faut que je sois prête et que vous ayez mes documents.",
    ],
)
def test_right_subjunctives_attributes_and_participles_raise_no_error(sentence: str) -> None:
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Vos collègues, je les ai trouvé très sympathiques.", "trouvé", "trouvés"),
        ("Je vous enverrai les documents dès que je les aurai reçu.", "reçu", "reçus"),
        ("Le poste comporte de nombreuse responsabilités.", "nombreuse", "nombreuses"),
        ("Ils ont tous étaient très gentils.", "étaient", "été"),
        ("La directrice m'a dit que sa prendrait une semaine.", "sa", "ça"),
        (
            "Nous serions ravis de vous accueillir si vous accepteriez notre offre.",
            "accepteriez",
            "acceptiez",
        ),
    ],
)
def test_object_before_avoir_and_plural_adjectives_are_found(
    sentence: str, written: str, fix: str
) -> None:
    assert any(text == written and fix in fixes for text, fixes in wrong_words(sentence)), (
        wrong_words(sentence)
    )


def test_the_conditional_for_a_time_to_come_is_a_warning() -> None:
    found = [
        (f.severity, f.text, f.suggestions)
        for f in checked("J'ai bien reçu votre courriel, je vous répondrais demain.")
    ]
    assert ("warning", "répondrais", ("répondrai",)) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Je les ai fait venir et je les ai vu arriver.",
        "Je vous les ai envoyés hier.",
        "Je me demande si vous seriez disponible.",
        "Pourriez-vous me confirmer si vous auriez un moment ?",
        "Je vous saurais gré de me tenir informée avant jeudi.",
        "Je n'ai plus aucune autre option, mais je reste motivée.",
        "À la clinique, où je gérais plus de 300 dossiers, je travaillais le lundi.",
        "Je vous appellerais bien demain, mais je serai en formation.",
        "Si le poste m'était offert, je l'accepterais dès demain.",
        "J'ai de nombreuses idées et de bons contacts.",
    ],
)
def test_right_objects_conditionals_and_adjectives_raise_nothing(sentence: str) -> None:
    assert [(f.code, f.text) for f in checked(sentence) if f.code == "wrong-word"] == []


def test_a_woman_presented_to_the_team_is_no_error() -> None:
    sentence = "Vous m'avez expliqué le processus et vous m'avez présentée à l'équipe."
    assert errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("J'ai rencontré des collègues vraiment charmant.", "charmant", "charmants"),
        ("Ce furent des discussions très enrichissante.", "enrichissante", "enrichissantes"),
        ("Je pense que ces outils leurs seront utiles.", "leurs", "leur"),
    ],
)
def test_plural_adjectives_and_leur_before_etre_are_found(
    sentence: str, written: str, fix: str
) -> None:
    assert any(text == written and fix in fixes for text, fixes in wrong_words(sentence)), (
        wrong_words(sentence)
    )
