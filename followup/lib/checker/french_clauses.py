"""Agreement across a clause, which a French spell checker cannot see because each word is
spelled right: what a relative pronoun stands for decides the verb and the participle after it.

- The past participle after "avoir" agrees with a direct object placed before it ("les
  informations que vous m'avez données", "la lettre que j'ai envoyée").
- The verb after "qui" agrees with the noun "qui" stands for ("des outils qui facilitent").
- "lequel/auquel/duquel" take the number of their noun ("les défis auxquels").
- "quel" takes the gender and number of the noun it asks about ("quelle est la date").
- "est" (is) between two objects of a verb already conjugated is "et" (and): "j'ai aimé
  l'accueil est la visite".
- An adjective or participle after "être"/"sembler" takes the number of a noun subject ("vos
  bureaux sont modernes", "votre équipe m'a semblé unie"); the determiner says the number.
- "s'était" before what only "c'était" introduces ("s'était un plaisir"); "ses" (his) for
  "ces" (these) before the last few days ("ses derniers jours").
- A past participle in "-é" after "de"/"à" where the infinitive is meant ("hâte de discuté").

- A determiner, an adjective or a participle takes the gender of its noun ("cette accueil",
  "votre décision final", "la visite était intéressant", "la présentation que vous m'avez
  fait", "le temps que vous m'avez accordée").

The spelling dictionary has no gender: genders_fr.txt (from the Dicollecte dictionary's
morphology) gives it, and a feminine determiner (la, une, cette, ma, ta, sa) says it too. A
noun of both genders ("poste", "collègue", "après-midi"), a trade a woman may bear in the
masculine ("la chef") or a noun the table lacks has none, and a rule that needs it says nothing."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.lib.checker.french_agreement import _OU_AFTER_ASKING
from followup.lib.checker.french_base import _finding
from followup.lib.checker.french_grammar import _nominal, _participle, _plural_only, _singular_only
from followup.lib.checker.french_words import (
    CALENDAR,
    FEMININE_DETERMINERS,
    FUNCTION_WORDS,
    INVARIABLE_AFTER_ETRE,
    PLURAL_DETERMINERS,
    adjective_gender,
    inflected,
    is_adjective,
    is_noun,
    noun_gender,
    number_of,
    one,
    same_case,
    slip,
)
from followup.lib.checker.french_words import _genders as _genders_table
from followup.lib.checker.model import WARNING, Finding
from followup.lib.checker.spelling_fr import french_analyses, is_french_word
from followup.lib.checker.text import Note

_W = r"[^\W\d_]+"
_START = r"(?<![\w'’-])"
_END = r"(?![\w'’-])"
_DET = r"les|mes|tes|ses|vos|nos|leurs|ces|des|plusieurs|quelques|la|une|cette|ma|ta|sa"

# --- the participle after "avoir" and a direct object before it ---------------------------

_OBJECT_THEN_AVOIR = re.compile(
    rf"{_START}(?P<det>{_DET})\s+(?P<noun>{_W})(?:\s+(?P<adj>{_W}))?\s+"
    r"(?:que\s+|qu['’]\s*)"
    r"(?:j['’]\s*|(?:je|tu|il|elle|on|nous|vous|ils|elles)\s+"
    # or a noun subject: "que l'équipe a relevés", "que la direction a fixés"
    rf"|(?:le|la|l['’]|mon|ma|ton|ta|son|sa|notre|votre|leur|ce|cet|cette)\s*(?<=['’\s])"
    rf"(?!que{_END}|qu['’]){_W}\s+)"
    r"(?:(?:m['’]\s*|t['’]\s*|nous\s+|vous\s+|lui\s+|leur\s+|me\s+|te\s+))?"
    r"(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurai|auras|aura|aurons|"
    r"aurez|auront|aurais|aurait|aurions|auriez|auraient)\s+"
    r"(?:(?:bien|déjà|tant|beaucoup|longuement|clairement|tellement|toujours|souvent|aussi|"
    r"si\s+bien|très\s+bien|rapidement|gentiment)\s+)?"
    rf"(?P<part>{_W}){_END}(?:\s+(?P<next>{_W}))?",
    re.IGNORECASE,
)
# Participles that never agree (nothing is their object, or an infinitive left out is) and
# those of verbs that take no direct object ("les années que j'ai travaillé").
_NEVER_AGREE = frozenset(
    [
        "été",
        "eu",
        "dû",
        "pu",
        "su",
        "voulu",
        "fallu",
        "cru",
        "pensé",
        "osé",
        "semblé",
        "paru",
        "plu",
        "ri",
        "souri",
        "menti",
        "nui",
        "suffi",
        "travaillé",
        "vécu",
        "coûté",
        "valu",
        "pesé",
        "duré",
        "couru",
        "dormi",
        "marché",
        "régné",
        "réussi",
        "parlé",
        "téléphoné",
        "répondu",
        "succédé",
        "ressemblé",
        "assisté",
        "participé",
        "contribué",
        "collaboré",
        "hésité",
    ]
)
# Nouns a "que" after introduces a clause of its own ("l'idée que j'ai changé"), and nouns of
# time or measure whose "que" is no object ("les années que j'ai travaillé").
_NOT_OBJECTS = frozenset(
    [
        "preuve",
        "impression",
        "idée",
        "sentiment",
        "certitude",
        "conviction",
        "nouvelle",
        "crainte",
        "peur",
        "espoir",
        "assurance",
        "garantie",
        "confirmation",
        "possibilité",
        "hypothèse",
        "fois",
        "semaine",
        "semaines",
        "journée",
        "journées",
        "heure",
        "heures",
        "minute",
        "minutes",
        "année",
        "années",
        "nuit",
        "nuits",
        "matinée",
        "soirée",
        "période",
        "jours",
        "mois",
        "ans",
    ]
)


@lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    """A noun or an adjective by the dictionary (an invariable one has no flag: "temps")."""
    if word in FUNCTION_WORDS:
        return False
    readings = french_analyses(word)
    return bool(_nominal(readings)) or any(not flag for _s, flag in readings)


def _agreed_forms(participle: str, plural: bool) -> tuple[str, ...]:
    """The forms of `participle` (masculine singular) for a feminine or plural object."""
    forms = (participle + "es", participle + "s") if plural else (participle + "e",)
    return tuple(f for f in forms if is_french_word(f))


def _object_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _OBJECT_THEN_AVOIR.finditer(text):
        det, noun = match.group("det").lower(), match.group("noun").lower()
        part = match.group("part")
        lower = part.lower()
        if noun in _NOT_OBJECTS or lower in _NEVER_AGREE or not _noun(noun):
            continue
        if _complement_of_noun(text, match.start("det"), det):
            continue  # "le rapport des activités que j'ai rédigé": "que" may be "rapport"
        adj = match.group("adj")
        if adj and (adj.lower() in ("que", "qu") or not _noun(adj.lower())):
            continue
        if not _participle(lower) or lower.endswith(("e", "es")) and lower != "fait":
            continue
        after = (match.group("next") or "").lower()
        if after in ("de", "d", "à", "que", "qu"):
            continue  # "la lettre que vous m'avez demandé d'envoyer": the object is the verb's
        if after and any(
            stem == after and flag[:1].islower() for stem, flag in french_analyses(after)
        ):
            continue  # "les tâches que j'ai dû accomplir": the object is the infinitive's
        plural = det in PLURAL_DETERMINERS
        if plural and (lower.endswith(("s", "x")) or not _plural_only(noun)):
            continue
        if not plural and (det not in FEMININE_DETERMINERS or lower.endswith("e")):
            continue
        fixes = _agreed_forms(lower, plural)
        if fixes:
            found.append(
                slip(
                    note,
                    match.span("part"),
                    tuple(same_case(part, f) for f in fixes),
                    "fr-agreement",
                )
            )
    return found


# --- the verb after "qui" and the plural noun it stands for -------------------------------

_PLURAL_THEN_QUI = re.compile(
    rf"{_START}(?P<det>les|mes|tes|ses|vos|nos|leurs|ces|des|plusieurs|"
    rf"quelques|certains|certaines|nombreux|nombreuses|deux|trois|quatre|cinq)\s+"
    rf"(?:(?P<pre>{_W})\s+)?(?P<noun>{_W})(?:\s+(?P<adj>{_W}))?\s*,?\s+qui\s+"
    r"(?:(?:ne|n['’]|me|m['’]|te|t['’]|se|s['’]|nous|vous|lui|leur|le|la|les|l['’]|y|en)\s*){0,2}"
    rf"(?<=[\s'’])(?P<verb>{_W}){_END}",
    re.IGNORECASE,
)
# Words before "des" that make the plural noun a complement, not what "qui" stands for: "l'un
# des projets qui m'intéresse", "la liste des tâches qui…".
_ONE_OF = frozenset(
    [
        "un",
        "une",
        "l'un",
        "l'une",
        "chacun",
        "chacune",
        "aucun",
        "aucune",
        "seul",
        "seule",
        "plupart",
        "celui",
        "celle",
        "lequel",
        "laquelle",
    ]
)
# Third-person singular forms whose plural is not the singular plus "-nt" or "-ent".
_SINGULAR_TO_PLURAL = {
    "est": "sont",
    "a": "ont",
    "était": "étaient",
    "sera": "seront",
    "serait": "seraient",
    "aura": "auront",
    "aurait": "auraient",
    "peut": "peuvent",
    "va": "vont",
    "fait": "font",
    "doit": "doivent",
    "veut": "veulent",
    "convient": "conviennent",
    "vient": "viennent",
    "tient": "tiennent",
    "devient": "deviennent",
    "prend": "prennent",
    "comprend": "comprennent",
    "met": "mettent",
    "permet": "permettent",
    "dit": "disent",
    "plaît": "plaisent",
    "sait": "savent",
    "voit": "voient",
    "reçoit": "reçoivent",
    "rejoint": "rejoignent",
    "décrit": "décrivent",
    "offre": "offrent",
    "ouvre": "ouvrent",
}


@lru_cache(maxsize=4096)
def _plural_of_verb(word: str) -> str:
    """The third-person plural of a singular verb form after "qui", or "" if `word` is none:
    "intéresse" → "intéressent", "pourrait" → "pourraient", "permet" → "permettent"."""
    if word in _SINGULAR_TO_PLURAL:
        return _SINGULAR_TO_PLURAL[word]
    readings = french_analyses(word)
    if not any(flag[:1].islower() and stem != word for stem, flag in readings):
        return ""
    if word.endswith("ait"):
        plural = word[:-1] + "ent"
    elif word.endswith("e") and not word.endswith("ée"):
        plural = word + "nt"
    else:
        return ""
    following = french_analyses(plural)
    return plural if any(flag[:1].islower() for _s, flag in following) else ""


_LAST_TWO = re.compile(rf"(?:({_W})['’]?\s+)?({_W})['’]?\s*$")


def _complement_of_noun(text: str, start: int, det: str) -> bool:
    """True if the noun phrase whose determiner `det` is at `start` is the complement of a
    noun before it ("la liste des tâches", "le choix de vos outils"): a relative after it may
    stand for either noun."""
    last = _LAST_TWO.search(text[max(0, start - 60) : start])
    first, before = ((last.group(1) or "").lower(), last.group(2).lower()) if last else ("", "")
    if det == "des" and _noun_only(before):
        return True
    return before in ("de", "d", "du") and _noun_only(first)


def _qui_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _PLURAL_THEN_QUI.finditer(text):
        det, noun = match.group("det").lower(), match.group("noun").lower()
        last = _LAST_TWO.search(text[max(0, match.start("det") - 60) : match.start("det")])
        first, before = ((last.group(1) or "").lower(), last.group(2).lower()) if last else ("", "")
        if before in _ONE_OF or first + " " + before in ("l un", "l une"):
            continue
        if det == "des" and _noun_only(before):
            continue  # "la liste des tâches qui…": "qui" may stand for "liste"
        if before in ("de", "d", "du") and _noun_only(first):
            continue  # "le choix de vos outils qui…"
        if not _plural_only(noun) or noun == "gens":
            continue
        pre, adj = match.group("pre"), match.group("adj")
        if pre and not _noun(pre.lower()):
            continue
        if adj and not (adj.lower().endswith(("s", "x")) and _noun(adj.lower())):
            continue
        verb = match.group("verb")
        plural = _plural_of_verb(verb.lower())
        if plural:
            found.append(one(note, match.span("verb"), same_case(verb, plural), "fr-agreement"))
    return found


def _noun_only(word: str) -> bool:
    """A noun (or adjective) that is no participle: "liste", "choix", not "parlé"."""
    if not word or word.endswith(("é", "ée", "és", "ées")) or not _noun(word):
        return False
    return not any(flag == "p+" for _stem, flag in french_analyses(word))


@lru_cache(maxsize=4096)
def _verb_form(word: str) -> bool:
    return any(flag[:1].islower() for _s, flag in french_analyses(word))


# --- "lequel", "auquel", "duquel" after a plural noun ---------------------------------------

_PLURAL_THEN_LEQUEL = re.compile(
    rf"{_START}(?:les|mes|tes|ses|vos|nos|leurs|ces|des|plusieurs|quelques)\s+"
    rf"(?P<noun>{_W})(?:\s+(?P<adj>{_W}))?\s+"
    r"(?:(?:à|de|sur|pour|par|avec|dans|sans|sous|chez|contre|parmi|selon|vers|entre|"
    r"grâce\s+à)\s+)?"
    rf"(?P<w>auquel|duquel|lequel|laquelle|à\s+laquelle|de\s+laquelle){_END}",
    re.IGNORECASE,
)
_LEQUEL_PLURAL = {
    "auquel": ("auxquels", "auxquelles"),
    "duquel": ("desquels", "desquelles"),
    "lequel": ("lesquels", "lesquelles"),
    "laquelle": ("lesquelles",),
}


def _lequel_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _PLURAL_THEN_LEQUEL.finditer(text):
        noun, adj = match.group("noun").lower(), match.group("adj")
        if not _plural_only(noun):
            continue
        if adj and not (adj.lower().endswith(("s", "x")) and _noun(adj.lower())):
            continue
        if re.search(
            r"(?:\bun|\bune|chacune?|aucune?)\s+$",
            text[max(0, match.start() - 12) : match.start()],
            re.I,
        ):
            continue  # "un des projets auquel je participe": "auquel" may stand for "un"
        written = match.group("w")
        key = written.lower().split()[-1]
        fixes = _LEQUEL_PLURAL[key]
        if written.lower().startswith("à "):
            fixes = ("auxquelles",)
        elif written.lower().startswith("de "):
            fixes = ("desquelles",)
        found.append(slip(note, match.span("w"), fixes, "fr-agreement"))
    return found


# --- "quel" and the noun it asks about, across "être" ------------------------------------

_QUEL_ETRE_DET = re.compile(
    rf"{_START}(?P<w>quel|quels|quelle|quelles)\s+"
    r"(?P<verb>est|sera|serait|était|pourrait\s+être|peut\s+être|sont|seront|seraient|étaient)"
    r"\s+(?P<det>la|le|les|une|un|cette|ce|cet|ma|ta|sa|mes|tes|ses|ces)"
    rf"(?=\s)",
    re.IGNORECASE,
)
_MASCULINE_SINGULAR = frozenset(["le", "un", "ce", "cet"])


# "quel que soit" takes the gender and number of the noun after it: "quelles que soient vos
# raisons", "quelle que soit la décision".
_QUEL_QUE_SOIT = re.compile(
    rf"{_START}(?P<w>quel|quels|quelle|quelles)\s+que\s+(?P<verb>soit|soient)\s+"
    r"(?P<det>la|le|les|une|un|cette|ce|cet|ma|ta|sa|mes|tes|ses|ces|vos|nos|leurs)(?=\s)",
    re.IGNORECASE,
)


def _quel_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _QUEL_QUE_SOIT.finditer(text):
        det = match.group("det").lower()
        plural = det in PLURAL_DETERMINERS
        written, verb = match.group("w"), match.group("verb")
        if plural:
            wanted: tuple[str, ...] = ("quels", "quelles")
        elif det in FEMININE_DETERMINERS:
            wanted = ("quelle",)
        else:
            wanted = ("quel",)
        if written.lower() not in wanted:
            fixes = tuple(same_case(written, w) for w in wanted)
            found.append(slip(note, match.span("w"), fixes, "fr-agreement"))
        if (verb.lower() == "soient") != plural:
            fix = "soient" if plural else "soit"
            found.append(one(note, match.span("verb"), fix, "fr-agreement"))
    for match in _QUEL_ETRE_DET.finditer(text):
        written = match.group("w")
        lower = written.lower()
        det = match.group("det").lower()
        if det in FEMININE_DETERMINERS:
            wanted = ("quelle",)
        elif det in _MASCULINE_SINGULAR:
            wanted = ("quel",)
        else:
            wanted = ("quels", "quelles")
        if lower not in wanted:
            fixes = tuple(same_case(written, w) for w in wanted)
            found.append(slip(note, match.span("w"), fixes, "fr-agreement"))
    return found


# --- "est" for "et" after a clause that has its verb ---------------------------------------

_EST_BETWEEN = re.compile(
    rf"(?P<prev>{_W})\s+(?P<w>est)\s+(?=(?:le|la|les|l['’]|un|une|des|du|votre|vos|notre|nos|"
    rf"mon|ma|mes|son|sa|ses|leur|leurs|cette|ces|cet){_END})",
    re.IGNORECASE,
)
# What opens a clause of its own, after which "est" may be that clause's verb.
_OPENS_CLAUSE = frozenset(
    [
        "que",
        "qu",
        "qui",
        "dont",
        "où",
        "quand",
        "si",
        "lorsque",
        "lorsqu",
        "comme",
        "car",
        "mais",
        "puisque",
        "puisqu",
        "parce",
        "quoi",
        "combien",
        "pourquoi",
        "comment",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "et",
        "ou",
    ]
)
_CLAUSE_WORD = re.compile(rf"{_W}")


def _est_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _EST_BETWEEN.finditer(text):
        prev = match.group("prev").lower()
        if not _noun(prev) or prev in _OPENS_CLAUSE:
            continue
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?;:,\n(")
        words = [w.lower() for w in _CLAUSE_WORD.findall(text[start + 1 : match.start("w")])]
        if any(w in _OPENS_CLAUSE for w in words):
            continue  # "je pense que le plus important est la…": "est" is that clause's verb
        if _we_or_i_have_the_verb(words) or _plural_before(words):
            found.append(one(note, match.span("w"), same_case(match.group("w"), "et")))
    return found


def _we_or_i_have_the_verb(words: list[str]) -> bool:
    """The clause opens on "je", "on" or "nous" and a verb: "est" cannot be its verb too."""
    if len(words) < 4 or words[0] not in ("je", "j", "on", "nous"):
        return False
    return words[0] != "nous" or _verb_form(words[1])


_PREPOSITIONS = frozenset(
    [
        "de",
        "d",
        "du",
        "des",
        "à",
        "au",
        "aux",
        "chez",
        "pour",
        "avec",
        "sur",
        "dans",
        "par",
        "entre",
        "parmi",
        "selon",
        "sans",
        "vers",
        "contre",
        "envers",
        "malgré",
        "durant",
        "pendant",
        "comme",
    ]
)


def _plural_before(words: list[str]) -> bool:
    """ "est" right after a plural noun and its determiner, which "est" cannot have for
    subject, when no preposition makes them a complement ("la qualité de vos services est"):
    "mettre à profit mes compétences est mon expérience"."""
    if len(words) < 3 or words[-2] not in PLURAL_DETERMINERS or words[-2] == "des":
        return False
    if not _plural_only(words[-1]) or (len(words) > 2 and words[-3] in _PREPOSITIONS):
        return False
    return len(words) > 3  # a clause that has said something before the noun


# --- "s'était" for "c'était", "ses" for "ces" -----------------------------------------------

_SETAIT_FOR_CETAIT = re.compile(
    rf"{_START}(?P<w>s['’]étai(?:t|ent))\s+(?:(?:vraiment|très|tellement|tout|aussi|bien|"
    r"justement|exactement|donc|surtout)\s+)?"
    r"(?!un\s+peu|tout\s+de\s+suite|tout\s+à\s+fait)"
    rf"(?=(?:un|une|le|la|les|des|du|mon|ma|mes|votre|vos|notre|nos|ce|cette|ces|pour|"
    rf"grâce|exactement){_END})",
    re.IGNORECASE,
)
_SES_LAST_DAYS = re.compile(
    rf"{_START}(?P<w>ses)\s+(?:(?:derniers|dernières|prochains|prochaines)\s+"
    rf"(?:jours|semaines|mois|temps)|(?:jours|semaines|temps)-ci){_END}",
    re.IGNORECASE,
)
# "ces" (these) before "propres" (own), which takes a possessive: "il a pris ces propres
# décisions" (ses); not "ces propres à rien".
_CES_PROPRES = re.compile(
    rf"{_START}(?P<w>ces)\s+propres\s+(?!à{_END}|au{_END}|aux{_END})(?={_W}s{_END})", re.IGNORECASE
)
# Verbs whose own days "ses derniers jours" may be ("il a passé ses derniers jours à…").
_OWN_DAYS = ("pass", "vécu", "viv", "consacr", "fini", "termin", "coul")


def _ces_setait_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _SETAIT_FOR_CETAIT.finditer(text):
        written = match.group("w")
        fix = "c'était" if written.lower().endswith("t") else "c'étaient"
        found.append(one(note, match.span("w"), same_case(written, fix)))
    for match in _SES_LAST_DAYS.finditer(text):
        before = _PREV_WORD.search(text, max(0, match.start() - 40), match.start())
        prev = before.group(1).lower() if before else ""
        if prev.startswith(_OWN_DAYS):
            continue
        found.append(one(note, match.span("w"), same_case(match.group("w"), "ces")))
    for match in _CES_PROPRES.finditer(text):
        found.append(one(note, match.span("w"), same_case(match.group("w"), "ses")))
    return found


# --- the participle for the infinitive after "de" and "à" ----------------------------------

# The word just before a match, after a space or none ("" at the start).
_PREV_WORD = re.compile(rf"({_W})\s*$")
_PREV_WORD_SPACED = re.compile(rf"({_W})\s+$")
_PREPOSITION_THEN_E = re.compile(
    rf"{_START}(?:de|d['’]|à)\s*"
    r"(?:(?:me|m['’]|te|t['’]|se|s['’]|nous|vous|lui|leur|le|la|les|l['’]|y|en)\s*){0,2}"
    rf"(?<=[\s'’])(?P<verb>{_W}é){_END}",
    re.IGNORECASE,
)
# Capitalised words opening a sentence before "à" that are no name ("Merci à", "Grâce à").
_OPENERS = frozenset(["merci", "grâce", "bienvenue", "bravo", "félicitations", "jusqu", "quant"])
# Words after which "de" takes an adjective ("rien de prévu", "quelqu'un de motivé").
_DE_ADJECTIVE = frozenset(
    [
        "rien",
        "chose",
        "quelqu'un",
        "quelqu",
        "un",
        "personne",
        "quoi",
        "ceci",
        "cela",
        "ça",
        "autre",
        "plus",
        "moins",
    ]
)


def _infinitive_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _PREPOSITION_THEN_E.finditer(text):
        verb = match.group("verb")
        lower = verb.lower()
        before = _PREV_WORD_SPACED.search(text, max(0, match.start() - 40), match.start())
        prev = before.group(1).lower() if before else ""
        if prev in _DE_ADJECTIVE or verb[:1].isupper():
            continue
        written_prev = before.group(1) if before else ""
        if match.group(0)[:1] in "àÀ" and written_prev[:1].isupper() and prev not in _OPENERS:
            continue  # "Julie à préparé": "à" for "a" after a name (french_agreement)
        readings = french_analyses(lower)
        if _nominal(readings) or any(not flag for _s, flag in readings):
            continue  # "de côté", "d'été", "à l'employé"
        infinitive = lower[:-1] + "er"
        if not any(stem == infinitive for stem, _flag in readings):
            continue
        found.append(one(note, match.span("verb"), infinitive, "fr-infinitive"))
    return found


# --- the number of an attribute after "être", "sembler", "paraître" -----------------------

_SINGULAR_COPULA = (
    r"est|était|sera|serait|semble|semblait|paraît|paraissait|reste|restait|demeure|demeurait|"
    r"a\s+été|avait\s+été|aurait\s+été|a\s+semblé|a\s+paru"
)
_PLURAL_COPULA = (
    r"sont|étaient|seront|seraient|semblent|semblaient|paraissent|paraissaient|restent|"
    r"restaient|demeurent|demeuraient|ont\s+été|avaient\s+été|auraient\s+été|ont\s+semblé|"
    r"ont\s+paru"
)
_CLITICS = r"(?:ne|me|nous|vous|lui|leur|se|te|y|en)"
_SUBJECT_THEN_ATTRIBUTE = re.compile(
    rf"{_START}(?P<det>le|la|l['’]|un|une|mon|ma|ton|ta|son|sa|votre|notre|leur|ce|cet|cette|"
    rf"chaque|les|mes|tes|ses|vos|nos|leurs|ces|plusieurs)\s*(?<=['’\s])"
    rf"(?:(?P<pre>{_W})\s+)?(?!(?:{_CLITICS}|de|du|des){_END})(?P<noun>{_W})"
    rf"(?:\s+(?!{_CLITICS}{_END})(?P<adj>{_W}))?"
    # a complement without its own verb: "les horaires de la clinique sont…"
    rf"(?P<cpl>\s+(?:de|d['’]|du|des)\s*(?<=['’\s])(?:(?:la|l['’]|votre|notre|leur|cette|ce|cet|"
    rf"vos|nos|leurs|ces)\s*)?(?<=['’\s]){_W})?\s+"
    r"(?:(?:ne|n['’]|me|m['’]|nous|vous|lui|leur)\s*){0,2}"
    rf"(?P<cop>{_SINGULAR_COPULA}|{_PLURAL_COPULA}){_END}\s+"
    r"(?:(?:pas|plus|jamais|très|si|vraiment|tellement|assez|plutôt|bien|fort|aussi|moins|"
    r"particulièrement|extrêmement|toujours|déjà|encore|tout|trop|fort)\s+){0,3}"
    rf"(?P<a>{_W}){_END}(?!['’])(?:\s+(?P<next>{_W}))?",
    re.IGNORECASE,
)
# Nouns of quantity whose complement may carry the verb's number ("la plupart des gens").
_COLLECTIVE = frozenset(
    ["plupart", "majorité", "minorité", "nombre", "moitié", "partie", "ensemble", "reste"]
    + ["totalité", "tiers", "quart", "série", "foule", "quantité", "multitude", "groupe"]
    + ["équipe", "personnel", "comité", "centaine", "dizaine", "douzaine", "vingtaine"]
)
# Verbs that take "être" in the compound past (their participle agrees with the subject).
_ETRE_VERBS = frozenset(
    ["aller", "venir", "arriver", "partir", "rester", "devenir", "revenir", "retourner"]
    + ["entrer", "rentrer", "sortir", "tomber", "naître", "mourir", "parvenir", "repartir"]
    + ["décéder", "intervenir", "survenir", "demeurer"]
)


def _moves(word: str) -> bool:
    """A past participle of a verb conjugated with "être" ("allé", "venu", "partie")."""
    return word.endswith(("é", "u", "i", "ée", "ue", "ie", "és", "us", "is")) and any(
        stem in _ETRE_VERBS and flag[:1].islower() for stem, flag in french_analyses(word)
    )


_COMPLEMENT = re.compile(r"(?<![\w'’-])(?:de|d['’]|du|des)\s*$", re.IGNORECASE)
_PLURAL_COPULA_RE = re.compile(rf"(?:{_PLURAL_COPULA})$", re.IGNORECASE)
# Adjectives that stay as they are ("bon marché", "cool").
_SAME_IN_THE_PLURAL = frozenset(["bon", "cool", "top", "extra", "kaki", "bordeaux"])


def _attribute_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _SUBJECT_THEN_ATTRIBUTE.finditer(text):
        if _COMPLEMENT.search(text, max(0, match.start() - 8), match.start()):
            continue  # "le haut de la page est clair": the subject is the noun before "de"
        det = match.group("det").lower()
        plural = det in PLURAL_DETERMINERS
        if plural != bool(_PLURAL_COPULA_RE.search(match.group("cop"))):
            continue  # "la qualité des soins est…": the subject is not this noun
        noun, pre, adj = match.group("noun").lower(), match.group("pre"), match.group("adj")
        if not _noun(noun) or (pre and not _noun(pre.lower())):
            continue
        if adj and not (_noun(adj.lower()) or _participle(adj.lower())):
            continue
        if match.group("cpl") and (noun in _COLLECTIVE or adj):
            continue  # "la plupart des gens sont…": the complement may give the number
        if plural != (_plural_only(noun) or noun.endswith(("s", "x", "z"))):
            continue  # the noun's own number says otherwise
        word = match.group("a")
        lower = word.lower()
        after = (match.group("next") or "").lower()
        if word[:1].isupper() or lower in INVARIABLE_AFTER_ETRE or lower in CALENDAR:
            continue
        if lower in _SAME_IN_THE_PLURAL or lower.endswith("o"):
            continue  # "bon marché", "bio": the same in the plural
        if after in ("de", "d", "des", "du", "à", "au", "aux") and not _moves(lower):
            continue  # "prêt à", "fier de"; but "ma sœur est allé à…" agrees all the same
        fixes = _plural_attribute(lower) if plural else _singular_attribute(lower)
        if not fixes and det in FEMININE_DETERMINERS:
            fixes = _feminine_attribute(lower)
        if not fixes and not (adj or pre) and _opens_clause(text, match.start()):
            fixes = _gendered_attribute(noun, lower, plural)
        if fixes:
            found.append(slip(note, match.span("a"), fixes, "fr-agreement"))
    return found


_CLAUSE_OPENER = re.compile(
    r"(?:^|[.!?;:,\n(]|(?<![\w'’-])(?:et|mais|car|donc|que|qu['’]|puisque|lorsque|quand|si|"
    r"comme|où|parce\s+que))\s*$",
    re.IGNORECASE,
)


def _opens_clause(text: str, start: int) -> bool:
    """Whether the words from `start` open a clause, so a noun there may be its subject (not
    in "j'ai entendu présenter le projet était…")."""
    return bool(_CLAUSE_OPENER.search(text, max(0, start - 20), start))


def _gendered_attribute(noun: str, word: str, plural: bool) -> tuple[str, ...]:
    """The form of the adjective or participle `word` for the gender of the noun `noun`
    ("la visite était intéressant" → "intéressante"), or () when either has no one gender or
    they agree. A masculine trade ("le médecin était ravie") may name a woman: left alone."""
    gender = noun_gender(noun)
    wrong = adjective_gender(word)
    if not gender or not wrong or wrong == gender:
        return ()
    if gender == "m" and (noun.endswith(("eur", "cien")) or noun in _TRADES):
        return ()
    if any(t[0] == "N" for t in _tags(word)) and not _participle(word):
        return ()  # "la ville est partenaire", "l'entreprise est leader": a noun
    return tuple(f for f in inflected(word, gender, "p" if plural else "s"))


def _feminine_attribute(word: str) -> tuple[str, ...]:
    """The feminine of a masculine adjective or participle whose feminine the dictionary
    derives from it ("enrichissant" → "enrichissante", "prévu" → "prévue", "heureux" →
    "heureuse"), or () for a noun ("médecin") or a word that is the same in both."""
    if word.endswith(("e", "s", "eur")) and not word.endswith("eux") or word in FUNCTION_WORDS:
        return ()  # "ingénieur", "directeur": a trade the feminine of which varies
    readings = french_analyses(word)
    gendered = any(flag in ("F.", "F+", "W.") for _s, flag in readings)
    if not (gendered or _participle(word)):
        return ()
    if word.endswith("eux"):
        fix = word[:-1] + "se"
    elif word.endswith("if"):
        fix = word[:-1] + "ve"
    else:
        fix = word + "e"
    stems = {stem for stem, _flag in french_analyses(fix)}
    return (fix,) if is_french_word(fix) and (word in stems or _participle(fix)) else ()


def _plural_attribute(word: str) -> tuple[str, ...]:
    """The plural of a singular adjective or participle ("moderne" → "modernes"), or ()."""
    if word.endswith(("s", "x", "z")):
        return ()
    readings = french_analyses(word)
    verb = any(flag[:1].islower() for _s, flag in readings)
    nominal = bool(_nominal(readings))
    if nominal and not (verb and not _participle(word)):
        pass  # an adjective (or a participle that is one: "accueillant", "intéressante")
    elif not (_participle(word) and not nominal):
        return ()
    forms = [word + "s"]
    if word.endswith("al"):
        forms.append(word[:-2] + "aux")
    return tuple(f for f in forms if is_french_word(f))


def _singular_attribute(word: str) -> tuple[str, ...]:
    """The singular of a plural adjective or participle ("intéressants" → "intéressant")."""
    if not word.endswith(("s", "x")):
        return ()
    base = word[:-1]
    if _plural_only(word) or (_participle(base) and not base.endswith("s")):
        forms = [base]
        if word.endswith("aux"):
            forms = [word[:-3] + "al"]
        if not base.endswith("e") and is_french_word(base + "e"):
            forms.append(base + "e")
        return tuple(f for f in forms if is_french_word(f))
    return ()


# --- more slips of form ----------------------------------------------------------------

_AVOIR = (
    r"ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurai|aura|aurons|aurez|auront|"
    r"aurais|aurait|aurions|auriez|auraient|avoir|ayant"
)
# The simple past written for the participle after "avoir": "m'a plut", "ont parut", "a finit".
_AVOIR_THEN_SIMPLE_PAST = re.compile(
    rf"(?<![\w-])(?:{_AVOIR})\s+(?:(?:pas|plus|jamais|bien|déjà|beaucoup|vraiment|toujours|"
    rf"aussi|tout|rien|su|pu)\s+)?(?P<verb>{_W}(?:ut|it)){_END}",
    re.IGNORECASE,
)
# A participle after its noun takes the noun's number, and gender when a determiner says it:
# "les questions posées", "la lettre envoyée".
_NOUN_THEN_PARTICIPLE = re.compile(
    rf"{_START}(?P<det>{_DET})\s+(?:(?P<pre>{_W})\s+)?(?P<noun>{_W})\s+(?P<part>{_W}(?:é|i|u|rt|it)){_END}"
    r"(?!\s*[-’'])",
    re.IGNORECASE,
)
# Participles that also work as prepositions ("passé 17 h", "excepté les lundis").
_PREPOSITION_PARTICIPLES = frozenset(["passé", "excepté", "étant"])
# "se" (itself) after a preposition before a noun that is no infinitive: "par se poste".
_PREPOSITION_SE = re.compile(
    rf"{_START}(?:par|pour|sur|dans|de|à|avec|sans|vers|chez|pendant|depuis|sous|entre|"
    rf"concernant|malgré|selon)\s+(?P<w>se)\s+(?P<next>{_W}){_END}",
    re.IGNORECASE,
)
# The first person plural without "nous": "mes compétences me permettrons" ("permettront").
_WE_FORM = re.compile(rf"{_START}(?P<verb>{_W}r(?:ons|ions)){_END}(?!\s*-)", re.IGNORECASE)
_OUR_WORDS = re.compile(r"(?<![\w'’-])(?:nous|on)(?![\w'’])", re.IGNORECASE)
# "ma"/"ta" for "m'a"/"t'a" before an adverb in "-ment" and a participle.
_MA_ADVERB = re.compile(
    rf"{_START}(?P<w>[mt]a)\s+(?:{_W}ment\s+){{1,2}}(?P<verb>{_W}){_END}", re.IGNORECASE
)


def _form_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _AVOIR_THEN_SIMPLE_PAST.finditer(text):
        verb = match.group("verb")
        lower = verb.lower()
        participle = lower[:-1]  # "parut" → "paru", "finit" → "fini"
        stems = {stem for stem, flag in french_analyses(lower) if flag[:1].islower()}
        if lower.endswith("it") and any(s.endswith(("mettre", "prendre")) for s in stems):
            participle = lower[:-1] + "s"  # "transmit" → "transmis", "comprit" → "compris"
            if is_french_word(participle):
                found.append(one(note, match.span("verb"), participle, "fr-participle"))
            continue
        if lower.endswith("it") and not any(
            flag == "p+" for _s, flag in french_analyses(participle)
        ):
            continue  # "dit", "écrit", "conduit" are participles themselves
        if lower.endswith("ut") and not _verb_form(participle):
            continue
        if is_french_word(participle):
            found.append(one(note, match.span("verb"), participle, "fr-participle"))
    for match in _NOUN_THEN_PARTICIPLE.finditer(text):
        det, noun = match.group("det").lower(), match.group("noun").lower()
        part = match.group("part")
        lower = part.lower()
        if lower in _PREPOSITION_PARTICIPLES:
            continue
        if not _participle(lower):
            continue
        pre = match.group("pre")
        if pre and not _noun(pre.lower()):
            continue
        if det in PLURAL_DETERMINERS:
            if not _plural_only(noun):
                continue
            fixes = _agreed_forms(lower, plural=True)
        else:
            if not _noun(noun) or noun.endswith(("s", "x")) or _plural_only(noun):
                continue
            fixes = _agreed_forms(lower, plural=False)
        if fixes:
            found.append(
                slip(
                    note,
                    match.span("part"),
                    tuple(same_case(part, f) for f in fixes),
                    "fr-agreement",
                )
            )
    for match in _PREPOSITION_SE.finditer(text):
        following = match.group("next").lower()
        readings = french_analyses(following)
        # an invariable masculine noun has no plural flag: "à se concours", "pour se temps"
        invariable = noun_gender(following) == "m" and number_of(following, "N") in ("i", "s")
        if not (_nominal(readings) or invariable) or any(
            stem == following and flag[:1].islower() for stem, flag in readings
        ):
            continue  # "pour se rendre": an infinitive
        if (
            not invariable
            and any(stem == following and not flag for stem, flag in readings)
            and _verb_form(following)
            and not any(flag[:1].isupper() for _s, flag in readings)
        ):
            continue
        found.append(one(note, match.span("w"), same_case(match.group("w"), "ce")))
    for match in _WE_FORM.finditer(text):
        verb = match.group("verb")
        lower = verb.lower()
        begin = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n")
        if _OUR_WORDS.search(text, begin + 1, match.start()):
            continue
        if _OUR_WORDS.match(text, match.end() + 1):
            continue
        if not _verb_form(lower) or _nominal(french_analyses(lower)):
            continue
        fix = lower[:-3] + "ont" if lower.endswith("rons") else lower[:-4] + "aient"
        if is_french_word(fix) and _verb_form(fix):
            found.append(one(note, match.span("verb"), same_case(verb, fix), "fr-agreement"))
    for match in _MA_ADVERB.finditer(text):
        verb = match.group("verb").lower()
        if _participle(verb) and not _nominal(french_analyses(verb)):
            written = match.group("w")
            found.append(one(note, match.span("w"), same_case(written, written[0] + "'a")))
    return found


# --- "et" for "est" after the noun that opens a clause --------------------------------

_SUBJECT_ET_PARTICIPLE = re.compile(
    r"(?:^|(?<=[.!?;:,\n])\s*|(?<![\w'’-])(?:que|qu['’]|car|mais|donc|puisque|si|quand|"
    r"comme)\s+)"
    rf"(?:le|la|l['’]|mon|ma|votre|notre|son|sa|leur|ce|cet|cette)\s*(?<=['’\s])"
    rf"(?P<noun>{_W})\s+(?P<w>et)\s+(?P<part>{_W})(?:\s+(?P<next>{_W}))?{_END}",
    re.IGNORECASE | re.MULTILINE,
)


# Words that follow a participle rather than a noun: "fait pour moi", "arrivée au bon moment".
_AFTER_PARTICIPLE = frozenset(["pour", "à", "au", "aux", "par", "en", "dans", "depuis", "hier"])


def _et_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _SUBJECT_ET_PARTICIPLE.finditer(text):
        noun, part = match.group("noun").lower(), match.group("part").lower()
        if not _noun(noun) or _plural_only(noun):
            continue
        if not (_participle(part) or part == "fait" or _agreeing_adjective(noun, part)):
            continue
        after = (match.group("next") or "").lower()
        if _nominal(french_analyses(part)) and after not in _AFTER_PARTICIPLE:
            continue  # "la directrice et fondatrice de…": two nouns
        found.append(one(note, match.span("w"), same_case(match.group("w"), "est")))
    return found


def _agreeing_adjective(noun: str, word: str) -> bool:
    """An adjective in the singular of the noun's gender ("dossier … complet")."""
    gender = noun_gender(noun)
    tags = _genders_table().get(word, "").split()
    return (
        bool(gender)
        and any(tag[0] == "A" and tag[1] in (gender, "e") for tag in tags)
        and (number_of(word, "AP") in "si")
    )


