"""Real-word errors of round fifteen: "no"/"now" for "know" after "don't", "did not", a modal or
a subject; "who's" before an adjective and a noun; look-alike nouns and adjectives after a
linking verb or a possessive (data/lookalikes.txt: confidant/confident, conscience/conscious,
dependant/dependent); "patients" for "patience", "excepted", "were"/"we're" for "where"/"were";
and the same words rightly used, left alone."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(kind="thank-you", lang="en")


def wrong_words(text: str) -> list[Finding]:
    return [f for f in check(text, CONTEXT) if f.code == "wrong-word"]


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("They don't no my manager yet.", "no", "know"),
        ("He didn't no the code for the side door.", "no", "know"),
        ("I did not no the shop closed early.", "no", "know"),
        ("She doesn't now a single name on the list.", "now", "know"),
        ("I didn't now about the second round.", "now", "know"),
        ("We do not now whether the slot is still open.", "now", "know"),
        ("I'll now which shift I have by Monday.", "now", "know"),
        ("You would now better than anyone.", "now", "know"),
        ("I will now more after my exam.", "now", "know"),
        ("We now perfectly well how hard that week was.", "now", "know"),
        ("I spoke with the intern who's quick fix saved the demo.", "who's", "whose"),
        ("She is the teacher who's gentle approach won the parents over.", "who's", "whose"),
        ("I am extremely confidant in my cooking skills.", "confidant", "confident"),
        ("I remain confidant that the move is right.", "confidant", "confident"),
        ("I'm confidant the training will go well.", "confidant", "confident"),
        ("I was not conscience of the noise at the time.", "conscience", "conscious"),
        ("I am very conscience that the budget is tight.", "conscience", "conscious"),
        ("The clinic is heavily dependant on volunteers.", "dependant", "dependent"),
        ("Our timeline is dependant on the permit.", "dependant", "dependent"),
        ("My sister has always been my closest confident.", "confident", "confidant"),
        ("My conscious is clear about the decision.", "conscious", "conscience"),
        ("Thanks again for your patients and your time.", "patients", "patience"),
        ("Thanks so much for your patients.", "patients", "patience"),
        ("The patience were grateful for the new chairs.", "patience", "patients"),
        ("I have been excepted to the nursing program.", "excepted", "accepted"),
        ("I asked the driver were to drop the boxes.", "were", "where"),
        ("The shifts we're longer than I was used to.", "we're", "were"),
        ("The volunteers we're so friendly and welcoming.", "we're", "were"),
        ("I know longer work at the bakery.", "know", "no"),
        ("We know longer need the extra desk.", "know", "no"),
        ("I am know looking for part-time work.", "know", "now"),
        ("We're know ready to start.", "know", "now"),
        ("He new my father from church.", "new", "knew"),
        ("They new exactly which forms to bring.", "new", "knew"),
        ("I new nothing about the trade before.", "new", "knew"),
        ("The clerk whose currently covering the desk was helpful.", "whose", "who's"),
        ("Whose finished the inventory list?", "whose", "who's"),
        ("The agent whose handling my file called.", "whose", "who's"),
        ("I'd rather call then email.", "then", "than"),
        ("It was better then I hoped.", "then", "than"),
        ("The trip took longer then planned.", "then", "than"),
        ("That's were I learned to cook.", "were", "where"),
        ("The office were I work is downtown.", "were", "where"),
        ("This is the town were we grew up.", "were", "where"),
        ("I wonder were the meeting is.", "were", "where"),
        ("Do you know were the forms are?", "were", "where"),
        ("Where you able to find the file?", "where", "were"),
        ("The nurse who's warm smile greeted us was new.", "who's", "whose"),
    ],
)
def test_wrong_word_is_found(sentence: str, wrong: str, right: str) -> None:
    found = wrong_words(sentence)
    assert [f.text.lower() for f in found] == [wrong.lower()], found
    assert right.lower() in [s.lower() for s in found[0].suggestions]


@pytest.mark.parametrize(
    "sentence",
    [
        "No, I don't know him, but I would like to meet him.",
        "I didn't know that, no.",
        "Now that I know the team, I feel at home.",
        "We will now receive the forms by mail.",
        "I would now like to ask about the start date.",
        "You can now book a room online.",
        "I now fully understand the process.",
        "We now know what to expect.",
        "I do not now plan to move.",
        "There is no more room on the bus.",
        "I knew the building well.",
        "The nurse whose patients I met was kind.",
        "Who's excited for the launch?",
        "The cook who's calm under pressure is the best.",
        "She was confidant to the founder for years.",
        "He is my closest confidant.",
        "I am confident in my skills.",
        "My conscience is clear.",
        "I was conscious of the time.",
        "It weighed on my conscience for weeks.",
        "She claimed her son as a dependant on her return.",
        "The plan is dependent on funding.",
        "The nurse cared for her patients with great patience.",
        "Thank you for caring for your patients so well.",
        "Our patients are grateful for the new chairs.",
        "Thank you for your patience while we sorted it out.",
        "Weekends are excepted from the rule.",
        "I was accepted into the program.",
        "If the driver were to drop the boxes, we would be fine.",
        "I asked where to drop the boxes.",
        "The things we're good at are listed below.",
        "The projects we're planning are exciting.",
        "The shifts were longer than I was used to.",
        "The people we're closest to helped the most.",
        "I am a confident and careful driver.",
        "My confident manner helped in the interview.",
        "It was a conscious choice.",
        "I'm grateful for the patients and families I met.",
        "Their patience had worn thin by noon.",
        "Sundays are excepted.",
        "Their know-how is great.",
        "It's know-how that matters most.",
        "Where we all meet is the cafe.",
        "Up to now what mattered most was speed.",
        "The key is conscience.",
        "I wish you new beginnings.",
        "I was excepted from the fee.",
        "The first patients were seen at nine.",
        "I gained a lot of confidence and my confident voice came back.",
        "She is my confidant and my friend.",
        "He's a trusted confidant who listens.",
        "I do now and always will.",
        "Do you now work remotely?",
        "I don't now, but I used to.",
        "I will now go over the details.",
        "We would now like to invite you.",
        "The office were closed on Monday.",
        "The team were great.",
        "Everyone except the driver were at the meeting.",
        "My manager new to the role asked great questions.",
        "He is new to the area.",
        "They are new here.",
        "I knew nothing about the trade before.",
        "We no longer need the extra desk.",
        "I know now where to go.",
        "The new hires start Monday.",
        "You new hires should meet the chef.",
        "The author whose recently published book I read spoke.",
        "The clerk who's currently covering the desk was helpful.",
        "I called, then I emailed.",
        "The office where I work is downtown.",
        "The offices were clean and bright.",
        "If the office were closer, I would walk.",
        "The options were limited.",
        "That's where I learned to cook.",
        "Were you able to find the file?",
        "The nurse whose warm smile greeted us was new.",
        "It is known that the clinic is busy.",
        "I am now looking for part-time work.",
        "I know one person there.",
        "Whose turn is it?",
        "We knew him well.",
        "Where you going after work?",
        "Were I to accept, I could start in May.",
        "The plan, were we to go ahead, is simple.",
    ],
)
def test_right_word_is_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []
