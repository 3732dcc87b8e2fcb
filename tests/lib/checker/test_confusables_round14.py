"""Real-word errors found by word classes around the word (round fourteen): a subject or a
verb of thinking before "your", a verb that takes an object before "it's", a plural and a past
verb after "they're", a word of degree after "where", a collective noun as a subject… and the
same words rightly used, left alone."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, Finding, check
from followup.lib.checker.wordclass import is_count_noun, is_noun, is_plural_noun, is_s_form

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CONTEXT = CheckContext(kind="thank-you", lang="en")


def wrong_words(text: str) -> list[Finding]:
    return [f for f in check(text, CONTEXT) if f.code == "wrong-word"]


@pytest.mark.parametrize(
    ("sentence", "wrong", "right"),
    [
        ("I realize your swamped this week, so a short reply is fine.", "your", "you're"),
        ("I hope your free on Thursday for a quick call.", "your", "you're"),
        ("Since your away next week, I will send the file today.", "your", "you're"),
        ("The firm supports it's staff and that shows in the office.", "it's", "its"),
        ("I toured the yard and it's equipment.", "it's", "its"),
        ("We talked about the budget and it's timeline.", "it's", "its"),
        ("The library has moved it's opening hours.", "it's", "its"),
        ("I read about the clinic and it's hiring process.", "it's", "its"),
        ("The drivers said they're routes changed last month.", "they're", "their"),
        ("I met to of the cooks on the line.", "to", "two"),
        ("We only have to of the forms left.", "to", "two"),
        ("I just wanted to let you now about my new number.", "now", "know"),
        ("Let us now if the date changes.", "now", "know"),
        ("I was their on Tuesday for the group session.", "their", "there"),
        ("Everyone who was their today was kind.", "their", "there"),
        ("The students where so eager and curious.", "where", "were"),
        ("Our hosts where really generous with their time.", "where", "were"),
        ("The whole team where super helpful.", "where", "were"),
        ("The night crew where incredibly organized.", "where", "were"),
        ("The dispatch team where able to explain every step.", "where", "were"),
        ("The panel where clearly well prepared.", "where", "were"),
        ("I wonder whose running the Tuesday shift now.", "whose", "who's"),
        ("Can you tell me whose taking over the accounts?", "whose", "who's"),
        ("I will call you during my coffee brake tomorrow.", "brake", "break"),
        ("I can talk over my lunch brake if that works.", "brake", "break"),
        ("I hope the trip went well and your settling in nicely.", "your", "you're"),
        ("Glad the launch is done and your getting some rest.", "your", "you're"),
        ("Your feedback is always welcome form anyone on the team.", "form", "from"),
        ("I'm happy to hear back form the panel whenever it suits.", "form", "from"),
        ("I hope there meeting went well.", "there", "their"),
        ("I think there building opened last week.", "there", "their"),
        ("looking forward to hearing form you", "form", "from"),
        ("hope to hear form the team soon", "form", "from"),
        ("i havent heard back form hr yet", "form", "from"),
        ("thanks again its been a great week", "its", "it's"),
        ("hope your having a good weekend", "your", "you're"),
        ("thx for the chat your team seems great and there office is so nice", "there", "their"),
        ("i know its late but i wanted to say thanks", "its", "it's"),
        ("i think your right about the schedule", "your", "you're"),
        ("did you get my email i sent it to you're work address", "you're", "your"),
        ("i was wondering weather you had an update", "weather", "whether"),
        ("let me know if theirs anything else", "theirs", "there's"),
        ("we where talking about the night shift", "where", "were"),
        ("the interview went better then i hoped", "then", "than"),
        ("i cant wait to here back", "here", "hear"),
        ("the staff where so nice to me", "where", "were"),
        ("im glad the team liked it's new space", "it's", "its"),
        ("i could of stayed longer", "of", "have"),
        ("I hope you're summer schedule has settled down.", "you're", "your"),
        ("I saw that you're new clinic opened last week.", "you're", "your"),
        ("They're new warehouse looks huge.", "They're", "Their"),
        ("I read it's annual report was out.", "it's", "its"),
        ("The bakery said it's holiday menu starts soon.", "it's", "its"),
        ("Could you tell me whose available to cover Saturday?", "whose", "who's"),
        ("I wonder whose responsible for the onboarding packet.", "whose", "who's"),
        ("Our call got pushed back by too days.", "too", "two"),
        ("I have worked there for too years.", "too", "two"),
        ("I got some useful advice form the nurse manager.", "form", "from"),
        ("I received a kind email form Dana this morning.", "form", "from"),
        ("We picked up a lot of ideas form the team.", "form", "from"),
        ("I'd be glad to except any feedback you have.", "except", "accept"),
        ("I'm happy to except the terms as written.", "except", "accept"),
        ("I took my meal brake at noon.", "brake", "break"),
        ("The team lead there meetings with care.", "there", "their"),
        (
            "I knew right away that the team was a good fit, I new it from the first question.",
            "new",
            "knew",
        ),
        ("Our the next steps still the same?", "Our", "Are"),
        ("It was a great peace of advice.", "peace", "piece"),
        ("I'd like to ensure you that I am reliable.", "ensure", "assure"),
        ("The moral on the floor seemed high.", "moral", "morale"),
        ("I'd be happy to meet later this week or early next weak.", "weak", "week"),
        ("I hope the hole process goes smoothly for you.", "hole", "whole"),
        (
            "Would it be alright if I followed up once more later, I could right a short summary.",
            "right",
            "write",
        ),
        ("Everyday I learn something new on the floor.", "Everyday", "Every day"),
        ("It was nice to here you laugh during the interview.", "here", "hear"),
        ("I was board during my last job, so this role excites me.", "board", "bored"),
        ("I hope to hear back buy Friday.", "buy", "by"),
        ("I'd love to be apart of your team.", "apart", "a part"),
        ("I thought the interview went well, thorough I was nervous.", "thorough", "though"),
        ("I was wondering if their was a dress code.", "their", "there"),
        ("I was really exited to see the new equipment.", "exited", "excited"),
        ("I will defiantly follow up next week.", "defiantly", "definitely"),
        ("I want to thank you for you're time and advice.", "you're", "your"),
        ("It was great talking with you, you where very helpful.", "where", "were"),
        (
            "I have attached my resume, let me know if you have any question's.",
            "question's",
            "questions",
        ),
        ("I am more then happy to provide references.", "then", "than"),
        ("I will make sure to bare that in mind.", "bare", "bear"),
        ("I could here the excitement in your voice about the project.", "here", "hear"),
        ("Its important to me to work somewhere with a strong team.", "Its", "It's"),
        ("I'd love to know witch shift would suit the team best.", "witch", "which"),
        ("I really appreciated your advise on the certification.", "advise", "advice"),
        (
            "Thank you for taking the time to meet with me, it was a pleasure to met you.",
            "met",
            "meet",
        ),
        ("I will be their on Monday morning.", "their", "there"),
        ("I hope you had a great weekend and are ready for the weak ahead.", "weak", "week"),
        ("I'd be excited to join a team that values there people.", "there", "their"),
        ("let me know if you have any question's.", "question's", "questions"),
        ("I visited three company's, and yours was best.", "company's", "companies"),
        ("These idea's are great.", "idea's", "ideas"),
        ("I spent to years at a similar warehouse.", "to", "two"),
        ("I ran threw the checklist twice.", "threw", "through"),
        ("It took to weeks to hear back.", "to", "two"),
        ("Thanks for you're kind note.", "you're", "your"),
        ("I could see your genuinely excited about the expansion.", "your", "you're"),
        ("When your back from vacation, let's talk.", "your", "you're"),
        ("I hope your staying warm this week.", "your", "you're"),
        ("The shelter relies on it's donors.", "it's", "its"),
        ("I read that its expanding to Calgary.", "its", "it's"),
        ("The program and it's graduates impressed me.", "it's", "its"),
        ("I heard there moving to a bigger space.", "there", "they're"),
        ("The nurses said their short-staffed this month.", "their", "they're"),
        ("This job is closer to home then my last one.", "then", "than"),
        ("I'd prefer mornings rather then evenings.", "then", "than"),
        ("I don't want to loose any more time.", "loose", "lose"),
        ("The hours were to long at my last job.", "to", "too"),
        ("I spent too weeks shadowing a nurse.", "too", "two"),
        ("They must of been proud of the results.", "of", "have"),
        ("I might of misread the posting.", "of", "have"),
        ("It was so nice to here your story.", "here", "hear"),
        ("Please don't hesitate to reach out if you'd like to here more.", "here", "hear"),
        ("I received a call form the recruiter today.", "form", "from"),
        ("Thank you for the update form your team.", "form", "from"),
        ("I'd love to no more about the mentorship program.", "no", "know"),
        ("I no it's a long shot, but I'd love to apply.", "no", "know"),
        ("I'm looking forward to be part of the team.", "be", "being"),
        ("I look forward to discuss this further.", "discuss", "discussing"),
        ("You guys where amazing.", "where", "were"),
        ("The interviewers where friendly and clear.", "where", "were"),
        ("I wasn't sure were the entrance was.", "were", "where"),
        ("I'm not sure whose in charge of badges.", "whose", "who's"),
        ("I met Lee, who's desk is next to the window.", "who's", "whose"),
        ("The heat did not effect the team's energy.", "effect", "affect"),
        ("The training will have a positive affect on my work.", "affect", "effect"),
        ("I'm ready to except the challenge.", "except", "accept"),
        ("Thank you for all the advise you shared.", "advise", "advice"),
        ("I'd advice anyone to apply there.", "advice", "advise"),
        ("I was unsure weather to call or email.", "weather", "whether"),
        ("The office was very quite when I arrived.", "quite", "quiet"),
        ("Its been quiet a week.", "quiet", "quite"),
        ("I drove passed the building twice before finding parking.", "passed", "past"),
        ("She has lead the team for five years.", "lead", "led"),
        ("The personal manager explained the benefits.", "personal", "personnel"),
        ("I believe in the principal of treating everyone fairly.", "principal", "principle"),
        ("I need a brake from screens after a long shift.", "brake", "break"),
        ("I breezed threw the first round.", "threw", "through"),
        ("It was a amazing tour.", "a", "an"),
        ("I'm an huge fan of the brand.", "an", "a"),
        ("Thank your so much for your help.", "your", "you"),
        ("I am writing to thanks you for the interview.", "thanks", "thank"),
        ("Please fine attached my updated resume.", "fine", "find"),
        ("I hop to hear from you soon.", "hop", "hope"),
        ("I wanted to follow up on my application for the roll.", "roll", "role"),
        ("I'd be glad to provide any farther information.", "farther", "further"),
        ("I could meet at you're convenience.", "you're", "your"),
        ("Let me know if you need anything else form me.", "form", "from"),
        ("I feel my experience would compliment your team.", "compliment", "complement"),
        ("I hope we can stay in tough.", "tough", "touch"),
        ("I'm sure I would be a good fit for you team.", "you", "your"),
        ("Thanks again for you consideration.", "you", "your"),
        ("Sorry for the late replay.", "replay", "reply"),
        ("I wanted to touch basis about the schedule.", "basis", "base"),
        ("We spoke about the product line and it's features.", "it's", "its"),
        ("I have been working hear for three years.", "hear", "here"),
        ("The team seamed happy.", "seamed", "seemed"),
        ("I'm grateful for the chance to peak behind the scenes.", "peak", "peek"),
        ("I really enjoyed are conversation.", "are", "our"),
        ("I learned allot during the tour.", "allot", "a lot"),
        ("I hope all is well with you and you're family.", "you're", "your"),
        ("I am very interested in the position and would be thrill to join.", "thrill", "thrilled"),
        ("Thank you for the opportunity to interview, it was an great experience.", "an", "a"),
        ("I have attached by resume for your review.", "by", "my"),
        ("I will be available any time next week accept Tuesday.", "accept", "except"),
        ("It was great to learn more about you're company.", "you're", "your"),
        ("Looking forward to hear from you.", "hear", "hearing"),
        ("I appreciated you taking time out of you're busy schedule.", "you're", "your"),
        ("I'm writing to express my interest in the roll you posted.", "roll", "role"),
        ("I'm glad your invited to the planning day.", "your", "you're"),
        ("I hope your settled in at the new desk.", "your", "you're"),
        ("Honestly your a natural with customers.", "your", "you're"),
        ("I know your not hiring right now, but I wanted to reach out.", "your", "you're"),
        ("I hope you and you're family have a great holiday.", "you're", "your"),
        ("I'd love to meet you're colleagues in operations.", "you're", "your"),
        ("You're team was so welcoming on Monday.", "You're", "Your"),
        ("The bakery is known for sharing it's recipes.", "it's", "its"),
        ("The city is improving it's transit.", "it's", "its"),
        ("The agency recently opened it's second office.", "it's", "its"),
        ("The cashiers said their very proud of the store.", "their", "they're"),
        ("I'd love to hear about there plans for the fall.", "there", "their"),
        ("I'd rather take the evening shift then leave the team short.", "then", "than"),
        ("I now you have a lot on your plate.", "now", "know"),
        ("Could you tell me were I can find the parking info?", "were", "where"),
        ("Would you remind us were the meeting is?", "were", "where"),
        ("The vice principle gave us a great tour.", "principle", "principal"),
        ("I'll call during my brake at noon.", "brake", "break"),
        ("I loved learning about the roll of a shift lead.", "roll", "role"),
        ("I'd like to take a day of next week for an appointment.", "of", "off"),
        ("I need to take time of work for the second interview.", "of", "off"),
        ("I wasn't sure what to where to the interview.", "where", "wear"),
        ("We have to where steel-toed boots on the floor.", "where", "wear"),
        ("I'm not sure wear the staff entrance is.", "wear", "where"),
        ("I'd love to led the new safety training.", "led", "lead"),
        ("I past my forklift test last month.", "past", "passed"),
        ("Thank you an your team for the warm welcome.", "an", "and"),
        ("I enjoyed hour conversation about the new clinic.", "hour", "our"),
        ("I'd love to by you a coffee next time.", "by", "buy"),
        ("I'll stop bye on Thursday with the forms.", "bye", "by"),
        ("You are write about the commute.", "write", "right"),
        ("I'll send it write now.", "write", "right"),
        ("I think were a great match.", "were", "we're"),
        ("I'm glad were on the same page.", "were", "we're"),
        ("Thanks you for the tour.", "Thanks", "Thank"),
        ("You may of seen my email.", "of", "have"),
        ("I was the one who lead the onboarding for new cashiers.", "lead", "led"),
        ("You mentioned the new sight in Laval.", "sight", "site"),
        ("We talked about the company and it's commitment to safety.", "it's", "its"),
        ("I sent it threw the portal.", "threw", "through"),
        ("I'd love to keep in touch and here about any openings.", "here", "hear"),
    ],
)
def test_word_classes_around_the_word_decide_it(sentence: str, wrong: str, right: str) -> None:
    found = [(f.text, f.suggestions[0]) for f in wrong_words(sentence)]
    assert (wrong, right) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "I know your busy schedule makes this hard.",
        "I hope your new role is going well.",
        "I know your team is busy this week.",
        "I could tell it's run by people who care.",
        "I noticed it's made with local wood.",
        "It's people like you who make the job worthwhile.",
        "I think it's teamwork that matters.",
        "The hours are long and it's teamwork every day.",
        "I loved the visit and it's time to get ready.",
        "It's opening day on Friday.",
        "It's training week for the new hires.",
        "They're nurses trained in Ontario.",
        "They're volunteers, and they work hard.",
        "I spoke to one of the managers.",
        "Let me now turn to the schedule.",
        "I was there on Tuesday, and their team was kind.",
        "Was their first week busy?",
        "The city where so many of us grew up has changed.",
        "It's a place where very few people give up.",
        "The town where really good coffee is served.",
        "The team where I would work is small.",
        "The office where new hires sit is bright.",
        "The team, where possible, shares the load.",
        "The manager whose training the staff received was great.",
        "I met Sam, whose leading role on the project impressed me.",
        "Check the brake pads on the van.",
        "I hope your trip went well and your training starts soon.",
        "I appreciate your time and your listening.",
        "Thank you for your feedback and your kind words.",
        "Any feedback is welcome from anyone on the team.",
        "The forms the team used were clear.",
        "He wants to form a new team next year.",
        "Your staff were super friendly.",
        "The crews were so kind.",
        "I know your kind of work is demanding.",
        "I hope your back is feeling better.",
        "I'd love to see your home.",
        "Thank you for the tour and your welcome to the team.",
        "I like the role and it's hybrid.",
        "I like the office and it's downtown.",
        "The job pays well, and it's full-time.",
        "Sometimes it's luck.",
        "I was relieved it's Friday.",
        "I learned it's teamwork that counts.",
        "What matters is it's people.",
        "Is their on-call team big?",
        "Were their Monday meetings useful?",
        "Were their early drafts shared?",
        "Was their team at the fair?",
        "That's where super useful tools come in.",
        "I want a team where not everyone thinks alike.",
        "I want a team where all voices count.",
        "I met Sam, whose running club I joined.",
        "Ana, whose coaching the team valued, retired.",
        "Whose coaching helped you most?",
        "Whose idea was it?",
        "They're teachers trained abroad.",
        "I met two of the cooks.",
        "Let them know about it.",
        "They stayed there with me until five.",
        "I hope your weekend was restful.",
        "Since your team is away, I will wait.",
        "And your kind words meant a lot.",
        "If your schedule is full, no worries.",
        "I enjoyed the tour, and your staff were great.",
        "When your new hire starts, let me know.",
        "I hope your well-deserved break was good.",
        "The crew I met was kind.",
        "The centre and its staff were great.",
        "I arrived at noon, and there lunch was waiting.",
        "Is there office space for the new team?",
        "Was there parking nearby?",
        "I walked in and there was a line.",
        "I hope there is time to meet again.",
        "I think there being two shifts helps.",
        "I think there meeting rooms are booked.",
        "I like ours and theirs a lot.",
        "The choice is theirs.",
        "A friend of theirs works there.",
        "I went there and everyone was kind.",
        "I got there early and the team was ready.",
        "I was over there and the manager waved.",
        "I looked around, and there a manager was training staff.",
        "We went out there and someone had set up chairs.",
        "I hope you're new in town and settling in.",
        "You're new manager material, if you ask me.",
        "They're new hires who started last week.",
        "It's hard work that makes the team strong.",
        "It's good people who make a great place.",
        "It's a new office, and it looks great.",
        "The manager whose team I met was kind.",
        "The nurse whose shift ended at six stayed late.",
        "I'm too tired to drive, so I took the bus.",
        "It was too many days to wait.",
        "Me too, days like that are rare.",
        "These three teams form the core of the program.",
        "The skills you listed form the basis of the role.",
        "I filled out the application form the same day.",
        "I'd be glad to help, except for Friday mornings.",
        "I'd love to, except that I'm away that week.",
        "The parking brake was on.",
        "Their meetings were short and clear.",
        "I hope there is a meeting next week.",
        "It's great work went into this.",
        "You're new here, so ask anything.",
        "It's old news, but the team was thrilled.",
        "They're old friends who started together.",
        "It's big news has reached us.",
        "Thanks for our chat, and for the tour.",
        "Our team and yours will meet again.",
        "It gave me peace of mind.",
        "I'd like to right a wrong from my last email.",
        "You were right about the commute.",
        "I could hear the excitement in your voice.",
        "You can see it here, the new lab.",
        "It helps the weak and the strong alike.",
        "Everyday tasks like stocking are second nature.",
        "I use it in everyday life.",
        "It was a thorough interview, and I enjoyed it.",
        "The training was thorough and clear.",
        "She is thorough, and it shows.",
        "The team says there are openings.",
        "Who knows there are so many roles.",
        "The company values its people.",
        "It seems there people were happy.",
        "I read several client's reviews.",
        "Any company's policy matters.",
        "Most people's time is short.",
        "I spoke with two of the team's leads.",
        "It went from weeks to months.",
        "I look forward to days like that.",
        "He threw the ball.",
        "I got used to long days.",
        "I hurt my back at my last job, and your back support chair looked great.",
        "Is your back feeling better?",
        "I hope your training is going well.",
        "I hope your running club meets again.",
        "The company and its growing team impressed me.",
        "Its training program is excellent.",
        "I like its opening hours.",
        "They plate the dishes there every night.",
        "We meet there every week.",
        "They eat there weekdays.",
        "They sell produce there.",
        "I heard their team is growing.",
        "They said their office is moving.",
        "Thanks for your kind note, you're very generous.",
        "Thanks for you're the best!",
        "The principal of the school showed me around.",
        "Thanks to you, I feel ready.",
        "It's fine to call me anytime.",
        "I will be fine either way.",
        "We hop on a call every Monday.",
        "It was a tough interview in some ways.",
        "The basis of the role is customer care.",
        "I would love to hear for myself how it went.",
        "I hope to hear from you soon.",
        "I was hired to work here for the summer.",
        "The team seemed happy.",
        "Our conversation was great.",
        "The people in our team are kind.",
        "How are our chances?",
        "I'd allot an hour for the call.",
        "It was a thrill to meet the team.",
        "My resume was reviewed by the manager.",
        "I sent it by email this morning.",
        "The notes were shared by Sam.",
        "I attached it by mistake.",
        "I was inspired by your team.",
        "I loved your detailed notes.",
        "I'm glad your invited guests enjoyed it.",
        "I hope your finished basement works out.",
        "If your shared drive is full, I can email it.",
        "I was surprised it's free.",
        "I'm excited it's Friday.",
        "Having worked there, I know it's busy.",
        "Considering it's winter, the site was warm.",
        "I noticed it's run by volunteers.",
        "I was relieved it's a day shift.",
        "The team was excited it's growing.",
        "I now know the team well.",
        "We now have a plan.",
        "I'd like to thank you now that the process is over.",
        "Tell me, were you happy with the answers?",
        "Could you show us where the lockers are?",
        "I need a break.",
        "My brake pads were new.",
        "The car's brake failed.",
        "I took a break at noon.",
        "The day of the interview was sunny.",
        "I'll see you on the day of.",
        "A day of training is planned.",
        "I have time off next week.",
        "I know where to park.",
        "I wasn't sure where to go.",
        "I'd love to wear the uniform.",
        "I led the safety training last year.",
        "I walked past the store.",
        "I passed my forklift test.",
        "It took an hour of my time.",
        "An hour passed quickly.",
        "I'll be there by Monday.",
        "I would by then have finished.",
        "Good bye for now.",
        "I'd love to write back soon.",
        "I will write now and call later.",
        "Please write to me anytime.",
        "You are right about the commute.",
        "So were all the staff.",
        "I think were you at the fair?",
        "THANK YOU FOR A NEW START",
        "I'd love a IT role.",
        "I'm an RN with an MBA and a CPR card.",
        "THANKS FOR A BIG DAY",
        "I read a FAQ.",
        "The people who lead the teams are kind.",
        "It was a sight to see.",
        "I'm here about the job posting.",
        "I like the pay and it's time for a change.",
        "He threw a party for the team.",
        "He threw it the ball.",
    ],
)
def test_the_same_words_rightly_used_stay_without_errors(sentence: str) -> None:
    assert [f.text for f in wrong_words(sentence) if f.severity == "error"] == []


@pytest.mark.parametrize(
    ("word", "noun", "count"),
    [
        ("report", False, False),  # "port/CAEGDS": re- makes it, no noun flag M
        ("dispatch", True, True),  # "patch": dis- makes it
        ("research", True, True),
        ("office", True, True),
        ("teamwork", True, False),
        ("staff", False, False),
    ],
)
def test_words_made_with_a_prefix_have_their_stems_classes(
    word: str, noun: bool, count: bool
) -> None:
    assert (is_noun(word), is_count_noun(word)) == (noun, count)


def test_plurals_of_ing_nouns_and_s_forms_are_known() -> None:
    assert is_plural_noun("meetings") and is_plural_noun("buildings")
    assert is_s_form("tools") and is_s_form("menus") and is_s_form("schedules")
    assert not is_s_form("always") and not is_s_form("business")


def test_there_after_and_before_a_plural_and_a_verb_is_only_a_warning() -> None:
    # "and there volunteers were sorting boxes" may point at a place.
    found = wrong_words("I stopped by, and there volunteers were sorting boxes.")
    assert [(f.text, f.severity) for f in found] == [("there", "warning")]


NOTES = [
    (
        "Thank you for meeting with me on Tuesday. I enjoyed hearing about the new warehouse "
        "and its layout, and I'm excited about the chance to help the team there."
    ),
    (
        "I know it's a busy season, so I appreciate you making the time. Your insight into "
        "the role was helpful, and I'd be glad to answer any other questions."
    ),
    (
        "It was great to meet you and the rest of the crew. The way your team handles its "
        "deliveries impressed me, and I hope to hear from you soon."
    ),
    (
        "Thanks again for the tour. Their enthusiasm was contagious, and there was never a "
        "dull moment."
    ),
    (
        "I've attached the references you asked for. If there's anything else you need, let "
        "me know and I'll send it right away."
    ),
    (
        "I'm writing to follow up on my interview last week. I'm still very interested in the"
        " role, and I'd love to know whether there's an update."
    ),
    (
        "I really enjoyed our conversation about the clinic's plans. It's clear the staff "
        "care about their patients, and I'd be proud to join them."
    ),
    (
        "You mentioned the team is moving to a new building in the spring. I'd love to hear "
        "more about how that affects the schedule."
    ),
    (
        "I wanted to say thanks for your advice on the certification. I've signed up for the "
        "course, and it starts next month."
    ),
    (
        "It was nice to meet you too, and I appreciated the quiet moment to look over the "
        "menu before we talked."
    ),
    (
        "I passed by the front desk on my way out, and the receptionist was kind enough to "
        "walk me to the door."
    ),
    ("I'd be happy to accept a start date in June, and I could also start earlier if needed."),
    (
        "Thanks for letting me know about the delay. I understand, and I'm happy to wait "
        "until you've had time to decide."
    ),
    (
        "I hope your week is going well. I wanted to check in on the timeline and see if you "
        "need anything from me."
    ),
    (
        "Thanks for having me in today. I could tell how much the team cares about getting "
        "things right."
    ),
    (
        "Meeting the principal and the teachers was the highlight of my day. The school's "
        "principles match my own."
    ),
    ("I'll be in the area on Friday, so if there's a chance to meet for coffee, I'd love to."),
    (
        "I was too nervous to ask about parking, so I'm asking now: where should I park on my"
        " first day?"
    ),
    "The interview ran longer than planned, and I'm grateful you took the time.",
    "If you're free next week, I would love to hear your thoughts on the project.",
    ("They're lucky to have a manager like you, and it showed in how the team spoke about you."),
    "We've been in touch since the fair, and I wanted to thank you for staying in touch.",
    "Its design is simple, and its users love it; that's what drew me to the product.",
    "I read the report you sent, and I was impressed by its depth.",
    "Your team's work on the launch was impressive, and you're clearly proud of it.",
    "It's been two weeks since our call, so I wanted to follow up.",
    "The whole team was welcoming, and the tour was thorough.",
    "Then again, I may be biased: I've loved the brand since I was a kid.",
    "I'm not sure who's leading the training, but I'm ready whenever it starts.",
    "There were so many good ideas in the room, and their energy was great.",
    "I hope there's room on the team for someone with my background.",
]


@pytest.mark.parametrize("note", NOTES)
def test_clean_notes_with_the_confusable_words_get_no_wrong_word(note: str) -> None:
    assert wrong_words(note) == []


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("I have a MBA.", "an"),
        ("I met a ER nurse.", "an"),
        ("I work as a LPN.", "an"),
        ("I'm applying for an UX role.", "a"),
    ],
)
def test_the_article_before_letters_said_one_by_one_is_a_warning(sentence: str, right: str) -> None:
    [found] = wrong_words(sentence)
    assert (found.severity, found.suggestions[0].lower()) == ("warning", right)
