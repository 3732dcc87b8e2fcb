"""More slips of agreement and of homophones that a French spell checker cannot see, decided by
the word classes the Hunspell French dictionary gives the words around them:

- a noun subject with a verb of the other number or person: "les gens est", "votre entreprise
  ont", "mon expérience peux", "vos employés on";
- "je" with a verb of the third person ("je tient", "je pensait", "je peu"), "il" with one of
  the first ("il peux");
- "qu'elle" for "quelle" before a noun or adjective or after "se demander" ("qu'elle belle
  surprise", "je me demandais qu'elle serait"), "quelle" for "qu'elle" before an object pronoun
  ("il m'a dit quelle m'enverrait");
- "ce" for "se" where a verb follows a subject ("la décision ce fait en équipe");
- "s'est" for "c'est" before what only "c'est" introduces, "ces"/"ses" for "s'est" before a
  participle ("il ces montré");
- "ou" for "où" after a noun, before a clause ("le bureau ou se trouve…");
- "la" for "là" after "être" ("je serai la dès 8 h");
- "a" for "à" before a title or a name after a verb ("présenté a Madame Côté");
- a plural adjective or participle after "je suis" ("je suis ravis").
"""

from __future__ import annotations

import re
from functools import lru_cache

from followup.lib.checker.french_base import _finding
from followup.lib.checker.model import ERROR, Finding
from followup.lib.checker.spelling_fr import french_analyses, is_french_word
from followup.lib.checker.text import Note

_W = r"[^\W\d_]+"
_END = r"(?![\w'’-])"
_START = r"(?<![\w'’-])"
_CLITIC = r"(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en|ne)\s+|(?:m|t|s|l|n)['’]\s*)"

_SINGULAR_DET = r"le|la|l['’]|mon|ma|ton|ta|son|sa|votre|notre|leur|ce|cet|cette|chaque"
_PLURAL_DET = r"les|mes|tes|ses|vos|nos|leurs|ces|plusieurs|certains|certaines"
# A noun subject opening a clause, with up to two complements ("les gens de votre équipe",
# "mon expérience en service à la clientèle"), then a verb of a known number.
_NOUN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:,\n])\s*|(?<![\w'’-])(?:et|mais|car|donc|que|qu['’]|puisque|lorsque|quand|"
    r"si|comme)\s+)"
    rf"(?P<det>{_SINGULAR_DET}|{_PLURAL_DET})\s*(?<=['’\s])(?P<noun>{_W})"
    rf"(?:\s+(?:de|du|des|d['’]|en|à|au|aux|chez|pour|sur)\s*(?:(?:{_SINGULAR_DET}|{_PLURAL_DET})"
    rf"\s*)?{_W}){{0,2}}"
    # a relative clause: "les gens que j'ai rencontrés", "le conseiller qui m'a reçu"
    rf"(?:\s+(?:qu(?:e\s+|['’]\s*)(?:j['’]ai|je|nous\s+avons|vous\s+avez|il\s+a|elle\s+a|"
    rf"on\s+a|nous|vous|il|elle|on)|qui\s+(?:{_CLITIC})?(?:a|ont|est|sont))\s+{_W})?"
    rf"\s+(?:{_CLITIC}){{0,2}}(?P<verb>{_W}){_END}",
    re.IGNORECASE | re.MULTILINE,
)
_PLURAL_VERB = {
    "sont": "est",
    "ont": "a",
    "étaient": "était",
    "seront": "sera",
    "seraient": "serait",
    "avaient": "avait",
    "auront": "aura",
    "auraient": "aurait",
    "peuvent": "peut",
    "vont": "va",
    "font": "fait",
    "doivent": "doit",
    "veulent": "veut",
    "pourraient": "pourrait",
    "devraient": "devrait",
}
_SINGULAR_VERB = {value: key for key, value in _PLURAL_VERB.items()}
# Forms of "je"/"tu" that a noun subject never takes.
_FIRST_PERSON = {
    "peux": "peut",
    "veux": "veut",
    "dois": "doit",
    "vais": "va",
    "suis": "est",
    "ai": "a",
    "as": "a",
}
# Nouns of quantity the verb may agree past ("la plupart des gens sont").
_QUANTITY = frozenset(
    [
        "plupart",
        "majorité",
        "minorité",
        "nombre",
        "moitié",
        "partie",
        "ensemble",
        "reste",
        "totalité",
        "tiers",
        "quart",
        "série",
        "foule",
        "centaine",
        "dizaine",
        "douzaine",
        "trentaine",
        "vingtaine",
        "quantité",
        "multitude",
    ]
)


