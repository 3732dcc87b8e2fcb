"""Drafts of the messages a job seeker sends, as the job seeker reads them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from followup.lib.checker import CheckContext, check
from followup.lib.drafting import (
    OFFER_VARIANTS,
    TONES,
    Draft,
    DraftContext,
    draft,
    needs_confirmation,
    template_problems,
)
from followup.lib.drafting.material import Material, past_to_ing, read_note
from followup.lib.drafting.templates import TemplateError, parse_template, render_paragraphs
from followup.lib.drafting.wording import day_phrase, formal_name, note_phrase
from followup.lib.records import NOTE_KINDS

TUESDAY = date(2026, 2, 10)
WEDNESDAY = date(2026, 2, 11)

SIOBHAN = DraftContext(
    kind="thank-you",
    recipient_name="Siobhan O'Connor",
    company="Quinte Health",
    role="Office Coordinator",
    interview_on=TUESDAY,
    written_on=WEDNESDAY,
    topic="We talked about the new scheduling system.",
    forgot="I forgot to mention my first-aid certificate",
    value="Five years of front-desk work in a busy clinic",
    sender_name="Maria Santos",
    sender_phone="613-555-0101",
    sender_email="maria.santos@example.com",
    sender_linkedin="linkedin.com/in/mariasantos",
    salutation="Ms.",
)
RECIPIENTS = {
    "Zoë Lefebvre": "Zoë",
    "Siobhan O'Connor": "Siobhan",
    "Łukasz Kowalski": "Łukasz",
    "陈伟": "陈伟",
}
UNFILLED = re.compile(r"[{}\[\]]|XXX|TODO")


def every_context(base: DraftContext = SIOBHAN) -> list[DraftContext]:
    """One context per template: every kind, every follow-up in the sequence, every offer reply."""
    contexts = [
        replace(base, kind=kind) for kind in NOTE_KINDS if kind not in ("follow-up", "offer-reply")
    ]
    contexts += [replace(base, kind="follow-up", sequence=n) for n in (1, 2, 3)]
    contexts += [replace(base, kind="offer-reply", variant=v) for v in OFFER_VARIANTS]
    return contexts


def label(context: DraftContext) -> str:
    return (
        f"{context.kind}{context.sequence if context.kind == 'follow-up' else ''}{context.variant}"
    )


ALL = [(c, tone) for c in every_context() for tone in TONES]
ALL_IDS = [f"{label(c)}-{tone}" for c, tone in ALL]


def test_it_ships_a_usable_template_for_every_kind_tone_and_variant() -> None:
    assert template_problems() == []


@pytest.mark.parametrize(("context", "tone"), ALL, ids=ALL_IDS)
def test_it_drafts_every_kind_in_every_tone(context: DraftContext, tone: str) -> None:
    result = draft(context, tone)

    assert len(result.body.split()) >= 10
    if context.kind == "linkedin":
        assert result.subject == ""
        assert result.as_text() == result.body
    else:
        assert result.subject
        assert result.as_text() == f"Subject: {result.subject}\n\n{result.body}"


@pytest.mark.parametrize(("context", "tone"), ALL, ids=ALL_IDS)
def test_it_never_leaves_a_placeholder_even_when_nothing_is_known(
    context: DraftContext, tone: str
) -> None:
    empty = replace(
        context,
        recipient_name="",
        company="",
        role="",
        interview_on=None,
        written_on=None,
        topic="",
        forgot="",
        value="",
        sender_name="",
        sender_phone="",
        sender_email="",
        sender_linkedin="",
        salutation="",
    )
    for variant in (context, empty):
        text = draft(variant, tone).as_text()
        assert not UNFILLED.search(text), text
        assert "  " not in text
        assert " ," not in text and " ." not in text


def test_it_keeps_brackets_the_user_typed_out_of_the_draft() -> None:
    noisy = replace(SIOBHAN, topic="the {new} [scheduling] system", company="Quinte {Health}")

    text = draft(noisy).as_text()

    assert not UNFILLED.search(text)
    assert "the new (scheduling) system" in text


def test_it_leaves_out_a_note_still_marked_todo() -> None:
    result = draft(replace(SIOBHAN, topic="TODO ask Siobhan about parking"))

    assert "parking" not in result.body
    assert "TODO" not in result.body


@pytest.mark.parametrize(("name", "first"), RECIPIENTS.items())
@pytest.mark.parametrize("tone", ["warm", "brief"])
def test_it_greets_each_recipient_by_first_name_in_warm_and_brief_tones(
    name: str, first: str, tone: str
) -> None:
    for context in every_context(replace(SIOBHAN, recipient_name=name, salutation="")):
        body = draft(context, tone).body
        assert body.startswith((f"Hi {first},", f"Hello {first},")), body


@pytest.mark.parametrize("name", RECIPIENTS)
def test_it_greets_by_full_name_in_formal_tone_when_no_salutation_is_given(name: str) -> None:
    context = replace(SIOBHAN, recipient_name=name, salutation="")

    assert draft(context, "formal").body.startswith(f"Dear {name},\n")


@pytest.mark.parametrize(
    ("name", "salutation", "expected"),
    [
        ("Siobhan O'Connor", "Ms.", "Dear Ms. O'Connor,"),
        ("Łukasz Kowalski", "Mr", "Dear Mr. Kowalski,"),
        ("Zoë Lefebvre", "Dr.", "Dear Dr. Lefebvre,"),
        ("Sam Okafor", "Mx.", "Dear Mx. Okafor,"),
    ],
)
def test_it_uses_the_salutation_and_family_name_in_formal_tone(
    name: str, salutation: str, expected: str
) -> None:
    context = replace(SIOBHAN, recipient_name=name, salutation=salutation)

    assert draft(context, "formal").body.startswith(expected + "\n")


def test_it_keeps_family_name_particles_and_drops_credentials() -> None:
    assert formal_name("Anna van der Berg", "Ms.") == "Ms. van der Berg"
    assert formal_name("Dr. Priya Nair, PhD", "Dr.") == "Dr. Nair"
    assert formal_name("Martin King Jr.", "Mr.") == "Mr. King"


def test_it_says_hello_without_a_name_when_the_recipient_is_unknown() -> None:
    assert draft(replace(SIOBHAN, recipient_name="")).body.startswith("Hello,\n")
    assert draft(replace(SIOBHAN, recipient_name=""), "formal").body.startswith("Good day,\n")


PERSONAL_KINDS = ["thank-you", "admin-thank-you", "rejection-reply", "keep-in-touch", "linkedin"]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", [*PERSONAL_KINDS, "follow-up"])
def test_it_mentions_what_was_discussed_with_this_person(kind: str, tone: str) -> None:
    context = replace(SIOBHAN, kind=kind, topic="hiking trails near Marmora", forgot="", value="")

    assert "hiking trails near Marmora" in draft(context, tone).body


@pytest.mark.parametrize(
    ("note", "sentence"),
    [
        ("the new scheduling system", "our conversation about the new scheduling system,"),
        ("We talked about hiking.", "our conversation about hiking,"),
        ("Hiking in the Kawarthas!", "our conversation about hiking in the Kawarthas,"),
        ("Epic, the records system they use", "our conversation about Epic, the records system"),
        ("Dr. Nair's research. Also parking.", "our conversation about Dr. Nair's research,"),
    ],
)
def test_it_fits_the_topic_note_into_a_sentence(note: str, sentence: str) -> None:
    body = draft(replace(SIOBHAN, topic=note)).body

    assert sentence in body
    assert "parking" not in body


def test_it_drops_the_lead_in_from_what_the_user_forgot() -> None:
    assert note_phrase("I forgot to mention that I speak French.", "forgot") == "I speak French"
    assert note_phrase("My forklift licence", "forgot") == "my forklift licence"
    body = draft(SIOBHAN).body
    assert "did not get to mention: my first-aid certificate." in body
    assert "would bring: five years of front-desk work in a busy clinic." in body


@pytest.mark.parametrize("tone", TONES)
def test_it_writes_a_different_note_for_each_participant(tone: str) -> None:
    interviewer = replace(SIOBHAN, recipient_name="Siobhan O'Connor", topic="the scheduling system")
    panel = replace(SIOBHAN, recipient_name="Łukasz Kowalski", topic="the patient intake process")

    for context in every_context(interviewer):
        other = replace(context, recipient_name=panel.recipient_name, topic=panel.topic)
        assert draft(context, tone).body != draft(other, tone).body


@pytest.mark.parametrize("tone", TONES)
def test_it_words_each_follow_up_in_the_sequence_differently(tone: str) -> None:
    drafts = [draft(replace(SIOBHAN, kind="follow-up", sequence=n), tone) for n in (1, 2, 3)]

    assert len({d.subject for d in drafts}) == 3
    assert len({d.body for d in drafts}) == 3


def test_it_opens_the_door_to_future_roles_in_the_last_follow_up() -> None:
    for tone in TONES:
        body = draft(replace(SIOBHAN, kind="follow-up", sequence=3), tone).body
        assert "future" in body
    assert draft(replace(SIOBHAN, kind="follow-up", sequence=7)) == draft(
        replace(SIOBHAN, kind="follow-up", sequence=3)
    )


def test_it_adds_something_of_value_in_the_second_follow_up() -> None:
    for tone in TONES:
        body = draft(replace(SIOBHAN, kind="follow-up", sequence=2), tone).body
        assert "first-aid certificate" in body


def test_it_asks_for_time_on_an_offer_unless_told_to_accept() -> None:
    undecided = draft(replace(SIOBHAN, kind="offer-reply"))
    accepting = draft(replace(SIOBHAN, kind="offer-reply", variant="accept"))

    assert "accept" not in undecided.body
    assert "three business days" in undecided.body
    assert "delighted to accept" in accepting.body


LONG = replace(
    SIOBHAN,
    recipient_name="Maximiliana Alexandrova-Wolfeschlegelsteinhausen",
    company="Hastings Prince Edward Regional Community Health and Social Services Centre",
    role="Senior Bilingual Administrative and Scheduling Coordinator, Mental Health Programs",
    topic="how the team moved its whole intake process online during the pandemic and what they"
    " learned about keeping clients informed while wait times grew longer every month",
    sender_name="Maria-Fernanda Santos-Oliveira",
)


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("context", [SIOBHAN, LONG], ids=["usual", "long names"])
def test_it_keeps_the_linkedin_note_within_200_characters(context: DraftContext, tone: str) -> None:
    body = draft(replace(context, kind="linkedin"), tone).body

    assert len(body) <= 200
    assert body.startswith(
        ("Hi Maximiliana,", "Hello Maximiliana,", "Hi Siobhan,", "Hello Siobhan,")
    )
    assert "613-555-0101" not in body and "Santos-Oliveira" not in body


def test_it_shortens_a_linkedin_note_for_an_absurdly_long_name_without_breaking_words() -> None:
    giant = replace(LONG, kind="linkedin", recipient_name="Wolfeschlegelsteinhausenberger" * 6)

    body = draft(giant).body

    assert len(body) <= 200
    assert body.startswith("Hi Wolfe")


MAX_WORDS = {
    "thank-you": 250,
    "admin-thank-you": 150,
    "follow-up": 150,
    "rejection-reply": 200,
    "keep-in-touch": 200,
    "offer-reply": 250,
}


@pytest.mark.parametrize("tone", TONES)
def test_it_keeps_every_email_within_its_word_limit_even_with_long_notes(tone: str) -> None:
    wordy = replace(
        LONG,
        forgot="I forgot to mention that I volunteered for six years at the Belleville food bank"
        " coordinating more than forty volunteers across three shifts every single week",
        value="Fluent French and English, ten years in community health administration, and a"
        " calm way with anxious clients on the phone and at the front desk every day",
    )
    for context in every_context(wordy):
        if context.kind == "linkedin":
            continue
        body = draft(context, tone).body
        assert len(body.split()) <= MAX_WORDS[context.kind], label(context)


def test_it_leaves_out_the_optional_notes_before_going_over_the_limit() -> None:
    huge_topic = " ".join(["scheduling"] * 140)
    body = draft(replace(SIOBHAN, kind="follow-up", topic=huge_topic)).body

    assert len(body.split()) <= 150
    assert "scheduling scheduling" not in body
    assert "Office Coordinator" in body


@pytest.mark.parametrize(("context", "tone"), ALL, ids=ALL_IDS)
def test_it_signs_emails_with_every_known_contact_line(context: DraftContext, tone: str) -> None:
    body = draft(context, tone).body
    signature = (
        "\nMaria Santos\n613-555-0101\nmaria.santos@example.com\nlinkedin.com/in/mariasantos"
    )

    if context.kind == "linkedin":
        assert "613-555-0101" not in body
        assert body.endswith("\n\nMaria") or "Maria" not in body
    else:
        assert body.endswith(signature)


def test_it_signs_only_with_the_contact_lines_it_knows() -> None:
    partial = replace(SIOBHAN, sender_phone="", sender_linkedin="")
    nameless = replace(
        SIOBHAN, sender_name="", sender_phone="", sender_email="", sender_linkedin=""
    )

    assert draft(partial).body.endswith("Warm regards,\nMaria Santos\nmaria.santos@example.com")
    assert draft(nameless).body.endswith("Warm regards,")


@pytest.mark.parametrize(
    ("interview_on", "written_on", "phrase"),
    [
        (TUESDAY, TUESDAY, "today"),
        (TUESDAY, WEDNESDAY, "yesterday"),
        (TUESDAY, date(2026, 2, 15), "on Tuesday"),
        (TUESDAY, date(2026, 2, 17), "on 10 February"),
        (date(2025, 12, 30), date(2026, 1, 20), "on 30 December 2025"),
        (TUESDAY, None, "on Tuesday 10 February"),
        (None, WEDNESDAY, "recently"),
    ],
)
def test_it_names_the_interview_day_as_seen_from_the_day_of_writing(
    interview_on: date | None, written_on: date | None, phrase: str
) -> None:
    assert day_phrase(interview_on, written_on) == phrase
    context = replace(SIOBHAN, interview_on=interview_on, written_on=written_on)
    assert f"meet with me {phrase} about" in draft(context).body


def test_it_rejects_an_unknown_kind_tone_or_offer_variant() -> None:
    with pytest.raises(ValueError, match="kind"):
        draft(replace(SIOBHAN, kind="thankyou"))
    with pytest.raises(ValueError, match="tone"):
        draft(SIOBHAN, "casual")
    with pytest.raises(ValueError, match="variant"):
        draft(replace(SIOBHAN, kind="offer-reply", variant="decline"))


def test_it_asks_before_overwriting_text_the_user_edited() -> None:
    generated = draft(SIOBHAN).as_text()

    assert not needs_confirmation(generated, generated)
    assert not needs_confirmation(generated, generated.replace("\n", "\r\n") + "\n  ")
    assert not needs_confirmation(generated, "  " + generated.replace(" ", "  "))
    assert needs_confirmation(generated, generated.replace("Siobhan", "Siobhán"))
    assert needs_confirmation(generated, generated + "\nP.S. Go Leafs")
    assert needs_confirmation(generated, "")
    assert not needs_confirmation("", "   ")


def test_it_reads_a_template_with_notes_fallbacks_and_paragraphs() -> None:
    template = parse_template(
        "# a note for the counsellor\n"
        "Subject: Hi {role}\n\n"
        "Hello {name},\nor: Hello,\n\n"
        "Line one about {topic}.\nLine two.\n"
    )

    assert render_paragraphs(template, {"role": "", "name": "", "topic": "x"}) == [
        "Hello,",
        "Line one about x. Line two.",
    ]
    assert render_paragraphs(template, {"role": "", "name": "Zoë", "topic": ""}) == [
        "Hello Zoë,",
        "Line two.",
    ]


def test_it_names_the_file_and_line_of_a_misspelt_slot() -> None:
    template = parse_template("Subject: x\n\nHello {frist_name},\n", "thank-you.warm.txt")

    with pytest.raises(
        TemplateError, match=r"thank-you.warm.txt, line 3: unknown slot \{frist_name\}"
    ):
        render_paragraphs(template, {"first_name": "Zoë"})


def test_it_refuses_an_or_line_with_nothing_above_it() -> None:
    with pytest.raises(TemplateError, match="line 1"):
        parse_template("or: Hello,\n")


def test_a_draft_prints_without_a_subject_line_when_it_has_none() -> None:
    assert Draft("", "Hi Zoë").as_text() == "Hi Zoë"
    assert Draft("Thanks", "Hi Zoë").as_text() == "Subject: Thanks\n\nHi Zoë"


PEOPLE = [
    (
        "Zoë Lefebvre",
        "Dr.",
        "the bilingual client intake line",
        "Centre Hastings Family Health Team",
    ),
    ("Siobhan O'Connor", "Ms.", "We talked about the new scheduling system.", "Quinte Health"),
    ("Łukasz Kowalski", "", "how the warehouse plans its winter shifts", "Marmora Building Supply"),
    ("陈伟", "", "the volunteer program at the library", "Belleville Public Library"),
]


def realistic_contexts() -> list[DraftContext]:
    contexts = []
    for name, salutation, topic, company in PEOPLE:
        person = replace(
            SIOBHAN, recipient_name=name, salutation=salutation, topic=topic, company=company
        )
        contexts += every_context(person)
    return contexts


@pytest.mark.parametrize("tone", TONES)
def test_every_draft_passes_the_note_checker_without_an_error(tone: str) -> None:
    problems = []
    for context in realistic_contexts():
        text = draft(context, tone).as_text()
        check_context = CheckContext(
            kind=context.kind,
            recipients=(context.recipient_name,),
            company=context.company,
            role=context.role,
            sender=context.sender_name,
            today=context.written_on,
            sequence=context.sequence,
        )
        errors = [f for f in check(text, check_context) if f.severity == "error"]
        problems += [f"{label(context)} to {context.recipient_name}: {f}" for f in errors]

    assert problems == []


@pytest.mark.parametrize(
    ("note", "phrase", "action"),
    [
        # noun phrases, however typed
        ("the new patient portal", "the new patient portal", ""),
        ("Budget cuts.", "budget cuts", ""),
        ("THE NEW CRM ROLLOUT!!", "the new CRM rollout", ""),
        ("how the team plans its winter shifts", "how the team plans its winter shifts", ""),
        ("a possible start date in May", "a possible start date in May", ""),
        ("the Ontario Works caseload", "the Ontario Works caseload", ""),
        ("the night shifts at the plant", "the night shifts at the plant", ""),
        ("what is expected in the first month", "what is expected in the first month", ""),
        # lists: lines, bullets, semicolons and short comma lists get their "and"
        ("budgets, scheduling; the new CRM", "budgets, scheduling and the new CRM", ""),
        ("- intake\n- wait times", "intake and wait times", ""),
        ("Scheduling, volume, bilingual service", "scheduling, volume and bilingual service", ""),
        # what the person did, said to them
        (
            "she arranged the parking pass and showed me in",
            "",
            "arranging the parking pass and showing me in",
        ),
        ("He took me around the plant.", "", "taking me around the plant"),
        ("They introduced me to their team", "", "introducing me to your team"),
        ("Priya gave me a copy of the schedule", "", "giving me a copy of the schedule"),
        ("asked me about my forklift licence", "", "asking me about my forklift licence"),
        ("she planned the visit and I waited outside", "", "planning the visit"),
        # not sure what it says, or not about the person: left out
        ("she was lovely", "", ""),
        ("he didn't ask about references", "", ""),
        ("the team is growing", "", ""),
        ("the recruiter called me back", "", ""),
        ("the clinic needs a scheduler", "", ""),
        ("the office moves next month", "", ""),
        ("What does a typical day look like?", "", ""),
        ("I was nervous", "", ""),
        ("Loved her energy", "", ""),
        ("Very friendly!", "", ""),
        ("", "", ""),
        ("TODO ask about parking", "", ""),
    ],
)
def test_it_reads_a_note_as_a_phrase_or_as_what_the_person_did(
    note: str, phrase: str, action: str
) -> None:
    assert read_note(note, ("priya",)) == Material(phrase=phrase, action=action)


@pytest.mark.parametrize(
    ("past", "ing"),
    [
        ("arranged", "arranging"),
        ("walked", "walking"),
        ("stopped", "stopping"),
        ("carried", "carrying"),
        ("agreed", "agreeing"),
        ("tied", "tying"),
        ("travelled", "travelling"),
        ("hoped", "hoping"),
        ("gave", "giving"),
        ("taught", "teaching"),
        ("hundred", ""),
        ("budget", ""),
    ],
)
def test_it_turns_a_past_tense_into_its_ing_form(past: str, ing: str) -> None:
    assert past_to_ing(past) == ing


def test_a_vary_line_is_another_wording_picked_per_person_with_its_own_fallbacks() -> None:
    template = parse_template(
        "Thanks for {topic}.\nor: Thanks.\nvary: I enjoyed {topic}.\nor: I enjoyed it.\n"
    )

    assert render_paragraphs(template, {"topic": "the tour"}, 0) == ["Thanks for the tour."]
    assert render_paragraphs(template, {"topic": "the tour"}, 1) == ["I enjoyed the tour."]
    assert render_paragraphs(template, {"topic": ""}, 1) == ["I enjoyed it."]
    assert render_paragraphs(template, {"topic": "x"}, 2) == render_paragraphs(
        template, {"topic": "x"}, 0
    )
