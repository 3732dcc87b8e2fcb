"""Personal drafts of the messages a job seeker sends after an interview, from template files.

`draft(context, tone)` picks the template `followup/lib/drafts/<kind>.<tone>.txt` (follow-ups
and offer replies add their sequence or variant to the kind; a LinkedIn note to the admin staff
has its own), fills it with what the user noted about this person — read as material by
`material.read_note`, never pasted as typed — and keeps it within the kind's length limit by
leaving out optional notes. No network, no Django: plain values in, a `Draft` out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from followup.lib.drafting import french, wording
from followup.lib.drafting.material import read_note
from followup.lib.drafting.templates import (
    Template,
    TemplateError,
    read_template,
    render_paragraphs,
    render_subject,
    slots_used,
)
from followup.lib.records import (
    ADMIN_STAFF,
    LINKEDIN,
    LINKEDIN_CHARACTERS,
    NOTE_KINDS,
    WORD_LIMITS,
)

__all__ = [
    "LANGUAGES",
    "OFFER_VARIANTS",
    "TONES",
    "Draft",
    "DraftContext",
    "TemplateError",
    "draft",
    "needs_confirmation",
    "template_problems",
]

TONES: tuple[str, ...] = ("warm", "formal", "brief")
# The languages drafts are written in; French templates are in drafts/fr/, same file names.
LANGUAGES: tuple[str, ...] = ("en", "fr")
OFFER_VARIANTS: tuple[str, ...] = ("accept", "ask-for-time")
FOLLOW_UP_SEQUENCES: tuple[int, ...] = (1, 2, 3)
# An offer reply without a chosen variant asks for time: a draft never accepts a job by default.
DEFAULT_OFFER_VARIANT = "ask-for-time"

DRAFTS_DIR = Path(__file__).resolve().parent.parent / "drafts"
# When a draft is too long, these slots are emptied one by one (their lines drop out or give way
# to their `or:` lines). A LinkedIn note may also lose the company, the role and the day.
_OPTIONAL_SLOTS = ("forgot", "value", "strength", "topic", "topic_action")
# A LinkedIn note keeps what was talked about longer than the company's name: it is what makes
# the note personal.
_LINKEDIN_OPTIONAL_SLOTS = (
    "forgot",
    "value",
    "strength",
    "sender_first_name",
    "company",
    "topic",
    "topic_action",
    "role",
    "when",
)
# French sentences say "de {role}" / "d'{role}": those slots go with the plain ones.
_FRENCH_PAIRS = {"company": "de_company", "role": "de_role"}


@dataclass(frozen=True)
class DraftContext:
    kind: str
    recipient_name: str  # full name, e.g. "Siobhan O'Connor"
    company: str
    role: str
    interview_on: date | None = None
    written_on: date | None = None  # the day the draft is written (for "yesterday")
    topic: str = ""  # what the user noted about this person (what we talked about, what they did)
    forgot: str = ""  # what the user forgot to mention in the interview
    value: str = ""  # one line of value the user brings (keep-in-touch: the user's news)
    went_well: str = ""  # what went well in the interview, in the user's words
    sender_name: str = ""
    sender_phone: str = ""
    sender_email: str = ""
    sender_linkedin: str = ""
    sequence: int = 1  # follow-up order
    variant: str = ""  # offer-reply: "accept" or "ask-for-time"
    recipient_title: str = ""  # e.g. "Office Coordinator"
    salutation: str = ""  # "Ms.", "Mr.", "Mx.", "Dr.", "Professor" or ""
    recipient_role: str = ""  # how they took part: records.INTERVIEWER, ADMIN_STAFF, …
    variety: int = 0  # a stable number per person (their place at the interview): picks wordings
    lang: str = "en"  # "en" or "fr": the language the draft is written in


@dataclass(frozen=True)
class Draft:
    subject: str  # "" for linkedin
    body: str

    def as_text(self) -> str:
        return f"Subject: {self.subject}\n\n{self.body}" if self.subject else self.body


def draft(context: DraftContext, tone: str = "warm") -> Draft:
    """The message for this person in this tone. Raises ValueError for an unknown kind, tone or
    offer variant, and TemplateError when a template file is missing or names an unknown slot."""
    template = read_template(template_path(context, tone))
    values = slot_values(context)
    optional: tuple[str, ...] = (
        _LINKEDIN_OPTIONAL_SLOTS if context.kind == LINKEDIN else _OPTIONAL_SLOTS
    )
    if context.lang == "fr":
        optional = tuple(s for slot in optional for s in (slot, _FRENCH_PAIRS.get(slot)) if s)
    result = _shortened(template, values, context, optional)
    if context.kind == LINKEDIN:
        result = Draft("", _cut_to(result.body, LINKEDIN_CHARACTERS))
    return result


def _shortened(
    template: Template, values: dict[str, str], context: DraftContext, optional: tuple[str, ...]
) -> Draft:
    """The draft with optional slots emptied in order until it fits; then any emptied slot that
    fits again is put back, so a long topic does not also cost the company's name."""
    result = _render(template, values, context)
    emptied: list[tuple[str, str]] = []
    for slot in optional:
        if _fits(result, context.kind):
            break
        emptied.append((slot, values[slot]))
        values[slot] = ""
        result = _render(template, values, context)
    for slot, value in reversed(emptied[:-1]):
        trial = _render(template, {**values, slot: value}, context)
        if _fits(trial, context.kind):
            values[slot] = value
            result = trial
    return result


def needs_confirmation(original_generated: str, current_text: str) -> bool:
    """True when the user changed the generated text, so regenerating would lose their edit.
    Changes of spacing and line breaks alone do not count."""
    return _words(original_generated) != _words(current_text)


def template_name(context: DraftContext) -> str:
    if context.kind not in NOTE_KINDS:
        raise ValueError(f"unknown kind {context.kind!r}; expected one of {', '.join(NOTE_KINDS)}")
    if context.kind == "follow-up":
        sequence = min(max(context.sequence, 1), FOLLOW_UP_SEQUENCES[-1])
        return f"follow-up-{sequence}"
    if context.kind == LINKEDIN and context.recipient_role == ADMIN_STAFF:
        return "linkedin-admin"
    if context.kind == "offer-reply":
        variant = context.variant or DEFAULT_OFFER_VARIANT
        if variant not in OFFER_VARIANTS:
            raise ValueError(
                f"unknown offer-reply variant {variant!r}; expected accept or ask-for-time"
            )
        return f"offer-reply-{variant}"
    return context.kind


def template_path(context: DraftContext, tone: str) -> Path:
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}; expected one of {', '.join(TONES)}")
    if context.lang not in LANGUAGES:
        raise ValueError(f"unknown language {context.lang!r}; expected one of en, fr")
    folder = DRAFTS_DIR if context.lang == "en" else DRAFTS_DIR / context.lang
    path = folder / f"{template_name(context)}.{tone}.txt"
    if not path.is_file():
        raise TemplateError(f"no template file {path.name} in {folder}")
    return path


def slot_values(context: DraftContext) -> dict[str, str]:
    """Every slot a template may use (listed in drafts/README.md); empty when not known."""
    if context.lang == "fr":
        return _french_slot_values(context)
    first = wording.first_name(context.recipient_name)
    about = read_note(context.topic, (first.lower(),) if first else ())
    went_well = read_note(context.went_well).phrase
    return {
        "first_name": wording.first_name(context.recipient_name),
        "full_name": wording.full_name(context.recipient_name),
        "formal_name": wording.formal_name(context.recipient_name, context.salutation),
        "recipient_title": wording.clean(context.recipient_title),
        "company": wording.clean(context.company),
        "role": wording.clean(context.role),
        "when": wording.day_phrase(context.interview_on, context.written_on),
        "topic": about.phrase,
        "topic_action": about.action,
        # what went well, when it is something of the user's own ("my example about …")
        "strength": went_well if went_well.lower().startswith("my ") else "",
        "forgot": wording.note_phrase(context.forgot, "forgot"),
        "value": wording.note_phrase(context.value, "value"),
        "sender_name": wording.clean(context.sender_name),
        "sender_first_name": wording.first_name(context.sender_name),
    }


