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
from functools import cache, partial

from followup.lib.checker import greeting
from followup.lib.checker.content import repeated_word_findings, wrong_company_findings
from followup.lib.checker.data import DATA_DIR
from followup.lib.checker.frequency import zipf
from followup.lib.checker.messages import message_for
from followup.lib.checker.model import ERROR, WARNING, CheckContext, Finding
from followup.lib.checker.spelling import is_word, known_terms
from followup.lib.checker.spelling_fr import french_suggestions, is_french_word
from followup.lib.checker.suggest import in_case_of
from followup.lib.checker.text import WORD_CHECK_LIMIT, Line, Note, SpanSet, fold, strip_accents
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
def _accusatory() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each pressure/reproach pattern with why it hurts ("pressure", "repeat", "blame"…)."""
    table = _data()["accusatory"]
    macros = table["macros"]
    assert isinstance(macros, dict)
    found = []
    for why, section in table.items():
        if why == "macros":
            continue
        assert isinstance(section, dict)
        for source in section["patterns"]:
            for name, body in macros.items():
                source = source.replace("{" + name + "}", str(body))
            found.append((re.compile(rf"(?<!\w){source}(?!\w)"), why))
    return tuple(found)


@cache
def _informal() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each familiar phrase as a pattern, the longest first ("merci bcp" before "bcp"). A
    phrase ending in "$" counts only at the end of its line ("À plus!", not "à plus de")."""
    table = _data()["informal"]
    phrases = sorted(table, key=len, reverse=True)
    found = []
    for phrase in phrases:
        at_end = phrase.endswith("$")
        body = re.escape(phrase.rstrip("$")).replace("'", "['’]")
        tail = r"(?=[\s!.,]*$)" if at_end else r"(?![\w@+])"
        pattern = re.compile(rf"(?<![\w@+]){body}{tail}", re.MULTILINE)
        found.append((pattern, str(table[phrase])))
    return tuple(found)


# "je sais pas", "c'est pas", "j'ai pas eu": a negation without its "ne" is spoken French.
_SUBJECT = r"(?:je|j'|tu|t'|il|elle|on|nous|vous|ils|elles|c'|ça|ca)"
_CLITIC = r"(?:me |m'|te |t'|se |s'|le |la |les |l'|lui |leur |y |en |nous |vous )"
_DROPPED_NE = re.compile(
    rf"(?<![\w'])(?P<subject>{_SUBJECT})\s*{_CLITIC}{{0,2}}(?P<verb>[^\W\d_]+)\s+"
    r"(?P<negation>pas|jamais|rien)(?!\w)"
)
_NE_BEFORE = re.compile(r"(?:\bne\s+|\bn')(?:\S+\s+){0,2}$")


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
    taken = SpanSet((f.start, f.end) for f in informal)
    informal += [f for f in _dropped_ne(note) if not taken.overlaps(f.start, f.end)]
    findings += informal
    accusatory = _accusatory_findings(note)
    findings += accusatory
    findings += _cue_findings(note, SpanSet((f.start, f.end) for f in accusatory))
    skip = SpanSet((f.start, f.end) for f in findings if f.code in _SPELLING_DEFERS_TO)
    findings += _spelling(note, known, skip)
    findings += _a_for_à(note)
    findings += _des_for_dès(note)
    findings += _missing_accents(note)
    findings += _marks(note, SpanSet((f.start, f.end) for f in findings))
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
    span: tuple[int, int],
    suggestions: tuple[str, ...] = (),
    **params: str,
) -> Finding:
    """A finding on the note's text at `span`, its message in French from messages_fr.toml."""
    start, end = span
    text = note.text[start:end]
    return _in_french(Finding(code, severity, "", start, end, text, suggestions), **params)


def _in_french(finding: Finding, **params: str) -> Finding:
    """`finding` with `params` and its message in French (params["lang"] = "fr" tells the
    translation layer the message is already in French)."""
    values = {**dict(finding.params), **{k: v for k, v in params.items() if v}, "lang": "fr"}
    marked = replace(finding, message="", params=tuple(values.items()))
    return replace(marked, message=message_for(marked, "fr"))