def _subject_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _NOUN_SUBJECT.finditer(text):
        det = match.group("det").lower().replace("’", "'")
        noun = match.group("noun").lower()
        verb = match.group("verb")
        lower = verb.lower()
        if noun in _QUANTITY or noun[:1] != match.group("noun")[:1].lower() and det != "l'":
            continue  # "la plupart des gens", a name
        readings = french_analyses(noun)
        if not any(flag[:1].isupper() or flag == "" for _stem, flag in readings):
            continue
        if _verbish(noun):
            continue  # "le poste", "la visite" are nouns; "les aide" may be a verb
        plural = det in _PLURAL_DET.split("|")
        fix = ""
        if lower in _FIRST_PERSON:
            fix = _FIRST_PERSON[lower]
            fix = _SINGULAR_VERB.get(fix, fix) if plural else fix
        elif plural and lower in _SINGULAR_VERB:
            fix = _SINGULAR_VERB[lower]
        elif not plural and lower in _PLURAL_VERB:
            fix = _PLURAL_VERB[lower]
        elif lower == "on":
            fix = "ont" if plural else "a"
        elif lower == "son" and plural:
            fix = "sont"
        if fix:
            found.append(_one(note, match.span("verb"), _same_case(verb, fix), "fr-agreement"))
    return found


@lru_cache(maxsize=8192)
def _verbish(noun: str) -> bool:
    """A word that is no noun or adjective but a conjugated verb ("les aide")."""
    readings = french_analyses(noun)
    return not any(flag[:1].isupper() or (stem == noun and flag == "") for stem, flag in readings)


# "je" with a third-person ending: "je tient", "je pensait", "je voudrait", "je peu".
_JE_THIRD = re.compile(
    rf"{_START}je\s+(?:{_CLITIC}){{0,2}}(?P<verb>{_W}(?:t|d)|peu){_END}", re.IGNORECASE
)
# "il"/"elle"/"on" with "-x" ("il peux", "elle veux").
_IL_FIRST = re.compile(
    rf"{_START}(?:il|elle|on)\s+(?:{_CLITIC}){{0,2}}(?P<verb>peux|veux|vaux){_END}", re.IGNORECASE
)


def _person_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _JE_THIRD.finditer(text):
        verb = match.group("verb")
        lower = verb.lower()
        if lower == "peu":
            fix = "peux"
        elif lower.endswith("t"):
            fix = lower[:-1] + "s"
        else:
            fix = lower + "s"
        if lower in ("est", "et", "tout", "peut-être", "dit") or not _conjugated(lower):
            continue
        if lower != "peu" and not (is_french_word(fix) and _verb_form(fix)):
            continue
        found.append(_one(note, match.span("verb"), _same_case(verb, fix), "fr-agreement"))
    for match in _IL_FIRST.finditer(text):
        verb = match.group("verb")
        found.append(_one(note, match.span("verb"), verb[:-1] + "t", "fr-agreement"))
    return found


@lru_cache(maxsize=8192)
def _verb_form(word: str) -> bool:
    """A conjugated form of a verb by the dictionary (it may be a noun too: "tiens")."""
    return any(flag[:1].islower() and stem != word for stem, flag in french_analyses(word))


