"""`check(text, context)`: runs every rule over a note and returns its findings in order."""

from __future__ import annotations

from followup.lib.checker.bigrams import bigram_findings
from followup.lib.checker.confusables import confusable_findings
from followup.lib.checker.content import (
    placeholder_findings,
    placeholder_spans,
    repeated_word_findings,
    wrong_company_findings,
)
from followup.lib.checker.dates import stale_day_findings
from followup.lib.checker.greeting import greeting_findings
from followup.lib.checker.model import KINDS, CheckContext, Finding
from followup.lib.checker.spelling import known_terms, spelling_findings
from followup.lib.checker.structure import (
    empty_findings,
    signoff_findings,
    thanks_reason_findings,
    timing_findings,
    too_long_findings,
)
from followup.lib.checker.text import Note
from followup.lib.checker.tone import accusatory_findings, informal_findings

# Findings whose words the spelling check leaves alone, so one slip is reported once.
_SPELLING_DEFERS_TO = frozenset(
    {"placeholder", "informal", "recipient-name", "name-accent", "wrong-company", "repeated-word"}
)


def check(text: str, context: CheckContext) -> list[Finding]:
    """Everything worth fixing in `text` before it is sent, sorted by where it starts.
    Suggestions are not computed here: reading a finding's `suggestions` computes them."""
    if context.kind not in KINDS:
        raise ValueError(f"unknown kind of note: {context.kind!r} (one of {', '.join(KINDS)})")
    if context.lang == "fr":
        # Imported here: the French checker and its data load only for notes in French.
        from followup.lib.checker.french import check_french

        return check_french(text, context)
    note = Note(text)
    known = known_terms(
        (
            *context.recipients,
            *context.others,
            context.company,
            context.role,
            *context.other_companies,
            context.sender,
            *context.known_words,
        )
    )
    findings: list[Finding] = []
    findings += empty_findings(note, context)
    blanks = placeholder_spans(note, context)
    findings += placeholder_findings(note, context, blanks)
    # A blank in the greeting ("Dear [Name],", "Dear Ms. X,") is reported as a blank only.
    findings += [
        finding
        for finding in greeting_findings(note, context)
        if not any(start <= finding.start and finding.end <= end for start, end in blanks)
    ]
    findings += wrong_company_findings(note, context)
    findings += informal_findings(note, known, blanks)
    findings += accusatory_findings(note, context)
    findings += repeated_word_findings(note)
    skip = blanks + [(f.start, f.end) for f in findings if f.code in _SPELLING_DEFERS_TO]
    findings += spelling_findings(note, known, skip)
    findings += confusable_findings(note, skip)
    said = [(f.start, f.end) for f in findings if f.code in ("wrong-word", "spelling")]
    findings += bigram_findings(note, skip + said)  # warnings, where no rule decided
    findings += too_long_findings(note, context)
    findings += thanks_reason_findings(note, context)
    findings += signoff_findings(note, context)
    findings += timing_findings(note, context)
    findings += stale_day_findings(note, context)
    return sorted(findings, key=lambda f: (f.start, f.end, f.code))