def _empty(note: Note, context: CheckContext) -> list[Finding]:
    """A note with nothing between its greeting and its closing ("Bonjour Marie,\n\n
    Cordialement,\nJulie") says nothing yet."""
    if _content_words(note, context) >= 2:
        return []
    return [_finding(note, "empty", ERROR, note.body_span)]


def _content_words(note: Note, context: CheckContext) -> int:
    """How many words the note says besides its greeting, closing and signature."""
    lines = [line for line in note.lines if _WORD.search(line.text)]
    if note.subject is not None:
        lines = [line for line in lines if line.start >= note.subject.end]
    words = 0
    if lines and (_greets(lines[0]) or _names_recipient(lines[0], context)):
        after = re.split(r"[,!:]", lines[0].text, maxsplit=1)
        words += len(_WORD.findall(after[1])) if len(after) > 1 else 0
        lines = lines[1:]
    sender = {fold(part) for part in context.sender.split()}
    while lines and _is_tail_line(lines[-1], sender):
        lines.pop()
    return words + sum(len(_WORD.findall(line.text)) for line in lines)


def _is_tail_line(line: Line, sender: set[str]) -> bool:
    """A closing ("Cordialement,", "Veuillez agréer, Madame, …") or a signature line."""
    text = fold(line.text).strip().rstrip(" ,.!")
    closings = [fold(str(c)) for c in _listed("closings", "phrases")]
    words = _WORD.findall(line.text)
    formulas = [fold(str(f)) for f in _listed("closings", "formulas")]
    if len(words) > 5 and not any(text.startswith(formula) for formula in formulas):
        return False  # "Merci, tu m'as bien aidée hier." says something
    if any(_is_closing(text, closing) for closing in closings):
        return True
    closing_words = _words("closings", "words")
    if line.text.rstrip().endswith(",") and all(fold(w) in closing_words for w in words):
        return True  # "Merci et bonne journée,", "Au plaisir et à bientôt,"
    signature = all(word[:1].isupper() for word in words) and len(words) <= 3
    return signature or bool(sender) and all(fold(word) in sender for word in words)


def _blank_findings(note: Note) -> list[Finding]:
    """Blanks a template left: "[Nom]", "<poste>", "____", "XXX", "NOM DE L'ENTREPRISE",
    "Bonjour PRÉNOM,", "le JJ/MM/AAAA"."""
    spans = [m.span() for m in _BRACKETED.finditer(note.text)]
    blank_words = _words("blanks", "words")
    spans += [m.span() for m in _ROUND.finditer(note.text) if _is_blank(m.group(1), blank_words)]
    for match in _CAPS_RUN.finditer(note.text):
        parts = re.split(r"[ \-'’]", match.group())
        if any(part in blank_words for part in parts):
            spans.append(match.span())
    alone = _words("blanks", "alone")
    for match in _WORD.finditer(note.text):
        word = match.group()
        if word in alone or _XS.fullmatch(word) or word in blank_words and len(word) > 2:
            spans.append(match.span())
    spans += [m.span() for m in _DATE_BLANK.finditer(note.text)]
    spans += [m.span() for m in _DAY_BLANK.finditer(note.text)]
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


def _wrong_company(note: Note, context: CheckContext) -> list[Finding]:
    return [_in_french(finding) for finding in wrong_company_findings(note, context)]


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


def _informal_findings(note: Note) -> list[Finding]:
    lowered = note.plain.lower()
    found: list[Finding] = []
    taken = SpanSet([])
    for pattern, instead in _informal():
        for match in pattern.finditer(lowered):
            if taken.overlaps(*match.span()):
                continue
            written = note.text[match.start() : match.end()]
            if written[:1].isupper() and not _starts_sentence(note.text, match.start()):
                continue  # a name: "Super C", "Madame Boss"
            fix = (in_case_of(written, instead),) if instead else ()
            found.append(_finding(note, "informal", WARNING, match.span(), fix, instead=instead))
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
            span = (match.start(), end)
            found.append(_finding(note, "informal", WARNING, span, why="tutoiement"))
        elif _INVERTED_TU.search(token):
            found.append(_finding(note, "informal", WARNING, match.span(), why="tutoiement"))
        previous = token
    return found


# A question asked with "tu" after its verb: "as-tu", "peux-tu", "pourrais-tu".
_INVERTED_TU = re.compile(r"\w-(?:t-)?tu$")


def _dropped_ne(note: Note) -> list[Finding]:
    """ "j'ai pas", "c'est pas", "ça me dérange pas": written French keeps the "ne"."""
    lowered = note.plain.lower().replace("’", "'")
    found = []
    for match in _DROPPED_NE.finditer(lowered):
        if match.group("verb") in ("ne", "n") or _NE_BEFORE.search(lowered[: match.start()]):
            continue
        span = match.span()
        fix = _with_ne(note.text[span[0] : span[1]], match)
        found.append(_finding(note, "informal", WARNING, span, (fix,), why="dropped-ne"))
    return found


def _with_ne(written: str, match: re.Match[str]) -> str:
    """ "j'ai pas" → "je n'ai pas", "c'est pas" → "ce n'est pas"."""
    offset = match.start()
    subject = written[: match.end("subject") - offset].replace("’", "'")
    rest = written[match.end("subject") - offset :].lstrip()
    full = {"j'": "je", "c'": "ce", "t'": "tu"}.get(subject.lower(), subject)
    if subject[:1].isupper():
        full = full[:1].upper() + full[1:]
    elided = rest[:1].lower() in "aeiouyhéèêàâîôû"
    return f"{full} n'{rest}" if elided else f"{full} ne {rest}"


_A = re.compile(r"(?<![\w'’-])(?P<a>[aA])\s+(?P<next>[^\W\d_]+(?:['’][^\W\d_]+)?)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s]*$")


# What starts a clause, so that "je" before it is not the subject of an "a" after it.
_CLAUSE_START = re.compile(
    r"[.!?;:,\n()«»]|\b(?:que|qu'|qui|où|si|quand|lorsque|lorsqu'|mais|et|car|parce|comme|dont|"
    r"puisque|puisqu'|combien|comment|pourquoi|depuis|dès|ou|donc|alors|ainsi)\b"
)
_FIRST_PERSON_CLAUSE = re.compile(r"(?:^|\s)(?:je |j')")
# A subject other than "je" (a pronoun or a noun after its determiner): "j'espère l'équipe a"…
_THIRD_PERSON = re.compile(
    r"(?:^|\s)(?:il|elle|on|ce|c'|cela|ça|ceci|le|la|les|l'|un|une|mon|ma|mes|ton|ta|tes|son|sa|ses|"
    r"notre|nos|votre|vos|leur|leurs|cet|cette|ces|du|des|tout|personne|rien|chacun)(?:\s|$|(?<=')\w)"
)
_DETERMINER_END = re.compile(
    r"(?:^|\s)(?:le|la|les|l'|un|une|mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs|"
    r"ce|cet|cette|ces|du|des|au|aux)\s*$"
)


def _a_for_à(note: Note) -> list[Finding]:
    """ "correspond a mes valeurs", "a partir de", "merci a vous": the verb "a" (has) where
    French needs the preposition "à", the accent most often left out."""
    found = []
    for match in _A.finditer(note.plain):
        window = max(0, match.start() - 40)
        before = _WORD_BEFORE.search(note.plain[window : match.start()])
        written_before = before.group(1) if before else ""
        at = window + before.start(1) if before else match.start()
        if written_before[:1].isupper() and not _starts_sentence(note.text, at):
            continue  # a name is the subject: "combien Marie a travaillé"
        previous = written_before.lower()
        clause = _CLAUSE_START.split(note.plain[: match.start()].lower().replace("’", "'"))[-1]
        following = match.group("next").lower().replace("’", "'")
        if not _is_preposition(previous, following, clause.rstrip()):
            continue
        span = match.span("a")
        fix = ("À" if match.group("a") == "A" else "à",)
        found.append(_finding(note, "spelling", ERROR, span, fix, why="french-a"))
    return found


