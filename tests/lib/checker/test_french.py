"""The checker on French notes: planted slips are caught, clean notes get no error, and the
language of a note is never misread (English corpus notes are not French)."""

from __future__ import annotations

import io
import tomllib
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from followup.lib.checker import CheckContext, Finding, check
from followup.lib.checker.command import main
from followup.lib.checker.language import detect

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CORPUS = Path(__file__).with_name("corpus")
# A note of any kind (the sentences below are of every kind); thank-you checks say so.
MARIE = CheckContext(
    kind="keep-in-touch",
    recipients=("Marie Tremblay",),
    others=("Jean Gagnon",),
    company="Centre de santé communautaire",
    other_companies=("Desjardins",),
    role="Adjointe administrative",
    sender="Julie Roy",
    lang="fr",
)
SIGN = "\n\nCordialement,\nJulie Roy"

CLEAN = [
    "Bonjour Marie,\n\nMerci d'avoir pris le temps de me rencontrer hier. Notre échange sur la "
    "nouvelle réception m'a beaucoup plu, et le poste m'intéresse vivement." + SIGN,
    "Madame Tremblay,\n\nJe vous remercie de l'entrevue de mardi. J'ai apprécié la visite des "
    "locaux et la présentation de l'équipe.\n\nVeuillez agréer, Madame, l'expression de mes "
    "salutations distinguées.\nJulie Roy",
    "Bonjour Marie,\n\nJe fais suite à notre rencontre du 12 novembre. Auriez-vous des "
    "nouvelles concernant la suite du processus? Je demeure disponible pour tout "
    "renseignement." + SIGN,
    "Bonjour,\n\nMerci pour votre courriel. Je suis disponible immédiatement pour une deuxième "
    "entrevue, de préférence en matinée, sauf la fin de semaine." + SIGN,
    "Bonjour Marie,\n\nJ'ai oublié de mentionner que je détiens un certificat en secourisme "
    "et que je parle couramment l'anglais et l'espagnol." + SIGN,
    "Madame Tremblay,\n\nJe vous remercie de m'avoir fait part de votre décision. Bien que "
    "déçue, je garde un excellent souvenir de notre rencontre et j'aimerais que vous pensiez à "
    "moi pour de futurs postes." + SIGN,
    "Bonjour Marie,\n\nC'est avec plaisir que j'accepte votre offre. Pourriez-vous me faire "
    "parvenir le contrat et la liste des documents à fournir?" + SIGN,
    "Bonjour Marie,\n\nJ'espère que tout va bien. Je voulais vous annoncer que j'ai terminé ma "
    "formation en comptabilité au collège Boréal." + SIGN,
    "Bonjour Marie, merci pour l'entrevue d'hier. Au plaisir de rester en contact. Julie",
    "Bonjour Marie,\n\nMerci encore pour votre accueil chaleureux et pour la visite du "
    "service de la paie. Le ton de la rencontre m'a mis à l'aise." + SIGN,
    "Bonjour Madame Tremblay,\n\nMerci de votre confiance. Avant de vous répondre, j'aimerais "
    "prendre quelques jours pour examiner les conditions; puis-je vous revenir d'ici vendredi?"
    + SIGN,
    "Bonjour Marie,\n\nSi je n'ai pas de nouvelles d'ici la fin du mois, je me permettrai de "
    "vous écrire de nouveau. Mes références (voir la pièce jointe) sont à jour." + SIGN,
    "Bonjour Marie,\n\nJe serai disponible pour la deuxième entrevue jeudi à 10 h." + SIGN,
    "Bonjour Marie,\n\nJ'ai beaucoup aimé découvrir votre façon d'organiser les rendez-vous "
    "des clients. Mon expérience en service à la clientèle me serait très utile." + SIGN,
]
# (note, the code that must be found on the marked words)
DEFECTS = [
    ("Bonjour Marie,\n\nMerci pour la reunion d'hier." + SIGN, "spelling", "reunion"),
    ("Bonjour Marie,\n\nJ'ai apprecie notre echange." + SIGN, "spelling", "apprecie"),
    ("Bonjour Marie,\n\nMerci pour l'entreveu de mardi." + SIGN, "spelling", "entreveu"),
    ("Bonjour Marie,\n\nLe poste m'interesse beaucoup." + SIGN, "spelling", "m'interesse"),
    ("Salut Marie,\n\nMerci pour l'entrevue d'hier." + SIGN, "informal", "Salut"),
    ("Bonjour Marie,\n\nMerci bcp pour l'entrevue." + SIGN, "informal", "bcp"),
    ("Bonjour Marie,\n\nMerci, tu m'as bien aidée hier." + SIGN, "informal", "tu"),
    ("Bonjour Marie,\n\nJ'ai hâte de te revoir." + SIGN, "informal", "te"),
    ("Bonjour Marie,\n\nMerci pour ton temps hier." + SIGN, "informal", "ton"),
    ("Bonjour Marie,\n\nJ'ai aimé tes explications." + SIGN, "informal", "tes"),
    ("Bonjour Marie,\n\nMerci, ça t'a pris du temps." + SIGN, "informal", "t'"),
    ("Bonjour [Nom],\n\nMerci pour l'entrevue d'hier." + SIGN, "placeholder", "[Nom]"),
    (
        "Bonjour Marie,\n\nMerci de m'avoir reçue chez NOM DE L'ENTREPRISE." + SIGN,
        "placeholder",
        "NOM DE L'ENTREPRISE",
    ),
    ("Bonjour Marie,\n\nLe poste de XXX m'intéresse." + SIGN, "placeholder", "XXX"),
    (
        "Merci pour l'entrevue d'hier, le poste m'intéresse beaucoup." + SIGN,
        "missing-greeting",
        "Merci",
    ),
    (
        "Bonjour Marie,\n\nJe n'ai toujours pas de réponse de votre part." + SIGN,
        "accusatory",
        "toujours pas de réponse",
    ),
    ("Bonjour Marie,\n\nJ'exige une réponse d'ici demain." + SIGN, "accusatory", "exige"),
    (
        "Bonjour Marie,\n\nC'est inacceptable de ne pas répondre." + SIGN,
        "accusatory",
        "inacceptable",
    ),
    ("Bonjour Marie,\n\nMerci pour l'entrevue d'hier.\nÀ mardi prochain.", "missing-signoff", None),
    ("Bonjour Jean,\n\nMerci pour l'entrevue d'hier." + SIGN, "recipient-name", "Jean"),
    ("Madame Trembley,\n\nMerci pour l'entrevue d'hier." + SIGN, "recipient-name", "Trembley"),
    ("Bonjour Marie,\n\nMerci pour la visite de Desjardins." + SIGN, "wrong-company", "Desjardins"),
    ("Bonjour Marie,\n\nLe le poste m'intéresse." + SIGN, "repeated-word", "le le"),
    ("Bonjour Marie,\n\nJe vous écris pour la troisième fois." + SIGN, "accusatory", "fois"),
    ("Bonjour Marie,\n\nVous ne m'avez jamais rappelée." + SIGN, "accusatory", "rappelée"),
    (
        "Bonjour Marie,\n\nMerci de l'accueil chez (nom de l'entreprise)." + SIGN,
        "placeholder",
        "(nom de l'entreprise)",
    ),
    ("Bonjour Marie,\n\n" + "Merci pour votre temps. " * 70 + SIGN, "too-long", None),
]