# --- gender: a determiner, an adjective or a participle and the noun it goes with ---------
# The gender comes from genders_fr.txt (french_words.noun_gender): a noun of both genders
# ("poste", "collègue", "après-midi") or one the table lacks says nothing, and neither does a
# capitalised noun (a name: "Le Boutique Martin").

_MASCULINE_DET = {"le": "la", "un": "une", "ce": "cette", "cet": "cette", "quel": "quelle"}
_MASCULINE_DET |= {"au": "à la", "du": "de la", "mon": "ma", "ton": "ta", "son": "sa"}
_MASCULINE_DET |= {"aucun": "aucune", "quels": "quelles"}
_FEMININE_DET = {"la": "le", "une": "un", "cette": "ce", "quelle": "quel", "ma": "mon"}
_FEMININE_DET |= {"ta": "ton", "sa": "son", "aucune": "aucun", "quelles": "quels"}
_PLURAL_GENDER_DET = frozenset(["quels", "quelles"])
# Adjectives that stand before their noun ("une belle occasion", "un deuxième entretien").
_BEFORE = frozenset(
    [
        "bon",
        "bonne",
        "bons",
        "bonnes",
        "beau",
        "bel",
        "belle",
        "beaux",
        "belles",
        "nouveau",
        "nouvel",
        "nouvelle",
        "nouveaux",
        "nouvelles",
        "grand",
        "grande",
        "grands",
        "grandes",
        "petit",
        "petite",
        "petits",
        "petites",
        "premier",
        "première",
        "premiers",
        "premières",
        "dernier",
        "dernière",
        "derniers",
        "dernières",
        "prochain",
        "prochaine",
        "prochains",
        "prochaines",
        "ancien",
        "ancienne",
        "anciens",
        "anciennes",
        "excellent",
        "excellente",
        "excellents",
        "excellentes",
        "vrai",
        "vraie",
        "vrais",
        "vraies",
        "meilleur",
        "meilleure",
        "meilleurs",
        "meilleures",
        "long",
        "longue",
        "court",
        "courte",
        "gros",
        "grosse",
        "bref",
        "brève",
        "joli",
        "jolie",
        "mauvais",
        "mauvaise",
        "vaste",
        "énorme",
        "magnifique",
        "formidable",
        "superbe",
        "merveilleux",
        "merveilleuse",
        "véritable",
        "seul",
        "seule",
        "autre",
        "même",
        "jeune",
        "simple",
        "double",
        "réel",
        "réelle",
    ]
)
_GENDER_DETERMINERS = [
    "le",
    "la",
    "un",
    "une",
    "ce",
    "cet",
    "cette",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "au",
    "du",
    "mon",
    "ma",
    "ton",
    "ta",
    "son",
    "sa",
    "aucun",
    "aucune",
    "votre",
    "notre",
    "leur",
    "vos",
    "nos",
    "leurs",
    "les",
    "des",
    "ces",
    "mes",
    "tes",
    "ses",
]
# Adverbs of degree between a noun and its adjective ("une discussion très stimulante").
_DEGREE = r"très|vraiment|particulièrement|extrêmement|assez|plutôt|tellement|fort|si"
_GENDER_DET = re.compile(
    # the letters a determiner starts with first, so the engine jumps between them
    r"(?=[lLuUcCqQaAdDmMtTsSvVnN])"
    rf"{_START}(?P<det>{'|'.join(sorted(_GENDER_DETERMINERS, key=len, reverse=True))}|"
    rf"{'|'.join(sorted((w.capitalize() for w in _GENDER_DETERMINERS), key=len, reverse=True))}|"
    r"[lL]['’])"
    rf"(?=\s*(?<=['’\s])(?:(?P<pre>{'|'.join(sorted(_BEFORE, key=len, reverse=True))}|"
    rf"{_W}ième)\s+)?"
    rf"(?P<noun>{_W}){_END}(?!\s*[(·.]\s*e)"
    rf"(?:\s+(?:(?P<adverb>{_DEGREE})\s+(?:bien\s+)?)?(?P<adj>{_W}){_END}(?!\s*[(·'’-])(?:\s+(?P<next>{_W}))?)?)",
)
_WORD_BEFORE = re.compile(rf"({_W})['’]?\s*$")
# Trades a woman may bear in the masculine form ("la chef d'équipe", "la médecin").
_TRADES = frozenset(["chef", "médecin", "écrivain", "témoin", "mannequin", "marin", "peintre"])
# Adjectives that also modify an adjective after them ("une entrevue fort agréable").
_ADVERBS = frozenset(["fort", "bien", "bas", "haut", "cher", "juste", "net", "clair", "faux"])
_VOWEL = tuple("aeiouyéèêâîôûœ")
# Nouns whose adjective goes with another word: "une fois arrivé", "la plupart".
_NO_ADJECTIVE = frozenset(["fois", "plupart", "chose", "sorte", "espèce", "genre", "gens"])


