"""Word classes read from the Hunspell dictionary's affix flags, for the real-word rules
(confusables.py): is a word a noun ("approach", "hygiene", "dedication"), or an adjective
("passionate", "available", "proud")?

The en_CA dictionary marks each stem with the affixes it takes. A stem that takes the
possessive "'s" (flag M) is a noun; one that takes -er/-est (R, T) or -ly (Y) is an adjective or
adverb as well. So:
- a noun here is a stem with M and none of R, T, Y, P, that is countable (S) or not among the
  commonest words (those are adverbs also listed as nouns: "now"); minus the nouns that also
  stand alone after "it's"/"you're" ("it's fun", "you're welcome": data/predicate_nouns.txt);
- an adjective is a stem that takes neither M nor the plural/verb flags S, D, G, and takes
  -est or -ly or ends like an adjective (-able, -ful, -ous, -ive…): "available", "proud".
-ing and -ed words are neither (they are verbs as often as not).
Only stems are classed: plurals and verb forms are not entries, so "you're hiring" or "their
interviews" never match. The file is read the first time a rule asks (a few tens of ms)."""

from __future__ import annotations

from functools import cache

from followup.lib.checker.data import DATA_DIR, folded_set
from followup.lib.checker.frequency import zipf

_COMMON = 5.0  # Zipf frequency: once in 100,000 words
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
def _classes() -> tuple[frozenset[str], frozenset[str]]:
    nouns: set[str] = set()
    adjectives: set[str] = set()
    text = (DATA_DIR / "en_CA.dic").read_text(encoding="utf-8")
    stems: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        word, _, flags = line.partition("/")
        if word.isalpha() and word.islower():
            stems[word] = flags.split()[0] if flags else ""
    for word, flags in stems.items():
        if word.endswith(("ing", "ed")) or "M" not in flags and "S" in flags:
            continue
        if "M" in flags and not any(f in flags for f in "RTYP"):
            # A countable noun, or an uncountable one that is not among the commonest words
            # (those are mostly adverbs and prepositions also listed as nouns: "now", "next").
            if "S" in flags or zipf(word) < _COMMON:
                nouns.add(word)
        elif (
            "M" not in flags
            and not any(f in flags for f in "SDG")
            and ("T" in flags or "Y" in flags or word.endswith(_ADJECTIVE_ENDINGS))
        ):
            adjectives.add(word)
    function = folded_set("function_words.txt")
    predicates = folded_set("predicate_nouns.txt")
    return frozenset(nouns - predicates - function), frozenset(adjectives - function)


def is_noun(word: str) -> bool:
    """True if `word` is a noun stem that does not also stand as a predicate after "it's"."""
    return word in _classes()[0]


def is_adjective(word: str) -> bool:
    """True if `word` is an adjective stem by its dictionary flags."""
    return word in _classes()[1]
