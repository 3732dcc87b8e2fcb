"""Small wording helpers for drafts: how to address a person, how to say the interview day,
and how to fit a note the user typed into a sentence."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from followup.lib.dates import MONTHS, WEEKDAYS

_HONORIFICS = {"mr", "mrs", "ms", "mx", "dr", "prof", "professor", "miss"}
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md"}
# Lower-case particles belong to the family name: "Ms. van der Berg", not "Ms. Berg".
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "ter"}
_SALUTATIONS = {
    "mr": "Mr.",
    "mrs": "Mrs.",
    "ms": "Ms.",
    "mx": "Mx.",
    "dr": "Dr.",
    "miss": "Miss",
    "prof": "Professor",
    "professor": "Professor",
}


# Words a user capitalises only because they start the note; anything else is kept as typed,
# since it may be a name ("Epic", "Belleville").
_COMMON_FIRST_WORDS = frozenset(
    """a an the our your her his their its my this that these those some many more most several
    how what why when where which who whether over about almost nearly around new strong great
    good one two three four five six seven eight nine ten twelve fifteen twenty""".split()  # noqa: SIM905
)
_LEAD_INS = {
    "topic": (
        "we talked about",
        "we discussed",
        "we spoke about",
        "we chatted about",
        "talked about",
        "discussed",
        "spoke about",
        "chatted about",
        "we went over",
        "went over",
        "we covered",
        "covered",
        "topic:",
        "topics:",
        "about",
    ),
    "forgot": (
        "i forgot to mention that",
        "i forgot to mention",
        "forgot to mention that",
        "forgot to mention",
        "i did not mention that",
        "i didn't mention that",
        "i forgot:",
        "forgot:",
    ),
    "value": ("value:", "i bring:", "i can bring:"),
}
_ABBREVIATIONS = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "st",
    "jr",
    "sr",
    "prof",
    "e.g",
    "i.e",
    "etc",
    "vs",
}
_SENTENCE_END = re.compile(r"[.!?]+\s+")
_PLACEHOLDER = re.compile(r"\b(?:TODO|XXX)\b")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def clean(text: str) -> str:
    """One line of NFC text with single spaces; brackets a draft must not show are softened."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("[", "(").replace("]", ")").replace("{", "").replace("}", "")
    return " ".join(text.split())


def name_parts(full_name: str) -> list[str]:
    """The words of a name without honorifics, credentials after a comma, or suffixes."""
    words = clean(full_name).split(",")[0].split()
    while words and _bare(words[0]) in _HONORIFICS and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and _bare(words[-1]) in _NAME_SUFFIXES:
        words = words[:-1]
    return words


def first_name(full_name: str) -> str:
    words = name_parts(full_name)
    if not words:
        return ""
    if _CJK.search(words[0]):
        # Chinese, Japanese and Korean names put the family name first: use the whole name.
        return "".join(words)
    return words[0]


def family_name(full_name: str) -> str:
    words = name_parts(full_name)
    if len(words) < 2 or _CJK.search(words[0]):
        return " ".join(words)
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def full_name(name: str) -> str:
    return " ".join(name_parts(name))


def formal_name(name: str, salutation: str) -> str:
    """'Ms. O'Connor' when a salutation is given, else the full name: never a guessed title."""
    title = clean(salutation)
    if not title or not name_parts(name):
        return full_name(name)
    title = _SALUTATIONS.get(_bare(title), title)
    return f"{title} {family_name(name)}"


def day_phrase(day: date | None, written_on: date | None) -> str:
    """How a letter written on `written_on` names `day`: 'today', 'yesterday', 'on Tuesday'
    within the past week, else 'on 9 February'; 'recently' when the day is unknown."""
    if day is None:
        return "recently"
    if written_on is None:
        return f"on {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    days_ago = (written_on - day).days
    if days_ago == 0:
        return "today"
    if days_ago == 1:
        return "yesterday"
    if 1 < days_ago < 7:
        return f"on {WEEKDAYS[day.weekday()]}"
    year = f" {day.year}" if day.year != written_on.year else ""
    return f"on {day.day} {MONTHS[day.month - 1]}{year}"