@lru_cache(maxsize=8192)
def _conjugated(word: str) -> bool:
    """A conjugated verb by the dictionary, not its infinitive, and no noun or adjective."""
    if word == "peu":
        return True
    readings = french_analyses(word)
    return (
        any(flag[:1].islower() and stem != word for stem, flag in readings)
        and not any(flag[:1].isupper() for _stem, flag in readings)
        and not any(stem == word and flag == "" for stem, flag in readings)
    )


_QUELLE_BEFORE = re.compile(
    rf"{_START}(?P<w>qu['’]elles?)\s+(?P<next>{_W}){_END}(?!\s*['’])", re.IGNORECASE
)
_DEMANDE_QUELLE = re.compile(
    rf"{_START}(?:demand{_W}|savoir\s+(?:pas\s+)?|(?:idée|savoir)\s+de)\s+(?P<w>qu['’]elles?)\s+"
    rf"(?=(?:est|était|sera|serait|sont|seront|étaient|seraient|pourrait|pourraient|"
    r"devrait|devraient|peut|peuvent)(?![\w'’-]))",
    re.IGNORECASE,
)
_NOT_QUELLE = frozenset(["seule", "seules", "même", "mêmes", "aussi", "non", "toute", "toutes"])
_QUELLE_FOR = re.compile(
    rf"(?P<before>{_W})\s+(?P<w>quelles?)\s+(?=(?:(?:me|te|vous|nous|lui|leur|se|ne|y|en)\s|"
    r"[mtsn]['’]))",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
    ["à", "de", "pour", "sur", "dans", "par", "avec", "sans", "sous", "vers", "chez", "en", "entre"]
)


def _quelle_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _QUELLE_BEFORE.finditer(text):
        following = match.group("next").lower()
        if following in _NOT_QUELLE:
            continue
        readings = french_analyses(following)
        nominal = any(flag[:1].isupper() for _s, flag in readings)
        if nominal and not any(flag[:1].islower() for _s, flag in readings):
            written = match.group("w")
            fix = _same_case(written, "quelle" + ("s" if written.endswith("s") else ""))
            found.append(_one(note, match.span("w"), fix))
    for match in _DEMANDE_QUELLE.finditer(text):
        written = match.group("w")
        found.append(_one(note, match.span("w"), "quelle" + ("s" if written.endswith("s") else "")))
    for match in _QUELLE_FOR.finditer(text):
        if match.group("before").lower() in _PREPOSITIONS:
            continue
        written = match.group("w")
        fix = "qu'elle" + ("s" if written.endswith("s") else "")
        found.append(_one(note, match.span("w"), _same_case(written, fix)))
    return found


# "ce" (this) where the reflexive "se" is meant: after a subject, before a verb that is a noun
# too ("la décision ce fait en équipe", "qui ce passe bien") when no verb follows that noun.
_CE_FOR_SE = re.compile(
    rf"(?P<before>{_W})\s+(?P<w>ce)\s+(?P<verb>{_W})(?:\s+(?P<after>{_W}['’]?))?", re.IGNORECASE
)
_CE_SUBJECTS = frozenset(["qui", "cela", "ça", "il", "elle", "on", "ils", "elles", "tout"])


def _ce_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _CE_FOR_SE.finditer(text):
        before = match.group("before").lower()
        verb = match.group("verb").lower()
        after = (match.group("after") or "").lower()
        if before in _PREPOSITIONS or before in ("de", "est", "c'est"):
            continue
        if before not in _CE_SUBJECTS:
            readings = french_analyses(before)
            if not readings or any(flag[:1].islower() for _s, flag in readings):
                continue  # the word before must be a noun: "la décision ce fait"
            if not any(flag[:1].isupper() for _s, flag in readings):
                continue
        readings = french_analyses(verb)
        if not any(flag[:1].islower() and stem != verb for stem, flag in readings):
            continue
        if not any(flag[:1].isupper() or flag == "" for _s, flag in readings):
            continue  # a verb only: "ce déroule" is said by the other rule
        if verb in ("soir", "matin", "midi", "mois", "jour", "temps", "moment", "que", "qui"):
            continue
        if after and (after[-1] in "'’" or _is_verb_form(after.rstrip("'’"))):
            continue  # "ce fait m'a surpris", "ce poste correspond": a noun, then its verb
        fix = _same_case(match.group("w"), "se")
        found.append(_one(note, match.span("w"), fix))
    return found