def _wanted_det(det: str, gender: str, following: str) -> str:
    """The determiner `det` for a noun of `gender` before `following`, or "" if it is right."""
    vowel = following.startswith(_VOWEL)
    if following.startswith("h"):
        return ""  # "le héros", "l'heure": whether the h elides is not known here
    if gender == "f" and det in _MASCULINE_DET:
        if det in ("mon", "ton", "son") and vowel:
            return ""  # "mon expérience"
        if det in ("le", "au", "du") and vowel:
            return ""  # a missing elision, for another rule
        return _MASCULINE_DET[det]
    if gender == "m" and det in _FEMININE_DET:
        if det in ("la", "ma", "ta", "sa") and vowel:
            return ""
        if det == "cette" and vowel:
            return "cet"
        return _FEMININE_DET[det]
    if gender == "m" and det == "ce" and vowel:
        return "cet"
    if gender == "f" and det == "cet":
        return "cette"
    return ""


def _gender_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _GENDER_DET.finditer(text):
        det = match.group("det").lower().replace("’", "'")
        pre, noun = match.group("pre"), match.group("noun")
        lower = noun.lower()
        if noun[:1].isupper() or (pre and pre[:1].isupper()) or lower not in _genders_table():
            continue
        pre_lower = pre.lower() if pre else ""
        if pre_lower and pre_lower not in _BEFORE and not pre_lower.endswith("ième"):
            continue
        gender = noun_gender(lower)
        if not gender or lower in _NO_ADJECTIVE or lower in FUNCTION_WORDS or lower in CALENDAR:
            continue
        if gender == "m" and (lower.endswith(("eur", "cien")) or lower in _TRADES):
            continue  # "la chef", "la professeur": a woman's trade written in the masculine
        adj = match.group("adj")
        if (
            adj
            and any(t[0] in "AP" for t in _tags(lower))
            and (is_noun(adj.lower()) or _nominal(french_analyses(adj.lower())))
        ):
            continue  # "ma propre recherche": an adjective before its noun
        if det in ("le", "la", "l'", "les") and _verbish(lower):
            continue  # "je le rencontre demain": a pronoun before a verb
        if det in _PLURAL_GENDER_DET and number_of(lower, "N") == "s":
            continue
        number = number_of(lower, "N")
        following = pre_lower or lower
        fix = _wanted_det(det, gender, following)
        if fix and not (pre_lower and adjective_gender(pre_lower) not in ("", gender)):
            span = match.span("det")
            found.append(one(note, span, same_case(match.group("det"), fix), "fr-agreement"))
        elif pre_lower and adjective_gender(pre_lower) not in ("", gender):
            fixes = inflected(pre_lower, gender, "p" if number == "p" else "s")
            if det in _MASCULINE_DET and gender == "f" or det in _FEMININE_DET and gender == "m":
                # "un grand entreprise": the determiner and the adjective both
                wanted = _wanted_det(det, gender, fixes[0] if fixes else following)
                fixes = tuple(f"{wanted} {f}" for f in fixes) if wanted else ()
                if fixes:
                    span = (match.start("det"), match.end("pre"))
                    found.append(slip(note, span, fixes, "fr-agreement"))
                continue
            if fixes:
                found.append(slip(note, match.span("pre"), fixes, "fr-agreement"))
        if not adj or not is_adjective(adj.lower()):
            continue
        word_before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if word_before and word_before.group(1).lower() in ("de", "d", "du", "des"):
            continue  # "la copie de mon diplôme signée": the adjective may go with "copie"
        if lower == "air" and word_before and word_before.group(1).lower() in _AVOIR_AIR:
            continue  # "elle a l'air contente": the adjective goes with the subject
        after = (match.group("next") or "").lower()
        if after and (is_adjective(after) or adj.lower() in _ADVERBS):
            continue  # "une entrevue fort agréable": an adverb
        found += _adjective_after(note, match, adj, lower, gender, number)
    return found


