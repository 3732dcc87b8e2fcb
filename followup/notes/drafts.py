"""Build a personal draft for one message record from what the user noted."""

from __future__ import annotations

from django.utils import timezone

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Interview, Participant, Person
from followup.lib.drafting import Draft, DraftContext, draft


def draft_context(message: Interaction, person: Person | None, user: User) -> DraftContext:
    interview: Interview | None = message.interview
    application = message.application or (interview.application if interview else None)
    topic = ""
    if interview and person:
        participant = Participant.objects.filter(interview=interview, person=person).first()
        topic = participant.notes if participant else ""
    if not topic and interview:
        topic = interview.topics
    return DraftContext(
        kind=message.note_kind,
        recipient_name=person.name if person else "",
        company=application.employer.name
        if application
        else (person.employer.name if person and person.employer else ""),
        role=application.role if application else "",
        interview_on=timezone.localtime(interview.starts_at).date() if interview else None,
        written_on=timezone.localdate(),
        topic=topic,
        forgot=interview.forgot if interview else "",
        sender_name=user.name,
        sender_phone=user.phone,
        sender_email=user.email,
        sender_linkedin=user.linkedin_url,
        sequence=message.sequence,
        variant=message.draft_variant,
        recipient_title=person.title if person else "",
    )


def draft_for(message: Interaction, user: User, tone: str = "warm") -> Draft:
    person = message.people.select_related("employer").first()
    return draft(draft_context(message, person, user), tone)
