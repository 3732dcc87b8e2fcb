"""Tone in whole sentences: a sentence wrapped across lines by hand, or holding a web address,
is read whole; thanks and warmth alone never read as tone; and complaints about the interview,
advice to the employer, doubt about the job and sarcasm about the hire get a tone finding."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check
from followup.lib.checker.tone_scorer import sentences

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


def _note(body: str) -> str:
    return f"Dear Ms. Lindqvist,\n\n{body}\n\nKind regards,\nJordan Ames"


def _tone(text: str, kind: str) -> list[tuple[str, str]]:
    findings = check(text, CheckContext(kind=kind, lang="en"))
    return [(f.severity, f.text) for f in findings if f.code == "accusatory"]


WRAPPED = (
    "Thank you for showing me around the depot on Friday. I liked hearing how your crew plans\n"
    "routes each morning, and how you are moving the dispatch logs online this winter.\n"
    "My references are ready whenever you need them, and you can reach me at\n"
    "jordan.ames@example.ca or see my work at https://ames.example.ca/portfolio."
)


def test_a_sentence_wrapped_by_hand_is_read_whole() -> None:
    lowered = WRAPPED.lower()
    found = [lowered[start:end].strip() for start, end in sentences(lowered)]
    assert found[1].startswith("i liked hearing")
    assert found[1].endswith("this winter.")
    assert found[2].endswith("ames.example.ca/portfolio.")
    assert len(found) == 3


def test_a_warm_wrapped_note_gets_no_tone_finding() -> None:
    assert _tone(_note(WRAPPED), "thank-you") == []


def test_a_reproach_wrapped_across_two_lines_is_found() -> None:
    body = (
        "Thank you for the interview on Monday. I could not help noticing the manager was on\n"
        "her phone for most of my answers, which made it hard to focus."
    )
    assert _tone(_note(body), "thank-you") != []


def test_a_greeting_and_a_short_line_still_end_their_sentence() -> None:
    text = "Dear Ms. Lindqvist,\nThank you again\nJordan"
    lowered = text.lower()
    assert [lowered[a:b] for a, b in sentences(lowered)] == ["thank you again"]


CLEAN = (
    ("thank-you", "Thanks so much for the interview today."),
    ("thank-you", "Thanks for your patience while I found my notes during the interview."),
    ("thank-you", "The interview made me see this role is exactly what I want to do next."),
    ("thank-you", "Hearing that you are opening a second location this fall made me keener still."),
    ("thank-you", "This visit showed me how much your team cares about its clients."),
    ("follow-up", "I'm still interested and available for another conversation at any time."),
    ("offer-reply", "I'd like a couple of days to think about it, and I'll reply by Friday."),
    ("thank-you", "The press ran a full batch without a single rejected part."),
    ("thank-you", "In my last role I led a team that cut the wait for repairs by half."),
    ("follow-up", "Another week has passed and I'm still thinking about our conversation."),
    ("keep-in-touch", "Next time I'm in Halifax, I'd love to stop by and say hello."),
    ("offer-reply", "I have an offer and need to reply by the 20th, but yours is my first choice."),
    ("offer-reply", "Could I let you know by Friday, once I've gone over the contract?"),
    ("offer-reply", "I need a little time to talk it over, and I'll reply by Wednesday."),
    ("thank-you", "You said you'd like someone in place by September, and that suits me well."),
    ("follow-up", "I want to give you a considered answer."),
    ("follow-up", "Please let me know today if you'd like me to bring my certificates tomorrow."),
    ("thank-you", "Thanks for the quick reply and for sending the schedule."),
    ("follow-up", "Nobody needs to rush on my account; I know it's a busy season."),
    ("offer-reply", "Either start date works for me, so please choose what suits the team."),
    ("follow-up", "I'd be grateful for a reply by the end of the month if possible, no rush."),
    ("follow-up", "I hope this message finds you well."),
    ("follow-up", "Nobody could have been kinder than your receptionist."),
    ("thank-you", "I'm starting to picture myself on your team already."),
    ("thank-you", "The real reason I applied is the mentoring program you described."),
    ("follow-up", "You should have my transcript by Friday; I mailed it yesterday."),
    ("keep-in-touch", "Next time you're hiring for the warehouse, I'd be glad to apply again."),
    ("offer-reply", "I'm weighing another offer too, and I'd be grateful to talk about timing."),
    ("thank-you", "In my last role I had many opportunities to train new staff."),
)


@pytest.mark.parametrize(("kind", "sentence"), CLEAN)
def test_a_kind_sentence_gets_no_tone_finding(kind: str, sentence: str) -> None:
    assert _tone(_note(sentence), kind) == []


TONE = (
    ("keep-in-touch", "I hope your new hire is everything you wanted, though somehow I doubt it."),
    ("follow-up", "It has been a month and I still have no idea where my application is."),
    ("thank-you", "I noticed the manager was on her phone for most of my answers."),
    ("rejection-reply", "In future, please tell candidates about the pay before they drive out."),
    ("rejection-reply", "Maybe next time read the resume before the interview."),
    ("thank-you", "I hope your onboarding is better run than the interview was."),
    ("thank-you", "Most of the questions had very little to do with the role in the posting."),
    ("rejection-reply", "Your interviewer seemed to have made up her mind in the first minutes."),
    ("follow-up", "I'm starting to wonder if this job was ever really open."),
    ("follow-up", "I was told I'd hear something by Friday, which came and went."),
    ("rejection-reply", "I suspect you will come to regret passing me over."),
    ("rejection-reply", "A phone call would have been the respectful thing to do."),
    ("follow-up", "I've been sitting by my phone all week."),
    ("thank-you", "I hope next time the interview starts on time."),
    ("rejection-reply", "I am baffled that my ten years of experience counted for so little."),
    ("thank-you", "Thanks for the lightning-fast reply, only eighteen days after the interview."),
    ("thank-you", "The parking alone nearly made me late, which your team should really fix."),
    ("follow-up", "I can only wait until Friday before I start accepting other interviews."),
    ("offer-reply", "Either the start date moves or I'm out."),
    ("linkedin", "Since nobody at the office picks up the phone, I'm trying you here."),
    ("rejection-reply", "It's hard not to feel that my age was the real reason."),
    ("follow-up", "I would appreciate the basic respect of a response."),
    ("keep-in-touch", "Feel free to reach out when your new hire quits."),
    ("linkedin", "Hopefully a message here gets more attention than my application did."),
    ("thank-you", "I'm not sure why I was asked in when the job was already filled."),
    ("thank-you", "I do hope the decision will be based on merit this time."),
    ("follow-up", "I'd like to hear back soon, as I do have other irons in the fire."),
    ("follow-up", "Please keep in mind I won't be on the market for long."),
)


@pytest.mark.parametrize(("kind", "sentence"), TONE)
def test_a_sentence_of_reproach_gets_a_tone_finding(kind: str, sentence: str) -> None:
    assert _tone(_note(sentence), kind) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "I can take any shift the crew needs, including weekends.",
        "I'd happily accept any hours that suit the store, except Sunday mornings.",
    ],
)
def test_being_open_to_any_shift_is_flexibility_not_a_plea(sentence: str) -> None:
    assert [s for s, _ in _tone(_note(sentence), "thank-you") if s == "error"] == []


def test_taking_any_job_at_all_still_reads_as_a_plea() -> None:
    found = _tone(_note("I will take any job you have, I just need to work."), "follow-up")
    assert found and found[0][0] == "error"


@pytest.mark.parametrize(
    "sentence",
    ["I would be happy to send my references ASAP.", "I can start ASAP if that helps the team."],
)
def test_asap_about_the_writers_own_promptness_is_not_pressure(sentence: str) -> None:
    assert [s for s, _ in _tone(_note(sentence), "thank-you") if s == "error"] == []


@pytest.mark.parametrize(
    "sentence", ["Please reply ASAP.", "Could you get back to me ASAP?", "I need an answer ASAP."]
)
def test_asap_asked_of_the_reader_is_pressure(sentence: str) -> None:
    assert [s for s, _ in _tone(_note(sentence), "follow-up")][:1] == ["error"]


def test_a_drawer_in_its_literal_sense_is_not_a_guess_at_the_readers_neglect() -> None:
    literal = _note("I could have sworn the form was in the drawer.")
    assert [s for s, _ in _tone(literal, "follow-up") if s == "error"] == []
    neglect = _note("My application must be sitting in a drawer somewhere.")
    assert [s for s, _ in _tone(neglect, "follow-up")][:1] == ["error"]
