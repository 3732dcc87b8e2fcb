"""The note's shape and timing: length (`too-long`), a thank-you that says what it is for
(`thanks-reason`), a closing with the sender's name (`missing-signoff`), and a follow-up sent
before the employer's decision date has passed (`too-soon`, `too-many-follow-ups`)."""

from __future__ import annotations

import re
from datetime import date

from followup.lib.checker.data import folded_set
from followup.lib.checker.greeting import is_greeting_line
from followup.lib.checker.model import (
    ERROR,
    THANK_YOU_KINDS,
    WARNING,
    CheckContext,
    Finding,
)
from followup.lib.checker.text import WORD_RE, Line, Note, fold, strip_accents
from followup.lib.notekinds import LINKEDIN_CHARACTERS, LINKEDIN_PREMIUM_CHARACTERS, WORD_LIMITS
from followup.lib.zones import this_computers_day

_THANKS_RE = re.compile(
    r"\b(?:thank|thanks|thankful|grateful|gratitude|appreciate[ds]?|appreciating|appreciation)\b",
    re.IGNORECASE,
)
_SIGNOFF_WINDOW = 5
_FOLLOW_UP_LIMIT = 2


def too_long_findings(note: Note, context: CheckContext) -> list[Finding]:
    if context.kind == "linkedin":
        return _too_many_characters(note, context)
    limit = WORD_LIMITS.get(context.kind)
    words = note.body_words()
    if limit is None or len(words) <= limit:
        return []
    start = words[limit].start()
    end = note.body_span[1]
    message = (
        f"This note has {len(words)} words; keep it under {limit} so it is read to the end. "
        "The part past the limit is marked."
    )
    return [Finding("too-long", WARNING, message, start, end, note.text[start:end])]


def _too_many_characters(note: Note, context: CheckContext) -> list[Finding]:
    limit = LINKEDIN_PREMIUM_CHARACTERS if context.premium else LINKEDIN_CHARACTERS
    start, end = note.body_span
    if end - start <= limit:
        return []
    message = (
        f"A LinkedIn invitation note can have at most {limit} characters; this one has "
        f"{end - start}. LinkedIn will not send the part past the limit."
    )
    cut = start + limit
    return [Finding("too-long", ERROR, message, cut, end, note.text[cut:end])]


def thanks_reason_findings(note: Note, context: CheckContext) -> list[Finding]:
    """A thank-you must say what it thanks for, beyond "your time" and "the opportunity"."""
    if context.kind not in THANK_YOU_KINDS or not note.lines or is_empty(note, context):
        return []
    body = note.plain[note.body_start :]
    example = (
        "“Thank you for arranging my interview and making me feel welcome.”"
        if context.kind == "admin-thank-you"
        else "“Thank you for taking the time to tell me about the team.”"
    )
    thanks = _THANKS_RE.search(body)
    if thanks is None:
        line = _first_line_after_greeting(note)
        message = f"This thank-you note never says thank you. Add a line such as {example}"
        return [Finding("thanks-reason", WARNING, message, line.start, line.end, line.text)]
    if _says_something_specific(note, context):
        return []  # it thanks, and says something only this conversation could have held
    start, end = note.body_start + thanks.start(), note.body_start + thanks.end()
    message = (
        "Say what you are thanking them for: something you talked about or learned, not only "
        f"their time or the opportunity. For example: {example}"
    )
    finding = Finding(
        "thanks-reason", WARNING, message, start, end, note.text[start:end],
        params=(("why", "only-stock-thanks"),),
    )  # fmt: skip
    return [finding]


def _says_something_specific(note: Note, context: CheckContext) -> bool:
    """True when the note's lines hold a word beyond the stock words of thanks (a topic,
    something seen or learned); the names of the record don't count."""
    generic = folded_set("generic_thanks.txt")
    names = {
        fold(word)
        for value in (*context.recipients, context.company, context.role, context.sender)
        for word in WORD_RE.findall(value)
    }
    for line in content_lines(note, context):
        for word in WORD_RE.findall(note.plain_line(line)):
            folded = fold(word)
            if folded not in generic and folded not in names and not word.isdigit():
                return True
    return False


def content_lines(note: Note, context: CheckContext) -> list[Line]:
    """The body's lines that say something: not the greeting, not the closing ("Best
    regards,"), not the signature (the sender's name, contact details). Worked out once per
    note and sender: the rules for empty notes, thanks and sign-offs all ask."""
    key = context.sender.strip()
    found = note.content_lines.get(key)
    if found is None:
        found = note.content_lines[key] = tuple(_content_lines(note, key))
    return list(found)


def _content_lines(note: Note, sender: str) -> list[Line]:
    lines = list(note.lines)
    if lines and is_greeting_line(note.plain_line(lines[0])):
        lines = lines[1:]
    while lines and (
        _no_words(note, lines[-1])
        or _is_sender_line(lines[-1], sender)
        or _is_contact_line(lines[-1])
    ):
        lines.pop()
    if len(lines) >= 2 and _is_closing_line(lines[-2]) and _looks_like_a_name(lines[-1]):
        lines.pop()
    if lines and _is_closing_line(lines[-1]):
        lines.pop()
    return lines


def is_empty(note: Note, context: CheckContext) -> bool:
    """No line between the greeting and the closing holds a word ("...", "-" are no note)."""
    return all(_no_words(note, line) for line in content_lines(note, context))


