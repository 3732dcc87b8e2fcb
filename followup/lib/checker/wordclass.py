"""Word classes read from the Hunspell dictionary's affix flags, for the real-word rules
(confusables.py): is a word a noun ("approach", "hygiene", "dedication"), or an adjective
("passionate", "available", "proud")?

The en_CA dictionary marks each stem with the affixes it takes. A stem that takes the
possessive "'s" (flag M) is a noun; one that takes -er/-est (R, T) or -ly (Y) is an adjective or
adverb as well. So:
- a noun here is a stem with M and none of T, Y, P (R, -er, is on verbs too: "storer"),
  that is countable (S) or not among the commonest words (those are adverbs also listed as
  nouns: "now"); minus the nouns that also stand alone after "it's"/"you're" ("it's fun",
  "you're welcome": data/predicate_nouns.txt);
- an adjective is a stem that takes neither M nor the plural/verb flags S, D, G, and takes
  -est or -ly or ends like an adjective (-able, -ful, -ous, -ive…): "available", "proud".
-ing and -ed words are neither (they are verbs as often as not).
Plurals of countable nouns ("mentors") and -ing nouns ("meeting") have their own tests; verb
forms are not entries, so "you're hiring" never reads as a noun. Each word is looked up in the
dictionary's text the first time a rule asks about it (the file is read once, ~1 ms)."""

from __future__ import annotations

from functools import cache, lru_cache

from followup.lib.checker.data import DATA_DIR, folded_set
from followup.lib.checker.frequency import zipf

_COMMON = 5.0  # Zipf frequency: once in 100,000 words
_IRREGULAR_ADVERBS = frozenset({"truly", "fully", "wholly", "duly", "dully"})
_ADJECTIVE_ENDINGS = (
    "able",
    "ible",
    "ful",
    "ous",
    "ive",
    "ic",
    "ical",
    "al",
    "ent",
    "ant",
    "less",
    "ish",
    "ary",
)


@cache
def _dictionary() -> str:
    """en_CA.dic's text, with a line break in front so each entry is "\nword/flags"."""
    return "\n" + (DATA_DIR / "en_CA.dic").read_text(encoding="utf-8")


# The dictionary's prefixes (en_CA.aff, PFX): a stem with the flag takes the prefix, and the word
# made takes the stem's suffixes too ("port/CAEGDS" makes "report", "reports", "reported").
_PREFIXES: tuple[tuple[str, str], ...] = (
    *(("A", "re"), ("I", "in"), ("U", "un"), ("C", "de")),
    *(("E", "dis"), ("F", "con"), ("K", "pro")),
)


@lru_cache(maxsize=4096)
def _flags(word: str) -> str | None:
    """The affix flags of stem `word` in lower case ("" for none), None if it is no stem. A
    word made with a prefix ("report" from "port") has its stem's flags."""
    if not word.isalpha() or not word.islower():
        return None
    found = _entry_flags(word)
    if found is not None:
        return found
    for flag, prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) >= len(prefix) + 3:
            stem = _entry_flags(word[len(prefix) :])
            if stem is not None and flag in stem:
                return stem
    return None


def _entry_flags(word: str) -> str | None:
    """The flags of `word`'s own entry in the dictionary, None if it has none."""
    text = _dictionary()
    for after in ("/", "\n"):
        at = text.find(f"\n{word}{after}")
        if at >= 0:
            if after == "\n":
                return ""
            end = text.find("\n", at + 1)
            return text[at + len(word) + 2 : end if end >= 0 else len(text)].split()[0]
    return None


def is_noun(word: str) -> bool:
    """True if `word` is a noun stem that does not also stand as a predicate after "it's"."""
    flags = _flags(word)
    if flags is None or "M" not in flags or any(f in flags for f in "TYP"):
        return False
    if word.endswith(("ing", "ed")) or _excluded(word):
        return False
    # A countable noun, or an uncountable one that is not among the commonest words (those
    # are mostly adverbs and prepositions the dictionary also lists as nouns: "now", "next").
    return "S" in flags or zipf(word) < _COMMON


def is_adjective(word: str) -> bool:
    """True if `word` is an adjective stem by its dictionary flags."""
    flags = _flags(word)
    if flags is None or "M" in flags or any(f in flags for f in "SDG"):
        return False
    if word.endswith(("ing", "ed")) or word in folded_set("function_words.txt"):
        return False
    return "T" in flags or "Y" in flags or word.endswith(_ADJECTIVE_ENDINGS)


