"""Real-word errors of round sixteen: "who's" before a word for kin, "accept" for "except" after
"everyone …", "through" for "threw" after a subject, "town counsel", "to breath", "every day"
before a noun, "before hand", "what ever", "your coming too?"; and the same words rightly used,
left alone."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(kind="thank-you", lang="en")


def wrong_words(text: str) -> list[Finding]:
    return [f for f in check(text, CONTEXT) if f.code == "wrong-word"]


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("We spoke to the chef who's son plays in the band.", "who's"),
        ("I thanked the driver who's wife had packed the lunch.", "who's"),
        ("Everybody signed the card accept Tom.", "accept"),
        ("All the rooms were ready accept the last one.", "accept"),
        ("She through the papers in the recycling bin.", "through"),
        ("We through a small party for the retiring nurse.", "through"),
        ("The city counsel meets on Tuesdays.", "counsel"),
        ("I joined the student counsel in my second year.", "counsel"),
        ("It was hard to breath in the crowded hall.", "breath"),
        ("I couldn't breath when they called my name!", "breath"),
        ("Those are every day chores for any parent.", "every day"),
        ("It helps with every day life.", "every day"),
        ("I read the brief before hand.", "before hand"),
        ("Pick what ever works best for the team.", "what ever"),
        ("Great, your joining tomorrow?", "your"),
        ("May be we could swap shifts next week.", "May be"),
        ("Thanks, may be I'll drop by later.", "may be"),
        ("She jumped in to the project on day one.", "in to"),
        ("We moved in to the new clinic last spring.", "in to"),
        ("Please take my schedule in to account.", "in to"),
        ("The office ordered some stationary and a printer.", "stationary"),
        ("We printed stationary for the gala.", "stationary"),
        ("Thank you for your wise council.", "council"),
        ("Our legal council reviewed the lease.", "council"),
        ("Were really excited to start in June.", "Were"),
        ("Thanks again. Were so grateful for the tour.", "Were"),
        ("The affects of the new rota were clear.", "affects"),
        ("What a kind complement from the chair.", "complement"),
        ("Can't wait, see you to on the ninth!", "to"),
        ("We are so great full for the donation.", "great full"),
        ("ok its gonna be a long day", "its"),
        ("Her feedback was really through and kind.", "through"),
        ("Send it over, weather by post or by hand.", "weather"),
        ("We are moving foreword with the plan.", "foreword"),
        ("For me it is a question of principal.", "principal"),
        ("We lead the audit two years ago.", "lead"),
        ("I couldn't bare to leave early.", "bare"),
        ("They use to visit us on Sundays.", "use"),
        ("Let's grab coffee some where nearby.", "some where"),
        ("Great, I'll meet you their at noon.", "their"),
        ("Every one here was so welcoming.", "Every one"),
        ("This role would compliment my studies well.", "compliment"),
    ],
)
def test_caught(sentence: str, wrong: str) -> None:
    at = sentence.find(wrong)
    found = wrong_words(sentence)
    assert any(f.start < at + len(wrong) and f.end > at for f in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "I met the nurse whose son works here.",
        "Who's family friendly in this town?",
        "Everyone will accept the new rota.",
        "Everyone here gladly accepted the offer, and I accept the terms too.",
        "All of us accept the terms.",
        "We walked through the ward together.",
        "He got through the exam easily.",
        "I threw the ball to the new intern.",
        "She gave me wise counsel about the move.",
        "Our legal counsel reviewed the contract.",
        "I took a deep breath before I went in.",
        "Let's take a breath of fresh air.",
        "I go there every day for lunch.",
        "I walk every day to work.",
        "These are everyday tasks.",
        "Wash your hands before hand surgery.",
        "What ever happened to the old sign?",
        "Your coming to the fair meant a lot.",
        "Thanks for your joining us tomorrow.",
        "May be late today, sorry.",
        "It may be we need another day.",
        "I logged in to the portal this morning.",
        "Could you come in to see me on Friday?",
        "We moved into the new clinic in spring.",
        "The bus was stationary for twenty minutes.",
        "I bought a new stationary bike and some stationery.",
        "The city council was kind and helpful.",
        "Our council members gave good counsel.",
        "The legal council meeting starts at noon.",
        "Were you so glad it was over?",
        "The weather affects the schedule.",
        "The wine was a perfect complement to the meal.",
        "Let me see you to the door.",
        "It was a great full day of training.",
        "Its goal is to help families.",
        "We got through it and it was very thorough.",
        "The weather by the coast was lovely.",
        "He wrote the foreword of the book.",
        "She is the principal of the school.",
        "We lead the weekly stand-up.",
        "I will lead the audit next year.",
        "We use to-do lists.",
        "They use to help plan the day.",
        "I hope we can bear with the delay.",
        "We can find some time somewhere.",
        "I'll send you their numbers.",
        "Every one of the nurses was kind.",
        "I want to compliment my team on their work.",
    ],
)
def test_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []
