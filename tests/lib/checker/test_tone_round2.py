"""Tone, round two: passive aggression carried by adverbs and time words aimed at what the
reader did or should do ("if you actually read it", "this time", "for once", "finally"),
reproach worded as a hope about the employer's future conduct ("I hope next time the panel is on
time"), leverage slipped into a request and dry sarcasm each get a tone finding; the same words
about the writer or said kindly do not get an error."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


def _findings(body: str, kind: str) -> tuple[list[str], list[str]]:
    text = f"Dear Mr. Abara,\n\n{body}\n\nThanks,\nLee Marsh"
    start = text.index(body)
    end = start + len(body)
    everything = check(text, CheckContext(kind=kind, lang="en"))
    found = [f for f in everything if f.start < end and f.end > start]
    tone = [f.severity for f in found if f.code == "accusatory"]
    errors = [f.code for f in found if f.severity == "error"]
    return tone, errors


PROBLEMS = (
    # Adverbs aimed at what the reader did or should do.
    ("follow-up", "If you actually opened my last email, you'd know I already sent the forms."),
    ("follow-up", "Once your recruiter has finally read my file, I'd be glad to talk."),
    ("thank-you", "Thanks for eventually returning my call."),
    ("follow-up", "Could you please check your spam folder this time?"),
    ("follow-up", "Perhaps someone could look at my application for a change."),
    ("linkedin", "Nice that you at last replied to one of my messages."),
    ("follow-up", "Please answer this one for once."),
    ("follow-up", "As already stated, you still owe me the assessment results."),
    ("follow-up", "Did anyone ever bother to open my cover letter?"),
    ("keep-in-touch", "Do reply this time, if it's not too much trouble."),
    # Reproach worded as a hope or a wish about next time.
    ("rejection-reply", "I hope in future your team tells people about the dress code in advance."),
    ("rejection-reply", "Hopefully next time the interviewers will have read my file beforehand."),
    ("thank-you", "I trust that going forward the office will return messages within a week."),
    ("rejection-reply", "Maybe in future the recruiter could mention the salary range up front."),
    ("rejection-reply", "It would have been nice if the manager had turned up on time."),
    ("keep-in-touch", "I do hope future applicants are treated with more care than I was."),
    ("thank-you", "Going forward, I hope the hiring panel agrees on the questions ahead of time."),
    # Leverage and dry sarcasm.
    ("follow-up", "I'd like to hear soon, as a couple of other firms are ready to hire me."),
    ("follow-up", "Best to decide quickly before a competitor scoops me up."),
    ("offer-reply", "Please don't keep me waiting; I won't be available for long."),
    ("follow-up", "No pressure, obviously, but my rent is due."),
    ("follow-up", "I can't imagine a yes or no takes that long to type."),
    ("linkedin", "I expect this will sit unanswered like the others."),
    ("thank-you", "I loved waiting an hour in the lobby past my slot."),
    ("rejection-reply", "Thanks a lot for the automated email after four interviews."),
    ("follow-up", "Whenever someone there manages to find a free moment, do write."),
    ("follow-up", "As I said, you already have my references."),
    ("follow-up", "Since you clearly have more important things to do, I'll keep this short."),
    ("keep-in-touch", "I wonder if your team will communicate better with the next hire."),
)

CLEAN = (
    ("thank-you", "I finally saw the new press in action, and it was impressive."),
    ("follow-up", "I actually have a second reference if you'd like one."),
    ("thank-you", "For once the bus was early, so I got to walk around the park first."),
    ("keep-in-touch", "I hope next time we speak I'll have good news about my certificate."),
    ("rejection-reply", "I hope that in future our paths cross again."),
    ("follow-up", "As I said on Tuesday, I can work evenings and weekends."),
    ("follow-up", "As previously mentioned, I hold a valid food handler card."),
    ("thank-you", "Yet again I came away impressed by the team's friendliness."),
    ("keep-in-touch", "It would be nice to stay in touch as the project grows."),
    ("rejection-reply", "I hope you'll keep me in mind for future openings."),
    ("thank-you", "Even the short tour gave me a good feel for the place."),
    ("follow-up", "I'm still very interested and happy to answer questions."),
    ("offer-reply", "No rush at all; take the time you need on the contract."),
    ("follow-up", "I have other interviews on Monday, so Tuesday suits me better."),
    ("thank-you", "At last week's open house I met two of your drivers."),
    ("keep-in-touch", "This time next year I hope to be a certified electrician."),
    ("thank-you", "I'm happy to wait for the paperwork whenever it's ready."),
    ("rejection-reply", "I wish you every success going forward."),
    ("follow-up", "Thanks for getting back to me this time of year, when I know it's busy."),
    ("thank-you", "I finally understand why your clients stay for decades."),
    ("follow-up", "As I mentioned, you can reach me on my mobile."),
    ("follow-up", "As I said at the interview, I love night shifts."),
)


@pytest.mark.parametrize(("kind", "body"), PROBLEMS)
def test_a_reproach_aimed_at_the_reader_gets_a_tone_finding(kind: str, body: str) -> None:
    tone, _errors = _findings(body, kind)
    assert tone, body


@pytest.mark.parametrize(("kind", "body"), CLEAN)
def test_the_same_words_said_kindly_get_no_error(kind: str, body: str) -> None:
    _tone, errors = _findings(body, kind)
    assert errors == [], body


@pytest.mark.parametrize(
    "body",
    [
        "I finally finished my forklift course last week.",
        "I hope next time we talk I'll have my licence in hand.",
        "We finally moved to the east end, so the commute would be short.",
    ],
)
def test_the_writer_s_own_news_gets_no_tone_finding_at_all(body: str) -> None:
    tone, _errors = _findings(body, "follow-up")
    assert tone == [], body
