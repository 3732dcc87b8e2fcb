"""What the user typed about a person or an interview, read as material for a draft.

A note may be a noun phrase ("the new patient portal"), a clause ("she arranged the parking pass
and showed me in"), a list ("budgets, scheduling; the new CRM"), typed in capitals, or nothing.
`read_note` tells these apart by how English is built, not by matching known sentences:

- a first word that is a subject pronoun (or the person's own first name) starts a clause about
  what that person did; so does a first word in the past tense followed by an object
  ("showed me in", "arranged the pass");
- a first word that is a determiner, a wh-word, a gerund or a noun starts a noun phrase, unless
  a finite verb stands outside a relative clause ("the team is growing", "the recruiter called
  me back") — then the text is a clause whose subject is not the reader: it is not used.

It gives the forms a template sentence can take:

- `phrase`: a noun phrase, for "our conversation about {topic}";
- `action`: what the person did, turned to the second person as an -ing phrase, for
  "Thank you for {topic_action}" ("arranging the parking pass and showing me in").

When the conversion is not sure (present tense, "was", a negation, a clause about the user),
the form stays empty and the template's plainer line is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from followup.lib.drafting import wording

DATA_DIR = Path(__file__).with_name("data")
# Past the length of a phrase: a note this long is a paragraph, not material for one sentence.
MAX_WORDS = 25
MAX_LIST_ITEMS = 4


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_THIRD_PERSON = frozenset({"she", "he", "they"})
_OTHER_SUBJECTS = frozenset({"i", "we", "you", "it", "there"})
_AUXILIARIES = _word_set(
    """am is are was were be been being has have had do does did will would shall should
    can could may might must"""
)
# Past forms that link or help rather than say what someone did: "she was kind" has no action.
_NOT_ACTIONS = _AUXILIARIES | _word_set(
    "seemed appeared became remained sounded looked felt got kept used"
)
_NEGATIONS = frozenset({"not", "never", "no", "nothing", "nobody", "hardly"})
_DETERMINERS = _word_set(
    """the a an my our your his her their its this that these those some any all every
    each both several many much more most few other another no one two three"""
)
_ME = frozenset({"me", "us"})
# Words that start a description ("very friendly"), not something talked about.
_INTENSIFIERS = _word_set("very really so super quite extremely pretty too rather")
_OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them", "it", "myself"})
_PARTICLES = _word_set(
    "in out up down around round through over back off on along about to with for into"
)
_PREPOSITIONS = _PARTICLES | _word_set(
    "at by from of after before during since until near without within between"
)
_RELATIVE = _word_set("that which who whom whose where when how why what whether if")
_WH_WORDS = _word_set("how what why where when whether which who")
_CONJUNCTIONS = frozenset({"and", "then", "but", "so", "or"})
_TO_SECOND_PERSON = {
    "his": "your",
    "their": "your",
    "him": "you",
    "them": "you",
    "herself": "yourself",
    "himself": "yourself",
    "themselves": "yourself",
    "themself": "yourself",
    "hers": "yours",
    "theirs": "yours",
}
_CONTRACTION = re.compile(r"['’](?:s|re|m|ve|ll|d)$|n['’]t$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+")
_EDGE_PUNCTUATION = " .,;:!?…\"'“”‘’()"
_NO_DOUBLE_QUOTES = str.maketrans("", "", '"“”')


@dataclass(frozen=True)
class Material:
    phrase: str = ""  # a noun phrase: "the new patient portal"
    action: str = ""  # what the person did, as "-ing …" in the second person


def read_note(note: str, names: tuple[str, ...] = ()) -> Material:
    """The forms a note can take in a draft. `names` are the person's own names (lower case):
    "Priya showed me in" in Priya's own draft is a clause about her."""
    # A question the user noted ("What does a typical day look like?") is not a topic.
    items = [_plain(item) for item in note_items(note) if not item.rstrip().endswith("?")]
    readings = [_read_item(item, names) for item in items if item]
    phrases = [part for m in readings if m.phrase for part in _list_parts(m.phrase)]
    actions = [m.action for m in readings if m.action][:2]
    return Material(phrase=_and_list(phrases[:MAX_LIST_ITEMS]), action=" and ".join(actions))


def note_items(note: str) -> list[str]:
    """The items of a note: its lines (bullets removed) split at semicolons; a line of prose
    gives its first sentence only, so a draft keeps to one thought."""
    if wording.has_placeholder(note):
        return []
    lines = [_BULLET.sub("", line) for line in note.splitlines()]
    items: list[str] = []
    for line in (wording.clean(line) for line in lines):
        if line:
            sentence = wording.first_sentence(line)
            items += [part for part in (p.strip() for p in sentence.split(";")) if part]
    return items


