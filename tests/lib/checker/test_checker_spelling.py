"""Spelling in Canadian English, without crying wolf on names, places, addresses and numbers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

Run = Callable[..., list[Finding]]
Note = Callable[..., str]
Spelling = Callable[..., list[tuple[str, str]]]


@pytest.fixture
def spelling(run: Run, note: Note) -> Spelling:
    """The spelling findings of a note with this body, as (text, severity)."""

    def found(text: str, **context: Any) -> list[tuple[str, str]]:
        findings = run(note(body=text), **context)
        return [(f.text, f.severity) for f in findings if f.code == "spelling"]

    return found


def test_it_flags_a_misspelled_word_as_an_error_at_its_place_in_the_text(
    run: Run, note: Note
) -> None:
    text = note(body="Thank you for the interview. I recieve your email.")
    [finding] = [f for f in run(text) if f.code == "spelling"]
    assert finding.severity == "error"
    assert text[finding.start : finding.end] == "recieve" == finding.text
    assert finding.message == "“recieve” may be misspelled."


def test_it_suggests_the_right_word(run: Run, note: Note) -> None:
    [finding] = [f for f in run(note(body="Thank you for teh tour.")) if f.code == "spelling"]
    assert "the" in finding.suggestions


def test_it_suggests_a_name_from_the_record_for_a_misspelled_name(run: Run, note: Note) -> None:
    text = note(body="Thank you, and please thank Kowalsky too.")
    [finding] = [f for f in run(text, others=("Łukasz Kowalski",)) if f.code == "spelling"]
    assert finding.suggestions[0] == "Kowalski"


@pytest.mark.parametrize(
    "word",
    [
        "colour",
        "centre",
        "organize",
        "organise",
        "organisation",
        "résumé",
        "resume",
        "cheque",
        "behaviour",
        "counsellor",
        "travelled",
        "analyse",
        "licence",
        "favourite",
    ],
)
def test_it_accepts_canadian_spellings(spelling: Spelling, word: str) -> None:
    assert spelling(f"Thank you for the {word} tip.") == []


@pytest.mark.parametrize(
    ("us", "canadian"),
    [
        ("color", "colour"),
        ("center", "centre"),
        ("favorite", "favourite"),
        ("Color", "Colour"),
        ("counselor", "counsellor"),
        ("traveled", "travelled"),
    ],
)
def test_it_warns_about_a_us_spelling_and_suggests_the_canadian_one(
    run: Run, note: Note, us: str, canadian: str
) -> None:
    [finding] = [f for f in run(note(body=f"Thank you. {us} matters.")) if f.code == "spelling"]
    assert (finding.severity, finding.text, finding.suggestions) == ("warning", us, (canadian,))


@pytest.mark.parametrize(
    "text",
    [
        "Call me at 613-966-9069, (613) 966-9069, +1 613 966 9069 or 613.966.9069 ext. 204.",
        "Write to sam_patl@example.ca or see https://www.example.ca/smp?tab=wrk today.",
        "My profile is at linkedin.com/in/sampatl and my site at sampatl.ca.",
        "I bring KPIs, HR, WHMIS and CPR skills, 2nd place in Q4, and an iPhone.",
        "I can start on the 3rd. My Grade 12 and COVID-19 records are ready.",
        "Quick note from @sampatl about #hiringnow.",
    ],
)
def test_it_skips_phone_numbers_addresses_acronyms_and_words_with_digits(
    spelling: Spelling, text: str
) -> None:
    assert spelling(text) == []


def test_it_accepts_names_and_terms_from_the_record_with_any_apostrophe_or_possessive(
    spelling: Spelling,
) -> None:
    text = (
        "Siobhan’s notes, O’Connor's team, Lefebvre, Łukasz, Kowalski’s yard, Zoë, Marie-Ève, "
        "Gagnon and Tyendinaga."
    )
    found = spelling(
        text,
        others=("Zoë Lefebvre", "Łukasz Kowalski"),
        sender="Marie-Ève Gagnon",
        known_words=("Tyendinaga Mohawk Territory",),
    )
    assert found == []


def test_it_accepts_the_local_word_list_of_places_and_job_search_words(spelling: Spelling) -> None:
    text = (
        "I live near Belleville, Marmora, Madoc, Picton, Napanee and Deseronto, and have done "
        "onboarding, upskilling, email, online and teamwork on LinkedIn and Zoom."
    )
    assert spelling(text) == []


def test_it_accepts_curly_and_straight_apostrophes_alike(spelling: Spelling) -> None:
    assert spelling("I’m sure we’ll talk; I'm sure we'll talk. Don’t worry.") == []


def test_an_unknown_capitalised_word_mid_sentence_is_only_a_warning(spelling: Spelling) -> None:
    assert spelling("Thank you, and please thank Priyanka too.") == [("Priyanka", "warning")]


def test_a_misspelled_word_at_the_start_of_a_sentence_is_still_an_error(
    spelling: Spelling,
) -> None:
    assert spelling("Thank you. Recieve my thanks.") == [("Recieve", "error")]


def test_it_checks_the_subject_line_too(run: Run, note: Note) -> None:
    text = "Subject: Thnak you for the interview\n\n" + note()
    assert [(f.code, f.text) for f in run(text)] == [("spelling", "Thnak")]


def test_a_hyphenated_word_is_checked_part_by_part(spelling: Spelling) -> None:
    assert spelling("My follow-up and co-op work and a well-knwon skill.") == [("knwon", "error")]


def test_it_does_not_report_a_template_blank_as_a_misspelling_too(run: Run, note: Note) -> None:
    findings = run(note(body="Thank you for the [Compnay] tour."))
    assert [f.code for f in findings] == ["placeholder"]


def test_suggestions_for_a_word_put_close_names_from_the_record_first() -> None:
    from followup.lib.checker.spelling import suggestions_for

    found = suggestions_for("Kowalsky’s", ["Łukasz Kowalski", "Quinte Health Care"])
    assert found[0] == "Kowalski's"
    assert suggestions_for("  ") == ()


@pytest.mark.parametrize(
    ("us", "canadian"),
    [
        ("colors", "colours"),
        ("colored", "coloured"),
        ("centered", "centred"),
        ("theaters", "theatres"),
        ("traveling", "travelling"),
        ("counselors", "counsellors"),
        ("labeled", "labelled"),
        ("behavioral", "behavioural"),
        ("neighborhoods", "neighbourhoods"),
        ("endeavors", "endeavours"),
        ("catalogs", "catalogues"),
        ("defense", "defence"),
        ("enrollment", "enrolment"),
        ("skillful", "skilful"),
        ("Honored", "Honoured"),
    ],
)
def test_every_form_of_a_us_spelling_is_a_warning_with_the_canadian_form(
    run: Run, note: Note, us: str, canadian: str
) -> None:
    findings = [f for f in run(note(body=f"I was glad. {us} matter.")) if f.code == "spelling"]
    assert [(f.severity, f.text, f.suggestions) for f in findings] == [("warning", us, (canadian,))]


@pytest.mark.parametrize("word", ["meter", "license", "practice", "program", "analog", "aging"])
def test_a_word_canada_spells_the_us_way_too_is_not_flagged(spelling: Spelling, word: str) -> None:
    assert spelling(f"The {word} was fine.") == []


@pytest.mark.parametrize("title", ["Dr.", "Dr", "Ms.", "Mr.", "Mrs.", "Prof."])
def test_an_unknown_surname_after_a_title_is_only_a_warning(spelling: Spelling, title: str) -> None:
    assert spelling(f"I also met {title} Okonkwo. {title} Wrzesniewski was kind.") == [
        ("Okonkwo", "warning"),
        ("Wrzesniewski", "warning"),
    ]


def test_a_period_that_ends_a_sentence_still_starts_a_new_one(spelling: Spelling) -> None:
    assert spelling("I met the team. Recieve my thanks.") == [("Recieve", "error")]


@pytest.mark.parametrize(
    "text",
    [
        "I use PowerBI, SharePoint, Office365, QuickBooks and Python3 every day.",
        "I trained on the S4HANA module and the M365 suite.",
    ],
)
def test_product_names_are_never_errors(spelling: Spelling, text: str) -> None:
    assert [severity for _, severity in spelling(text) if severity == "error"] == []


@pytest.mark.parametrize("word", ["amongst", "judgement", "afterward"])
def test_a_common_word_the_dictionary_lacks_is_a_warning_not_an_error(
    spelling: Spelling, word: str
) -> None:
    assert spelling(f"I said so {word} too.") == [(word, "warning")]


@pytest.mark.parametrize("typo", ["thier", "alot", "definately", "recieve", "seperate", "wich"])
def test_a_frequent_misspelling_of_a_much_commoner_word_is_still_an_error(
    spelling: Spelling, typo: str
) -> None:
    assert spelling(f"I said so and {typo} too.") == [(typo, "error")]


@pytest.mark.parametrize(
    ("typo", "first"),
    [
        ("realy", "really"),
        ("recieve", "receive"),
        ("oppurtunity", "opportunity"),
        ("beleive", "believe"),
        ("untill", "until"),
        ("alot", "a lot"),
        ("Realy", "Really"),
        ("managment", "management"),
        ("experiance", "experience"),
        ("thier", "their"),
        ("sincerly", "sincerely"),
        ("tommorow", "tomorrow"),
        ("dont", "don't"),
        ("adress", "address"),
    ],
)
def test_the_likeliest_word_is_suggested_first(typo: str, first: str) -> None:
    from followup.lib.checker.spelling import suggestions_for

    assert suggestions_for(typo)[0] == first


@pytest.mark.parametrize("word", ["makerspace", "storytime", "interlibrary", "multisite"])
def test_two_words_joined_or_a_prefixed_word_is_a_warning_not_an_error(
    spelling: Spelling, word: str
) -> None:
    assert spelling(f"I liked the {word} idea.") == [(word, "warning")]


@pytest.mark.parametrize("slip", ["thankyou", "eachother", "aswell"])
def test_a_function_word_run_into_another_is_an_error(spelling: Spelling, slip: str) -> None:
    assert spelling(f"I said {slip} there.") == [(slip, "error")]


def test_a_name_starting_a_sentence_is_a_warning_but_a_slip_there_is_an_error(
    spelling: Spelling,
) -> None:
    found = spelling("Jasleen showed me the lab. Tommorow I will call. Okonkwo agreed.")
    assert found == [("Jasleen", "warning"), ("Tommorow", "error"), ("Okonkwo", "warning")]


@pytest.mark.parametrize("name", ["Maren", "Yara Okonjo", "Dagny"])
def test_the_writers_own_name_under_the_closing_is_never_an_error(name: str) -> None:
    # Names one letter away from a common word ("Maren" ~ "Karen"/"mare") at the start of a
    # line would otherwise read as a slip; under a closing they are the sender's name.
    text = (
        "Dear Ms. Smith,\n\nThank you for telling me about the new clinic on Tuesday.\n\n"
        f"Kind regards,\n{name}"
    )
    findings = [
        f for f in check(text, CheckContext(recipients=("Jane Smith",))) if f.code == "spelling"
    ]
    assert findings == [] or all(f.severity == "warning" for f in findings)


def test_a_slip_at_the_start_of_a_line_in_the_body_is_still_an_error() -> None:
    text = "Dear Ms. Smith,\n\nRecieve my thanks for the tour on Tuesday.\n\nKind regards,\nMaren"
    errors = [
        f.text
        for f in check(text, CheckContext(recipients=("Jane Smith",)))
        if f.severity == "error"
    ]
    assert "Recieve" in errors


@pytest.mark.parametrize(
    ("word", "severity"),
    [("biosolids", "warning"), ("neuroimaging", "warning"), ("dereplication", "warning")],
)
def test_a_trade_word_made_of_a_combining_form_and_a_word_is_only_a_warning(
    spelling: Spelling, word: str, severity: str
) -> None:
    assert spelling(f"I enjoyed hearing about the {word} work at your lab.") == [(word, severity)]


def test_a_slip_that_leaves_a_short_word_after_de_is_still_an_error(spelling: Spelling) -> None:
    assert spelling("I admired the desing of your new clinic.") == [("desing", "error")]


def _typos_of(word: str) -> list[str]:
    """Every slip of one letter in `word` (dropped, doubled, swapped, changed to its neighbour
    in the alphabet), and one of each kind on top of another."""
    one = []
    for i in range(len(word)):
        one.append(word[:i] + word[i + 1 :])
        one.append(word[:i] + word[i] + word[i:])
        one.append(word[:i] + chr(ord(word[i]) + 1) + word[i + 1 :])
        if i + 1 < len(word):
            one.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    two = [slip[:j] + slip[j + 1 :] for slip in one[::5] for j in range(0, len(slip), 3)]
    return [typo for typo in dict.fromkeys(one + two) if typo and typo != word]


@pytest.mark.parametrize("word", ["schedule", "interview", "conversation", "physicians", "we"])
def test_the_words_searched_for_suggestions_are_those_a_full_comparison_finds(word: str) -> None:
    """Suggestions search words with the typo's first letters through their letter columns;
    they find exactly the words that comparing every one of them, letter by letter (rapidfuzz's
    optimal string alignment), finds, at the same distances, in the same order."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from followup.lib.checker.frequency import frequencies
    from followup.lib.checker.suggest import MAX_EDITS, _within_reach_in_group

    table = frequencies()
    for typo in _typos_of(word):
        lengths = range(max(1, len(typo) - MAX_EDITS), len(typo) + MAX_EDITS + 1)
        starts = dict.fromkeys(typo[:2])
        every = [w for start in starts for w in table.near_in_length(len(typo), MAX_EDITS, start)]
        compared = process.extract_iter(typo, every, scorer=OSA.distance, score_cutoff=MAX_EDITS)
        expected = [(w, distance) for w, distance, _ in compared if distance > 0]
        searched = [
            hit
            for start in starts
            for length in lengths
            for hit in _within_reach_in_group(typo, start, length)
        ]
        assert searched == expected, typo


@pytest.mark.parametrize(
    ("first", "second"),
    [("ca", "abc"), ("abcdef", "badcfe"), ("intervew", "interview"), ("shedule", "schedule"),
     ("aab", "ab"), ("teh", "the"), ("recieve", "receive"), ("abcd", "dcba"), ("", "ab"),
     ("welcom", "webcam"), ("physcians", "physicians"), ("converstion", "conversion")],
)  # fmt: skip
def test_the_edit_distance_is_the_optimal_string_alignment_one(first: str, second: str) -> None:
    from rapidfuzz.distance import OSA

    from followup.lib.checker.suggest import MAX_EDITS, osa_distance

    expected = min(OSA.distance(first, second), MAX_EDITS + 1)
    assert osa_distance(first, second) == expected
    assert osa_distance(second, first) == expected