# "Avoir l'air" (and "à l'air" typed for "a l'air"): the adjective after it agrees with the
# subject, not with "air".
_AVOIR_AIR = frozenset(
    [
        "ai",
        "as",
        "a",
        "à",
        "avons",
        "avez",
        "ont",
        "avais",
        "avait",
        "avions",
        "aviez",
        "avaient",
        "aura",
        "auront",
        "aurait",
        "auraient",
        "avoir",
        "eu",
    ]
)


def _verbish(word: str) -> bool:
    return any(flag[:1].islower() for _stem, flag in french_analyses(word))


def _adjective_after(
    note: Note, match: re.Match[str], adj: str, noun: str, gender: str, number: str
) -> list[Finding]:
    """An adjective or participle right after its noun ("votre décision final")."""
    lower = adj.lower()
    if adj[:1].isupper() or lower in FUNCTION_WORDS or lower in INVARIABLE_AFTER_ETRE:
        return []
    wrong = adjective_gender(lower)
    if not wrong or wrong == gender or noun_gender(lower) == gender:
        return []
    if any(t[0] == "N" and t[1] == gender for t in _tags(lower)):
        return []  # "une femme médecin": two nouns
    adj_number = number_of(lower, "AP")
    if number and adj_number and "i" not in (number, adj_number) and number != adj_number:
        return []  # "un calme et une rigueur exceptionnels": two nouns
    if _verbish(lower) and not _participle(lower) and not is_adjective(lower):
        return []
    wanted = number if number in ("s", "p") else (adj_number if adj_number != "i" else "s")
    fixes = inflected(lower, gender, wanted)
    if not fixes:
        return []
    return [slip(note, match.span("adj"), tuple(same_case(adj, f) for f in fixes), "fr-agreement")]


def _tags(word: str) -> list[str]:
    return _genders_table().get(word, "").split()


