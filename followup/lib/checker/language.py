"""Which language a note is written in, English or French, from its short function words
(data/function_words.toml) and its accented letters. A note that gives no clear sign is
English: the product's first language, and the safe reading of a note of names and numbers."""

from __future__ import annotations

import re
from functools import cache

from followup.lib.checker.data import DATA_DIR, kept

ENGLISH = "en"
FRENCH = "fr"
LANGUAGES: tuple[str, ...] = (ENGLISH, FRENCH)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_ACCENTED = re.compile(r"[àâçéèêëîïôûùüÿœæ]", re.IGNORECASE)
# Function words both languages write the same way and use as often: no sign of either.
_SHARED = frozenset(["me"])
# French needs this many more signs than English before a note is read as French.
_MARGIN = 2


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Each language's function words (read once per machine: tomllib takes a few ms to load)."""
    return kept("function-words", ("function_words.toml",), _read_function_words)  # type: ignore[no-any-return]


def _read_function_words() -> dict[str, frozenset[str]]:
    import tomllib

    data = tomllib.loads((DATA_DIR / "function_words.toml").read_text(encoding="utf-8"))
    return {lang: frozenset(data[lang].split()) for lang in LANGUAGES}


def scores(text: str) -> tuple[int, int]:
    """(English signs, French signs) in `text`: lower-case function words of each language;
    French elisions ("l'équipe", "qu'il") and accented words count for French."""
    words = function_words()
    english = french = 0
    for match in _WORD.finditer(text):
        word = match.group().replace("’", "'")
        if word[:1].isupper() and match.start() and text[match.start() - 2 : match.start()].strip():
            continue  # a capital inside a sentence starts a name: "Marie de la Tour"
        lower = word.lower()
        if lower in _SHARED:
            continue  # "me": "let me know", "me permettre"
        if lower in words[ENGLISH]:
            english += 1
        elif lower in words[FRENCH] or _ELISION.match(lower) or _ACCENTED.search(lower):
            french += 1
    return english, french


def detect(text: str) -> str:
    """ "fr" when the note is clearly French, else "en". A short note with no English word
    at all is French on fewer signs: "Merci!", "Merci beaucoup, Anna."."""
    english, french = scores(text)
    if french >= 3 and french >= 2 * english + _MARGIN:
        return FRENCH
    if english == 0 and (french >= 2 or _FRENCH_ONLY.search(text)):
        return FRENCH
    return ENGLISH


# Words no English note uses, enough alone to make a short note French.
_FRENCH_ONLY = re.compile(
    r"(?<!\w)(?:merci|bonjour|bonsoir|salut|cordialement|remercie|beaucoup)(?!\w)", re.IGNORECASE
)


def is_french(text: str) -> bool:
    return detect(text) == FRENCH
