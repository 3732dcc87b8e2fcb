"""French spelling: the Hunspell French dictionary ("classique" variant, dictionary-fr, see
NOTICE) plus the Canadian supplement `words_fr.txt` (courriel, clavarder, fin de semaine…).

`is_french_word` is used by the French checker and by the drafts, which put a note the user
typed into a French sentence only when each of its words is French."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from followup.lib.checker.spelling import Speller

if TYPE_CHECKING:
    pass

LANGUAGE = "fr"
# Words that drop their vowel before another word: "l'horaire", "qu'Ottawa".
_ELIDED = frozenset(("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"))


_checker = Speller(LANGUAGE, "words_fr.txt")
_suggester = Speller(LANGUAGE, "words_fr.txt")


@lru_cache(maxsize=100_000)
def is_french_word(word: str) -> bool:
    """True if `word` is spelled right in French (either apostrophe; "l'équipe" is one word)."""
    word = word.replace("’", "'")
    if _checker.spell(word):
        return True
    head, apostrophe, tail = word.partition("'")
    return bool(apostrophe) and head.lower() in _ELIDED and bool(tail) and _checker.spell(tail)


@lru_cache(maxsize=4096)
def french_suggestions(word: str) -> tuple[str, ...]:
    """Hunspell's French replacements for `word`, the likeliest first."""
    return _suggester.suggest(word.replace("’", "'"))


@lru_cache(maxsize=20_000)
def french_analyses(word: str) -> tuple[tuple[str, str], ...]:
    """What the Hunspell French dictionary says `word` is: each reading as (stem, affix flag),
    e.g. "questions" → (("question", "S."),), "poste" → (("poste", ""), ("poste", "S."),
    ("poster", "a0")). A flag starting in lower case is a verb's conjugation class, one in
    upper case a noun's or an adjective's plural class ("S.", "X.", "F.", "W.")."""
    with _checker._lock:
        readings = _checker._get().analyze(word.replace("’", "'"))
    found = []
    for reading in readings:
        fields = dict(part.split(":", 1) for part in reading.split() if ":" in part)
        found.append((fields.get("st", ""), fields.get("fl", "")))
    return tuple(found)