def _is_preposition(previous: str, following: str, clause: str = "") -> bool:
    if previous in ("il", "elle", "on", "qui", "y", "ça", "cela", "ne", "n", "en", "lui"):
        return False
    if previous and _DETERMINER_END.search(clause[: -len(previous)]):
        return False  # a noun is the subject: "votre aide a rendu…", "le poste a plus de…"
    if _FIRST_PERSON_CLAUSE.search(clause) and not _THIRD_PERSON.search(clause):
        return True  # "je reste a votre disposition": with "je", the verb would be "ai"
    if previous.endswith("ment") or previous in _words("a_for_à", "after"):
        return True  # "correspond exactement a ce que…", "grâce a", "merci a"
    if following in _words("a_for_à", "next"):
        return True
    infinitive = previous.endswith(("er", "ir")) and len(previous) > 3
    return infinitive and previous not in _words("a_for_à", "not_infinitives")


# "des" where French means "dès" (from): before a day, "que", "le", "mon"… ("des lundi").
_DES = re.compile(
    r"(?<![\w'’])(?P<des>[dD]es) (?=(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|"
    r"aujourd['’]hui|maintenant|que|qu['’]|le|la|l['’]|mon|ma|votre|notre|son|sa|leur|"
    r"réception|possible|lors|à présent|janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)(?![\w'’]))"
)


def _des_for_dès(note: Note) -> list[Finding]:
    """ "disponible des lundi": the accent of "dès" left out."""
    found = []
    for match in _DES.finditer(note.plain):
        fix = ("Dès" if match.group("des")[0] == "D" else "dès",)
        span = match.span("des")
        found.append(_finding(note, "spelling", ERROR, span, fix, why="french-dès"))
    return found


@cache
def _accents() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = _data()["accents"]
    assert isinstance(table, list)
    return tuple((re.compile(str(entry["pattern"]), re.M), str(entry["fix"])) for entry in table)


def _missing_accents(note: Note) -> list[Finding]:
    """Words right without their accent but wrong where they stand: "je suis sur que" for
    "sûr", "ou en est" for "où", "mes taches" for "tâches", "j'ai du partir" for "dû"."""
    lowered = note.plain.lower().replace("’", "'")
    found = []
    for pattern, fix in _accents():
        for match in pattern.finditer(lowered):
            start, end = match.span("w")
            written = note.text[start:end]
            right = fix + match.group("w")[len(strip_accents(fix)) :]
            suggestion = (in_case_of(written, right),)
            found.append(
                _finding(note, "spelling", ERROR, (start, end), suggestion, why="french-accent")
            )
    return found


def _accusatory_findings(note: Note) -> list[Finding]:
    lowered = note.plain.lower().replace("’", "'")
    found: list[Finding] = []
    taken = SpanSet([])
    for pattern, why in _accusatory():
        for match in pattern.finditer(lowered):
            if taken.overlaps(*match.span()):
                continue
            found.append(_finding(note, "accusatory", ERROR, match.span(), why=why))
            taken = SpanSet([(f.start, f.end) for f in found])
    return found


@cache
def _cues() -> tuple[dict[str, re.Pattern[str]], frozenset[str], re.Pattern[str]]:
    """(each kind of cue → its pattern, the strong kinds, the softeners' pattern)."""
    table = dict(_data()["cues"])
    strong = frozenset(str(kind) for kind in _listed("cues", "strong"))
    softeners = _alternation(_listed("cues", "softeners"))
    kinds = {
        str(kind): _alternation(value)
        for kind, value in table.items()
        if kind not in ("strong", "softeners") and isinstance(value, list)
    }
    return kinds, strong, softeners


