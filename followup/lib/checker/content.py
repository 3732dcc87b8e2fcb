"""What the words say, beyond spelling: unfilled template slots (`placeholder`), another
employer's name left in a copied note (`wrong-company`) and a word written twice
(`repeated-word`)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from followup.lib.checker.data import DATA_DIR, folded_set
from followup.lib.checker.model import ERROR, WARNING, CheckContext, Finding
from followup.lib.checker.spelling import is_word
from followup.lib.checker.spelling_fr import is_french_word
from followup.lib.checker.text import WORD_RE, Note, SpanSet, fold, overlaps

# The first line lists every character a blank can start with: the engine tries the rest of
# the regex only there. FILLER_STARTS and FILLER_BRANCH mark where the "Lorem ipsum" branch
# goes, in the regex for a note holding "orem" only: without it, the engine need not stop at
# every "l".
_PLACEHOLDER_SOURCE = r"""
    (?=[{\[<XxTtF_$%YZ\#MDACEOLFILLER_STARTS])
    (?:
    \{\{[^{}\n]{0,40}\}\}                          # {{ name }}
    | \{[^{}\n]{1,40}\}                            # {role}
    | \[(?!(?:at|dot|sic)\])[^\[\]\n]*[^\W\d_][^\[\]\n]{0,40}\](?!\()   # [Name], not a link
    | <[A-Za-z][A-Za-z _-]{0,40}>                  # <Company>
    | (?<!\w)[Xx]{3,}(?!\w)                        # XXX
    | (?<!\w)(?:TODO|TBD|TBA|FIXME|tbd|todo)(?!\w)
    | _{3,}                                        # ___
    | \[\ ?\] | \{\ ?\} | <\ ?>                       # [ ] left empty
    | \$\{?[A-Za-z_][A-Za-z_0-9]*\}?                 # $company_name
    | %[A-Za-z_][A-Za-z_ ]{0,30}%                  # %FIRSTNAME%
    | (?<!\w)(?:XX|YY|ZZ)(?!\w)                    # XX and YY
    | (?<![\w/.-])(?:[Xx]{1,4}|\#{1,4}|MM|DD|YYYY)            # xx/xx: a date left blank
      (?:[/.-](?:[Xx]{1,4}|\#{1,4}|MM|DD|YY|YYYY)){1,2}(?![\w/])
    | (?<![\w-])(?:ABC|XYZ)\s+(?:Company|Corp|Corporation|Inc|Ltd|Industries|Group)\b
    | (?<![\w-])(?:Company|Employer|Organi[sz]ation)\s+[XYZ](?![\w-])   # Company X
    | (?<![\w.])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Mme|Mlle|M)\.?[ \t]+[XYZ](?![\w'’-]|\.\w)  # Ms. X
    | (?<![\w.])(?:Mr|Mrs|Ms|Mx|Miss|M)\.?/(?:Mr|Mrs|Ms|Mx|Miss|Mme)\.?(?!\w)    # Mr./Ms.
    | (?<![\w'-])(?:First|Last|Full)[Nn]ame(?![\w'-])             # Lastname
    | (?<![\w-])Month[ \t]+Day(?:,?[ \t]+Year)?(?![\w-])          # Month Day, Year
    FILLER_BRANCH
    )
    """
_FILLER_BRANCH = r"| (?<!\w)[Ll]orem\s+ipsum(?:\s+dolor(?:\s+sit\s+amet)?)?(?!\w)"
_PLACEHOLDER_RE = re.compile(
    _PLACEHOLDER_SOURCE.replace("FILLER_STARTS", "Ll").replace("FILLER_BRANCH", _FILLER_BRANCH),
    re.VERBOSE,
)
_NO_FILLER_RE = re.compile(
    _PLACEHOLDER_SOURCE.replace("FILLER_STARTS", "").replace("FILLER_BRANCH", ""), re.VERBOSE
)

# Dots where a word should be, after a word that needs one: "we spoke on ... about the role".
_DOTS_BLANK_RE = re.compile(
    r"(?<![\w'])(?:on|at|for|with|about|from|of|the|my|your|our|by)[ \t]+"
    r"(?P<dots>\.{3}|…)(?=[ \t]+[a-z(]|[ \t]*[,;:)])",
    re.IGNORECASE,
)

# Which record value fills a slot, by words in the slot's label.
_SLOT_WORDS = (
    ("sender", ("your name", "my name", "sender")),
    ("company", ("company", "organization", "organisation", "employer", "business")),
    ("role", ("role", "position", "job", "title")),
    ("recipient", ("name", "interviewer", "recipient", "contact", "manager")),
)

# Slot words naming what the record does not hold.
_NOT_ON_RECORD = frozenset(
    {"event", "venue", "conference", "occasion", "initiative", "software", "tool", "project"}
)

_COMPANY_SUFFIX_RE = (
    r"(?:inc|incorporated|ltd|limited|llc|llp|lp|corp|corporation|co|company|ltée|ltee|plc)"
)
_TRAILING_SUFFIX_RE = re.compile(rf"(?:[\s,]+{_COMPANY_SUFFIX_RE}\.?)+\s*$", re.IGNORECASE)
_REPEATED_RE = re.compile(r"(?<![\w'-])([^\W\d_]+)(\s+)(\1)(?![\w'-])", re.IGNORECASE)


def placeholder_findings(
    note: Note, context: CheckContext, blanks: list[tuple[int, int]]
) -> list[Finding]:
    """A finding for each of the note's template blanks, `blanks` (from `placeholder_spans`)."""
    findings = []
    for start, end in blanks:
        written = note.text[start:end]
        message = f"“{written}” is a blank from a template. Fill it in before sending."
        fill = _fill_for(written, context)
        findings.append(Finding("placeholder", ERROR, message, start, end, written, fill))
    return findings


def placeholder_spans(note: Note, context: CheckContext) -> list[tuple[int, int]]:
    """Where the note's template blanks are: bracketed slots, "XXX", "___", and stand-in words
    such as "COMPANY NAME" or "(your name)"."""
    blank = _PLACEHOLDER_RE if "orem" in note.plain else _NO_FILLER_RE
    spans = [match.span() for match in blank.finditer(note.plain)]
    if "..." in note.plain or "…" in note.plain:
        spans += [match.span("dots") for match in _DOTS_BLANK_RE.finditer(note.plain)]
    taken = SpanSet(spans)
    spans += [span for span in _stand_in_spans(note, context) if not taken.overlaps(*span)]
    names = _record_names(context)
    return sorted(span for span in spans if not _is_a_record_name(note.plain, span, names))


def _record_names(context: CheckContext) -> tuple[str, ...]:
    values = (
        context.company, context.role, context.sender, *context.recipients, *context.others,
        *context.other_companies,
    )  # fmt: skip
    return tuple(fold(value) for value in values if value.strip())


def _is_a_record_name(plain: str, span: tuple[int, int], names: tuple[str, ...]) -> bool:
    """True when the "blank" is part of a name the record really has (an employer called
    "ABC Company", a role called "Associate, TBD Projects")."""
    written = fold(" ".join(plain[span[0] : span[1]].split()))
    whole = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")
    return any(whole.search(name) for name in names)


_WORD_GAP_RE = re.compile(r"[ \t]+")
_PARENTHESES_RE = re.compile(r"\(([^()\n]{1,60})\)")


def _stand_in_spans(note: Note, context: CheckContext) -> list[tuple[int, int]]:
    """Runs of slot words standing in for a value: in capitals ("Dear FIRST NAME"), in Title
    Case ending like a slot ("Company Name", "Job Title"), or in parentheses ("(your name)")."""
    spans = []
    capitals, titles = _runs(note)
    real = _real_capitals(context) if capitals else frozenset()
    for run in capitals:
        words = [_bare(word) for _s, _e, word in run]
        if any(fold(word) in real for word in words):
            continue
        if len(words) == 1 and not _one_word_blank(note, run[0], real, "en"):
            continue
        if len(words) == 1 or _all_slots(words):
            possessive = len(run[-1][2]) - len(words[-1])  # "COMPANY's": the blank ends at Y
            spans.append((run[0][0], run[-1][1] - possessive))
    for run in titles:
        if len(run) < 2:
            continue  # a slot in Title Case has two words or more
        while run and not _all_slots([_bare(run[0][2])]):
            run = run[1:]  # "Dear Hiring Manager Name": the slot starts after "Dear"
        if len(run) >= 2 and _slot_shaped([_bare(word) for _s, _e, word in run]):
            spans.append((run[0][0], run[-1][1]))
    for match in _PARENTHESES_RE.finditer(note.plain):
        words = [_bare(word.group()) for word in WORD_RE.finditer(match.group(1))]
        if (len(words) >= 2 and _slot_shaped(words)) or (len(words) == 1 and _one_slot(words[0])):
            spans.append(match.span())
    spans.sort()
    kept: list[tuple[int, int]] = []
    reach = -1  # where the spans before end, at the furthest: sorted, a span overlaps one of
    for start, end in spans:  # them only if it starts before that
        if start >= reach:
            kept.append((start, end))
        reach = max(reach, end)
    return kept


_Run = list[tuple[int, int, str]]


def _runs(note: Note) -> tuple[list[_Run], list[_Run]]:
    """Runs of words in capitals (`_in_capitals`) and runs of words in Title Case
    (`_is_title`), the words of a run separated by spaces only (not a comma or a new line),
    found in one pass over the note's words that start with other than a small letter (a word
    that does breaks both kinds of run)."""
    text = note.plain
    words = note.all_words
    runs: tuple[list[_Run], list[_Run]] = ([], [])
    current: list[_Run] = [[], []]
    shapes = (_in_capitals, _is_title)
    last = -2
    shaped = [number for number, (_s, _e, word) in enumerate(words) if not word[:1].islower()]
    for number in shaped:
        if number != last + 1:
            current = [[], []]
        last = number
        start, end, word = words[number]
        lettered = any(ch.isalpha() for ch in word)
        for kind in (0, 1):
            run = current[kind]
            if not lettered or not shapes[kind](word):
                current[kind] = []
                continue
            if run and not _WORD_GAP_RE.fullmatch(text[run[-1][1] : start]):
                run = current[kind] = []
            if not run:
                runs[kind].append(run)
            run.append((start, end, word))
    return runs


# After a word in capitals: a label in a signature ("PHONE: 613-555-0100"), not a blank.
_LABEL_RE = re.compile(r"[ \t]*:[ \t]*\S")


def _one_word_blank(
    note: Note, word: tuple[int, int, str], real: frozenset[str], lang: str
) -> bool:
    """One word alone in capitals is a blank when it names what goes there, the way a template
    writes it: a slot word that is never anything else ("at COMPANY", "Dear NAME", "our talk
    about TOPIC"); a slot word that could be emphasis, after a word that opens a noun phrase and
    not followed by a noun it would describe ("on DAY, at", "votre ÉQUIPE", not "my DAY", "the
    TEAM spirit"); or any ordinary word (not an acronym: the dictionary knows it in small
    letters) where a job title goes ("the MANAGER role"). Never an acronym, a name on the
    record, a label ("EMAIL: …"), or a word of a sentence written in capitals."""
    start, end, written = word
    bare = _bare(written)
    folded = fold(bare)
    if folded in real or len(bare) < 3 or _LABEL_RE.match(note.text, end):
        return False
    before, after = _neighbours(note, start, end)
    if _shouted(before, real) or _shouted(after, real):
        return False  # "THANK YOU FOR YOUR TIME": capitals for a whole stretch
    lists = _caps_lists(lang)
    if folded in lists["alone"]:
        return True
    if _in_name_slot(note, start, before, lists) and (after == "" or after[:1].islower()):
        slot = folded in lists["cued"] and folded not in lists["greet-ok"]
        return slot and not _is_a_name(folded, lang)  # "Hi CONTACT,", not "Hi TEAM,
    cued = fold(before) in lists["cue"]
    if fold(before) in lists["prep"] and folded in lists["cued"]:
        # A noun a word in capitals would describe comes after it in English ("the TEAM
        # spirit"), before it in French: a French slot word may go on with any word.
        return lang == "fr" or not after[:1].islower() or fold(after) in lists["next"]
    if cued and fold(after) in lists["role"]:
        return _title_shaped(folded, lang)
    if (
        lang == "fr"
        and fold(before) in ("de", "d")
        and fold(_word_before(note, start, 2)) in lists["role"]
    ):
        return _title_shaped(folded, lang)  # "le poste de DIRECTEUR"
    return False


def _in_name_slot(note: Note, start: int, before: str, lists: dict[str, frozenset[str]]) -> bool:
    """True where a person's name goes: just after a greeting that opens its line ("Dear …,",
    "Bonjour …") or after a title ("Ms. …"), itself first on its line or after a greeting."""
    folded = fold(before)
    if folded in lists["title"]:
        opener = fold(_word_before(note, start, 2))
        if opener and opener not in lists["greet"]:
            return False
        start = note.plain.rfind(before, 0, start)
    elif folded not in lists["greet"]:
        return False
    line_start = note.plain.rfind("\n", 0, start) + 1
    opening = note.plain[line_start:start].split()
    return len(opening) <= 3  # "Dear", "Good morning", "Hello Dr."


def _is_a_name(folded: str, lang: str) -> bool:
    """True when the dictionary lists the word as a name too ("HUNTER", "BAKER", "MERCIER")."""
    return folded in _dictionary_names("fr.dic" if lang == "fr" else "en_CA.dic")


@lru_cache(maxsize=2)
def _dictionary_names(name: str) -> frozenset[str]:
    """The entries of a Hunspell dictionary written with a capital: names of people and places."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(fold(line.split("/")[0]) for line in lines if line[:1].isupper())


def french_caps_blank_spans(note: Note, context: CheckContext) -> list[tuple[int, int]]:
    """Words alone in capitals that are a blank in a French note ("votre ENTREPRISE", "le
    PROJET dont", "le poste de COORDONNATEUR"), by the rules of `_one_word_blank`."""
    capitals, _titles = _runs(note)
    singles = [run[0] for run in capitals if len(run) == 1]
    if not singles:
        return []
    real = _real_capitals(context)
    return [
        (start, end - (len(word) - len(_bare(word))))
        for start, end, word in singles
        if _one_word_blank(note, (start, end, word), real, "fr")
    ]


def _word_before(note: Note, start: int, count: int) -> str:
    """The `count`th word before `start` on the same line ("" when none)."""
    words = note.all_words
    index = bisect.bisect_left(words, (start,)) - count
    if index < 0 or "\n" in note.plain[words[index][1] : start]:
        return ""
    return words[index][2]


# How a word naming a job ends ("MANAGER", "ANALYST", "TECHNICIAN", "CONSULTANT", "TRAINEE").
_TITLE_ENDINGS = {
    "en": ("er", "or", "ist", "yst", "ian", "ant", "ent", "ee", "ive", "ic", "ar"),
    "fr": ("eur", "euse", "rice", "iste", "ien", "ienne", "ant", "ante", "ier", "ière", "ent"),
}


def _title_shaped(folded: str, lang: str) -> bool:
    """An ordinary word shaped like a job's name: it ends like one, and it is not an adjective
    (one with an adverb in -ly / -ment: "the PERFECT role", "the DIFFERENT job" are emphasis)."""
    if not folded.endswith(_TITLE_ENDINGS[lang]):
        return False
    if lang == "fr":
        return is_french_word(folded) and not is_french_word(folded + "ment")
    adverb = folded[:-1] + "ily" if folded.endswith("y") else folded + "ly"
    return is_word(folded) and not is_word(adverb)


def _neighbours(note: Note, start: int, end: int) -> tuple[str, str]:
    """The words just before and after `start`–`end` on the same line ("" when none)."""
    plain = note.plain
    words = note.all_words
    index = bisect.bisect_left(words, (start,))
    before = after = ""
    if index > 0 and "\n" not in plain[words[index - 1][1] : start]:
        before = words[index - 1][2]
    if index + 1 < len(words) and "\n" not in plain[end : words[index + 1][0]]:
        after = words[index + 1][2]
    return before, after


def _shouted(word: str, real: frozenset[str]) -> bool:
    """A word in capitals that is not an acronym: the note is shouting there."""
    bare = _bare(word)
    return len(bare) > 1 and bare.isupper() and bare.isalpha() and fold(bare) not in real


@lru_cache(maxsize=2)
def _caps_lists(lang: str) -> dict[str, frozenset[str]]:
    """The lists in blank_words.txt that judge one word alone in capitals, for `lang`: `alone`,
    `cued`, `cue`, `next` and `role` (a French entry is written "fr-alone:…")."""
    kinds = ("alone", "cued", "cue", "prep", "next", "role", "greet", "title", "greet-ok")
    lists: dict[str, set[str]] = {key: set() for key in kinds}
    prefix = "fr-" if lang == "fr" else ""
    for entry in folded_set("blank_words.txt"):
        kind, colon, value = entry.partition(":")
        ours = kind.startswith(prefix) and (prefix or not kind.startswith("fr-"))
        if colon and ours and kind[len(prefix) :] in lists:
            lists[kind[len(prefix) :]].add(value)
    if lang == "en":
        lists["next"] |= folded_set("function_words.txt")
    lists["greet-ok"] |= {
        entry.partition(":")[2] or entry for entry in folded_set("generic_greetings.txt")
    }
    return {key: frozenset(values) for key, values in lists.items()}


def _in_capitals(word: str) -> bool:
    """In capitals, a possessive "'s" aside ("COMPANY's plans")."""
    return _bare(word).isupper()


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not word[1:].isupper()


_POSSESSIVES = ("'s", "'S", "’s", "’S")


def _bare(word: str) -> str:
    """The word without a possessive "'s" ("MANAGER'S" gives "MANAGER")."""
    return word[:-2] if word.endswith(_POSSESSIVES) else word


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


def _one_slot(word: str) -> bool:
    """A word alone in parentheses that stands for a value ("(name)", "(date)"), in Title Case
    or capitals the name of a value a template asks for ("(Company)", "(INTERVIEWER)")."""
    folded = fold(word)
    return folded in _ALONE_IN_PARENTHESES or (word[:1].isupper() and folded in _NAMED_SLOTS)


_ALONE_IN_PARENTHESES = frozenset(["name", "names", "firstname", "lastname", "fullname", "date"])
_NAMED_SLOTS = frozenset(
    ["company", "employer", "organization", "organisation", "position", "role", "title"]
    + ["interviewer", "recipient", "surname", "companyname", "jobtitle"]
)


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
    if any(word in label.split() for word in _NOT_ON_RECORD):
        return ()  # "EVENT NAME", "SOFTWARE NAME": nothing on the record fills it
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
    words = _words_after(r"\w", core.split())
    return re.compile(rf"{words}(?:,?\s+{_COMPANY_SUFFIX_RE}\b\.?)?(?!\w)", re.IGNORECASE)


def _words_after(not_before: str, words: list[str]) -> str:
    """Regex source for `words` apart by white space, not just after a character of the set
    `not_before`: written with the first word first, then what comes before it, so that the
    engine can jump between the places where that word's letters are."""
    first = re.escape(words[0])
    rest = "".join(r"\s+" + re.escape(word) for word in words[1:])
    return rf"{first}(?<![{not_before}]{first}){rest}"


def wrong_company_findings(note: Note, context: CheckContext) -> list[Finding]:
    """Another employer's name left in the note: in full, or by the first words of its name
    when they are distinctive ("Quinte Health" for Quinte Health Care, "Northwind" for
    Northwind Traders). A name made of ordinary words only counts written as a name ("at
    Summit", not "the summit"); this employer's and the people's own names never count."""
    own = company_regex(context.company) if context.company else None
    protected = [m.span() for m in own.finditer(note.plain)] if own else []
    protected += _people_spans(note, context)
    own_core = fold(company_core(context.company))
    own_words = {fold(word) for word in company_core(context.company).split()}
    findings = []
    for other in context.other_companies:
        core = company_core(other)
        if len(core) < 2 or fold(core) == own_core:
            continue
        for start, end, weak in _company_mentions(note.plain, core, own_words):
            if any(s <= start and end <= e for s, e in protected):
                continue
            past = _after_past_work(note.plain, start)
            # A word alone that names people and other things too ("Jean" of Jean Coutu,
            # "Tim" of Tim Hortons) points to the employer only where the writer would work.
            unsure = weak and not _EMPLOYMENT_CUE_RE.search(note.plain, max(0, start - 40), start)
            findings.append(_wrong_company(note, start, end, context, past=past, unsure=unsure))
            protected.append((start, end))
    return findings


# Words before an employer's name that place the writer there: "work at", "join", "for".
_EMPLOYMENT_CUE_RE = re.compile(
    r"\b(?:at|join|joining|joined|for)\s+(?:the\s+)?(?:team\s+(?:at|of)\s+)?$", re.IGNORECASE
)


# What the writer did at a place before: "my years at", "I worked with", "I set up the kiosks
# at", "when I was at". Another employer named there is most likely where the writer worked,
# not a name left from a copied note: a warning, not an error.
_PAST_WORK_RE = re.compile(
    r"""(?:
      \b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:time|years?|months?|days|work|role|job|position
        |experience|tenure|internship|placement|co-op|practicum|shifts?|colleagues|manager
        |supervisor|students|contract|stint|former\s+employer)
      | \b(?:I|we)\s+(?:[\w-]+\s+){0,2}?(?:worked|volunteered|interned|taught|studied|trained
        |served|used\s+to\s+work|set\s+up|built|ran|managed|led|introduced|implemented
        |launched|created|designed|developed|organi[sz]ed|coordinated|installed|supervised)
        \b[^.!?\n]{0,40}?
      | \b(?:previously|formerly|(?:when|while)\s+I\s+(?:was|worked))
    )\s+(?:at|with|for|in)\s+(?:the\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _after_past_work(plain: str, start: int) -> bool:
    """True when the words before `start`, in its sentence, tell of the writer's past work
    there ("the kiosks I set up at Eastview")."""
    sentence_start = max(plain.rfind(mark, 0, start) for mark in ".!?\n") + 1
    return bool(_PAST_WORK_RE.search(plain[max(sentence_start, start - 120) : start]))


def _wrong_company(
    note: Note,
    start: int,
    end: int,
    context: CheckContext,
    *,
    past: bool = False,
    unsure: bool = False,
) -> Finding:
    written = note.text[start:end]
    target = f", not {context.company.rstrip('.')}" if context.company else ""
    if past:
        message = (
            f"“{written}” is another employer from your records{target}. "
            "If you worked there, this is fine; if not, check that this note was not copied "
            "from another one."
        )
    else:
        message = (
            f"“{written}” is another employer from your records{target}. "
            "Check that this note was not copied from another one."
        )
    fix = (context.company,) if context.company else ()
    params: tuple[tuple[str, str], ...] = (("company", context.company),) if context.company else ()
    if past:
        params += (("why", "past"),)
    severity = WARNING if past or unsure else ERROR
    return Finding("wrong-company", severity, message, start, end, written, fix, params)


def _company_mentions(plain: str, core: str, own_words: set[str]) -> list[tuple[int, int, bool]]:
    """Where a company is named: its full name (any case if the name has a word of its own,
    else capitalised as a name), then each distinctive leading part, capitalised. Each with
    True for a part that is one word the dictionary knows (a name of people or things too)."""
    found: list[tuple[int, int]] = []
    weak: set[tuple[int, int]] = set()
    regex = company_regex(core)
    words = core.split()
    if regex is not None:
        own_word = _has_own_word(words)
        for match in regex.finditer(plain):
            if re.match(r"-[^\W\d_]", plain[match.end() : match.end() + 2]):
                continue  # "Best Buy-in" is no mention of Best Buy
            if own_word or _written_as_name(match.group()):
                found.append(match.span())
                if not own_word and len(words) == 1 and _sentence_start(plain, match.start()):
                    # "Indeed, …", "Staples of the role…": its capital says nothing there.
                    weak.add(match.span())
    for size in range(len(words) - 1, 0, -1):
        part = words[:size]
        if not _distinctive_part(part, own_words):
            continue
        pattern = _words_after(r"\w'-", part)
        # A possessive "'s" still names it ("Cedarbrook's clients").
        name_end = r"(?![\w-])(?!'(?![sS]\b))"
        for match in re.finditer(rf"{pattern}{name_end}", plain, re.IGNORECASE):
            span = match.span()
            if overlaps(*span, found) or not _written_as_name(match.group()):
                continue
            if _continues_as_another_name(plain, match.end()):
                continue
            if size == 1 and is_common_word(part[0]) and _sentence_start(plain, match.start()):
                continue
            found.append(span)
            if size == 1 and (is_common_word(part[0]) or is_word(part[0])):
                weak.add(span)
    return [(start, end, (start, end) in weak) for start, end in found]


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """True for an ordinary English word ("summit", "health"), whatever its capitals."""
    return is_word(word.lower())


def _has_own_word(words: list[str]) -> bool:
    """True when some word of the name is not an ordinary English word ("Northwind")."""
    return any(not is_common_word(word) for word in words if word[:1].isalpha())


def _distinctive_part(part: list[str], own_words: set[str]) -> bool:
    """A leading part of another employer's name that points to it: not ending on "of" or
    "&", not a place name alone ("Trenton", "Bay of Quinte"), not shared with this employer's
    name, and one word only if that word is capitalised in the name."""
    folded = [fold(word) for word in part]
    if folded[-1] in _joiners() or not part[-1][:1].isalnum():
        return False
    if all(word in own_words for word in folded if word not in _joiners()):
        return False
    places = _place_words()
    if all(
        word in places or word in _joiners() or _is_place(orig)
        for word, orig in zip(folded, part, strict=True)
    ):
        return False
    return part[0][:1].isupper() and (len(part) > 1 or len(part[0]) >= 4)


def _written_as_name(written: str) -> bool:
    """Capitalised as a name: every word starting with a capital (or the whole in capitals)."""
    words = [word for word in written.split() if word[:1].isalpha()]
    return all(word[:1].isupper() for word in words if fold(word) not in _joiners())


def _continues_as_another_name(plain: str, end: int) -> bool:
    """True when a capitalised word follows ("Summit Ridge Golf Club" is not "Summit")."""
    following = re.match(r"[ \t]+([^\W\d_][\w'-]*)", plain[end:])
    return bool(following and following.group(1)[:1].isupper())


def _sentence_start(plain: str, start: int) -> bool:
    before = plain[:start].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?\n:"


def _people_spans(note: Note, context: CheckContext) -> list[tuple[int, int]]:
    """Where the people of the record (recipients, others, the sender) are named."""
    spans = []
    for name in (*context.recipients, *context.others, context.sender):
        for word in name.split():
            if len(word) < 2 or not word[:1].isalpha():
                continue
            # The word first, then what comes before it: a regex starting with plain
            # letters lets the engine jump between the places where they are.
            escaped = re.escape(word)
            pattern = rf"{escaped}(?<![\w'-]{escaped})(?![\w'-])"
            spans += [m.span() for m in re.finditer(pattern, note.plain)]
    return spans


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    return frozenset({"of", "the", "and", "&", "de", "du", "des", "la", "le", "et", "for", "a"})


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return folded_set("place_words.txt")


@lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    """A capitalised entry of the local word list (places such as "Trenton", "Quinte")."""
    return word in _local_proper_nouns()


@lru_cache(maxsize=1)
def _local_proper_nouns() -> frozenset[str]:
    """The places of the local word list: its sections whose heading says "Places"."""
    places: set[str] = set()
    in_places = False
    for line in (DATA_DIR / "words.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            in_places = "places" in line.casefold()
        elif in_places and line.strip() and not line.startswith("#"):
            places.add(line.strip())
    return frozenset(places)


def repeated_word_findings(note: Note) -> list[Finding]:
    allowed = folded_set("repeat_ok.txt")
    findings = []
    for match in _REPEATED_RE.finditer(note.plain):
        word = match.group(1)
        if fold(word) in allowed or len(word) < 1:
            continue
        written = note.text[match.start() : match.end()]
        message = f"“{word}” is written twice in a row."
        # A name made of a word twice ("Walla Walla", "Bora Bora"): a warning, not an error.
        named = _doubled_name(note.plain, match)
        severity = WARNING if named else ERROR
        start, end = match.span()
        findings.append(Finding("repeated-word", severity, message, start, end, written, (word,)))
    return findings


def _doubled_name(plain: str, match: re.Match[str]) -> bool:
    """Both words capitalised, not a short function word, and not starting a sentence."""
    first, second = match.group(1), match.group(3)
    return (
        first[:1].isupper()
        and second[:1].isupper()
        and len(first) >= 3
        and fold(first) not in folded_set("function_words.txt")
        and not _sentence_start(plain, match.start())
    )