@lru_cache(maxsize=8192)
def _is_verb_form(word: str) -> bool:
    readings = french_analyses(word)
    return any(flag[:1].islower() and stem != word for stem, flag in readings) and not any(
        flag[:1].isupper() for _s, flag in readings
    )


# "s'est" before what only "c'est" introduces: "le poste s'est exactement ce que je cherche".
_SEST_FOR_CEST = re.compile(
    rf"{_START}(?P<w>s['’]est)\s+(?:(?:exactement|vraiment|justement|bien|tout|aussi|"
    r"précisément|surtout|donc|pourquoi)\s+){0,2}"
    rf"(?=(?:ce|un|une|le|la|les|l['’]|mon|ma|mes|votre|vos|notre|pour|grâce|avec|que|qui|"
    rf"là|ici|moi|vous|exactement){_END})",
    re.IGNORECASE,
)
# "ces"/"ses" where "s'est" is meant: after a subject, before a participle ("il ces montré").
_CES_FOR_SEST = re.compile(
    rf"{_START}(?:il|elle|on|qui|cela|ça|tout)\s+(?P<w>ces|ses)\s+(?:(?:bien|très|vraiment|"
    rf"déjà|toujours)\s+)?(?P<verb>{_W}){_END}",
    re.IGNORECASE,
)


def _sest_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _SEST_FOR_CEST.finditer(text):
        written = match.group("w")
        found.append(_one(note, match.span("w"), _same_case(written, "c'est")))
    for match in _CES_FOR_SEST.finditer(text):
        verb = match.group("verb").lower()
        readings = french_analyses(verb)
        if not any(flag == "p+" for _s, flag in readings) or any(
            flag[:1].isupper() for _s, flag in readings
        ):
            continue
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "s'est")))
    return found


# "ou" (or) where "où" (where) is meant: after a noun and its determiner, before a clause ("le
# bureau ou se trouve", "un milieu ou je pourrai"); after "savoir"/"demander" before one.
_OU_AFTER_NOUN = re.compile(
    rf"{_START}(?:le|la|l['’]|un|une|ce|cet|cette|du|au|les|des|ces|aux)\s*(?<=['’\s])"
    rf"(?P<noun>{_W})\s+(?P<w>ou)\s+(?=(?:je|j['’]|nous|il|elle|on|ils|elles|se|s['’]|"
    r"l['’]on)(?:\s|['’]))",
    re.IGNORECASE,
)
_OU_AFTER_ASKING = re.compile(
    rf"{_START}(?:sais|savez|savoir|sait|demande|demandais|demander|dire|dites|indiquer|"
    r"préciser|idée)\s+(?:pas\s+|plus\s+|de\s+)?"
    r"(?P<w>ou)\s+(?=(?:je|j['’]|nous|vous|il|elle|on|ils|elles|se|s['’]|en|est|sont|"
    r"se\s+trouve|aller|envoyer|trouver)(?:\s|['’]))",
    re.IGNORECASE,
)
_TIMES = frozenset(
    [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "matin",
        "soir",
        "midi",
        "semaine",
        "mois",
        "jour",
        "journée",
        "après-midi",
        "soirée",
        "an",
        "année",
        "moment",
    ]
)


def _ou_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _OU_AFTER_NOUN.finditer(text):
        noun = match.group("noun").lower()
        if noun in _TIMES or noun[:1] != match.group("noun")[:1].lower():
            continue
        readings = french_analyses(noun)
        if not any(flag[:1].isupper() for _s, flag in readings):
            continue
        found.append(_spelling(note, match.span("w"), _same_case(match.group("w"), "où")))
    for match in _OU_AFTER_ASKING.finditer(text):
        found.append(_spelling(note, match.span("w"), "où"))
    return found


