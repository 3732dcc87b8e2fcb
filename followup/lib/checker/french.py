"""The checker for a note written in French (`CheckContext.lang == "fr"`): spelling with the
French Hunspell dictionary (accents: "reunion" → "réunion"), tutoiement and familiar words as
informal, pressure and reproach, blanks left from a template ("[Nom]", "NOM DE L'ENTREPRISE"),
a missing greeting or closing, length and too-soon follow-ups — with messages in French.

The word lists are in data/tone_fr.toml and data/words_fr.txt; the findings have the same codes
and severities as the English checker's, so the editor shows them the same way."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from datetime import date
from functools import cache, partial

from followup.lib.checker import greeting
from followup.lib.checker.content import repeated_word_findings, wrong_company_findings
from followup.lib.checker.data import DATA_DIR
from followup.lib.checker.frequency import zipf
from followup.lib.checker.model import ERROR, WARNING, CheckContext, Finding
from followup.lib.checker.spelling import is_word, known_terms
from followup.lib.checker.spelling_fr import french_suggestions, is_french_word
from followup.lib.checker.suggest import in_case_of
from followup.lib.checker.text import WORD_CHECK_LIMIT, Line, Note, SpanSet, fold
from followup.lib.drafting.french import MONTHS_FR, WEEKDAYS_FR
from followup.lib.records import LINKEDIN_CHARACTERS, LINKEDIN_PREMIUM_CHARACTERS, WORD_LIMITS
from followup.lib.zones import this_computers_day

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
_BRACKETED = re.compile(r"\[[^\[\]\n]{1,40}\]|<[^<>\n@]{1,40}>|_{3,}|\.{4,}")
_ROUND = re.compile(r"[({]([^(){}\n]{1,40})[)}]")
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


@cache
def _data() -> dict[str, dict[str, object]]:
    return tomllib.loads((DATA_DIR / "tone_fr.toml").read_text(encoding="utf-8"))


def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(str(_data()[section][key]).split())


def _listed(section: str, key: str) -> list[object]:
    value = _data()[section][key]
    assert isinstance(value, list)
    return value


@cache
def _accusatory() -> tuple[re.Pattern[str], ...]:
    patterns = _listed("accusatory", "patterns")
    return tuple(re.compile(rf"(?<!\w){pattern}(?!\w)") for pattern in patterns)


@cache
def _informal() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each familiar phrase as a pattern, the longest first ("merci bcp" before "bcp")."""
    table = _data()["informal"]
    phrases = sorted(table, key=len, reverse=True)
    found = []
    for phrase in phrases:
        body = re.escape(phrase).replace("'", "['’]")
        found.append((re.compile(rf"(?<![\w@+]){body}(?![\w@+])"), str(table[phrase])))
    return tuple(found)


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
    blanks = _blank_findings(note)
    findings += blanks
    findings += _greeting(note, context)
    blank_spans = SpanSet((f.start, f.end) for f in blanks)
    names = _names_in_greeting(note, context)
    findings += [f for f in names if not blank_spans.overlaps(f.start, f.end)]
    findings += _wrong_company(note, context)
    findings += _repeated_words(note)
    informal = _informal_findings(note) + _tutoiement(note)
    findings += informal
    findings += _accusatory_findings(note)
    skip = SpanSet((f.start, f.end) for f in findings if f.code in _SPELLING_DEFERS_TO)
    findings += _spelling(note, known, skip)
    findings += _too_long(note, context)
    findings += _signoff(note, context)
    findings += _timing(note, context)
    return sorted(findings, key=lambda f: (f.start, f.end, f.code))


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


def _finding(
    note: Note,
    code: str,
    severity: str,
    message: str,
    span: tuple[int, int],
    suggestions: tuple[str, ...] = (),
) -> Finding:
    start, end = span
    return Finding(code, severity, message, start, end, note.text[start:end], suggestions)


def _empty(note: Note, context: CheckContext) -> list[Finding]:
    words = [w for w in _WORD.findall(note.text[note.body_start :])]
    lines = note.lines
    meaningful = [line for line in lines[1:-1]] if len(lines) > 2 else []
    if words and (meaningful or len(lines) <= 2 and len(words) > 6 or len(lines) == 1):
        return []
    start, end = note.body_span
    message = (
        "Cette note ne dit encore rien : écrivez votre message entre la salutation et votre nom."
    )
    return [_finding(note, "empty", ERROR, message, (start, end))]


def _blank_findings(note: Note) -> list[Finding]:
    """Blanks a template left: "[Nom]", "<poste>", "____", "XXX", "NOM DE L'ENTREPRISE"."""
    message = "Un espace à remplir est resté tel quel : remplacez-le avant d'envoyer la note."
    spans = [m.span() for m in _BRACKETED.finditer(note.text)]
    blank_words = _words("blanks", "words")
    spans += [m.span() for m in _ROUND.finditer(note.text) if _is_blank(m.group(1), blank_words)]
    for match in _CAPS_RUN.finditer(note.text):
        parts = re.split(r"[ \-'’]", match.group())
        if any(part in blank_words for part in parts):
            spans.append(match.span())
    alone = _words("blanks", "alone")
    spans += [m.span() for m in _WORD.finditer(note.text) if m.group() in alone]
    taken = SpanSet([])
    found = []
    for span in sorted(set(spans)):
        if not taken.overlaps(*span):
            found.append(_finding(note, "placeholder", ERROR, message, span))
            taken = SpanSet([(f.start, f.end) for f in found])
    return found


