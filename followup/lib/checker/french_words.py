"""Word classes the French grammar rules share (french_grammar.py, french_agreement.py,
french_clauses.py), kept in one table each so the rules cannot drift apart, and how a
grammar slip is reported ("wrong-word", an error, with the fix as its suggestion)."""

from __future__ import annotations

from functools import lru_cache

from followup.lib.checker import data
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
# singular (a feminine determiner says a noun is feminine; noun_gender below says more).
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


# --- gender ------------------------------------------------------------------------------
# genders_fr.txt gives each frequent noun (N), adjective (A) and past participle (P) its
# readings as gender (m, f, e for both) and number (s, p, i for both), from the morphology of
# the Dicollecte dictionary. A word with readings of both genders ("poste", "mode", "livre",
# "collègue", "après-midi") has no gender here, and a rule that needs one says nothing.


# Nouns the table lacks (less frequent words: "infolettre", "clavardage", "coordonnatrice")
# take their gender from an ending that gives it nearly always (98% or more of the table's
# nouns with that ending), when the dictionary knows them as nouns with a plural in -s.
_GENDER_ENDINGS = (
    ("tion", "f"),
    ("sion", "f"),
    ("xion", "f"),
    ("ance", "f"),
    ("ence", "f"),
    ("euse", "f"),
    ("trice", "f"),
    ("erie", "f"),
    ("logie", "f"),
    ("graphie", "f"),
    ("lettre", "f"),
    ("ment", "m"),
    ("age", "m"),
    ("isme", "m"),
    ("oir", "m"),
)


def _read_genders() -> dict[str, str]:
    readings: dict[str, str] = {}
    for entry in data.entries("genders_fr.txt"):
        tags, _, words = entry.partition("\t")
        for word in words.split():
            readings[word] = tags
    for entry in data.entries("fr.dic"):
        stem, _, flags = entry.partition("/")
        if flags.split()[:1] != ["S."] or stem in readings or not stem.islower():
            continue
        gender = next((g for ending, g in _GENDER_ENDINGS if stem.endswith(ending)), "")
        if gender and stem + "s" not in readings:
            readings[stem] = f"N{gender}s"
            readings[stem + "s"] = f"N{gender}p"
    return readings


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    sources = ("genders_fr.txt", "fr.dic")
    result: dict[str, str] = data.kept("genders_fr", sources, _read_genders, version="2")
    return result


def tags_of(word: str) -> str:
    """The table's readings of `word` ("Nfs Pfs"), "" if it has none."""
    return _genders().get(word, "")


@lru_cache(maxsize=8192)
def _one_gender(word: str, classes: str) -> str:
    tags = _genders().get(word, "")
    found = {tag[1] for tag in tags.split() if tag[0] in classes}
    return found.pop() if len(found) == 1 and not found & {"e"} else ""


def noun_gender(word: str) -> str:
    """ "m" or "f" for a noun of one gender only ("décision" → "f"), else ""."""
    return _one_gender(word, "N")


def adjective_gender(word: str) -> str:
    """ "m" or "f" for an adjective or participle form of one gender ("finale" → "f"), else
    "" (the same in both: "rapide", "deuxième")."""
    return _one_gender(word, "AP")


@lru_cache(maxsize=8192)
def number_of(word: str, classes: str = "NAP") -> str:
    """ "s", "p" or "i" (either) for a noun, adjective or participle form, "" if unknown."""
    found = {tag[2] for tag in _genders().get(word, "").split() if tag[0] in classes}
    return found.pop() if len(found) == 1 else ("i" if found else "")


def is_noun(word: str) -> bool:
    return any(tag[0] == "N" for tag in _genders().get(word, "").split())


def is_adjective(word: str) -> bool:
    return any(tag[0] in "AP" for tag in _genders().get(word, "").split())


# How a masculine singular adjective makes its feminine: ending → feminine ending.
_TO_FEMININE = (
    ("", "e"),
    ("eux", "euse"),
    ("eur", "euse"),
    ("teur", "trice"),
    ("f", "ve"),
    ("ef", "ève"),
    ("er", "ère"),
    ("et", "ette"),
    ("et", "ète"),
    ("el", "elle"),
    ("eil", "eille"),
    ("en", "enne"),
    ("on", "onne"),
    ("eau", "elle"),
    ("c", "che"),
    ("c", "que"),
    ("g", "gue"),
    ("ou", "olle"),
    ("x", "se"),
    ("x", "ce"),
    ("s", "sse"),
    ("ous", "oute"),
    ("in", "igne"),
    ("il", "ille"),
    ("ul", "ulle"),
    ("ot", "otte"),
    ("aux", "ausse"),
    ("oux", "ousse"),
    ("ieux", "ieille"),
    ("ec", "èche"),
    ("ais", "aîche"),
    ("an", "anne"),
    ("i", "ite"),
)


def _masculine_singulars(word: str) -> list[str]:
    """The masculine singular forms `word` may be an inflection of (checked in the table)."""
    stems = {word}
    if word.endswith("aux"):
        stems.add(word[:-3] + "al")
    if word.endswith(("s", "x")):
        stems.add(word[:-1])
    found = []
    for stem in sorted(stems):
        if adjective_gender(stem) == "m" and number_of(stem, "AP") in "si":
            found.append(stem)
        for masculine, feminine in _TO_FEMININE:
            if stem.endswith(feminine):
                base = stem[: len(stem) - len(feminine)] + masculine
                if base and adjective_gender(base) == "m" and number_of(base, "AP") in "si":
                    found.append(base)
    return found


def inflected(word: str, gender: str, number: str) -> tuple[str, ...]:
    """The forms of the adjective or participle `word` for `gender` ("m"/"f") and `number`
    ("s"/"p"), known to the table: ("intéressant", "f", "s") → ("intéressante",)."""
    forms: list[str] = []
    for base in _masculine_singulars(word):
        singulars = [base] if gender == "m" else []
        if gender == "f":
            singulars = [
                base[: len(base) - len(m)] + f for m, f in _TO_FEMININE if base.endswith(m)
            ]
        for singular in singulars:
            candidates = [singular]
            if number == "p":
                candidates = [singular + "s", singular + "x"]
                if singular.endswith(("s", "x")):
                    candidates.append(singular)
                if singular.endswith("al"):
                    candidates.append(singular[:-2] + "aux")
            for form in candidates:
                if (
                    form not in forms
                    and adjective_gender(form) == gender
                    and number_of(form, "AP") in (number, "i")
                ):
                    forms.append(form)
    return tuple(forms)