def run(text: str, **fields: object) -> list[Finding]:
    context = CheckContext(**{**MARIE.__dict__, **fields})
    return check(text, context)


@pytest.mark.parametrize("text", CLEAN)
def test_a_clean_french_note_gets_no_error(text: str) -> None:
    errors = [f for f in run(text) if f.severity == "error"]
    assert errors == []


def test_clean_french_notes_get_hardly_any_warning() -> None:
    warned = [text for text in CLEAN if run(text)]
    assert len(warned) <= 1, [run(text) for text in warned]


@pytest.mark.parametrize(("text", "code", "words"), DEFECTS)
def test_a_planted_slip_is_caught(text: str, code: str, words: str | None) -> None:
    findings = [f for f in run(text) if f.code == code]
    assert findings, run(text)
    if words:
        written = [f.text.casefold() for f in findings]
        assert any(words.casefold() in text or text in words.casefold() for text in written)


def test_a_missing_accent_is_an_error_with_the_accented_word_first() -> None:
    [finding] = run("Bonjour Marie,\n\nMerci pour la reunion d'hier." + SIGN)
    assert finding.severity == "error"
    assert finding.suggestions[0] == "réunion"
    assert "orthographié" in finding.message


def test_canadian_french_words_are_accepted() -> None:
    text = "Bonjour Marie,\n\nJe vous enverrai un courriel la fin de semaine prochaine." + SIGN
    assert run(text) == []


def test_a_name_without_its_accents_is_pointed_out() -> None:
    text = "Bonjour Zoe,\n\nMerci pour l'entrevue d'hier." + SIGN
    [finding] = run(text, recipients=("Zoë Lefebvre",))
    assert (finding.code, finding.suggestions) == ("name-accent", ("Zoë",))
    assert "accents" in finding.message


def test_nous_nous_is_not_a_repeated_word() -> None:
    text = "Bonjour Marie,\n\nNous nous sommes vus mardi, et le poste m'intéresse." + SIGN
    assert run(text) == []


def test_le_ton_of_a_meeting_is_not_tutoiement() -> None:
    assert run("Bonjour Marie,\n\nLe ton de la rencontre était très agréable." + SIGN) == []


def test_a_follow_up_too_soon_is_an_error_in_french() -> None:
    text = "Bonjour Marie,\n\nAuriez-vous des nouvelles au sujet du poste?" + SIGN
    findings = run(text, kind="follow-up", follow_up_on=date(2026, 12, 15), today=date(2026, 12, 1))
    [finding] = [f for f in findings if f.code == "too-soon"]
    assert "mardi 15 décembre 2026" in finding.message


