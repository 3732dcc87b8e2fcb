"""What the words say, beyond spelling: unfilled template slots (`placeholder`), another
employer's name left in a copied note (`wrong-company`) and a word written twice
(`repeated-word`)."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.lib.checker.data import folded_set
from followup.lib.checker.model import ERROR, CheckContext, Finding
from followup.lib.checker.text import Note, fold

_PLACEHOLDER_RE = re.compile(
    r"""
    \{\{[^{}\n]{0,40}\}\}                          # {{ name }}
    | \{[^{}\n]{1,40}\}                            # {role}
    | \[(?!(?:at|dot|sic)\])[^\[\]\n]*[^\W\d_][^\[\]\n]{0,40}\](?!\()   # [Name], not a link
    | <[A-Za-z][A-Za-z _-]{0,40}>                  # <Company>
    | (?<!\w)[Xx]{3,}(?!\w)                        # XXX
    | (?<!\w)(?:TODO|TBD|TBA|FIXME|tbd|todo)(?!\w)
    | _{3,}                                        # ___
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
    for match in _PLACEHOLDER_RE.finditer(note.plain):
        written = note.text[match.start() : match.end()]
        message = f"“{written}” is a blank from a template. Fill it in before sending."
        fill = _fill_for(written, context)
        findings.append(
            Finding("placeholder", ERROR, message, match.start(), match.end(), written, fill)
        )
    return findings


def placeholder_spans(note: Note) -> list[tuple[int, int]]:
    return [match.span() for match in _PLACEHOLDER_RE.finditer(note.plain)]


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
