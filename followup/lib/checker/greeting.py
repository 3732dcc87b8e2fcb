"""The greeting: does "Dear …," name a person this note is for, spelled as in the record?

Checks for the codes `recipient-name` (wrong person, misspelled name, "Dear Hiring Manager"
when the name is known), `name-accent` (a name written without its accents) and
`missing-greeting`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from followup.lib.checker.data import folded_set
from followup.lib.checker.model import ERROR, WARNING, CheckContext, Finding
from followup.lib.checker.text import WORD_RE, Line, Note, fold, strip_accents

_SALUTATION_RE = re.compile(
    r"(?:dear|hello|hi|hey+|hiya|howdy|greetings|bonjour|allo|"
    r"good\s+(?:morning|afternoon|evening|day)|(?:morning|afternoon|evening)(?=\s+[^\W\d_])|"
    r"to(?=\s+whom\b))(?!\w)(?:[\s,]+again\b)?[\s,]*",
    re.IGNORECASE,
)
_NAME_END_RE = re.compile(r"[,:;!?()]|\s[-–—]\s|\.(?=\s|$)")
_JOINER_RE = re.compile(r"\s*(?:&|\+|\band\b|\bet\b)\s*", re.IGNORECASE)
_FILLERS = ("again", "my", "dear")
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "bin", "al"}
)
_MAX_NAME_WORDS = 4
FUZZY_CUTOFF = 0.75


@dataclass(frozen=True)
class Candidate:
    """A name as written in the greeting, with its place in the text."""

    start: int
    end: int
    written: str
    title: str  # "Ms." in "Ms. O'Connor", or ""
    tokens: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    name: str
    forms: tuple[tuple[str, ...], ...]  # each a way to split the name into parts, as written


def is_greeting_line(text: str) -> bool:
    """A line that only greets: "Dear Ms. O'Connor,", "Hi Priya!", "Hello,", "To whom it may
    concern:"."""
    words = text.split()
    if not words:
        return False
    if text.endswith((",", ":")) and len(words) <= 6:
        return True
    return bool(_SALUTATION_RE.match(text)) and len(words) <= 3 and text[-1] not in ".?"


def greeting_findings(note: Note, context: CheckContext) -> list[Finding]:
    line = note.first_line
    if line is None:
        return []
    text = note.plain_line(line)
    salutation = _SALUTATION_RE.match(text)
    recipients = [_person(name) for name in context.recipients if name.strip()]
    others = [_person(name) for name in context.others if name.strip()]
    if salutation is None:
        return _findings_without_salutation(note, line, text, context, recipients, others)
    part_start = salutation.end()
    part_end = _name_end(text, part_start)
    return _check_addressees(note, line, part_start, part_end, context, recipients, others)


def _findings_without_salutation(
    note: Note,
    line: Line,
    text: str,
    context: CheckContext,
    recipients: list[Person],
    others: list[Person],
) -> list[Finding]:
    """A first line like "Siobhan," is a greeting if it names someone from the record, and so
    is one that names no one ("Madame, Monsieur,")."""
    kind = _generic_kind(" ".join(text.rstrip(",:;!. ").split()).casefold())
    if kind and kind != "group":
        return _generic_findings(note, line, recipients, distant=kind == "distant")
    name_only = re.fullmatch(r"([^\W\d_][^,:!]{0,60}?)\s*[,:!]", text)
    if name_only:
        candidates = _candidates(note, line, 0, name_only.end(1))
        people = recipients + others
        if candidates and all(_resolvable(c, people) for c in candidates):
            return _check_addressees(note, line, 0, name_only.end(1), context, recipients, others)
    if context.kind == "linkedin":
        return []
    hint = f"“Dear {_first_name(recipients[0])},”" if recipients else "“Dear Ms. Lastname,”"
    message = f"This note does not start with a greeting. Start with one, such as {hint}."
    return [Finding("missing-greeting", WARNING, message, line.start, line.end, line.text)]


