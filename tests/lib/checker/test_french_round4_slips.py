"""French slips of a fourth round (french_agreement.py, french_clauses.py, tone_fr.toml): a noun
subject with a verb of the first or second person ("le comité étais"), "ou" for "où" before a
clause, "à" for "a" after a subject, "ce"/"se", "ces"/"ses"/"s'est", "et"/"est" in a sentence
with no other verb, an adjective after "très", a singular attribute after "ils", the writer
judging the person chosen or the employer; and correct sentences built the same way."""

from __future__ import annotations

import pytest
from french_sentences import checked, errors, wrong_words

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


@pytest.mark.parametrize(
    ("sentence", "written", "fix"),
    [
        ("Le comité de sélection étais très accueillant.", "étais", "était"),
        ("J'ai appris que l'organisme pouvais accueillir plus de bénévoles.", "pouvais", "pouvait"),
        ("Je crois que votre entreprise fais un travail remarquable.", "fais", "fait"),
        ("Les gestionnaires du service avais préparé des questions.", "avais", "avaient"),
        ("Mon expérience en comptabilité pourrais vous être utile.", "pourrais", "pourrait"),
        ("Votre adjointe ces occupée de tout avec gentillesse.", "ces", "s'est"),
        ("Ils ont été très patient avec moi pendant le test.", "patient", "patients"),
        ("Le travail d'équipe et très important pour moi.", "et", "est"),
        ("Le projet de rénovation et une belle occasion de me dépasser.", "et", "est"),
        ("Le métier de préposé et exigeant, mais c'est ce qui me motive.", "et", "est"),
        ("Je souhaite ce perfectionner en gestion de projet.", "ce", "se"),
        ("J'ai rencontré Madame Gervais et ces collaboratrices.", "ces", "ses"),
        ("Merci pour tous ce que vous m'avez appris.", "tous", "tout"),
        ("Vous pouvez me joindre au numéro si-dessous.", "si-dessous", "ci-dessous"),
        ("Monsieur Haddad m'a expliquer le tri des dons.", "expliquer", "expliqué"),
        ("J'ai trouvé la discussion très stimulant.", "stimulant", "stimulante"),
        ("Madame Roy a été très gentil avec moi.", "gentil", "gentille"),
        ("Votre entrepôt m'a paru très bien organisée.", "organisée", "organisé"),
        ("Votre adjoint ma envoyé l'horaire de la semaine.", "ma", "m'a"),
        ("Mes anciens collègues mon toujours décrit comme fiable.", "mon", "m'ont"),
        ("La rencontre m'a permise de mieux comprendre le poste.", "permise", "permis"),
        ("Je me suis permise de vous envoyer mon portfolio.", "permise", "permis"),
        ("Quelque soit votre décision, je vous remercie.", "Quelque", "Quel que"),
        ("Je voudrais d'avantage de détails sur l'horaire.", "d'avantage", "davantage"),
        ("Nous nous sommes rencontré au salon de l'emploi.", "rencontré", "rencontrés"),
        ("Les membres du comité semblait intéressés par mon projet.", "semblait", "semblaient"),
        ("J'ai beaucoup aimé le téléconférence de mardi.", "le", "la"),
        ("Les deux postes offert par votre organisme m'intéressent.", "offert", "offerts"),
        ("J'admire votre organisme pour sont engagement envers les aînés.", "sont", "son"),
        ("C'est un poste que j'ai toujours voulue occuper.", "voulue", "voulu"),
        ("C'est exactement ce que j'ai fais chez mon ancien employeur.", "fais", "fait"),
        ("Votre infolettre mensuel m'a donné envie de postuler.", "mensuel", "mensuelle"),
        ("Je pense que vos clients apprécierait mon approche.", "apprécierait", "apprécieraient"),
    ],
)
def test_a_slip_is_found_with_its_fix(sentence: str, written: str, fix: str) -> None:
    found = wrong_words(sentence)
    assert any(text == written and fix in fixes for text, fixes in found), found


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Les formations offertes aux nouveaux employé sont complètes.", "employé"),
        ("Je parlerai aux bénévole dès mon arrivée.", "bénévole"),
        ("Les deux entrevue se sont bien passées.", "entrevue"),
        ("J'ai revu mes anciens collègue la semaine dernière.", "collègue"),
    ],
)
def test_a_singular_noun_after_a_plural_determiner_and_adjective(
    sentence: str, written: str
) -> None:
    assert written in [text for text, _fixes in wrong_words(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je cherche un milieu ou les employés peuvent proposer des idées.",
        "J'ai découvert une organisation ou l'écoute est au cœur de chaque décision.",
        "Madame Côté à pris le temps de me présenter l'équipe.",
        "Les formations que votre service à offertes m'ont intéressée.",
    ],
)
def test_a_missing_or_extra_accent_is_a_spelling_error(sentence: str) -> None:
    assert ("spelling", "ou") in errors(sentence) or ("spelling", "à") in errors(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le programme avait obtenu un financement de trois ans.",
        "Votre équipe mais aussi vos partenaires font un travail remarquable.",
        "Les frais de déplacement sont remboursés, d'après ce que j'ai compris.",
        "Je pourrais commencer lundi ou mardi, selon ce qui vous convient.",
        "Je pense que le mardi ou le mercredi serait idéal.",
        "Un appel ou une rencontre me conviendrait tout à fait.",
        "L'équipe ou la direction pourra me joindre au numéro indiqué.",
        "Je serais heureuse de me joindre à une équipe où chacun peut proposer des idées.",
        "Le contrat à signer est arrivé ce matin.",
        "Il a pris le temps de m'expliquer les tâches à accomplir.",
        "Merci à Madame Roy et à ses collègues pour leur accueil.",
        "Pour ce faire, je propose de vous envoyer un plan de travail.",
        "Ce devoir de réserve me semble essentiel.",
        "J'ai rencontré Monsieur Tremblay et ces deux projets qui lui tiennent à cœur.",
        "Ils sont disponibles pour me rencontrer de nouveau.",
        "Ils ont été heureux d'apprendre que je parle aussi le cri.",
        "Le directeur et son adjointe m'ont reçue avec chaleur.",
        "Le travail rigoureux et passionnant de votre équipe m'inspire.",
        "Votre accueil et votre patience, merci encore!",
        "Vous trouverez ci-joint mon curriculum vitae.",
        "Si après réflexion vous souhaitez me revoir, je serai disponible.",
        "Tous ceux que j'ai rencontrés m'ont fait bonne impression.",
        "Monsieur Côté a été très gentil de me raccompagner.",
        "Mon regretté collègue m'avait parlé de votre organisme.",
        "J'ai reçu une autre proposition, mais votre poste reste mon préféré.",
        "Le comité ainsi que la directrice m'ont accueillie chaleureusement.",
        "J'aimerais contribuer à la Caisse en les accompagnant dans leurs projets.",
        "L'ensemble des employés semblait très motivé.",
        "Le bénévolat m'a appris à travailler en équipe, et le réseautage aussi.",
        "Votre infolettre mensuelle m'a donné envie de postuler.",
        "Les dossiers que j'ai finis sont prêts.",
        "Les lettres que j'ai écrites sont parties hier.",
        "Le poste offert par votre organisme m'intéresse.",
        "Les gens sont venus en grand nombre.",
        "Nous étions les deux ensemble à la réception.",
        "Mes anciens collègues m'ont toujours décrite comme une personne fiable.",
        "Grâce aux conseils de Marie, j'ai bien préparé l'entrevue.",
        "Ma dévouée collègue m'a recommandé votre service.",
        "La rencontre m'a permis de mieux comprendre le poste.",
        "Les avantages sociaux et beaucoup d'avantages en nature sont offerts.",
        "Quelle que soit votre décision, je garderai un bon souvenir de la rencontre.",
        "Nous nous sommes rencontrés au salon de l'emploi.",
    ],
)
def test_a_correct_sentence_gets_no_error(sentence: str) -> None:
    assert errors(sentence) == []