def test_names_from_the_record_are_not_misspellings() -> None:
    text = "Bonjour Marie,\n\nMerci à Mme Tremblay et à Kowalczyk." + SIGN
    assert [f for f in run(text, others=("Ania Kowalczyk",)) if f.code == "spelling"] == []


def corpus_notes() -> Iterator[str]:
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix == ".txt":
            yield path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        elif path.suffix == ".toml":
            yield from _strings(tomllib.loads(path.read_text(encoding="utf-8")))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str) and len(value.split()) > 3:
        yield value


def test_no_english_note_of_the_corpus_is_read_as_french() -> None:
    notes = list(corpus_notes())
    assert len(notes) > 100
    assert [note[:60] for note in notes if detect(note) != "en"] == []


@pytest.mark.parametrize("text", CLEAN + [text for text, _code, _words in DEFECTS])
def test_every_french_note_is_read_as_french(text: str) -> None:
    assert detect(text) == "fr"


def test_followup_check_reads_the_language_or_takes_lang(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Bonjour Marie,\n\nMerci pour la reunion d'hier." + SIGN, encoding="utf-8")
    for extra in ([], ["--lang", "fr"]):
        out = io.StringIO()
        with redirect_stdout(out):
            code = main(["--kind", "thank-you", "--sender", "Julie Roy", *extra, str(path)])
        assert code == 1
        assert "réunion" in out.getvalue()
    out = io.StringIO()
    with redirect_stdout(out):
        main(["--kind", "thank-you", "--lang", "en", str(path)])
    assert "Merci" in out.getvalue()  # read as English, the French words are unknown


def test_a_spoken_negation_gets_its_ne_back() -> None:
    [finding] = run("Bonjour Marie,\n\nJ'ai pas eu le temps de vous le dire." + SIGN)
    assert (finding.code, finding.suggestions) == ("informal", ("Je n'ai pas",))
    assert run("Bonjour Marie,\n\nJe ne vous remercierai jamais assez." + SIGN) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Je reste a votre disposition.", True),
        ("Le poste correspond exactement a ce que je cherche.", True),
        ("Grâce a vous, j'ai compris le rôle.", True),
        ("Votre équipe a une belle énergie.", False),
        ("J'ai vu combien Marie a travaillé fort.", False),
        ("Je crois que mon expérience a été utile.", False),
    ],
)
def test_a_where_french_needs_à_is_an_error(sentence: str, wrong: bool) -> None:
    found = [f for f in run(f"Bonjour Marie,\n\n{sentence}" + SIGN) if f.code == "spelling"]
    assert bool(found) == wrong
    assert all(f.suggestions == ("à",) and f.severity == "error" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Marie,\n\nCordialement,\nJulie Roy",
        "Madame Tremblay,\n\nVeuillez agréer, Madame, mes salutations distinguées.\n\nJulie Roy",
        "Bonjour Marie,",
    ],
)
def test_a_greeting_and_a_closing_alone_are_an_empty_note(text: str) -> None:
    assert [f.code for f in run(text)] == ["empty"]


def test_oe_typed_for_œ_is_not_a_misspelling() -> None:
    assert run("Bonjour Marie,\n\nMerci de tout coeur pour l'oeuvre de votre équipe." + SIGN) == []


def test_pressure_worded_politely_is_still_pressure() -> None:
    text = "Bonjour Marie,\n\nJe vous serais reconnaissante de me répondre d'ici demain." + SIGN
    [finding] = run(text, kind="follow-up")
    assert (finding.code, dict(finding.params)["why"]) == ("accusatory", "pressure")