def empty_findings(note: Note, context: CheckContext) -> list[Finding]:
    """An empty note, or one with only a greeting and a closing, is not a note yet."""
    if not is_empty(note, context):
        return []
    start, end = note.body_span
    message = (
        "This note has nothing to say yet: write your message between the greeting and your name."
    )
    return [Finding("empty", ERROR, message, start, end, note.text[start:end])]


def _is_sender_line(line: Line, sender: str) -> bool:
    """The line is the sender's name (or first name), maybe after a dash."""
    if not sender:
        return False
    written = strip_accents(line.text).strip(" -–—~.,")
    parts = sender.split()
    return written in {strip_accents(sender), strip_accents(parts[0])}


# A signature's contact details: a phone number, an email address, a web address, maybe after a
# label ("Cell: 613-555-0100", "sam@example.com | linkedin.com/in/sam").
_CONTACT_PIECE_RE = re.compile(
    r"(?:(?:phone|tel|cell|mobile|email|e-mail|linkedin|web|website|portfolio|github)\s*:?\s*)?"
    r"(?:\+?[\d(][\d\s().-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:com|ca|org|net|io|dev|me)(?:/\S*)?)",
    re.IGNORECASE,
)


def _is_contact_line(line: Line) -> bool:
    """The line holds contact details only, one or more, between "|", "·" or "," ."""
    pieces = [piece.strip() for piece in re.split(r"[|·•,]", line.text)]
    return any(pieces) and all(_CONTACT_PIECE_RE.fullmatch(piece) for piece in pieces if piece)


def _no_words(note: Note, line: Line) -> bool:
    return not WORD_RE.search(note.plain_line(line))


def _is_closing_line(line: Line) -> bool:
    return _has_closing((line,)) or " ".join(fold(line.text).rstrip(",").split()) in folded_set(
        "closings.txt"
    )


def signature_lines(note: Note) -> tuple[Line, ...]:
    """The lines after the closing ("Kind regards,") that look like the writer's name."""
    for index, line in enumerate(note.lines):
        if index and _is_closing_line(line):
            after = note.lines[index + 1 : index + 3]
            return tuple(line for line in after if _looks_like_a_name(line))
    return ()


def _looks_like_a_name(line: Line) -> bool:
    words = line.text.split()
    return len(words) <= 4 and all(word[:1].isupper() for word in words)


def _first_line_after_greeting(note: Note) -> Line:
    first = note.lines[0]
    looks_like_greeting = first.text.endswith((",", ":")) and len(first.text.split()) <= 6
    return note.lines[1] if looks_like_greeting and len(note.lines) > 1 else first


def signoff_findings(note: Note, context: CheckContext) -> list[Finding]:
    if context.kind == "linkedin" or not note.lines or is_empty(note, context):
        return []
    closing_lines = note.lines[1:][-_SIGNOFF_WINDOW:]
    last = note.lines[-1]
    if context.sender.strip():
        if any(_names_sender(line, context.sender) for line in closing_lines):
            return []
        hint = f"“Best regards,” and then “{context.sender.strip()}”"
    else:
        if _has_closing(closing_lines):
            return []
        hint = "“Best regards,” and then your name"
    message = f"End the note with a closing and your name, such as {hint} on the next line."
    return [Finding("missing-signoff", WARNING, message, last.start, last.end, last.text)]


def _names_sender(line: Line, sender: str) -> bool:
    text = strip_accents(line.text)
    parts = [strip_accents(part) for part in sender.split()]
    full = " ".join(parts)
    # The full name, the first name, or the family name ("N. Eze-Okafor").
    names = (full, parts[0], parts[-1]) if len(parts[-1]) >= 2 else (full, parts[0])
    if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names):
        return True
    # A line that is the first name cut short ("Dal" for Dallin, "Sam" for Samantha).
    words = line.text.strip(" -–—~").split()
    if not words or len(words) > 2 or not words[0][:1].isupper():
        return False
    first = strip_accents(words[0].strip(".,!"))
    return len(first) >= 2 and parts[0].startswith(first)


_CLOSING_TAIL_WORDS = 3  # a name after the comma of a one-line closing


def _has_closing(lines: tuple[Line, ...]) -> bool:
    closings = folded_set("closings.txt")
    for index, line in enumerate(lines):
        head, comma, tail = fold(line.text).partition(",")
        head = " ".join(head.rstrip(".!").split())
        # "Thanks, Sam" closes; "Thank you again, and I hope the move goes well." is a sentence.
        short_tail = len(tail.split()) <= _CLOSING_TAIL_WORDS
        if head in closings and short_tail and (tail.strip() or index < len(lines) - 1):
            return True
    return False


def timing_findings(note: Note, context: CheckContext) -> list[Finding]:
    if context.kind != "follow-up" or not note.lines:
        return []
    line = note.lines[0]
    findings = []
    today = context.today or this_computers_day()
    if context.follow_up_on is not None and today < context.follow_up_on:
        when = _long_date(context.follow_up_on)
        message = (
            f"It is too soon to follow up: the date the employer gave for their decision has "
            f"not passed yet. Wait until {when} to send it."
        )
        findings.append(Finding("too-soon", ERROR, message, line.start, line.end, line.text))
    if context.sequence > _FOLLOW_UP_LIMIT:
        message = (
            f"This would be follow-up number {context.sequence}. After two follow-ups without "
            "an answer, a short keep-in-touch note later on usually works better."
        )
        findings.append(
            Finding("too-many-follow-ups", WARNING, message, line.start, line.end, line.text)
        )
    return findings


def _long_date(day: date) -> str:
    return f"{day:%A}, {day:%B} {day.day}, {day.year}"
