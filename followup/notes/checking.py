"""Check a message record with the note checker: the context comes from the records (who it
is to, who else was there, the employer, the user's other employers, the follow-up date)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from django.utils import translation

from followup.accounts.clock import local_today
from followup.accounts.models import User
from followup.due.loading import load_records
from followup.interactions.models import Interaction
from followup.jobsearch.models import Employer, Participant, Person
from followup.lib import records as r
from followup.lib.checker import CheckContext, Finding, check
from followup.lib.checker.language import detect
from followup.lib.checker.messages import message_for
from followup.lib.plan import due_actions, follow_up_plan
from followup.organisation.models import Organisation


def context_for(message: Interaction, user: User) -> CheckContext:
    people = list(message.people.select_related("employer"))
    recipients = tuple(p.name for p in people)
    interview = message.interview
    application = message.application or (interview.application if interview else None)
    others: tuple[str, ...] = ()
    if interview:
        others = tuple(
            name
            for name in Participant.objects.filter(interview=interview).values_list(
                "person__name", flat=True
            )
            if name not in recipients
        )
    # The recipients' own employers are never "another employer", even in a note that is
    # not about an application (a keep-in-touch note, a LinkedIn invitation).
    theirs = [p.employer.name for p in people if p.employer is not None]
    company = application.employer.name if application else next(iter(theirs), "")
    own = {name.casefold() for name in (company, *theirs)}
    employers = Employer.objects.filter(owner=user).values_list("name", flat=True)
    known = [*Person.objects.filter(owner=user).values_list("name", flat=True), *employers]
    return CheckContext(
        kind=message.note_kind,
        recipients=recipients,
        others=others,
        company=company,
        role=application.role if application else "",
        other_companies=tuple(name for name in employers if name.casefold() not in own),
        sender=user.name,
        known_words=tuple(known),
        follow_up_on=follow_up_on(message, user),
        today=local_today(user),
        sequence=message.sequence,
        met_on=local_today(user, interview.starts_at) if interview else None,
    )


def follow_up_on(message: Interaction, user: User) -> date | None:
    """The first day this follow-up may go. The planner knows it for every follow-up in the
    chain (the second waits for business days after the first was sent); when the planner has
    no such item (snoozed, say), the first follow-up still waits for its day in the plan (a day
    set by hand, else the employer's time frame, else the organisation's wait)."""
    if message.kind != r.FOLLOW_UP or message.application_id is None:
        return None
    policy = Organisation.current().policy()
    records = load_records(user)
    year_ahead = 366
    planned = due_actions(records, local_today(user), policy=policy, horizon_days=year_ahead)
    for action in planned:
        same = action.application_id == message.application_id
        if action.kind == r.FOLLOW_UP and same and action.sequence == message.sequence:
            return action.due_on
    if message.interview_id is None or message.sequence != 1:
        return None
    meeting = next((i for i in records.interviews if i.id == message.interview_id), None)
    if meeting is None:
        return None
    day = local_today(user, meeting.starts_at)
    return follow_up_plan(meeting, day, policy).first_follow_up_on


@dataclass(frozen=True)
class Segment:
    text: str
    severity: str = ""  # "" for plain text, else the finding's severity
    index: int = 0


def highlighted(text: str, findings: list[Finding]) -> list[Segment]:
    """The text cut into plain and flagged segments, for showing findings in place. Where spans
    overlap, errors win over advice and a word wins over the sentence around it."""
    chosen: list[tuple[int, Finding]] = []
    ranked = sorted(
        enumerate(findings, start=1),
        key=lambda item: (item[1].severity != "error", item[1].end - item[1].start),
    )
    for index, finding in ranked:
        if finding.end <= finding.start:
            continue
        if all(finding.end <= f.start or finding.start >= f.end for _i, f in chosen):
            chosen.append((index, finding))
    segments: list[Segment] = []
    position = 0
    for index, finding in sorted(chosen, key=lambda item: item[1].start):
        segments.append(Segment(text[position : finding.start]))
        segments.append(Segment(text[finding.start : finding.end], finding.severity, index))
        position = finding.end
    segments.append(Segment(text[position:]))
    return [s for s in segments if s.text]


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)


def check_message(text: str, message: Interaction, user: User) -> list[Finding]:
    """The findings on `text`, checked in the language it is written in, their messages in
    the language of the user's interface (a French user reads French advice on an English
    note)."""
    context = replace(context_for(message, user), lang=detect(text))
    return in_language(check(text, context), interface_language(user), context)


def in_language(
    findings: list[Finding], lang: str, context: CheckContext | None = None
) -> list[Finding]:
    """`findings` with their messages in `lang`, through the checker's translation layer."""
    return [replace(f, message=message_for(f, lang, context)) for f in findings]


def interface_language(user: User) -> str:
    """The language the page is being shown in, else the account's."""
    return translation.get_language() or getattr(user, "language", "") or "en"