def _alternation(sources: list[object]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(str(s) for s in sources) + r")(?!\w)")


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _cue_findings(note: Note, taken: SpanSet) -> list[Finding]:
    """Sentences that do two things a pressing or reproachful note does (ask for an answer and
    set a time limit, point at the silence and count the messages, judge the reader, hold the
    cost over them) though no pattern knows their words: a warning."""
    lowered = note.plain.lower().replace("’", "'")
    body_start = note.first_line.end if note.first_line else 0
    found = []
    for match in _SENTENCE.finditer(lowered, body_start):
        start, end = match.span()
        sentence = match.group()
        if len(sentence.split()) < 4 or taken.overlaps(start, end):
            continue
        if _cue_score(sentence) >= 2:
            start += len(sentence) - len(sentence.lstrip())
            end -= len(sentence) - len(sentence.rstrip())
            found.append(_finding(note, "accusatory", WARNING, (start, end), why="tone"))
    return found


def _cue_score(sentence: str) -> int:
    kinds, strong, softeners = _cues()
    score = sum(2 if kind in strong else 1 for kind, cue in kinds.items() if cue.search(sentence))
    return score - 2 * len(softeners.findall(sentence))


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
        borrowed = _borrowed(word)
        severity = WARNING if capital or borrowed else ERROR
        why = "french-borrowed" if borrowed else "french"
        written = note.text[start:end]
        suggest = partial(_suggestions, word)
        finding = Finding("spelling", severity, "", start, end, written, suggest)
        found.append(_in_french(finding, why=why, word=written))
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
    if "oe" in word.lower() and is_french_word(word.lower().replace("oe", "œ")):
        return True  # "coeur", "oeuvre", "soeur": œ as most keyboards type it
    parts = word.split("-")
    if len(parts) > 1 and all(is_french_word(p) or is_french_word(p.lower()) for p in parts):
        return True
    return _prefixed(word.lower())


# Prefixes French joins to any word: "microcertification", "cofondatrice", "téléconsultation".
_PREFIXES = (
    "micro",
    "macro",
    "multi",
    "inter",
    "intra",
    "co",
    "pré",
    "post",
    "anti",
    "auto",
    "télé",
    "cyber",
    "éco",
    "bio",
    "hyper",
    "super",
    "mini",
    "maxi",
    "extra",
    "semi",
    "pluri",
    "trans",
    "ultra",
    "néo",
    "contre",
    "demi",
    "info",
    "visio",
)  # fmt: skip  ("re", "ré", "sur"… would let "remerci", "repondre" through)


def _prefixed(word: str) -> bool:
    """ "microcertifications" is "micro" + a French word of four letters or more."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 5 and is_french_word(rest):
            return True
    return False


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
    return strip_accents(suggestion.lower()) == strip_accents(word.lower())


_EMOJI = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?|(?<![\w:])(?:[:;]-?[()DPp]|<3|xD)(?!\w)"
)
_MARK_RUN = re.compile(r"[!?]{2,}")
_SHOUT = re.compile(r"\b[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]{3,}(?:[ ,'’]+[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]{2,})+\b")


def _marks(note: Note, taken: SpanSet) -> list[Finding]:
    """Emoji, "!!!" and words in capitals: casual or shouting in a note to an employer."""
    found = []
    for match in _EMOJI.finditer(note.text):
        found.append(_finding(note, "informal", WARNING, match.span(), why="emoji"))
    for match in _MARK_RUN.finditer(note.text):
        fix = (match.group()[-1] if "?" not in match.group() else "?",)
        found.append(_finding(note, "informal", WARNING, match.span(), fix, why="punctuation"))
    for match in _SHOUT.finditer(note.plain):
        if not taken.overlaps(*match.span()):
            fix = (match.group().capitalize(),)
            found.append(_finding(note, "informal", WARNING, match.span(), fix, why="shouting"))
    return found


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
    return [_finding(note, "missing-signoff", WARNING, (last.start, last.end))]


def _is_closing(text: str, closing: str) -> bool:
    """ "Cordialement," or "Cordialement, Julie"; a formula may go on ("Veuillez agréer,
    Madame, …", "Au plaisir de vous revoir"); "Merci encore pour la visite" is a sentence."""
    if text == closing or text.startswith(closing + ","):
        return True
    formulas = [fold(str(f)) for f in _listed("closings", "formulas")]
    return closing in formulas and text.startswith(closing + " ")


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