# Polite sentences with the words pressure and reproach are made of: no finding at all.
POLITE = [
    "Je n'ai jamais eu de réponse aussi rapide, merci!",
    "Merci de m'avoir répondu aussi rapidement.",
    "Si vous avez besoin d'une réponse de ma part d'ici vendredi, je peux vous la donner.",
    "Je vous ferai parvenir ma réponse d'ici lundi.",
    "Pourriez-vous me confirmer l'heure de l'entrevue d'ici demain?",
    "Merci de me faire parvenir le contrat d'ici vendredi, si possible.",
    "Merci de me confirmer la date de début avant lundi.",
    "Je comprends que vous n'avez pas encore pris de décision.",
    "Je ne veux surtout pas vous presser.",
    (
        "Je n'ai rien reçu de la part des ressources humaines concernant les documents à "
        "remplir; pourriez-vous me dire à qui m'adresser?"
    ),
    "Je vous écris de nouveau, car j'ai oublié de joindre mes références.",
    "Je reste disponible immédiatement.",
    "Je serais ravie de commencer le plus rapidement possible.",
    "J'ai besoin de quelques jours pour réfléchir à votre offre.",
    (
        "Je suis sans emploi depuis la fermeture de l'usine, et j'ai profité de ce temps "
        "pour me former."
    ),
    "Je comprends tout à fait que le processus prenne du temps.",
    "C'est la première fois que je postule dans une municipalité.",
    "Il est important pour moi de travailler dans un milieu respectueux.",
    "Je vous remercie de votre patience et de votre professionnalisme.",
    "Vous m'avez dit que le poste comprenait de la formation; c'est un atout.",
    "Je serai en vacances du 20 au 27; je vous répondrai dès mon retour.",
    "J'ai hâte d'avoir de vos nouvelles.",
    "J'attends votre réponse avec intérêt.",
    "Je ne sais pas si vous avez reçu mon courriel du 3 décembre; je vous le renvoie au cas où.",
    "Je me demandais si vous aviez eu l'occasion de regarder mon portfolio.",
    "Faites-moi signe si vous avez besoin de quoi que ce soit.",
    "N'hésitez pas à me rappeler au besoin.",
    "Je vous prie de trouver ci-joint mon curriculum vitæ.",
    "J'ai appris que le poste était toujours ouvert et je voulais vous redire mon intérêt.",
    (
        "Mes enfants sont maintenant à l'école, ce qui me donne toute la souplesse voulue"
        " pour l'horaire."
    ),
    "Ma famille et moi venons de nous installer à Sudbury.",
    (
        "Je compte sur votre discrétion quant à ma candidature, mon employeur actuel n'ét"
        "ant pas au courant."
    ),
    "Je vous remercie de m'avoir accordé une deuxième chance de vous rencontrer.",
    "Je ne comprends pas encore tous les aspects du poste, mais j'ai hâte d'apprendre.",
    "Le processus a été très bien organisé et rapide.",
    "Votre réponse rapide a été très appréciée.",
    "Il faut que vous sachiez que je suis disponible dès maintenant.",
    "Le poste était affiché depuis des mois, ce qui montre la difficulté de recruter.",
]


@pytest.mark.parametrize("sentence", POLITE)
def test_a_polite_sentence_is_not_taken_for_pressure(sentence: str) -> None:
    assert run(f"Bonjour Marie,\n\n{sentence}" + SIGN, kind="follow-up") == []


# Formal sentences with words that look familiar or like "tu" ("le ton", "je tiens à", "pas de
# problème", a shop called Super C): no finding at all.
FORMAL = [
    "Le ton de votre message était chaleureux.",
    "Votre équipe a su trouver un ton juste avec les clients.",
    "Je travaille depuis cinq ans dans le domaine des supermarchés.",
    "Pas de problème pour l'horaire de soir.",
    "Je ne suis pas certaine d'avoir bien répondu à votre dernière question.",
    "Vous n'êtes pas sans savoir que la région manque de main-d'œuvre.",
    "Je n'ai pas de voiture, mais j'habite près d'un arrêt d'autobus.",
    "Ce n'est pas tous les jours qu'on rencontre une équipe aussi accueillante.",
    "Nous nous sommes rencontrés pas plus tard qu'hier.",
    "C'est plus qu'un emploi pour moi : c'est une vocation.",
    "Si jamais vous avez besoin d'autres renseignements, je suis disponible.",
    "Je serais fière de travailler chez Super C.",
    "Mon ancienne gestionnaire, Madame Boss, pourra vous donner des références.",
    (
        "Je vous remercie, vous et votre équipe, pas seulement pour l'entrevue mais aussi"
        " pour la visite."
    ),
    "Je n'avais jamais vu un magasin aussi bien organisé.",
    "Rien ne me ferait plus plaisir que de me joindre à votre équipe.",
    "Je ne vous cache pas que ce poste m'enthousiasme.",
    "J'ai toujours aimé le contact avec la clientèle.",
    "Je tiens à souligner la qualité de l'accueil que j'ai reçu.",
    "Notre échange a confirmé mon intérêt pour le poste de commis d'épicerie.",
    "Je vous remercie pour votre temps et votre écoute.",
    "Votre magasin est à deux pas de chez moi.",
    "Il n'y a pas de doute que votre équipe est dynamique.",
    (
        "Je ne pourrai malheureusement pas me présenter mardi; serait-il possible de dépl"
        "acer la rencontre à jeudi?"
    ),
    "Vous m'avez expliqué que le poste exige une grande disponibilité, ce qui me convient.",
    "J'ai déjà occupé un poste similaire chez Metro pendant deux ans.",
    "Je reste à l'affût de toute nouvelle occasion au sein de votre entreprise.",
    "Je vous souhaite une excellente semaine.",
    "Je suis ravie à l'idée de relever ce nouveau défi.",
    "À la suite de notre entrevue, je vous transmets mes disponibilités.",
]


@pytest.mark.parametrize("sentence", FORMAL)
def test_a_formal_sentence_is_not_taken_for_familiar(sentence: str) -> None:
    assert run(f"Bonjour Marie,\n\n{sentence}" + SIGN, company="Super C") == []