def _check_addressees(
    note: Note,
    line: Line,
    part_start: int,
    part_end: int,
    context: CheckContext,
    recipients: list[Person],
    others: list[Person],
) -> list[Finding]:
    text = note.plain_line(line)
    addressee = " ".join(text[part_start:part_end].split()).casefold()
    kind = _generic_kind(addressee)
    if kind == "group" and len(recipients) >= 2:
        return []
    greeting_end = _greeting_end(text, part_end)
    if kind or not addressee:
        distant = kind == "distant"
        return _generic_findings(note, line, recipients, distant=distant, end=greeting_end)
    candidates = _candidates(note, line, part_start, part_end)
    if _names_a_group(addressee) and not any(
        _resolvable(candidate, recipients + others) for candidate in candidates
    ):
        if len(recipients) >= 2:
            return []  # a note to a panel greets it as one
        return _generic_findings(note, line, recipients, end=greeting_end)
    if candidates:
        # "Dear Hiring Manager thanks for…": the greeting ends with the last name in it.
        greeting_end = _greeting_end(text, candidates[-1].end - line.start)
    if not candidates:
        if len(addressee.split()) > _MAX_NAME_WORDS:  # "Hello, thanks for…": no name at all
            greeting_end = _greeting_end(text, part_start)
        return _generic_findings(note, line, recipients, end=greeting_end)
    findings: list[Finding] = []
    named_anyone = False
    for candidate in candidates:
        if _generic_kind(" ".join(candidate.tokens).casefold()):
            continue
        if _plain_words(candidate, recipients + others):
            # "Hi, thanks!": words in lower case that are no one's name start the note.
            greeting_end = _greeting_end(text, part_start)
            break
        named_anyone = True
        finding = _candidate_finding(candidate, recipients, others)
        if finding is not None:
            findings.append(finding)
    if not named_anyone:
        return _generic_findings(note, line, recipients, end=greeting_end)
    return findings


# Words that end the name of a group: "Dear Selection Panel,", "Dear Summit Health Team,",
# "Dear Members of the Hiring Committee,".
_GROUP_NOUNS = frozenset(
    {"team", "teams", "committee", "panel", "department", "office", "staff", "board", "group",
     "crew", "colleagues", "members", "recruiters", "partners"}
)  # fmt: skip


def _names_a_group(addressee: str) -> bool:
    words = re.findall(r"[^\W\d_]+", addressee)
    return bool(words) and words[-1] in _GROUP_NOUNS


def _plain_words(candidate: Candidate, people: list[Person]) -> bool:
    """True when the candidate is words in lower case, without a title, that are not (nor
    come close to) a name of the record: "thanks" in "Hi, thanks!", not "hi sam"."""
    if candidate.title or any(not token.islower() for token in candidate.tokens):
        return False
    return not _resolvable(candidate, people)


def _greeting_end(text: str, part_end: int) -> int:
    """Where the greeting ends in its line: after the addressee and its comma or colon ("Dear
    Hiring Manager," in a one-line note "Dear Hiring Manager, thanks for…")."""
    end = len(text[:part_end].rstrip())
    return end + 1 if text[end : end + 1] in {",", ":"} and end < len(text) else end


def _generic_kind(addressee: str) -> str:
    """ "generic" for an addressee that names no one ("hiring manager"), "group" for one that
    fits a note to several people ("all"), else ""."""
    generic = folded_set("generic_greetings.txt")
    if f"distant:{addressee}" in generic:
        return "distant"
    if addressee in generic:
        return "generic"
    return "group" if f"group:{addressee}" in generic else ""


def _generic_findings(
    note: Note, line: Line, recipients: list[Person], distant: bool = False, end: int = -1
) -> list[Finding]:
    """A greeting that names no one is a greeting all the same: a warning to use the name when
    it is known, or, for a distant one ("To whom it may concern"), a warmer generic one.
    The finding covers the greeting (the line's first `end` characters), not the words after
    it in a one-line note, whose own findings still show."""
    if 0 < end < len(line.text):
        line = Line(line.start, line.start + end, line.text[:end])
    if not recipients:
        if not distant:
            return []
        message = (
            f"“{line.text}” sounds distant. When you don't know the name, "
            "“Dear Hiring Manager,” is warmer."
        )
        return [
            Finding(
                "recipient-name", WARNING, message, line.start, line.end, line.text,
                ("Dear Hiring Manager,",),
            )
        ]  # fmt: skip
    first_names = [_first_name(person) for person in recipients]
    names = _people([person.name for person in recipients])
    message = (
        f"This greeting does not name anyone, but you know who this note is for: "
        f"greet {names} by name."
    )
    suggestion = f"Dear {_people(first_names)},"
    finding = Finding(
        "recipient-name", WARNING, message, line.start, line.end, line.text, (suggestion,)
    )
    return [finding]


