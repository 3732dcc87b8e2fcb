"""Tone: casual writing is a warning; blame, pressure, neediness and hostility are errors;
gracious disappointment is fine."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.lib.checker import Finding

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

Run = Callable[..., list[Finding]]
Note = Callable[..., str]


def found(findings: list[Finding], code: str) -> list[str]:
    return [f.text for f in findings if f.code == code]


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Thanks for the tour lol.", "lol"),
        ("Btw, I have my forklift ticket.", "Btw"),
        ("Thx for the tour.", "Thx"),
        ("Thank you, I think u would like my work.", "u"),
        ("I am gonna bring my best.", "gonna"),
        ("I wanna join the team.", "wanna"),
        ("See ya soon.", "ya"),
        ("Thank you for the tour 😀", "😀"),
        ("Thank you for the tour 👍🏽!", "👍🏽"),
        ("Thank you for the tour!!!", "!!!"),
        ("Did you get my résumé??", "??"),
        ("Thank you for the tour :)", ":)"),
        ("I AM SO EXCITED about the role.", "AM SO EXCITED"),
    ],
)
def test_it_warns_about_casual_writing(run: Run, note: Note, sentence: str, caught: str) -> None:
    findings = run(note(body=sentence))
    informal = [f for f in findings if f.code == "informal"]
    assert [f.text for f in informal] == [caught]
    assert informal[0].severity == "warning"
    assert not [f for f in findings if f.code == "spelling"]


def test_hey_as_a_greeting_is_casual_and_hello_is_suggested(run: Run, note: Note) -> None:
    [finding] = [f for f in run(note(greeting="Hey Siobhan,")) if f.code == "informal"]
    assert (finding.text, finding.suggestions) == ("Hey", ("Hello",))


@pytest.mark.parametrize(
    "sentence",
    [
        "I work with HR, IT and the CEO on KPI reports.",
        "I have my WHMIS and CPR, and an RPN licence.",
        "Thank you, U of T grads are welcome.",
        "Please see the PDF I attached.",
    ],
)
def test_acronyms_are_not_shouting_or_slang(run: Run, note: Note, sentence: str) -> None:
    assert found(run(note(body="Thank you for the tour. " + sentence)), "informal") == []


def test_a_name_from_the_record_is_not_slang(run: Run, note: Note) -> None:
    text = note(greeting="Dear Ya,", body="Thank you for the tour, Ya.")
    assert found(run(text, recipients=("Ya Chen",)), "informal") == []


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("I still haven't heard back from you.", "I still haven't heard back"),
        ("I still haven’t heard back.", "I still haven’t heard back"),
        ("I have not heard back from anyone.", "I have not heard back"),
        ("I assume the job is filled.", "I assume the job is filled"),
        (
            "I guess the position has already been filled.",
            "I guess the position has already been filled",
        ),
        ("Per my last email, here are my references.", "Per my last email"),
        ("Please reply ASAP.", "Please reply ASAP"),
        ("Why haven't you called me?", "Why haven't you"),
        ("As I said before, I am available.", "As I said before"),
        ("You promised to call me.", "You promised"),
        ("I need this job.", "I need this job"),
        ("I’m desperate for work.", "I’m desperate"),
        ("Nobody has gotten back to me.", "Nobody has gotten back"),
        ("This is my third email.", "This is my third email"),
        ("It is basic etiquette to tell candidates.", "basic etiquette to"),
        ("And yet here we are.", "yet here we are"),
    ],
)
def test_blame_assumptions_pressure_and_neediness_are_errors(
    run: Run, note: Note, sentence: str, caught: str
) -> None:
    findings = [f for f in run(note(body=sentence), kind="follow-up") if f.code == "accusatory"]
    assert [(f.text, f.severity) for f in findings] == [(caught, "error")]


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Frankly, it is your loss.", "your loss"),
        ("The process was unfair.", "unfair"),
        ("You made a mistake.", "You made a mistake"),
        ("This was a waste of my time.", "waste of my time"),
        ("I was clearly the best candidate.", "I was clearly the best candidate"),
        ("You should have hired me.", "should have hired me"),
    ],
)
def test_hostility_in_a_rejection_reply_is_an_error(
    run: Run, note: Note, sentence: str, caught: str
) -> None:
    findings = run(note(body="Thank you for letting me know. " + sentence), kind="rejection-reply")
    assert found(findings, "accusatory") == [caught]


def test_hostile_words_that_are_fine_elsewhere_are_only_checked_in_a_rejection_reply(
    run: Run, note: Note
) -> None:
    text = note(
        body="Thank you for explaining how you keep an unfair workload from any one person."
    )
    assert found(run(text), "accusatory") == []
    assert found(run(text, kind="rejection-reply"), "accusatory") == ["unfair"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was disappointed to hear the news, but I am grateful for the chance.",
        "Although I'm disappointed, I appreciate you telling me.",
        "I can start immediately, or as soon as possible.",
        "You should have received my references by email.",
        "It has been two weeks since our interview, and I wanted to check in.",
        "Good luck to you and the team.",
        "It was not just a job to me; I would be glad to be considered again.",
        "I would welcome any feedback on my application.",
        "I can start ASAP, and I am available ASAP for paperwork.",
        "I need the job description to plan my notice.",
    ],
)
def test_gracious_lines_are_not_flagged(run: Run, note: Note, sentence: str) -> None:
    findings = run(note(body="Thank you for letting me know. " + sentence), kind="rejection-reply")
    assert [(f.code, f.text) for f in findings] == []


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Please send me your decision within 48 hours.", "pressure"),
        ("Could you let me know by end of day Thursday?", "pressure"),
        ("I expect to hear back from your team.", "pressure"),
        ("If I do not hear back by Monday, I will assume the answer is no.", "pressure"),
        ("As I mentioned in my last three emails, I can start in May.", "repeat"),
        ("I have called your office five times this week.", "repeat"),
        ("You clearly did not read my application.", "blame"),
        ("I assume you've been busy.", "guess"),
        ("After all the time I spent preparing, a reply would be nice.", "guilt"),
        ("I really need this job; I am begging you.", "plea"),
        ("If your studio wants me, it needs to act fast.", "pressure"),
        ("You opened my message twice and still didn't answer.", "repeat"),
        ("The panel clearly hadn't looked at my portfolio.", "blame"),
        ("I'm starting to wonder if the job was ever real.", "guess"),
        ("I gave up three days of work, so I hope you make it worth it.", "guilt"),
        ("I was told I'd hear back in a week, and that was a month ago.", "blame"),
        ("The manager seemed more interested in his phone.", "blame"),
        ("I hope next time your team will be better prepared.", "blame"),
        ("Consider this my last email.", "pressure"),
        ("Before I accept, I expect the title to be changed.", "pressure"),
    ],
)
def test_who_asks_whom_for_what_by_when_is_caught_with_its_reason(
    run: Run, note: Note, sentence: str, why: str
) -> None:
    findings = [f for f in run(note(body=sentence), kind="follow-up") if f.code == "accusatory"]
    reasons = {
        "pressure": "pressure",
        "repeat": "passive-aggressive",
        "blame": "blames",
        "guess": "guesses",
        "guilt": "cost you",
        "plea": "desperate",
    }
    assert findings and reasons[why] in findings[0].message
    assert all(f.severity == "error" for f in findings)


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("follow-up", "There is no need to reply by Friday; whenever suits you is fine."),
        ("follow-up", "Please don't feel you have to answer right away."),
        ("follow-up", "Let me know if you need anything else from me."),
        ("follow-up", "You mentioned you hoped to decide by the end of the month."),
        ("follow-up", "I will send my references by Friday, as you asked."),
        ("offer-reply", "I need to give my employer two weeks' notice, so I can start June 2."),
        ("rejection-reply", "I was disappointed by your decision, but I understand it."),
        ("thank-you", "I can't wait to hear more about the new clinic!"),
        ("thank-you", "I am flexible and can work any shift, including weekends."),
        ("keep-in-touch", "It's been months since we spoke, so I wanted to say hello."),
        ("follow-up", "If you need to move quickly, I can start on Monday."),
        ("follow-up", "I know you have to move fast on this hire, so here are my references."),
        ("follow-up", "If you want me on the project before the launch, I can adjust my notice."),
        ("thank-you", "I clearly hadn't prepared for the last question, and I've since practised."),
        ("follow-up", "I don't want to waste your time, so I'll keep this short."),
        ("thank-you", "I was struck by how friendly the team was."),
        ("thank-you", "Next time I'll be better prepared for the technical questions."),
        ("offer-reply", "Please consider this my formal acceptance of the offer."),
        ("follow-up", "I'm writing to check in, since the date you mentioned has now passed."),
        ("follow-up", "The time frame you gave has passed, so I wanted to ask for an update."),
        ("thank-you", "I enjoy helping people who are worried or in a hurry feel welcome."),
        ("follow-up", "There is no hurry on your side; I simply wanted to say I'm still keen."),
    ],
)
def test_polite_lines_close_to_a_demand_are_left_alone(
    run: Run, note: Note, kind: str, sentence: str
) -> None:
    text = note(body="Thank you for the tour of the clinic. " + sentence)
    assert found(run(text, kind=kind), "accusatory") == []


def test_a_phrase_is_judged_whole_disappointed_by_you_is_not_by_your_decision(
    run: Run, note: Note
) -> None:
    def caught(sentence: str) -> list[str]:
        text = note(body="Thank you for letting me know. " + sentence)
        return found(run(text, kind="rejection-reply"), "accusatory")

    assert caught("I am disappointed by your decision.") == []
    assert caught("Frankly, I am disappointed by you.") == ["disappointed by you"]


def test_a_tone_finding_carries_its_reason_for_a_translation_layer(run: Run, note: Note) -> None:
    [finding] = [
        f for f in run(note(body="I have emailed you four times.")) if f.code == "accusatory"
    ]
    assert finding.to_dict(with_suggestions=False)["params"] == {"why": "repeat"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quite frankly, the way I was treated was disrespectful.",
        "You led me to believe I had the job.",
        "I put my life on hold for this opportunity.",
        "Please treat this as urgent.",
    ],
)
def test_words_that_add_up_to_reproach_get_a_warning(run: Run, note: Note, sentence: str) -> None:
    findings = [
        f for f in run(note(body="Thank you for the tour. " + sentence)) if f.code == "accusatory"
    ]
    assert [f.text for f in findings] == [sentence]
    assert findings[0].severity in {"warning", "error"}


@pytest.mark.parametrize(
    "sentence",
    [
        "I handled urgent prescriptions calmly, even when the line was long.",
        "You treated me with such kindness during the interview.",
        "I went through the training modules you sent, and they were clear.",
    ],
)
def test_warm_sentences_with_sharp_words_are_left_alone(
    run: Run, note: Note, sentence: str
) -> None:
    assert found(run(note(body="Thank you for the tour. " + sentence)), "accusatory") == []


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("offer-reply", "If Maple Grove can't beat it, I will have no choice but to take theirs."),
        ("offer-reply", "If the base pay stays where it is, I'm walking away."),
        ("offer-reply", "Unless the vacation days are increased, I'll decline."),
        ("follow-up", "Please expedite my background check."),
        ("offer-reply", "I'll expect the signed contract on my desk by Friday afternoon."),
        ("offer-reply", "The hours in the listing were misrepresented, and I want it to be fixed."),
        ("follow-up", "Some employers simply don't have the courtesy to write back."),
        ("thank-you", "The interview schedule was completely disorganized, but I managed."),
        ("rejection-reply", "I'd like to hear what the chosen applicant offered that I couldn't."),
        ("rejection-reply", "You passed over the most qualified person in the room."),
        ("rejection-reply", "I hope whoever you picked lives up to it."),
        ("keep-in-touch", "It would have been considerate to be told the position was on hold."),
        ("follow-up", "I shouldn't have to keep chasing you for an answer."),
        ("follow-up", "I wrote on the 3rd, and the week before that too."),
        ("follow-up", "As I said in my email, I remain interested."),
        ("thank-you", "I can't face another rejection this month."),
        ("thank-you", "It would mean everything to me if you chose me."),
    ],
)
def test_ultimatums_verdicts_and_pleas_in_other_words_are_caught(
    run: Run, note: Note, kind: str, sentence: str
) -> None:
    text = note(body="Thank you for your note. " + sentence)
    assert found(run(text, kind=kind), "accusatory")


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("thank-you", "I walked away from our conversation with a lot to think about."),
        ("thank-you", "I had no choice but to leave my last job when the store closed."),
        ("offer-reply", "Is there any way to speed up the background check so I can give notice?"),
        ("follow-up", "Many employers don't have the time to answer every applicant, so thanks."),
        ("thank-you", "It would have been nice to meet the whole team, so I hope to next time."),
        ("follow-up", "As I mentioned in my cover letter, I speak Tagalog and Spanish."),
        ("thank-you", "The questions were challenging but fair, and I enjoyed them."),
        ("rejection-reply", "I'd love to know which skills I could strengthen for next time."),
        ("rejection-reply", "I hope the new person enjoys the role as much as I would have."),
        ("offer-reply", "Unless you need me sooner, I'll start on the 14th as planned."),
    ],
)
def test_lines_near_an_ultimatum_or_a_verdict_are_left_alone(
    run: Run, note: Note, kind: str, sentence: str
) -> None:
    text = note(body="Thank you for your note. " + sentence)
    assert found(run(text, kind=kind), "accusatory") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I was under the impression your firm valued its candidates.",
        "I've been nothing but flexible about every interview time.",
        "I was promised an answer two Mondays ago.",
        "I'm puzzled as to why nobody has called.",
        "My time is valuable as well.",
        "The recruiter said one thing on the phone and something else in person.",
        "The drive out was a total waste of my morning.",
        "I'm open to offers, but not for much longer.",
        "After a month of silence I'm fearing the worst.",
    ],
)
def test_sarcasm_broken_promises_and_fears_are_caught(run: Run, note: Note, sentence: str) -> None:
    text = note(body="Thank you for your note. " + sentence)
    assert found(run(text, kind="follow-up"), "accusatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "I was under the impression the role was hybrid; could you confirm?",
        "I'm more than flexible on the start date.",
        "I have been very flexible in past roles and can work weekends.",
        "I was told a decision would be made by the end of May, so I wanted to check in.",
        "My time at the depot taught me to plan routes carefully.",
    ],
)
def test_lines_close_to_sarcasm_or_a_broken_promise_are_left_alone(
    run: Run, note: Note, sentence: str
) -> None:
    text = note(body="Thank you for your note. " + sentence)
    assert found(run(text, kind="follow-up"), "accusatory") == []


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("offer-reply", "I'd need an answer before I sign with the other depot on Monday."),
        ("offer-reply", "I'm ready to walk if the overtime rate stays the same."),
        ("offer-reply", "Whether I join hinges entirely on you matching their rate."),
        ("follow-up", "I haven't been able to focus on anything else since Tuesday."),
        ("follow-up", "I'm dismayed that I still haven't heard back from anyone."),
        ("follow-up", "The new posting is puzzling given what you told me."),
        ("rejection-reply", "Your decision is difficult to accept after four interviews."),
        ("rejection-reply", "You've just lost a dedicated worker."),
        ("rejection-reply", "I hope your new hire turns out to be worth it."),
        ("rejection-reply", "You might want to start telling applicants about the second test."),
        ("rejection-reply", "I'd suggest you correct the job posting."),
        ("follow-up", "Is it so hard to send a short update?"),
        ("rejection-reply", "Good luck to your new dispatcher, whoever he is."),
        ("rejection-reply", "Thank you for the canned rejection."),
        ("rejection-reply", "You told me I was the frontrunner, and yet here I am."),
        ("follow-up", "I'm checking in on my last follow-up."),
    ],
)
def test_terms_surprise_and_advice_to_the_employer_are_caught(
    run: Run, note: Note, kind: str, sentence: str
) -> None:
    text = note(body="Thank you for your note. " + sentence)
    assert found(run(text, kind=kind), "accusatory")


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("thank-you", "I was surprised that I hadn't heard of the routing tool before."),
        ("follow-up", "I noticed the role was reposted and wanted to say I'm still interested."),
        ("thank-you", "I'd recommend the north entrance to future visitors; it's easier."),
        ("offer-reply", "I'd love to hear back before I give notice, if that's possible."),
        ("thank-you", "I couldn't stop thinking about your question on routing, so here's more."),
        ("offer-reply", "My start date depends on when my employer can replace me."),
    ],
)
def test_surprise_and_suggestions_that_blame_nobody_are_left_alone(
    run: Run, note: Note, kind: str, sentence: str
) -> None:
    text = note(body="Thank you for your note. " + sentence)
    assert [
        f for f in run(text, kind=kind) if f.code == "accusatory" and f.severity == "error"
    ] == []


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("admin-thank-you", "Thanks for finally mailing the badge, a week after my start."),
        ("admin-thank-you", "The front desk kept me waiting twenty minutes, but the tea was nice."),
        ("thank-you", "Thanks for the call, even though it was rescheduled three times."),
        ("thank-you", "I wish the interviewers had looked at my portfolio first."),
        ("offer-reply", "Please send the revised terms by Monday, otherwise the deal is off."),
        ("offer-reply", "I'll sign when you stop dragging your feet on the moving allowance."),
        ("rejection-reply", "Could you tell me which person you picked instead of me?"),
        ("follow-up", "Please explain what the hold-up is."),
        ("follow-up", "I'd hate to think my résumé was simply ignored."),
    ],
)
def test_faults_slipped_into_thanks_and_terms_are_caught(
    run: Run, note: Note, kind: str, sentence: str
) -> None:
    text = note(body="Thank you for your note. " + sentence)
    assert found(run(text, kind=kind), "accusatory")


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("thank-you", "Thank you for finally meeting me in person after all our emails!"),
        ("admin-thank-you", "Thank you for rescheduling twice to fit my exam dates."),
        ("thank-you", "I wish I had asked about the training schedule."),
        ("admin-thank-you", "I arrived twenty minutes early and waited in the lobby."),
    ],
)
def test_thanks_with_a_wait_or_a_wish_that_blame_nobody_are_left_alone(
    run: Run, note: Note, kind: str, sentence: str
) -> None:
    text = note(body="Thank you for your note. " + sentence)
    errors = [f for f in run(text, kind=kind) if f.severity == "error"]
    assert [f.text for f in errors if f.code == "accusatory"] == []


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Many THX for the tour.", ["THX"]),
        ("Thanks, Np, see YA soon.", ["Np", "YA"]),
        ("I think U would like my work, and u would too.", ["u"]),
        ("Thanks for the tour :D and the coffee.", [":D"]),
        ("Thanks, ſee ya at the ſite.", ["ya"]),
    ],
)
def test_casual_words_are_found_in_any_case_but_u_only_in_lower_case(
    run: Run, note: Note, sentence: str, caught: list[str]
) -> None:
    findings = run(note(body=sentence))
    assert [f.text for f in findings if f.code == "informal"] == caught


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        (
            "I think your panel missed out on a strong candidate.",
            "your panel missed out on a strong candidate",
        ),
        (
            "The committee overlooked a capable applicant.",
            "The committee overlooked a capable applicant",
        ),
        ("I think you chose the wrong person.", "you chose the wrong person"),
        ("You let a great candidate slip away.", "You let a great candidate slip away"),
        ("I feel the hiring team got it wrong.", "the hiring team got it wrong"),
        ("Frankly, the panel made a poor call.", "the panel made a poor call"),
        ("You will come to regret this decision.", "You will come to regret this"),
        ("Your loss.", "Your loss"),
        (
            "You missed a real opportunity by passing on me.",
            "You missed a real opportunity by passing on me",
        ),
        (
            "The board turned down someone who would have stayed for years.",
            "The board turned down someone who would have",
        ),
        ("Honestly, that's your loss.", "your loss"),
    ],
)
@pytest.mark.parametrize("kind", ["thank-you", "rejection-reply"])
def test_a_verdict_on_the_readers_choice_is_an_error_in_any_note(
    run: Run, note: Note, sentence: str, caught: str, kind: str
) -> None:
    findings = run(note(body="Thank you for letting me know. " + sentence), kind=kind)
    assert found(findings, "accusatory") == [caught]


@pytest.mark.parametrize(
    "sentence",
    [
        "I was disappointed, but I understand your decision.",
        "I hope the new hire works out well.",
        "I'm sorry to have missed out on this role, but I learned a lot.",
        "I made the wrong choice of shoes for the tour, but it was fun.",
        "I hope you found the right person for the role.",
        "I understand you chose a candidate with more experience.",
        "I was so sorry to hear about your loss.",
        "I passed on someone's kind message to our director.",
        "I hope the loss of your key client was not too hard on the team.",
    ],
)
@pytest.mark.parametrize("kind", ["thank-you", "rejection-reply"])
def test_gracious_lines_about_the_readers_choice_are_fine(
    run: Run, note: Note, sentence: str, kind: str
) -> None:
    findings = run(note(body="Thank you for letting me know. " + sentence), kind=kind)
    assert found(findings, "accusatory") == []