@pytest.mark.parametrize(
    ("sentence", "fix"),
    [
        ("Je suis sur que je peux aider.", "sûr"),
        ("Je voulais savoir ou en est le processus.", "où"),
        ("Mes taches comprenaient l'accueil.", "tâches"),
        ("J'ai du partir plus tôt.", "dû"),
        ("D'ici la, je reste disponible.", "là"),
        ("Je suis disponible des lundi.", "dès"),
    ],
)
def test_a_word_missing_its_accent_where_it_stands_is_an_error(sentence: str, fix: str) -> None:
    [finding] = run(f"Bonjour Marie,\n\n{sentence}" + SIGN)
    assert (finding.code, finding.severity, finding.suggestions) == ("spelling", "error", (fix,))


@pytest.mark.parametrize(
    "sentence",
    [
        "Je suis sur le point de terminer ma formation.",
        "J'ai du travail à terminer avant lundi.",
        "Le dossier est sur le bureau de la réception.",
        "Je passerai par la réception.",
    ],
)
def test_the_same_words_are_right_where_they_need_no_accent(sentence: str) -> None:
    assert run(f"Bonjour Marie,\n\n{sentence}" + SIGN) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "J'espère que vous allez enfin me répondre cette fois-ci.",
        "Votre silence en dit long.",
        "J'imagine que vous êtes très occupés, comme d'habitude.",
        "Vous pourriez prendre deux minutes pour me répondre.",
        "Je trouve cela un peu cavalier de votre part.",
        "Je vous donne jusqu'à jeudi pour me faire une offre.",
        "Merci de ne pas me faire attendre encore trois semaines.",
        "Je commence à perdre patience.",
        "Ça fait trois fois que je vous écris.",
        "Je ne peux pas me permettre d'attendre indéfiniment.",
        "Mon avenir dépend de votre décision.",
        "Si je n'ai pas ce poste, je vais perdre mon appartement.",
        "J'ai dû emprunter de l'argent pour venir à l'entrevue.",
        "J'espère que vous ne me ferez pas faux bond.",
        "Je me sens complètement ignoré depuis l'entrevue.",
        "Je compte vraiment sur vous, je n'ai plus aucune autre option.",
        "Je vous prie de me dire enfin ce qu'il en est.",
        "Je ne mérite pas d'être traité de cette façon après trois entrevues.",
        "J'ai mis ma vie en pause en attendant votre réponse.",
        "Je m'attends à recevoir une offre d'ici la fin de la semaine.",
        "J'aimerais une réponse rapide, car d'autres employeurs sont intéressés par mon profil.",
        "Il est urgent que vous me répondiez.",
        "Vous m'avez fait perdre mon temps avec cette entrevue.",
        "J'ai fait trois heures de route, j'espère que vous en tiendrez compte.",
        "Je vous en serais infiniment reconnaissant, j'en ai vraiment besoin.",
        "Je ne vois pas pourquoi vous avez choisi quelqu'un d'autre.",
        "Vous me devez au moins une explication.",
        "Je n'accepterai pas un refus sans explication.",
        "J'espère que vous avez conscience du stress que cette attente me cause.",
    ],
)
def test_pressure_blame_and_pleas_without_the_usual_words_are_caught(sentence: str) -> None:
    found = run(f"Bonjour Marie,\n\n{sentence}" + SIGN, kind="follow-up")
    assert any(f.code == "accusatory" for f in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Sans nouvelles de votre part, je me permets de revenir vers vous concernant le poste.",
        "N'ayant pas reçu de réponse à ma candidature, je me permets de vous relancer.",
        (
            "Je me permets de revenir vers vous, car je n'ai pas eu de nouvelles depuis notre"
            " entrevue."
        ),
        "J'ai reporté mon déménagement pour être disponible dès janvier.",
        "Votre équipe m'a traité avec beaucoup de respect.",
        "Je me sens prêt à relever ce défi.",
        "Je dois vous informer que j'ai reçu une autre offre, mais votre poste demeure mon choix.",
        "J'ai fait trois heures de route avec plaisir pour vous rencontrer.",
        "Je serais ravi de recevoir une réponse dès que vous le pourrez.",
        "Je comprends que le processus puisse prendre du temps.",
    ],
)
def test_the_usual_polite_follow_up_formulas_are_no_error(sentence: str) -> None:
    found = run(f"Bonjour Marie,\n\n{sentence}" + SIGN, kind="follow-up")
    assert [f for f in found if f.severity == "error"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci pour la jasette de mardi.",
        "C'était malade comme rencontre, vraiment hot.",
        "Ça me tente vraiment de travailler avec votre gang.",
        "Merci, bonne soirée et à tantôt!",
        "Je voulais juste checker si vous aviez pris une décision.",
        "J'ai booké une autre entrevue pour jeudi.",
    ],
)
def test_canadian_familiar_words_and_anglicisms_are_informal(sentence: str) -> None:
    assert "informal" in [f.code for f in run(f"Bonjour Marie,\n\n{sentence}" + SIGN)]


