"""French drafts, as a francophone job seeker reads them: every kind, tone and role, with notes
typed in French, in English or awkwardly — never an English word or a broken sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from followup.lib.checker import CheckContext, check
from followup.lib.checker.language import detect
from followup.lib.checker.spelling_fr import is_french_word
from followup.lib.drafting import OFFER_VARIANTS, TONES, DraftContext, draft, template_problems
from followup.lib.drafting.french import (
    action_phrase,
    day_phrase,
    formal_name,
    topic_phrase,
    with_de,
)
from followup.lib.records import ADMIN_STAFF, INTERVIEWER, LINKEDIN_CHARACTERS, WORD_LIMITS

MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)

MARIE = DraftContext(
    kind="thank-you",
    recipient_name="Mme Marie Tremblay",
    company="Alterna",
    role="Adjointe administrative",
    interview_on=MONDAY,
    written_on=TUESDAY,
    topic="Nous avons parlé du nouveau système de planification.",
    forgot="J'ai oublié de mentionner mon certificat de secourisme",
    value="Cinq ans d'expérience à l'accueil d'une clinique",
    went_well="Mon exemple sur le classement des dossiers",
    sender_name="Julie Roy",
    sender_phone="613-555-0101",
    sender_email="julie.roy@example.ca",
    lang="fr",
)
# Notes the drafts must not paste into a French sentence as they are.
AWKWARD: dict[str, dict[str, Any]] = {
    "english": dict(
        topic="We talked about the new scheduling system.",
        forgot="I forgot to mention my first-aid certificate",
        value="Five years of front-desk work",
        went_well="my example about the filing system",
    ),
    "clauses": dict(
        topic="L'équipe est en croissance et elle cherche quelqu'un.",
        forgot="Est-ce que je dois rappeler?",
        value="",
        went_well="Ça s'est bien passé",
    ),
    "capitals-and-blanks": dict(
        topic="LE NOUVEAU SYSTÈME; XXX",
        forgot="TODO",
        value="[à compléter] XXX",
        went_well="",
    ),
    "mixed": dict(
        topic="le scheduling system",
        forgot="mon first aid",
        value="the best team player",
        went_well="mon exemple about filing",
    ),
    "empty": dict(topic="", forgot="", value="", went_well=""),
    "what-they-did": dict(
        topic="Elle m'a montré la salle d'attente et m'a offert un verre d'eau",
        forgot="",
        value="",
        went_well="",
    ),
    "what-they-did-and-said": dict(
        topic="il a imprimé mon horaire et il m'a dit que l'équipe était gentille",
        forgot="",
        value="",
        went_well="",
    ),
}
ENGLISH_WORDS = frozenset(
    {"the", "and", "of", "to", "my", "our", "your", "with", "for", "about", "thank", "thanks"}
    | {"dear", "hi", "hello", "regards", "sincerely", "interview", "position", "team"}
)
# What a person may bring into a French draft as it is: names, the role, the company.
MATERIAL_WORDS = {"Marie", "Tremblay", "Alterna", "Adjointe", "administrative", "Julie", "Roy"}


def every_template(base: DraftContext) -> list[DraftContext]:
    contexts = [
        replace(base, kind=kind, recipient_role=role)
        for kind in ("thank-you", "admin-thank-you", "rejection-reply", "keep-in-touch")
        for role in (INTERVIEWER, ADMIN_STAFF)
    ]
    roles = (INTERVIEWER, ADMIN_STAFF)
    contexts += [replace(base, kind="linkedin", recipient_role=role) for role in roles]
    contexts += [replace(base, kind="follow-up", sequence=n) for n in (1, 2, 3)]
    contexts += [replace(base, kind="offer-reply", variant=v) for v in OFFER_VARIANTS]
    return contexts


def checker_context(context: DraftContext) -> CheckContext:
    return CheckContext(
        kind=context.kind,
        recipients=("Marie Tremblay",),
        company=context.company,
        role=context.role,
        sender=context.sender_name,
        sequence=context.sequence,
        lang="fr",
    )


def words_not_french(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)
    return [
        word
        for word in words
        if word not in MATERIAL_WORDS
        and (
            word.lower() in ENGLISH_WORDS
            or not (is_french_word(word.lower()) or is_french_word(word))
        )
    ]


def test_every_french_template_is_well_formed() -> None:
    assert template_problems() == []


@pytest.mark.parametrize("notes", sorted(AWKWARD))
@pytest.mark.parametrize("tone", TONES)
def test_french_drafts_have_no_english_and_no_fragment(tone: str, notes: str) -> None:
    for context in every_template(replace(MARIE, **AWKWARD[notes])):
        result = draft(context, tone)
        body = result.body.split("\nJulie Roy")[0]  # the signature is the user's own
        text = f"{result.subject}\n{body}"
        where = f"{context.kind} {context.sequence} {context.variant} {tone} {notes}"
        assert words_not_french(text) == [], where
        assert not re.search(r"[{}\[\]]|XXX|TODO| [.,]|\.\.|: \.|  ", text), where
        for paragraph in body.split("\n\n"):
            assert paragraph.rstrip()[-1:] in ".?,!" or paragraph == "Julie", where
        assert detect(text) == "fr", where
        checked = check(result.as_text(), checker_context(context))
        assert [f.text for f in checked if f.severity == "error"] == [], where
        if context.kind == "linkedin":
            assert len(result.body) <= LINKEDIN_CHARACTERS
        else:
            assert len(result.body.split()) <= WORD_LIMITS[context.kind]


def test_french_notes_become_part_of_the_french_draft() -> None:
    result = draft(MARIE, "warm")
    assert "notre conversation sur le nouveau système de planification" in result.body
    assert ": mon certificat de secourisme." in result.body
    assert "mon exemple sur le classement des dossiers vous a donné" in result.body
    assert "hier" in result.body
    assert result.body.startswith("Bonjour Marie,")
    assert "Au plaisir," in result.body or "Bien cordialement," in result.body


@pytest.mark.parametrize("tone", TONES)
def test_the_admin_thank_you_says_what_they_did(tone: str) -> None:
    lucie = replace(
        MARIE,
        kind="admin-thank-you",
        recipient_role=ADMIN_STAFF,
        topic="Elle s'est occupée de mon laissez-passer et m'a accompagné jusqu'au bureau",
    )
    wordings = {draft(replace(lucie, variety=n), tone).body for n in range(4)}
    said = "de vous être occupée de mon laissez-passer et de m'avoir accompagné jusqu'au bureau"
    assert all(said in body for body in wordings), wordings


@pytest.mark.parametrize("tone", TONES)
def test_the_linkedin_note_to_admin_staff_says_what_they_did_when_it_fits(tone: str) -> None:
    note = replace(
        MARIE, kind="linkedin", recipient_role=ADMIN_STAFF, topic="elle m'a prêté un parapluie"
    )
    body = draft(note, tone).body
    assert "de m'avoir prêté un parapluie" in body
    assert len(body) <= LINKEDIN_CHARACTERS


@pytest.mark.parametrize(
    ("note", "after_merci"),
    [
        ("elle m'a fait visiter la cuisine", "de m'avoir fait visiter la cuisine"),
        ("Il a appelé un taxi pour moi", "d'avoir appelé un taxi pour moi"),
        ("elle est descendue m'accueillir", "d'être descendue m'accueillir"),
        ("elle nous a présenté l'équipe", "de nous avoir présenté l'équipe"),
        # Not a thing they did in the past: the plainer line is used.
        ("elle a une belle voix", ""),
        ("la visite de la cuisine", ""),
        ("she showed me the kitchen", ""),
        ("elle m'a dit que je suis prêt", ""),
        (
            "il a réservé la salle et a imprimé mon horaire",
            "d'avoir réservé la salle et imprimé mon horaire",
        ),
    ],
)
def test_what_a_person_did_follows_merci(note: str, after_merci: str) -> None:
    assert action_phrase(note) == after_merci


def test_english_notes_leave_the_plainer_french_line() -> None:
    result = draft(replace(MARIE, **AWKWARD["english"]), "warm")
    assert "scheduling" not in result.body and "first-aid" not in result.body
    assert "Notre conversation m'a donné une image plus claire" in result.body or (
        "Notre échange m'a permis" in result.body
    )


def test_formal_tone_uses_madame_or_monsieur_with_the_surname_only_when_known() -> None:
    assert draft(MARIE, "formal").body.startswith("Madame Tremblay,")
    assert "Veuillez agréer, Madame, l'expression de mes salutations distinguées." in (
        draft(MARIE, "formal").body
    )
    jean = replace(MARIE, recipient_name="Jean Gagnon", salutation="Mr.")
    assert draft(jean, "formal").body.startswith("Monsieur Gagnon,")
    unknown = replace(MARIE, recipient_name="Sam Gagnon", salutation="")
    body = draft(unknown, "formal").body
    assert body.startswith("Bonjour Sam Gagnon,")
    assert "Veuillez agréer, Madame, Monsieur," in body
    assert draft(replace(MARIE, recipient_name=""), "formal").body.startswith("Madame, Monsieur,")


def test_brief_tone_closes_cordialement_and_warm_au_plaisir() -> None:
    assert "\nCordialement,\n" in draft(replace(MARIE, variety=0), "brief").body
    assert "\nAu plaisir,\n" in draft(replace(MARIE, variety=0), "warm").body


def test_two_people_at_one_interview_get_different_wordings() -> None:
    first = draft(replace(MARIE, variety=0), "warm").body
    second = draft(replace(MARIE, variety=1), "warm").body
    assert first != second


def test_french_day_names() -> None:
    assert day_phrase(TUESDAY, TUESDAY) == "aujourd'hui"
    assert day_phrase(MONDAY, TUESDAY) == "hier"
    assert day_phrase(date(2026, 11, 26), TUESDAY) == "jeudi"
    assert day_phrase(date(2026, 11, 1), TUESDAY) == "le 1er novembre"
    assert day_phrase(date(2025, 12, 15), TUESDAY) == "le 15 décembre 2025"
    assert day_phrase(None, TUESDAY) == "récemment"


def test_de_is_elided_before_a_vowel() -> None:
    assert with_de("Adjointe administrative") == "d'Adjointe administrative"
    assert with_de("Coordonnatrice") == "de Coordonnatrice"
    assert with_de("Hydro One") == "de Hydro One"


def test_courtesy_comes_from_the_record_never_a_guess() -> None:
    assert formal_name("M. Jean Gagnon", "") == "Monsieur Gagnon"
    assert formal_name("Marie Tremblay", "Ms.") == "Madame Tremblay"
    assert formal_name("Marie Tremblay", "") == ""
    assert formal_name("Sam Lee", "Dr.") == ""


@pytest.mark.parametrize(
    ("note", "phrase"),
    [
        ("On a discuté des défis du service à la clientèle", "les défis du service à la clientèle"),
        ("Les horaires de la clinique.", "les horaires de la clinique"),
        ("la formation de l'équipe", "la formation de l'équipe"),
        ("the new scheduling system", ""),
        ("le scheduling system", ""),
        ("L'équipe est en croissance", ""),
        ("budgets et horaires", ""),
        ("Quel est l'horaire?", ""),
    ],
)
def test_a_topic_goes_into_a_french_sentence_only_as_a_french_noun_phrase(
    note: str, phrase: str
) -> None:
    assert topic_phrase(note) == phrase


def test_an_english_draft_is_unchanged_by_the_language_field() -> None:
    english = replace(MARIE, recipient_name="Marie Tremblay", lang="en")
    assert draft(english, "warm").body.startswith("Hi Marie,")
    with pytest.raises(ValueError, match="language"):
        draft(replace(MARIE, lang="de"), "warm")