FOLLOW_UP = CheckContext(lang="fr", kind="follow-up", recipients=("Louise Caron",))
REJECTION = CheckContext(lang="fr", kind="rejection-reply", recipients=("Louise Caron",))


def _tone(sentence: str, context: CheckContext) -> list[str]:
    note = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    return [f.text for f in check(note, context) if f.code == "accusatory"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je comprends votre choix, même si je doute que votre candidat retenu ait mes compétences.",
        "J'espère que votre nouvelle recrue sera à la hauteur, contrairement à votre accueil.",
        "Je me demande encore comment vous avez pu passer à côté d'un profil comme le mien.",
        "Au moins, je sais maintenant à quoi m'en tenir avec votre organisation.",
        "La candidate choisie n'a sûrement pas plus d'expérience que moi.",
        "Si vous tenez vraiment à me compter parmi vous, il faudra améliorer votre offre.",
        "Le processus aurait pu être beaucoup mieux organisé.",
        "Votre décision est regrettable, mais c'est votre perte.",
        "Je reste disponible, même si je doute un peu du sérieux de votre démarche.",
        "J'espère que vous serez plus réactive sur LinkedIn que par courriel.",
        "Je vous prierais de cesser de repousser notre rencontre.",
        "Sachez que les bons candidats ne restent pas longtemps disponibles.",
        "J'aimerais que vous me justifiiez pourquoi le salaire est si bas.",
        "J'accepte votre offre, à défaut de mieux.",
        "Je compte sur vous pour bonifier votre offre avant vendredi.",
    ],
)
def test_judging_the_decision_or_the_person_chosen_is_accusatory(sentence: str) -> None:
    assert _tone(sentence, REJECTION)


@pytest.mark.parametrize(
    "sentence",
    [
        "J'espère que la personne choisie s'épanouira dans ses nouvelles fonctions.",
        "Au moins deux membres de votre équipe m'ont parlé de la formation offerte.",
        "Contrairement à ce que j'imaginais, les horaires sont très flexibles.",
        "J'espère être à la hauteur de vos attentes dès lundi.",
        "Merci encore pour votre temps et pour la visite de l'usine.",
        "Je comprends tout à fait que le processus prenne du temps.",
        "Serait-il possible de reporter notre rencontre à jeudi?",
        "Avant d'accepter, j'aimerais mieux comprendre la répartition des heures.",
        "Pourriez-vous me préciser si le poste est à temps plein?",
        "Je m'attendais à un processus exigeant, et j'ai apprécié la rigueur de vos questions.",
    ],
)
def test_a_kind_word_about_the_decision_is_not_accusatory(sentence: str) -> None:
    assert _tone(sentence, REJECTION) == []
    assert _tone(sentence, FOLLOW_UP) == []


def test_a_participle_after_an_article_is_the_noun_misspelled() -> None:
    found = checked("Après l'arrivé de Mme Roy, nous avons commencé la visite.")
    assert [(f.code, f.suggestions) for f in found if f.text == "arrivé"] == [
        ("spelling", ("arrivée",))
    ]


def test_a_whole_note_with_the_new_slips_reads_each_one() -> None:
    found = checked(
        "Le service avais ouvert une clinique ou les familles peuvent consulter sans rendez-vous."
    )
    assert {(f.code, f.text) for f in found} >= {("wrong-word", "avais"), ("spelling", "ou")}
