"""Good notes get no error; blanks in a greeting are reported once; a one-line note's greeting
finding leaves the words after it checked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import CheckContext, Finding, check, structure

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

Run = Callable[..., list[Finding]]
Note = Callable[..., str]

GOOD_BODY = "Thank you for the interview on Tuesday and for the tour of the clinic."


def errors(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in findings if f.severity == "error"]


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Captain O'Connor,",
        "Dear Capt. O'Connor,",
        "Dear Rev. O'Connor,",
        "Dear Councillor O'Connor,",
        "Dear Sgt. O'Connor,",
        "Dear Professor O'Connor,",
        "Dear Chief O'Connor,",
    ],
)
def test_a_rank_or_office_before_the_family_name_is_a_title(
    run: Run, note: Note, greeting: str
) -> None:
    assert errors(run(note(greeting=greeting))) == []


def test_a_title_the_checker_now_knows_does_not_hide_another_person(run: Run, note: Note) -> None:
    findings = run(note(greeting="Dear Rev. Abernathy,"))
    assert errors(findings) == [("recipient-name", "Rev. Abernathy")]


def test_a_sentence_ending_on_a_title_word_in_lower_case_still_ends(run: Run, note: Note) -> None:
    body = "Thank you for the tour with the principal. Recieve my thanks for the lunch too."
    assert ("spelling", "Recieve") in errors(run(note(body=body)))


@pytest.mark.parametrize(
    "text",
    [
        "Dear Hiring Manager, thanks for the interveiw about the clinic. Best, Sam",
        "Hi there, thanks for the interveiw about the clinic. Sam",
        "Hello, thanks for the interveiw about the clinic and the tour.",
        "Dear Hiring Manager thanks for the interveiw about the clinic today",
    ],
)
def test_a_one_line_note_with_a_generic_greeting_still_has_its_words_checked(
    run: Run, text: str
) -> None:
    findings = run(text)
    assert ("spelling", "interveiw") in errors(findings)
    [greeting] = [f for f in findings if f.code == "recipient-name"]
    assert greeting.severity == "warning"
    assert greeting.start == 0 and greeting.end < text.index("thanks")


def test_the_first_sentence_after_a_greeting_word_is_not_a_list_of_names(run: Run) -> None:
    findings = run("Hello, thanks for the interview about the clinic and the tour.")
    assert errors(findings) == []
    findings = run("Hi Siobhan and the team thanks for the chat about the clinic and the map.")
    assert errors(findings) == []


def test_words_in_lower_case_after_hi_are_not_a_wrong_name(run: Run) -> None:
    assert [f.code for f in run("Hi, thanks!") if f.code == "recipient-name"] == ["recipient-name"]
    assert ("recipient-name", "thanks") not in errors(run("Hi, thanks!"))
    # A name typed in lower case is still checked against the record.
    assert ("recipient-name", "jordan") in errors(run("hi jordan,\n\nThanks for the tour.\n\nSam"))


@pytest.mark.parametrize("greeting", ["Dear Ms. X,", "Dear Mr X,", "Dear Dr. Y,", "Dear M. Z,"])
def test_a_title_before_x_is_a_blank_reported_once(run: Run, note: Note, greeting: str) -> None:
    findings = errors(run(note(greeting=greeting)))
    assert findings == [("placeholder", greeting[5:-1])]


def test_a_name_in_square_brackets_is_reported_as_a_blank_only(run: Run, note: Note) -> None:
    assert errors(run(note(greeting="Dear [Name],"))) == [("placeholder", "[Name]")]


def test_a_real_name_starting_with_x_is_no_blank(run: Run, note: Note) -> None:
    body = "Thank you for introducing me to Ms. Xu and Mr. Xavier during the clinic tour."
    assert errors(run(note(body=body))) == []


def test_the_body_lines_are_worked_out_once_per_check(
    monkeypatch: pytest.MonkeyPatch, run: Run, note: Note
) -> None:
    calls = []
    original = structure._content_lines

    def counted(*args: object) -> object:
        calls.append(args)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(structure, "_content_lines", counted)
    run(note())
    assert len(calls) == 1


FRENCH = CheckContext(
    lang="fr",
    recipients=("Geneviève Morin",),
    company="Radio-Canada",
    sender="Louis Nguyen",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai aimé votre présentation au colloque de l'ACFO à Ottawa.",
        "Je serais ravi de travailler avec l'UQO et la FCFA.",
        "J'ai suivi une formation d'ASP Construction l'an dernier.",
    ],
)
def test_an_acronym_in_a_french_note_is_no_misspelling(sentence: str) -> None:
    text = f"Bonjour Geneviève,\n\n{sentence}\n\nCordialement,\nLouis Nguyen"
    assert [f for f in check(text, FRENCH) if f.code == "spelling"] == []


def test_a_misspelt_french_word_after_an_apostrophe_is_still_found() -> None:
    text = "Bonjour Geneviève,\n\nMerci pour l'acceuil de mardi.\n\nCordialement,\nLouis Nguyen"
    assert ("spelling", "l'acceuil") in errors(check(text, FRENCH))


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Selection Panel,",
        "Dear Talent Acquisition Team,",
        "Dear Quinte Health Care Team,",
        "Dear Members of the Hiring Committee,",
        "Dear People & Culture Team,",
        "Madame, Monsieur,",
    ],
)
def test_a_greeting_to_a_group_or_to_no_one_is_a_warning_at_most(
    run: Run, note: Note, greeting: str
) -> None:
    findings = run(note(greeting=greeting))
    assert errors(findings) == []
    assert [(f.code, f.text) for f in findings if f.code == "recipient-name"] == [
        ("recipient-name", greeting)
    ]


@pytest.mark.parametrize(
    ("greeting", "recipients"),
    [
        ("Hi Sio,", ("Siobhan O'Connor",)),
        ("Dear Siobhan O.,", ("Siobhan O'Connor",)),
        ("Dear S. O'Connor,", ("Siobhan O'Connor",)),
        ("Dear Ms Whitby Lacroix,", ("Joanne Whitby-Lacroix",)),
        ("Morning Siobhan,", ("Siobhan O'Connor",)),
    ],
)
def test_short_forms_initials_and_names_without_their_hyphen_are_the_recipient(
    run: Run, note: Note, greeting: str, recipients: tuple[str, ...]
) -> None:
    findings = run(note(greeting=greeting), recipients=recipients)
    assert [f.code for f in findings if f.code in {"recipient-name", "missing-greeting"}] == []


def test_another_person_is_still_not_the_recipient(run: Run, note: Note) -> None:
    assert ("recipient-name", "Jordan") in errors(run(note(greeting="Hi Jordan,")))


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for explaining the EMR rollout and the signup process for the clinic.",
        "Thank you for the chat about the Node.js and Vue.js services behind the booking page.",
    ],
)
def test_trade_words_and_software_names_are_no_error(run: Run, note: Note, body: str) -> None:
    assert errors(run(note(body=body))) == []


@pytest.mark.parametrize("slip", ["alot", "thankyou", "infact", "aswell"])
def test_two_words_run_together_are_still_an_error(run: Run, note: Note, slip: str) -> None:
    body = f"Thank you for the tour of the clinic, I learned {slip} from the team."
    assert ("spelling", slip) in errors(run(note(body=body)))


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("Jean showed me the dispensary and the new blister-pack machine.", []),
        ("I met Jean at the front desk before the interview.", ["warning"]),
        ("I would be proud to join Jean Coutu and its pharmacy team.", ["error"]),
        ("I would be proud to work at Jean and help its customers.", ["error"]),
    ],
)
def test_a_first_name_shared_with_another_employer_is_a_warning(
    run: Run, note: Note, sentence: str, severity: list[str]
) -> None:
    text = note(body="Thank you for the tour. " + sentence)
    findings = run(text, other_companies=("Jean Coutu",))
    assert [f.severity for f in findings if f.code == "wrong-company"] == severity


def test_a_link_after_sur_is_no_missing_accent() -> None:
    text = (
        "Bonjour Geneviève,\n\nMerci pour l'entrevue. Mon portfolio est sur www.exemple.ca. "
        "Je suis sur que l'équipe est formidable.\n\nCordialement,\nLouis Nguyen"
    )
    assert [f.text for f in check(text, FRENCH) if f.code == "spelling"] == ["sur"]


@pytest.mark.parametrize("greeting", ["Bonjour à toute l'équipe,", "Bonjour Me Morin,"])
def test_a_french_greeting_to_the_team_or_to_a_lawyer_is_no_wrong_name(greeting: str) -> None:
    text = f"{greeting}\n\nMerci pour la rencontre de mardi.\n\nCordialement,\nLouis Nguyen"
    assert [f for f in check(text, FRENCH) if f.code == "recipient-name"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for the tour of the lab; as a phlebotomist I enjoyed seeing the new chairs.",
        "Thank you for the interview; the sonography and kinesiology teams were impressive.",
        "Thank you for the chat about the arborist crew and the kanban board in the shop.",
    ],
)
def test_trade_words_a_note_often_names_are_spelled_right(run: Run, note: Note, body: str) -> None:
    assert [f for f in run(note(body=body)) if f.code == "spelling"] == []


@pytest.mark.parametrize(
    ("greeting", "body", "blank"),
    [
        ("Dear Mr./Ms. O'Connor,", GOOD_BODY, "Mr./Ms."),
        ("Dear Ms. Lastname,", GOOD_BODY, "Lastname"),
        ("Dear Siobhan,", "Thank you for the interview on Month Day and the tour.", "Month Day"),
        ("Dear Siobhan,", "Thank you for speaking with me on ... about the role.", "..."),
        ("Dear Siobhan,", "Thanks for telling me about (specific project).", "(specific project)"),
    ],
)
def test_more_template_blanks_are_found(
    run: Run, note: Note, greeting: str, body: str, blank: str
) -> None:
    findings = run(note(greeting=greeting, body=body))
    assert [f.text for f in findings if f.code == "placeholder"] == [blank]


@pytest.mark.parametrize(
    "body",
    [
        "I was going to say... well, thank you for the tour of the clinic.",
        "Thank you for the tour of the clinic... and for the coffee!",
        "Mr. and Mrs. Kowalski hosted the open house at the clinic.",
    ],
)
def test_dots_and_titles_in_prose_are_no_blank(run: Run, note: Note, body: str) -> None:
    assert [f for f in run(note(body=body)) if f.code == "placeholder"] == []


def test_a_prefix_before_a_hyphen_is_no_misspelling(run: Run, note: Note) -> None:
    body = "Thank you for the tour; my de-escalation and e-learning work would help the clinic."
    assert [f for f in run(note(body=body)) if f.code == "spelling"] == []
    body = "Thank you for the tour; my de-escalatoin work would help the clinic."
    assert ("spelling", "escalatoin") in errors(run(note(body=body)))


def test_british_forms_and_common_words_the_dictionary_lacks_are_no_error(
    run: Run, note: Note
) -> None:
    body = (
        "Thank you for the tour; I learnt a lot about staff wellbeing, the organisational "
        "changes and the ecommerce financials at the clinic."
    )
    assert errors(run(note(body=body))) == []


@pytest.mark.parametrize("signature", ["Best,\nN. Eze-Okafor", "Thx,\nNgo", "Best regards,\nNgozi"])
def test_the_senders_family_name_or_short_first_name_signs_the_note(
    run: Run, signature: str
) -> None:
    text = f"Dear Siobhan,\n\n{GOOD_BODY}\n\n{signature}"
    findings = run(text, sender="Ngozi Eze-Okafor")
    assert errors(findings) == []
    assert [f for f in findings if f.code == "missing-signoff"] == []


def test_a_place_named_by_a_word_twice_is_a_warning_a_slip_an_error(run: Run, note: Note) -> None:
    body = "Thank you for the tour; I grew up in Walla Walla and I loved the the clinic."
    findings = [(f.severity, f.text) for f in run(note(body=body)) if f.code == "repeated-word"]
    assert findings == [("warning", "Walla Walla"), ("error", "the the")]


def test_a_hyphenated_first_name_written_in_one_word_is_the_recipient(run: Run, note: Note) -> None:
    findings = run(note(greeting="Hi Jiwoo,"), recipients=("Ji-woo Park",))
    assert [f for f in findings if f.code == "recipient-name"] == []


@pytest.mark.parametrize(
    ("other", "sentence", "severity"),
    [
        ("Indeed", "Indeed, the tour of the clinic was the highlight of my week.", ["warning"]),
        ("Staples", "Staples of the role, like scheduling, suit me well.", ["warning"]),
        ("Best Buy", "Best Buy-in from staff comes from good training.", []),
        ("Staples", "I would love to work at Staples.", ["error"]),
    ],
)
def test_another_employer_named_by_an_ordinary_word_starting_a_sentence_is_a_warning(
    run: Run, note: Note, other: str, sentence: str, severity: list[str]
) -> None:
    findings = run(note(body=f"Thank you for the tour. {sentence}"), other_companies=(other,))
    assert [f.severity for f in findings if f.code == "wrong-company"] == severity


def test_medical_words_with_ae_or_oe_are_spelled_right(run: Run, note: Note) -> None:
    body = "Thank you for the tour of the paediatrics and haematology clinics and the oedema study."
    assert [f for f in run(note(body=body)) if f.code == "spelling"] == []
    body = "Thank you for the tour; the poeple at the clinic were kind."
    assert ("spelling", "poeple") in errors(run(note(body=body)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Chidi showed me the intake desk.",
        "Femi was very kind to me.",
        "Cian and I talked about the schedule.",
        "Aoife's team runs the front desk.",
    ],
)
def test_a_name_starting_a_sentence_and_doing_something_is_no_error(
    run: Run, note: Note, sentence: str
) -> None:
    assert errors(run(note(body=f"Thank you for the tour of the clinic. {sentence}"))) == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Realy enjoyed the tour.", "Realy"),
        ("Wich was great.", "Wich"),
        ("Recieve my thanks.", "Recieve"),
        ("Untill then, thanks.", "Untill"),
    ],
)
def test_a_slip_starting_a_sentence_is_still_an_error(
    run: Run, note: Note, sentence: str, slip: str
) -> None:
    body = f"Thank you for the tour of the clinic. {sentence}"
    assert ("spelling", slip) in errors(run(note(body=body)))