def _candidate_finding(
    candidate: Candidate, recipients: list[Person], others: list[Person]
) -> Finding | None:
    if _plain_words(candidate, recipients + others):
        return None  # "Bonjour à toute l'équipe,": words, not a name
    if any(_matches(candidate, person, fold) for person in recipients):
        return None
    for person in recipients:
        if _matches(candidate, person, strip_accents):
            fixed = _corrected(candidate, person)
            message = f"Check the accents: the record spells this name “{fixed}”."
            return _finding("name-accent", WARNING, message, candidate, (fixed,))
    for person in others:
        if _matches(candidate, person, strip_accents):
            return _wrong_person(candidate, person, recipients)
    best = _closest(candidate, recipients)
    if best is not None:
        fixed = _corrected(candidate, best)
        message = (
            f"“{candidate.written}” looks like a misspelling of {best.name}’s name: “{fixed}”."
        )
        return _finding("recipient-name", ERROR, message, candidate, (fixed,))
    best_other = _closest(candidate, others)
    if best_other is not None:
        return _wrong_person(candidate, best_other, recipients)
    if not recipients:
        return None
    names = _people([person.name for person in recipients])
    message = (
        f"This greeting names “{candidate.written}”, who is not a recipient of this note. "
        f"It is for {names}."
    )
    suggestions = tuple(_first_name(person) for person in recipients)
    return _finding("recipient-name", ERROR, message, candidate, suggestions)


def _wrong_person(candidate: Candidate, person: Person, recipients: list[Person]) -> Finding:
    message = f"This greeting names {person.name}, who is not a recipient of this note."
    if recipients:
        message += f" It is for {_people([p.name for p in recipients])}."
    suggestions = tuple(_first_name(p) for p in recipients)
    return _finding("recipient-name", ERROR, message, candidate, suggestions)


def _finding(
    code: str, severity: str, message: str, candidate: Candidate, suggestions: tuple[str, ...]
) -> Finding:
    return Finding(
        code, severity, message, candidate.start, candidate.end, candidate.written, suggestions
    )


def _name_end(text: str, start: int) -> int:
    """Where the addressee ends: at a comma, colon, dash, or a period not after a title."""
    for match in _NAME_END_RE.finditer(text, start):
        if match.group() == ".":
            word = re.search(r"(\w+)$", text[start : match.start()])
            if word and word.group(1).casefold() in folded_set("titles.txt"):
                continue
            if word and len(word.group(1)) == 1 and word.group(1).isupper():
                continue  # an initial: "Dear J. Whitby,"
        return match.start()
    return len(text)


def _candidates(note: Note, line: Line, start: int, end: int) -> list[Candidate]:
    """The names in an addressee part such as "Ms. O'Connor and Dr. Kowalski"."""
    text = note.plain_line(line)
    pieces: list[tuple[int, int]] = []
    cursor = start
    for joiner in _JOINER_RE.finditer(text, start, end):
        pieces.append((cursor, joiner.start()))
        cursor = joiner.end()
    pieces.append((cursor, end))
    candidates = []
    for piece_start, piece_end in pieces:
        candidate, cut = _candidate(note, line, piece_start, piece_end)
        if candidate is not None:
            if len(candidate.tokens) > _MAX_NAME_WORDS:
                return []
            candidates.append(candidate)
        if cut:
            # The names ended inside this piece ("Hi Sam and the team thanks for the tips and
            # the map."): what follows is the note's first sentence, not more names.
            break
    return candidates


def _candidate(note: Note, line: Line, start: int, end: int) -> tuple[Candidate | None, bool]:
    """The name in a piece of the addressee, and whether the piece went on past the name."""
    text = note.plain_line(line)
    tokens = list(WORD_RE.finditer(text, start, end))
    while tokens and fold(tokens[0].group()) in _FILLERS:
        tokens.pop(0)
    cut = False
    if len(tokens) > _MAX_NAME_WORDS - 1:
        name = _leading_name(tokens)
        cut, tokens = len(name) < len(tokens), name
    if not tokens:
        return None, cut
    has_title = len(tokens) > 1 and fold(tokens[0].group()) in folded_set("titles.txt")
    names = tokens[1:] if has_title else tokens
    span_start = line.start + tokens[0].start()
    span_end = line.start + tokens[-1].end()
    title = note.text[span_start : line.start + names[0].start()].strip()
    candidate = Candidate(
        span_start,
        span_end,
        note.text[span_start:span_end],
        title,
        tuple(match.group() for match in names),
    )
    return candidate, cut


