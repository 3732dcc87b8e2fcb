"""Grammar slips a French spell checker cannot see, because each word is spelled right: the
infinitive written for the past participle after "avoir"/"être" ("j'ai rencontrer" for
"rencontré"), the participle written for the infinitive after a preposition or a verb that
takes one ("pour vous rencontré", "je vais envoyé"), and "sa" (her) for "ça" (that) before a
verb ("sa serait"). Rules from how French conjugates first-group verbs, checked against the
dictionary, not lists of sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.lib.checker.french_base import _finding
from followup.lib.checker.model import ERROR, Finding
from followup.lib.checker.spelling_fr import is_french_word
from followup.lib.checker.text import Note

_APOSTROPHE = "['’]"
# Adverbs and negations that may stand between the auxiliary and the participle.
_BETWEEN = (
    r"(?:(?:pas|plus|jamais|bien|beaucoup|déjà|toujours|vraiment|aussi|également|tant|trop|"
    r"enfin|particulièrement|énormément|sincèrement|tellement|souvent|mal|peu|tout|"
    r"rien|encore|ensuite|surtout)\s+){0,3}"
)
# A subject pronoun, then "avoir" or "être" conjugated: the compound past and its relatives.
_AUXILIARY = re.compile(
    rf"(?<![\w'’-])(?:j{_APOSTROPHE}(?:ai|avais|aurais|aurai)|"
    rf"(?:je|tu|il|elle|on|nous|vous|ils|elles|qui)\s+"
    r"(?:(?:ne|n['’])\s*)?(?:(?:me|m['’]|te|t['’]|se|s['’]|nous|vous|le|la|l['’]|les|lui|leur|y|en)\s*){0,2}"
    r"(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurai|auras|aura|aurons|"
    r"aurez|auront|aurais|aurait|aurions|auriez|auraient|suis|es|est|sommes|êtes|sont|"
    r"étais|était|étions|étiez|étaient))\s+"
    rf"{_BETWEEN}(?P<verb>[^\W\d_]+er)(?![\w'’-])",
    re.IGNORECASE,
)
# Words after which French puts the infinitive: prepositions and verbs that take one.
_TAKES_INFINITIVE = re.compile(
    r"(?<![\w'’-])(?:pour|sans|afin\s+de|avant\s+de|"
    r"(?:je|tu|il|elle|on|nous|vous|ils|elles)\s+(?:(?:ne|n['’])\s*)?"
    r"(?:vais|vas|va|allons|allez|vont|veux|veut|voulons|voulez|veulent|voudrais|voudrait|"
    r"voudrions|voudriez|peux|peut|pouvons|pouvez|peuvent|pourrais|pourrait|pourrions|"
    r"pourriez|dois|doit|devons|devez|doivent|devrais|devrait|devrions|devriez|souhaite|"
    r"souhaitons|souhaitez|souhaiterais|souhaiterions|aimerais|aimerait|aimerions|"
    r"aimeriez|espère|espérons|sais|savez))\s+"
    r"(?:(?:pas|plus|jamais|bien|vraiment|aussi|également|rapidement|volontiers)\s+){0,2}"
    r"(?:(?:me|m['’]|te|t['’]|se|s['’]|nous|vous|le|la|l['’]|les|lui|leur|y|en)\s*){0,2}"
    r"(?P<verb>[^\W\d_]+é)(?![\w'’-])",
    re.IGNORECASE,
)
# A verb that takes a bare infinitive, in the compound past, then a participle where French
# needs the infinitive: "j'ai adoré discuté", "nous avons préféré attendu", "j'ai laissé tombé".
_PAST_THEN_INFINITIVE = re.compile(
    r"(?<![\w-])(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient)\s+"
    r"(?:(?:pas|plus|jamais|bien|beaucoup|vraiment|tellement|toujours|déjà)\s+){0,2}"
    r"(?:aimé|adoré|préféré|souhaité|détesté|espéré|osé|pensé|laissé|voulu|pu|dû|su|fait)\s+"
    r"(?P<verb>[^\W\d_]+é)(?![\w'’-])",
    re.IGNORECASE,
)
# "sa" (her/his) before a verb or a pronoun that only "ça" (that) can take.
_SA = re.compile(
    r"(?<![\w'’-])(?P<sa>[sS]a)\s+(?=(?:serait|sera|va|vas|fait|me|m['’]|ne|n['’]|semble|"
    r"peut|pourrait|doit|devrait|dépend|vaut|valait|marche|fonctionne|reste|tombe|irait|"
    r"allait|était|a\s+été|m['’]a|me\s+fait)(?![\w-]))"
)


@lru_cache(maxsize=4096)
def _first_group(infinitive: str) -> bool:
    """True if `infinitive` ("rencontrer") is a first-group verb the dictionary knows with its
    participle ("rencontré"): "premier", "dernier" or "hier" have no such participle."""
    lower = infinitive.lower()
    return len(lower) > 3 and is_french_word(lower) and is_french_word(lower[:-2] + "é")


def grammar_findings(note: Note) -> list[Finding]:
    text = note.plain
    found: list[Finding] = []
    for match in _AUXILIARY.finditer(text):
        verb = match.group("verb")
        if _first_group(verb):
            fix = verb[:-2] + "é"
            found.append(
                _finding(note, "wrong-word", ERROR, match.span("verb"), (fix,), why="fr-participle")
            )
    for match in _TAKES_INFINITIVE.finditer(text):
        verb = match.group("verb")
        if _first_group(verb[:-1] + "er"):
            fix = verb[:-1] + "er"
            found.append(
                _finding(note, "wrong-word", ERROR, match.span("verb"), (fix,), why="fr-infinitive")
            )
    for match in _PAST_THEN_INFINITIVE.finditer(text):
        verb = match.group("verb")
        if _first_group(verb[:-1] + "er"):
            found.append(_slip(note, match, verb[:-1] + "er", "fr-infinitive"))
    for match in _SA.finditer(text):
        fix = "Ça" if match.group("sa")[0] == "S" else "ça"
        found.append(_finding(note, "wrong-word", ERROR, match.span("sa"), (fix,), why="fr-ça"))
    return found


def _slip(note: Note, match: re.Match[str], fix: str, why: str) -> Finding:
    return _finding(note, "wrong-word", ERROR, match.span("verb"), (fix,), why=why)
