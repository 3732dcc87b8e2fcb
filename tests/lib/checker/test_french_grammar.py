"""French grammar slips the dictionary cannot see: infinitive for participle, participle for
infinitive, "sa" for "ça" — and the correct sentences that look like them."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

FRENCH = CheckContext(lang="fr", recipients=("Louise Caron",))


def wrong_words(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [(f.text, f.suggestions) for f in check(text, FRENCH) if f.code == "wrong-word"]


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Nous avons discuter de la formation des bénévoles.", "discuter", "discuté"),
        ("Je vous ai déjà présenter mon portfolio.", "présenter", "présenté"),
        ("Elle m'a beaucoup aider pendant la visite.", "aider", "aidé"),
        ("Je suis passer à vos bureaux jeudi.", "passer", "passé"),
        ("Je vous écris pour vous remercié de votre accueil.", "remercié", "remercier"),
        ("Je voudrais ajouté une précision sur mes disponibilités.", "ajouté", "ajouter"),
        ("Nous pouvons en parlé lundi si vous le souhaitez.", "parlé", "parler"),
        ("Sa me ferait plaisir de vous revoir.", "Sa", "Ça"),
        ("Je crois que sa pourrait intéresser votre équipe.", "sa", "ça"),
        ("J'ai visité vos ateliers. Se sont des lieux très modernes.", "Se", "Ce"),
        ("Se serait une joie de me joindre à vous.", "Se", "Ce"),
    ],
)
def test_a_slip_of_form_is_an_error_with_its_fix(sentence: str, written: str, fix: str) -> None:
    assert (written, (fix,)) in wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai appris beaucoup sur le premier dossier que vous m'avez confié.",
        "Vous avez été très accueillante et j'ai aimé notre échange d'hier.",
        "Je suis prête à commencer dès janvier et j'ai hâte de travailler avec vous.",
        "Sa présentation du projet m'a beaucoup plu, et sa vision aussi.",
        "Je vais passer vous voir; je souhaite vous remercier et je peux apporter mon CV.",
        "Nous avons un dossier léger et votre équipe a hiver comme saison chargée.",
        "Il est resté tard pour préparer le local.",
        "Vos collègues se sont présentés. Ils sont venus et se sont assis avec nous.",
    ],
)
def test_correct_sentences_raise_no_grammar_error(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("J'ai beaucoup aimé visité vos installations.", "visité", "visiter"),
        ("Nous avons préféré attendu votre appel.", "attendu", None),
        ("J'ai laissé tombé ce projet l'an dernier.", "tombé", "tomber"),
    ],
)
def test_a_participle_after_a_verb_that_takes_an_infinitive(
    sentence: str, written: str, fix: str | None
) -> None:
    found = dict(wrong_words(sentence))
    if fix is None:  # "attendu" is no first-group participle: nothing to say
        assert written not in found
    else:
        assert found[written] == (fix,)


def test_a_passive_after_ete_is_left_alone() -> None:
    assert (
        wrong_words("J'ai été invité à visiter l'usine et j'ai aimé marcher dans l'atelier.") == []
    )


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        # the verb does not go with "nous"/"vous", or takes the other auxiliary
        ("Demain, nous a rendez-vous avec l'équipe des ressources humaines.", "a", "avons"),
        ("Comme vous savons, je suis disponible dès lundi.", "savons", "savez"),
        ("Est-ce que vous peux me dire quand la décision sera prise?", "peux", "pouvez"),
        ("Lors de la visite, nous êtes passés par l'atelier.", "êtes", "sommes"),
        ("J'ai arrivé un peu en avance pour l'entrevue.", "J'ai", "je suis"),
        ("Nous avons venu visiter vos locaux la semaine dernière.", "Nous avons", "Nous sommes"),
        ("Je suis été très heureux de vous rencontrer.", "Je suis", "j'ai"),
        # words that sound alike: se/ce, on/ont, son/sont, et/est, c'est/s'est, ses/ces
        ("Je crois que se projet me permettrait de progresser.", "se", "ce"),
        ("Ces un plaisir de travailler avec des gens passionnés.", "Ces", "C'est"),
        ("Ses derniers mois, j'ai travaillé comme bénévole.", "Ses", "Ces"),
        ("Les membres de l'équipe m'on semblé très motivés.", "on", "ont"),
        ("Ils on pris le temps de répondre à toutes mes questions.", "on", "ont"),
        ("Ont nous a parlé d'un nouveau projet à Gatineau.", "Ont", "On"),
        ("Vos conditions son très intéressantes pour moi.", "son", "sont"),
        ("Mes disponibilités son déjà indiquées dans mon CV.", "son", "sont"),
        ("Le projet et vraiment passionnant.", "et", "est"),
        ("C'et une belle occasion pour moi.", "et", "est"),
        ("J'ai visité l'usine est je suis reparti impressionné.", "est", "et"),
        ("La rencontre c'est terminée plus tôt que prévu.", "c'est", "s'est"),
        # a determiner that does not agree with its noun
        ("Les gestionnaires m'ont parlé de leur projets pour l'an prochain.", "leur", "leurs"),
        ("Merci aux employés pour leurs aide pendant la visite.", "leurs", "leur"),
        # the participle after a verb or a preposition that takes the infinitive
        ("Je tenais à vous remercié pour votre accueil.", "remercié", "remercier"),
        ("Je pourrais vous envoyé mes références cette semaine.", "envoyé", "envoyer"),
        ("Je serais ravi de vous rencontré de nouveau.", "rencontré", "rencontrer"),
    ],
)
def test_a_word_that_sounds_right_but_does_not_agree(sentence: str, written: str, fix: str) -> None:
    assert (written, (fix,)) in wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence", ["J'ai rencontré les responsable du service.", "J'ai une questions sur l'horaire."]
)
def test_a_noun_that_does_not_agree_with_its_determiner(sentence: str) -> None:
    assert len(wrong_words(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle m'à présenté toute l'équipe.",
        "Il à été très clair sur les attentes.",
        "Je voulais savoir ou vous en êtes dans le processus.",
    ],
)
def test_a_misplaced_or_missing_accent_on_a_or_ou_is_a_spelling_error(sentence: str) -> None:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    assert [f.code for f in check(text, FRENCH) if f.severity == "error"] == ["spelling"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Madame Roy nous a parlé du poste avec enthousiasme.",
        "Vous nous avez fait visiter l'atelier, ce que j'ai apprécié.",
        "Nous vous remercions pour votre accueil chaleureux.",
        "Je leur ai envoyé mes références hier.",
        "Je suis arrivé un peu en avance et j'ai été très bien reçu.",
        "Il m'a expliqué que le travail se fait surtout en équipe.",
        "Ces derniers mois, j'ai travaillé comme bénévole.",
        "On m'a parlé d'un nouveau projet à Gatineau; si l'on en croit Marie, il est prometteur.",
        "Vos conditions sont très intéressantes et son offre aussi.",
        "Le projet est vraiment passionnant et la formation aussi.",
        "Les gestionnaires m'ont parlé de leurs projets et de leur vision.",
        "La rencontre s'est terminée plus tôt que prévu. C'est décidé, je postule.",
        "Je voulais savoir où vous en êtes, ou si je dois attendre.",
        "Ce sera un plaisir de vous revoir; ce doit être une période chargée.",
        "Je les remercie de leur temps et de leurs conseils.",
        "Vous êtes la personne qui m'a le plus aidé.",
        "Nous nous sommes rencontrés au salon de l'emploi à Moncton.",
        "Le comité se réunit la semaine prochaine, si j'ai bien compris.",
        "Il se peut que je sois en retard de quelques minutes.",
        "Je suis disponible des lundi.",
    ],
)
def test_right_uses_of_the_words_that_sound_alike_raise_no_grammar_error(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Si vous pouvait me rappeler, je vous en serais reconnaissant.", "pouvait"),
        ("Lorsque nous discutiez de l'horaire, j'ai compris le poste.", "discutiez"),
        ("Il ont été très accueillants pendant la visite.", "ont"),
        ("Ils a pris le temps de me présenter chaque service.", "a"),
        ("Elle sont venues me chercher à la réception.", "sont"),
        ("Je suis hâte de commencer.", "Je suis"),
        ("Je suis besoin de quelques jours pour réfléchir à votre offre.", "Je suis"),
        ("J'ai très heureux d'avoir pu vous rencontrer.", "J'ai"),
        ("Si nous pourriez en parler jeudi, ce serait parfait.", "pourriez"),
    ],
)
def test_a_verb_that_does_not_go_with_its_subject(sentence: str, written: str) -> None:
    assert written in [text for text, _fix in wrong_words(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je vous ai écrit hier et vous remercie encore de votre accueil.",
        "Il m'a appelé, puis il a confirmé l'heure de l'entrevue.",
        "Madame Côté et elle ont été très accueillantes.",
        "On a parlé de l'horaire; on peut en discuter de nouveau.",
        "J'ai convaincu mon ancien gestionnaire de me servir de référence.",
        "J'ai hâte de commencer et je suis prêt à apprendre.",
        "Comme vous le saviez peut-être, nous avons terminé la formation en janvier.",
    ],
)
def test_subjects_and_verbs_that_agree_raise_no_error(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Votre équipe ma beaucoup impressionné lors de la visite.", "ma", "m'a"),
        ("Il peu arriver que je doive m'absenter un vendredi.", "peu", "peut"),
        ("Il me faudrait un peut de temps pour me préparer.", "peut", "peu"),
        ("Je me demande quel sont les prochaines étapes.", "quel", "quels"),
        ("Je voulais savoir quand à la date de début.", "quand", "quant"),
        ("Merci pour votre accueil, mes je voulais aussi vous poser une question.", "mes", "mais"),
        ("Merci de m'avoir donner l'occasion de vous rencontrer.", "donner", "donné"),
        ("J'espère avoir la chance de travaillé avec vous.", "travaillé", "travailler"),
        ("Je suis impatient de commencé.", "commencé", "commencer"),
        ("Je souhaiterais en savoir d'avantage sur le poste.", "d'avantage", "davantage"),
        ("Je vous écris par ce que je n'ai pas reçu de confirmation.", "par ce que", "parce que"),
        ("C'est la façon dont vous avez parlez de l'équipe.", "parlez", "parlé"),
        ("Je serais heureux de vous rencontrer, est j'ai des questions.", "est", "et"),
    ],
)
def test_more_slips_of_form(sentence: str, written: str, fix: str) -> None:
    assert (written, (fix,)) in wrong_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "fix"),
    [("La où je travaillais, j'étais à l'accueil.", "Là"), ("Je ne sais pas si il reste.", "s'il")],
)
def test_la_ou_and_si_il_are_spelling_errors(sentence: str, fix: str) -> None:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    assert [f.suggestions for f in check(text, FRENCH) if f.code == "spelling"] == [(fix,)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Il m'a expliqué sa vision; ma première impression était excellente.",
        "Cela peut sembler étonnant, mais j'ai peu d'expérience en vente.",
        "Il y a peu de postes comme celui-ci, et peu à peu j'ai appris le métier.",
        "Quelle est la prochaine étape, et quels sont les délais?",
        "Mes collègues et mes anciens gestionnaires pourront vous le confirmer.",
        "Je suis touché par ce que vous avez dit sur l'équipe.",
        "Vous êtes assez occupés, je le sais, et je vous remercie.",
        "Je suis fier de l'employé que j'ai été et de mon passé dans la vente.",
        "Je suis conseiller en emploi depuis deux ans et j'en suis très fier.",
        "Après avoir envoyé ma candidature, j'ai suivi une formation.",
        "N'hésitez pas à m'appeler si vous avez des questions.",
        "Je voulais en savoir davantage sur le poste.",
        "Je suis heureux de la journée passée avec vous.",
        "C'est peut-être un peu tôt pour vous écrire.",
    ],
)
def test_right_uses_of_those_words_raise_no_error(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ce poste m'aiderait a développer mes compétences.",
        "Je suis disponible de 9 h a 17 h du lundi au vendredi.",
        "Mon entrevue était a 10 h mardi.",
        "Je vous remercie, et a lundi!",
    ],
)
def test_a_before_an_infinitive_an_hour_or_a_farewell_day_needs_its_accent(sentence: str) -> None:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    assert [f.suggestions for f in check(text, FRENCH) if f.code == "spelling"] == [("à",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a manger trop vite.",  # a participle slip, said as such
        "Marie a souper avec l'équipe.",
        "Mon fils a 10 ans et ma fille en a 12.",
        "Elle a lundi et mardi de congé.",
    ],
)
def test_the_verb_a_is_left_alone(sentence: str) -> None:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    assert [f for f in check(text, FRENCH) if f.code == "spelling"] == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("N'hésiter pas à me contacter.", "hésiter", "hésitez"),
        ("Je vais appelez la réceptionniste demain.", "appelez", "appeler"),
        ("Pour parlez de mes disponibilités, je suis joignable le soir.", "parlez", "parler"),
    ],
)
def test_the_ez_and_er_endings_in_their_right_places(sentence: str, written: str, fix: str) -> None:
    assert (written, (fix,)) in wrong_words(sentence)


def test_ne_pas_before_an_infinitive_and_chez_assez_are_right() -> None:
    sentence = "Je préfère ne pas déranger; il est assez tard et je suis chez moi."
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Elle est arrivé en retard.", "arrivé", "arrivée"),
        ("Nous sommes allé visiter l'usine.", "allé", "allés"),
        ("Ils sont venu me chercher.", "venu", "venus"),
        ("Elles sont arrivés tôt.", "arrivés", "arrivées"),
    ],
)
def test_a_participle_after_etre_agrees_with_its_subject(
    sentence: str, written: str, fix: str
) -> None:
    assert (written, (fix,)) in wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle est arrivée tôt et ils sont venus.",
        "Nous sommes allées à Sudbury; elle est partie, ils sont partis.",
        "Elle s'est rendu compte que nous nous sommes rencontrés mardi.",
        "On est allé voir le chantier; nous sommes lundi et elle est au bureau.",
    ],
)
def test_participles_that_agree_raise_no_error(sentence: str) -> None:
    assert wrong_words(sentence) == []


def test_an_object_pronoun_before_an_adverb_and_its_verb_is_no_determiner() -> None:
    assert wrong_words("J'ai hâte de les bien connaître et de les tous remercier.") == []
