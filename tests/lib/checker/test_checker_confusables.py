"""Real-word errors: a right word in the wrong place ("your welcome", "could of"), found by
the words around it, both ways round, and never on the right word in its place."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check
from followup.lib.checker.confusables import ing_form, rules
from followup.lib.checker.wordclass import is_ly_adverb

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

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
        ("Thank you for a interview I will remember.", "a", "an"),
        ("It was an great chance to learn about the team.", "an", "a"),
        ("I past the safety exam last week.", "past", "passed"),
        ("I have learned a lot in the passed few weeks.", "passed", "past"),
        ("It maybe helpful to know I have my own car.", "maybe", "may be"),
        ("I use Excel everyday at my current job.", "everyday", "every day"),
        ("I would love to be apart of your team.", "apart", "a part"),
        ("I met the supervisor who's team handles returns.", "who's", "whose"),
        ("Thanks for the sneak peak at the new store.", "peak", "peek"),
        ("The hole team made me feel welcome.", "hole", "whole"),
        ("I can start as early as next weak.", "weak", "week"),
        ("Than you for meeting with me on Friday.", "Than", "Thank"),
        ("Thank you for you time yesterday.", "you", "your"),
        ("It was a pleasure to meet you an your colleagues.", "an", "and"),
        ("I have a honest interest in the role.", "a", "an"),
        ("It was a hour well spent.", "a", "an"),
        ("I would of called sooner, but I wanted to give you time to decide.", "of", "have"),
        ("Its hard to believe it has been a month already.", "Its", "It's"),
        ("I know your busy, so I'll keep this brief.", "your", "you're"),
        ("There office in Belleville is easy to reach by bus.", "There", "Their"),
        ("The interview was shorter then I expected.", "then", "than"),
        ("I hope to here good news soon.", "here", "hear"),
        ("I was pleased to here that the team is growing.", "here", "hear"),
        ("I look forward to contribute to your team.", "contribute", "contributing"),
        ("I don't want to loose momentum in my search.", "loose", "lose"),
        ("Could you let me no when the decision is made?", "no", "know"),
        (
            "Thank you for taking the time to meet with me, it was great to meet you to.",
            "to",
            "too",
        ),
        ("Your probably wondering why I am writing again.", "Your", "You're"),
        ("The team clearly takes pride in it's work.", "it's", "its"),
        ("You where right about the traffic on the 401.", "where", "were"),
        ("I'm writing to ask weather there is any update.", "weather", "whether"),
        ("Please advice me if you need more references.", "advice", "advise"),
        ("It was a honour to meet the whole team.", "a", "an"),
        ("I would like to thank you for you support.", "you", "your"),
        ("I'm hoping their still looking for a weekend cashier.", "their", "they're"),
        ("I'm sure your very busy this month.", "your", "you're"),
        ("I was to nervous to mention my certificate.", "to", "too"),
        ("They're onboarding program sounds thorough.", "They're", "Their"),
        ("I think the schedule would suite me well.", "suite", "suit"),
        ("I was wandering if the role is still open.", "wandering", "wondering"),
        ("It was not a waist of time at all.", "waist", "waste"),
        ("Thank you for walking me thorough the warehouse.", "thorough", "through"),
        ("I new right away that I wanted the job.", "new", "knew"),
        ("I can start in to weeks.", "to", "two"),
        ("I look forward two meeting the team.", "two", "to"),
        ("I'm thrilled to be on bored.", "bored", "board"),
        ("It gives me piece of mind.", "piece", "peace"),
        ("We our excited about the move.", "our", "are"),
        ("Thank you for are conversation on Friday.", "are", "our"),
        ("The tour was a breathe of fresh air.", "breathe", "breath"),
        ("I wanted to right to you about the schedule.", "right", "write"),
        ("I am free right know if you would like to talk.", "know", "now"),
        ("Please let me now if you need my references.", "now", "know"),
        ("I have excepted the offer from your team.", "excepted", "accepted"),
        ("I liked hearing why there clients keep coming back.", "there", "their"),
        ("The shop floor was quieter then we expected.", "then", "than"),
        ("The drive took more time then it usually does.", "then", "than"),
        ("I took away a great deal form your advice on safety.", "form", "from"),
        ("I hope the questions did not run to long.", "to", "too"),
        ("I was almost to nervous to speak at first.", "to", "too"),
        # Word classes from the dictionary's flags: a noun after a possessive, an adjective
        # after "you're"/"they're".
        ("Thank you for explaining you're approach to audits.", "you're", "your"),
        ("They're dedication to safety was obvious.", "They're", "Their"),
        ("The plant takes pride in it's hygiene standards.", "it's", "its"),
        ("I admired there dedication to training.", "there", "their"),
        ("Let me know when your available for a call.", "your", "you're"),
        ("I can tell your passionate about food safety.", "your", "you're"),
        ("I could tell their proud of the new lab.", "their", "they're"),
        # "then" after a comparative earlier in the clause
        ("I'm better suited to desk work then to sales.", "then", "than"),
        ("I could start a week later then we planned.", "then", "than"),
        ("I look forward to hearing from you and to meet the staff.", "meet", "meeting"),
        ("I look forward to be part of the team.", "be", "being"),
        ("I enjoyed meeting the whole team to.", "to", "too"),
        ("Its obvious how much the staff care.", "Its", "It's"),
        ("Hear is the link to my portfolio.", "Hear", "Here"),
        ("It was great to hear form you on Monday.", "form", "from"),
        ("I received the offer letter form HR.", "form", "from"),
        ("I'll fill out the from tonight.", "from", "form"),
        ("I no you're busy this week.", "no", "know"),
        ("Please let me no.", "no", "know"),
        ("I would like to formally except the offer.", "except", "accept"),
        ("The visit had a strong affect on me.", "affect", "effect"),
        ("The tour was quiet helpful.", "quiet", "quite"),
        ("Your talk really peaked my interest.", "peaked", "piqued"),
        ("Thank you for the kind complement.", "complement", "compliment"),
        ("Team moral is clearly high.", "moral", "morale"),
        ("I double-check records to insure that nothing is missed.", "insure", "ensure"),
        ("It is one off the best clinics in town.", "off", "of"),
        ("I hope your well.", "your", "you're"),
        ("I can send them buy the end of the week.", "buy", "by"),
        ("It was so nice to meat you.", "meat", "meet"),
        ("Please bare with me.", "bare", "bear"),
        ("The receptionist roll sounds like a great fit.", "roll", "role"),
        ("I wasn't aloud to see the lab.", "aloud", "allowed"),
        ("Lets keep in touch.", "Lets", "Let's"),
        ("Thank your for the visit.", "your", "you"),
        ("I will send then to you tonight.", "then", "them"),
        ("I'm still hopping to hear from you.", "hopping", "hoping"),
        ("It is such a quite space.", "quite", "quiet"),
        ("I though the visit went well.", "though", "thought"),
        ("I wont forget your kindness.", "wont", "won't"),
        ("Happy to talk more latter in the term.", "latter", "later"),
        ("My first sight visit was an eye-opener.", "sight", "site"),
        ("My reply was delayed do to a family matter.", "do", "due"),
        ("I hope you're week is going well.", "you're", "your"),
        ("I know their busy with audits.", "their", "they're"),
        ("I appreciate your help to.", "to", "too"),
        ("I hope your having a restful weekend.", "your", "you're"),
        ("If your ever in Halifax, coffee is on me.", "your", "you're"),
        ("I'm sure your aware of the new rules.", "your", "you're"),
        ("The program and it's mentors impressed me.", "it's", "its"),
        ("Everyone seemed to love they're jobs.", "they're", "their"),
        ("I'd love to see there new warehouse.", "there", "their"),
        ("Your team clearly knows what their doing.", "their", "they're"),
        ("I'm to happy with the offer to negotiate.", "to", "too"),
        ("Looking forward to talk again soon.", "talk", "talking"),
        ("I'll be their at nine sharp.", "their", "there"),
        ("I can be they're by noon.", "they're", "there"),
        ("Thanks for showing me around you're store.", "you're", "your"),
        ("Its clear you care about your volunteers.", "Its", "It's"),
        ("I look forward to hopefully join your team.", "join", "joining"),
        ("I'd love to hear more about were the company is headed.", "were", "where"),
        ("I've attached my letter, as well as a writing sample to.", "to", "too"),
        ("There are to many great things to list.", "to", "too"),
        ("I think I would fit in their really well.", "their", "there"),
        ("I'm exited to hear about next steps.", "exited", "excited"),
        ("Its no problem at all to reschedule.", "Its", "It's"),
        ("I'd be happy to provide any farther information.", "farther", "further"),
        ("I really enjoyed loosing myself in the challenge.", "loosing", "losing"),
        ("Then you for the interview.", "Then", "Thank"),
        ("Could you tell me weather a decision has been made?", "weather", "whether"),
        ("I met Ana, who's portfolio I have admired for years.", "who's", "whose"),
        ("Your feedback will definitely effect how I present.", "effect", "affect"),
        ("Last year I lead the redesign of a museum website.", "lead", "led"),
        ("I share the studio's principal that good design is invisible.", "principal", "principle"),
        ("I'd be glad to meet the principle designers.", "principle", "principal"),
        ("Everyone accept the art director was there.", "accept", "except"),
        ("I walked passed the new building on my way in.", "passed", "past"),
        ("She lead the tour very well.", "lead", "led"),
        ("I believe in the principal of fairness.", "principal", "principle"),
        ("I would advice checking the shared drive.", "advice", "advise"),
        ("I arrived earlier then planned.", "then", "than"),
        ("The handle was lose, so I fixed it.", "lose", "loose"),
        ("It depends on weather the budget is approved.", "weather", "whether"),
        ("The deadline has past, but I wanted to follow up.", "past", "passed"),
        ("How will the merger effect the team?", "effect", "affect"),
        ("The changes will take affect in May.", "affect", "effect"),
        ("We will except applications until June.", "except", "accept"),
        ("I have lead several audits.", "lead", "led"),
        ("The principle of the school welcomed us.", "principle", "principal"),
        ("Can you advice me on the next steps?", "advice", "advise"),
        ("My manager advices me to apply.", "advices", "advises"),
        ("Safety here is more important then output.", "then", "than"),
        ("In a kitchen, care counts for more then speed.", "then", "than"),
        ("I asked about the new dock and were it would be built.", "were", "where"),
        ("I noticed how quite the lab was at noon.", "quite", "quiet"),
        ("It was a complement to hear your feedback.", "complement", "compliment"),
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
        "Thank you for an interview I will remember.",
        "It was a great chance to learn about the team.",
        "I passed the safety exam last week.",
        "I have learned a lot in the past few weeks.",
        "It may be helpful to know I have my own car.",
        "I use Excel every day at my current job.",
        "Everyday tasks like restocking are familiar to me.",
        "I would love to be a part of your team.",
        "I met the supervisor whose team handles returns.",
        "Who's the best person to send my references to?",
        "Thanks for the sneak peek at the new store.",
        "The whole team made me feel welcome.",
        "I can start as early as next week.",
        "Thank you for your time yesterday.",
        "It was a pleasure to meet you and your colleagues.",
        "I have an honest interest in the role.",
        "It was an hour well spent.",
        "I studied at a university in Ottawa and took a one-day course in first aid.",
        "It was a useful and an unusual interview.",
        "I hope to be a European-style barista one day.",
        "Thank you for the time you spent with me.",
        "I would like to thank you for your time.",
        "Apart from the commute, the role is ideal.",
        "There was a hole in my schedule, so I volunteered.",
        "My weak point is public speaking, and I am working on it.",
        "The sales peak at noon, as you said.",
        "I had a one-on-one with the supervisor.",
        "It is an honour to be considered.",
        "I have a MSc and an MBA.",
        "An X-ray technician showed me around.",
        "The clinic and its important work inspired me.",
        "I liked their great work with seniors.",
        "Their busy season starts in May.",
        "They have the right to know, and their right to privacy matters.",
        "I hope your meeting with the board went well.",
        "I hope your training session went well and your morning was calm.",
        "Thanks for your welcome to the team.",
        "I know what their training covers.",
        "It's people like you who make this work. It's hours away by car.",
        "I know they're students, and they're volunteers too.",
        "The plan went from good to great, from easy to hard.",
        "I appreciate your having me in.",
        "Your set of questions was fair, and your early reply was kind.",
        "I'd like to go there at noon. It's thanks to you.",
        "Set it to false.",
        "I walked around your store. Its important work inspired me.",
        "I look forward to finally meeting the crew.",
        "What were the main goals? I know who were there.",
        "I sent it to many people. I spoke to many of them.",
        "Their really good team made it easy. Their very own lab is great.",
        "I was excited to hear it. The car exited the lot.",
        "Then you can decide. It feels like you're busy.",
        "I'd like to go farther in my career. It's no problem.",
        "Your working hours sound ideal.",
        "I appreciated your taking the time to meet.",
        "It was all your doing.",
        "Your planning process is impressive.",
        "Your waiting room was calm.",
        "Their hiring process was clear.",
        "It's community that keeps the store going.",
        "It's staff like you who make the difference.",
        "I knew more then.",
        "I felt better then, and I feel great now.",
        "We met earlier then went for lunch.",
        "The will of the team was clear.",
        "I bought a can of paint on the way.",
        "It could change and affect the whole team.",
        "The weather you mentioned was a worry.",
        "I'll check weather before driving.",
        "I listened to advice on budgeting.",
        "The staff in the office were the kindest I have met.",
        "I'll show you where all the files are.",
        "I lead a team of five at my current job.",
        "The bus stop is just past the bridge.",
        "I will weather the storm and keep applying.",
        "Because whether or not I get the job, I learned a lot.",
        "I would have called sooner, but I wanted to give you time to decide.",
        "It's hard to believe it has been a month already.",
        "I know you're busy, so I'll keep this brief.",
        "Their office in Belleville is easy to reach by bus.",
        "The interview was shorter than I expected.",
        "I was pleased to hear that the team is growing.",
        "I look forward to contributing to your team.",
        "Could you let me know when the decision is made?",
        "You were right about the traffic on the 401.",
        "I'm writing to ask whether there is any update.",
        "Please advise me if you need more references.",
        "It was an honour to meet the whole team.",
        "I'm hoping they're still looking for a weekend cashier.",
        "If you need anything else, I'm happy to send it.",
        "Your store's layout made the tour easy to follow.",
        "I've been thinking about your question on conflict at work.",
        "Then again, every team has busy weeks.",
        "There are two references on the attached list.",
        "It was nice to see how the team supports its new hires.",
        "The job would let me use my forklift ticket again.",
        "Whether it's early mornings or late nights, I'm flexible.",
        "We spoke about the loose ends from the last inventory count.",
        "Your advice about my résumé helped a lot.",
        "I met a few of your colleagues, and they were welcoming.",
        "Thanks again, and have a great weekend.",
        "I was too excited to sleep the night before.",
        "I learned more in that hour than in a week of reading.",
        "There's a bus that stops right outside, which makes the commute easy.",
        "I'd love to know more about the training plan.",
        "The team's effect on customers was easy to see.",
        "If it helps your planning, I could start on the first of the month.",
        "I understand your hiring for the spring is under way.",
        "Your very busy schedule still left room for my questions.",
        "I was too nervous to ask, so I am asking now.",
        "I hope to nervous newcomers the library feels welcoming.",
        "They're training new staff this spring, you said.",
        "Their training program sounds thorough.",
        "The hotel suite was booked for the conference.",
        "I enjoyed wandering through the gardens after the interview.",
        "Thank you for the thorough tour of the warehouse.",
        "The new schedule would work for me.",
        "I can start in two weeks.",
        "Two of my references are former supervisors.",
        "I was bored on weekends before I started volunteering.",
        "Our team finished the inventory early.",
        "I read a piece of your newsletter about the food bank.",
        "I worked two shifts a week for three years.",
        "I came to love the early shifts.",
        "We are grateful for the time you spent with us.",
        "Take a deep breath and breathe out slowly, the trainer said.",
        "I want to set things right with the scheduling team.",
        "I know right away when a customer is unhappy.",
        "Let me know if you need anything else.",
        "I now know how the dispatch board works.",
        "Until now I worked only on weekends.",
        "All employees are excepted from the rule on holidays.",
        "From now on I will bring a printed copy.",
        "I filled in the form your office mailed me.",
        "The new booking form you showed me looks far simpler than ours.",
        "I signed the consent form my counsellor gave me.",
        "I have come to long for a steady routine.",
        "I finished the course, then I applied for the certificate.",
        "Is there time for a second tour, and are there staff on weekends?",
        "I stopped by, and there staff were setting up the hall.",
        "It's time I said thank you. It's fun, and it's worth the drive.",
        "It's policy to swab every surface, and it's company practice to log it.",
        "It's now clear why the audits go well.",
        "Your team's approach impressed me, and your flexible schedule is a plus.",
        "Your directions from the bus stop were spot on.",
        "I worked there for two summers and moved there in 2019.",
        "I'm glad to hear it. Here is my list. Hear, hear!",
        "The office was quiet, a quiet place, on a quiet morning.",
        "You're right, you're welcome to call, and you're due for a rest.",
        "It's a family business, and it's clear everyone there cares.",
        "It's a great team and it's home to the best people.",
        "It was lovely to meet everyone I spoke to.",
        "Thanks for showing me the room we moved to.",
        "Their back office is busy, and their busy season starts in May.",
        "I heard from the team, and the form from HR arrived.",
        "We no longer use it.",
        "I'd rather learn on the job; more practice then, and fewer forms!",
        "The new wing is a nice complement to the wards, and morale seemed high.",
        "Of the two schools, I preferred the latter, and the site visit helped.",
        "Due to the snow, the bus was late. I'll call then, if that suits you.",
        "The clinic and its important work inspired me.",
        "They have the right to know, and their right to privacy matters.",
        "I hope your meeting with the board went well.",
        "I hope your training session went well and your morning was calm.",
        "Thanks for your welcome to the team.",
        "I know what their training covers.",
        "It's people like you who make this work. It's hours away by car.",
        "I know they're students, and they're volunteers too.",
        "I appreciate your having me in.",
        "Your set of questions was fair, and your early reply was kind.",
        "I'd like to go there at noon. It's thanks to you.",
        "Set it to false.",
        "I walked around your store. Its important work inspired me.",
        "I look forward to finally meeting the crew.",
        "What were the main goals? I know who were there.",
        "I sent it to many people. I spoke to many of them.",
        "Their really good team made it easy. Their very own lab is great.",
        "I was excited to hear it. The car exited the lot.",
        "Then you can decide. It feels like you're busy.",
        "I'd like to go farther in my career. It's no problem.",
        "Could you tell me whether the weather delayed the shipment?",
        "Maria, who's head of design, showed me who's interviewing next.",
        "I lead a team of four now. When I was at Eastgate, I led the move.",
        "I met the principal of Westdale High. Your principal concern was turnover.",
        "Did everyone accept the new schedule? Everyone except Dev was there.",
        "I walked past the building. We passed the budget. Time passed quickly.",
        "Did she lead the project? It's the people who lead the teams that matter.",
        "Our principal of twenty years retired. I would advise anyone to apply.",
        "I arrived earlier than planned, then waited. We met later, then talked.",
        "I don't want to lose touch. It was too much to lose.",
        "It depends on the weather, and on whether the budget is approved.",
        "The deadline has passed. I have past experience in audits.",
        "Will the new policy effect change? How did the side effect the patients?",
        "They have lead in the pipes. She has a lead role. I have led audits.",
        "The principle of the thing matters. Can you advise me? Your advice helped.",
        "I will know more then. We ate more, then walked home. It was more than I needed.",
        "Were it not for the rain, we would have walked. Were you able to park?",
        "It was quite a day. I was so quietly pleased. The room was quite large.",
        "Your tool is a complement to our system and a complement to the team.",
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


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("We could except an offer as early as June.", "except", "accept"),
        ("She'll happily except the feedback.", "except", "accept"),
        ("I lead at my previous employer a team of four.", "lead", "led"),
        ("I'm more confident about the interview now then I was last week.", "then", "than"),
        ("The clinic is busier this month then it was in spring.", "then", "than"),
        ("I signed the consent from and sent it back.", "from", "form"),
        ("I completed the intake from, which took ten minutes.", "from", "form"),
    ],
)
def test_a_frame_a_few_words_wide_decides_the_word(sentence: str, wrong: str, right: str) -> None:
    [finding] = wrong_words(sentence)
    assert (finding.text, finding.suggestions) == (wrong, (right,))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm happy except for the long commute.",
        "I lead the team at my current job.",
        "I returned the book I borrowed from.",
        "I sent the email from my phone.",
        "I enjoyed it more, then I had to leave.",
        "Everyone was kind, except the parking attendant.",
    ],
)
def test_the_right_word_in_a_wider_frame_is_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("Her calm manner would compliment our front desk.", "compliment", "complement"),
        ("I was thrilled to meat everyone at the depot.", "meat", "meet"),
        ("I learned allot of new terms on the tour.", "allot", "a lot"),
        ("It was a pleasure to met your drivers.", "met", "meet"),
        ("I felt quiet comfortable during the practical test.", "quiet", "quite"),
        ("My work ethnic comes from my parents' farm.", "ethnic", "ethic"),
        ("I will sea whether my references are free on Monday.", "sea", "see"),
        ("I'd welcome the chance to discus the schedule.", "discus", "discuss"),
        ("I think the roll would suit my background.", "roll", "role"),
        ("Could I take a peak at the training manual?", "peak", "peek"),
    ],
)
def test_sound_alikes_are_decided_by_their_frame(sentence: str, wrong: str, right: str) -> None:
    [finding] = wrong_words(sentence)
    assert (finding.text, finding.suggestions) == (wrong, (right,))


@pytest.mark.parametrize(
    "sentence",
    [
        "I wanted to compliment the crew on the clean loading bay.",
        "The office was quiet during lunch.",
        "Sales tend to peak at the end of the quarter.",
        "We went to sea for a week after graduation.",
        "I threw the discus in high school.",
        "The roll call was at nine every morning.",
        "I'd like to allot more time to training.",
        "The kitchen handles meat with great care.",
    ],
)
def test_sound_alikes_in_their_own_sense_are_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("Staff moral on the night shift seemed strong.", "moral", "morale"),
        ("I'm ready for a brake from retail.", "brake", "break"),
        ("Enjoy a restful weak off!", "weak", "week"),
        ("The library offers piece and quiet for studying.", "piece", "peace"),
        ("We're exciting to see the new depot open.", "exciting", "excited"),
        ("I want to insure you that my licence is current.", "insure", "assure"),
        ("I double-check routes to insure that drivers arrive on time.", "insure", "ensure"),
        ("I can work any shift accept Sundays.", "accept", "except"),
        ("I've already past my air brake exam.", "past", "passed"),
        ("The afternoon past quickly with such a friendly crew.", "past", "passed"),
        ("I hope to build my carrier in supply chain.", "carrier", "career"),
        ("I managed the stationary orders for three offices.", "stationary", "stationery"),
        ("I didn't want to take up to much of your afternoon.", "to", "too"),
        ("Thank you for excepting my request to reschedule.", "excepting", "accepting"),
        ("Your crew clearly enjoys there routes.", "there", "their"),
        ("We talked threw the loading schedule together.", "threw", "through"),
        ("I would welcome a similar roll in the spring.", "roll", "role"),
        ("I can bare the weight of a full pallet.", "bare", "bear"),
        ("I was suppose to call on Monday.", "suppose", "supposed"),
        ("I'm use to early starts.", "use", "used"),
    ],
)
def test_more_sound_alikes_are_decided_by_their_frame(
    sentence: str, wrong: str, right: str
) -> None:
    [finding] = wrong_words(sentence)
    assert (finding.text, finding.suggestions) == (wrong, (right,))


@pytest.mark.parametrize(
    "sentence",
    [
        "My French is a bit weak, but I'm taking classes.",
        "I replaced a brake pad on the van last week.",
        "The moral of the story is to plan ahead.",
        "The prices there seem fair.",
        "The app I use to track deliveries is free.",
        "I've driven for a new carrier in Ontario.",
        "I haven't been up to much since graduation.",
        "The past few weeks went by fast.",
        "I worked with bare hands on the old engine.",
        "I'm available any day, and I accept the terms.",
        "He drives there weekends.",
    ],
)
def test_sound_alikes_used_rightly_are_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("I admire the co-op and it's members.", "it's", "its"),
        ("There dedication to newcomers impressed me.", "There", "Their"),
        ("I understand why there excited about the merger.", "there", "they're"),
        ("I'd love to tour they're new warehouse.", "they're", "their"),
        ("I valued your notes on the forecasts to.", "to", "too"),
        ("I can start later, so know pressure at all.", "know", "no"),
    ],
)
def test_the_possessives_and_no_in_wider_frames(sentence: str, wrong: str, right: str) -> None:
    [finding] = wrong_words(sentence)
    assert (finding.text, finding.suggestions) == (wrong, (right,))


@pytest.mark.parametrize(
    "sentence",
    [
        "It's people who make a workplace.",
        "I saw they're new to the area.",
        "I know worries are normal before a start date.",
        "I'd like to know how it's going.",
    ],
)
def test_the_same_words_rightly_used_are_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


def test_a_roll_of_something_is_a_roll() -> None:
    assert wrong_words("I brought a roll of labels for the demo.") == []
    [finding] = wrong_words("I enjoyed hearing about the roll of the coordinator.")
    assert finding.suggestions == ("role",)


@pytest.mark.parametrize(
    "sentence",
    [
        "I met there manager on Tuesday.",
        "The team and there approach to safety stood out.",
        "I thanked the director and there assistant.",
        "I admire there careful approach.",
        "We thanked there volunteers after the shift.",
        "I respect there commitment to patients.",
    ],
)
def test_there_before_a_noun_after_a_verb_or_and_is_their(sentence: str) -> None:
    found = wrong_words(sentence)
    assert [(f.text.lower(), f.suggestions) for f in found] == [("there", ("their",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Are there jobs on the evening shift?",
        "Is there anything else you need from me?",
        "I worked there years ago.",
        "I was there last week.",
        "There, people were welcoming.",
        "The office over there looks great.",
        "I decided there and then to apply.",
        "I stayed there three nights.",
        "I know there needs to be a plan.",
        "I heard there remains one opening.",
        "We met there Monday morning.",
        "I worked there full time.",
        "I have friends here and there people say hello.",
        "Hi there team, thanks again.",
    ],
)
def test_there_as_a_place_or_before_a_verb_is_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("I enjoyed the training, witch is rare in this field.", "witch", "which"),
        ("I loved the tour, witch I enjoyed a lot.", "witch", "which"),
        ("The course, witch we finished in May, was useful.", "witch", "which"),
        ("The role witch I applied for sounds great.", "witch", "which"),
        ("I like the way in witch your team plans.", "witch", "which"),
        ("I have all ready completed the form.", "all ready", "already"),
        ("It is all ready done.", "all ready", "already"),
        ("The documents have all ready been signed.", "all ready", "already"),
        ("I all ready sent my references.", "all ready", "already"),
    ],
)
def test_a_relative_witch_and_an_all_ready_before_a_verb_are_wrong(
    sentence: str, wrong: str, right: str
) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions) for f in found] == [(wrong, (right,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "She dressed as a witch for Halloween.",
        "The Salem witch trials museum was fun.",
        "The good witch is my favourite character.",
        "We are all ready to start on Monday.",
        "The files are all ready.",
        "We were all ready for the launch.",
        "They are all ready and waiting.",
        "The rooms were all ready when we arrived.",
    ],
)
def test_the_noun_witch_and_an_all_ready_meaning_prepared_are_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("I know your clearly swamped this week, so no rush.", "your", "you're"),
        ("I hope your finally settling in after the move.", "your", "you're"),
        ("I had a great chat with Bilal, and I enjoyed meeting Yuki to.", "to", "too"),
        ("Please pass my thanks to Dr. Haddad to.", "to", "too"),
        ("I met Carmen, who's dedication to the tenants stood out.", "who's", "whose"),
        ("Thanks for walking us threw the new intake steps.", "threw", "through"),
        ("I would love to grow into the roll of project coordinator.", "roll", "role"),
        ("The bus ride was to long for a daily trip, so I would drive.", "to", "too"),
        ("Thank you for explaining you're goals for the spring.", "you're", "your"),
        ("I finally heard back form the agency.", "form", "from"),
        ("I have often lead the Saturday stock count.", "lead", "led"),
        ("I hope there swamped week is over soon.", "there", "their"),
        ("I'm sure there tired after the audit.", "there", "they're"),
        ("Could you tell me if the transit far is covered?", "far", "fare"),
        ("I'd like to no whether the role is unionized.", "no", "know"),
        ("I can start any week accept the last one in June.", "accept", "except"),
        ("The personal manager called to confirm my start date.", "personal", "personnel"),
        ("I like the roll the coordinator plays in training.", "roll", "role"),
        ("We talked about weather the team could use a second van.", "weather", "whether"),
        ("The break room was clean and quite.", "quite", "quiet"),
        ("I would like to sight my volunteer work as an example.", "sight", "cite"),
        ("I have attached the completed from and a void cheque.", "from", "form"),
        ("Were should I park when I come in on Monday?", "Were", "Where"),
    ],
)
def test_word_classes_and_positions_decide_the_word(sentence: str, wrong: str, right: str) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions) for f in found] == [(wrong, (right,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for your beautifully written note.",
        "Your newly renovated office was lovely, and you're clearly proud of it.",
        "I hope your friendly team knows how much I enjoyed the visit.",
        "The team I reported to was small.",
        "Who is the best person to send the form to?",
        "I sent the draft to Marcus, and he replied within the hour.",
        "She threw a welcome lunch for the new hires.",
        "It was a roll of tape, not a role, that held the sign up.",
        "The store is to open in May, and the plan is to hire ten people.",
        "I know you're partners with the college, and your plans sound exciting.",
        "I heard back from the agency, and the form is signed.",
        "I have often led the count and would like to lead it again.",
        "I think there is a chance, and there may be another opening soon.",
        "I'm sure they're tired after the audit, and there is no rush.",
        "The fare was fair, and the stop is not far from home.",
        "We tried to no avail, and I will no longer need the pass.",
        "I accept the offer, and I can start any week except the last one.",
        "My personal manager at home is my calendar; the personnel office has my forms.",
        "I'll roll out the schedule, and the role suits me.",
        "We talked about whether to meet, and about the weather.",
        "The room was quiet, and I was quite calm.",
        "Not quite, but close.",
        "The sight of the new clinic was a treat, and I can cite two examples.",
        "I sent the completed form from my phone.",
        "Were you able to find my references? Where should I send more?",
    ],
)
def test_the_same_words_in_their_place_are_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("word", "adverb"),
    [
        ("clearly", True),
        ("obviously", True),
        ("happily", True),
        ("probably", True),
        ("truly", True),
        ("friendly", False),
        ("weekly", False),
        ("lovely", False),
        ("only", False),
    ],
)
def test_an_ly_adverb_comes_from_an_adjective_not_a_noun(word: str, adverb: bool) -> None:
    assert is_ly_adverb(word) is adverb


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("The drivers were friendly. There dispatchers really know the routes.", "There", "Their"),
        ("I met Noor, who's training program I would love to join.", "who's", "whose"),
        ("The train fair from Oshawa is easy to budget for.", "fair", "fare"),
        ("There all very patient with new staff.", "There", "They're"),
        ("Could you tell me were I should send the signed copy?", "were", "where"),
        ("I was curious weather the team meets on Mondays.", "weather", "whether"),
        ("I hope you've all ready chosen someone you're happy with.", "all ready", "already"),
    ],
)
def test_a_clause_opening_there_a_relative_whose_and_a_fare(
    sentence: str, wrong: str, right: str
) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions) for f in found] == [(wrong, (right,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "There seems to be a lot of interest, and there needs to be a plan.",
        "There comes a time when one offer stands out.",
        "The drivers were friendly. Their dispatchers know the routes.",
        "I met Noor, who's running the mentoring program this year.",
        "I'm going to the job fair, and the fare is covered.",
        "I was there all day, and they're all very patient.",
        "Were you able to open my portfolio?",
        "I was curious about the weather in Sudbury in February.",
        "We're all ready to start whenever you are.",
    ],
)
def test_there_whose_fare_and_were_in_their_place_are_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("I would happily except a weekend shift to start.", "except", "accept"),
        ("The back office was oddly quite for a Friday.", "quite", "quiet"),
        (
            "I spoke with the principle of the college about the placement.",
            "principle",
            "principal",
        ),
        ("Thank you for the personnel welcome at the front door.", "personnel", "personal"),
        ("I loved the studio; there obviously proud of the space.", "there", "they're"),
    ],
)
def test_an_adverb_between_does_not_hide_the_wrong_word(
    sentence: str, wrong: str, right: str
) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions) for f in found] == [(wrong, (right,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "I would happily accept, and everyone except me had met the team.",
        "The back office was really quite busy, which I enjoyed.",
        "I spoke with the principal about the principle of fair scheduling.",
        "Thank you for the personal welcome; the personnel office sent my forms.",
        "I loved the studio, and I was there really early.",
    ],
)
def test_the_same_words_with_an_adverb_between_are_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []


def test_to_ending_a_clause_after_a_noun_is_a_warning_not_an_error() -> None:
    found = wrong_words("I can cover the early shift, and inventory to.")
    assert [(f.text, f.suggestions, f.severity) for f in found] == [("to", ("too",), "warning")]
    assert wrong_words("Which address should I send the signed offer to?") == []
    assert wrong_words("I can cover the early shift, and inventory too.") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("Please call me if their anything I can clarify.", "their", "there's"),
        ("The cooks seemed proud in there craft, and it showed.", "there", "their"),
    ],
)
def test_no_possessive_before_anything_and_pride_in_their_work(
    sentence: str, wrong: str, right: str
) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions) for f in found] == [(wrong, (right,))]


def test_there_as_a_place_after_in_is_left_alone() -> None:
    assert wrong_words("Everyone in there works hard, and their anything-goes spirit is fun.") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("Any day works for me, accept Fridays.", "accept", "except"),
        ("The principle greeted every student by name.", "principle", "principal"),
        ("Last spring I lead monthly safety walks.", "lead", "led"),
        ("I'd be glad to help in whatever roll you need.", "roll", "role"),
        ("They where thrilled with the new layout.", "where", "were"),
        ("It was great to tour you're new warehouse.", "you're", "your"),
    ],
)
def test_more_word_classes_decide_the_word(sentence: str, wrong: str, right: str) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions) for f in found] == [(wrong, (right,))]


def test_site_for_cite_is_a_warning() -> None:
    found = wrong_words("In my answer I forgot to site the course I took.")
    assert [(f.text, f.suggestions, f.severity) for f in found] == [("site", ("cite",), "warning")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Any day works for me except Fridays.",
        "The principal greeted every student, and the principle stuck with me.",
        "I'd be glad to help in whatever role you need, and I'm on a roll.",
        "I asked where they were, and they were thrilled.",
        "I see you're new to the team, and your warehouse is huge.",
        "They plan to site the new warehouse near the highway.",
    ],
)
def test_more_words_in_their_place_are_left_alone(sentence: str) -> None:
    assert [f for f in wrong_words(sentence) if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("The bakery keeps it's knives sharp and labelled.", "it's", "its"),
        ("The shop was calm; there cashiers really know the regulars.", "there", "their"),
        ("I look forward to walk you through my portfolio.", "walk", "walking"),
        ("The later start would effect anyone who takes the early bus.", "effect", "affect"),
        ("I meant to ask how your adjusting to the new schedule.", "your", "you're"),
        ("I'd be happy to advice on the filing system.", "advice", "advise"),
        ("The HR personal who called me were very kind.", "personal", "personnel"),
    ],
)
def test_dictionary_plurals_verbs_and_frames_decide_the_word(
    sentence: str, wrong: str, right: str
) -> None:
    found = wrong_words(sentence)
    assert [(f.text, f.suggestions) for f in found] == [(wrong, (right,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery keeps its knives sharp, and it's spotless.",
        "I look forward to the walk and to lunch with you.",
        "The later start would affect everyone, and it could effect real changes.",
        "I meant to ask how your training went.",
        "Thanks to advice on filing from my mentor, I'm organized.",
        "HR handles personal leave, and the HR personnel were kind.",
    ],
)
def test_the_same_words_rightly_used_stay_without_findings(sentence: str) -> None:
    assert wrong_words(sentence) == []


def test_quiet_before_an_adjective_that_ends_the_phrase_is_a_warning() -> None:
    found = wrong_words("I'll keep my note quiet short, since you're busy.")
    expected = [("quiet", ("quite",), "warning")]
    assert [(f.text, f.suggestions, f.severity) for f in found] == expected
    assert wrong_words("We found a quiet little office near the station.") == []


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        # a plural subject, then "where" before what it is: the verb "were"
        ("The porters where very patient with me.", "where", "were"),
        ("The tours where short and well organised.", "where", "were"),
        # a possessive before an adverb and a verb of going: "you're"
        ("Your honestly going to love the new scanner.", "Your", "You're"),
        ("I hope your settling into the new role nicely.", "your", "you're"),
        # "they're", a plural noun and its verb: the possessive
        ("They're technicians know every machine by name.", "They're", "Their"),
        # "do/did" and a subject want a verb
        ("Did you no the café closes early on Fridays?", "no", "know"),
        ("I'll no more after the board meets.", "no", "know"),
        # a verb of being, "not", then "to" and a word of degree
        ("The commute is not to long for me.", "to", "too"),
        # a singular noun subject, then "lead" without -s and an object: the past
        ("Our old supervisor lead us through the safety drill.", "lead", "led"),
        # verbs after a modal or "to", and the particles they take
        ("I'll drop of the signed copy tomorrow.", "of", "off"),
        ("You can chose any slot that suits you.", "chose", "choose"),
        ("I could stop buy after my class.", "buy", "by"),
        ("Please right me if anything changes.", "right", "write"),
        ("I never got board at the front desk.", "board", "bored"),
        ("Let's precede with the paperwork.", "precede", "proceed"),
        ("Thanks for the sneak peak of the plans.", "peak", "peek"),
        # "there" before "new" and a noun, or opening a clause before a noun and "for"
        ("The manager said there new scanners arrive in May.", "there", "their"),
        ("There passion for teaching shows in every class.", "There", "Their"),
        # a collective subject, "where", and a word of degree before what they were
        ("The warehouse crew where really quick to help.", "where", "were"),
        # a verb of hearing, "anything"/"word", then "form" before the source
        ("I haven't received anything form the agency.", "form", "from"),
        # after a word that opens a clause, "their" and a verb in -ing
        ("I'm sure their loving the extra space.", "their", "they're"),
        ("I'm told the shuttle fair is covered.", "fair", "fare"),
        # a plural subject or a relative pronoun, then "where" before a participle
        ("The references where checked within a day.", "where", "were"),
        ("I met two nurses who where always calm.", "where", "were"),
        ("They where given a tour as well.", "where", "were"),
        # "its", an adverb, then an article or "been": "it's"
        ("Its honestly the best tour I've had.", "Its", "It's"),
        # "it's" before "new" or "main" and a noun: the possessive
        ("The bakery moved, and I love it's new storefront.", "it's", "its"),
        # "how there", a plural noun, then a verb
        ("I saw how there drivers load the trucks.", "there", "their"),
        # a modal, then "effect" and the people it changes
        ("The move won't effect current residents.", "effect", "affect"),
    ],
)
def test_word_classes_decide_the_word_in_new_frames(sentence: str, wrong: str, right: str) -> None:
    [finding] = wrong_words(sentence)
    assert (finding.text, finding.suggestions) == (wrong, (right,))


@pytest.mark.parametrize(
    "sentence",
    [
        "The sites where new staff train are close by.",
        "Staff work in teams where needed.",
        "They're nurses who know every patient by name.",
        "They're people we trust.",
        "Do you no longer need my references?",
        "The goal is not to blame anyone.",
        "I watched my supervisor lead the safety drill.",
        "Our shift lead showed us the dock.",
        "Which would you pick of the three?",
        "She was board chair at the food bank.",
        "There needs to be a sign-off from HR.",
        "Are there new shifts opening soon?",
        "I hope your meeting went well.",
        "I hope their training went well.",
        "I think their cooking is wonderful.",
        "The people where I work are kind.",
        "The volunteers where all the donations go were busy.",
        "I heard nothing from the panel.",
        "The rooms where trained staff work are bright.",
        "In the rooms where needed, we added chairs.",
        "Its clearly marked exits made the tour easy.",
        "It's new to me, but I learn quickly.",
        "It's first come, first served for parking.",
        "I asked how there tends to be so much turnover.",
        "The changes won't effect real change overnight.",
    ],
)
def test_the_right_word_in_those_frames_is_left_alone(sentence: str) -> None:
    assert wrong_words(sentence) == []
