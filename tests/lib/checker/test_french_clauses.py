"""Agreement across a clause in French (french_clauses.py): the participle after "avoir" and an
object before it, the verb after "qui", "lequel/auquel", "quel" before "être", "est" for "et",
"s'était" for "c'était", "ses" for "ces", "de"/"à" before a participle — and the correct
sentences that look like them."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

FRENCH = CheckContext(lang="fr", recipients=("Louise Caron",))


def wrong_words(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [(f.text, f.suggestions) for f in check(text, FRENCH) if f.code == "wrong-word"]


def errors(sentence: str) -> list[tuple[str, str]]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [(f.code, f.text) for f in check(text, FRENCH) if f.severity == "error"]


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        # the participle agrees with the object "que" stands for
        ("Merci pour les conseils que vous m'avez donné hier.", "donné", "donnés"),
        ("La lettre que vous m'avez envoyé était très claire.", "envoyé", "envoyée"),
        ("Les tâches qu'elle m'a décrit correspondent à mon expérience.", "décrit", "décrites"),
        # the verb after "qui" agrees with the plural noun
        ("Vous m'avez montré des outils qui facilite le travail.", "facilite", "facilitent"),
        ("J'ai aimé vos nouveaux locaux, qui m'a impressionné.", "a", "ont"),
        ("Les dossiers qui pourrait m'être confiés m'intéressent.", "pourrait", "pourraient"),
        # "quel" takes the noun's gender and number
        ("Je me demande quel sera la suite du processus.", "quel", "quelle"),
        ("Pourriez-vous me dire quelle est le salaire offert ?", "quelle", "quel"),
        ("Quel que soit vos raisons, je respecte votre choix.", "Quel", "Quelles"),
        ("Quelles que soit vos raisons, je respecte votre choix.", "soit", "soient"),
        # "est" for "et" between two objects of one verb
        ("J'ai admiré votre laboratoire est les outils que vous utilisez.", "est", "et"),
        # "s'était" for "c'était", "ses" for "ces"
        ("Merci pour la visite, s'était un moment très agréable.", "s'était", "c'était"),
        ("J'ai beaucoup pensé à notre échange ses dernières semaines.", "ses", "ces"),
        # a participle for the infinitive after "de"/"à"
        ("Je me réjouis de travaillé avec votre équipe.", "travaillé", "travailler"),
        ("Je suis prête à relevé ce défi dès janvier.", "relevé", "relever"),
        # an attribute takes the number of its noun subject
        ("Vos locaux sont très moderne et lumineux.", "moderne", "modernes"),
        ("Les responsabilités me semblent stimulante.", "stimulante", "stimulantes"),
        ("Votre équipe m'a semblé très unis.", "unis", "uni"),
        ("La visite était très instructifs.", "instructifs", "instructif"),
        ("La conférence était très enrichissant.", "enrichissant", "enrichissante"),
        ("Cette formation est gratuit pour les employés.", "gratuit", "gratuite"),
        # the simple past for the participle, a participle after its noun, "se" for "ce",
        # "-rons" with no "nous", "ma" for "m'a" before an adverb
        ("Vos explications m'ont parut très claires.", "parut", "paru"),
        ("Nous avons finit la visite vers midi.", "finit", "fini"),
        ("Merci pour les renseignements donné lors de l'appel.", "donné", "donnés"),
        ("J'ai bien reçu la confirmation envoyé par votre adjointe.", "envoyé", "envoyée"),
        ("Je vous écris au sujet de se poste.", "se", "ce"),
        ("Mes années en entrepôt me permettrons de vite m'adapter.", "permettrons", "permettront"),
        ("L'équipe ma chaleureusement accueilli.", "ma", "m'a"),
        # "est" after a plural noun it cannot agree with, "et" where a verb is wanted
        ("Je pourrais y consacrer mes connaissances est mon énergie.", "est", "et"),
        ("Je suis certain que ce rôle et fait pour moi.", "et", "est"),
    ],
)
def test_a_slip_across_a_clause_is_an_error_with_its_fix(
    sentence: str, written: str, fix: str
) -> None:
    assert any(w == written and fix in s for w, s in wrong_words(sentence)), wrong_words(sentence)


def test_auquel_after_a_plural_noun_is_plural() -> None:
    found = wrong_words("Les tâches auquel je serais affecté me plaisent beaucoup.")
    assert ("auquel", ("auxquels", "auxquelles")) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Les personnes que j'ai rencontrées étaient chaleureuses.",
        "Les années que j'ai travaillé au cégep m'ont beaucoup appris.",
        "La lettre que vous m'avez demandé d'envoyer est prête.",
        "La personne que j'ai vu entrer était la directrice.",
        "Les efforts qu'il a fallu pour terminer le projet étaient grands.",
        "La chance que j'ai eue de vous rencontrer compte beaucoup.",
        "C'est l'une des entreprises qui recrute le plus dans la région.",
        "La liste des tâches qui m'a été remise est claire.",
        "J'ai rencontré des gens qui, comme moi, aiment le travail bien fait.",
        "Je participe à un des projets auquel vous faites allusion.",
        "Les raisons pour lesquelles je postule sont nombreuses.",
        "Quel est le salaire prévu ? Quelle est la date de début ?",
        "Je pense que le plus important est la communication.",
        "Je voulais savoir si le poste est toujours ouvert.",
        "J'aimerais savoir où en est le processus de sélection.",
        "Nous avons discuté du poste, qui est un remplacement de congé de maternité.",
        "Il s'était un peu perdu dans le stationnement, mais il est arrivé à l'heure.",
        "Il n'y a rien de prévu pour l'instant et je reste disponible.",
        "Je cherche quelqu'un de motivé pour m'accompagner au salon de l'emploi.",
        "J'ai mis mon dossier à jour et je l'ai envoyé à l'employé des ressources humaines.",
        "Ces derniers jours, j'ai beaucoup pensé à notre rencontre.",
        "Les dossiers que j'ai traités au ministère ressemblent aux vôtres.",
        "Je vous envoie les documents que vous m'avez demandés.",
        "La semaine que j'ai passée à Montréal a été utile.",
        "La qualité des soins est remarquable et le personnel est attentionné.",
        "Mes disponibilités sont lundi et mardi.",
        "Les horaires sont fonction des besoins de la clientèle.",
        "Les prix sont bon marché dans la région.",
        "Les membres de l'équipe sont accueillants.",
        "La plupart des employés sont bilingues.",
        "Mes références sont disponibles sur demande.",
        "Ces derniers mois ont été chargés, mais stimulants.",
        "Il a conduit la visite et m'a dit beaucoup de choses.",
        "J'ai rencontré la directrice et visité l'usine.",
        "La semaine passée, j'ai suivi une formation.",
        "Je suis parti tôt pour me rendre à la réunion et se rendre utile est mon but.",
        "Mes collègues et moi, nous travaillerons ensemble.",
        "Serons-nous appelés à voyager pour ce poste ?",
        "Le poste affiché sur votre site m'intéresse.",
        "Ce qui distingue vos services est leur qualité.",
        "Ce que j'apprécie chez vos employés est leur sens de l'accueil.",
        "La somme de mes expériences est un atout.",
        "La directrice et fondatrice de l'organisme m'a reçue.",
        "Le salaire et les avantages sont intéressants.",
        "La directrice est médecin de formation.",
        "Ma sœur est ingénieur chez Hydro-Québec.",
        "La réunion est reportée à mardi et la salle est vide le soir.",
        "Cette valeur est un multiple de deux.",
        "La directrice a présenté son équipe et la Ville a annoncé son budget.",
        "Cette entreprise a développé une application et les élèves ont visité l'usine.",
    ],
)
def test_a_correct_sentence_like_them_gets_no_error(sentence: str) -> None:
    assert not errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Les conseillers qui on des projets peuvent écrire à l'équipe.",
        "Mes collègues on une bonne opinion de votre service.",
        "Les clients on apprécié la nouvelle salle d'attente.",
        "Elles on déjà reçu les formulaires.",
    ],
)
def test_on_where_ont_is_meant_is_an_error(sentence: str) -> None:
    assert ("on", ("ont",)) in wrong_words(sentence), wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Les gens avec qui on travaille sont accueillants.",
        "Je ne sais pas si on a le temps cette semaine.",
        "Après les réunions on parle souvent du projet.",
        "Depuis des mois on les attend avec impatience.",
        "C'est le genre de dossier qu'on ne voit pas souvent.",
    ],
)
def test_on_as_a_subject_is_not_ont(sentence: str) -> None:
    assert ("on", ("ont",)) not in wrong_words(sentence)


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("J'ai déjà suivie la formation en secourisme.", "suivie", "suivi"),
        ("Nous avons reçue votre lettre hier.", "reçue", "reçu"),
        ("Elle a prise une décision rapide.", "prise", "pris"),
        ("Vous m'avez offerte une belle occasion.", "offerte", "offert"),
        ("Nous avons reçus vos documents ce matin.", "reçus", "reçu"),
    ],
)
def test_a_participle_before_its_object_does_not_agree(
    sentence: str, written: str, fix: str
) -> None:
    assert (written, (fix,)) in wrong_words(sentence), wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "La formation que j'ai suivie la semaine passée était utile.",
        "Je l'ai reçue la semaine dernière.",
        "Les lettres, je les ai toutes reçues.",
        "Elle a toute ma confiance et j'ai toutes mes références.",
        "J'ai mis la lettre à la poste et j'ai pris des notes.",
    ],
)
def test_a_participle_after_its_object_or_no_participle_is_left_alone(sentence: str) -> None:
    assert not errors(sentence)


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Nous offrons des services au membres de la coopérative.", "au", "aux"),
        ("Merci pour l'aide apportée au clients.", "au", "aux"),
        ("Je suis arrivé au bureaux vers midi.", "au", "aux"),
        ("Je parle aux client chaque jour.", "aux", "au"),
    ],
)
def test_au_and_aux_take_the_number_of_their_noun(sentence: str, written: str, fix: str) -> None:
    assert (written, (fix,)) in wrong_words(sentence), wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Au moins, je suis venu au cours du soir.",
        "Au besoin, écrivez-moi aux alentours de midi, au plus tard.",
        "Merci au directeur et aux membres du comité.",
        "Au fil des ans, au pays comme au temps des fêtes, je tiens aux frais réduits.",
        "Je l'ai remis aux ressources humaines au nom de l'équipe.",
    ],
)
def test_au_and_aux_with_their_own_number_are_left_alone(sentence: str) -> None:
    assert not errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le directeur a parlé a tous ses employés.",
        "Nous avons écrit a vos clients la semaine passée.",
        "Nous transmettons nos salutations a votre équipe.",
        "Ils ont remis le prix a leurs bénévoles.",
        "Elles sont arrivées a la réunion avec le matériel.",
    ],
)
def test_a_once_the_clause_has_its_verb_is_the_preposition(sentence: str) -> None:
    assert any(f == ("spelling", "a") for f in errors(sentence)), errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a tous les atouts pour réussir.",
        "Elle a toute ma confiance.",
        "On a chaque jour de nouveaux défis.",
        "Il y a vos documents sur la table.",
        "Votre équipe a toutes les qualités et chacun a ses forces.",
        "Ce que le comité a dit a toute son importance.",
        "Le poste a été comblé et la personne choisie a toutes les qualités.",
        "Nous pensons que la direction a vos intérêts à cœur.",
    ],
)
def test_a_as_the_verb_before_its_object_is_left_alone(sentence: str) -> None:
    assert ("spelling", "a") not in errors(sentence)


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        # a determiner or an adjective of the other gender than its noun (the dictionary's)
        ("Je vous remercie pour cette accueil si chaleureux.", "cette", "cet"),
        ("Ce démarche m'a paru très claire.", "Ce", "Cette"),
        ("J'ai apprécié le clarté de vos réponses.", "le", "la"),
        ("Quel chance de pouvoir visiter votre atelier !", "Quel", "Quelle"),
        ("Je garde un excellente impression de notre échange.", "un", "une"),
        ("Ce serait un beau réussite pour toute l'équipe.", "un beau", "une belle"),
        ("J'ai hâte de relever ce nouvelle mission.", "ce", "cette"),
        ("Ce serait mon troisième visite chez vous.", "mon", "ma"),
        # an adjective or participle right after its noun, or after "être"
        ("Merci pour votre écoute attentif.", "attentif", "attentive"),
        ("J'attends avec impatience la réponse définitif.", "définitif", "définitive"),
        ("Votre bibliothèque est très lumineux.", "lumineux", "lumineuse"),
        ("Le climat de travail semblait vraiment détendue.", "détendue", "détendu"),
        # the participle after "avoir" and a noun "que" stands for
        ("La démonstration que vous m'avez fait de l'outil était claire.", "fait", "faite"),
        (
            "Le questionnaire que j'ai rempli hier est joint, et la fiche que j'ai signé aussi.",
            "signé",
            "signée",
        ),
        ("Merci pour l'accueil que vous m'avez réservée lundi.", "réservée", "réservé"),
        ("Les fiches que j'ai remis à l'accueil sont à jour.", "remis", "remises"),
    ],
)
def test_gender_comes_from_the_noun(sentence: str, written: str, fix: str) -> None:
    assert (written, (fix,)) in wrong_words(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # nouns of both genders or of none the dictionary knows, a woman in a trade
        "Ma collègue et le responsable du service m'ont reçue.",
        "La chef de projet était très accueillante.",
        "J'ai passé un excellent après-midi, et une après-midi bien remplie.",
        "La poste de quartier et le poste de commis sont près de chez moi.",
        # the writer's own gender after "m'" is theirs to choose
        "Je vous remercie de la manière dont vous m'avez accueillie.",
        "Je vous remercie de la manière dont vous m'avez accueilli.",
        "C'est avec un large sourire que vous m'avez reçue.",
        # "que" is no object of the participle, or the participle goes with another noun
        "Les semaines que j'ai travaillé au comptoir m'ont beaucoup appris.",
        "La collègue que j'ai entendu présenter le projet était passionnante.",
        "La salle qu'il y a eu à réserver était petite.",
        "Je vous transmets la copie de mon certificat signée par la direction.",
        "J'ai l'impression que vous m'avez bien comprise.",
        # a pronoun before a verb, an adverb before an adjective, a name
        "Je la rencontre jeudi et je le remercie d'avance.",
        "Nous avons eu une discussion fort intéressante.",
        "J'ai vu Le Monde de la semaine et La Presse de samedi.",
        "Une fois signé, le contrat vous sera renvoyé.",
        "Ma propre expérience en entrepôt m'a servi.",
    ],
)
def test_gender_is_left_alone_when_it_is_unsure(sentence: str) -> None:
    assert errors(sentence) == []
