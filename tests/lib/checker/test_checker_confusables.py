"""Real-word errors: a right word in the wrong place ("your welcome", "could of"), found by
the words around it, both ways round, and never on the right word in its place."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check
from followup.lib.checker.confusables import ing_form, rules

CONTEXT = CheckContext(kind="thank-you", recipients=("Siobhan O'Connor",), sender="Sam Patel")


def wrong_words(text: str) -> list[Finding]:
    return [f for f in check(text, CONTEXT) if f.code == "wrong-word"]


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("Your welcome to call me anytime.", "Your", "You're"),
        ("I think your going to love the new schedule.", "your", "you're"),
        ("Its a pleasure to work with such a kind team.", "Its", "It's"),
        ("Its great to hear that the project moved forward.", "Its", "It's"),
        ("I admire how the clinic treats it's patients.", "it's", "its"),
        ("Their is a lot I can bring to the role.", "Their", "There"),
        ("I hope their doing well after the move.", "their", "they're"),
        ("I loved meeting there team on Friday.", "there", "their"),
        ("I would rather start sooner then later.", "then", "than"),
        ("The role is more challenging then my last one.", "then", "than"),
        ("I finished the course and than started volunteering.", "than", "then"),
        ("I don't want to loose touch with you.", "loose", "lose"),
        ("I enjoyed meeting you to!", "to", "too"),
        ("I could of mentioned my forklift licence.", "of", "have"),
        ("You should of seen the crowd at the fair.", "of", "have"),
        ("I hope to here from you soon.", "here", "hear"),
        ("I look forward to hear from you.", "hear", "hearing"),
        ("We are looking forward to meet the whole team.", "meet", "meeting"),
        ("I look forward to work with you.", "work", "working"),
        ("I am glad to hear form you.", "form", "from"),
        ("I have know doubt that I can learn quickly.", "know", "no"),
        ("Please let me no if you need anything else.", "no", "know"),
        ("The new system will effect the whole team.", "effect", "affect"),
        ("I would gladly except your offer.", "except", "accept"),
        ("I wasn't sure weather to call or email.", "weather", "whether"),
        ("You where very kind to show me around.", "where", "were"),
        ("I know were I could help the most.", "were", "where"),
        ("Thank you for your advise about my resume.", "advise", "advice"),
        ("I added a personnel note to my application.", "personnel", "personal"),
        ("Thank you for you're time yesterday.", "you're", "your"),
        ("I appreciate you're help with the forms.", "you're", "your"),
        ("It was quiet a day, and I learned a lot.", "quiet", "quite"),
        ("It makes since to start in the spring.", "since", "sense"),
        ("I was defiantly impressed by your team.", "defiantly", "definitely"),
        ("They're office is beautiful.", "They're", "Their"),
        ("Your right that the commute is short.", "Your", "You're"),
        ("I went threw the binder you gave me.", "threw", "through"),
    ],
)
def test_a_right_word_in_the_wrong_place_is_an_error_with_the_right_one(
    sentence: str, wrong: str, right: str
) -> None:
    [finding] = wrong_words(sentence)
    assert (finding.severity, finding.text, finding.suggestions) == ("error", wrong, (right,))
    assert sentence[finding.start : finding.end] == wrong


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your time and your help with the forms.",
        "You're welcome to call me anytime.",
        "I think you're going to love the new schedule.",
        "It's a pleasure to work with such a kind team.",
        "I admire how the clinic treats its patients and its own staff.",
        "The team knows its strengths and it's clear they work well together.",
        "There is a lot I can bring to the role.",
        "I hope they're doing well after the move.",
        "I loved meeting their team on Friday.",
        "Is there time next week to talk?",
        "I would rather start sooner than later.",
        "I finished the course and then started volunteering.",
        "I don't want to lose touch with you.",
        "I enjoyed meeting you too!",
        "I could have mentioned my forklift licence.",
        "It could of course take longer than planned.",
        "I hope to hear from you soon.",
        "I look forward to hearing from you.",
        "I look forward to the next step.",
        "I look forward to our talk next week.",
        "I look forward to it.",
        "I am glad to hear from you.",
        "I have no doubt that I can learn quickly.",
        "I no longer work at the bakery.",
        "Please let me know if you need anything else.",
        "The new system will affect the whole team.",
        "The change had a big effect on the team.",
        "I would gladly accept your offer.",
        "Everyone except the manager was there.",
        "I wasn't sure whether to call or email.",
        "The weather was lovely for the tour.",
        "You were very kind to show me around.",
        "I know where I could help the most.",
        "Thank you for your advice about my resume.",
        "Please advise me on the next steps.",
        "I added a personal note to my application.",
        "The personnel office sent me the forms.",
        "The office was quiet and calm.",
        "It makes sense to start in the spring.",
        "I have grown a lot since then.",
        "I was definitely impressed by your team.",
        "Their office is beautiful.",
        "You're right that the commute is short.",
        "I went through the binder you gave me.",
        "Your team was welcoming, and your questions were thoughtful.",
        "Your training program sounds excellent.",
        "Your understanding of the community impressed me.",
        "Your new building is lovely.",
        "I can show you where the files are.",
        "That is something to look forward to.",
        "I would love to.",
        "There are many ways to help, and I want to help too.",
        "I sent the form to you yesterday.",
        "I filled out the form and sent it back.",
        "It's been a pleasure, and its impact on me was real.",
        "I led a team of five and lead the weekly meetings now.",
        "Even though it was busy, I felt welcome.",
        "I look forward to continuing our conversation.",
        "Then again, the schedule is flexible.",
        "Other than that, everything went well.",
        "I was too nervous to ask, but I'd like to know more.",
        "I hope the weather holds for the event, whether or not it's outdoors.",
        "It was more than I expected.",
        "I look forward to work starting in May.",
        "Their own plans are not final.",
        "It's your call, and it's their decision.",
        "I'm not sure where they're going with the project.",
        "I went there to see the clinic.",
        "I worked there for two years.",
        "We were there until noon.",
    ],
)
def test_the_right_word_in_its_place_is_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


def test_words_across_a_sentence_end_are_not_read_together() -> None:
    assert wrong_words("I met your team. Going forward, I will call.") == []
    assert wrong_words("It was more. Then we left.") == []


def test_curly_apostrophes_and_capitals_are_read_like_straight_ones() -> None:
    [finding] = wrong_words("Thank you for you’re time.")
    assert finding.suggestions == ("your",)
    [finding] = wrong_words("YOUR welcome, Siobhan.")
    assert finding.suggestions == ("YOU'RE",)


def test_a_word_inside_a_template_blank_is_left_to_the_blank_finding() -> None:
    findings = check("Dear Siobhan,\n\nThank you. [Your welcome] to call.\n\nSam", CONTEXT)
    assert "wrong-word" not in {f.code for f in findings}


@pytest.mark.parametrize(
    ("verb", "form"),
    [("hear", "hearing"), ("make", "making"), ("chat", "chatting"), ("see", "seeing")],
)
def test_the_ing_form_follows_english_spelling(verb: str, form: str) -> None:
    assert ing_form(verb) == form


def test_every_rule_of_the_data_file_reads() -> None:
    loaded = rules()
    assert {"your", "its", "their", "then", "of", "to"} <= set(loaded)
    assert all(rule.must for group in loaded.values() for rule in group)
