"""One French sentence checked inside a short note to Madame Caron: what the French grammar
tests read (the wrong words found, the errors)."""

from __future__ import annotations

from followup.lib.checker import CheckContext, Finding, check

FRENCH = CheckContext(lang="fr", recipients=("Louise Caron",))


def checked(sentence: str) -> list[Finding]:
    return check(f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy", FRENCH)


def wrong_words(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in checked(sentence) if f.code == "wrong-word"]


def errors(sentence: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in checked(sentence) if f.severity == "error"]