def is_gradable(word: str) -> bool:
    """True if `word` is an adjective by its dictionary flags, or a stem that takes -est (flag
    T: "quick", "gentle", "calm"), whatever else it is too (the nouns and verbs "calm", "quick"
    take -est only as adjectives)."""
    if is_adjective(word):
        return True
    flags = _flags(word)
    return flags is not None and "T" in flags and not word.endswith(("ing", "ed"))


def is_ing_noun(word: str) -> bool:
    """True if `word` is an -ing word the dictionary lists as a noun ("meeting", "training",
    "morning"), which may follow a possessive: "your meeting went well"."""
    flags = _flags(word)
    return word.endswith("ing") and flags is not None and "M" in flags


def is_plural_noun(word: str) -> bool:
    """True if `word` is the plural of a countable noun stem ("mentors", "values")."""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    stems = [word[:-1]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    if word.endswith("es"):
        stems.append(word[:-2])
    for stem in stems:
        flags = _flags(stem)
        if flags is not None and "S" in flags and is_noun(stem):
            return True
    if word.endswith("ings") and is_ing_noun(word[:-1]):
        return True  # "meetings", "buildings": an -ing noun's plural is not listed
    if word.endswith("ves") and any(is_noun(word[:-3] + end) for end in ("f", "fe")):
        return True  # "shelves", "lives": the dictionary lists such plurals on their own
    # An agent noun made from a verb ("manager", "driver") is listed without its plural, which
    # the verb's own flag makes ("managers" from "manage"): a noun stem in -er takes -s.
    return word.endswith("ers") and is_noun(word[:-1])


def is_count_noun(word: str) -> bool:
    """True if `word` is a singular noun that takes a plural ("office", "team", "manager"): one
    that needs a determiner before it as a subject ("the office is", never "office is"), unlike
    "teamwork" or "staff"."""
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return False
    plural = word + ("es" if word.endswith(("s", "x", "ch", "sh", "z")) else "s")
    return is_noun(word) and is_plural_noun(plural)


def is_s_form(word: str) -> bool:
    """True if `word` is a dictionary stem with its -s ending: the plural of a noun or the
    third person of a verb ("tools", "menus", "schedules", "makes"), whichever the stem is
    (many nouns that are verbs as well, "tool", "schedule", are listed without the noun's
    flag M, so is_plural_noun does not know their plurals)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    stems = [word[:-1]]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    elif word.endswith("es"):
        stems.append(word[:-2])
    return any("S" in (_flags(stem) or "") for stem in stems)


def is_verb(word: str) -> bool:
    """True if `word` is a verb stem: it takes -ed or -ing (flags D, G): "show", "hand", "work"
    (nouns as well, often), or its doubled -ed form is listed ("plan", "stop")."""
    flags = _flags(word)
    if flags is None:
        return False
    if "D" in flags or "G" in flags:
        return True
    # A verb that doubles its last consonant has its -ed form listed on its own ("plan" →
    # "planned", "stop" → "stopped").
    doubles = len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou"
    return doubles and _flags(word + word[-1] + "ed") is not None


def is_past_form(word: str) -> bool:
    """True if `word` is the -ed form of a verb stem ("walked", "agreed", "tried", "stopped"),
    not a word that only ends in "ed" ("speed", "need", "bed")."""
    if len(word) < 4 or not word.endswith("ed"):
        return False
    stems = [word[:-2], word[:-1]]  # walk-ed, agree-d
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")  # tri-ed
    if any("D" in (_flags(stem) or "") for stem in stems):
        return True
    # A doubled last consonant ("stopped"): the dictionary lists the form itself.
    doubled = len(word) > 4 and word[-3] == word[-4]
    return doubled and _flags(word) is not None and _flags(word[:-3]) is not None


def is_ly_adverb(word: str) -> bool:
    """True if `word` is an adverb made with -ly from an adjective ("clearly", "obviously",
    "really", "happily"): the stem takes -ly (flag Y) and is an adjective, one that compares
    (-er/-est: T) or takes no plural. -ly on a noun makes an adjective ("friendly", "weekly",
    "timely"), not an adverb."""
    if len(word) < 5 or not word.endswith("ly"):
        return False
    if word in _IRREGULAR_ADVERBS or (word.endswith(("ably", "ibly")) and len(word) > 6):
        return True  # "truly", "fully"; "probably", "incredibly"
    stems = [word[:-2]]
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")  # happi-ly, from "happy" (which compares: T)
    for stem in stems:
        flags = _flags(stem) or ""
        takes_ly = "Y" in flags or stem != stems[0]
        if takes_ly and ("T" in flags or "Y" in flags and "S" not in flags):
            return True
    return False


def _excluded(word: str) -> bool:
    return word in folded_set("function_words.txt") or word in folded_set("predicate_nouns.txt")