# "la" (the) where "là" (there) is meant: after "être", before what no noun is.
_LA_AFTER_ETRE = re.compile(
    rf"{_START}(?:suis|sera|serai|serais|serons|serez|seront|sommes|êtes|étais|était|être|"
    rf"est|sont)\s+(?P<w>la)(?=\s*(?:[.,;!?]|$)|\s+(?:dès|à|avant|pour|demain|ce|cette|"
    rf"vers|en|jusqu|aussi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d)(?:{_END}|['’]))",
    re.IGNORECASE | re.MULTILINE,
)

# "a" (has) where "à" is meant: after a verb, before a title or a name ("présenté a Madame").
_A_BEFORE_NAME = re.compile(
    rf"(?P<before>{_W})\s+(?P<w>a)\s+(?=(?:Madame|Monsieur|Mme|M\.|Mlle|Me|Dr|Docteure?|"
    r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]+))"
)
_SUBJECTS = frozenset(
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
        "ne",
        "en",
        "lui",
        "leur",
        "quelqu'un",
    ]
)


def _place_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _LA_AFTER_ETRE.finditer(text):
        found.append(_spelling(note, match.span("w"), _same_case(match.group("w"), "là")))
    for match in _A_BEFORE_NAME.finditer(text):
        before = match.group("before")
        lower = before.lower()
        if lower in _SUBJECTS or before[:1].isupper():
            continue
        readings = french_analyses(lower)
        if not readings or not any(flag == "p+" or flag[:1].islower() for _s, flag in readings):
            continue
        if any(flag[:1].isupper() for _s, flag in readings) and not any(
            flag == "p+" for _s, flag in readings
        ):
            continue  # "le patron a Madame X comme…": a noun before is a subject
        found.append(_spelling(note, match.span("w"), "à"))
    return found


# "je suis" with a plural adjective or participle: "je suis ravis", "je suis intéressés".
_JE_SUIS_PLURAL = re.compile(
    rf"{_START}(?:je\s+(?:suis|serai|serais|étais|me\s+sens|me\s+sentais)|j['’](?:étais|ai\s+été))"
    r"\s+(?:(?:très|vraiment|tellement|si|aussi|bien|toujours|déjà|sincèrement|extrêmement|"
    rf"particulièrement)\s+)?(?P<w>{_W}s){_END}",
    re.IGNORECASE,
)
_INVARIABLE = frozenset(
    ["pris", "surpris", "compris", "appris", "mis", "permis", "promis", "assis", "acquis", "soumis"]
)


def _je_suis_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _JE_SUIS_PLURAL.finditer(text):
        word = match.group("w")
        lower = word.lower()
        single = lower[:-1]
        if lower in _INVARIABLE or not is_french_word(single):
            continue
        readings = french_analyses(lower)
        adjective = any(flag == "p+" or flag[:1].isupper() for _s, flag in readings)
        if not adjective or any(stem == lower for stem, _f in readings):
            continue
        single_readings = french_analyses(single)
        if not any(flag == "p+" or flag[:1].isupper() for _s, flag in single_readings):
            continue
        found.append(_one(note, match.span("w"), single, "fr-agreement"))
    return found


def agreement_findings(note: Note) -> list[Finding]:
    text = note.plain
    return (
        _subject_findings(note, text)
        + _person_findings(note, text)
        + _quelle_findings(note, text)
        + _ce_findings(note, text)
        + _sest_findings(note, text)
        + _ou_findings(note, text)
        + _place_findings(note, text)
        + _je_suis_findings(note, text)
    )


def _one(note: Note, span: tuple[int, int], fix: str, why: str = "fr-homophone") -> Finding:
    suggestions = (fix,) if fix else ()
    return _finding(note, "wrong-word", ERROR, span, suggestions, why=why, replacement=fix)


def _spelling(note: Note, span: tuple[int, int], fix: str) -> Finding:
    return _finding(note, "spelling", ERROR, span, (fix,), why="french-accent")


def _same_case(written: str, fix: str) -> str:
    return fix[:1].upper() + fix[1:] if written[:1].isupper() and fix else fix