# The participle after "avoir" and a noun "que" stands for, by the noun's gender: "la
# présentation que vous m'avez fait" (faite), "le temps que vous m'avez accordée" (accordé).
_ANY_DET = (
    r"le|la|l['’]|les|un|une|des|du|ce|cet|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|"
    r"notre|votre|nos|vos|leur|leurs"
)
_QUE_AVOIR = re.compile(
    r"(?<![\w'’-])(?:[Qq]ue\s+|[Qq]u['’]\s*)"
    r"(?:j['’]\s*|(?:je|tu|il|elle|on|nous|vous|ils|elles)\s+|"
    r"(?:(?:Mme|M\.|Madame|Monsieur|Me|Dr|Dre)\s+)?[A-ZÉ][\w-]+(?:\s+[A-ZÉ][\w-]+)?\s+)"
    r"(?:m['’]\s*|t['’]\s*|nous\s+|vous\s+|lui\s+|leur\s+|me\s+|te\s+)?"
    r"(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurai|auras|aura|aurons|"
    r"aurez|auront|aurais|aurait|aurions|auriez|auraient)\s+"
    r"(?:(?:bien|déjà|tant|beaucoup|longuement|clairement|tellement|toujours|souvent|aussi|"
    r"si\s+bien|très\s+bien|rapidement|gentiment|personnellement)\s+)?"
    rf"(?P<part>{_W}){_END}(?!\s*[(·-])(?:\s+(?P<next>{_W}))?",
)
# The noun "que" stands for, right before it: "la présentation", "la lettre de recommandation".
_NOUN_BEFORE_QUE = re.compile(
    rf"(?:(?P<before>{_W})['’]?\s*)?{_START}(?P<det>{_ANY_DET})\s*(?<=['’\s])(?P<noun>{_W})"
    rf"(?:\s+(?:de|d['’])\s*(?<=['’\s])(?P<cpl>{_W}))?\s+$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(re.sub(r"\[.*?\]", "", _ANY_DET).split("|"))
_CLEFT = re.compile(r"(?<![\w'’-])(?:c['’]est|c['’]était|ce\s+fut|ce\s+sera)\s", re.IGNORECASE)
_NOT_THE_OBJECT = frozenset(["dû", "pu", "su", "voulu", "fallu", "cru", "pensé", "osé", "été"])


def _object_gender_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _QUE_AVOIR.finditer(text):
        head = _NOUN_BEFORE_QUE.search(text, max(0, match.start() - 60), match.start())
        if not head:
            continue
        det = head.group("det").lower()
        noun, cpl = head.group("noun").lower(), (head.group("cpl") or "").lower()
        part = match.group("part")
        lower = part.lower()
        gender = noun_gender(noun)
        if not gender or noun in _NOT_OBJECTS or noun in _NO_ADJECTIVE or lower in _NOT_THE_OBJECT:
            continue
        if cpl and noun_gender(cpl) != gender:
            continue  # "la liste de documents que j'ai…": which noun "que" stands for is unsure
        if head.group("noun")[:1].isupper() or not any(t[0] == "P" for t in _tags(lower)):
            continue
        wrong = adjective_gender(lower)
        if not wrong or wrong == gender:
            continue
        if gender == "m" and (noun.endswith(("eur", "cien")) or noun in _TRADES):
            continue
        before = (head.group("before") or "").lower()
        if before in ("de", "d", "du", "des"):
            continue  # "la copie de mon diplôme que…": "que" may stand for "copie"
        if det in ("des", "du") and before and is_noun(before):
            continue  # "l'analyse des coûts que j'ai réalisée": "que" may stand for "analyse"
        start = max(text.rfind(mark, 0, head.start()) for mark in ".!?\n")
        if before in _PREPOSITIONS and _CLEFT.search(text, start + 1, head.start()):
            continue  # "c'est avec un sourire que vous m'avez accueillie": "que" is no object
        if re.search(r"(?<![\w'’])il\s+y\s+a", text[match.start() : match.start("part")]):
            continue  # "les difficultés qu'il y a eu"
        after = (match.group("next") or "").lower()
        if after and (
            after in _DETERMINERS
            or any(stem == after and flag[:1].islower() for stem, flag in french_analyses(after))
        ):
            continue  # "que j'ai eu le plaisir de…", "que j'ai vu entrer": another verb's object
        if after in ("à", "de", "d"):
            rest = text[match.end("next") :].lstrip(" '’")
            word = re.match(_W, rest)
            following = word.group(0).lower() if word else ""
            if following in FUNCTION_WORDS - {"la", "le", "les", "l", "un", "une", "votre"} or (
                following
                and any(
                    stem == following and flag[:1].islower()
                    for stem, flag in french_analyses(following)
                )
            ):
                continue  # "que vous m'avez demandé de vous envoyer"
        plural = det in PLURAL_DETERMINERS or det == "des"
        fixes = inflected(lower, gender, "p" if plural else "s")
        if fixes:
            found.append(
                slip(
                    note,
                    match.span("part"),
                    tuple(same_case(part, f) for f in fixes),
                    "fr-agreement",
                )
            )
    return found


# --- more real-word slips: a preposition, a homophone, an auxiliary, a plural -------------
# Each rule reads the word classes of the dictionary (french_analyses) and of genders_fr.txt,
# never a list of sentences.

# "remercier pour" + a past infinitive: French thanks "de" (or "d'") an act ("je vous remercie
# de m'avoir reçue", "merci d'avoir pris le temps"); "pour" goes with a noun ("pour votre
# accueil"), which the rule leaves alone.
_THANKS_POUR = re.compile(
    rf"{_START}(?:remerci{_W}|merci)(?:\s+(?:{_W}|d['’]{_W}|à\s+nouveau|de\s+nouveau)){{0,8}}?"
    rf"\s+(?P<w>pour)\s+(?P<next>(?:(?:me|m['’]|nous|vous|te|t['’]|l['’]|les|lui|leur|y|en)\s*)?"
    rf"(?:avoir|être|m['’]avoir|m['’]être){_END})",
    re.IGNORECASE,
)
# A participle in "-é(e)(s)" after a preposition and an object pronoun, where the infinitive
# is meant: "ravie de les rencontrés", "pour vous remercié" (rencontrer, remercier).
_PREPOSITION_PRONOUN_PARTICIPLE = re.compile(
    rf"{_START}(?:de|d['’]|à|pour|sans|afin\s+de)\s*(?<=['’\s])(?:(?:me|te|se|nous|vous|le|la|"
    rf"les|lui|leur|y|en)\s+|[mtsl]['’]\s*){{1,2}}(?P<w>{_W}(?:és|ée|ées)){_END}",
    re.IGNORECASE,
)
# "-ez" after an elided "avoir" or "être": "merci de m'avoir accordez" (accordé).
_ELIDED_AUXILIARY_EZ = re.compile(
    rf"(?<![\w-])[mtsl]['’](?:avoir|être)\s+(?:(?:bien|déjà|tant|autant|si\s+bien)\s+)?"
    rf"(?P<w>{_W}ez){_END}",
    re.IGNORECASE,
)
# "être" then a simple past or a present in "-it" where the participle is meant: "elle est
# partit" (partie), "il est sortit" (sorti).
_ETRE_THEN_IT = re.compile(
    rf"{_START}(?P<pro>je|j['’]|tu|il|elle|on|nous|vous|ils|elles|qui)\s*(?<=['’\s])"
    rf"(?:(?:ne|n['’])\s*)?(?:suis|es|est|sommes|êtes|sont|étais|était|serai|sera)\s+"
    rf"(?:(?:déjà|bien|pas|enfin|vite)\s+)?(?P<w>{_W}it){_END}",
    re.IGNORECASE,
)
# A subject pronoun, "être" (or "sembler"…) and an adjective or participle of the wrong gender
# or number: "elles ont été très accueillant", "elle est arrivé" (accueillantes, arrivée).
_PRONOUN_ATTRIBUTE = re.compile(
    rf"{_START}(?P<pro>il|elle|ils|elles)\s+(?:(?:ne|n['’])\s*)?(?:(?:me|m['’]|nous|vous|lui|leur)"
    rf"\s*)?(?<=['’\s])(?:est|était|sera|serait|a\s+été|avait\s+été|semble|semblait|paraît|"
    rf"paraissait|reste|restait|devient|devenue?|sont|étaient|seront|seraient|ont\s+été|"
    rf"avaient\s+été|semblent|semblaient|paraissent|restent|restaient|deviennent)\s+"
    rf"(?:(?:pas|plus|très|vraiment|si|bien|assez|plutôt|fort|trop|aussi|tellement|toujours|"
    rf"déjà|particulièrement|extrêmement|tout|toute|toutes)\s+){{0,2}}(?P<w>{_W}){_END}",
    re.IGNORECASE,
)
# "avoir" then "pus" (a simple past or a noun) where the participle is meant: "je n'ai pas
# pus" (pu).
_AVOIR_THEN_US = re.compile(
    rf"(?<![\w-])(?:ai|as|a|avons|avez|ont|avais|avait|aurais|aurait)\s+(?:(?:pas|jamais|plus|"
    rf"pas\s+encore|toujours|déjà|bien)\s+)?(?P<w>{_W}us){_END}",
    re.IGNORECASE,
)
# An indirect object pronoun, "avoir", a participle in the plural and its object after:
# "elles m'ont expliqués le processus" (expliqué): nothing before it to agree with.
_INDIRECT_THEN_PLURAL_PARTICIPLE = re.compile(
    rf"{_START}(?:m['’]|t['’]|lui\s+|leur\s+)(?:ai|as|a|avons|avez|ont|avait|avaient|aurait|"
    rf"auraient)\s+(?:(?:bien|déjà|aussi|beaucoup|très\s+bien|clairement)\s+)?"
    rf"(?P<w>{_W}(?:és|ées|ée|ies|ues|is|us))\s+(?P<det>le|la|les|l['’]|un|une|des|du|mon|ma|mes|"
    rf"son|sa|ses|votre|vos|notre|nos|leur|leurs|ce|cet|cette|ces)\s*(?<=['’\s])(?P<noun>{_W})",
    re.IGNORECASE,
)
# "que" after a verb or a conjunction that calls for the subjunctive, then the indicative of
# an irregular verb: "il faut que je fais" (fasse), "bien que j'ai" (j'aie).
_SUBJUNCTIVE_QUE = re.compile(
    r"(?<![\w'’-])(?:(?:il\s+)?(?:faut|faudrait|faudra|fallait)|pour|afin|bien|avant|sans|"
    r"quoi|condition|jusqu['’]à\s+ce|souhaite|souhaiterais|aimerais|voudrais|veux|"
    r"(?:important|essentiel|nécessaire|possible|préférable|normal|dommage)|"
    r"content|contente|heureux|heureuse|ravi|ravie)\s+"
    r"(?:que\s+(?P<pro>je|tu|il|elle|on|nous|vous|ils|elles)\s+|qu['’](?P<pro2>il|elle|on|ils|"
    r"elles)\s+|que\s+j['’](?P<j>))(?:(?:ne|n['’])\s*)?(?:(?:me|te|se|nous|vous|le|la|les|lui|"
    rf"leur|y|en)\s+|[mtsl]['’]\s*){{0,2}}(?P<w>{_W}){_END}",
    re.IGNORECASE,
)
_SUBJUNCTIVE = {
    ("je", "fais"): "fasse",
    ("je", "peux"): "puisse",
    ("je", "vais"): "aille",
    ("je", "sais"): "sache",
    ("je", "suis"): "sois",
    ("je", "veux"): "veuille",
    ("je", "dois"): "doive",
    ("je", "prends"): "prenne",
    ("je", "viens"): "vienne",
    ("je", "ai"): "aie",
    ("je", "obtiens"): "obtienne",
    ("je", "deviens"): "devienne",
    ("tu", "fais"): "fasses",
    ("tu", "peux"): "puisses",
    ("tu", "es"): "sois",
    ("tu", "as"): "aies",
    ("tu", "vas"): "ailles",
    ("tu", "sais"): "saches",
    ("il", "fait"): "fasse",
    ("il", "peut"): "puisse",
    ("il", "va"): "aille",
    ("il", "sait"): "sache",
    ("il", "est"): "soit",
    ("il", "veut"): "veuille",
    ("il", "doit"): "doive",
    ("il", "prend"): "prenne",
    ("il", "vient"): "vienne",
    ("il", "a"): "ait",
    ("il", "obtient"): "obtienne",
    ("il", "devient"): "devienne",
    ("nous", "faisons"): "fassions",
    ("nous", "pouvons"): "puissions",
    ("nous", "savons"): "sachions",
    ("nous", "sommes"): "soyons",
    ("nous", "avons"): "ayons",
    ("vous", "faites"): "fassiez",
    ("vous", "pouvez"): "puissiez",
    ("vous", "savez"): "sachiez",
    ("vous", "êtes"): "soyez",
    ("vous", "avez"): "ayez",
    ("ils", "font"): "fassent",
    ("ils", "peuvent"): "puissent",
    ("ils", "vont"): "aillent",
    ("ils", "savent"): "sachent",
    ("ils", "sont"): "soient",
    ("ils", "ont"): "aient",
    ("ils", "veulent"): "veuillent",
    ("ils", "doivent"): "doivent",
    ("ils", "prennent"): "prennent",
    ("ils", "viennent"): "viennent",
}
_PERSON_OF = {"je": "je", "tu": "tu", "il": "il", "elle": "il", "on": "il", "nous": "nous"}
_PERSON_OF |= {"vous": "vous", "ils": "ils", "elles": "ils"}
# "les" (them) before "avoir": the participle agrees in the plural ("je les ai trouvés").
_LES_AVOIR_PARTICIPLE = re.compile(
    rf"{_START}(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles)\s*(?<=['’\s])(?:(?:ne|n['’])\s*)?"
    rf"(?:(?:me|m['’]|nous|vous|te|t['’])\s*)?(?<=['’\s])les\s+(?:ai|as|a|avons|avez|ont|avais|"
    rf"avait|avions|aviez|avaient|aurai|auras|aura|aurons|aurez|auront|aurais|aurait)\s+"
    rf"(?:(?:bien|déjà|tous|toutes|beaucoup|vraiment|pas|jamais|enfin|aussi|toujours)\s+){{0,2}}"
    rf"(?P<w>{_W})(?:\s+(?P<next>{_W}))?{_END}",
    re.IGNORECASE,
)
# A plural determiner, an adjective in the singular and a plural noun: "de nombreuse
# responsabilités", "des bon conseils" (nombreuses, bons).
_ADJECTIVE_BEFORE_PLURAL = re.compile(
    rf"{_START}(?:de|des|les|mes|tes|ses|vos|nos|leurs|ces|plusieurs|quelques|certains|"
    rf"certaines|d['’])\s*(?<=['’\s])(?P<w>{_W})\s+(?P<noun>{_W}){_END}",
    re.IGNORECASE,
)
# A time to come with the conditional of the first person, where the future is meant: "je
# vous répondrais demain" (répondrai).
_FIRST_CONDITIONAL = re.compile(
    rf"{_START}(?:je\s+(?:(?:ne|n['’])\s*)?(?:(?:vous|te|lui|leur|le|la|les|en|y|me)\s+|[mlt]['’]\s*)"
    rf"{{0,2}}|j['’])(?<=['’\s])(?P<w>{_W}rais){_END}",
    re.IGNORECASE,
)
_TIME_TO_COME = re.compile(
    r"(?<![\w'’-])(?:demain|dès\s+que|dès\s+demain|bientôt|sous\s+peu|d['’]ici|prochaine?s?|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce\s+soir|cet\s+après-midi|"
    r"rapidement|sans\s+faute|comme\s+convenu|comme\s+promis)(?![\w'’-])",
    re.IGNORECASE,
)
_WOULD = re.compile(
    r"(?<![\w'’-])(?:si|s['’]il|s['’]ils|sinon|mais|au\s+cas|volontiers|peut-être|"
    r"à\s+condition|pourvu|éventuellement|idéalement|aimerais|voudrais|souhaiterais)(?![\w'’-])",
    re.IGNORECASE,
)
_POLITE_CONDITIONAL = frozenset(
    ["aimer", "vouloir", "souhaiter", "préférer", "désirer", "pouvoir", "devoir", "être"]
    + ["avoir", "falloir", "valoir", "apprécier", "adorer", "permettre", "oser", "dire"]
    + ["savoir"]  # "je vous saurais gré"
)
# "ce" before a vowel: "ce entreprise" (cette), "ce emploi" (cet).
_CE_VOWEL = re.compile(rf"{_START}(?P<w>ce)\s+(?P<noun>[aeiouéèêâîôûœ]{_W}?){_END}", re.IGNORECASE)
# A determiner of one gender, an adjective and a noun of the other that agree together: "le
# nouvelle approche", "du nouvelle politique" (la, de la), "une nouveau poste" (un).
_DET_ADJECTIVE_NOUN = re.compile(
    rf"{_START}(?P<w>le|un|ce|du|au|la|une|cette)\s+(?P<adj>{_W})\s+(?P<noun>{_W}){_END}",
    re.IGNORECASE,
)
_FEMININE_OF = {"le": "la", "un": "une", "ce": "cette", "du": "de la", "au": "à la"}
_MASCULINE_OF = {"la": "le", "une": "un", "cette": "ce"}
# "ou" (or) after a verb that asks or tells, before a clause: "je ne savais pas ou se
# trouvait", "me dire ou je dois" (où).
_ASKING_OU = re.compile(
    rf"(?<![\w-])(?P<verb>{_W})\s+(?:(?:pas|plus|bien|exactement|précisément|vraiment)\s+)?"
    rf"(?P<w>ou)\s+(?:je|j['’]|nous|vous|il|elle|on|ils|elles|se|s['’]|en|l['’]on)"
    rf"\s*(?<=['’\s])(?P<next>{_W}){_END}",
    re.IGNORECASE,
)
_ASKING_VERBS = frozenset(
    ["savoir", "demander", "dire", "indiquer", "préciser", "expliquer", "ignorer", "confirmer"]
    + ["montrer", "rappeler", "vérifier", "voir", "comprendre", "deviner", "chercher"]
)
# A pronominal verb in a compound tense agrees with its subject: "la réunion s'est bien
# passée", "elle s'est amusée", "les entrevues se sont déroulées".
_PRONOMINAL_PAST = re.compile(
    r"(?<![\w'’-])(?:s['’](?:est|était|étaient|sera|seront|serait|seraient)|"
    rf"se\s+(?:sont|seront|seraient))\s+(?:(?:pas|plus|bien|très|vraiment|déjà|toujours|"
    rf"finalement|rapidement|plutôt|si|tellement|aussi|enfin|mal|jamais|tout|vite)\s+){{0,3}}"
    rf"(?P<part>{_W})(?:\s+(?P<next>{_W}))?{_END}",
    re.IGNORECASE,
)
# The subject just before it: a determiner and a noun, or a pronoun.
_PRONOMINAL_SUBJECT = re.compile(
    rf"{_START}(?:(?P<det>le|la|l['’]|un|une|mon|ma|ton|ta|son|sa|notre|votre|leur|ce|cet|cette|"
    rf"les|des|mes|tes|ses|nos|vos|leurs|ces)\s*(?<=['’\s])(?P<noun>{_W})|(?P<pro>il|elle|ils|"
    r"elles))\s+(?:(?:ne|n['’])\s*)?$",
    re.IGNORECASE,
)
_PRONOUN_AGREES = {"il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p")}
# Verbs whose "se" is an indirect object (no agreement: "elle s'est permis", "ils se sont
# parlé"), or that take an infinitive ("elle s'est fait expliquer").
_SE_INDIRECT = frozenset(
    ["parler", "téléphoner", "demander", "permettre", "succéder", "plaire", "sourire", "mentir"]
    + ["nuire", "ressembler", "écrire", "dire", "promettre", "donner", "rendre", "faire"]
    + ["laisser", "imaginer", "figurer", "acheter", "offrir", "accorder", "répondre", "voir"]
    + ["entendre", "sentir", "envoyer", "poser", "fixer", "attribuer", "partager"]
)
# "ils son", "elles son": only "sont" follows a plural subject pronoun.
_SON_AFTER_ILS = re.compile(rf"{_START}(?:ils|elles)\s+(?P<w>son){_END}", re.IGNORECASE)
# "c'est"/"s'est" straight before a plural noun: "de c'est priorités" (ces, ses).
_CEST_PLURAL = re.compile(rf"{_START}(?P<w>[cs]['’]est)\s+(?P<noun>{_W}){_END}", re.IGNORECASE)
# "est" (is) between two attributes of a verb already conjugated: "je suis ponctuelle est
# rigoureuse" (et). The clause has a copula and no relative word before it.
_ATTRIBUTE_ADVERB = (
    r"(?:très|vraiment|si|bien|assez|plutôt|fort|tout|toute|trop|aussi|particulièrement)"
)
_EST_BETWEEN_WORDS = re.compile(
    rf"(?<![\w'’-])(?P<first>{_W})\s+(?P<w>est)\s+(?:{_ATTRIBUTE_ADVERB}\s+)?(?P<second>{_W}){_END}",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(
    rf"{_START}(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|serai|sera|"
    rf"serons|serez|seront|reste|restes|restent|semble|semblent|semblait|semblaient|paraît|"
    rf"paraissait|deviens|devient|deviennent|resté|restée|été){_END}"
    rf"(?:\s+{_ATTRIBUTE_ADVERB})?\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?<![\w'’-])(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles|quoi|"
    r"ce|cela|ça|tout|si|quand|comme|lorsque|lorsqu['’])(?![\w'’-])",
    re.IGNORECASE,
)
# "quelle" (which) before a verb, where "qu'elle" (that she) is meant: "je sais quelle a".
_QUELLE_VERB = re.compile(
    rf"(?<=[^\W\d_])\s+(?P<w>quelle)\s+(?:(?:ne|me|nous|vous|le|la|les|lui|leur|y|en|se)\s+|"
    rf"(?:n|m|l|s)['’]\s*){{0,2}}(?P<verb>{_W}){_END}",
    re.IGNORECASE,
)
# "leurs" (their) before a conjugated verb or the pronoun's verb: "mes compétences leurs
# seront utiles", "je leurs ai écrit" (leur).
_LEURS_VERB = re.compile(
    rf"{_START}(?P<w>leurs)\s+(?:(?:en|y)\s+)?(?P<verb>{_W}){_END}", re.IGNORECASE
)
# "vous" as the subject then a participle in "-é" where the verb in "-ez" is meant: "si vous
# le souhaité" (souhaitez), "quand vous voulé".
_VOUS_E = re.compile(
    rf"{_START}(?P<vous>vous)\s+(?:(?:ne|le|la|les|en|y|me|nous|lui|leur)\s+|[nlm]['’]\s*){{0,2}}"
    rf"(?P<w>{_W}é){_END}",
    re.IGNORECASE,
)
_VOUS_SUBJECT_BEFORE = re.compile(
    rf"(?:^|[.!?;:,\n]|{_START}(?:si|que|qu['’]|quand|lorsque|comme|dès\s+que|où|et|mais|ou|car|"
    r"puisque|dont|parce\s+que|pendant\s+que|tandis\s+que|alors\s+que|lequel|laquelle))\s*$",
    re.IGNORECASE,
)
# A plural noun, an adverb of degree, then an adjective in the singular: "des questions très
# pertinente", "les échanges très enrichissant".
_PLURAL_NOUN_ADVERB_ADJ = re.compile(
    rf"{_START}(?:les|des|mes|tes|ses|vos|nos|leurs|ces|plusieurs|quelques|certains|certaines)"
    rf"\s+(?P<noun>{_W})\s+(?:(?P<mid>{_W})\s+)?(?:très|vraiment|si|bien|assez|plutôt|fort|trop|aussi|plus|moins|"
    rf"particulièrement|tellement|extrêmement|fort)\s+(?P<w>{_W}){_END}",
    re.IGNORECASE,
)
# "être" where "avoir" is meant: "je suis terminé le test", "elle est reçu plusieurs
# candidatures" — a participle of a verb that takes no "être" with its direct object after it.
_ETRE_PARTICIPLE_OBJECT = re.compile(
    rf"{_START}(?P<subject>je|j['’]|tu|il|elle|on|nous|vous|ils|elles)\s*(?<=['’\s])"
    rf"(?:(?:ne|n['’])\s*)?(?P<w>suis|es|est|sommes|êtes|sont)\s+"
    rf"(?:(?:déjà|bien|aussi|enfin|tout|pas|jamais|toujours)\s+)?(?P<part>{_W})\s+"
    rf"(?P<det>un|une|le|la|l['’]|les|mon|ma|mes|votre|vos|notre|nos|son|sa|ses|leur|leurs|ce|"
    rf"cet|cette|ces|plusieurs|quelques|deux|trois)\s*(?<=['’\s])(?P<noun>{_W})"
    rf"(?:\s+(?P<noun2>{_W}))?{_END}",
    re.IGNORECASE,
)
_AVOIR_FOR = {
    "suis": "ai",
    "es": "as",
    "est": "a",
    "sommes": "avons",
    "êtes": "avez",
    "sont": "ont",
}
# Verbs that take "être" (or either auxiliary: "passer", "monter"… take "avoir" with an
# object, so those are not here), by their infinitive.
_ETRE_ONLY = frozenset(
    [
        "aller",
        "venir",
        "arriver",
        "partir",
        "naître",
        "mourir",
        "rester",
        "tomber",
        "devenir",
        "revenir",
        "parvenir",
        "intervenir",
        "survenir",
        "décéder",
        "advenir",
        # "avoir" with an object, "être" without: "je suis sortie la première".
        "entrer",
        "sortir",
        "rentrer",
        "retourner",
        "monter",
        "descendre",
    ]
)


# Verbs whose passive takes an attribute with a determiner: "elle est nommée la directrice".
_NAMING = frozenset(
    ["nommer", "appeler", "élire", "considérer", "surnommer", "désigner", "proclamer", "juger"]
    + ["reconnaître", "classer", "choisir", "sacrer", "couronner", "déclarer", "réélire"]
)
# Verbs before which "quelle" may be asked with the subject after: "quelle pourrait être".
_INVERTING = frozenset(
    ["être", "avoir", "pouvoir", "devoir", "sembler", "paraître", "aller", "rester", "venir"]
)


@lru_cache(maxsize=8192)
def _verb_only(word: str) -> bool:
    """A conjugated verb by the dictionary, and no noun or adjective ("apprécierait")."""
    readings = french_analyses(word)
    if not readings or _nominal(readings) or any(not flag for _s, flag in readings):
        return False
    return any(flag[:1].islower() and stem != word for stem, flag in readings)


# Words after a determiner that make no object: "je suis sortie la première", "le plus".
_NOT_OBJECT = frozenset(
    ["plus", "moins", "mieux", "premier", "première", "dernier", "dernière", "seul", "seule"]
    + ["même", "mêmes", "meilleur", "meilleure", "bienvenu", "bienvenue", "cas", "moment"]
)


def _pronominal_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _PRONOMINAL_PAST.finditer(text):
        subject = _PRONOMINAL_SUBJECT.search(text, max(0, match.start() - 40), match.start())
        if subject is None:
            continue
        part, after = match.group("part"), (match.group("next") or "").lower()
        lower = part.lower()
        tags = [tag for tag in _genders_table().get(lower, "").split() if tag[0] == "P"]
        if not tags or after in ("que", "qu", "compte") or after in _DETERMINERS:
            continue
        if after and (is_noun(after) or _verb_only(after) or after.endswith(("er", "ir", "re"))):
            continue  # an object or an infinitive follows: "elle s'est lavé les mains"
        verbs = {stem for stem, flag in french_analyses(lower) if flag[:1].islower()}
        if not verbs or verbs & _SE_INDIRECT:
            continue
        if subject.group("pro"):
            gender, number = _PRONOUN_AGREES[subject.group("pro").lower()]
        else:
            if not _opens_clause(text, subject.start()) or subject.group("noun")[:1].isupper():
                continue
            det, noun = subject.group("det").lower(), subject.group("noun").lower()
            gender = noun_gender(noun)
            number = "p" if det in PLURAL_DETERMINERS else "s"
            if not gender or number_of(noun, "N") not in (number, "i") or not is_noun(noun):
                continue
        if any(tag[1] in (gender, "e") and tag[2] in (number, "i") for tag in tags):
            continue
        fixes = inflected(lower, gender, number)
        if fixes:
            found.append(
                slip(
                    note,
                    match.span("part"),
                    tuple(same_case(part, f) for f in fixes),
                    "fr-agreement",
                )
            )
    return found


@lru_cache(maxsize=8192)
def _epicene(word: str) -> bool:
    """A word the table leaves out as the same in both genders, that the dictionary inflects
    like an adjective or a noun in the singular ("autonome", "flexible")."""
    if _genders_table().get(word) or word in FUNCTION_WORDS:
        return False
    return any(stem == word and flag[:1].isupper() for stem, flag in french_analyses(word))


_FEMININE_ENDINGS = (("eux", "euse"), ("if", "ive"), ("el", "elle"), ("en", "enne"), ("er", "ère"))


def _inflect(word: str, gender: str, number: str) -> tuple[str, ...]:
    """`inflected`, or when the table lacks the form, the regular one the dictionary knows
    ("accueillant", "f", "p" → "accueillantes")."""
    forms = inflected(word, gender, number)
    if forms:
        return forms
    tags = _genders_table().get(word, "").split()
    if number == "p" and any(tag[0] in "AP" and tag[1] == gender and tag[2] == "s" for tag in tags):
        plural = word + ("" if word.endswith(("s", "x")) else "s")
        return (plural,) if plural != word and is_french_word(plural) else ()
    if not any(tag[0] in "AP" and tag[1] == "m" and tag[2] in "si" for tag in tags):
        return ()
    base = word
    if gender == "f":
        base = next((word[: -len(m)] + f for m, f in _FEMININE_ENDINGS if word.endswith(m)), "")
        base = base or word + "e"
    if number == "p" and not base.endswith(("s", "x")):
        base += "s"
    stems = {stem for stem, _f in french_analyses(word)}
    if base != word and is_french_word(base) and stems & {s for s, _f in french_analyses(base)}:
        return (base,)
    return ()


def _unagreed_forms(word: str) -> tuple[str, ...]:
    """The masculine singular a participle may be: "expliqués" → ("expliqué",)."""
    for ending, base in (("ées", "é"), ("és", "é"), ("ée", "é"), ("ies", "i"), ("ues", "u")):
        if word.endswith(ending):
            return (word[: -len(ending)] + base,)
    if word.endswith(("is", "us")):
        return (word[:-1], word)
    return ()


def _plural_noun_only(word: str) -> bool:
    tags = _genders_table().get(word, "").split()
    return bool(tags) and all(tag[0] == "N" and tag[2] == "p" for tag in tags)


def _table_participle(word: str) -> bool:
    return any(tag[0] == "P" for tag in _genders_table().get(word, "").split())


def _time_noun(word: str) -> bool:
    return word in CALENDAR or word in (
        "semaine",
        "mois",
        "année",
        "an",
        "jour",
        "soir",
        "matin",
        "après-midi",
        "fois",
        "lendemain",
        "veille",
        "fin",
        "début",
    )


def _slip_findings(note: Note, text: str) -> list[Finding]:
    lower = text.lower()
    found: list[Finding] = []
    if "merci" in lower:
        for match in _THANKS_POUR.finditer(text):
            following = match.group("next")
            fix = "d'" if following[:1].lower() in "aeéiouy" else "de"
            found.append(
                one(note, match.span("w"), same_case(match.group("w"), fix), "fr-thanks-de")
            )
    for match in _CE_VOWEL.finditer(text):
        noun = match.group("noun").lower()
        if noun in FUNCTION_WORDS or not (is_noun(noun) or is_adjective(noun)):
            continue
        gender = noun_gender(noun) or adjective_gender(noun)
        dets = {"m": ("cet",), "f": ("cette",)}.get(gender, ("cet", "cette"))
        written = match.group("w")
        found.append(
            slip(note, match.span("w"), tuple(same_case(written, d) for d in dets), "fr-elision")
        )
    for match in _DET_ADJECTIVE_NOUN.finditer(text):
        det, adj, noun = (match.group(g).lower() for g in ("w", "adj", "noun"))
        if is_noun(adj) and not is_adjective(adj) or match.group("noun")[:1].isupper():
            continue
        as_nouns = {tag[1] for tag in _genders_table().get(adj, "").split() if tag[0] == "N"}
        if det in _DET_GENDER and as_nouns & {_DET_GENDER[det], "e"}:
            continue  # a noun of the determiner's gender: "la fin novembre", "le mobile"
        gender = adjective_gender(adj)
        noun_tags = [tag for tag in _genders_table().get(noun, "").split() if tag[0] == "N"]
        unknown = not _genders_table().get(noun) and bool(_nominal(french_analyses(noun)))
        if not gender or not (unknown or any(tag[1] in (gender, "e") for tag in noun_tags)):
            continue  # the noun may take the adjective's gender ("la politique", "le poste")
        if number_of(noun, "N") == "p" or number_of(adj, "AP") == "p":
            continue
        fix = (_FEMININE_OF if gender == "f" else _MASCULINE_OF).get(det, "")
        if fix and noun[:1] not in "aeiouéèêâîôûœh" and adj[:1] not in "aeiouéèêâîôûœh":
            found.append(
                one(note, match.span("w"), same_case(match.group("w"), fix), "fr-agreement")
            )
    if "ou " in lower:
        for match in _ASKING_OU.finditer(text):
            verbs = {
                stem
                for stem, flag in french_analyses(match.group("verb").lower())
                if flag[:1].islower()
            }
            following = match.group("next").lower()
            if not verbs & _ASKING_VERBS and match.group("verb").lower() != "idée":
                continue
            if _OU_AFTER_ASKING.match(text, match.start("verb")):
                continue  # french_agreement.py says it already
            if any(
                stem == following and flag[:1].islower()
                for stem, flag in french_analyses(following)
            ):
                continue  # "vous appeler ou vous écrire": two infinitives
            found.append(one(note, match.span("w"), same_case(match.group("w"), "où")))
    if " s'" in lower or " s’" in lower or " se " in lower:
        found += _pronominal_findings(note, text)
    for match in _PREPOSITION_PRONOUN_PARTICIPLE.finditer(text):
        word = match.group("w").lower()
        stem = re.sub(r"(?:és|ée|ées)$", "", word)
        if is_noun(word) or not _table_participle(word) or not is_french_word(stem + "er"):
            continue
        if not any(s == stem + "er" for s, _f in french_analyses(word)):
            continue
        found.append(
            one(note, match.span("w"), same_case(match.group("w"), stem + "er"), "fr-infinitive")
        )
    for match in _ELIDED_AUXILIARY_EZ.finditer(text):
        word = match.group("w")
        fix = word[:-2] + "é"
        if _table_participle(fix.lower()) and _verb_only(word.lower()):
            found.append(one(note, match.span("w"), fix, "fr-participle"))
    for match in _ETRE_THEN_IT.finditer(text):
        word = match.group("w").lower()
        fix = word[:-1]
        if _table_participle(word) or not _verb_only(word) or not _table_participle(fix):
            continue
        pro = match.group("pro").lower()
        fixes: tuple[str, ...] = (fix + "e", fix) if pro == "elle" else (fix, fix + "e")
        if pro in ("nous", "vous", "ils", "elles"):
            fixes = (fix + "s", fix + "es") if pro != "elles" else (fix + "es",)
        fixes = tuple(f for f in fixes if _table_participle(f))
        if fixes:
            found.append(
                slip(
                    note,
                    match.span("w"),
                    tuple(same_case(match.group("w"), f) for f in fixes),
                    "fr-participle",
                )
            )
    for match in _PRONOUN_ATTRIBUTE.finditer(text):
        word = match.group("w").lower()
        if word in INVARIABLE_AFTER_ETRE or word in _ADVERBS or is_noun(word):
            continue
        tags = [tag for tag in _genders_table().get(word, "").split() if tag[0] in "AP"]
        if not tags:
            continue
        gender, number = _PRONOUN_AGREES[match.group("pro").lower()]
        if any(tag[1] in (gender, "e") and tag[2] in (number, "i") for tag in tags):
            continue
        if gender == "m" and number == "s" and not all(tag[1] == "f" for tag in tags):
            continue  # "il" may be impersonal; its attribute is masculine anyway
        fixes = _inflect(word, gender, number)
        if fixes:
            found.append(_agreement(note, match, fixes))
    for match in _AVOIR_THEN_US.finditer(text):
        word = match.group("w").lower()
        if word in FUNCTION_WORDS or word in ("plus", "tous", "dessus"):
            continue  # "je n'ai plus aucune", "ils ont tous"
        if _table_participle(word) or not any(
            flag[:1] == "p" for _s, flag in french_analyses(word[:-1])
        ):
            continue  # "ai vus" agrees with an object before it; "ai pus" is no participle
        found.append(
            one(note, match.span("w"), same_case(match.group("w"), word[:-1]), "fr-participle")
        )
    for match in _INDIRECT_THEN_PLURAL_PARTICIPLE.finditer(text):
        word, noun = match.group("w").lower(), match.group("noun").lower()
        if _time_noun(noun) or not is_noun(noun) or not _table_participle(word):
            continue
        tags = _genders_table().get(word, "").split()
        if any(tag[0] == "P" and tag[1] == "m" and tag[2] in "si" for tag in tags):
            continue  # already the form with nothing to agree with ("transmis", "promis")
        fixes = tuple(f for f in _unagreed_forms(word) if _table_participle(f))
        if fixes:
            found.append(
                one(note, match.span("w"), same_case(match.group("w"), fixes[0]), "fr-participle")
            )
    if "que" in lower or "qu'" in lower or "qu’" in lower:
        for match in _SUBJUNCTIVE_QUE.finditer(text):
            pro = (
                match.group("pro")
                or match.group("pro2")
                or ("je" if match.group("j") is not None else "")
            ).lower()
            fix = _SUBJUNCTIVE.get((_PERSON_OF.get(pro, ""), match.group("w").lower()), "")
            before = _PREV_WORD_SPACED.search(text, max(0, match.start() - 30), match.start())
            if before and before.group(1).lower() in ("aussi", "si", "autant", "tant", "tout"):
                continue  # "si bien que", "aussi bien que je peux": no subjunctive
            if fix and fix != match.group("w").lower():
                found.append(
                    one(note, match.span("w"), same_case(match.group("w"), fix), "fr-subjunctive")
                )
    if "les " in lower:
        for match in _LES_AVOIR_PARTICIPLE.finditer(text):
            word, after = match.group("w").lower(), (match.group("next") or "").lower()
            tags = [tag for tag in _genders_table().get(word, "").split() if tag[0] == "P"]
            if not tags or any(tag[2] in "pi" for tag in tags) or word in _NEVER_AGREE:
                continue
            if after and any(
                stem == after and flag[:1].islower() for stem, flag in french_analyses(after)
            ):
                continue  # "je les ai fait venir", "je les ai vu arriver"
            fixes = _inflect(word, "m", "p") + _inflect(word, "f", "p")
            if fixes:
                found.append(_agreement(note, match, fixes))
    for match in _ADJECTIVE_BEFORE_PLURAL.finditer(text):
        word, noun = match.group("w").lower(), match.group("noun").lower()
        tags = _genders_table().get(word, "").split()
        if not tags or any(tag[0] != "A" for tag in tags) or any(tag[2] != "s" for tag in tags):
            continue
        if not _plural_noun_only(noun) or noun in FUNCTION_WORDS:
            continue  # "en les accompagnant dans…": "dans" is no plural of "dan"
        gender = noun_gender(noun)
        fixes = _inflect(word, gender, "p") if gender else ()
        if fixes:
            found.append(_agreement(note, match, fixes))
    if "rais" in lower:
        for sentence in re.finditer(r"[^.!?;\n]+", text):
            part = sentence.group()
            if not _TIME_TO_COME.search(part) or _WOULD.search(part):
                continue
            for match in _FIRST_CONDITIONAL.finditer(part):
                verb = match.group("w")
                lower_verb = verb.lower()
                stems = {stem for stem, flag in french_analyses(lower_verb) if flag[:1].islower()}
                if not stems or stems & _POLITE_CONDITIONAL or not is_french_word(lower_verb[:-1]):
                    continue
                if any(lower_verb == stem[:-2] + "ais" for stem in stems):
                    continue  # an imperfect: "je gérais", "je courais"
                if re.match(r"\s+(?:bien|volontiers)\b", part[match.end() :]):
                    continue  # "je vous appellerais bien demain, mais…"
                start = sentence.start() + match.start("w")
                found.append(
                    _finding(
                        note,
                        "wrong-word",
                        WARNING,
                        (start, start + len(verb)),
                        (verb[:-1],),
                        why="fr-future",
                    )
                )
    if " son" in lower:
        for match in _SON_AFTER_ILS.finditer(text):
            found.append(one(note, match.span("w"), same_case(match.group("w"), "sont")))
    if "est " in lower:
        for match in _CEST_PLURAL.finditer(text):
            if _plural_noun_only(match.group("noun").lower()):
                written = match.group("w")
                fixes = ("ces", "ses") if written[0] in "cC" else ("ses", "ces")
                found.append(
                    slip(
                        note,
                        match.span("w"),
                        tuple(same_case(written, f) for f in fixes),
                        "fr-homophone",
                    )
                )
        for match in _EST_BETWEEN_WORDS.finditer(text):
            start = match.start("first")
            head = re.split(r"[.!?;:\n]", text[max(0, start - 120) : start])[-1]
            if not _COPULA_BEFORE.search(head):
                continue
            first, second = match.group("first").lower(), match.group("second").lower()
            if _RELATIVE.search(head):
                continue
            if not (is_adjective(first) and (is_adjective(second) or _epicene(second))):
                continue
            found.append(one(note, match.span("w"), same_case(match.group("w"), "et")))
    if "quelle " in lower:
        for match in _QUELLE_VERB.finditer(text):
            verb = match.group("verb").lower()
            readings = french_analyses(verb)
            stems = {stem for stem, _f in readings}
            if stems & {"être", "avoir"} and stems <= {"être", "avoir", verb}:
                following = text[match.end() :].split(maxsplit=1)
                after = following[0].strip(".,;:!?").lower() if following else ""
                if not after or after in FUNCTION_WORDS and after not in ("beaucoup", "très"):
                    continue
                if "être" in stems and not (is_adjective(after) or after == "très"):
                    continue
                if "avoir" in stems and _table_participle(after):
                    continue
            elif not _verb_only(verb) or _table_participle(verb) or stems & _INVERTING:
                continue
            found.append(one(note, match.span("w"), same_case(match.group("w"), "qu'elle")))
    if "leurs " in lower:
        for match in _LEURS_VERB.finditer(text):
            verb = match.group("verb").lower()
            readings = french_analyses(verb)
            if not readings or _nominal(readings) or any(not flag for _s, flag in readings):
                continue
            if is_adjective(verb) or is_noun(verb):
                continue
            if not any(flag[:1].islower() for _s, flag in readings):
                continue
            found.append(one(note, match.span("w"), same_case(match.group("w"), "leur")))
    if "vous " in lower:
        for match in _VOUS_E.finditer(text):
            at = match.start("vous")
            if not _VOUS_SUBJECT_BEFORE.search(text, max(0, at - 12), at):
                continue
            part = match.group("w")
            fix = part[:-1] + "ez"
            if not is_french_word(fix.lower()) or not any(
                flag[:1].islower() for _s, flag in french_analyses(fix.lower())
            ):
                continue
            found.append(one(note, match.span("w"), fix))
    for match in _PLURAL_NOUN_ADVERB_ADJ.finditer(text):
        noun, word = match.group("noun").lower(), match.group("w").lower()
        mid = (match.group("mid") or "").lower()
        if mid and not (is_adjective(mid) and number_of(mid, "AP") in "pi"):
            continue
        lone = not _genders_table().get(word) and any(
            stem == word and flag[:1].isupper() for stem, flag in french_analyses(word)
        )  # an adjective the same in both genders ("utile"): not in the table
        plural = number_of(noun, "N") == "p" or (
            not _genders_table().get(noun)
            and any(
                flag[:1].isupper() and noun in (stem + "s", stem + "x")
                for stem, flag in french_analyses(noun)
            )
        )  # "collègues": both genders, left out of the table
        if not plural or not (is_adjective(word) or lone):
            continue
        if number_of(word, "AP") not in ("s", "") or word in INVARIABLE_AFTER_ETRE | _ADVERBS:
            continue
        gender = noun_gender(noun) or adjective_gender(word)  # "des collègues … charmant"
        adjectives: tuple[str, ...] = _inflect(word, gender, "p") if gender else ()
        if not adjectives and not _genders_table().get(word) and is_french_word(word + "s"):
            adjectives = (word + "s",)  # the same in both genders ("utile", "efficace")
        if adjectives:
            found.append(_agreement(note, match, adjectives))
    for match in _ETRE_PARTICIPLE_OBJECT.finditer(text):
        part, noun = match.group("part").lower(), match.group("noun").lower()
        if not is_noun(noun) and is_adjective(noun) and match.group("noun2"):
            noun = match.group("noun2").lower()  # "une excellente journée"
        verbs = {stem for stem, flag in french_analyses(part) if flag[:1].islower()}
        if not _table_participle(part) or not verbs or verbs & (_ETRE_ONLY | _NAMING):
            continue
        second = (match.group("noun2") or "").lower()
        if _time_noun(noun) or _time_noun(second) or not is_noun(noun) or noun in _NOT_OBJECT:
            continue
        aux = match.group("w")
        fix = same_case(aux, _AVOIR_FOR[aux.lower()])
        found.append(one(note, match.span("w"), fix, "fr-auxiliary"))
    return found


def clause_findings(note: Note) -> list[Finding]:
    """Every slip of agreement across a clause in the note (see the module's docstring)."""
    text = note.plain
    attributes = _attribute_findings(note, text)
    return (
        _object_findings(note, text)
        + _qui_findings(note, text)
        + _lequel_findings(note, text)
        + _quel_findings(note, text)
        + _est_findings(note, text)
        + _ces_setait_findings(note, text)
        + _infinitive_findings(note, text)
        + attributes
        + _attribute_round2_findings(note, text, {f.start for f in attributes})
        + _form_findings(note, text)
        + _et_findings(note, text)
        + _gender_findings(note, text)
        + _object_gender_findings(note, text)
        + _slip_findings(note, text)
        + _writer_gender_findings(note, text)
    )


# --- round 2: an attribute across a complement, a noun after an adjective, the writer ------

_COPULA_ANY = re.compile(
    r"(?=[aeéoprsdAEÉOPRSD])(?:(?<![\w'’-])|(?<=\s[mnMN]['’]))(?P<cop>(?:est\s+devenue?|sont\s+devenu(?:e|)s|est\s+restée?|"
    rf"sont\s+resté(?:e|)s|{_SINGULAR_COPULA}|{_PLURAL_COPULA}|devient|deviennent|devenait|"
    r"devenaient))"
    r"\s+(?:(?:pas|plus|jamais|très|si|vraiment|tellement|assez|plutôt|bien|aussi|moins|"
    r"particulièrement|extrêmement|toujours|déjà|encore|trop|fort|réellement|vraisemblablement)"
    rf"\s+){{0,3}}(?P<a>{_W}){_END}(?!['’])",
    re.IGNORECASE,
)
# Where the clause of a copula opens: a stop (not the one of "M." or "Mme."), a comma, a
# conjunction or a relative pronoun.
_CLAUSE_STOP = re.compile(
    r"(?:(?<!\bM)(?<!\bMme)(?<!\bMM)(?<!\bDr)(?<!\bMlle)[.!?;:,()\n«»\"]|"
    r"(?<![\w'’-])(?:et|ou|mais|car|donc|que|qu['’]|qui|où|dont|si|quand|lorsque|lorsqu['’]|"
    r"comme|puisque|puisqu['’]|parce)(?![\w-]))",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\W\d_]+['’]?|\S")
_SUBJECT_DETS = frozenset(
    ["le", "la", "l'", "l’", "les", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses"]
    + ["notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet", "cette", "ces", "un"]
    + ["une", "chaque", "plusieurs"]
)
_CPL_PREPOSITIONS = frozenset(
    ["de", "d'", "d’", "du", "des", "à", "au", "aux", "dans", "sur", "avec", "pour", "en"]
    + ["entre", "chez", "par", "auprès", "sein", "lors", "envers", "sans", "sous", "vers"]
)
_BEFORE_COPULA = frozenset(["ne", "n'", "n’", "me", "m'", "m’", "nous", "vous", "lui", "leur"])
_TITLES = frozenset(["m", "mme", "mlle", "dr", "mm", "me"])


def _agreement(note: Note, match: re.Match[str], fixes: tuple[str, ...]) -> Finding:
    """An agreement slip on the match's "w" group, its fixes written in its case."""
    written = match.group("w")
    return slip(note, match.span("w"), tuple(same_case(written, f) for f in fixes), "fr-agreement")


_DET_GENDER = {"la": "f", "une": "f", "cette": "f", "le": "m", "un": "m", "ce": "m", "cet": "m"}


def _may_follow(det: str, noun: str) -> bool:
    """Whether `noun` can be the head after `det` and a word before it read as an adjective
    ("la nouvelle directrice"): not when its gender is the determiner's other one ("la
    clinique mobile": "mobile", a masculine noun, is the adjective there)."""
    wanted, gender = _DET_GENDER.get(det), noun_gender(noun)
    return not (wanted and gender in ("m", "f") and gender != wanted)


# A title gives the gender of the person it names ("Mme Roy était ravie").
_TITLE_SUBJECT = {"mme": "femme", "madame": "femme", "mlle": "femme", "m": "homme"}
_TITLE_SUBJECT["monsieur"] = "homme"
_RELATIVE_WORDS = frozenset(["que", "qu'", "qu’", "qui", "où", "dont"])
_SUBJECT_PRONOUNS = frozenset(
    ["je", "j'", "j’", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"]
)
_OBJECT_CLITICS = frozenset(
    ["me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "nous", "vous", "lui", "leur"]
    + ["en", "y", "ne", "n'", "n’", "l'", "l’", "le", "la", "les"]
)


def _subject_before_relative(text: str, stop: re.Match[str], end: int) -> tuple[str, str] | None:
    """The subject of a clause whose subject carries a relative clause ("les documents que
    j'ai reçus sont…", "la personne qui m'a reçue était…"): a determiner and a noun without a
    complement (the relative could belong to the complement), and after "que", "où", "dont" a
    subject pronoun with a verb of its own ("le poste qu'elle était ravie d'obtenir" is not
    the subject of "était")."""
    word = stop.group(0).lower()
    if word not in _RELATIVE_WORDS:
        return None
    body = [t.lower() for t in _TOKEN.findall(text[stop.end() : end])]
    if word != "qui":
        if not body or body[0] not in _SUBJECT_PRONOUNS:
            return None
        if not [t for t in body[1:] if t not in _OBJECT_CLITICS]:
            return None
    if any(not t[:1].isalpha() for t in body):
        return None
    return _clause_subject(text, stop.start(), nested=True)


def _titled_subject(raw: list[str]) -> tuple[str, str] | None:
    """ "Mme Roy", "M. Jean Tremblay" opening a clause: ("la", "femme") or ("le", "homme")."""
    title = raw[0].lower()
    names = raw[1:]
    if names[:1] == ["."]:
        names = names[1:]
    if title not in _TITLE_SUBJECT or not 1 <= len(names) <= 3:
        return None
    if not all(n[:1].isupper() and n.isalpha() and len(n) > 1 for n in names):
        return None
    noun = _TITLE_SUBJECT[title]
    return ("la" if noun == "femme" else "le", noun)


def _subject_with_title(text: str, stops: list[re.Match[str]]) -> tuple[str, str] | None:
    """A subject followed by a person's title and name between commas ("votre collègue, Mme
    Lavoie, était…"): the title gives the gender."""
    first, second = stops[-2], stops[-1]
    if first.group(0) != "," or second.group(0) != ",":
        return None
    raw = _TOKEN.findall(text[first.end() : second.start()])
    titled = _titled_subject(raw) if 2 <= len(raw) <= 5 and raw[0][:1].isupper() else None
    if not titled:
        return None
    start = stops[-3].end() if len(stops) >= 3 else max(0, first.start() - 110)
    before = [t.lower() for t in _TOKEN.findall(text[start : first.start()])]
    simple = (  # "votre collègue", a noun the gender table lacks
        len(before) == 2
        and before[0] in _SUBJECT_DETS
        and bool(_nominal(french_analyses(before[1])))
        and not any(flag[:1].islower() for _s, flag in french_analyses(before[1]))
    )
    if not simple and not _clause_subject(text, first.start(), nested=True):
        return None
    return titled


def _clause_subject(text: str, end: int, nested: bool = False) -> tuple[str, str] | None:
    """The determiner and head noun of a noun subject opening the clause that ends at `end`
    (before its verb), across a complement without a verb of its own ("les explications de
    Mme Roy", "l'ambiance de vos bureaux", "les tâches décrites dans l'annonce"), or None."""
    start = max(0, end - 110)
    stops = list(_CLAUSE_STOP.finditer(text, start, end))
    if stops:
        start = stops[-1].end()
        if not nested and stops[-1].group(0).lower() in _RELATIVE_WORDS:
            return _subject_before_relative(text, stops[-1], end)
    elif start:
        return None
    raw = [t for t in _TOKEN.findall(text[start:end]) if t.lower() not in _BEFORE_COPULA]
    if 2 <= len(raw) <= 5 and raw[0][:1].isupper():
        titled = _titled_subject(raw)
        if titled:
            return titled
    if not raw and not nested and len(stops) >= 2:
        return _subject_with_title(text, stops)
    tokens = [t.lower() for t in _TOKEN.findall(text[start:end])]
    if nested and any(t in _CPL_PREPOSITIONS for t in tokens):
        return None
    if tokens[:1] and tokens[0] in ("tout", "toute", "tous", "toutes"):
        tokens = tokens[1:]  # "toute l'équipe était…"
    # the stop of a title ("M. Roy") is no word
    tokens = [t for i, t in enumerate(tokens) if t != "." or not i or tokens[i - 1] not in _TITLES]
    if len(tokens) < 2 or len(tokens) > 9 or tokens[0] not in _SUBJECT_DETS:
        return None
    while tokens and tokens[-1] in _BEFORE_COPULA:
        tokens.pop()
    det, rest = tokens[0], tokens[1:]
    head = ""
    for i, token in enumerate(rest):
        if token in _CPL_PREPOSITIONS or token in _SUBJECT_DETS or token in _TITLES:
            if not head:
                return None
            continue
        if token == ".":
            continue
        if not token[:1].isalpha():
            return None
        if token in FUNCTION_WORDS and not head:
            return None
        readings = french_analyses(token)
        nominal = bool(_nominal(readings)) or any(not flag for _s, flag in readings)
        if not head:
            nxt = rest[i + 1] if i + 1 < len(rest) else ""
            if is_noun(token) and not (
                is_adjective(token)
                and nxt
                and is_noun(nxt)
                and nxt not in _CPL_PREPOSITIONS
                and _may_follow(det, nxt)
            ):
                head = token
            elif not (is_adjective(token) and nominal):
                return None
            continue
        # a name after a title or a preposition ("de Mme Roy") may not be in the dictionary
        if (not nominal and not _participle(token)) and (
            readings or rest[i - 1] not in _TITLES | _CPL_PREPOSITIONS
        ):
            return None
        if any(flag[:1].islower() for _s, flag in readings) and not (nominal or _participle(token)):
            return None  # a verb of its own
    if head and head in _COLLECTIVE and rest[-1] != head:
        return None  # "la plupart des gens", "l'équipe des ventes": the complement may count
    return (det, head) if head else None


# What may follow an attribute that is an adjective, not a noun in an idiom ("sont source de").
_ENDS_ATTRIBUTE = re.compile(
    r"\s*(?:$|[.!?;:,)]|(?:et|mais|car|pour|à|avec|dans|en|chez|auprès)(?![\w'’-]))", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def _adjective_only(word: str) -> bool:
    """An adjective of both genders the table lacks ("moderne", "flexible"): the dictionary
    reads it as a noun or adjective with a plural, and as no verb."""
    readings = french_analyses(word)
    return (
        bool(readings)
        and all(flag[:1] in ("S", "F", "W", "") for _s, flag in readings)
        and any(flag[:1] == "S" for _s, flag in readings)
    )


# Feminine nouns that may name a person, who may hold a trade in "-ateur" ("la présidente
# est administrateur").
_PERSON_ENDINGS = ("trice", "euse", "esse", "ière", "ienne", "ante", "ente", "iste", "aire")
_PERSONS = frozenset(["femme", "personne", "recrue", "vedette", "star", "fille", "sœur", "mère"])


def _quality_in_ateur(noun: str, word: str, text: str, end: int) -> bool:
    """Whether the "-ateur" word after a feminine noun that names no person is the adjective,
    not the noun of a trade: its feminine in "-atrice" is an adjective and nothing follows it
    as a noun's complement ("l'expérience a été formateur" → "formatrice", not "la ville est
    organisateur de"); a comparative ("supérieur", "meilleur") is always the adjective."""
    if noun.endswith(_PERSON_ENDINGS) or noun in _PERSONS:
        return False
    if word.endswith(("érieur", "meilleur")):
        return is_adjective(word + "e") and bool(_COMPARED.match(text, end))
    if not word.endswith("ateur"):
        return False
    feminine = word[:-3] + "rice"
    return (
        is_adjective(feminine)
        and bool(_ENDS_ATTRIBUTE.match(text, end))
        and not (text[end : end + 4].strip().lower().startswith(("à", "en", "pour")))
    )


# What may follow a comparative attribute ("supérieure à", "meilleure que").
_COMPARED = re.compile(r"\s*(?:$|[.!?;:,)]|(?:à|que|qu['’]|et|mais)(?![\w-]))", re.IGNORECASE)


# A second attribute joined by "et" to the first ("sont nombreux et motivés").
_AND_SECOND = re.compile(
    r"\s+et\s+(?:(?:très|vraiment|aussi|bien|assez|plutôt|si|tellement|toujours)\s+){0,2}"
    rf"(?P<b>{_W}){_END}(?!['’])",
    re.IGNORECASE,
)


def _attribute_round2_findings(note: Note, text: str, taken: set[int]) -> list[Finding]:
    found = []
    subjects: dict[int, tuple[str, str] | None] = {}
    for match in _COPULA_ANY.finditer(text):
        spans = [match.span("a")]
        second = _AND_SECOND.match(text, match.end("a"))
        if second:
            spans.append(second.span("b"))  # "sont nombreux et motivé"
        for span in spans:
            finding = _attribute_slip(note, text, match, span, taken, subjects)
            if finding:
                found.append(finding)
    return found


def _attribute_slip(
    note: Note,
    text: str,
    match: re.Match[str],
    span: tuple[int, int],
    taken: set[int],
    subjects: dict[int, tuple[str, str] | None],
) -> Finding | None:
    """The agreement slip of the attribute at `span` after the copula of `match`, or None."""
    word = text[span[0] : span[1]]
    lower = word.lower()
    if span[0] in taken or word[:1].isupper() or lower in FUNCTION_WORDS:
        return None
    if lower in INVARIABLE_AFTER_ETRE or lower in CALENDAR or lower in _SAME_IN_THE_PLURAL:
        return None
    if lower.endswith("o"):
        return None  # a clipped word, often invariable: "bio", "pro", "rétro"
    # an adjective of both genders the table lacks ("moderne", "utiles")
    base = lower[:-1] if lower.endswith("es") else lower
    epicene = (
        base.endswith("e")
        and not is_adjective(base)
        and _singular_only(base)
        and _adjective_only(base)
        and (base == lower or is_french_word(lower))
        and bool(_ENDS_ATTRIBUTE.match(text, span[1]))
    )
    if not (is_adjective(lower) or epicene):
        return None  # "la ville est partenaire": a noun
    # "l'équipe est moteur", "elle est chercheur": a noun, a trade; its number still counts
    trade = lower.endswith(("eur", "ien")) and is_noun(lower)
    if match.start() not in subjects:
        subjects[match.start()] = _clause_subject(text, match.start())
    subject = subjects[match.start()]
    if not subject:
        return None
    det, noun = subject
    cop = match.group("cop").lower()
    plural = det in PLURAL_DETERMINERS or det == "plusieurs"
    cop_plural = bool(
        _PLURAL_COPULA_RE.search(cop) or cop.startswith(("sont", "devienn", "devenaient"))
    )
    if plural != cop_plural or noun in _NO_ADJECTIVE:
        return None
    if plural != (_plural_only(noun) or noun.endswith(("s", "x", "z"))):
        return None
    gender = noun_gender(noun)
    if det in FEMININE_DETERMINERS:
        gender = gender or "f"
    if gender == "m" and (noun.endswith(("eur", "cien")) or noun in _TRADES):
        gender = ""
    wrong_gender = adjective_gender(lower)
    number = number_of(lower, "AP")
    fixes: tuple[str, ...] = ()
    want = "p" if plural else "s"
    if epicene:
        fix = lower + "s" if plural else base
        fixes = (fix,) if fix != lower and is_french_word(fix) else ()
    elif number and number != "i" and number != want:
        other = "m" if wrong_gender == "f" else "f"
        genders = [gender] if gender else [wrong_gender or "m", other]
        fixes = tuple(f for g in genders for f in inflected(lower, g, want))
    else:
        quality = trade and gender == "f" and _quality_in_ateur(noun, lower, text, span[1])
        if gender and wrong_gender and wrong_gender != gender and (quality or not trade):
            fixes = inflected(lower, gender, want)
    if fixes:
        fixes = tuple(same_case(word, f) for f in fixes)
        return slip(note, span, fixes, "fr-agreement")
    return None


# The writer's own adjective or participle: "je suis ravie", "je me suis sentie accueillie",
# "j'ai été impressionnée", "étant passionnée par".
_WRITER_ATTRIBUTE = re.compile(
    r"(?=[jJéÉ])(?<![\w'’-])(?:(?P<je>je\s+(?:ne\s+|n['’]\s*)?(?:suis|serai|serais|étais|reste|resterai|"
    r"demeure|deviens|me\s+sens|me\s+sentais)|j['’]\s*(?:ai|avais|aurais)\s+été|étant)|"
    r"(?P<me>je\s+(?:ne\s+)?me\s+suis))"
    r"\s+(?:(?:pas|plus|très|vraiment|tellement|assez|bien|aussi|si|toujours|déjà|encore|"
    r"particulièrement|extrêmement|fort|tout|toute|sincèrement|réellement|vivement|"
    r"profondément|absolument|donc|maintenant|enfin)\s+){0,3}"
    r"(?P<a>[^\W\d_]+)(?![\w'’-])(?P<after>\s*[^\W\d_]*['’]?)",
    re.IGNORECASE,
)
# After "je me suis" + participle: what shows the participle agrees with "me" ("je me suis
# sentie bien", "je me suis rendue à"), unlike "je me suis permis de", "rendu compte".
_ME_AGREES_AFTER = frozenset(
    ["", "à", "au", "aux", "dans", "par", "en", "auprès", "avec", "pour", "chez", "et", "très"]
    + ["bien", "vraiment", "tout", "toute", "tellement", "si", "aussitôt", "immédiatement"]
)


def _writer_gender_findings(note: Note, text: str) -> list[Finding]:
    """A warning on the writer's own adjectives or participles of the gender the note uses
    less for them ("je suis ravie… je suis convaincu"): likely a slip, but the writer may be
    non-binary, so never an error. On a tie, both sides are shown."""
    seen: list[tuple[str, re.Match[str]]] = []
    for match in _WRITER_ATTRIBUTE.finditer(text):
        lower = match.group("a").lower()
        if lower in FUNCTION_WORDS or number_of(lower, "AP") not in ("s", "i"):
            continue
        if text.rfind("«", 0, match.start()) > text.rfind("»", 0, match.start()):
            continue  # someone else's words, quoted: « je suis fier de toi »
        if lower in ("donné", "entendu") and match.group(0)[:1] in "éÉ":
            continue  # "étant donné", "étant entendu que": fixed phrases
        if match.group("me"):
            after = match.group("after").strip().lower()
            if not _participle(lower) or after not in _ME_AGREES_AFTER:
                continue
        gender = adjective_gender(lower)
        if gender:
            seen.append((gender, match))
    counts = {g: sum(1 for seen_g, _m in seen if seen_g == g) for g in ("m", "f")}
    if not counts["m"] or not counts["f"]:
        return []
    found = []
    for gender, match in seen:
        if counts[gender] > counts["m" if gender == "f" else "f"]:
            continue
        other_gender = "m" if gender == "f" else "f"
        other = next(m.group("a") for g, m in seen if g == other_gender)
        word = match.group("a")
        fixes = tuple(same_case(word, f) for f in inflected(word.lower(), other_gender, "s"))
        found.append(
            _finding(
                note,
                "wrong-word",
                WARNING,
                match.span("a"),
                fixes,
                why="fr-writer-gender",
                other=other,
                replacement=fixes[0] if fixes else "",
            )
        )
    return found