def _is_blank(inside: str, blank_words: frozenset[str]) -> bool:
    """ "(nom de l'entreprise)", "{poste}": a bracket that holds a blank, not an aside."""
    words = [w.upper() for w in re.split(r"[\s'’]+", inside.strip()) if w]
    if not words:
        return False
    starts = {word.upper() for word in _words("blanks", "blank_starts")}
    return words[0] in starts or all(word in blank_words for word in words)


def _greeting(note: Note, context: CheckContext) -> list[Finding]:
    line = note.first_line
    if line is None or context.kind == "linkedin" and _greets(line):
        return []
    if _greets(line) or _names_recipient(line, context):
        return []
    if context.kind == "linkedin":
        return []
    hint = "« Bonjour Marie, » ou « Madame Tremblay, »"
    if context.recipients and context.recipients[0].split():
        hint = f"« Bonjour {context.recipients[0].split()[0]}, »"
    message = f"Cette note ne commence pas par une salutation. Commencez par {hint}"
    return [_finding(note, "missing-greeting", WARNING, message, (line.start, line.end))]


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
            found.append(replace(finding, message=_name_message(finding, context)))
    return found


def _name_message(finding: Finding, context: CheckContext) -> str:
    fixed = finding.suggestions[0] if finding.suggestions else ""
    if finding.code == "name-accent":
        return f"Vérifiez les accents : le dossier écrit ce nom « {fixed} »."
    names = " et ".join(context.recipients)
    message = f"Cette salutation nomme « {finding.text} », mais la note est pour {names}."
    return message + (f" Écrivez « {fixed} »." if fixed else "")


def _wrong_company(note: Note, context: CheckContext) -> list[Finding]:
    found = []
    for finding in wrong_company_findings(note, context):
        message = f"« {finding.text} » est le nom d'un autre employeur."
        if context.company:
            message += f" Cette note est pour {context.company}."
        found.append(replace(finding, message=message))
    return found


def _repeated_words(note: Note) -> list[Finding]:
    return [
        replace(finding, message=f"Le mot « {finding.suggestions[0]} » est écrit deux fois.")
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


def _informal_findings(note: Note) -> list[Finding]:
    lowered = note.plain.lower()
    found: list[Finding] = []
    taken = SpanSet([])
    for pattern, instead in _informal():
        for match in pattern.finditer(lowered):
            if taken.overlaps(*match.span()):
                continue
            written = note.text[match.start() : match.end()]
            message = f"« {written} » est familier pour un employeur."
            if instead:
                message += f" Écrivez plutôt « {instead} »."
            fix = (in_case_of(written, instead),) if instead else ()
            found.append(_finding(note, "informal", WARNING, message, match.span(), fix))
            taken = SpanSet([(f.start, f.end) for f in found])
    return found


def _tutoiement(note: Note) -> list[Finding]:
    """ "tu", "t'", "ton", "ta", "tes"…: a note to an employer says "vous"."""
    words = _words("tutoiement", "words")
    noun_before = _words("tutoiement", "noun_before")
    found = []
    previous = ""
    for match in _WORD.finditer(note.plain):
        token = match.group().lower().replace("’", "'")
        head = token.split("'")[0] + "'" if "'" in token else token
        is_tu = token in words or head in words
        if token in ("ton", "ta", "tes") and previous in noun_before:
            is_tu = False
        if is_tu:
            end = match.start() + (len(head) if head != token else len(token))
            message = (
                "Le tutoiement est trop familier pour un employeur : "
                "vouvoyez la personne (« vous », « votre », « vos »)."
            )
            found.append(_finding(note, "informal", WARNING, message, (match.start(), end)))
        previous = token
    return found


def _accusatory_findings(note: Note) -> list[Finding]:
    lowered = note.plain.lower().replace("’", "'")
    found = []
    for pattern in _accusatory():
        for match in pattern.finditer(lowered):
            message = (
                "Cette phrase peut sembler insistante ou faire un reproche. Restez courtois : "
                "remerciez, redites votre intérêt et demandez simplement s'il y a du nouveau."
            )
            found.append(_finding(note, "accusatory", ERROR, message, match.span()))
    return found


def _spelling(note: Note, known: tuple[str, ...], skip: SpanSet) -> list[Finding]:
    known_folded = {fold(term) for term in known}
    found = []
    label_end = note.subject.start if note.subject else 0  # "Subject:" is not the user's
    for match in _WORD.finditer(note.plain, label_end):
        start, end = match.span()
        if start >= WORD_CHECK_LIMIT:
            break
        word = match.group().replace("’", "'")
        if skip.overlaps(start, end) or _spelled_right(word, known_folded):
            continue
        capital = word[:1].isupper()
        if capital and not _starts_sentence(note.text, start):
            continue  # a name: "Belleville", "Tremblay"
        severity = WARNING if capital or _borrowed(word) else ERROR
        message = f"« {note.text[start:end]} » ne semble pas bien orthographié en français."
        suggest = partial(_suggestions, word)
        found.append(
            Finding("spelling", severity, message, start, end, note.text[start:end], suggest)
        )
    return found


def _borrowed(word: str) -> bool:
    """An English word French writers borrow ("startup"), not one missing its accents
    ("reunion" for "réunion"): a warning, not an error."""
    if not is_word(word.lower()):
        return False
    return not any(_same_letters(s, word) for s in french_suggestions(word))


def _spelled_right(word: str, known: set[str]) -> bool:
    if fold(word) in known or any(ch.isdigit() for ch in word) or len(word) < 2:
        return True
    if is_french_word(word) or is_french_word(word.lower()):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(is_french_word(p) or is_french_word(p.lower()) for p in parts)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" «\"'(")
    return not before or before[-1] in ".!?:\n"


