"""Tone: a note that presumes the decision ("it's clear I'm the best fit"), holds the employer to
what the writer expected ("I was hoping for far more than this"), demands courtesy in return
("I'll expect the same from you"), faults part of the interview ("the last round felt
chaotic"), takes its thanks back ("even if it was just ten minutes"), complains of waiting around
or of a process dragging on, begs for the job, sets an ultimatum or answers silence with
"Anyone there?" reads as reproach or a plea; the same topics said graciously do not."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once


def _codes(sentence: str, kind: str) -> set[str]:
    context = CheckContext(
        kind=kind, recipients=("Tomasz Nowak",), company="Fernhill Books", sender="Leah Brandt"
    )
    text = f"Hi Tomasz,\n\n{sentence}\n\nBest,\nLeah"
    return {f.code for f in check(text, context)}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("It should be clear to everyone that I'm the strongest candidate.", "thank-you"),
        ("Surely it's obvious that I am the ideal hire for the shop.", "follow-up"),
        ("Honestly, we had hoped for much more than this.", "offer-reply"),
        ("I had counted on far better than what you sent.", "offer-reply"),
        ("I replied within the hour each time, and I'll expect the same from you.", "follow-up"),
        ("The least you could do is tell me where things stand.", "follow-up"),
        ("Thanks for the visit, though the last round felt rather chaotic.", "thank-you"),
        ("Thank you for the call, even if it was just ten minutes.", "thank-you"),
        ("I'm tired of waiting around for a reply.", "follow-up"),
        ("The hiring process keeps dragging on.", "follow-up"),
        ("If I'd known it would take this long, I would never have applied.", "follow-up"),
        ("I don't think your recruiters even read my portfolio.", "rejection-reply"),
        ("Please just give me this job.", "thank-you"),
        ("I have never wanted anything so badly.", "thank-you"),
        ("Please don't forget about me.", "keep-in-touch"),
        ("If you won't match the other offer, I'll walk away.", "offer-reply"),
        ("Honestly, there's no point negotiating further.", "offer-reply"),
        ("So was I shortlisted or not?", "follow-up"),
        ("Three weeks now. Anyone there?", "follow-up"),
    ],
)
def test_reproach_and_presumption_are_flagged(sentence: str, kind: str) -> None:
    assert "accusatory" in _codes(sentence, kind)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("It's clear that the team cares about its readers.", "thank-you"),
        ("The role offers more than I was expecting, and I'm thrilled.", "offer-reply"),
        ("I expect the same kind of close teamwork I enjoyed at my last store.", "thank-you"),
        ("The last round was a great chance to meet the buyers.", "thank-you"),
        ("I hope I showed that I'd be a good fit for the children's section.", "thank-you"),
        ("Even if it was only a short call, I learned a great deal.", "thank-you"),
        ("I'm happy to wait around after the interview if the owner is free.", "thank-you"),
        ("I promise my next email won't drag on like this one.", "follow-up"),
        ("Please don't forget to send the parking details.", "thank-you"),
        ("I hope you'll give me the chance to show what I can do.", "thank-you"),
        ("Do I need to bring my own laptop or not?", "thank-you"),
        ("If you can't match the salary, I'd still love to talk about benefits.", "offer-reply"),
    ],
)
def test_the_same_topics_said_graciously_are_not(sentence: str, kind: str) -> None:
    assert "accusatory" not in _codes(sentence, kind)