def _leading_name(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The name at the start of "Siobhan thank you for…": words up to the first one in
    lower case that is not a name particle ("van", "de")."""
    kept = []
    for token in tokens:
        word = token.group()
        if word[0].islower() and word not in _NAME_PARTICLES:
            break
        kept.append(token)
    return kept


def _person(name: str) -> Person:
    tokens = [m.group() for m in WORD_RE.finditer(name.translate(str.maketrans("’‘", "''")))]
    titles = folded_set("titles.txt")
    while len(tokens) > 1 and fold(tokens[0]) in titles:
        tokens.pop(0)
    forms = [tuple(tokens)]
    if any("-" in token for token in tokens):
        # "Whitby Lacroix" for Whitby-Lacroix, "Marie Ève" for Marie-Ève.
        forms.append(tuple(part for token in tokens for part in token.split("-") if part))
        forms.append(tuple(token.replace("-", "") for token in tokens))  # "Jiwoo" for Ji-woo
    if len(tokens) == 1 and len(tokens[0]) >= 2 and all(_is_cjk(ch) for ch in tokens[0]):
        # Chinese, Japanese and Korean names come family name first, without spaces.
        forms.append((tokens[0][0], tokens[0][1:]))
    return Person(" ".join(name.split()), tuple(forms))


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


def _first_name(person: Person) -> str:
    return person.forms[0][0] if person.forms[0] else person.name


def _matches(candidate: Candidate, person: Person, normalise: Callable[[str], str]) -> bool:
    """The candidate's words are some of the person's name parts, in order."""
    wanted = [normalise(token) for token in candidate.tokens]
    for form in person.forms:
        if len(wanted) == 1 and form and _short_form(wanted[0], normalise(form[0])):
            return True
        parts = iter(normalise(part) for part in form)
        if all(any(_same_part(word, part) for part in parts) for word in wanted):
            return True
    return False


def _same_part(word: str, part: str) -> bool:
    """The part as written, or its initial ("J. Whitby", "Joanne W.")."""
    return word == part or (len(word) == 1 and part[:1] == word)


def _short_form(word: str, first_name: str) -> bool:
    """A first name cut short as people shorten it: "Jo" for Joanne, "Alex" for Alexandra."""
    return 2 <= len(word) < len(first_name) and first_name.startswith(word)


def _closest(candidate: Candidate, people: list[Person]) -> Person | None:
    """The person whose name parts are each close to a word of the candidate, if any."""
    best: tuple[float, Person] | None = None
    for person in people:
        for form in person.forms:
            score = _closeness(candidate.tokens, form)
            if score >= FUZZY_CUTOFF and (best is None or score > best[0]):
                best = (score, person)
    return best[1] if best else None


def _closeness(words: tuple[str, ...], parts: tuple[str, ...]) -> float:
    if not words or not parts:
        return 0.0
    scores = []
    for word in words:
        scores.append(max(_ratio(word, part) for part in parts))
    return min(scores)


def _ratio(first: str, second: str) -> float:
    import difflib  # here: a greeting with the name as on the record compares nothing

    return difflib.SequenceMatcher(None, strip_accents(first), strip_accents(second)).ratio()


def _corrected(candidate: Candidate, person: Person) -> str:
    """The candidate with each word replaced by the closest part of the person's name."""
    form = max(person.forms, key=lambda parts: _closeness(candidate.tokens, parts))
    fixed = [_closest_part(word, form) for word in candidate.tokens]
    joined = " ".join(fixed)
    return f"{candidate.title} {joined}" if candidate.title else joined


def _closest_part(word: str, parts: tuple[str, ...]) -> str:
    return max(parts, key=lambda part: _ratio(word, part))


def _resolvable(candidate: Candidate, people: list[Person]) -> bool:
    return any(_matches(candidate, p, strip_accents) for p in people) or (
        _closest(candidate, people) is not None
    )


def _people(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
