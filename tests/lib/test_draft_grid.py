"""Every draft reads as if a person wrote it, whatever the user typed about the person.

A grid of every kind of note × every tone × every way a person takes part × awkward notes (a noun
phrase, a sentence, one starting with "she", a list, nothing, a paragraph, capitals, stray
punctuation, French names): each draft passes the note checker without an error and has no
fragment left by pasting a note where it does not fit."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from followup.lib import records as r
from followup.lib.checker import CheckContext, check
from followup.lib.drafting import OFFER_VARIANTS, TONES, DraftContext, draft
from followup.lib.drafting.wording import courtesy_title, family_name

MET = date(2026, 3, 3)
NEXT_DAY = date(2026, 3, 4)
ROLES = (r.INTERVIEWER, r.PANEL, r.HR, r.RECRUITER, r.ADMIN_STAFF)

# (what was talked about / what they did, what went well, what was forgotten)
NOTES: dict[str, tuple[str, str, str]] = {
    "noun phrase": ("the new patient portal", "my answer on budgets", "my forklift licence"),
    "sentence": (
        "We discussed how the clinic books its evening shifts.",
        "The panel liked my scheduling example.",
        "I volunteered at the food bank for three years.",
    ),
    "pronoun clause": (
        "she arranged the parking pass and showed me in",
        "they laughed at my story about the snowstorm",
        "she asked about my French",
    ),
    "they clause": (
        "They walked me through the budget, then introduced me to their team.",
        "I think it went fine",
        "we never got to my first-aid training",
    ),
    "he clause, cut short": (
        "he gave me a tour and I met the night staff",
        "he seemed impressed",
        "he did not ask about references",
    ),
    "list": (
        "budgets, scheduling; the new CRM",
        "- my Excel skills\n- my calm on the phone",
        "first aid; forklift",
    ),
    "bullets": ("- intake\n- wait times\n- the volunteer program", "", ""),
    "empty": ("", "", ""),
    "very long": (
        "how the team moved its whole intake process online during the pandemic and what they"
        " learned about keeping clients informed while wait times grew longer every month and"
        " how the new staff were trained to answer the phones in both languages",
        "my long answer about the time I reorganized the whole filing system at the clinic over"
        " a summer while also covering the front desk and training two new summer students",
        "I forgot to mention that I volunteered for six years at the Belleville food bank"
        " coordinating more than forty volunteers across three shifts every single week",
    ),
    "trailing punctuation": ("the Kingston office!!!", "my references...", "my G license;,"),
    "all caps": ("THE NEW SCHEDULING SYSTEM", "MY EXAMPLE ABOUT THE FILING SYSTEM", "MY CPR"),
    "the recruiter clause": ("the recruiter is leaving next month", "", ""),
    "we and I clauses": (
        "we both grew up in Trenton",
        "I kept my answers short",
        "I did not bring up my bookkeeping course",
    ),
    "questions": ("What does a typical day look like?", "Did they like me?", "how do I apply?"),
    "quoted": ('"the hub" model', '"my filing system" story', 'the "Lean" training'),
}

# (name, job title): a courtesy title is known for some, a French or accented name for others.
PEOPLE = (
    ("Margaret O'Neill", "Dr."),
    ("Ms. Siobhan O'Connor", "Office Manager"),
    ("Marie-Ève Tremblay", "Coordonnatrice des programmes"),
    ("François Côté", "Professor of Nursing"),
    ("Zoë Lefebvre", ""),
)


def template_contexts() -> list[DraftContext]:
    """One context per template file: every kind, follow-up in the chain and offer reply."""
    base = DraftContext("thank-you", "", "", "")
    kinds = [k for k in r.NOTE_KINDS if k not in (r.FOLLOW_UP, r.OFFER_REPLY)]
    contexts = [replace(base, kind=kind) for kind in kinds]
    contexts += [replace(base, kind=r.FOLLOW_UP, sequence=n) for n in (1, 2, 3)]
    contexts += [replace(base, kind=r.OFFER_REPLY, variant=v) for v in OFFER_VARIANTS]
    return contexts


def filled(template: DraftContext, role: str, notes: str, person: int) -> DraftContext:
    name, title = PEOPLE[person % len(PEOPLE)]
    topic, went_well, forgot = NOTES[notes]
    return replace(
        template,
        recipient_name=name,
        recipient_title=title,
        salutation=courtesy_title(name, title),
        recipient_role=role,
        company="Centre Hastings Family Health Team",
        role="Client Services Representative",
        interview_on=MET,
        written_on=NEXT_DAY,
        topic=topic,
        went_well=went_well,
        forgot=forgot,
        sender_name="Aroha Ngata-Smith",
        sender_email="aroha@example.com",
        sender_phone="613-555-0199",
        variety=person,
    )


def checker_context(context: DraftContext) -> CheckContext:
    return CheckContext(
        kind=context.kind,
        recipients=(context.recipient_name,),
        others=("Wei Chen",),
        company=context.company,
        role=context.role,
        sender=context.sender_name,
        today=context.written_on,
        met_on=context.interview_on,
        sequence=context.sequence,
    )


_NOT_AFTER_A_PREPOSITION = r"(?:she|he|they|I|we|it's|she's|he's|they're)"
_ENDS_NOTHING = r"(?:about|of|for|with|and|or|but|the|a|an|to|my|your|our|their|her|his|that)"
FRAGMENTS = {
    "pronoun after a preposition": re.compile(
        rf"\b(?:about|of|for|with|regarding|on)\s+{_NOT_AFTER_A_PREPOSITION}\b", re.IGNORECASE
    ),
    "doubled punctuation": re.compile(r"[.,;:!?]\s*[.,;:]|[!?]{2,}"),
    "space before punctuation": re.compile(r"\s[.,;:!?]"),
    "dangling word before punctuation": re.compile(rf"\b{_ENDS_NOTHING}\s*[.,;:!?]"),
    "sentence starting in lower case": re.compile(r"[.!?]\s+[a-z]"),
    "a word twice": re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE),
    "words in capitals": re.compile(r"\b[A-Z]{4,}\s+[A-Z]{4,}\b"),
    "a note's bullet": re.compile(r"(?:^|\s)[-*•]\s"),
    "empty brackets or a blank": re.compile(r"\(\s*\)|[{}\[\]]|\s{2,}(?=\S)(?<!\n)"),
    "a question written as a statement": re.compile(
        r"\b(?:what|how|why|where|when|who)\s+(?:do|does|did|can|could|would|should|will)\s"
        r"|(?:^|[.:;]\s+)(?:do|does|did|can|could|would|is|are)\s+"
        r"(?:I|you|they|we|he|she|it|the)\b[^?]*\.",
        re.IGNORECASE,
    ),
    "a third person thanked in the second": re.compile(
        r"\b(?:you|for)\s+(?:she|he|they)\s+\w+ed\b", re.IGNORECASE
    ),
}


def fragments(text: str) -> list[str]:
    """Every place a draft reads as pasted rather than written, by the rule it breaks."""
    found = []
    for rule, pattern in FRAGMENTS.items():
        for line in text.splitlines():
            match = pattern.search(line)
            if match:
                found.append(f"{rule}: …{line[max(0, match.start() - 30) : match.end() + 10]}…")
    return found


GRID = [
    (template, tone, role, notes)
    for template in template_contexts()
    for tone in TONES
    for role in ROLES
    for notes in NOTES
]


def grid_id(template: DraftContext, tone: str) -> str:
    detail = template.sequence if template.kind == r.FOLLOW_UP else template.variant
    return f"{template.kind}{detail or ''}-{tone}"


@pytest.mark.parametrize(
    ("template", "tone"),
    [(t, tone) for t in template_contexts() for tone in TONES],
    ids=[grid_id(t, tone) for t in template_contexts() for tone in TONES],
)
def test_every_draft_in_the_grid_passes_the_checker_and_has_no_fragment(
    template: DraftContext, tone: str
) -> None:
    problems = []
    for person, (role, notes) in enumerate((role, n) for role in ROLES for n in NOTES):
        context = filled(template, role, notes, person)
        text = draft(context, tone).as_text()
        where = f"{role}, {notes!r} note, to {context.recipient_name}"
        problems += [f"{where}: {fragment}" for fragment in fragments(text)]
        errors = [f for f in check(text, checker_context(context)) if f.severity == "error"]
        problems += [f"{where}: checker {f.code} on {f.text!r}: {f.message}" for f in errors]

    assert problems == [], "\n".join(problems[:20])


def test_the_fragment_detector_finds_what_pasting_leaves() -> None:
    pasted = [
        "I also enjoyed chatting with you about she arranged the parking pass and showed me in.",
        "Thank you for our conversation about I asked about training.",
        "I enjoyed our chat about we both grew up in Trenton.",
        "One thing I did not mention: my G license;,.",
        "I enjoyed our conversation about budgets and.",
        "Thank you for your help. especially with parking.",
        "I enjoyed our talk about THE NEW SCHEDULING SYSTEM.",
        "Thank you for meeting with me about the the role.",
        "I enjoyed our conversation about - intake - wait times.",
        "I appreciated you she walked me through the budget.",
        "One thing I did not mention: did they like me.",
        "I enjoyed our conversation about what does a typical day look like.",
    ]
    for sentence in pasted:
        assert fragments(sentence), sentence
    written = (
        "Thank you for arranging the parking pass and showing me in. I hope my example about"
        " the filing system showed what I would bring to the Client Services Representative"
        " role, and I enjoyed our conversation about budgets, scheduling and the new CRM."
    )
    assert fragments(written) == []


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("notes", NOTES)
def test_a_note_about_what_someone_did_is_never_pasted_after_about(tone: str, notes: str) -> None:
    topic = NOTES[notes][0]
    for template in template_contexts():
        for role in ROLES:
            body = draft(filled(template, role, notes, 0), tone).body
            first_words = " ".join(topic.split()[:3])
            if topic.split() and topic.split()[0].lower() in {"she", "he", "they"}:
                assert first_words not in body, body


@pytest.mark.parametrize("tone", TONES)
def test_what_she_did_is_turned_into_thanks_to_her(tone: str) -> None:
    context = filled(
        DraftContext(r.ADMIN_THANK_YOU, "", "", ""), r.ADMIN_STAFF, "pronoun clause", 4
    )

    body = draft(context, tone).body

    assert "arranging the parking pass and showing me in" in body


@pytest.mark.parametrize("tone", TONES)
def test_the_admin_staff_are_thanked_for_what_they_did_not_for_a_meeting(tone: str) -> None:
    for kind in (r.ADMIN_THANK_YOU, r.LINKEDIN):
        for notes in NOTES:
            context = filled(DraftContext(kind, "", "", ""), r.ADMIN_STAFF, notes, 4)
            body = draft(context, tone).body
            assert not re.search(r"\bmeet(?:ing)? with me\b|\bmeet you\b", body), body
            thanks_for_a_deed = r"\bthanks?(?: you)? (?:also |again )?for \w+ing\b"
            assert re.search(rf"{thanks_for_a_deed}|help|assistance|welcom", body), body


@pytest.mark.parametrize("tone", TONES)
def test_a_long_thank_you_uses_what_went_well_when_it_is_the_users_own(tone: str) -> None:
    context = filled(DraftContext(r.THANK_YOU, "", "", ""), r.INTERVIEWER, "noun phrase", 0)

    assert "my answer on budgets" in draft(context, tone).body


@pytest.mark.parametrize(
    ("name", "title", "greeting"),
    [
        ("Margaret O'Neill", "Dr.", "Dear Dr. O'Neill,"),
        ("Ms. Siobhan O'Connor", "Office Manager", "Dear Ms. O'Connor,"),
        ("François Côté", "Professor of Nursing", "Dear Professor Côté,"),
        ("Dr. Anna van der Berg", "", "Dear Dr. van der Berg,"),
        ("Zoë Lefebvre", "Team Lead", "Dear Zoë Lefebvre,"),  # no title known: no guess
    ],
)
def test_the_formal_tone_greets_by_title_and_family_name_when_the_title_is_known(
    name: str, title: str, greeting: str
) -> None:
    for template in template_contexts():
        if template.kind == r.LINKEDIN:
            continue
        context = replace(
            filled(template, r.INTERVIEWER, "noun phrase", 0),
            recipient_name=name,
            recipient_title=title,
            salutation=courtesy_title(name, title),
        )
        body = draft(context, "formal").body
        assert body.startswith(greeting + "\n"), body
        if courtesy_title(name, title):
            assert family_name(name) in greeting


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", [r.THANK_YOU, r.LINKEDIN])
def test_two_people_met_together_get_notes_that_differ_beyond_the_topic(
    kind: str, tone: str
) -> None:
    first = filled(DraftContext(kind, "", "", ""), r.INTERVIEWER, "noun phrase", 0)
    second = replace(first, variety=1)

    one, two = draft(first, tone).as_text(), draft(second, tone).as_text()

    assert _sentences(one) - _sentences(two), (one, two)
    assert len(_sentences(one) ^ _sentences(two)) >= 2


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()}
