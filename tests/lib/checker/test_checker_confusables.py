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
        ("I'm excited about the chance to grow with you're organization.", "you're", "your"),
        ("Its been wonderful getting to know the team.", "Its", "It's"),
        ("Let me know if their is anything else you need.", "their", "there"),
        ("I appreciated learning about there approach to training new staff.", "there", "their"),
        ("They're commitment to patients really stood out.", "They're", "Their"),
        ("Working weekends is better then waiting for a full-time opening.", "then", "than"),
        ("I don't want to loose the chance to work with such a strong team.", "loose", "lose"),
        ("I would of liked to ask more about the schedule.", "of", "have"),
        ("We could of covered the budget questions in more detail.", "of", "have"),
        ("I'm eager to here your thoughts on my portfolio.", "here", "hear"),
        ("I hope to hear form the hiring committee soon.", "form", "from"),
        ("I look forward to discuss the role further.", "discuss", "discussing"),
        ("Looking forward to join the team in the fall.", "join", "joining"),
        ("I have know problem working evenings.", "know", "no"),
        ("Please let me no what time works best.", "no", "know"),
        ("The delay won't effect my availability.", "effect", "affect"),
        ("I'm happy to except the terms you outlined.", "except", "accept"),
        ("I'm not sure weather the role includes weekends.", "weather", "whether"),
        ("You where so generous with your time.", "where", "were"),
        ("Thank you for the great advise on my cover letter.", "advise", "advice"),
        ("Your probably busy with the season, so I'll keep this short.", "Your", "You're"),
        ("Thanks for showing me around, I enjoyed it to.", "to", "too"),
        ("I'd love to learn more about it's history in the community.", "it's", "its"),
        ("I was quiet impressed by the warehouse layout.", "quiet", "quite"),
        ("The plan makes since given the growth you described.", "since", "sense"),
        (
            "I will defiantly follow up on the certification you mentioned.",
            "defiantly",
            "definitely",
        ),
        ("I really appreciate you taking the time to talk to me to.", "to", "too"),
        ("Thank you for you're patience while I found the building.", "you're", "your"),
        ("Your going to see my application for the evening role too.", "Your", "You're"),
        ("I think its important to keep patients informed.", "its", "it's"),
        ("The clinic and it's staff made me feel at home.", "it's", "its"),
        ("I was glad to see how there volunteers are trained.", "there", "their"),
        ("Their hiring for the holiday season, so I applied right away.", "Their", "They're"),
        ("The new role pays less then my current job.", "then", "than"),
        ("Please don't hesitate to contact me if your interested.", "your", "you're"),
        ("I should of asked about parking before the interview.", "of", "have"),
        ("I'm looking forward to meet your manager next week.", "meet", "meeting"),
        ("Its my goal to earn my forklift certification this year.", "Its", "It's"),
        ("We where both surprised by how quickly the time passed.", "where", "were"),
        ("Thank you again for you're thoughtful questions.", "you're", "your"),
        ("I would loose my seniority if I left, but this role is worth it.", "loose", "lose"),
        ("I can't wait to here what you decide.", "here", "hear"),
        ("Its clear that your team values communication.", "Its", "It's"),
        ("Your welcome to reach me at any time.", "Your", "You're"),
        ("I have know idea how you keep the shelves so tidy.", "know", "no"),
        ("I'd gladly except a part-time position to start.", "except", "accept"),
        ("I couldn't tell weather the role included delivery.", "weather", "whether"),
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
        "I'm excited about the chance to grow with your organization.",
        "It's been wonderful getting to know the team.",
        "Let me know if there is anything else you need.",
        "I appreciated learning about their approach to training new staff.",
        "Their commitment to patients really stood out.",
        "Working weekends is better than waiting for a full-time opening.",
        "I don't want to lose the chance to work with such a strong team.",
        "I would have liked to ask more about the schedule.",
        "I'm eager to hear your thoughts on my portfolio.",
        "I look forward to discussing the role further.",
        "I have no problem working evenings.",
        "Please let me know what time works best.",
        "The delay won't affect my availability.",
        "I'm happy to accept the terms you outlined.",
        "I'm not sure whether the role includes weekends.",
        "You were so generous with your time.",
        "Thank you for the great advice on my cover letter.",
        "You're probably busy with the season, so I'll keep this short.",
        "I was quite impressed by the warehouse layout.",
        "The plan makes sense given the growth you described.",
        "I will definitely follow up on the certification you mentioned.",
        "Thank you for your patience while I found the building.",
        "There's a lot to like about the role, and it's close to home.",
        "I went there last spring and liked the space then too.",
        "Your team's energy was contagious.",
        "The store's layout made it easy to find things, and its signage was clear.",
        "The hiring process was faster than I expected.",
        "I'd like to hear more about the training plan when you have time.",
        "If there's anything I can send, please let me know.",
        "They're lucky to have a manager who listens.",
        "I know the busy season is coming, so I won't take much of your time.",
        "You mentioned the role could grow into a lead position.",
        "Their new app looked easy to use.",
        "The weather in Picton was perfect for the tour.",
        "I'm not sure if the role is posted yet, but I wanted to say thank you.",
        "It was a pleasure to meet you and your colleagues.",
        "We talked about how the team handles returns.",
        "I wasn't sure where to park, so thank you for the directions.",
        "Then you showed me the loading dock, which was the best part.",
        "I've attached the references you asked for.",
        "I'd be glad to come in again to meet the rest of the team.",
        "Please give my thanks to Maria too.",
        "Whether or not I'm chosen, I learned a lot.",
        "I have been a cashier for three years and a supervisor for one.",
        "I look forward to the possibility of working together.",
        "The effect of your coaching on the team was obvious.",
        "Everyone except me seemed to know the building already.",
        "I'd advise anyone to apply there.",
        "The personnel manager was very welcoming.",
        "I could tell you were proud of the team.",
        "I think it's important to keep patients informed.",
        "The clinic and its staff made me feel at home.",
        "They're hiring for the holiday season, so I applied right away.",
        "Please don't hesitate to contact me if you're interested.",
        "It's my goal to earn my forklift certification this year.",
        "We were both surprised by how quickly the time passed.",
        "I can't wait to hear what you decide.",
        "I'd rather not guess, so I asked the receptionist.",
        "Your colleague Sam explained the scanner system.",
        "There were three of us waiting, and everyone was nervous.",
        "You mentioned there might be a second interview.",
        "I'll bring a copy of my licence next time.",
        "Their volunteers seemed happy and well trained.",
        "I was too nervous to eat breakfast, but the interview went well.",
        "I hope to hear from you soon.",
        "It was good to see the team in action.",
        "If it's helpful, I can send my schedule for the next month.",
        "Thanks again for the tour, and for the coffee.",
        "I know it's a busy time of year for you.",
        "There's no rush on my end.",
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