def _french_slot_values(context: DraftContext) -> dict[str, str]:
    notes = {
        "topic": context.topic,
        "went_well": context.went_well,
        "forgot": context.forgot,
        "value": context.value,
        "recipient_title": context.recipient_title,
        "sender_name": context.sender_name,
    }
    when = (context.interview_on, context.written_on)
    return french.slot_values(
        context.recipient_name, context.salutation, context.company, context.role, when, notes
    )


def signature_lines(context: DraftContext) -> list[str]:
    fields = (context.sender_name, context.sender_phone, context.sender_email)
    lines = [wording.clean(field) for field in (*fields, context.sender_linkedin)]
    return [line for line in lines if line]


def template_problems() -> list[str]:
    """What is wrong with the template files, for tests and start-up checks; [] when all is well."""
    problems: list[str] = []
    for lang in LANGUAGES:
        known = set(slot_values(DraftContext("thank-you", "", "", "", lang=lang)))
        for context in _every_template_context(lang):
            problems += _file_problems(context, known)
    return problems


def _file_problems(context: DraftContext, known: set[str]) -> list[str]:
    problems: list[str] = []
    for tone in TONES:
        try:
            template = read_template(template_path(context, tone))
        except (TemplateError, OSError) as error:
            problems.append(str(error))
            continue
        problems.extend(_problems_in(template, context.kind, known))
    return problems


def _problems_in(template: Template, kind: str, known: set[str]) -> list[str]:
    problems = [
        f"{template.name}: unknown slot {{{slot}}}" for slot in slots_used(template) - known
    ]
    if kind == LINKEDIN and template.subject:
        problems.append(f"{template.name}: a LinkedIn note has no subject line")
    if kind != LINKEDIN and not template.subject:
        problems.append(f"{template.name}: an email needs a first line 'Subject: …'")
    if not template.paragraphs:
        problems.append(f"{template.name}: the message is empty")
    return problems


def _every_template_context(lang: str = "en") -> list[DraftContext]:
    contexts = [DraftContext(kind, "", "", "", lang=lang) for kind in NOTE_KINDS]
    contexts += [
        DraftContext("follow-up", "", "", "", sequence=s, lang=lang) for s in FOLLOW_UP_SEQUENCES
    ]
    contexts += [
        DraftContext("offer-reply", "", "", "", variant=v, lang=lang) for v in OFFER_VARIANTS
    ]
    contexts.append(DraftContext(LINKEDIN, "", "", "", recipient_role=ADMIN_STAFF, lang=lang))
    return contexts


def _render(template: Template, values: dict[str, str], context: DraftContext) -> Draft:
    body = "\n\n".join(render_paragraphs(template, values, context.variety))
    if context.kind == LINKEDIN:
        return Draft("", body)
    signature = signature_lines(context)
    if signature:
        body = "\n".join([body, *signature])
    return Draft(render_subject(template, values, context.variety), body)


def _fits(result: Draft, kind: str) -> bool:
    if kind == LINKEDIN:
        return len(result.body) <= LINKEDIN_CHARACTERS
    return len(result.body.split()) <= WORD_LIMITS[kind]


def _cut_to(text: str, limit: int) -> str:
    """A last resort for absurdly long names: end at the last full sentence that fits."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(". "), head.rfind(".\n"))
    if end > 0:
        return head[: end + 1]
    return head[: limit - 1].rsplit(" ", 1)[0] + "…"


def _words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()