def _suggestions(word: str) -> tuple[str, ...]:
    """French replacements, the most frequent first (frequency_fr.tsv)."""
    found = french_suggestions(word)
    ranked = sorted(found, key=lambda s: (_same_letters(s, word), zipf(s, "fr")), reverse=True)
    return tuple(in_case_of(word, s) for s in ranked[:6])


def _same_letters(suggestion: str, word: str) -> bool:
    """True when only accents differ: "réunion" for "reunion" comes first."""
    return _no_accents(suggestion.lower()) == _no_accents(word.lower())


def _no_accents(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _too_long(note: Note, context: CheckContext) -> list[Finding]:
    start, end = note.body_span
    if context.kind == "linkedin":
        limit = LINKEDIN_PREMIUM_CHARACTERS if context.premium else LINKEDIN_CHARACTERS
        if end - start <= limit:
            return []
        message = (
            f"Une note d'invitation LinkedIn compte au plus {limit} caractères; celle-ci en "
            f"compte {end - start}. LinkedIn n'enverra pas la partie qui dépasse."
        )
        return [_finding(note, "too-long", ERROR, message, (start + limit, end))]
    limit = WORD_LIMITS.get(context.kind, 0)
    words = note.body_words()
    if not limit or len(words) <= limit:
        return []
    message = (
        f"Cette note compte {len(words)} mots; restez sous {limit} pour qu'elle soit lue "
        "jusqu'au bout. La partie qui dépasse est marquée."
    )
    return [_finding(note, "too-long", WARNING, message, (words[limit].start(), end))]


def _signoff(note: Note, context: CheckContext) -> list[Finding]:
    if context.kind == "linkedin" or len(note.lines) < 2:
        return []
    closings = [fold(str(c)) for c in _listed("closings", "phrases")]
    tail = note.lines[1:][-4:]
    sender = fold(context.sender.split()[0]) if context.sender.split() else ""
    for line in tail:
        text = fold(line.text).rstrip(" ,.!")
        if any(_is_closing(text, closing) for closing in closings):
            return []
        if sender and sender in text and len(text.split()) <= 4:
            return []
    last = note.lines[-1]
    message = (
        "Terminez la note par une formule de politesse et votre nom, par exemple "
        "« Cordialement, » puis votre nom à la ligne suivante."
    )
    return [_finding(note, "missing-signoff", WARNING, message, (last.start, last.end))]


def _is_closing(text: str, closing: str) -> bool:
    """ "Cordialement," or "Cordialement, Julie"; a longer formula may go on ("Veuillez agréer,
    Madame, …"); "Merci pour l'entrevue" is a sentence, not a closing."""
    if text == closing or text.startswith(closing + ","):
        return True
    return len(closing.split()) > 1 and text.startswith(closing + " ")


def _timing(note: Note, context: CheckContext) -> list[Finding]:
    if context.kind != "follow-up" or not note.lines:
        return []
    line = note.lines[0]
    found = []
    today = context.today or this_computers_day()
    if context.follow_up_on is not None and today < context.follow_up_on:
        message = (
            "Il est trop tôt pour relancer : la date de décision donnée par l'employeur n'est "
            f"pas encore passée. Attendez le {_long_date(context.follow_up_on)}."
        )
        found.append(_finding(note, "too-soon", ERROR, message, (line.start, line.end)))
    if context.sequence > _FOLLOW_UP_LIMIT:
        message = (
            f"Ce serait la relance numéro {context.sequence}. Après deux relances sans réponse, "
            "un petit mot pour garder le contact, plus tard, fonctionne mieux."
        )
        span = (line.start, line.end)
        found.append(_finding(note, "too-many-follow-ups", WARNING, message, span))
    return found


def _long_date(day: date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS_FR[day.weekday()]} {number} {MONTHS_FR[day.month - 1]} {day.year}"
