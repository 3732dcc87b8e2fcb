"""Register and tone in a French note: familiar words and chat writing ("bcp", "c'est cool"),
tutoiement, a negation without its "ne" ("j'ai pas"), emoji and capitals (informal, a warning);
pressure, silence pointed at, blame, pleas and guilt (accusatory: an error for a known pattern,
a warning for a sentence whose cues add up). The words are in data/tone_fr.toml."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from followup.lib.checker.french_base import (
    _WORD,
    _data,
    _finding,
    _listed,
    _starts_sentence,
    _words,
)
from followup.lib.checker.french_tone_scorer import reads_as_tone
from followup.lib.checker.model import ERROR, WARNING, Finding
from followup.lib.checker.spelling import is_word
from followup.lib.checker.spelling_fr import french_suggestions, is_french_word
from followup.lib.checker.suggest import in_case_of
from followup.lib.checker.text import Note, SpanSet


@cache
def _accusatory() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """Each pressure/reproach pattern with why it hurts ("pressure", "repeat", "blame"…) and
    words one of which the text must hold for the pattern to match (() when not known)."""
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
            # (no "(?<!\w)" in front: a pattern without it scans faster; `_matches` checks
            # that a match starts a word)
            needs, source = _needs(source)
            pattern = re.compile(rf"(?:{source}){_word_end(source)}")
            found.append((pattern, why, needs or _any_required(source)))
    return tuple(found)


_NEEDS = re.compile(r"^\(\?#needs:([^)]*)\)")


def _needs(source: str) -> tuple[tuple[str, ...], str]:
    """The strings a pattern says one of which its matches hold ("(?#needs:ne m'|ne me )" in
    front, for a pattern that starts with a long alternation: it is only run on a text holding
    one), and the pattern without them."""
    hint = _NEEDS.match(source)
    if hint is None:
        return (), source
    return tuple(hint.group(1).split("|")), source[hint.end() :]


@cache
def _all_required() -> tuple[str, ...]:
    """Every word one of which a pattern of `_accusatory()` requires."""
    return tuple(sorted({word for _, _, required in _accusatory() for word in required}))


# Where an alternative of a pattern ends on a stem ("je considér") or an elided word ("jusqu'"):
# a word of its own (after a space, or after the start of a group for an elided word).
_LAST_STEM = re.compile(r"(?<= )([^\W\d_]{3,})(?=[|)]|$)")
_LAST_ELIDED = re.compile(r"(?<![\w'\\])([^\W\d_]+')(?=[|)]|$)")


def _word_end(source: str) -> str:
    """What must follow a match of `source`: the end of a word, unless the match ends on a stem
    ("je considér" in "je considérerai") or an elided word ("jusqu'" in "jusqu'au"), which the
    next letters complete."""
    stems = {word for word in _LAST_STEM.findall(source) if not is_french_word(word)}
    stems.update(_LAST_ELIDED.findall(source))
    if not stems:
        return r"(?!\w)"
    return "(?:(?!\\w)|" + "|".join(f"(?<={re.escape(stem)})" for stem in sorted(stems)) + ")"


def _any_required(source: str) -> tuple[str, ...]:
    """Strings one of which any match of `source` contains: for alternatives at the top
    ("a|b"), what each requires, when each requires something; else `_required(source)`."""
    options = _top_alternatives(source)
    if len(options) == 1:
        return _required(source)
    needs = [_required(option) for option in options]
    if not all(needs):
        return ()
    return tuple(dict.fromkeys(word for need in needs for word in need))


def _top_alternatives(source: str) -> list[str]:
    """`source` cut at its "|" outside groups and classes."""
    parts, depth, at, start, in_class = [], 0, 0, 0, False
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
        at += 1
    return [*parts, source[start:]]


_PLAIN = re.compile(r"[^\W\d_][\w '’-]*")


def _required(source: str) -> tuple[str, ...]:
    """Strings one of which any match of the regular expression `source` contains: its longest
    plain run of letters outside a group, or a group of plain alternatives ("(?:peux|pourrai)")
    that is not optional. () when the expression has none (it is then always run)."""
    best: tuple[str, ...] = ()
    depth, run, at = 0, "", 0  # depth: groups are skipped whole, so it stays 0
    candidates: list[tuple[str, ...]] = []
    while at < len(source):
        char = source[at]
        optional = at + 1 < len(source) and source[at + 1] in "?*{"
        if char == "(" and depth == 0:
            close = _group_end(source, at)
            inner = source[at + 1 : close]
            after = source[close + 1 : close + 2]
            if run.strip():
                candidates.append((run.strip(),))
            run = ""
            if inner.startswith("?:") and after not in ("?", "*", "{"):
                options = inner[2:].split("|")
                if all(_PLAIN.fullmatch(option) for option in options):
                    candidates.append(tuple(option.strip() for option in options))
            at = close + 1
            continue
        if char == "|" and depth == 0:
            return ()  # alternatives at the top: nothing is required of all
        if char in "\\[":  # an escape ("\\w") or a class ("[^.!?]") ends the run
            if run.strip():
                candidates.append((run.strip(),))
            run = ""
            at = at + 2 if char == "\\" else source.index("]", at + 2) + 1
            continue
        if char.isalpha() or char in " '-":
            if optional:
                if run.strip():
                    candidates.append((run.strip(),))
                run = ""
            else:
                run += char
        else:
            if run.strip():
                candidates.append((run.strip(),))
            run = ""
        at += 1
    if run.strip():
        candidates.append((run.strip(),))
    candidates = [c for c in candidates if min(len(option) for option in c) >= 3]
    if candidates:
        best = max(candidates, key=lambda c: min(len(option) for option in c))
    return best


def _group_end(source: str, start: int) -> int:
    """Where the group opened at `start` closes (escapes and classes skipped)."""
    depth, at, in_class = 0, start, False
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return len(source) - 1


@cache
def _informal() -> tuple[tuple[re.Pattern[str], str, str], ...]:
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
        found.append((pattern, str(table[phrase]), phrase.rstrip("$")))
    return tuple(found)


# "je sais pas", "c'est pas", "j'ai pas eu": a negation without its "ne" is spoken French.
_SUBJECT = r"(?:je|j'|tu|t'|il|elle|on|nous|vous|ils|elles|c'|ça|ca)"


_CLITIC = r"(?:me |m'|te |t'|se |s'|le |la |les |l'|lui |leur |y |en |nous |vous )"


_DROPPED_NE = re.compile(
    rf"(?<![\w'])(?P<subject>{_SUBJECT})\s*{_CLITIC}{{0,2}}(?P<verb>[^\W\d_]+)\s+"
    r"(?P<negation>pas|jamais|rien)(?!\w)"
)


_NE_BEFORE = re.compile(r"(?:\bne\s+|\bn')(?:\S+\s+){0,2}$")


def informal_findings(note: Note) -> list[Finding]:
    lowered = note.plain.lower()
    plain = lowered.replace("’", "'")
    found: list[Finding] = []
    taken = SpanSet([])
    for pattern, instead, phrase in _informal():
        if phrase not in plain:
            continue
        for match in pattern.finditer(lowered):
            if taken.overlaps(*match.span()):
                continue
            written = note.text[match.start() : match.end()]
            if written[:1].isupper() and not _starts_sentence(note.text, match.start()):
                continue  # a name: "Super C", "Madame Boss"
            fix = (in_case_of(written, instead),) if instead else ()
            found.append(_finding(note, "informal", WARNING, match.span(), fix, instead=instead))
            taken = SpanSet([(f.start, f.end) for f in found])
    if " là" in plain:
        for match in _FILLER_LÀ.finditer(lowered):
            span = match.span("là")
            if not taken.overlaps(*span):
                found.append(_finding(note, "informal", WARNING, span))
    return found


# "là" said to close a phrase, as in speech: "merci pour tout là!", "c'était bien le fun là".
_FILLER_LÀ = re.compile(
    r"(?<![\w'])(?:tout|merci|beaucoup|vraiment|ben|ok|correct|fun)\s+(?P<là>là)(?=\s*[!.,?]|\s*$)",
    re.MULTILINE,
)


def tutoiement_findings(note: Note) -> list[Finding]:
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


def dropped_ne_findings(note: Note) -> list[Finding]:
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


def accusatory_findings(note: Note) -> list[Finding]:
    lowered = note.plain.lower().replace("’", "'")
    found: list[Finding] = []
    taken = SpanSet([])
    # (each required word looked for once, then a set answers for each pattern)
    present = {word for word in _all_required() if word in lowered}
    for pattern, why, required in _accusatory():
        if required and present.isdisjoint(required):
            continue
        for match in _matches(pattern, lowered):
            span = _whole_words(lowered, *match.span())
            if taken.overlaps(*span) or _NEGATED_BEFORE.search(lowered, 0, span[0]):
                continue
            if _in_name(note.plain, span[0]):
                continue  # "le congé de l'Action de grâce": a holiday's or a place's name
            if why == "plea" and _OTHERS_NEED.search(lowered, max(0, span[0] - 60), span[0]):
                continue  # "les clients qui ont besoin d'argent": someone else's need
            hedged = why == "guess" and _HEDGE_BEFORE.search(lowered, 0, span[0])
            if hedged and _OFFER_AFTER.search(_sentence_at(lowered, span[1], span[1])):
                continue  # "Au cas où vous auriez égaré mon CV, je le joins de nouveau."
            soft = why in _SOFT and (hedged or not _escalated(lowered, *span))
            polite = why == "pressure" and _softened(lowered, *span)
            severity = WARNING if soft or polite else ERROR
            found.append(_finding(note, "accusatory", severity, span, why=why))
            taken = SpanSet([(f.start, f.end) for f in found])
    return found + _deadline_findings(note, lowered, taken)


# A judgement said not to hold, the negation before it: "je ne trouve pas votre décision
# injuste", "je ne dirais pas que vous avez fait le mauvais choix", "je ne me suis pas
# déplacé pour rien".
_NEGATED_BEFORE = re.compile(
    r"(?<![\w'])(?:ne|n')\s*(?:(?:trouve|trouvais|dis|dirais|dirai|pense|crois|juge|considère|"
    r"qualifierais|trouverais)\s+(?:pas|nullement|aucunement|point)\s+"
    r"(?:du tout\s+)?(?:que\s+|qu')?(?:[\w']+\s+){0,2}|(?:me |m')?(?:suis|étais|serai|serais|"
    r"ai|avais|aurai|aurais)\s+(?:pas|jamais|point)\s+)$"
)


# A guess said as a mere possibility ("si jamais vous avez oublié de me transmettre le
# formulaire", "au cas où vous auriez égaré mon CV"): a warning at most, and nothing when the
# writer offers to make up for it in the same sentence ("je le joins de nouveau", "je peux…").
_HEDGE_BEFORE = re.compile(r"(?<![\w'])(?:si jamais|si par hasard|si par mégarde|au cas où|si)\s+$")
_OFFER_AFTER = re.compile(
    r"(?<![\w'])(?:je (?:peux|pourrai|pourrais|vous (?:le |la |les )?(?:joins|renvoie|transmets|"
    r"envoie)|le joins|la joins|les joins|vous (?:le |la |les )?renvoie)|pourriez-vous|"
    r"auriez-vous|n'hésitez pas)"
)


# An article and a capitalized word right before: the words go on with a name ("le congé de
# l'Action de grâce", "la Place de la Dignité"), not a person's ("Madame Tremblay, de grâce").
_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[lL]['’]|(?:[lL][ea]|[lLdD]es|[dD]u|[aA]ux?)\s+)(?P<name>[^\W\d_][\w'’-]*)\s+$"
)


# A plea is the writer's: a need whose subject is someone else ("les familles qui ont besoin
# de payer leurs factures", "ils ont besoin d'argent") describes the work, not the writer.
_OTHERS_NEED = re.compile(
    r"(?<![\w'])(?:qui|ils|elles|il|elle)\s+(?:n'|ne\s+)?(?:ont|a|avaient|avait|auront|aura)\s+"
    r"(?:(?:souvent|parfois|toujours|aussi|encore|vraiment|grandement|urgemment)\s+)?$"
)


def _in_name(text: str, start: int) -> bool:
    """True if the words at `start` go on with a name begun before them."""
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and name.group("name")[:1].isupper()


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`–`end` taken to the end of the word a stem match stops in ("je considér" →
    "je considérerai")."""
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    return start, end


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text` that start a word, as `finditer` gives them."""
    at = 0
    while (match := pattern.search(text, at)) is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            at = start + 1
            continue
        yield match
        at = max(match.end(), start + 1)


def _deadline_findings(note: Note, lowered: str, taken: SpanSet) -> list[Finding]:
    """A sentence that asks the reader for their answer and says by when ("Merci de me tenir
    au courant avant mardi", "Tenez-moi au courant rapidement"): pressure, an error (a warning
    when asked politely), whatever its words."""
    request, answer, limit = _deadline()
    found: list[Finding] = []
    for ask in request.finditer(lowered):
        sentence = _SENTENCE_AT.search(lowered, ask.start())
        end = sentence.end() if sentence else len(lowered)
        rest = lowered[ask.end() : end]
        clause = _CLAUSE.search(rest)
        when = limit.search(rest, 0, clause.start() if clause else len(rest))
        if when is None or not answer.search(rest):
            continue
        span = (ask.start(), max(ask.end() + when.end(), _answer_end(answer, rest, ask.end())))
        if taken.overlaps(*span) or any(f.start < span[1] and span[0] < f.end for f in found):
            continue
        severity = WARNING if _softened(lowered, *span) else ERROR
        found.append(_finding(note, "accusatory", severity, span, why="pressure"))
    return found


_SENTENCE_AT = re.compile(r"[.!?\n]|$")


# What opens a clause of its own: a limit after it belongs to what is asked about.
_CLAUSE = re.compile(r"(?<![\w'])(?:si|s'ils?|que|qu'|où|quand|lorsque|lorsqu'|afin|pour \w+er)\b")


def _answer_end(answer: re.Pattern[str], rest: str, offset: int) -> int:
    match = answer.search(rest)
    return offset + match.end() if match else offset


@cache
def _deadline() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        _alternation(_listed("deadline", "request")),
        _alternation(_listed("deadline", "answer")),
        _alternation(_listed("deadline", "limit")),
    )


# Kinds of finding that a polite relance may say too: the silence as a fact, a guess at why.
_SOFT = frozenset(["silence", "guess"])
_HARD = re.compile(
    r"(?<!\w)(?:(?<!si )jamais|malgré|en vain|la moindre|même pas|encore une fois|"
    r"une fois de plus|(?<!pas )encore|personne)(?!\w)"
)


def _escalated(lowered: str, start: int, end: int) -> bool:
    """True if the sentence around `start`–`end` does more than note the silence: it judges,
    demands, sets a time limit, counts the messages or says "jamais", "malgré", "encore"."""
    sentence = _sentence_at(lowered, start, end)
    if _HARD.search(sentence):
        return True
    kinds, _strong, softeners = _cues()
    score = sum(1 for kind in _ESCALATING if kinds.get(kind) and kinds[kind].search(sentence))
    return score - len(softeners.findall(sentence)) > 0


_ESCALATING = ("judge", "demand", "count", "limit", "cost")


def _sentence_at(lowered: str, start: int, end: int) -> str:
    begin = max(lowered.rfind(mark, 0, start) for mark in ".!?\n") + 1
    stops = [i for i in (lowered.find(mark, end) for mark in ".!?\n") if i >= 0]
    return lowered[begin : min(stops) if stops else len(lowered)]


def _softened(lowered: str, start: int, end: int) -> bool:
    """True if the sentence around a pressure pattern's match asks politely ("si possible",
    "lorsque vous aurez un moment") or gives a reason the reader can weigh (another offer),
    with no ultimatum or demand in it: a warning, not an error."""
    softeners, hard = _politeness()
    sentence = _sentence_at(lowered, start, end)
    if softeners.search(sentence) and not hard.search(sentence):
        return True
    # the reason in the sentence next to it: "… d'ici vendredi? J'ai reçu une autre offre."
    around = _sentences_around(lowered, start, end)
    return bool(softeners.search(around)) and not hard.search(around)


def _sentences_around(lowered: str, start: int, end: int) -> str:
    """The sentence around `start`–`end` with the one before it and the one after it."""
    marks = ".!?\n"
    begin = max(lowered.rfind(mark, 0, start) for mark in marks)
    begin = max(lowered.rfind(mark, 0, max(begin, 0)) for mark in marks) + 1
    stops = [i for i in (lowered.find(mark, end) for mark in marks) if i >= 0]
    stop = min(stops) if stops else len(lowered)
    after = [i for i in (lowered.find(mark, stop + 1) for mark in marks) if i >= 0]
    return lowered[begin : min(after) if after else len(lowered)]


@cache
def _politeness() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _alternation(_listed("politeness", "softeners")), _alternation(
        _listed("politeness", "hard")
    )


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


def cue_findings(note: Note, taken: SpanSet) -> list[Finding]:
    """Sentences that do two things a pressing or reproachful note does (ask for an answer and
    set a time limit, point at the silence and count the messages, judge the reader, hold the
    cost over them) though no pattern knows their words, or that the learned tone model
    (french_tone_scorer.py) reads as pressure, guilt, a plea or reproach: a warning."""
    lowered = note.plain.lower().replace("’", "'")
    body_start = note.first_line.end if note.first_line else 0
    found = []
    for match in _SENTENCE.finditer(lowered, body_start):
        start, end = match.span()
        sentence = match.group()
        if len(sentence.split()) < 4 or taken.overlaps(start, end):
            continue
        if _cue_score(sentence) >= 2 or _paired(sentence) or reads_as_tone(sentence):
            start += len(sentence) - len(sentence.lstrip())
            end -= len(sentence) - len(sentence.rstrip())
            found.append(_finding(note, "accusatory", WARNING, (start, end), why="tone"))
    return found


def _cue_score(sentence: str) -> int:
    kinds, strong, softeners = _cues()
    needs = _cue_needs()
    score = sum(
        2 if kind in strong else 1
        for kind, cue in kinds.items()
        if _has_cue(sentence, cue, needs[kind])
    )
    return score - 2 * len(softeners.findall(sentence))


@cache
def _cue_needs() -> dict[str, tuple[str, ...]]:
    """For each kind of `_cues()`, words one of which a sentence must hold for it to match."""
    table = dict(_data()["cues"])
    return {
        str(kind): _any_required("|".join(str(v) for v in value))
        for kind, value in table.items()
        if kind not in ("strong", "softeners") and isinstance(value, list)
    }


def _paired(sentence: str) -> bool:
    """True if the sentence holds both cues of a pair that together read as sarcasm, a
    complaint or entitlement (thanks or praise next to a slight, the employer's process next
    to a judgement of it, the writer's worth next to what it is owed), with no softener."""
    kinds, pairs, softeners = _pair_cues()
    return any(
        _has_cue(sentence, *kinds[first]) and _has_cue(sentence, *kinds[second])
        for first, second in pairs
    ) and not softeners.search(sentence)


def _has_cue(sentence: str, cue: re.Pattern[str], needs: tuple[str, ...]) -> bool:
    return (not needs or any(word in sentence for word in needs)) and bool(cue.search(sentence))


@cache
def _pair_cues() -> tuple[
    dict[str, tuple[re.Pattern[str], tuple[str, ...]]], tuple[tuple[str, str], ...], re.Pattern[str]
]:
    """(each kind of cue → its pattern and words one of which a sentence must hold for it to
    match, the pairs, the softeners' pattern)."""
    table = dict(_data()["pair_cues"])
    pairs = tuple(str(pair).split() for pair in _listed("pair_cues", "pairs"))
    kinds = {
        str(kind): (_alternation(value), _any_required("|".join(str(v) for v in value)))
        for kind, value in table.items()
        if kind not in ("pairs", "softeners") and isinstance(value, list)
    }
    softeners = _alternation(_listed("pair_cues", "softeners"))
    return kinds, tuple((a, b) for a, b in pairs), softeners


_EMOJI = re.compile(
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?|(?<![\w:])(?:[:;]-?[()DPp]|<3|xD)(?!\w)"
)


_MARK_RUN = re.compile(r"[!?]{2,}")


_SHOUT = re.compile(r"\b[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]{3,}(?:[ ,'’]+[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ]{2,})+\b")


def mark_findings(note: Note, taken: SpanSet) -> list[Finding]:
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


# French endings put on an English verb: "checker", "booké", "cancellé", "textez".
_FRENCH_ENDING = re.compile(r"^(?P<stem>[a-z]{3,}?)(?:er|é|ée|és|ées|ais|ait|ez|ons|ent|ing)$")


def anglicism_findings(note: Note, skip: SpanSet) -> list[Finding]:
    """An English verb conjugated as a French one ("je voulais checker", "j'ai booké"), no
    word in French: spoken Canadian French, informal in a note to an employer."""
    found = []
    for match in _WORD.finditer(note.plain):
        word = match.group()
        if not word.islower() or skip.overlaps(*match.span()) or is_french_word(word):
            continue
        ending = _FRENCH_ENDING.match(word)
        if ending and _english_stem(ending.group("stem")) and not _accent_left_out(word):
            found.append(_finding(note, "informal", WARNING, match.span(), why="anglicism"))
    return found


def _accent_left_out(word: str) -> bool:
    """ "presenter" is "présenter" without its accent, not English."""
    return any(_bare(s) == word and s != word for s in french_suggestions(word))


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _english_stem(stem: str) -> bool:
    """ "check", "book", "cancel" (from "cancell"), "text": a verb of English."""
    if len(stem) >= 4 and stem[-1] == stem[-2] and is_word(stem[:-1]):
        return True
    return is_word(stem) and not is_french_word(stem)
