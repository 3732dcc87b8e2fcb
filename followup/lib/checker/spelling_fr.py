"""French spelling: the Hunspell French dictionary ("classique" variant, dictionary-fr, see
NOTICE) plus the Canadian supplement `words_fr.txt` (courriel, clavarder, fin de semaine…).

`is_french_word` is used by the French checker and by the drafts, which put a note the user
typed into a French sentence only when each of its words is French."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from followup.lib.checker.data import DATA_DIR, entries

if TYPE_CHECKING:
    from hunspell import Hunspell

LANGUAGE = "fr"
# Words that drop their vowel before another word: "l'horaire", "qu'Ottawa".
_ELIDED = frozenset(("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"))


class _FrenchSpeller:
    """One Hunspell instance for French, made on first use; every call holds its lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hunspell: Hunspell | None = None

    def _get(self) -> Hunspell:
        if self._hunspell is None:
            from hunspell import Hunspell

            hunspell = Hunspell(LANGUAGE, hunspell_data_dir=str(DATA_DIR))
            for word in entries("words_fr.txt"):
                hunspell.add(word)
            self._hunspell = hunspell
        return self._hunspell

    def spell(self, word: str) -> bool:
        with self._lock:
            return bool(self._get().spell(word))

    def suggest(self, word: str) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._get().suggest(word))


_checker = _FrenchSpeller()
_suggester = _FrenchSpeller()


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
