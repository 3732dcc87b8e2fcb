"""Build a personal draft for one message record from what the user noted, and keep an unedited
draft's relative days ("yesterday", "on Tuesday") true on the day it is opened."""

from __future__ import annotations

from followup.accounts.clock import local_today
from followup.accounts.models import User
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Interview, Participant, Person
from followup.lib import records as r
from followup.lib.checker.language import detect
from followup.lib.drafting import LANGUAGES, Draft, DraftContext, draft, needs_confirmation
from followup.lib.drafting.wording import courtesy_title

# The languages a note can be drafted in, each named in its own language (as language
# switches are), so a reader finds theirs whatever the page's language.
DRAFT_LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("fr", "Français"))


def user_language(user: User) -> str:
    """The language the user's new drafts are written in: their account's, else English."""
    language = str(getattr(user, "language", "") or "")
    return language if language in LANGUAGES else "en"


def note_language(message: Interaction, user: User) -> str:
    """The language of a message's draft: the one its generated text is written in, so a note
    the user switched to the other language stays in it; a new note takes the user's."""
    if message.generated_text:
        return detect(message.generated_text)
    return user_language(user)


def draft_context(
    message: Interaction, person: Person | None, user: User, lang: str = "en"
) -> DraftContext:
    interview: Interview | None = message.interview
    application = message.application or (interview.application if interview else None)
    participant = _participant(interview, person)
    role = participant.role if participant else ""
    # What the user noted about this person; the interview's topics stand in for an interviewer
    # with no notes of their own, never for the admin staff (they did not discuss the job).
    topic = participant.notes if participant else ""
    if not topic and interview and role != r.ADMIN_STAFF:
        topic = interview.topics
    return DraftContext(
        kind=message.note_kind,
        recipient_name=person.name if person else "",
        company=application.employer.name
        if application
        else (person.employer.name if person and person.employer else ""),
        role=application.role if application else "",
        interview_on=local_today(user, interview.starts_at) if interview else None,
        written_on=local_today(user),
        topic=topic,
        forgot=interview.forgot if interview else "",
        went_well=interview.went_well if interview else "",
        sender_name=user.name,
        sender_phone=user.phone,
        sender_email=user.email,
        sender_linkedin=user.linkedin_url,
        sequence=message.sequence,
        variant=message.draft_variant,
        recipient_title=person.title if person else "",
        salutation=courtesy_title(person.name, person.title) if person else "",
        recipient_role=role,
        variety=_place(participant),
        lang=lang,
    )


def _participant(interview: Interview | None, person: Person | None) -> Participant | None:
    if interview is None or person is None:
        return None
    return Participant.objects.filter(interview=interview, person=person).first()


def _place(participant: Participant | None) -> int:
    """The participant's place at the interview (0, 1, 2 …): a stable number, so two people
    met together get differently worded notes, and the same person always the same wording."""
    if participant is None:
        return 0
    return Participant.objects.filter(
        interview_id=participant.interview_id, pk__lt=participant.pk
    ).count()


def draft_for(
    message: Interaction, user: User, tone: str = "warm", lang: str | None = None
) -> Draft:
    """The draft in `tone` and `lang` (by default the note's language, see note_language)."""
    person = message.people.select_related("employer").first()
    language = lang if lang in LANGUAGES else note_language(message, user)
    return draft(draft_context(message, person, user, language), tone)


def refresh_if_stale(message: Interaction, user: User) -> bool:
    """Write an unedited draft again when it would now read differently (the interview day seen
    from today, notes added since): a draft made on Monday and opened on Wednesday must not say
    "yesterday". A draft the user edited is left alone (the checker warns about its days).
    True when the draft was rewritten."""
    if message.state != State.DRAFT or not message.generated_text:
        return False
    current = f"Subject: {message.subject}\n\n{message.body}" if message.subject else message.body
    if needs_confirmation(message.generated_text, current):
        return False
    drafted = draft_for(message, user, message.tone or "warm")
    if drafted.as_text() == message.generated_text:
        return False
    message.subject, message.body = drafted.subject, drafted.body
    message.generated_text = drafted.as_text()
    message.save(update_fields=["subject", "body", "generated_text", "updated_at"])
    return True
