"""One word alone in capitals: a blank from a template ("about TOPIC", "the MANAGER role",
"votre ÉQUIPE"), or an acronym, a product, emphasis or a label, which are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import CheckContext, Finding
from followup.lib.checker.content import french_caps_blank_spans
from followup.lib.checker.text import Note as Text

pytestmark = pytest.mark.textonly

Run = Callable[..., list[Finding]]
Note = Callable[..., str]


def blanks(findings: list[Finding]) -> list[str]:
    return [f.text for f in findings if f.code == "placeholder"]


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("I keep thinking about our talk on SUBJECT.", "SUBJECT"),
        ("I would bring my SKILLS to the clinic.", "SKILLS"),
        ("Please email me at EMAIL with any question.", "EMAIL"),
        ("I was glad to hear about the INDUSTRY trends.", "INDUSTRY"),
        ("Thank you for considering me for the TECHNICIAN opening.", "TECHNICIAN"),
        ("I would love to grow in the ANALYST position.", "ANALYST"),
        ("It was exciting to hear about the PRODUCT you are launching.", "PRODUCT"),
        ("I am free on DAY, if that suits you.", "DAY"),
        ("I will pass my notes on to SUPERVISOR, as you asked.", "SUPERVISOR"),
    ],
)
def test_a_slot_word_alone_in_capitals_is_a_blank(
    run: Run, note: Note, sentence: str, blank: str
) -> None:
    text = note(body="Thank you for showing me the triage desk. " + sentence)
    assert blanks(run(text)) == [blank]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am REALLY excited and would be a GREAT fit.",
        "This is my DREAM job, and the PERFECT role for me.",
        "I will always be on TIME, and the TEAM spirit was obvious.",
        "I finished my LPN diploma and my NCLEX, and I know AODA well.",
        "I used SAP, JIRA and MS Project, and I can start ASAP. OK?",
        "I hold my PPE ticket and worked at the CNIB for a year.",
        "I completed COMP 1405 and live near Kingston, ON K7L 3N6.",
        "THANK YOU SO MUCH FOR YOUR TIME AND FOR THE TOUR.",
    ],
)
def test_capitals_that_are_not_a_blank(run: Run, note: Note, sentence: str) -> None:
    text = note(body="Thank you for showing me the triage desk. " + sentence)
    assert blanks(run(text)) == []


def test_a_label_in_a_signature_is_not_a_blank(run: Run, note: Note) -> None:
    closing = "Best regards,\nSam Patel\nPHONE: 613-555-0100\nEMAIL: sam@example.ca"
    assert blanks(run(note(closing=closing))) == []


def test_a_slot_word_that_is_a_name_on_the_record_is_not_a_blank(run: Run, note: Note) -> None:
    text = note(body="Thank you for the tour. I would be proud to join PROJECT.")
    assert blanks(run(text, company="PROJECT")) == []


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("Je serais ravie de rejoindre votre ÉQUIPE et de contribuer.", "ÉQUIPE"),
        ("Merci pour l'entrevue pour le poste de COORDONNATEUR.", "COORDONNATEUR"),
        ("Merci de m'avoir parlé du DOMAINE en pleine croissance.", "DOMAINE"),
        ("J'ai aimé découvrir le PROJET dont vous m'avez parlé.", "PROJET"),
    ],
)
def test_a_french_slot_word_alone_in_capitals_is_a_blank(sentence: str, blank: str) -> None:
    spans = french_caps_blank_spans(Text(sentence), CheckContext(lang="fr"))
    assert [sentence[start:end] for start, end in spans] == [blank]


@pytest.mark.parametrize(
    "sentence",
    [
        "Je suis TRÈS motivée par ce poste.",
        "J'ai suivi la formation SIMDUT et le cours RCR avec la CNESST.",
        "MERCI POUR VOTRE TEMPS ET VOTRE ÉQUIPE.",
        "COURRIEL : marie@exemple.ca",
        "Le poste de PAB au CHSLD me plaît beaucoup.",
    ],
)
def test_french_capitals_that_are_not_a_blank(sentence: str) -> None:
    assert french_caps_blank_spans(Text(sentence), CheckContext(lang="fr")) == []


@pytest.mark.parametrize(
    ("greeting", "blank"),
    [("Hi CONTACT,", "CONTACT"), ("Dear MANAGER,", "MANAGER"), ("Hello PERSON,", "PERSON")],
)
def test_a_slot_word_where_the_name_goes_is_a_blank(
    run: Run, note: Note, greeting: str, blank: str
) -> None:
    assert blanks(run(note(greeting=greeting))) == [blank]


@pytest.mark.parametrize(
    "greeting", ["Hi TEAM,", "Hi MARK,", "Dear Ms. SMITH,", "Dear Mr. ARCHER,", "Hi ROBIN,"]
)
def test_a_name_or_a_group_in_capitals_in_the_greeting_is_not_a_blank(
    run: Run, note: Note, greeting: str
) -> None:
    assert blanks(run(note(greeting=greeting))) == []


def test_a_french_surname_in_capitals_after_a_title_is_not_a_blank() -> None:
    for text in ("Bonjour M. MERCIER,", "Bonjour Mme BOULANGER,", "Bonjour ÉQUIPE,"):
        assert french_caps_blank_spans(Text(text), CheckContext(lang="fr")) == []
    spans = french_caps_blank_spans(Text("Bonjour GESTIONNAIRE,"), CheckContext(lang="fr"))
    assert spans == [(8, 20)]


def test_a_french_note_with_a_word_alone_in_capitals_gets_a_blank_error() -> None:
    from followup.lib.checker import check

    text = (
        "Madame Roy,\n\nMerci de m'avoir parlé du PROJET dont votre équipe est fière. "
        "J'ai suivi la formation SIMDUT l'an dernier.\n\nCordialement,\nMarie Caron"
    )
    found = check(text, CheckContext(lang="fr", recipients=("Julie Roy",), sender="Marie Caron"))
    assert [(f.code, f.severity, f.text) for f in found if f.code == "placeholder"] == [
        ("placeholder", "error", "PROJET")
    ]