def note_phrase(note: str, kind: str) -> str:
    """A note the user typed, ready to follow a colon in a template sentence: its first
    sentence, without a lead-in ('I forgot to mention …'), closing punctuation, capitals it was
    typed in, or a capital that only started the note. A note still holding 'TODO' or 'XXX'
    is treated as not written."""
    lines = [clean(line) for line in note.splitlines() if line.strip()]
    if not lines or has_placeholder(note):
        return ""
    phrase = first_sentence(lines[0])
    if phrase.rstrip().endswith("?"):
        return ""  # a question the user noted is not something to tell the employer
    phrase = drop_lead_in(uncapitalised(phrase.strip(" .!?;:,…")), kind)
    phrase = phrase.strip(" .!?;:,…")
    return lower_first_word(phrase)


def has_placeholder(note: str) -> bool:
    return bool(_PLACEHOLDER.search(note))


def uncapitalised(text: str) -> str:
    """Text typed in capitals ("THE NEW CRM ROLLOUT") in ordinary case: words of five letters
    or more, and shorter ones the dictionary knows, in lower case; short acronyms as typed
    ("the new CRM rollout")."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 4 or not all(ch.isupper() for ch in letters) or len(text.split()) < 2:
        return text
    from followup.lib.checker.spelling import is_word

    def lowered(match: re.Match[str]) -> str:
        word = match.group()
        long_enough = len(word) > 4
        return word.lower() if long_enough or is_word(word.lower()) else word

    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lowered, text)


def courtesy_title(name: str, job_title: str = "") -> str:
    """A courtesy title the record states: an honorific typed in the name ("Ms. Margaret
    O'Neill"), or a job title that is one ("Dr.", "Professor of Nursing"). Never a guess from a
    first name: "" when none is known."""
    words = clean(name).split()
    if len(words) > 1 and _bare(words[0]) in _SALUTATIONS:
        return _SALUTATIONS[_bare(words[0])]
    title_words = [_bare(word) for word in clean(job_title).replace(",", " ").split()]
    if title_words[:1] in (["dr"], ["doctor"]) and len(title_words) <= 1:
        return "Dr."
    if "professor" in title_words or title_words == ["prof"]:
        return "Professor"
    return ""


def _bare(word: str) -> str:
    return word.strip(".,").lower()


def first_sentence(text: str) -> str:
    for match in _SENTENCE_END.finditer(text):
        before = text[: match.start()].split()
        last = before[-1].lower() if before else ""
        is_initial = len(last) == 1 and last.isalpha()
        if last not in _ABBREVIATIONS and not is_initial:
            return text[: match.start() + 1]
    return text


def drop_lead_in(text: str, kind: str) -> str:
    """`text` without the words that only introduce a note of this kind ("We talked about")."""
    lowered = text.lower()
    for lead_in in _LEAD_INS.get(kind, ()):
        if lowered.startswith(lead_in + " ") or (
            lead_in.endswith(":") and lowered.startswith(lead_in)
        ):
            return text[len(lead_in) :].strip()
    return text


def lower_first_word(text: str) -> str:
    """The note without the capital that only started it ("Budget cuts" → "budget cuts"); a
    name stays as typed: one the dictionary knows only with its capital ("Ontario"), or one
    followed by a comma or by another capitalised word ("Epic, the records system")."""
    word, _space, rest = text.partition(" ")
    letters = word.strip("\"'“‘()[],;:.!?")
    if not letters or not (letters[0].isupper() and (len(letters) == 1 or letters[1:].islower())):
        return text
    lowered = letters.lower()
    if lowered in _COMMON_FIRST_WORDS or (lowered.endswith("ing") and len(lowered) > 5):
        return _lowered_at(text, letters)
    next_is_lower = not rest or rest[0].islower()
    if next_is_lower and not word.endswith(",") and len(letters) > 1:
        from followup.lib.checker.spelling import is_word  # the checker reads drafting too

        if is_word(lowered):
            return _lowered_at(text, letters)
    return text


def _lowered_at(text: str, letters: str) -> str:
    start = text.index(letters[0])
    return text[:start] + letters[0].lower() + text[start + 1 :]