def past_to_ing(word: str) -> str:
    """The -ing form of a past-tense verb ("arranged" → "arranging", "gave" → "giving"), or ""
    when `word` is not one (a Canadian English dictionary decides between "hoped"/"hopped")."""
    from followup.lib.checker.spelling import is_word  # here: the checker reads drafting too

    lower = word.lower()
    irregular = _irregular_past().get(lower)
    if irregular:
        return irregular
    if len(lower) < 4 or not lower.endswith("ed"):
        return ""
    stem = lower[:-2]
    if lower.endswith("ied") and is_word(lower[:-3] + "y"):
        return lower[:-3] + "ying"
    if stem[-1] == stem[-2] and stem[-1] not in "aeiou" and is_word(stem[:-1]):
        return stem + "ing"  # stopped → stopping, travelled → travelling
    if is_word(lower[:-1]):  # arranged → arrange
        base = lower[:-1]
        if base.endswith(("ee", "ye", "oe")):
            return base + "ing"
        if base.endswith("ie"):
            return base[:-2] + "ying"
        return stem + "ing"
    if is_word(stem):
        return stem + "ing"
    return ""


def _read_item(text: str, names: tuple[str, ...]) -> Material:
    text = wording.drop_lead_in(text, "topic")
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return Material()
    first = _bare(words[0])
    if first in _THIRD_PERSON or first in names:
        return Material(action=_second_person(words[1:], names))
    if _CONTRACTION.search(first) or first in _OTHER_SUBJECTS:
        return Material()
    if first in _WH_WORDS:
        # "how the team plans shifts" is a topic; "what does a day look like" is a question.
        inverted = len(words) > 1 and _bare(words[1]) in _AUXILIARIES - {"is", "are", "was"}
        return Material() if inverted else Material(phrase=text)
    if past_to_ing(first):
        # A note that starts with a verb leaves out who did it: "showed me in" can only be the
        # person; "asked about benefits", "loved her energy" may be the user. "advanced Excel
        # skills" may be a noun phrase. Only the first is sure.
        to_me = len(words) > 1 and _bare(words[1]) in _ME
        return Material(action=_second_person(words, names)) if to_me else Material()
    if first in _INTENSIFIERS or _has_finite_verb(words):
        return Material()
    return Material(phrase=wording.lower_first_word(text))


def _second_person(words: list[str], names: tuple[str, ...]) -> str:
    """Words that follow a third-person subject ("arranged the pass and showed me in"), as an
    -ing phrase addressed to that person; "" when the rewriting is not sure."""
    if not words or _bare(words[0]) in _NOT_ACTIONS:
        return ""
    out: list[str] = []
    expect_verb = True
    index = 0
    while index < len(words):
        word, bare = words[index], _bare(words[index])
        following = _bare(words[index + 1]) if index + 1 < len(words) else ""
        if bare in _NEGATIONS or bare.endswith(("n't", "n’t")):
            return ""
        if expect_verb:
            ing = past_to_ing(bare) if bare not in _NOT_ACTIONS else ""
            if not ing:
                return ""
            out.append(_same_edges(word, ing))
            expect_verb = False
        elif bare in _CONJUNCTIONS or word.endswith(","):
            if following in _OTHER_SUBJECTS:
                break  # "…and I waited": the rest is about someone else
            if bare in _CONJUNCTIONS and (following in _THIRD_PERSON or following in names):
                out.append(word)
                index += 2  # "and she showed me in" → "and showing me in"
                expect_verb = True
                continue
            out.append(word)
            expect_verb = bare in _CONJUNCTIONS and _is_verb_with_object(words, index + 1)
        elif bare in _THIRD_PERSON:
            if following in _AUXILIARIES - {"would", "could", "should", "might", "will", "can"}:
                return ""  # "she was", "they have": the verb would need changing too
            out.append(_same_edges(word, "you"))
        else:
            out.append(_same_edges(word, _pronoun_to_second(bare, following, word) or word))
        index += 1
    return " ".join(out).rstrip(_EDGE_PUNCTUATION)


def _pronoun_to_second(bare: str, following: str, word: str) -> str:
    if bare == "her":
        # "her team" → "your team"; "thanked her", "gave her a copy" → "you"
        ends_phrase = not following or word[-1] in ",;:" or following in _PREPOSITIONS
        return "you" if ends_phrase or following in _DETERMINERS else "your"
    return _TO_SECOND_PERSON.get(bare, "")


