"""Real-word errors found by what a word class allows next to it: a modal before a bare verb
("would loved"), "who's" before an adjective and a plural noun, "whose" before a word of degree,
"effect" as a verb after a plural subject or a modal, "it's" after a verb of how an organization
treats people, -ing after "committed to" and "thank you for", how a person feels ("so
exciting about"), a bare verb after "have" ("have submit") or after "it" opening a clause ("it
mean"), "you're" before an adjective and a noun, and a few look-alikes ("the from", "to by the",
"suites you", "brake into", "of coarse", "drop of the"), a singular noun after a word that
counts ("my many question"); and the right word in its place left alone."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(
    kind="thank-you", recipients=("Ines Duarte",), company="Larkspur Dental", sender="Omar Haddad"
)


def _note(sentence: str) -> str:
    return f"Hi Ines,\n\nThank you for the interview on Monday. {sentence}\n\nBest,\nOmar"


def wrong_words(sentence: str) -> list[Finding]:
    return [f for f in check(_note(sentence), CONTEXT) if f.code == "wrong-word"]


def errors(sentence: str) -> list[Finding]:
    return [f for f in check(_note(sentence), CONTEXT) if f.severity == "error"]


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("I would enjoyed working with the hygiene team.", "enjoyed", "enjoy"),
        ("We could talked about it more next time.", "talked", "talk"),
        ("I should mentioned my sterilization training.", "mentioned", "mention"),
        ("I can't believed how organized the clinic was.", "believed", "believe"),
        ("I met Carla, who's careful answers stayed with me.", "who's", "whose"),
        ("I'd join a clinic whose truly devoted to its patients.", "whose", "who's"),
        ("It's an office whose extremely careful about safety.", "whose", "who's"),
        ("Longer appointments effect patient comfort.", "effect", "affect"),
        ("The renovations will effect patient parking.", "effect", "affect"),
        ("The practice rewards it's hygienists for extra training.", "it's", "its"),
        ("I am committed to improve my charting speed.", "improve", "improving"),
        ("Thank you again for introduce me to Dr. Lam.", "introduce", "introducing"),
        ("I'm really exciting about the new imaging suite.", "exciting", "excited"),
        ("I was always interesting in pediatric care.", "interesting", "interested"),
        ("I've signed the consent from and the tax from.", "from", "form"),
        ("I plan to by the textbook you mentioned.", "by", "buy"),
        ("Any afternoon that suites you works for me.", "suites", "suits"),
        ("I hope to brake into orthodontics one day.", "brake", "break"),
        ("Moral among the assistants seemed great.", "Moral", "Morale"),
        ("Your anecdote lead to a great talk about patient fears.", "lead", "led"),
        ("I will brought the signed contract on Monday.", "brought", "bring"),
        ("I have submit the reference forms you asked for.", "submit", "submitted"),
        ("We've discuss the start date with my current manager.", "discuss", "discussed"),
        ("Thanks again, it mean so much to me.", "mean", "means"),
        ("I admired how patient you're reception staff were.", "you're", "your"),
        ("I'm sorry for been so slow to reply.", "been", "being"),
        ("I have did the practice exam twice since then.", "did", "done"),
        ("I hope you had a grate holiday.", "grate", "great"),
        ("I look forward to herring back from you.", "herring", "hearing"),
        ("Thank you for the tour, you was so patient with me.", "was", "were"),
        ("Of coarse I'd be glad to meet the owners.", "coarse", "course"),
        ("I formally managed a used bookstore in Halifax.", "formally", "formerly"),
        ("I was wandering whether the role is unionized.", "wandering", "wondering"),
        ("My background is mostly in retail sells.", "sells", "sales"),
        ("I'm not averse to travel, and not adverse to evening events.", "adverse", "averse"),
        ("I'm hoping are schedules line up next week.", "are", "our"),
        ("Our you around on Friday afternoon?", "Our", "Are"),
        ("Please let me know it we should bring anything.", "it", "if"),
        ("Meeting the buyers was on of my favourite moments.", "on", "one"),
        ("I spoke with a women from your events team.", "women", "woman"),
        ("I could take the afternoon of on Tuesday.", "of", "off"),
        ("I'll drop of the signed forms at the front desk.", "of", "off"),
        ("I could look in to the shipping delays you mentioned.", "in to", "into"),
        ("I want to complement you on such a friendly panel.", "complement", "compliment"),
        ("Your generous complements made my week.", "complements", "compliments"),
        ("We seen the new reading nook on the tour.", "seen", "saw"),
        ("I will gladly except whatever start date suits you.", "except", "accept"),
        ("I'd love to work their.", "their", "there"),
        ("Please thank Ana and you staff for the coffee.", "you", "your"),
        ("The tour meant a lot to my.", "my", "me"),
        ("I'd be glad to discuss this farther.", "farther", "further"),
        ("Please let me know if there's any thing else.", "any thing", "anything"),
        ("I should have went to the earlier session.", "went", "gone"),
        ("I hope its alright to send one more sample.", "its", "it's"),
        ("You can see there passionate about good books.", "there", "they're"),
        ("I'm so glad I got to be hear for the launch.", "hear", "here"),
        ("Were all looking forward to the next round.", "Were", "We're"),
        ("I was impressed by the number of personal on the floor.", "personal", "personnel"),
        ("The portal gives applicants excess to their files.", "excess", "access"),
        ("Thanks for showing us the sight on Friday.", "sight", "site"),
        ("It was a real please meeting you.", "please", "pleasure"),
        ("We wood be glad to host you again.", "wood", "would"),
        ("I met the principle of the agency, Dana Wu.", "principle", "principal"),
        ("I've complied my notes from the interview.", "complied", "compiled"),
        ("The store has long ours in December.", "ours", "hours"),
        ("I'd enjoy the role, weather full-time or part-time.", "weather", "whether"),
        ("My design skills would suit you're shop's rebrand.", "you're", "your"),
        ("I've spent several month working in bookstores.", "month", "months"),
        ("Thank you for your many kind word.", "word", "words"),
        ("I'm curious to see were it leads.", "were", "where"),
        ("I'd love to sea how the presses work.", "sea", "see"),
        ("We past the new warehouse on the drive in.", "past", "passed"),
        ("I'm glad to weight for the final decision.", "weight", "wait"),
        ("I happily excepted the invitation.", "excepted", "accepted"),
        ("I'm always eager to learn knew skills.", "knew", "new"),
        ("I hope you had time for a short brake today.", "brake", "break"),
        ("It was lovely meting your editors.", "meting", "meeting"),
        ("Thanks for the glimpse in to your print schedule.", "in to", "into"),
        ("Your mentoring program sounds highly affective.", "affective", "effective"),
        ("I'd love to learn along side your senior editors.", "along side", "alongside"),
        ("The posting peeked my curiosity right away.", "peeked", "piqued"),
        ("I'm used to manage busy holiday rushes.", "manage", "managing"),
        ("We were exciting about the author event.", "exciting", "excited"),
        ("Please see attach the reading list I mentioned.", "attach", "attached"),
        ("I can talk at your earliest convince.", "convince", "convenience"),
        ("That dose sound like a lovely team.", "dose", "does"),
        ("Than you so much for the tour.", "Than", "Thank"),
        ("Thank your for the coffee and the chat.", "your", "you"),
        ("I love the prospective of running story time.", "prospective", "prospect"),
        ("Her passed roles in publishing impressed me.", "passed", "past"),
        ("I am reach out to say thanks again.", "reach", "reaching"),
    ],
)
def test_the_wrong_word_is_found_with_the_right_one(sentence: str, wrong: str, right: str) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions[0]) for f in found][:1] == [(wrong, right)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would have enjoyed a longer tour.",
        "The will signed by the founder hangs in the lobby.",
        "Dr. Lam, who's trained dozens of assistants, was lovely.",
        "Anyone who's patient gets along with children.",
        "She's someone who's good friends with every patient.",
        "I'd love to work for a dentist whose very careful approach I admired.",
        "The clinic whose really thorough intake impressed me is yours.",
        "Small clinics can effect change quickly.",
        "The new chairs had a real effect on comfort.",
        "She says it's patients like hers who keep her going.",
        "The practice knows it's time to add evening hours.",
        "I'm committed to quality and to my patients.",
        "Thanks again for everything.",
        "I found the clinic interesting in many ways.",
        "I sent the email from my phone.",
        "I typed my address in the from field.",
        "It's easy to get to by bus.",
        "The moral of the day: ask for help early.",
        "Late arrivals lead to longer waits.",
        "My team lead to this day still checks on me.",
        "I have complete trust in the team.",
        "I have follow-up questions about the schedule.",
        "If you're free Thursday, I'd love to talk.",
        "They're great people to work with.",
        "Does it mean I should apply again?",
        "It fit neatly into my week.",
        "The advice you gave was exactly what I needed.",
        "Thanks for being so generous with your time.",
        "The brass grate by the door was lovely.",
        "I have experience with dental software.",
        "The mats are made of coarse rubber.",
        "I formally accepted the offer on Friday.",
        "She sells prints at the Saturday market.",
        "The storm had an adverse effect on traffic.",
        "I bought a coffee before the interview.",
        "The things I care about are people and patience.",
        "The women on the panel were lovely.",
        "The day of the interview was sunny.",
        "That's a sign of the times.",
        "It was one of the best mornings I've had.",
        "I'm happy to come in to sign the papers.",
        "The new shelving will complement the front displays.",
        "I've never seen a tidier stockroom.",
        "Everything except the parking was easy.",
        "I wrote to you weeks ago about the posting.",
        "Thanks to you both for the tour.",
        "The shop is farther from my home than I thought.",
        "Their team is amazing, and so is their café.",
        "The app and its fine print were easy to follow.",
        "I know there are many strong candidates.",
        "The people there working the tills were friendly.",
        "It was good to be there in person.",
        "Were all the forms received?",
        "It's a matter of personal preference.",
        "I loved seeing the sights of the old town.",
        "I believe in the principle of open communication.",
        "I complied with every request in the posting.",
        "The choice is ours to make.",
        "You're everyone's favourite manager, Priya told me.",
        "I met many team members on the tour.",
        "We read several five star reviews.",
        "Many people told me how much they love the shop.",
        "Five minutes later, Priya arrived.",
        "Were it not for the snow, I'd have arrived early.",
        "My grandfather went to sea the year he turned sixteen.",
        "In the past, I managed a team of six.",
        "We need to weight the survey results by region.",
        "Everyone attended, Sundays excepted.",
        "Who knew the shop had a rooftop garden?",
        "Will joined the call halfway through.",
        "Many hope to work here one day.",
        "Thank you team for the warm welcome.",
        "I used to work weekends at a bakery.",
        "I got used to long shifts quickly.",
        "I like ours better than theirs.",
        "Please attach the signed form when you reply.",
        "A dose of humour goes a long way.",
        "Thank your team for me, please.",
        "Prospective booksellers get a tour on Fridays.",
        "The grant was used to build a reading room.",
        "It's an effective way to train new staff.",
        "Everyone was exciting to watch during the demo.",
        "The brake on the delivery van was stiff.",
    ],
)
def test_the_right_word_in_its_place_is_left_alone(sentence: str) -> None:
    assert errors(sentence) == []