def test_a_missing_accent_is_not_taken_for_an_anglicism() -> None:
    found = run("Bonjour Marie,\n\nMerci de m'avoir permis de vous presenter mon parcours." + SIGN)
    assert [f.code for f in found] == ["spelling"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je suis très intéressé par le poste de ***.",
        "Je vous remercie pour l'entrevue du ... et pour votre accueil.",
        "J'ai beaucoup aimé discuter avec Madame … de votre équipe.",
    ],
)
def test_stars_and_dots_left_for_a_word_are_a_blank(sentence: str) -> None:
    assert "placeholder" in [f.code for f in run(f"Bonjour Marie,\n\n{sentence}" + SIGN)]


def test_an_ellipsis_that_trails_off_is_no_blank() -> None:
    text = "Bonjour Marie,\n\nJ'ai tellement appris... Merci encore pour tout." + SIGN
    assert "placeholder" not in [f.code for f in run(text)]


def test_a_name_without_its_accents_in_the_body_is_pointed_out() -> None:
    text = "Bonjour Marie,\n\nJe transmettrai mes références à Monsieur Gagnon et à Helene." + SIGN
    found = run(text, others=("Jean Gagnon", "Hélène Côté"))
    assert [(f.code, f.suggestions) for f in found] == [("name-accent", ("Hélène",))]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Marie,\n\nMerci pour l'entrevue de lundi.\n\nCordialement,\nPrénom Nom",
        "Bonjour Madame/Monsieur,\n\nMerci pour l'entrevue de lundi." + SIGN,
        "Bonjour Marie,\n\nMerci pour l'entrevue de lundi chez l'entreprise X." + SIGN,
    ],
)
def test_a_template_s_own_words_for_a_blank_are_a_blank(text: str) -> None:
    assert "placeholder" in [f.code for f in run(text)]


def test_madame_monsieur_and_a_name_with_an_x_are_no_blank() -> None:
    text = (
        "Madame, Monsieur,\n\nMerci pour l'entrevue. Je suis prête à travailler chez Xerox." + SIGN
    )
    assert [f for f in run(text) if f.code == "placeholder"] == []


@pytest.mark.parametrize(
    ("sentence", "fix"),
    [
        ("Malgré mon age, je suis motivée.", "âge"),
        ("Je suis prête à mettre mes autres projets de cote.", "côté"),
        ("Le marche du travail est difficile dans la région.", "marché"),
        ("J'ai travaillé en foret pendant dix ans.", "forêt"),
    ],
)
def test_a_word_the_dictionary_knows_but_that_wants_its_accent_here(
    sentence: str, fix: str
) -> None:
    found = run(f"Bonjour Marie,\n\n{sentence}" + SIGN)
    assert [(f.code, f.suggestions[:1]) for f in found] == [("spelling", (fix,))]


def test_a_credit_rating_and_a_walk_keep_their_spelling() -> None:
    text = "Bonjour Marie,\n\nMa cote de crédit est bonne et la marche ne me fait pas peur." + SIGN
    assert run(text) == []


def test_an_ordinal_number_is_no_misspelling() -> None:
    text = "Bonjour Marie,\n\nJe pourrai commencer le 1er février, après ma 2e formation." + SIGN
    assert run(text) == []


def test_another_employer_named_by_its_end_is_caught_but_not_by_a_place_in_its_name() -> None:
    context = CheckContext(
        kind="thank-you",
        recipients=("Marie Tremblay",),
        company="Centre de santé communautaire",
        other_companies=("Caisse populaire Desjardins", "Rona Orléans"),
        sender="Julie Roy",
        lang="fr",
    )
    brand = "Bonjour Marie,\n\nMerci pour l'entrevue. J'ai travaillé chez Desjardins." + SIGN
    place = "Bonjour Marie,\n\nMerci pour l'entrevue. J'habite à Orléans depuis 2019." + SIGN
    assert [f.text for f in check(brand, context) if f.code == "wrong-company"] == ["Desjardins"]
    assert [f for f in check(place, context) if f.code == "wrong-company"] == []


def test_thanks_only_for_time_and_the_opportunity_is_a_warning_to_say_why() -> None:
    text = (
        "Madame Tremblay,\n\nJe vous remercie sincèrement pour votre temps et pour l'occasion "
        "de vous rencontrer." + SIGN
    )
    found = [(f.code, f.severity, f.text) for f in run(text, kind="thank-you")]
    assert found == [("thanks-reason", "warning", "remercie")]


def test_thanks_that_name_what_was_talked_about_get_no_warning() -> None:
    text = (
        "Madame Tremblay,\n\nJe vous remercie pour votre temps et pour la visite du nouveau "
        "laboratoire." + SIGN
    )
    assert [f.code for f in run(text, kind="thank-you")] == []


