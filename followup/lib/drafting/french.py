"""The French drafts' slot values: how to address a person in French ("Madame Tremblay"), how
to say the interview day ("hier", "mardi", "le 9 février"), "de"/"d'" before a name, and what
of the user's notes can go into a French sentence.

A note is used only when it is French (every lower-case word in the French dictionary, no
English sign) and has the shape the sentence needs: a noun phrase with its determiner for
`{topic}` ("sur le nouveau système"), "mon …"/"ma …" for `{strength}`, any French phrase
after a colon for `{forgot}` and `{value}`, and what the person did, noted in the passé composé
("elle m'a donné les indications"), for `{topic_action}` ("de m'avoir donné les indications").
Anything else — an English note, a clause, a question — leaves the slot empty, so the template's
plainer line is used."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from functools import cache

from followup.lib.checker.spelling_fr import is_french_word
from followup.lib.dates import MONTHS_FR, WEEKDAYS_FR
from followup.lib.drafting import wording
from followup.lib.drafting.material import DATA_DIR, MAX_WORDS, note_items

# Courtesy titles, English or French, as the French letter writes them.
_MADAME = frozenset({"ms", "mrs", "miss", "mme", "mlle", "madame", "mademoiselle"})
_MONSIEUR = frozenset({"mr", "m", "monsieur"})
# "h" is left out: "de Hydro One" reads well, while "d'Hockey Canada" would not.
_VOWEL_START = re.compile(r"^[aeiouyàâäéèêëîïôöûùüœæ]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
_EDGES = " .,;:!?…\"'“”‘’«»()"


@cache
def _data() -> dict[str, object]:
    return tomllib.loads((DATA_DIR / "french.toml").read_text(encoding="utf-8"))


def _words(key: str) -> frozenset[str]:
    value = _data()[key]
    assert isinstance(value, str)
    return frozenset(value.split())


def _list(key: str) -> list[str]:
    value = _data()[key]
    assert isinstance(value, list)
    return sorted((str(item) for item in value), key=len, reverse=True)


def slot_values(
    recipient_name: str,
    salutation: str,
    company: str,
    role: str,
    when: tuple[date | None, date | None],
    notes: dict[str, str],
) -> dict[str, str]:
    """Every slot a French template may use (drafts/fr/README.md); empty when not known."""
    name = _without_title(recipient_name)
    return {
        "first_name": wording.first_name(name),
        "full_name": wording.full_name(name),
        "formal_name": formal_name(recipient_name, salutation),
        "courtesy": formal_name(recipient_name, salutation).split(" ", 1)[0],
        "recipient_title": wording.clean(notes.get("recipient_title", "")),
        "company": wording.clean(company),
        "de_company": with_de(wording.clean(company)),
        "role": wording.clean(role),
        "de_role": with_de(wording.clean(role)),
        "when": day_phrase(*when),
        "topic": topic_phrase(notes.get("topic", "")),
        "topic_action": action_phrase(notes.get("topic", "")),
        "strength": strength_phrase(notes.get("went_well", "")),
        "forgot": colon_phrase(notes.get("forgot", ""), "lead_ins_forgot"),
        "value": colon_phrase(notes.get("value", ""), "lead_ins_value"),
        "sender_name": wording.clean(notes.get("sender_name", "")),
        "sender_first_name": wording.first_name(notes.get("sender_name", "")),
    }


def _title_word(word: str) -> str:
    return word.strip(".,").lower()


def _without_title(name: str) -> str:
    words = wording.clean(name).split()
    if len(words) > 1 and _title_word(words[0]) in _MADAME | _MONSIEUR:
        return " ".join(words[1:])
    return " ".join(words)


def formal_name(name: str, salutation: str) -> str:
    """ "Madame Tremblay" / "Monsieur Gagnon" when the courtesy is known (given, or typed before
    the name: "Mme Marie Tremblay", "M. Jean Gagnon"); else "" — never a guess."""
    words = wording.clean(name).split()
    typed = _title_word(words[0]) if len(words) > 1 else ""
    courtesy = _title_word(salutation) or typed
    family = wording.family_name(_without_title(name))
    if not family:
        return ""
    if courtesy in _MADAME:
        return f"Madame {family}"
    if courtesy in _MONSIEUR:
        return f"Monsieur {family}"
    return ""


def with_de(name: str) -> str:
    """ "de Quinte Health", "d'Alterna": "de" elided before a vowel or a mute h."""
    if not name:
        return ""
    return f"d'{name}" if _VOWEL_START.match(name) else f"de {name}"


def day_phrase(day: date | None, written_on: date | None) -> str:
    """ "aujourd'hui", "hier", "mardi" within the past week, else "le 9 février" (with the year
    when it is another year); "récemment" when the day is unknown."""
    if day is None:
        return "récemment"
    if written_on is not None:
        days_ago = (written_on - day).days
        if days_ago == 0:
            return "aujourd'hui"
        if days_ago == 1:
            return "hier"
        if 1 < days_ago < 7:
            return WEEKDAYS_FR[day.weekday()]
    number = "1er" if day.day == 1 else str(day.day)
    year = f" {day.year}" if written_on is None or day.year != written_on.year else ""
    return f"le {number} {MONTHS_FR[day.month - 1]}{year}"


def is_french_text(text: str) -> bool:
    """True when every lower-case word of `text` is French and none is a sign of English;
    capitalised words are names ("Epic", "Belleville") and may be anything."""
    words = [match.group() for match in _WORD.finditer(text)]
    english = _words("english_signs")
    for word in words:
        lower = word.lower().replace("’", "'")
        if lower in english:
            return False
        if word[:1].isupper():
            continue
        parts = [part for part in lower.split("-") if part]
        if not is_french_word(lower) and not all(is_french_word(part) for part in parts):
            return False
    return bool(words)


def _first_item(note: str) -> str:
    items = [item for item in note_items(note) if not item.rstrip().endswith("?")]
    return items[0].strip(_EDGES) if items else ""


def _drop_lead_in(text: str, key: str) -> str:
    lowered = text.lower().replace("’", "'")
    for lead_in in _list(key):
        if (
            lowered == lead_in
            or lowered.startswith(lead_in + " ")
            or (lead_in.endswith(":") and lowered.startswith(lead_in))
        ):
            return text[len(lead_in) :].strip(_EDGES)
    return text


def _lower_first(text: str) -> str:
    """The note without the capital that only started it, when its first word is French."""
    word, _space, _rest = text.partition(" ")
    if word[:1].isupper() and word[1:].islower() and is_french_word(word.lower()):
        return word[:1].lower() + text[1:]
    return text


def _uncontracted(text: str) -> str:
    lowered = text.lower().replace("’", "'")
    contractions = _data()["contractions"]
    assert isinstance(contractions, dict)
    for contracted in sorted(contractions, key=len, reverse=True):
        glued = contracted.endswith("'")
        if lowered.startswith(contracted if glued else contracted + " "):
            return str(contractions[contracted]) + text[len(contracted) :]
    return text


def _is_clause(text: str) -> bool:
    clause = _words("clause_words")
    lowered = text.lower().replace("’", "'")
    return any(word in clause for word in lowered.split()) or any(
        lowered.startswith(word) for word in ("j'", "m'a ", "m'ont ", "c'est", "c'était")
    )


def topic_phrase(note: str) -> str:
    """A French noun phrase with its determiner, for "notre conversation sur {topic}"."""
    item = _lower_first(_drop_lead_in(_first_item(note), "lead_ins_topic"))
    item = _uncontracted(item)
    first = item.split(" ", 1)[0].lower().replace("’", "'")
    starts_well = first in _words("determiners") or first.startswith("l'")
    if not starts_well or _is_clause(item) or len(item.split()) > MAX_WORDS:
        return ""
    return item if is_french_text(item) else ""


# What a person did, as the user noted it in the passé composé: "elle m'a donné le code",
# "il a organisé ma visite", "elle est venue me chercher", "elle s'est occupée de tout".
_SUBJECT = r"(?:(?:il|elle|iel|on|ils|elles)\s+)?"
_VERB = r"(?P<object>m'|nous\s+|vous\s+)?(?P<aux>s'est|se\s+sont|a|ont|est|sont)\s+"
_ACTION = re.compile(rf"^{_SUBJECT}{_VERB}(?P<done>[^\W\d_]+)(?P<rest>(?:\s.*)?)$")
_AND_AGAIN = re.compile(rf"\bet\s+{_SUBJECT}{_VERB}")
# Endings of past participles: "donné", "choisie", "pris", "venue", "offert", "fait", "peint".
_PARTICIPLE = re.compile(r"(?:é|i|u|is|it|ert|int|ait|ût)(?:e|es|s)?$")


def action_phrase(note: str) -> str:
    """What the person did, to follow "merci" or "vous remercier": "de m'avoir donné le code",
    "d'avoir organisé ma visite", "d'être venue me chercher", "de vous être occupée de tout".
    The participle's agreement is kept as typed: it is the user's to make."""
    item = _lower_first(_first_item(note)).replace("’", "'")
    match = _ACTION.match(item)
    if match is None or not _PARTICIPLE.search(match["done"]):
        return ""
    if len(item.split()) > MAX_WORDS or not is_french_text(item):
        return ""
    first = _infinitive(match)
    rest = _AND_AGAIN.sub(lambda again: _and_again(first, again), match["rest"].rstrip())
    if _is_clause(rest):  # another verb of its own: "… et elle m'a dit que …"
        return ""
    return f"{first} {match['done']}{rest}"


def _infinitive(match: re.Match[str]) -> str:
    """ "m'a" gives "de m'avoir", "a" "d'avoir", "est" "d'être", "s'est" "de vous être"."""
    aux, obj = match["aux"].replace(" ", ""), (match["object"] or "").strip()
    if aux in ("s'est", "sesont"):
        return "de vous être"
    if aux in ("est", "sont"):
        return "d'être"
    return f"de {obj}avoir" if obj == "m'" else (f"de {obj} avoir" if obj else "d'avoir")


def _and_again(first: str, again: re.Match[str]) -> str:
    """ "et m'a offert" after "de m'avoir montré" is "et offert"; after "de vous être occupée"
    it is "et de m'avoir offert"."""
    said = _infinitive(again)
    return "et " if said == first else f"et {said} "


def strength_phrase(note: str) -> str:
    """What went well, when it is the user's own and singular: "mon exemple sur le classement"."""
    item = _lower_first(_first_item(note))
    if item.split(" ", 1)[0] not in ("mon", "ma") or _is_clause(item):
        return ""
    return item if len(item.split()) <= MAX_WORDS and is_french_text(item) else ""


def colon_phrase(note: str, lead_ins: str) -> str:
    """A French phrase to follow a colon ("Un point que je n'ai pas mentionné : {forgot}.")."""
    if wording.has_placeholder(note):
        return ""
    item = _lower_first(_drop_lead_in(_first_item(note), lead_ins))
    if not item or len(item.split()) > MAX_WORDS or not is_french_text(item):
        return ""
    return item
