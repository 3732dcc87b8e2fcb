"""A client's message as a counsellor without "share my notes" may read it: the sentences that
may come from the client's private notes about that interview or those people are held back."""

from __future__ import annotations

from functools import lru_cache

from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview, Participant
from followup.lib import redaction
from followup.lib.drafting import DRAFTS_DIR


@lru_cache(maxsize=1)
def _template_wording() -> str:
    return redaction.template_wording(DRAFTS_DIR)


def private_notes(message: Interaction) -> list[str]:
    """Every private note a draft of `message` could have drawn on: its interview's (or its
    application's interviews') topics, what went well and what was forgotten, what was said with
    each person, the notes on its people and on its application."""
    application = message.application or (
        message.interview.application if message.interview else None
    )
    interviews = (
        Interview.objects.filter(pk=message.interview_id)
        if message.interview_id
        else (
            Interview.objects.filter(application=application)
            if application
            else Interview.objects.none()
        )
    )
    people = list(message.people.all())
    notes = [text for interview in interviews for text in interview.private_notes]
    notes += Participant.objects.filter(interview__in=interviews).values_list("notes", flat=True)
    notes += Participant.objects.filter(person__in=people).values_list("notes", flat=True)
    notes += [person.notes for person in people]
    if application:
        notes.append(application.notes)
    return [text for text in notes if text]


def private_words(message: Interaction) -> frozenset[str]:
    """The words of the client's private notes that `message` may carry. What the counsellor
    sees on the page anyway (names, the employer, the role, the client's signature) and the
    templates' own wording are left out: they hide nothing."""
    application = message.application or (
        message.interview.application if message.interview else None
    )
    owner = message.owner
    known = [owner.name, owner.email, owner.phone, *(p.name for p in message.people.all())]
    if application:
        known += [application.role, application.employer.name]
    return redaction.note_words(private_notes(message), [*known, _template_wording()])
