"""What the words say, beyond spelling: unfilled template slots (`placeholder`), another
employer's name left in a copied note (`wrong-company`) and a word written twice
(`repeated-word`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from followup.lib.checker.data import folded_set
from followup.lib.checker.model import ERROR, CheckContext, Finding
from followup.lib.checker.text import WORD_RE, Note, fold, overlaps

_PLACEHOLDER_RE = re.compile(
    r"""
    \{\{[^{}\n]{0,40}\}\}                          # {{ name }}
    | \{[^{}\n]{1,40}\}                            # {role}
    | \[(?!(?:at|dot|sic)\])[^\[\]\n]*[^\W\d_][^\[\]\n]{0,40}\](?!\()   # [Name], not a link
    | <[A-Za-z][A-Za-z _-]{0,40}>                  # <Company>
    | (?<!\w)[Xx]{3,}(?!\w)                        # XXX
    | (?<!\w)(?:TODO|TBD|TBA|FIXME|tbd|todo)(?!\w)
    | _{3,}                                        # ___
    | \[\ ?\] | \{\ ?\} | <\ ?>                       # [ ] left empty
    | (?<!\w)[Ll]orem\s+ipsum(?:\s+dolor(?:\s+sit\s+amet)?)?(?!\w)   # filler text
    """,
    re.VERBOSE,
)

# Which record value fills a slot, by words in the slot's label.
_SLOT_WORDS = (
    ("sender", ("your name", "my name", "sender")),
    ("company", ("company", "organization", "organisation", "employer", "business")),
    ("role", ("role", "position", "job", "title")),
    ("recipient", ("name", "interviewer", "recipient", "contact", "manager")),
)

_COMPANY_SUFFIX_RE = (
    r"(?:inc|incorporated|ltd|limited|llc|llp|lp|corp|corporation|co|company|ltée|ltee|plc)"
)
_TRAILING_SUFFIX_RE = re.compile(rf"(?:[\s,]+{_COMPANY_SUFFIX_RE}\.?)+\s*$", re.IGNORECASE)
_REPEATED_RE = re.compile(r"(?<![\w'-])([^\W\d_]+)(\s+)(\1)(?![\w'-])", re.IGNORECASE)


def placeholder_findings(note: Note, context: CheckContext) -> list[Finding]:
    findings = []
    for start, end in placeholder_spans(note, context):
        written = note.text[start:end]
        message = f"“{written}” is a blank from a template. Fill it in before sending."
        fill = _fill_for(written, context)
        findings.append(Finding("placeholder", ERROR, message, start, end, written, fill))
    return findings


def placeholder_spans(note: Note, context: CheckContext) -> list[tuple[int, int]]:
    """Where the note's template blanks are: bracketed slots, "XXX", "___", and stand-in words
    such as "COMPANY NAME" or "(your name)"."""
    spans = [match.span() for match in _PLACEHOLDER_RE.finditer(note.plain)]
    spans += [span for span in _stand_in_spans(note, context) if not overlaps(*span, spans)]
    return sorted(spans)


_WORD_GAP_RE = re.compile(r"[ \t]+")
_PARENTHESES_RE = re.compile(r"\(([^()\n]{1,60})\)")


def _stand_in_spans(note: Note, context: CheckContext) -> list[tuple[int, int]]:
    """Runs of slot words standing in for a value: in capitals ("Dear FIRST NAME"), in Title
    Case ending like a slot ("Company Name", "Job Title"), or in parentheses ("(your name)")."""
    spans = []
    real = _real_capitals(context)
    for run in _runs(note.plain, str.isupper):
        words = [_bare(word) for _s, _e, word in run]
        if any(fold(word) in real for word in words):
            continue
        if _all_slots(words):
            spans.append((run[0][0], run[-1][1]))
    for run in _runs(note.plain, _is_title):
        while run and not _all_slots([_bare(run[0][2])]):
            run = run[1:]  # "Dear Hiring Manager Name": the slot starts after "Dear"
        if len(run) >= 2 and _slot_shaped([_bare(word) for _s, _e, word in run]):
            spans.append((run[0][0], run[-1][1]))
    for match in _PARENTHESES_RE.finditer(note.plain):
        words = [_bare(word.group()) for word in WORD_RE.finditer(match.group(1))]
        if len(words) >= 2 and _slot_shaped(words):
            spans.append(match.span())
    spans.sort()
    return [span for index, span in enumerate(spans) if not overlaps(*span, spans[:index])]


def _runs(text: str, shape: Callable[[str], bool]) -> list[list[tuple[int, int, str]]]:
    """Runs of words of one shape, separated by spaces only (not a comma or a new line)."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for match in WORD_RE.finditer(text):
        word = match.group()
        if not shape(word) or not any(ch.isalpha() for ch in word):
            current = []
            continue
        if current and not _WORD_GAP_RE.fullmatch(text[current[-1][1] : match.start()]):
            current = []
        if not current:
            runs.append(current)
        current.append((match.start(), match.end(), word))
    return runs


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not word[1:].isupper()


def _bare(word: str) -> str:
    """The word without a possessive "'s" ("MANAGER'S" gives "MANAGER")."""
    return re.sub(r"'[sS]$", "", word)


@lru_cache(maxsize=1)
def _blank_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Slot words, joiners, the words a Title Case slot ends with, and those it starts with."""
    slots, joiners, last, first = set(), set(), set(), set()
    for entry in folded_set("blank_words.txt"):
        kind, colon, word = entry.partition(":")
        if not colon:
            slots.add(entry)
        elif kind == "joiner":
            joiners.add(word)
        elif kind == "last":
            last.add(word)
        elif kind == "first":
            first.add(word)
    return frozenset(slots), frozenset(joiners), frozenset(last), frozenset(first)


def _all_slots(words: list[str]) -> bool:
    slots, joiners, _last, _first = _blank_words()
    folded = [fold(word) for word in words]
    return any(w in slots for w in folded) and all(w in slots or w in joiners for w in folded)


def _slot_shaped(words: list[str]) -> bool:
    """Slot words only, ending like a slot ("… Name") or starting like one ("Insert …")."""
    _slots, _joiners, last, first = _blank_words()
    folded = [fold(word) for word in words]
    return _all_slots(words) and (folded[-1] in last or folded[0] in first)


def _real_capitals(context: CheckContext) -> frozenset[str]:
    """Words in capitals that are real: acronyms, and the record's names written in capitals."""
    values = (*context.recipients, *context.others, context.company, context.role, context.sender)
    named = {fold(word) for value in values for word in value.split() if word.isupper()}
    return folded_set("acronyms.txt") | frozenset(named)


def _fill_for(slot: str, context: CheckContext) -> tuple[str, ...]:
    label = " ".join(re.sub(r"[^\w]+", " ", slot).split()).casefold()
    for field, words in _SLOT_WORDS:
        if any(word in label for word in words):
            if field == "sender":
                return (context.sender,) if context.sender else ()
            if field == "company":
                return (context.company,) if context.company else ()
            if field == "role":
                return (context.role,) if context.role else ()
            if "full" in label:
                return tuple(context.recipients)
            return tuple(name.split()[0] for name in context.recipients if name.split())
    return ()


def company_core(name: str) -> str:
    """A company's name without "Inc.", "Ltd." and the like."""
    return _TRAILING_SUFFIX_RE.sub("", name.strip()).strip(" ,")


@lru_cache(maxsize=256)
def company_regex(name: str) -> re.Pattern[str] | None:
    """Matches the company's name as whole words, any case, with or without its suffix."""
    core = company_core(name.translate(str.maketrans("’‘", "''")))
    if len(core) < 2:
        return None
    words = r"\s+".join(re.escape(word) for word in core.split())
    return re.compile(rf"(?<!\w){words}(?:,?\s+{_COMPANY_SUFFIX_RE}\b\.?)?(?!\w)", re.IGNORECASE)


def wrong_company_findings(note: Note, context: CheckContext) -> list[Finding]:
    own = company_regex(context.company) if context.company else None
    own_spans = [m.span() for m in own.finditer(note.plain)] if own else []
    own_core = fold(company_core(context.company))
    findings = []
    for other in context.other_companies:
        regex = company_regex(other)
        if regex is None or fold(company_core(other)) == own_core:
            continue
        for match in regex.finditer(note.plain):
            if any(s <= match.start() and match.end() <= e for s, e in own_spans):
                continue
            written = note.text[match.start() : match.end()]
            target = f", not {context.company.rstrip('.')}" if context.company else ""
            message = (
                f"“{written}” is another employer from your records{target}. "
                "Check that this note was not copied from another one."
            )
            fix = (context.company,) if context.company else ()
            findings.append(
                Finding("wrong-company", ERROR, message, match.start(), match.end(), written, fix)
            )
    return findings


def repeated_word_findings(note: Note) -> list[Finding]:
    allowed = folded_set("repeat_ok.txt")
    findings = []
    for match in _REPEATED_RE.finditer(note.plain):
        word = match.group(1)
        if fold(word) in allowed or len(word) < 1:
            continue
        written = note.text[match.start() : match.end()]
        message = f"“{word}” is written twice in a row."
        findings.append(
            Finding("repeated-word", ERROR, message, match.start(), match.end(), written, (word,))
        )
    return findings
