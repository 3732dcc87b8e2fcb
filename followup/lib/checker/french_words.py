"""Word classes the French grammar rules share (french_grammar.py, french_agreement.py,
french_clauses.py), kept in one table each so the rules cannot drift apart, and how a
grammar slip is reported ("wrong-word", an error, with the fix as its suggestion)."""

from __future__ import annotations

from followup.lib.checker.french_base import _finding
from followup.lib.checker.model import ERROR, Finding
from followup.lib.checker.text import Note

# Words before a verb that make it a third-person subject (or a clitic of one), so "a" after
# them is "has", not "à": "il a", "qui a", "cela a", "n'a", "en a", "lui a", "quelqu'un a".
# Both spellings of the elided "ne" are here because the rules cut words differently.
SUBJECTS = frozenset(
    [
        "il",
        "elle",
        "on",
        "qui",
        "ça",
        "ca",
        "cela",
        "ce",
        "y",
        "n",
        "n'",
        "ne",
        "en",
        "lui",
        "leur",
        "quelqu'un",
    ]
)

# Determiners that say the noun after them is plural, and those that say it is feminine
# singular (gender is not in the dictionary: a feminine determiner is how a rule knows it).
PLURAL_DETERMINERS = frozenset(
    ["les", "mes", "tes", "ses", "vos", "nos", "leurs", "ces", "des", "plusieurs", "quelques"]
)
FEMININE_DETERMINERS = frozenset(["la", "une", "cette", "ma", "ta", "sa"])


# Words after "être" that keep their form whatever the subject ("ils sont ensemble", "elles
# sont super"), and days and times ("les entrevues sont lundi").
INVARIABLE_AFTER_ETRE = frozenset(
    [
        "ensemble",
        "fin",
        "super",
        "debout",
        "là",
        "ici",
        "bien",
        "mieux",
        "pire",
        "partout",
        "ailleurs",
        "loin",
        "près",
        "demain",
        "prêt-à-porter",
        "membre",
        "témoin",
        "chic",
        "standard",
        "orange",
        "marron",
        "bilan",
        "partie",
        "question",
        "nombre",
        "légion",
    ]
)
CALENDAR = frozenset(
    [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "matin",
        "soir",
        "midi",
        "minuit",
        "hier",
        "aujourd'hui",
    ]
)


# Words of grammar the dictionary lists with no flag, like invariable nouns ("temps"): a rule
# that wants a noun must not take one of these for it.
FUNCTION_WORDS = frozenset(
    [
        "et",
        "ou",
        "ni",
        "mais",
        "donc",
        "or",
        "car",
        "de",
        "du",
        "des",
        "d",
        "en",
        "à",
        "au",
        "aux",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "par",
        "pour",
        "sur",
        "dans",
        "avec",
        "sans",
        "sous",
        "chez",
        "vers",
        "entre",
        "que",
        "qu",
        "qui",
        "quoi",
        "dont",
        "où",
        "si",
        "ne",
        "n",
        "pas",
        "plus",
        "très",
        "bien",
        "tout",
        "toute",
        "tous",
        "toutes",
        "ce",
        "cet",
        "cette",
        "ces",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "votre",
        "nos",
        "vos",
        "leur",
        "leurs",
        "je",
        "j",
        "tu",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
        "me",
        "m",
        "te",
        "t",
        "se",
        "s",
        "lui",
        "y",
        "comme",
        "quand",
        "lors",
        "depuis",
        "pendant",
        "après",
        "avant",
        "puis",
        "aussi",
        "encore",
        "déjà",
        "jamais",
        "toujours",
        "ici",
        "là",
        # The auxiliaries' forms ("La directrice a présenté…": "a" is no noun); not "été",
        # which is also the season.
        "a",
        "as",
        "ai",
        "ont",
        "avons",
        "avez",
        "avait",
        "avais",
        "avaient",
        "aura",
        "auront",
        "est",
        "es",
        "sont",
        "suis",
        "sommes",
        "êtes",
        "était",
        "étais",
        "étaient",
        "sera",
        "seront",
    ]
)


def same_case(written: str, fix: str) -> str:
    """`fix` with a capital if `written` has one."""
    return fix[:1].upper() + fix[1:] if written[:1].isupper() and fix else fix


def one(note: Note, span: tuple[int, int], fix: str, why: str = "fr-homophone") -> Finding:
    """A "wrong-word" error on `span` with `fix` as its suggestion."""
    suggestions = (fix,) if fix else ()
    return _finding(note, "wrong-word", ERROR, span, suggestions, why=why, replacement=fix)


def slip(note: Note, span: tuple[int, int], fixes: tuple[str, ...], why: str) -> Finding:
    """A "wrong-word" error on `span` with several possible fixes ("données", "donnés")."""
    fixes = tuple(f for f in fixes if f)
    replacement = fixes[0] if fixes else ""
    return _finding(note, "wrong-word", ERROR, span, fixes, why=why, replacement=replacement)