def _codes(text: str, **fields: object) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in run(f"Bonjour Marie,\n\n{text}" + SIGN, **fields)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je compte sur une réponse favorable de votre part.",
        "Je m'attends à ce que vous me fassiez une offre.",
        "Il faut vraiment que je sache avant jeudi si le poste m'est offert.",
        "Je vous demande de me faire savoir sous 24 heures si je suis retenue.",
        "Comme je vous l'ai pourtant précisé au téléphone, je parle trois langues.",
        "Je remarque que personne ne m'a encore donné de nouvelles.",
        "Vous avez retenu une candidate bien moins expérimentée que moi.",
        "C'est votre choix, mais la personne retenue fera l'affaire, ce dont je doute.",
        "Je ne sais plus vers qui me tourner depuis la fermeture de l'usine.",
    ],
)
def test_pressure_and_reproach_in_new_words_are_errors(sentence: str) -> None:
    assert ("accusatory", "error") in _codes(sentence, kind="follow-up")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dans la mesure du possible, j'aimerais connaître votre décision d'ici le 15, car une "
        "autre proposition m'attend.",
        "Merci de m'avoir indiqué que vous me répondriez d'ici le 15.",
        "Comme je vous l'ai mentionné à l'entrevue, je parle trois langues.",
        "Je note que vous n'exigez pas de permis de conduire.",
        "J'ai une autre offre et je dois y répondre avant vendredi.",
        "Il est essentiel que je connaisse bien vos outils avant de commencer.",
        "Vous m'aviez dit que vous communiqueriez avec moi vers le 10; je me permets de vous "
        "écrire.",
    ],
)
def test_a_polite_request_or_a_plain_fact_is_no_error(sentence: str) -> None:
    assert ("accusatory", "error") not in _codes(sentence, kind="follow-up")


def test_a_message_taken_for_lost_is_a_warning() -> None:
    found = _codes("Ma candidature semble être passée inaperçue.", kind="follow-up")
    assert found == [("accusatory", "warning")]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Bonjour Marie,\n\nMerci pour la visite du laboratoire.\n\nCheers,\nJulie", "Cheers"),
        ("Bonjour Marie,\n\nLa visite du laboratoire était chouette." + SIGN, "chouette"),
        ("Bonjour Marie,\n\nMerci de m'avoir présenté l'équipe, merci pour tout là!" + SIGN, "là"),
    ],
)
def test_chat_words_and_a_spoken_là_are_familiar(text: str, flagged: str) -> None:
    assert [(f.code, f.text) for f in run(text)] == [("informal", flagged)]


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("Je serais heureuse de me joindre à L'ENTREPRISE.", "L'ENTREPRISE"),
        ("Merci pour l'entrevue pour le poste de (titre du poste).", "(titre du poste)"),
    ],
)
def test_more_blanks_left_from_a_template_are_errors(sentence: str, blank: str) -> None:
    found = run(f"Bonjour Marie,\n\n{sentence}" + SIGN)
    assert [(f.code, f.text) for f in found if f.severity == "error"] == [("placeholder", blank)]


def test_a_sentence_above_the_closing_is_no_empty_note() -> None:
    text = (
        "Bonjour Marie,\n\nDans l'attente de votre réponse, je vous souhaite une belle fin de "
        "semaine." + SIGN
    )
    assert "empty" not in [f.code for f in run(text, kind="follow-up")]


def test_a_thank_you_that_never_thanks_is_a_warning() -> None:
    text = "Bonjour Marie,\n\nJ'ai aimé découvrir le nouveau laboratoire avec vous." + SIGN
    found = [(f.code, f.severity, f.text) for f in run(text, kind="thank-you")]
    assert found == [("thanks-reason", "warning", text.split("\n\n")[1])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mille mercis pour la visite du laboratoire.",
        "Je vous sais gré de la visite du laboratoire.",
    ],
)
def test_thanks_in_other_words_are_thanks(sentence: str) -> None:
    found = run(f"Bonjour Marie,\n\n{sentence}" + SIGN, kind="thank-you")
    assert "thanks-reason" not in [f.code for f in found]


def test_thanks_for_the_welcome_and_a_rich_exchange_only_say_nothing_specific() -> None:
    text = "Bonjour Marie,\n\nMerci pour votre accueil et pour cet échange enrichissant." + SIGN
    found = [(f.code, dict(f.params).get("why")) for f in run(text, kind="thank-you")]
    assert found == [("thanks-reason", "only-stock-thanks")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je vous saurais gré de me tenir informée avant jeudi.",
        "Faites-moi connaître votre décision sans tarder.",
        "Vous ne le regretterez pas, je vous le garantis.",
        "Vous venez de laisser filer une excellente recrue.",
        "Je ne comprends pas votre décision et je la trouve injuste.",
        "Cet emploi serait vital pour ma famille.",
        "Je n'ai presque pas dormi depuis l'entrevue.",
    ],
)
def test_who_asks_whom_for_what_and_by_when_is_read_whatever_the_words(sentence: str) -> None:
    assert ("accusatory", "error") in _codes(sentence, kind="follow-up")


