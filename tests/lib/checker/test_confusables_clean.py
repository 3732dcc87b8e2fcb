"""Right words the real-word rules once took for slips, each beside the slip they still catch:
a noun owned after "your" ("It is your right"), "whose" before a described noun, "form" as the
noun a clause tells about, "it's" + adjective + noun saying what it is, and the school's
"principal" met in a clause of its own. And "their"/"your" before an adverb and what a subject
is ("their really happy", "your clearly a great fit"), which is "they're"/"you're"."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(kind="thank-you", lang="en")


def wrong_word_errors(text: str) -> list[Finding]:
    return [f for f in check(text, CONTEXT) if f.code == "wrong-word" and f.severity == "error"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is your right to decide.",
        "It's your right to say no.",
        "Your right to ask for a second opinion is in the policy.",
        "Whose available slots should I book?",
        "Whose very kind offer was that?",
        "the feedback form the clinic sent",
        "Thanks for the feedback form you sent.",
        "I read the email form HR sent.",
        "It's new work for me.",
        "The principal that we met was kind.",
        "I love their really bright office.",
        "Their really good coffee kept us going.",
        "Your clearly written notes helped.",
        "Thanks for your really kind note.",
        "Its being closed on Monday is a problem.",
        "I worry about its being late.",
        "their going rate is too high for us",
        "I moved to the ward and it's new work for me.",
        "That's your right, of course.",
        "The update form the office uses is outdated.",
        "It's main street parking only, I'm afraid.",
    ],
)
def test_a_right_word_in_a_tricky_place_is_left_alone(sentence: str) -> None:
    assert wrong_word_errors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("Thanks again and your welcome to join us.", "your", "you're"),
        ("Your welcome to join us anytime.", "Your", "You're"),
        ("Your right that the commute is short.", "Your", "You're"),
        ("I wonder whose available to help.", "whose", "who's"),
        ("Whose going to the event?", "Whose", "Who's"),
        ("I wonder whose very keen to help.", "whose", "who's"),
        ("I haven't heard back form you yet.", "form", "from"),
        ("I got the feedback form the clinic today.", "form", "from"),
        ("Thanks for the reply form your team.", "form", "from"),
        ("thanks again its been a great week", "its", "it's"),
        ("It's new office is in Leeds.", "It's", "Its"),
        ("The firm moved it's main office.", "it's", "its"),
        ("I share the studio's principal that good design is invisible.", "principal", "principle"),
        ("They're managers were very supportive.", "They're", "Their"),
        ("I spoke to them and their really happy with the plan.", "their", "they're"),
        ("I think their clearly the best team.", "their", "they're"),
        ("Thanks for the call, your clearly passionate about the work.", "your", "you're"),
        ("Your clearly a great fit.", "Your", "You're"),
        ("I know its being fixed.", "its", "it's"),
        ("Its being handled by Sam.", "Its", "It's"),
        ("their going to call back", "their", "they're"),
        ("We talked about the team and it's new goals.", "it's", "its"),
    ],
)
def test_the_slip_beside_it_is_still_caught(sentence: str, wrong: str, right: str) -> None:
    [finding] = wrong_word_errors(sentence)
    assert finding.text == wrong
    assert finding.suggestions == (right,)


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("The drivers told me there hoping to add a shift.", "there", "they're"),
        ("Over the passed five years the shop has grown.", "passed", "past"),
        ("A loose of even one order hurts a small shop.", "loose", "loss"),
    ],
)
def test_more_look_alikes_in_telling_frames(sentence: str, wrong: str, right: str) -> None:
    found = [f for f in check(sentence, CheckContext()) if f.code == "wrong-word"]
    assert [(f.text, f.suggestions[0]) for f in found] == [(wrong, right)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They told me there being no opening was only for now.",
        "I passed the forklift test last week.",
        "The knot came loose of its own accord.",
        "Over the past five years the shop has grown.",
    ],
)
def test_the_same_words_rightly_used_are_left_alone(sentence: str) -> None:
    assert [f for f in check(sentence, CheckContext()) if f.code == "wrong-word"] == []
