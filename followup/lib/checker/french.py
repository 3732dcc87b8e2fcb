"""The checker for a note written in French (`CheckContext.lang == "fr"`): `check_french` runs
every French rule. Here: an empty note, blanks left from a template ("[Nom]", "NOM DE
L'ENTREPRISE", "XXX", "le JJ/MM"), the greeting and the recipient's name, another employer,
a word written twice, length, the closing and too-soon follow-ups. Spelling and accents are in
french_spelling.py, register and tone in french_tone.py.

The word lists are in data/tone_fr.toml and data/words_fr.txt; the findings have the same codes
and severities as the English checker's, with params for messages.py, which writes them in the
reader's language."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from followup.lib.checker import greeting
from followup.lib.checker.content import (
    _people_spans,
    company_core,
    company_regex,
    french_caps_blank_spans,
    repeated_word_findings,
    wrong_company_findings,
)
from followup.lib.checker.content import _wrong_company as _other_employer
from followup.lib.checker.french_base import (
    _WORD,
    _finding,
    _in_french,
    _listed,
    _starts_sentence,
    _words,
)
from followup.lib.checker.french_clauses import clause_findings
from followup.lib.checker.french_grammar import grammar_findings
from followup.lib.checker.french_spelling import (
    a_for_à_findings,
    des_for_dès_findings,
    missing_accent_findings,
    spelling_findings,
)
from followup.lib.checker.french_thanks import stock_thanks_findings
from followup.lib.checker.french_tone import (
    accusatory_findings,
    anglicism_findings,
    cue_findings,
    dropped_ne_findings,
    informal_findings,
    mark_findings,
    tutoiement_findings,
)
from followup.lib.checker.model import ERROR, WARNING, CheckContext, Finding
from followup.lib.checker.spelling import known_terms
from followup.lib.checker.spelling_fr import is_french_word
from followup.lib.checker.text import Line, Note, SpanSet, fold, overlaps
from followup.lib.notekinds import LINKEDIN_CHARACTERS, LINKEDIN_PREMIUM_CHARACTERS, WORD_LIMITS
from followup.lib.zones import this_computers_day

_BRACKETED = re.compile(r"\[[^\[\]\n]{1,40}\]|<[^<>\n@]{1,40}>|_{3,}|\.{4,}|\*{3,}|#{3,}")


# A template's own words for a blank: "Prénom Nom" or "Votre nom" as a line, "Madame/Monsieur"
# (one to choose), a lone "X" after a title or a noun ("Madame X", "l'entreprise X").
_TEMPLATE_BLANK = re.compile(
    r"^[ \t]*(?P<blank>(?:votre |ton )?(?:prénom(?: et)? nom|nom(?: et)? prénom|prénom|nom"
    r"(?: complet| de famille)?))[ \t]*$"
    r"|(?P<blank2>(?:madame|monsieur|mme|m\.)\s*/\s*(?:madame|monsieur|mme|m\.))"
    r"|(?:madame|monsieur|mme|m\.|entreprise|compagnie|société|organisme|poste|équipe|"
    r"service)\s+(?P<blank3>X)(?![\w'’-])",
    re.IGNORECASE | re.MULTILINE,
)


# Dots or an ellipsis standing for a word a template left out, after a word that needs one:
# "l'entrevue du ... et", "le poste de …,", "Madame ...,".
_DOTS_BLANK = re.compile(
    r"(?<![\w'’])(?:du|de|d['’]|le|la|l['’]|les|au|aux|à|pour|chez|avec|par|sur|en|mon|ma|"
    r"votre|M\.|Mme|Madame|Monsieur)\s*(?P<dots>\.{3}|…)(?=\s+[a-zà-ÿ(]|\s*[,;:)])",
    re.IGNORECASE,
)


# A bracket or a bold mark that may hold a blank: "(nom de l'entreprise)", "{poste}",
# "{{prenom}}", "**Titre du poste**".
_ROUND = re.compile(r"[({]([^(){}\n]{1,40})[)}]|\*\*([^*\n]{1,40})\*\*")


# A template's name for what goes in a blank, written out in lower case: "chez nom de
# l'entreprise", "pour le poste de titre du poste" ("le nom de l'entreprise" is a phrase).
_NAMED_BLANK = re.compile(
    r"(?<![\w'’])(?<!le )(?<!du )(?<!au )(?<!un )(?<!son )(?<!ton )(?<!votre )(?<!leur )"
    r"(?:nom|titre|adresse|prénom) (?:de l['’]entreprise|de la compagnie|de l['’]employeur|"
    r"de l['’]organisme|de l['’]organisation|du poste|du recruteur|de la recruteuse|"
    r"de la personne|du gestionnaire|de la gestionnaire|du destinataire)(?![\w'’])",
    re.IGNORECASE,
)


_CAPS_RUN = re.compile(r"[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ'’]{2,}(?:[ \-][A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ'’]{1,})+")


_OBJET = re.compile(r"\A\s*objet\s*:[^\n]*\n?", re.IGNORECASE)


_FOLLOW_UP_LIMIT = 2


# Findings whose words the spelling check leaves alone, so one slip is reported once.
_SPELLING_DEFERS_TO = frozenset(
    {"placeholder", "informal", "recipient-name", "name-accent", "wrong-company", "repeated-word"}
)


# Titles between the greeting word and the name: "Bonjour Madame Tremblay".
_TITLES = frozenset({"madame", "monsieur", "mme", "m", "mlle", "docteur", "docteure", "maître"})


# Words French rightly writes twice: "nous nous sommes rencontrés", "vous vous souvenez".
_REPEAT_OK = frozenset({"nous", "vous"})


def check_french(text: str, context: CheckContext) -> list[Finding]:
    """Everything worth fixing in a French note, sorted by where it starts."""
    note = Note(_without_objet(text))
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
    findings += _empty(note, context)
    if findings:
        return findings
    blanks = _blank_findings(note, context)
    findings += blanks
    findings += _greeting(note, context)
    blank_spans = SpanSet((f.start, f.end) for f in blanks)
    names = _names_in_greeting(note, context)
    findings += [f for f in names if not blank_spans.overlaps(f.start, f.end)]
    named = SpanSet((f.start, f.end) for f in names)
    findings += [
        f for f in _names_without_accents(note, context) if not named.overlaps(f.start, f.end)
    ]
    findings += _wrong_company(note, context)
    findings += _repeated_words(note)
    informal = informal_findings(note) + tutoiement_findings(note)
    taken = SpanSet((f.start, f.end) for f in informal)
    informal += [f for f in dropped_ne_findings(note) if not taken.overlaps(f.start, f.end)]
    informal += anglicism_findings(note, SpanSet((f.start, f.end) for f in findings + informal))
    findings += informal
    accusatory = accusatory_findings(note)
    findings += accusatory
    findings += cue_findings(note, SpanSet((f.start, f.end) for f in accusatory))
    skip = SpanSet((f.start, f.end) for f in findings if f.code in _SPELLING_DEFERS_TO)
    findings += spelling_findings(note, known, skip)
    findings += a_for_à_findings(note)
    findings += des_for_dès_findings(note)
    findings += missing_accent_findings(note)
    findings += grammar_findings(note)
    findings += clause_findings(note)
    findings += mark_findings(note, SpanSet((f.start, f.end) for f in findings))
    findings += stock_thanks_findings(note, context, _content_texts(note, context))
    findings += _too_long(note, context)
    findings += _signoff(note, context)
    findings += _timing(note, context)
    unique = {(f.start, f.end, f.code): f for f in reversed(findings)}  # one of each
    return sorted(unique.values(), key=lambda f: (f.start, f.end, f.code))


def _without_objet(text: str) -> str:
    """The text with a French subject line ("Objet : …") read as the subject: "Subject:" is
    what the English reader knows; both are 8 characters or fewer, so offsets are kept by
    padding."""
    match = _OBJET.match(text)
    if not match:
        return text
    head = match.group()
    start = head.lower().index("objet")
    colon = head.index(":", start)
    replaced = head[:start] + "Subject:".ljust(colon + 1 - start) + head[colon + 1 :]
    return replaced + text[match.end() :]


def _empty(note: Note, context: CheckContext) -> list[Finding]:
    """A note with nothing between its greeting and its closing ("Bonjour Marie,\n\n
    Cordialement,\nJulie") says nothing yet."""
    if _content_words(note, context) >= 2:
        return []
    return [_finding(note, "empty", ERROR, note.body_span)]


def _content_words(note: Note, context: CheckContext) -> int:
    """How many words the note says besides its greeting, closing and signature."""
    return sum(len(_WORD.findall(text)) for text in _content_texts(note, context))


def _content_texts(note: Note, context: CheckContext) -> list[str]:
    """What the note says besides its greeting, closing and signature: the text after the
    greeting's comma on its line, then each line of the body."""
    lines = [line for line in note.lines if _WORD.search(line.text)]
    if note.subject is not None:
        lines = [line for line in lines if line.start >= note.subject.end]
    texts: list[str] = []
    if lines and (_greets(lines[0]) or _names_recipient(lines[0], context)):
        after = re.split(r"[,!:]", lines[0].text, maxsplit=1)
        texts += after[1:]
        lines = lines[1:]
    sender = {fold(part) for part in context.sender.split()}
    closed = False  # a closing taken off already: a long line above it says something
    while lines and _is_tail_line(lines[-1], sender, closed):
        text = fold(lines[-1].text).strip().rstrip(" ,.!")
        closed = closed or any(_is_closing(text, closing) for closing in _closings()[0])
        lines.pop()
    return texts + [line.text for line in lines]


# A long closing formula that goes on to thank or add a clause says something of its own.
_SAYS_MORE = re.compile(r"\b(?:et|merci|remercie\w*|car|parce)\b")


def _is_tail_line(line: Line, sender: set[str], closed: bool = False) -> bool:
    """A closing ("Cordialement,", "Veuillez agréer, Madame, …") or a signature line. Above a
    closing already taken off (`closed`), a line of more than five words is a sentence of the
    note ("Dans l'attente de vos nouvelles, je vous souhaite une bonne semaine.")."""
    text = fold(line.text).strip().rstrip(" ,.!")
    closings, formulas = _closings()
    words = _WORD.findall(line.text)
    if len(words) > 5 and (closed or not any(text.startswith(formula) for formula in formulas)):
        return False  # "Merci, tu m'as bien aidée hier." says something
    if len(words) > 5 and _SAYS_MORE.search(text):
        return False  # "Au plaisir de vous revoir et merci encore pour l'accueil." too
    if any(_is_closing(text, closing) for closing in closings):
        return True
    closing_words = _words("closings", "words")
    if line.text.rstrip().endswith(",") and all(fold(w) in closing_words for w in words):
        return True  # "Merci et bonne journée,", "Au plaisir et à bientôt,"
    return _is_signature(line, sender)


def _is_signature(line: Line, sender: set[str]) -> bool:
    words = _WORD.findall(line.text)
    signature = all(word[:1].isupper() for word in words) and len(words) <= 3
    return signature or bool(sender) and all(fold(word) in sender for word in words)


@cache
def _closings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The closings and the closings that go on into a formula, folded."""
    phrases = tuple(fold(str(c)) for c in _listed("closings", "phrases"))
    return phrases, tuple(fold(str(f)) for f in _listed("closings", "formulas"))


def _blank_findings(note: Note, context: CheckContext) -> list[Finding]:
    """Blanks a template left: "[Nom]", "<poste>", "____", "XXX", "NOM DE L'ENTREPRISE",
    "Bonjour PRÉNOM,", "le JJ/MM/AAAA", a word alone in capitals ("votre ENTREPRISE")."""
    spans = [m.span() for m in _BRACKETED.finditer(note.text)]
    blank_words = _words("blanks", "words")
    spans += [
        m.span()
        for m in _ROUND.finditer(note.text)
        if _is_blank(m.group(1) or m.group(2), blank_words)
    ]
    spans += [m.span() for m in _NAMED_BLANK.finditer(note.text)]
    for match in _CAPS_RUN.finditer(note.text):
        parts = re.split(r"[ \-'’]", match.group())
        if any(part in blank_words for part in parts):
            spans.append(match.span())
    alone = _words("blanks", "alone")
    for match in _WORD.finditer(note.text):
        word = match.group()
        if word in alone or _XS.fullmatch(word) or word in blank_words and len(word) > 2:
            spans.append(match.span())
        elif "'" in word or "’" in word:  # "L'ENTREPRISE", "D'EMPLOYEUR"
            head, _, tail = word.replace("’", "'").partition("'")
            if len(head) == 1 and tail in blank_words and head.isupper():
                spans.append(match.span())
    spans += [m.span() for m in _DATE_BLANK.finditer(note.text)]
    spans += [m.span("dots") for m in _DOTS_BLANK.finditer(note.text)]
    for match in _TEMPLATE_BLANK.finditer(note.text):
        group = next(name for name in ("blank", "blank2", "blank3") if match.group(name))
        if group != "blank3" or match.group(group) == "X":
            spans.append(match.span(group))
    spans += [m.span() for m in _DAY_BLANK.finditer(note.text)]
    spans += french_caps_blank_spans(note, context)
    taken = SpanSet([])
    found = []
    for span in sorted(set(spans)):
        if not taken.overlaps(*span):
            found.append(_finding(note, "placeholder", ERROR, span))
            taken = SpanSet([(f.start, f.end) for f in found])
    return found


_XS = re.compile(r"X{2,}|x{3,}")


# A day left to fill before a month: "le xx décembre", "XX janvier".
_DAY_BLANK = re.compile(
    r"(?<!\w)(?:xx|XX|\.\.|__+)(?= (?:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)\b)"
)


# A date left to fill: "JJ/MM/AAAA", "../../..", "__/__".
_DATE_BLANK = re.compile(
    r"(?<![\w.])(?:JJ|MM|AAAA|AA|XX|\.\.|__+)(?:[/\-.](?:JJ|MM|AAAA|AA|XX|\.\.|__+)){1,2}(?![\w])"
)


def _is_blank(inside: str, blank_words: frozenset[str]) -> bool:
    """ "(nom de l'entreprise)", "{poste}": a bracket that holds a blank, not an aside."""
    words = [w.upper() for w in re.split(r"[\s'’]+", inside.strip()) if w]
    if not words:
        return False
    starts = {word.upper() for word in _words("blanks", "blank_starts")}
    return words[0] in starts or all(word in blank_words for word in words)


def _greeting(note: Note, context: CheckContext) -> list[Finding]:
    line = note.first_line
    if line is None or context.kind == "linkedin":
        return []
    if _greets(line) or _names_recipient(line, context):
        return []
    hint = ""
    if context.recipients and context.recipients[0].split():
        hint = f"Bonjour {context.recipients[0].split()[0]},"
    return [_finding(note, "missing-greeting", WARNING, (line.start, line.end), hint=hint)]


def _names_in_greeting(note: Note, context: CheckContext) -> list[Finding]:
    """The name after "Bonjour", "Madame"…: a misspelling, missing accents, or another
    person's name (the English checker's rules, French messages)."""
    line = note.first_line
    if line is None or not context.recipients:
        return []
    text = note.plain_line(line)
    words = list(_WORD.finditer(text))
    at = 0
    while at < len(words) and words[at].group().lower().rstrip(".") in (
        _words("greetings", "words") | _TITLES
    ):
        at += 1
    if at == 0 or at == len(words):
        return []
    start = words[at].start()
    end = greeting._name_end(text, start)
    recipients = [greeting._person(name) for name in context.recipients if name.strip()]
    others = [greeting._person(name) for name in context.others if name.strip()]
    found = []
    for candidate in greeting._candidates(note, line, start, end):
        finding = greeting._candidate_finding(candidate, recipients, others)
        if finding is not None:
            found.append(_in_french(finding))
    return found


def _names_without_accents(note: Note, context: CheckContext) -> list[Finding]:
    """A name of the record written without its accents anywhere in the note: "Helene" for
    "Hélène", "Monsieur Dube" for "Dubé"."""
    found = []
    for name in (*context.recipients, *context.others):
        for part in re.split(r"[\s-]+", name):
            bare = _bare(part)
            if bare == part or len(part) < 3:
                continue
            pattern = re.compile(rf"(?<![\w'’-]){re.escape(bare)}(?![\w'’-])")
            for match in pattern.finditer(note.text):
                found.append(
                    _finding(note, "name-accent", WARNING, match.span(), (part,), name=part)
                )
    return found


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _wrong_company(note: Note, context: CheckContext) -> list[Finding]:
    found = wrong_company_findings(note, context)
    found += _named_by_its_end(note, context, [(f.start, f.end) for f in found])
    return [_in_french(finding) for finding in found]


# Words a French employer's name starts with before what names it: "Banque TD", "Caisse
# Desjardins", "Groupe Séguin".
_FUNCTION = frozenset({"de", "d'", "du", "des", "la", "le", "les", "l'", "et", "en", "à", "au"})


def _named_by_its_end(
    note: Note, context: CheckContext, found: list[tuple[int, int]]
) -> list[Finding]:
    """Another employer named by the end of its name, as French names go: "chez Desjardins"
    for Caisse Desjardins, "la TD" for Banque TD (not "Gatineau" for Ville de Gatineau: a
    place after "de" is no name of the employer's own)."""
    if not any(len(company_core(other).split()) > 1 for other in context.other_companies):
        return []  # a name of one word is found whole by wrong_company_findings
    plain = note.plain
    own = company_regex(context.company) if context.company else None
    protected = [m.span() for m in own.finditer(plain)] if own else []
    protected += found + _people_spans(note, context)
    own_words = {fold(word) for word in company_core(context.company).split()}
    people = {
        fold(part)
        for name in (*context.recipients, *context.others, context.sender)
        for part in name.split()
    }
    findings = []
    for other in context.other_companies:
        words = company_core(other).split()
        for size in range(len(words) - 1, 0, -1):
            part = words[-size:]
            if words[-size - 1].lower().replace("’", "'") in _FUNCTION:
                continue
            if part[0].lower() in _FUNCTION or any(fold(w) in own_words | people for w in part):
                continue
            if all(_dictionary_proper_noun(word) for word in part):
                continue  # a place or a first name: "Rona Orléans" is not named by "Orléans"
            pattern = r"\s+".join(re.escape(word) for word in part)
            for match in re.finditer(rf"(?<![\w'’-]){pattern}(?![\w-])", plain):
                start, end = match.span()
                if overlaps(start, end, protected):
                    continue
                common = all(is_french_word(w.lower()) for w in part)
                if common and (_starts_sentence(plain, start) or not match.group()[:1].isupper()):
                    continue
                findings.append(_other_employer(note, start, end, context))
                protected.append((start, end))
    return findings


def _dictionary_proper_noun(word: str) -> bool:
    """A name the French dictionary lists only capitalised (a place, a first name: "Orléans",
    "Gatineau", "Marie"), not an acronym ("TD") nor a brand it does not know ("Desjardins")."""
    return (
        word[1:].islower()
        and word[:1].isupper()
        and is_french_word(word)
        and not is_french_word(word.lower())
    )


def _repeated_words(note: Note) -> list[Finding]:
    return [
        _in_french(finding)
        for finding in repeated_word_findings(note)
        if finding.suggestions and finding.suggestions[0].lower() not in _REPEAT_OK
    ]


def _greets(line: Line) -> bool:
    first = _WORD.match(line.text.lstrip("«\"' "))
    return first is not None and first.group().lower() in _words("greetings", "words")


def _names_recipient(line: Line, context: CheckContext) -> bool:
    head = fold(line.text.split(",")[0])
    names = [fold(part) for name in context.recipients for part in name.split()]
    return line.text.rstrip().endswith(",") and any(name and name in head for name in names)


def _too_long(note: Note, context: CheckContext) -> list[Finding]:
    start, end = note.body_span
    if context.kind == "linkedin":
        limit = LINKEDIN_PREMIUM_CHARACTERS if context.premium else LINKEDIN_CHARACTERS
        if end - start <= limit:
            return []
        span = (start + limit, end)
        count = str(end - start)
        return [
            _finding(
                note, "too-long", ERROR, span, why="linkedin", limit=str(limit), characters=count
            )
        ]
    limit = WORD_LIMITS.get(context.kind, 0)
    words = note.body_words()
    if not limit or len(words) <= limit:
        return []
    span = (words[limit].start(), end)
    count = str(len(words))
    return [_finding(note, "too-long", WARNING, span, limit=str(limit), words=count)]


def _signoff(note: Note, context: CheckContext) -> list[Finding]:
    if context.kind == "linkedin" or len(note.lines) < 2:
        return []
    closings = _closings()[0]
    tail = note.lines[1:][-4:]
    sender = fold(context.sender.split()[0]) if context.sender.split() else ""
    for line in tail:
        text = fold(line.text).rstrip(" ,.!")
        if any(_is_closing(text, closing) for closing in closings):
            return []
        if sender and sender in text and len(text.split()) <= 4:
            return []
    last = note.lines[-1]
    return [_finding(note, "missing-signoff", WARNING, (last.start, last.end))]


def _is_closing(text: str, closing: str) -> bool:
    """ "Cordialement," or "Cordialement, Julie"; a formula may go on ("Veuillez agréer,
    Madame, …", "Au plaisir de vous revoir"); "Merci encore pour la visite" is a sentence."""
    if text == closing:
        return True
    formula = closing in _closings()[1]
    if text.startswith(closing + ","):
        return formula or not _GOES_ON.search(text[len(closing) + 1 :])
    return formula and text.startswith(closing + " ")


# After "Merci," a sentence goes on ("Merci, XXX, pour votre accueil", "Merci, Madame, de
# m'avoir reçue"); a closing only adds a name or a wish ("Merci, Julie", "Merci, et à bientôt").
_GOES_ON = re.compile(r"\b(?:pour|de|d'|du|des|votre|vos|ce|cette)\b|,.*\w+ \w+ \w+")


def _timing(note: Note, context: CheckContext) -> list[Finding]:
    if context.kind != "follow-up" or not note.lines:
        return []
    line = note.lines[0]
    span = (line.start, line.end)
    found = []
    today = context.today or this_computers_day()
    if context.follow_up_on is not None and today < context.follow_up_on:
        day = context.follow_up_on.isoformat()
        found.append(_finding(note, "too-soon", ERROR, span, day=day))
    if context.sequence > _FOLLOW_UP_LIMIT:
        sequence = str(context.sequence)
        found.append(_finding(note, "too-many-follow-ups", WARNING, span, sequence=sequence))
    return found