def _is_verb_with_object(words: list[str], index: int) -> bool:
    """A past-tense verb at `index` that goes on with an object or a particle ("showed me in",
    "arranged the pass"), not an adjective before a noun ("detailed budgets")."""
    if index >= len(words) or not past_to_ing(_bare(words[index])):
        return False
    if index + 1 == len(words):
        return True
    following = _bare(words[index + 1])
    return following in _DETERMINERS | _OBJECT_PRONOUNS | _PARTICLES


def _has_finite_verb(words: list[str]) -> bool:
    """A verb that makes the text a clause, before any relative clause ("the system they use"
    stays a noun phrase): an auxiliary, a contraction, or after a noun a past tense ("the
    recruiter called me") or a present tense going on with an object ("the clinic needs a
    scheduler", "the team uses Epic")."""
    for index, word in enumerate(words):
        bare = _bare(word)
        if index and (bare in _RELATIVE or bare in _THIRD_PERSON | _OTHER_SUBJECTS - {"it"}):
            return False
        previous = _bare(words[index - 1]) if index else ""
        as_verb = previous not in _DETERMINERS | _PREPOSITIONS and not word[:1].isupper()
        contraction = _CONTRACTION.search(bare) and not bare.endswith(("'s", "’s"))
        if (bare in _AUXILIARIES and as_verb) or contraction:
            return True
        after_noun = index and previous not in _DETERMINERS | _PREPOSITIONS | _CONJUNCTIONS
        if not after_noun or words[index - 1].endswith(",") or word[:1].isupper():
            continue  # a capital is a name's: "the Ontario Works caseload"
        following = words[index + 1] if index + 1 < len(words) else ""
        if past_to_ing(bare) and _bare(following) != "by":
            return True
        # after "the team": anything but a preposition may follow ("moves next month")
        after_subject = index == 2 and _bare(words[0]) in _DETERMINERS and bool(following)
        goes_on = (
            _bare(following) not in _PREPOSITIONS | _CONJUNCTIONS
            if after_subject
            else (_bare(following) in _DETERMINERS | _OBJECT_PRONOUNS or following[:1].isupper())
        )
        if _is_present_verb(bare) and goes_on:
            return True
    return False


def _is_present_verb(word: str) -> bool:
    """A word that can be a verb's -s form ("needs", "uses", "teaches"): its stem has a past."""
    if not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    stems = [word[:-1], word[:-2] if word.endswith("es") else ""]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(stem and past_to_ing(_past_of(stem)) for stem in stems)


def _past_of(stem: str) -> str:
    if stem.endswith("e"):
        return stem + "d"
    if stem.endswith("y") and stem[-2:-1] not in set("aeiou"):
        return stem[:-1] + "ied"
    return stem + "ed"


def _list_parts(phrase: str) -> list[str]:
    """The items of a comma list of short items ("scheduling, volume, service"), to be joined
    with "and"; a phrase that is not one ("Epic, the records system", a name and what it is)
    is one item."""
    parts = [part.strip() for part in phrase.split(",")]
    if len(parts) < 2 or " and " in phrase or any(len(p.split()) > 4 or not p for p in parts):
        return [phrase]
    if len(parts) == 2 and _bare(parts[1].split()[0]) in _DETERMINERS:
        return [phrase]
    return [parts[0], *(wording.lower_first_word(part) for part in parts[1:])]


def _and_list(items: list[str]) -> str:
    if len(items) < 2:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plain(item: str) -> str:
    """An item without edge punctuation or quotes (a bracket it opened is closed), and in
    ordinary case if typed in capitals."""
    item = item.strip(_EDGE_PUNCTUATION)
    item += ")" * (item.count("(") - item.count(")"))
    if item.count('"') % 2 or item.count("“") != item.count("”"):
        item = item.translate(_NO_DOUBLE_QUOTES)  # a quotation cut in half by the edges
    return wording.uncapitalised(item)


def _bare(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION).lower()


def _same_edges(word: str, replacement: str) -> str:
    """`replacement` with the punctuation `word` had around it ("her," → "your,")."""
    start = len(word) - len(word.lstrip(_EDGE_PUNCTUATION))
    end = len(word.rstrip(_EDGE_PUNCTUATION))
    return word[:start] + replacement + word[end:]


@cache
def _irregular_past() -> dict[str, str]:
    lines = (DATA_DIR / "irregular_past.tsv").read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return {past: ing for past, ing in pairs}