@pytest.mark.parametrize(
    "sentence",
    [
        "Pourriez-vous me dire si la formation commence lundi ou mardi?",
        "Pouvez-vous me confirmer l'adresse de l'entrevue de jeudi?",
        "Je vous écris encore une fois pour vous remercier de votre accueil.",
        "Si un poste s'ouvre, pensez à moi.",
        "Je suis étonnée que vous ayez pu rénover la salle en si peu de temps.",
    ],
)
def test_a_day_asked_about_or_a_kind_word_is_no_pressure(sentence: str) -> None:
    assert ("accusatory", "error") not in _codes(sentence, kind="follow-up")


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("Merci de m'avoir reçue chez nom de l'entreprise.", "nom de l'entreprise"),
        ("Merci pour l'entrevue pour le poste de **titre du poste**.", "**titre du poste**"),
    ],
)
def test_a_blank_written_out_or_in_bold_is_an_error(sentence: str, blank: str) -> None:
    found = run(f"Bonjour Marie,\n\n{sentence}" + SIGN)
    assert [(f.code, f.text) for f in found if f.severity == "error"] == [("placeholder", blank)]


def test_the_name_of_the_company_in_a_sentence_is_no_blank() -> None:
    text = "Bonjour Marie,\n\nLe nom de l'entreprise m'a toujours inspirée." + SIGN
    assert "placeholder" not in [f.code for f in run(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sans réponse de votre part, je m'adresserai directement à la direction.",
        "Pourriez-vous hâter un peu les démarches?",
        "Je suis prêt à faire n'importe quoi pour ce poste.",
        "Notre situation familiale devient intenable.",
        "Votre façon de faire m'a franchement vexée.",
        "Je vous ai déjà transmis mon relevé de notes à trois reprises.",
        "Tant pis pour vous.",
        "Je ne recommanderai jamais votre organisme.",
    ],
)
def test_an_ultimatum_a_plea_or_a_snub_is_an_error(sentence: str) -> None:
    assert ("accusatory", "error") in _codes(sentence, kind="rejection-reply")


@pytest.mark.parametrize(
    "sentence",
    [
        "La route était longue, mais la visite en valait la peine.",
        "Sans nouvelles de votre part depuis l'entrevue; je me permets donc de vous écrire.",
        "J'aimerais avoir vos commentaires sur mon portfolio, si vous avez un moment.",
    ],
)
def test_a_compliment_or_a_polite_relance_is_no_error(sentence: str) -> None:
    assert ("accusatory", "error") not in _codes(sentence, kind="follow-up")


@pytest.mark.parametrize(
    "sentence",
    [
        "Après deux entrevues, tout ça pour recevoir une lettre type.",
        "Qu'est-ce qu'on a bien pu me reprocher?",
        "Au risque de vous le répéter, je suis libre dès lundi.",
    ],
)
def test_sarcasm_after_a_refusal_is_an_error(sentence: str) -> None:
    assert ("accusatory", "error") in _codes(sentence, kind="rejection-reply")


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai bien reçu le message automatique qui confirme ma candidature.",
        "Je voudrais bien savoir comment votre équipe planifie les horaires d'été.",
        "Cela fait deux semaines que nous nous sommes rencontrés, et j'ai repensé à vos conseils.",
    ],
)
def test_a_plain_account_or_genuine_interest_is_no_reproach(sentence: str) -> None:
    assert [c for c in _codes(sentence, kind="follow-up") if c[0] == "accusatory"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Je suis encore au chômage, grâce à vous.", True),
        ("J'ai beaucoup appris grâce à vous.", False),
        ("Bien que j'aie dû patienter une heure, l'entrevue s'est bien passée.", True),
        ("J'ai patienté quelques minutes à l'accueil en lisant votre brochure.", False),
    ],
)
def test_blame_is_told_from_thanks_by_what_surrounds_it(sentence: str, expected: bool) -> None:
    assert (("accusatory", "error") in _codes(sentence, kind="thank-you")) is expected


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Merci ma chère pour la visite.", "Merci ma chère"),
        ("Merci pour la visite du laboratoire, je vous embrasse.", "je vous embrasse"),
    ],
)
def test_terms_of_endearment_are_familiar(sentence: str, flagged: str) -> None:
    assert [(f.code, f.text) for f in run(f"Bonjour Marie,\n\n{sentence}" + SIGN)] == [
        ("informal", flagged)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Merci à l'avance pour votre retour rapide.", True),
        ("N'oubliez pas de me donner des nouvelles.", True),
        ("Merci pour votre retour rapide et vos conseils.", False),
    ],
)
def test_an_answer_expected_fast_is_pressure_but_a_fast_answer_thanked_is_not(
    sentence: str, expected: bool
) -> None:
    assert (("accusatory", "error") in _codes(sentence, kind="follow-up")) is expected
