"""More slips of agreement and of homophones that a French spell checker cannot see, decided by
the word classes the Hunspell French dictionary gives the words around them:

- a noun subject with a verb of the other number or person: "les gens est", "votre entreprise
  ont", "mon expérience peux", "vos employés on", "le service avais", "l'équipe fais";
- "à" for "a" between a subject opening a clause and a participle ("Mme Roy à pris");
- "ou" for "où" before a clause whose subject is a noun ("un milieu ou les gens s'entraident");
- "et" for "est" in a sentence with no other verb ("le projet et une belle occasion");
- "ces" for "s'est" after a noun ("votre adjointe ces occupée"), a singular attribute after
  "ils"/"elles" ("ils ont été très patient"), "tous ce que", "si-dessous";
- "ce" for "se" before an infinitive ("j'ai hâte de ce revoir"), "ces" for "ses" after a
  person and "et" ("Mme Roy et ces collègues");
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
from followup.lib.checker.french_words import CALENDAR as _CALENDAR
from followup.lib.checker.french_words import FUNCTION_WORDS, inflected, is_adjective, is_noun
from followup.lib.checker.french_words import INVARIABLE_AFTER_ETRE as _INVARIABLE_AFTER_ETRE
from followup.lib.checker.french_words import SUBJECTS as _SUBJECTS
from followup.lib.checker.french_words import one as _one
from followup.lib.checker.french_words import same_case as _same_case
from followup.lib.checker.french_words import tags_of as _genders_table_get
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
_BEFORE_NOUN = (
    r"(?:(?:ancien|ancienne|anciens|anciennes|nouveau|nouvel|nouvelle|nouveaux|nouvelles|futur|"
    r"future|futurs|premier|première|premiers|dernier|dernière|derniers|actuel|actuelle|actuels|"
    r"grand|grande|grands|petit|petite|petits|meilleur|meilleure|meilleurs|bon|bonne|bons|seul|"
    r"seule|seuls|principal|principale|principaux|prochain|prochaine|jeune|jeunes|autre|autres|"
    r"même|mêmes|cher|chère|chers)\s+)?"
)
# A word that may stand after a noun as its adjective: not a word of the clause's frame.
_ADJECTIVE = (
    r"(?!(?:où|qui|que|qu|dont|et|ou|mais|ne|n|se|s|me|m|te|nous|vous|lui|leur|y|en|il|elle|"
    r"on|ils|elles|je|j|tu|le|la|les|l|un|une|des|ce|cet|cette|à|de|d|du|pour|par|sur|avec|"
    r"dans|sans|chez|si|comme|quand|ici|là|aussi|très|bien|toujours|déjà|pas|plus)(?![\w'’-]))"
    rf"{_W}"
)
_KNOWN_VERBS = (
    "sont|ont|étaient|seront|seraient|avaient|auront|auraient|peuvent|vont|font|doivent|veulent|"
    "pourraient|devraient|est|a|était|sera|serait|avait|aura|aurait|peut|va|fait|doit|veut|"
    "pourrait|devrait|peux|veux|dois|vais|suis|ai|as|on|son|conviennent|viennent|tiennent|"
    "prennent|comprennent|mettent|permettent|disent|plaisent|savent|voient|reçoivent|convient|"
    "vient|tient|prend|comprend|met|permet|dit|plaît|sait|voit|reçoit"
)
_NOUN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:,\n])\s*|(?<![\w'’-])(?:et|mais|car|donc|que|qu['’]|puisque|lorsque|quand|"
    r"si|comme)\s+)"
    rf"(?P<det>{_SINGULAR_DET}|{_PLURAL_DET})\s*(?<=['’\s]){_BEFORE_NOUN}(?P<noun>{_W})"
    rf"(?:\s+{_ADJECTIVE})??"
    rf"(?:\s+(?:de|du|des|d['’]|en|à|au|aux|chez|pour|sur|dans|avec|par|entre)\s*(?<=['’\s])"
    rf"(?:(?:{_SINGULAR_DET}|{_PLURAL_DET})"
    rf"\s*)?{_W}(?:\s+{_ADJECTIVE})??){{0,2}}"
    # a relative clause: "les gens que j'ai rencontrés", "le conseiller qui m'a reçu"
    rf"(?:\s+(?:qu(?:e\s+|['’]\s*)(?:j['’]ai|je|nous\s+avons|vous\s+avez|il\s+a|elle\s+a|"
    rf"on\s+a|nous|vous|il|elle|on)|qui\s+(?:{_CLITIC})?(?:a|ont|est|sont))\s+{_W})?"
    rf"\s+(?:{_CLITIC}){{0,2}}(?P<verb>{_KNOWN_VERBS}|"
    rf"(?!(?:de|que|ce|le|me|te|se|ne|je|une|elle|comme|entre|contre|quand|grand){_END})"
    rf"{_W}(?:e|ent|d)|"
    rf"(?!(?:mais|jamais|désormais){_END}){_W}(?:ais|ait|ois|ds|ens|ets)){_END}",
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
_PLURAL_VERB.update(
    {
        "conviennent": "convient",
        "viennent": "vient",
        "tiennent": "tient",
        "prennent": "prend",
        "comprennent": "comprend",
        "mettent": "met",
        "permettent": "permet",
        "disent": "dit",
        "plaisent": "plaît",
        "savent": "sait",
        "voient": "voit",
        "reçoivent": "reçoit",
        "offrent": "offre",
    }
)
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


_A_THEN = re.compile(rf"(?<![\w'’-])à\s+({_W})", re.IGNORECASE)
_COMPARING = re.compile(
    r"(?<![\w'’-])(?:ainsi|aussi|autant|plus|moins|mieux|tant|même|bien)\s*$", re.IGNORECASE
)
_LAST_WORD = re.compile(rf"({_W})\s+$")
# A relative clause with "je" or "tu" for its subject, between a noun and a verb.
_RELATIVE_JE = re.compile(r"(?<![\w'’-])qu(?:e\s+|['’]\s*)(?:je|tu)(?![\w'’-])", re.IGNORECASE)


def _before(text: str, match: re.Match[str]) -> str:
    """The word just before `match`'s group "w" ("" when none)."""
    start = match.start("w")
    found = _LAST_WORD.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


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
        if _verbish(noun) or noun in _NOT_NOUNS:
            continue  # "le poste", "la visite" are nouns; "les aide" may be a verb
        between = text[match.end("noun") : match.start("verb")].lower()
        if re.search(r"(?<![\w'’-])(?:qui|quoi|lequel|laquelle|lesquel(?:le)?s)\s+$", between):
            continue  # "les gens avec qui on travaille": "on" is the subject there
        if re.search(r"(?<![\w-])(?:il|elle|on)\s+(?:y|en)\s+$", between):
            continue  # "les difficultés qu'il y a eu": the verb is the relative's, after "il"
        if any(_subject_participle(w) for w in _A_THEN.findall(between)):
            continue  # "votre équipe à lancés sont": the slip is "à" for "a"
        if lower in _FIRST_PERSON and _RELATIVE_JE.search(between):
            continue  # "la lettre que je vous ai envoyée": "ai" is the relative's, after "je"
        plural = det in _PLURAL_DET.split("|")
        opener = text[match.start() : match.start("det")].strip().lower()
        if opener in ("que", "qu'", "qu’") and _COMPARING.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue  # "le comité ainsi que la directrice m'ont…": "que" joins two subjects
        if not plural and opener in ("et", "ou"):
            continue  # "le directeur et son adjointe sont": two subjects
        if opener in ("et", "ou") and _joins_nouns(text, match.start(), det):
            continue  # "la collaboration entre les infirmières et les préposés m'a touché"
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
        elif plural and lower.endswith("ait") and _same_verb(lower, lower[:-1] + "ent"):
            fix = lower[:-1] + "ent"  # "les membres du comité semblait"
        elif lower.endswith("s") and lower not in _SINGULAR_VERB:
            fix = _third_person(lower, plural)  # "le service avais", "l'équipe prends"
        elif lower == "son" and plural:
            fix = "sont"
        elif plural and lower.endswith("e") and _same_verb(lower, lower + "nt"):
            fix = lower + "nt"  # "les formations m'intéresse"
        elif plural and lower.endswith("d") and _same_verb(lower, lower + "ent"):
            fix = lower + "ent"  # "les tâches correspond"
        elif not plural and lower.endswith("ent") and _same_verb(lower, lower[:-2]):
            fix = lower[:-2]  # "le responsable m'intéressent"
        if fix:
            found.append(_one(note, match.span("verb"), _same_case(verb, fix), "fr-agreement"))
    return found


@lru_cache(maxsize=4096)
def _third_person(word: str, plural: bool) -> str:
    """The third-person form of `word`, a verb of the first or second person singular only
    ("avais" → "avait" or "avaient", "prends" → "prend", "fais" → "fait"), or "" when the
    word may be something else too (a noun, an adjective, a participle: "pris", "mais")."""
    readings = french_analyses(word)
    stems = {stem for stem, flag in readings if flag[:1].islower() and stem != word}
    if not stems or any(stem == word and not flag for stem, flag in readings):
        return ""  # no verb, or a word of its own ("mais", "puis", "frais")
    imperfect = word.endswith("ais")  # "étais" may be a rare noun: here it is the verb
    if not imperfect and (
        is_adjective(word) or is_noun(word) or any(f[:1].isupper() for _s, f in readings)
    ):
        return ""  # a noun, an adjective or a participle too ("pris", "tiens")
    if word.endswith("ais"):
        fixes = [word[:-3] + "aient"] if plural else [word[:-1] + "t"]
    elif plural:
        return ""
    else:
        fixes = [word[:-1] + "t", word[:-1]]
    for fix in fixes:
        if is_french_word(fix) and any(
            stem in stems and flag[:1].islower() for stem, flag in french_analyses(fix)
        ):
            return fix
    return ""


_CLAUSE_BEFORE = re.compile(r"[^.!?;:,\n]*$")


def _joins_nouns(text: str, start: int, det: str) -> bool:
    """True if the "et"/"ou" at `start` joins two nouns of a complement in a phrase still
    without its verb ("la collaboration entre les infirmières et les préposés m'a…", "le
    travail avec les élèves et les parents", "l'accueil des enfants et des parents"), not two
    subjects ("les infirmières et les préposés m'ont…", "la directrice de l'école et les
    enseignants m'ont…") nor two clauses."""
    found = _CLAUSE_BEFORE.search(text, max(0, start - 200), start)
    words = re.findall(_W, found.group(0).lower()) if found else []
    if any(
        word in _SUBJECTS or _conjugated(word) or re.fullmatch(_KNOWN_VERBS, word) for word in words
    ):
        return False
    if not _COMPLEMENT.isdisjoint(words[1:]):
        return True
    # after "de", only a second "de" ("des", "du") says the complement goes on
    return det in ("des", "du", "de", "d'") and not _OF.isdisjoint(words[1:])


# A preposition that opens a noun's complement, where "et" joins two nouns of it.
_COMPLEMENT = frozenset(["entre", "avec", "pour", "sur", "à", "au", "aux", "chez", "par", "auprès"])
_OF = frozenset(["de", "d", "du", "des"])


@lru_cache(maxsize=8192)
def _noun_only(word: str) -> bool:
    """A noun or adjective by the dictionary that no verb has as a form ("candidate" is not:
    "candidater")."""
    readings = french_analyses(word)
    return any(flag[:1].isupper() for _s, flag in readings) and not any(
        flag[:1].islower() for _s, flag in readings
    )


@lru_cache(maxsize=8192)
def _same_verb(written: str, other: str) -> bool:
    """True if `written` and `other` are both forms of one verb only ("intéresse",
    "intéressent"), not "convient" and "convie", of two verbs."""
    if not (_conjugated(written) and is_french_word(other) and _conjugated(other)):
        return False
    stems = {stem for stem, flag in french_analyses(written) if flag[:1].islower()}
    return stems == {stem for stem, flag in french_analyses(other) if flag[:1].islower()}


_NOT_NOUNS = frozenset(
    [
        "qui",
        "que",
        "quoi",
        "dont",
        "où",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "même",
        "autre",
        "tout",
        "tous",
        "toutes",
        "toute",
        "dernier",
        "premier",
        "seul",
        "plus",
        "moins",
    ]
)


@lru_cache(maxsize=8192)
def _verbish(noun: str) -> bool:
    """A word that is no noun or adjective but a conjugated verb ("les aide")."""
    readings = french_analyses(noun)
    return not any(flag[:1].isupper() or (stem == noun and flag == "") for stem, flag in readings)


# "je" with a third-person ending: "je tient", "je pensait", "je voudrait", "je peu".
_JE_THIRD = re.compile(
    rf"{_START}je\s+(?P<clitic>(?:{_CLITIC}){{0,2}})(?P<verb>{_W}(?:t|d)|peu){_END}", re.IGNORECASE
)
# "il"/"elle"/"on" with "-x" ("il peux", "elle veux").
_IL_FIRST = re.compile(
    rf"{_START}(?:il|elle|on)\s+(?:{_CLITIC}){{0,2}}(?P<verb>peux|veux|vaux){_END}", re.IGNORECASE
)


def _person_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_JE_THIRD, text):
        verb = match.group("verb")
        lower = verb.lower()
        fixes: tuple[str, ...]
        if lower in ("peu", "peut", "veut", "vaut"):
            fixes = ({"peu": "peux", "peut": "peux", "veut": "veux", "vaut": "vaux"}[lower],)
        elif lower.endswith("t"):
            fixes = (lower[:-1] + "s", lower + "s")  # "je tient" → tiens, "je permet" → permets
        else:
            fixes = (lower + "s",)
        if lower in ("est", "et", "tout", "peut-être") or not (lower == "peu" or _verb_form(lower)):
            continue
        if not _conjugated(lower) and not match.group("clitic"):
            continue  # "je vous fait", but not "je point"
        fix = next((f for f in fixes if is_french_word(f) and _verb_form(f)), None)
        if fix is None:
            continue
        found.append(_one(note, match.span("verb"), _same_case(verb, fix), "fr-agreement"))
    for match in _run(_IL_FIRST, text):
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
    r"(?<=\s)(?P<w>quelles?)\s+(?=(?:(?:me|te|vous|nous|lui|leur|se|ne|y|en)\s|"
    r"[mtsn]['’]))",
    re.IGNORECASE,
)
# "quelle" right after a noun, before a verb: "la candidate quelle a choisie".
_QUELLE_AFTER_NOUN = re.compile(
    rf"(?<=\s)(?P<w>quelles?)\s+(?=(?:a|avait|aura|est|était|sera|va|allait|"
    rf"m['’]a|nous\s+a|vous\s+a|peut|pourrait|doit|devrait|veut|voulait){_END})",
    re.IGNORECASE,
)
# "qu'elle" before a noun and then a subject: "j'ai compris qu'elle poste vous proposez".
_QUELLE_NOUN_CLAUSE = re.compile(
    rf"{_START}(?P<w>qu['’]elles?)\s+(?P<noun>{_W})\s+(?=(?:je|j['’]|nous|vous|ils|elles|"
    r"on|il|tu)(?:\s|['’]))",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
    ["à", "de", "pour", "sur", "dans", "par", "avec", "sans", "sous", "vers", "chez", "en", "entre"]
)


def _quelle_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_QUELLE_BEFORE, text):
        following = match.group("next").lower()
        if following in _NOT_QUELLE:
            continue
        readings = french_analyses(following)
        nominal = any(flag[:1].isupper() for _s, flag in readings)
        if nominal and not any(flag[:1].islower() for _s, flag in readings):
            written = match.group("w")
            fix = _same_case(written, "quelle" + ("s" if written.endswith("s") else ""))
            found.append(_one(note, match.span("w"), fix))
    for match in _run(_DEMANDE_QUELLE, text):
        written = match.group("w")
        found.append(_one(note, match.span("w"), "quelle" + ("s" if written.endswith("s") else "")))
    for match in _run(_QUELLE_AFTER_NOUN, text):
        if _noun_only(_before(text, match).lower()):
            written = match.group("w")
            fix = "qu'elle" + ("s" if written.endswith("s") else "")
            found.append(_one(note, match.span("w"), fix))
    for match in _run(_QUELLE_NOUN_CLAUSE, text):
        if any(flag[:1].isupper() for _s, flag in french_analyses(match.group("noun").lower())):
            written = match.group("w")
            fix = _same_case(written, "quelle" + ("s" if written.endswith("s") else ""))
            found.append(_one(note, match.span("w"), fix))
    for match in _run(_QUELLE_FOR, text):
        before = _before(text, match).lower()
        if not before or before in _PREPOSITIONS:
            continue
        written = match.group("w")
        fix = "qu'elle" + ("s" if written.endswith("s") else "")
        found.append(_one(note, match.span("w"), _same_case(written, fix)))
    return found


# "ce" (this) where the reflexive "se" is meant: after a subject, before a verb that is a noun
# too ("la décision ce fait en équipe", "qui ce passe bien") when no verb follows that noun.
_CE_FOR_SE = re.compile(
    rf"(?<=\s)(?P<w>ce)\s+(?P<verb>{_W})(?:\s+(?P<after>{_W}['’]?))?", re.IGNORECASE
)
_CE_SUBJECTS = frozenset(["qui", "cela", "ça", "il", "elle", "on", "ils", "elles", "tout"])


def _ce_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_CE_FOR_SE, text):
        before = _before(text, match).lower()
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
    for match in _run(_SEST_FOR_CEST, text):
        written = match.group("w")
        found.append(_one(note, match.span("w"), _same_case(written, "c'est")))
    for match in _run(_CES_FOR_SEST, text):
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
    r"(?<=\s)(?P<w>ou)\s+(?=(?:je|j['’]|nous|il|elle|on|ils|elles|se|s['’]|l['’]on)(?:\s|['’]))",
    re.IGNORECASE,
)
_DET_NOUN_BEFORE = re.compile(
    rf"{_START}(?:le|la|l['’]|un|une|ce|cet|cette|du|au|les|des|ces|aux)\s*(?<=['’\s])"
    rf"(?P<noun>{_W})\s+$",
    re.IGNORECASE,
)
_OU_AFTER_ASKING = re.compile(
    rf"{_START}(?:sais|savez|savoir|sait|demande|demandais|demander|dire|dites|indiquer|"
    r"préciser|idée)\s+(?:pas\s+|plus\s+|de\s+)?"
    r"(?P<w>ou)\s+(?=(?:je|j['’]|nous|vous|il|elle|on|ils|elles|se|s['’]|en|est|sont|"
    r"se\s+trouve|aller|envoyer|trouver)(?:\s|['’]))",
    re.IGNORECASE,
)
# "ou" before a clause whose subject is a noun: "un milieu ou les employés peuvent…", "une
# équipe ou l'entraide est…" (the verb right after the noun, its adjective or its clitics).
_OU_NOUN_CLAUSE = re.compile(
    rf"(?<=\s)(?P<w>ou)\s+(?:{_SINGULAR_DET}|{_PLURAL_DET}|un|une)\s*(?<=['’\s])"
    rf"(?P<noun>{_W})(?:\s+(?P<adj>{_ADJECTIVE}))??\s+(?:{_CLITIC}){{0,2}}"
    rf"(?P<verb>{_W}){_END}(?!['’])",
    re.IGNORECASE,
)
# Where the clause holding the noun before "ou" starts.
_CLAUSE_START = re.compile(
    r"(?:^|[.!?;:,\n(]|(?<![\w'’-])(?:et|mais|car|donc|que|qu['’]|qui|où|dont|si|quand|"
    r"lorsque|comme|puisque))[^.!?;:,\n(]*$",
    re.IGNORECASE,
)
_FINITE = frozenset(
    ["est", "sont", "a", "ont", "était", "étaient", "sera", "seront", "serait", "fait", "font"]
    + ["peut", "peuvent", "va", "vont", "doit", "doivent", "avait", "avaient", "reste", "règne"]
)


def _finite(word: str) -> bool:
    """A conjugated verb: a form of être, avoir or a frequent verb, or one the dictionary reads
    as a verb only ("occupe", "travaillent")."""
    return word in _FINITE or (_conjugated(word) and not word.endswith(("er", "ir", "re")))


def _ou_clause_findings(note: Note, text: str) -> list[Finding]:
    """ "ou" for "où" between a noun ending a clause that has its verb and a clause of its own
    ("je cherche un milieu ou les gens s'entraident"), not "or" between two subjects ("un appel
    ou une rencontre me conviendrait")."""
    found = []
    for match in _run(_OU_NOUN_CLAUSE, text):
        before = _DET_NOUN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if not before or text[before.end() - 1 : match.start()].strip(" ") == ",":
            continue
        noun = before.group("noun").lower()
        if noun in _TIMES or noun[:1] != before.group("noun")[:1].lower():
            continue
        if not any(flag[:1].isupper() for _s, flag in french_analyses(noun)):
            continue
        verb = match.group("verb").lower()
        after_noun = match.group("noun")
        if after_noun[:1].isupper() or not _finite(verb) or _finite(after_noun.lower()):
            continue
        clause = _CLAUSE_START.search(text, max(0, before.start() - 150), before.start())
        words = re.findall(_W, clause.group(0).lower()) if clause else []
        if not any(_finite(w) or w in _FIRST_PERSON or w in ("suis", "ai") for w in words):
            continue  # "je pense que le mardi ou le mercredi serait…": two subjects
        found.append(_spelling(note, match.span("w"), _same_case(match.group("w"), "où")))
    return found


# "à" for "a" between a subject opening a clause and a participle: "Madame Côté à pris le
# temps", "les projets que votre équipe à lancés", "Julie à préparé"; or before a phrase made
# with "avoir": "l'équipe à l'air soudée", "Julie à hâte de", "la rencontre à lieu".
_A_AFTER_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:,\n])\s*|(?<![\w'’-])(?i:et|mais|car|donc|que|qu['’]|puisque|lorsque|"
    r"quand|si|comme)\s+)"
    rf"(?:(?i:{_SINGULAR_DET}|{_PLURAL_DET})\s*(?<=['’\s])(?:{_W}\s+)??(?P<noun>{_W})|"
    r"(?P<title>(?:Madame|Monsieur|Mme|M\.|Dre?)\s+)?"
    r"(?P<name>[A-ZÉÈÀÂÎÔ][^\W\d_]+(?:[ -][A-ZÉÈÀÂÎÔ][^\W\d_]+)?))"
    r"\s+(?P<w>à)\s+(?:(?:bien|déjà|beaucoup|toujours|vraiment|aussi|également|même)\s+)?"
    r"(?:(?P<idiom>l['’]air(?!\s+libre)|besoin|hâte|envie|lieu|peur)\b|"
    rf"(?P<part>{_W}){_END}(?!['’])(?:\s+(?P<next>{_W}))?)",
    re.MULTILINE,
)
# "ce" for "se" before an infinitive: "j'ai hâte de ce revoir", "pouvoir ce joindre à".
_CE_INFINITIVE = re.compile(
    rf"{_START}(?P<w>ce)\s+(?P<verb>{_W}(?:er|ir|re|oir)){_END}", re.IGNORECASE
)


def _ce_infinitive_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_CE_INFINITIVE, text):
        verb = match.group("verb").lower()
        readings = french_analyses(verb)
        if verb in ("faire", "être") or not any(
            stem == verb and flag[:1].islower() for stem, flag in readings
        ):
            continue  # "pour ce faire"
        if any(flag[:1].isupper() for _s, flag in readings) or is_noun(verb):
            continue  # "ce devoir", "ce dîner": a noun
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "se")))
    return found


# "ces" for "ses" after a person and "et", before the people around that person: "Mme Roy et
# ces collègues", "Julien et ces adjoints" (his or her colleagues, not "those").
_CES_AFTER_PERSON = re.compile(
    r"(?:(?:Madame|Monsieur|Mme|M\.|Dre?)\s+)?(?P<name>[A-ZÉÈÀÂÎÔ][^\W\d_]+(?:-[A-ZÉÈ][^\W\d_]+)?)"
    rf"\s+et\s+(?P<w>ces)\s+(?:{_BEFORE_NOUN})(?P<noun>{_W}){_END}",
)
_PEOPLE_AROUND = frozenset(
    ["collègues", "adjoints", "adjointes", "employés", "employées", "équipes", "enfants"]
    + ["associés", "associées", "partenaires", "gestionnaires", "proches", "pairs", "élèves"]
    + ["patients", "patientes", "clients", "clientes", "bénévoles", "stagiaires", "membres"]
)
_PERSON_PLURALS = ("teurs", "trices", "eurs", "euses", "iers", "ières", "istes", "aires")


def _ces_after_person_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_CES_AFTER_PERSON, text):
        name, noun = match.group("name"), match.group("noun").lower()
        titled = match.group(0)[:1] != name[:1] or match.start("name") != match.start()
        if not titled and (is_french_word(name.lower()) or _starts_sentence(text, match.start())):
            continue  # "Merci et ces…": a word, not a name
        nominal = any(flag[:1].isupper() for _s, flag in french_analyses(noun))
        if noun not in _PEOPLE_AROUND and not (noun.endswith(_PERSON_PLURALS) and nominal):
            continue
        found.append(_one(note, match.span("w"), "ses"))
    return found


# "ces"/"ses" for "s'est" after a noun subject, before a participle: "votre adjointe ces
# occupée de tout", "l'entrevue ses déroulée".
_CES_AFTER_NOUN = re.compile(
    rf"(?:^|(?<=[.!?;:,\n])\s*|{_START}(?:et|mais|que|qu['’]|car|puisque|quand|si)\s+)"
    rf"(?:{_SINGULAR_DET})\s*(?<=['’\s])(?P<noun>{_W})\s+(?P<w>ces|ses)\s+"
    rf"(?:(?:bien|très|vraiment|déjà|toujours|rapidement|vite)\s+)?(?P<verb>{_W}){_END}",
    re.IGNORECASE | re.MULTILINE,
)


def _ces_after_noun_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_CES_AFTER_NOUN, text):
        noun, verb = match.group("noun").lower(), match.group("verb").lower()
        if not any(flag[:1].isupper() for _s, flag in french_analyses(noun)):
            continue
        if is_noun(verb) or not any(flag == "p+" for _s, flag in french_analyses(verb)):
            continue  # "la liste ses employés": a noun after "ses"
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "s'est")))
    return found


# A singular attribute after "ils"/"elles" and a copula: "ils ont été très patient".
_THEY_ATTRIBUTE = re.compile(
    rf"{_START}(?:ils|elles)\s+(?:ne\s+|n['’]\s*)?(?:(?:me|m['’]|nous|vous|lui)\s*)?"
    r"(?P<cop>sont|étaient|seront|seraient|ont\s+été|avaient\s+été|semblent|semblaient|"
    r"paraissaient|ont\s+semblé|ont\s+paru|restent|sont\s+restée?s|demeurent)\s+"
    r"(?:(?:pas|plus|très|vraiment|tellement|si|aussi|bien|toujours|déjà|assez|plutôt|"
    rf"particulièrement|extrêmement|tous|toutes|tout)\s+){{0,2}}(?P<w>{_W}){_END}(?!['’])",
    re.IGNORECASE,
)


def _they_attribute_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_THEY_ATTRIBUTE, text):
        word = match.group("w")
        lower = word.lower()
        if lower in FUNCTION_WORDS or lower in _INVARIABLE_AFTER_ETRE or word[:1].isupper():
            continue
        tags = _tags(lower)
        if not tags or any(t[0] == "N" for t in tags) and not any(t[0] in "AP" for t in tags):
            continue
        if not all(t[2] == "s" for t in tags if t[0] in "AP"):
            continue  # plural, or the same in both ("heureux", "pris")
        gender = "f" if match.group(0).lower().startswith("elles") else "m"
        fixes = inflected(lower, gender, "p")
        if fixes:
            found.append(_one(note, match.span("w"), _same_case(word, fixes[0]), "fr-agreement"))
    return found


# "tous" for "tout" before "ce que"/"ce qui" ("merci pour tous ce que vous m'avez appris");
# "si" for "ci" in "ci-dessous", "ci-joint" ("au numéro si dessous").
_TOUS_CE = re.compile(rf"{_START}(?P<w>tous)\s+(?=ce\s+(?:que|qu['’]|qui|dont){_END})", re.I)
_SI_FOR_CI = re.compile(
    rf"{_START}(?P<w>si[- ](?:dessous|dessus|joint|jointe|joints|jointes|inclus|incluse|"
    rf"après)){_END}"
    r"(?!\s*(?:,|réflexion|discussion|vérification|analyse|lecture))",
    re.IGNORECASE,
)


def _fixed_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_TOUS_CE, text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "tout")))
    for match in _run(_SI_FOR_CI, text):
        written = match.group("w")
        lower = written.lower()
        if lower.startswith("si après") or lower.startswith("si joint"):
            continue  # "si après notre rencontre…", "si joint à…": a real "si"
        fix = "ci-" + written[3:].lower()
        found.append(_one(note, match.span("w"), _same_case(written, fix)))
    return found


# "et" for "est" in a sentence that has no verb but for it: "le projet de rénovation et une
# belle occasion de…", "le poste et exactement ce que je cherche".
_ET_VERBLESS = re.compile(
    rf"(?:^|(?<=[.!?\n])[ \t]*)(?:{_SINGULAR_DET}|{_PLURAL_DET})\s*(?<=['’\s])(?P<noun>{_W})"
    rf"(?P<cpl>(?:\s+(?:de|du|des|d['’]|en|à|au|aux|pour)\s*(?<=['’\s])"
    rf"(?:(?:{_SINGULAR_DET}|{_PLURAL_DET})\s*(?<=['’\s]))?{_W}){{0,2}})"
    rf"\s+(?P<w>et)\s+(?P<next>{_W}){_END}(?P<rest>[^.!?;:,(\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
_AFTER_EST = frozenset(
    ["un", "une", "très", "vraiment", "exactement", "tout", "toujours", "déjà", "bien", "aussi"]
    + ["assez", "plutôt", "particulièrement", "si", "là", "pour", "sans", "certainement"]
)
_RELATIVE_OPENERS = frozenset(["que", "qu", "qui", "dont", "où", "lorsque", "quand", "si"])


def _et_verbless_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_ET_VERBLESS, text):
        noun, after = match.group("noun").lower(), match.group("next").lower()
        if not any(flag[:1].isupper() for _s, flag in french_analyses(noun)) or _finite(noun):
            continue
        tags = _tags(after)
        adjective = bool(tags) and all(t[0] in "AP" for t in tags)
        if after not in _AFTER_EST and not adjective:
            continue  # "votre accueil et votre patience": two nouns
        rest = (match.group("cpl") + " " + match.group("next") + match.group("rest")).lower()
        words = re.findall(rf"{_W}|,", rest.replace("tout à fait", ""))
        outside, skipping = [], False
        for word in words:
            if word == ",":
                skipping = False
            elif word in _RELATIVE_OPENERS:
                skipping = True
            elif not skipping:
                outside.append(word)
        if any(_finite(w) or w in _FIRST_PERSON for w in outside):
            continue  # a verb of its own: "le directeur et son adjointe m'ont reçue"
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "est")))
    return found


# "ma"/"mon" for "m'a"/"m'ont" before a participle, maybe after an adverb: "votre adjoint ma
# envoyé l'horaire", "mes collègues mon toujours décrite".
_MA_PARTICIPLE = re.compile(
    rf"{_START}(?P<w>ma|mon|ta|ton)\s+(?:(?:toujours|déjà|bien|beaucoup|souvent|jamais|"
    rf"aussi|vite|rapidement|gentiment|longuement|clairement|tout)\s+)?(?P<part>{_W}){_END}"
    r"(?!['’])",
    re.IGNORECASE,
)
# A participle of a verb whose object is indirect, agreed all the same before "de": "la
# rencontre m'a permise de" (permis), "je me suis permise de", "vous m'avez demandée de".
_INDIRECT_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?:m['’]\s*|t['’]\s*|s['’]\s*|nous\s+|vous\s+|lui\s+|leur\s+|me\s+|te\s+|"
    r"se\s+)(?:a|as|avons|avez|ont|avait|avaient|aviez|aurait|auraient|suis|es|est|sommes|êtes|"
    r"sont|étais|était|étaient)\s+(?:(?:bien|déjà|gentiment|aussi)\s+)?"
    r"(?P<w>(?P<base>permis|promis|demandé|proposé|conseillé|suggéré|recommandé|offert|dit|"
    r"écrit)(?:e|es|s))\s+(?=de\s|d['’])",
    re.IGNORECASE,
)
_INDIRECT_FORMS = tuple(
    base + ending
    for base in ("permis", "promis", "demandé", "proposé", "conseillé", "suggéré", "offert")
    + ("recommandé", "dit", "écrit")
    for ending in ("e", "es", "s")
)
# "quelque soit" for "quel que soit"; "d'avantage" for "davantage" (more).
_QUELQUE_SOIT = re.compile(rf"{_START}(?P<w>quelques?)\s+(?=soi(?:en)?t{_END})", re.IGNORECASE)
_D_AVANTAGE = re.compile(
    rf"(?<!beaucoup )(?<!plus )(?<!peu )(?<!pas )(?<!moins )(?<!autant )(?<!trop )(?<!tant )"
    rf"{_START}(?P<w>d['’]avantage){_END}(?!['’])",
    re.IGNORECASE,
)


def _slip_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_MA_PARTICIPLE, text):
        part = match.group("part").lower()
        tags = _tags(part)
        written = match.group("w")
        feminine_det = written.lower() in ("ma", "ta")
        if not any(t[0] == "P" for t in tags) or any(t[0] == "A" for t in tags):
            continue  # "ma chère", "mon ancien collègue": an adjective after it
        if any(t[0] == "N" and (not feminine_det or t[1] in "fe") for t in tags):
            continue  # "mon envoyé", "ma recrue": a noun the determiner goes with
        before = _LAST_WORD.search(text, max(0, match.start() - 30), match.start())
        if before and before.group(1).lower() in _COPULAS:
            continue  # "votre poste reste mon préféré": a noun after a copula
        if feminine_det and any(t[:2] == "Pf" for t in tags):
            continue  # "ma dévouée collègue": the participle goes with the noun after it
        following = re.match(rf"\s+({_W}){_END}(?!['’])", text[match.end() :])
        if following and _nominal_word(following.group(1).lower()):
            continue  # "mon regretté collègue"
        fix = written[0] + ("'a" if written.lower() in ("ma", "ta") else "'ont")
        found.append(_one(note, match.span("w"), fix))
    for match in _run(_INDIRECT_PARTICIPLE, text):
        base = match.group("base")
        found.append(_one(note, match.span("w"), base.lower(), "fr-agreement"))
    for match in _run(_QUELQUE_SOIT, text):
        after = text[match.end() : match.end() + 8].lower()
        fix = "quels que" if after.startswith("soient") else "quel que"
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), fix)))
    for match in _run(_D_AVANTAGE, text):
        found.append(_one(note, match.span("w"), "davantage"))
    return found


_COPULAS = frozenset(
    ["est", "sont", "reste", "restent", "demeure", "était", "sera", "serait", "devient", "semble"]
    + ["paraît", "étaient", "resterait", "restera", "c'est", "devenu", "devenue", "être"]
)


def _nominal_word(word: str) -> bool:
    """A noun or adjective by the table or the dictionary, and no conjugated verb only."""
    return is_noun(word) or any(flag[:1].isupper() for _s, flag in french_analyses(word))


# "sont" (are) for "son" (his, her) after a preposition: "pour sont engagement".
_SONT_AFTER_PREPOSITION = re.compile(
    rf"{_START}(?:pour|de|par|avec|sur|dans|envers|à|chez|sans|vers|selon|malgré)\s+"
    rf"(?P<w>sont)\s+(?P<noun>{_W}){_END}",
    re.IGNORECASE,
)
# A participle agreed before an infinitive, where it stays as it is: "le poste que j'ai
# toujours voulue occuper" (voulu), "les documents que j'ai pus lire" (pu).
_AGREED_BEFORE_INFINITIVE = re.compile(
    r"(?<![\w-])(?:ai|as|a|avons|avez|ont|avais|avait|aviez|avaient|aurais|aurait)\s+"
    r"(?:(?:toujours|déjà|bien|jamais|pas|tant|beaucoup|longtemps|souvent)\s+){0,2}"
    r"(?P<w>(?P<base>voulu|pu|su|dû|fait)(?:e|es|s))\s+(?P<verb>[^\W\d_]+(?:er|ir|re|oir))(?![\w'’-])",
    re.IGNORECASE,
)


def _more_slip_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_SONT_AFTER_PREPOSITION, text):
        noun = match.group("noun").lower()
        if not _nominal_word(noun) or _finite(noun):
            continue
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "son")))
    for match in _run(_AGREED_BEFORE_INFINITIVE, text):
        verb = match.group("verb").lower()
        if not any(stem == verb and flag[:1].islower() for stem, flag in french_analyses(verb)):
            continue
        base = match.group("base").lower()
        found.append(_one(note, match.span("w"), base, "fr-agreement"))
    return found


# A participle where the noun it looks like is meant, after a preposition and "l'": "pour
# l'entrevu d'hier" (entrevue), "après l'arrivé de" (arrivée).
_ARTICLE_PARTICIPLE = re.compile(
    rf"{_START}(?:pour|de|sur|après|avant|depuis|pendant|par|avec|dans|à|lors\s+de|durant)\s+"
    rf"l['’](?P<w>{_W}){_END}(?!['’])",
    re.IGNORECASE,
)


def _article_participle_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_ARTICLE_PARTICIPLE, text):
        word = match.group("w")
        lower = word.lower()
        tags = _tags(lower)
        readings = french_analyses(lower)
        verb_only = bool(readings) and all(f[:1].islower() and st != lower for st, f in readings)
        if not (all(t[0] == "P" for t in tags) if tags else verb_only):
            continue  # "l'employé", "l'invité": nouns too
        noun = lower + "e"
        if not any(t[0] == "N" and t[1] == "f" for t in _tags(noun)):
            continue
        found.append(_finding(note, "spelling", ERROR, match.span("w"), (noun,), why="french"))
    return found


# A singular participle after "nous" and "être": "nous nous sommes rencontré".
_WE_ATTRIBUTE = re.compile(
    rf"{_START}nous\s+(?:nous\s+)?(?:sommes|étions|serons|serions|avons\s+été|avions\s+été)\s+"
    r"(?:(?:très|vraiment|bien|déjà|tous|toutes|tout|si|aussi|toujours)\s+){0,2}"
    rf"(?P<w>{_W}){_END}(?!['’])",
    re.IGNORECASE,
)


def _we_attribute_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_WE_ATTRIBUTE, text):
        word = match.group("w")
        lower = word.lower()
        tags = [t for t in _tags(lower) if t[0] in "AP"]
        if not tags or any(t[0] == "N" for t in _tags(lower)) or lower in FUNCTION_WORDS:
            continue
        if not all(t[2] == "s" for t in tags) or lower in _INVARIABLE_AFTER_ETRE:
            continue
        if re.match(r"nous\s+nous", match.group(0), re.IGNORECASE) and not _reflexive_agrees(
            lower, text, match.end()
        ):
            continue
        gender = "f" if all(t[1] == "f" for t in tags) else "m"
        fixes = inflected(lower, gender, "p")
        if fixes:
            found.append(_one(note, match.span("w"), _same_case(word, fixes[0]), "fr-agreement"))
    return found


# Verbs whose "se" is an indirect object: their participle stays as it is ("nous nous sommes
# parlé", "écrit", "téléphoné", "succédé", "plu", "souri", "dit", "demandé", "promis").
_INDIRECT_REFLEXIVE = frozenset(
    ["parler", "téléphoner", "écrire", "succéder", "plaire", "sourire", "dire", "demander"]
    + ["promettre", "permettre", "ressembler", "mentir", "nuire", "rendre", "donner", "poser"]
)
_DETERMINERS_AFTER = frozenset(["le", "la", "les", "un", "une", "des", "du", "l", "rendez"])


def _reflexive_agrees(participle: str, text: str, end: int) -> bool:
    """Whether the participle after "nous nous sommes" agrees with "nous": its verb takes a
    direct object ("rencontrés", "revus") and no object follows it ("donné rendez-vous")."""
    if {stem for stem, _f in french_analyses(participle)} & _INDIRECT_REFLEXIVE:
        return False
    following = re.match(rf"\s+({_W})", text[end:])
    return not (following and following.group(1).lower() in _DETERMINERS_AFTER)


# Participles that are also the noun of an idiom after "à" ("à découvert", "à portée").
_A_IDIOMS = frozenset(["découvert", "portée"])


def _subject_participle(word: str) -> bool:
    """A past participle by the table ("pris", "lancés", "offertes"), not an idiom's noun."""
    return word not in _A_IDIOMS and any(tag[0] == "P" for tag in _tags(word))


def _a_after_subject_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_A_AFTER_SUBJECT, text):
        if not match.group("idiom") and not _subject_participle(match.group("part").lower()):
            continue  # neither "a" + participle nor a phrase of "avoir" ("a l'air", "a hâte")
        noun, name = match.group("noun"), match.group("name")
        if noun:
            readings = french_analyses(noun.lower())
            if (
                noun[:1].isupper()
                and not match.group(0)[:1].isupper()
                or not any(flag[:1].isupper() for _s, flag in readings)
            ):
                continue
            if any(flag[:1].islower() for _s, flag in readings) and not is_noun(noun.lower()):
                continue  # a verb: "je les à…" is no subject
            following = (match.group("next") or "").lower()
            if following and _finite(following):
                continue  # "le contrat à signé est arrivé": "à signer", the infinitive
        elif name and not match.group("title"):
            first = name.split()[0].split("-")[0]
            if is_french_word(first.lower()) or _starts_sentence(text, match.start("name")):
                continue  # "Merci à", "Grâce à": a word, not a name
        found.append(_finding(note, "spelling", ERROR, match.span("w"), ("a",), why="fr-a"))
    return found


def _starts_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?:\n"


def _tags(word: str) -> list[str]:
    return _genders_table_get(word).split()


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
    for match in _run(_OU_AFTER_NOUN, text):
        before = _DET_NOUN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if not before:
            continue
        noun = before.group("noun").lower()
        if noun in _TIMES or noun[:1] != before.group("noun")[:1].lower():
            continue
        readings = french_analyses(noun)
        if not any(flag[:1].isupper() for _s, flag in readings):
            continue
        found.append(_spelling(note, match.span("w"), _same_case(match.group("w"), "où")))
    for match in _run(_OU_AFTER_ASKING, text):
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
    r"(?<=\s)(?P<w>a)\s+(?=(?:Madame|Monsieur|Mme|M\.|Mlle|Me|Dr|Docteure?|"
    r"[A-ZÀÂÉÈÊÎÔÛÇ][\w’'-]+))"
)


def _place_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_LA_AFTER_ETRE, text):
        found.append(_spelling(note, match.span("w"), _same_case(match.group("w"), "là")))
    for match in _run(_A_BEFORE_NAME, text):
        before = _before(text, match)
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
    for match in _run(_JE_SUIS_PLURAL, text):
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


@lru_cache(maxsize=8192)
def _participle_only(word: str) -> bool:
    """A past participle ("porté", "mis", "choisie") that is no noun, by the dictionary."""
    readings = french_analyses(word)
    return (
        word.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "t", "te", "s"))
        and any(flag[:1].islower() and stem != word for stem, flag in readings)
        and not any(flag[:1].isupper() or (stem == word and flag == "") for stem, flag in readings)
    )


# "a" (has) where "à" is meant in set phrases ("a partir de", "mis a jour", "a nouveau") and
# after a participle before a possessive ("l'intérêt porté a ma candidature").
_A_FIXED = re.compile(
    rf"{_START}(?P<w>a)\s+(?=(?:partir|propos|travers|cause|jour|temps|nouveau|condition|"
    rf"l['’]avance|l['’]heure|l['’]aise|moins\s+que|laquelle|lesquel(?:le)?s|bientôt|la\s+(?:semaine\s+prochaine|prochaine|fois|recherche)|peine\s+(?:arrivée?|commencé)){_END})",
    re.IGNORECASE,
)
_A_AFTER_PARTICIPLE = re.compile(
    rf"(?<=\s)(?P<w>a)\s+(?=(?:ma|mon|mes|votre|vos|notre|nos|leur|leurs|ta|ton|tes)"
    rf"{_END})",
    re.IGNORECASE,
)
# "ou" (or) where "où" is meant after "là", "d'", "au moment", "le jour"…
_OU_FIXED = re.compile(rf"(?<=[\s'’])(?P<w>ou){_END}", re.IGNORECASE)
_OU_FIXED_BEFORE = re.compile(
    rf"(?:{_START}là\s+|{_START}d['’]|(?:au|du|le|ce)\s+moment\s+|jusqu['’]au\s+moment\s+)$",
    re.IGNORECASE,
)
# "leurs" (their, plural) before a verb, where the pronoun "leur" (to them) is meant.
_LEURS_PRONOUN = re.compile(
    rf"{_START}(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles|ne|n['’])\s*(?<=['’\s])"
    rf"(?P<w>leurs)\s+(?P<verb>{_W}){_END}",
    re.IGNORECASE,
)
# "si" (if) at the head of a clause with the conditional: "si vous pourriez" (pouviez).
_SI_CONDITIONAL = re.compile(
    rf"(?<![\w'’-])(?P<si>[sS]i)\s+(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles)\s*(?<=['’\s])"
    rf"(?:{_CLITIC}){{0,2}}(?P<verb>{_W}){_END}"
)
# What stands before a hypothetical "si": the clause's start or "et", "mais", "même"…
_SI_OPENS = re.compile(
    r"(?:^|[.!?;:,\n]|(?<![\w'’-])(?:et|mais|même|comme|sauf))\s*$", re.MULTILINE
)
# Verbs before an indirect question, where "si" may take the conditional ("je me demande si
# vous seriez", "pourriez-vous me confirmer si").
_ASKING_BEFORE_SI = frozenset(
    ["savoir", "demander", "vérifier", "voir", "dire", "ignorer", "confirmer", "indiquer"]
    + ["préciser", "informer", "aviser", "regarder", "chercher", "comprendre", "deviner"]
    + ["douter", "écrire", "sonder", "renseigner", "aimer", "vouloir", "souhaiter", "penser"]
)
_CONDITIONAL = {
    "pourrais": "pouvais",
    "pourrait": "pouvait",
    "pourriez": "pouviez",
    "pourrions": "pouvions",
    "pourraient": "pouvaient",
    "aurais": "avais",
    "aurait": "avait",
    "auriez": "aviez",
    "aurions": "avions",
    "auraient": "avaient",
    "serais": "étais",
    "serait": "était",
    "seriez": "étiez",
    "serions": "étions",
    "seraient": "étaient",
    "voudrais": "voulais",
    "voudrait": "voulait",
    "voudriez": "vouliez",
    "devrais": "devais",
    "devrait": "devait",
    "devriez": "deviez",
    "ferais": "faisais",
    "ferait": "faisait",
    "feriez": "faisiez",
}
_CONDITIONAL_ENDINGS = ("eraient", "erions", "eriez", "erais", "erait")
# "j'aurai aimé" (future perfect) for "j'aurais aimé"; "j'aimerai vous" for "j'aimerais".
_FUTURE_FOR_CONDITIONAL = re.compile(
    rf"{_START}j['’](?P<w>aurai)\s+(?=(?:(?:bien|beaucoup|vraiment|tellement)\s+)?"
    rf"(?:aimé|souhaité|voulu|préféré|dû|pu)\s+(?:{_CLITIC}|{_W}(?:er|ir|re|oir){_END}|qu))"
    rf"|{_START}j['’](?P<w2>aimerai)\s+(?=(?:{_CLITIC}|{_W}(?:er|ir|re|oir){_END}|bien\s|beaucoup\s))"
    rf"|{_START}je\s+(?P<w3>voudrai|souhaiterai)\s+(?=(?:{_CLITIC}|{_W}(?:er|ir|re|oir){_END}))",
    re.IGNORECASE,
)
# "-ez" after an elided pronoun and "avoir", or after a verb that takes the infinitive:
# "vous m'avez présentez", "j'aimerais vous rencontrez".
_EZ_AFTER_ELISION = re.compile(rf"(?<![\w'’-])(?P<verb>{_W}ez){_END}", re.IGNORECASE)
_EZ_CONTEXT = re.compile(
    r"(?:[mtlsn]['’](?:ai|as|a|avons|avez|ont|avais|avait|aviez|avaient)|"
    r"(?:j['’]|je\s+|nous\s+|vous\s+|il\s+|elle\s+|on\s+)(?:aimerais|aimerait|aimerions|"
    r"aimeriez|aimerai|adorerais|souhaiterais|souhaite|souhaitais|voudrais|voulais|voulions|"
    r"pourrais|devrais|espère|espérais|désire|désirerais)|(?<![\w'’-])(?:pouvoir|devoir|vouloir|"
    r"savoir|aller|venir|oser))\s+"
    rf"(?:(?:pas|bien|beaucoup|vraiment|déjà|aussi|également)\s+){{0,2}}(?:{_CLITIC}){{0,2}}$",
    re.IGNORECASE,
)
# Two subjects joined by "et" with a singular verb: "mon CV et ma lettre est joints".
_TWO_SUBJECTS = re.compile(
    r"(?:^|(?<=[.!?;:\n])\s*|(?<![\w'’-])(?:que|qu['’]|car|puisque|lorsque|quand|comme|mais)\s+)"
    rf"(?:{_SINGULAR_DET}|{_PLURAL_DET})\s*(?<=['’\s]){_W}\s+et\s+"
    rf"(?:{_SINGULAR_DET}|{_PLURAL_DET})\s*(?<=['’\s]){_W}\s+(?:{_CLITIC}){{0,2}}"
    r"(?P<verb>est|a|était|sera|serait|avait|peut|va|fait|doit|pourrait|devrait)(?![\w'’-])",
    re.IGNORECASE | re.MULTILINE,
)
# "mes" (my) after a comma before what no noun is: "…, mes en attendant" (mais).
_MES_AFTER_COMMA = re.compile(rf",\s+(?P<w>mes)\s+(?P<next>{_W}){_END}", re.IGNORECASE)
# "me la souvent dit": "la" before a participle after an object pronoun is "l'a".
_LA_FOR_LA = re.compile(
    rf"{_START}(?:me|te|nous|vous|lui|leur|se|ne)\s+(?P<w>la)\s+"
    rf"(?:(?:souvent|déjà|bien|toujours|jamais|pas|aussi|même)\s+){{0,2}}(?P<verb>{_W}){_END}",
    re.IGNORECASE,
)
# "je vous envois": after "je" and an object pronoun, a word that is only a noun.
_JE_THEN_NOUN = re.compile(
    rf"{_START}je\s+(?:me|te|vous|nous|lui|leur|le|la|les|[mtl]['’])\s*(?<=['’\s])"
    rf"(?P<w>{_W}){_END}",
    re.IGNORECASE,
)


def _more_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_A_FIXED, text):
        found.append(_spelling(note, match.span("w"), _same_case(match.group("w"), "à")))
    for match in _run(_A_AFTER_PARTICIPLE, text):
        if _participle_only(_before(text, match).lower()):
            found.append(_spelling(note, match.span("w"), "à"))
    for match in _run(_OU_FIXED, text):
        if _OU_FIXED_BEFORE.search(text, max(0, match.start() - 25), match.start()):
            found.append(_spelling(note, match.span("w"), "où"))
    for match in _run(_LEURS_PRONOUN, text):
        if _conjugated(match.group("verb").lower()) or match.group("verb").lower() in (
            "ai",
            "a",
            "avons",
            "avez",
            "ont",
        ):
            found.append(_one(note, match.span("w"), "leur", "fr-number"))
    for match in _run(_SI_CONDITIONAL, text):
        if not _SI_OPENS.search(text, max(0, match.start() - 8), match.start()):
            previous = _LAST_WORD.search(text, max(0, match.start() - 30), match.start())
            word = previous.group(1).lower() if previous else ""
            if not word or _ASKING_BEFORE_SI & {stem for stem, _f in french_analyses(word)}:
                continue  # "je me demande si vous seriez": an indirect question
            if word in ("comme", "idée", "pas", "sais", "savoir"):
                continue
        verb = match.group("verb")
        lower = verb.lower()
        fix = _CONDITIONAL.get(lower, "")
        if not fix:
            for ending in _CONDITIONAL_ENDINGS:
                stem = lower[: -len(ending)]
                if lower.endswith(ending) and is_french_word(stem + "er"):
                    fix = stem + {"eraient": "aient", "erions": "ions", "eriez": "iez"}.get(
                        ending, ending[2:]
                    )
                    break
        if fix and is_french_word(fix):
            found.append(_one(note, match.span("verb"), fix, "fr-conditional"))
    for match in _run(_FUTURE_FOR_CONDITIONAL, text):
        group = next(g for g in ("w", "w2", "w3") if match.group(g))
        found.append(_one(note, match.span(group), match.group(group) + "s", "fr-conditional"))
    for match in _run(_EZ_AFTER_ELISION, text):
        verb = match.group("verb")
        lower = verb.lower()
        context = _EZ_CONTEXT.search(text, max(0, match.start() - 60), match.start())
        if not context or not is_french_word(lower[:-2] + "er"):
            continue
        before = context.group().lower()
        after_avoir = bool(re.match(r"[mtlsn]['’]a", before))
        fix = lower[:-2] + ("é" if after_avoir else "er")
        if is_french_word(fix):
            found.append(
                _one(
                    note,
                    match.span("verb"),
                    fix,
                    "fr-participle" if after_avoir else "fr-infinitive",
                )
            )
    for match in _run(_TWO_SUBJECTS, text):
        verb = match.group("verb")
        found.append(_one(note, match.span("verb"), _SINGULAR_VERB[verb.lower()], "fr-agreement"))
    for match in _run(_MES_AFTER_COMMA, text):
        following = match.group("next").lower()
        readings = french_analyses(following)
        if readings and not any(flag[:1].isupper() for _s, flag in readings):
            found.append(_one(note, match.span("w"), "mais"))  # not before a noun
    for match in _run(_LA_FOR_LA, text):
        verb = match.group("verb").lower()
        if verb.endswith("s") and not verb.endswith(("is", "us")):
            continue  # "je vous la transmets": the present, not a participle
        if _participle_only(verb) or verb == "dit":
            found.append(_one(note, match.span("w"), "l'a"))
    for match in _run(_JE_THEN_NOUN, text):
        if _noun_only(match.group("w").lower()):
            found.append(_one(note, match.span("w"), ""))
    return found


# "X et moi" takes "nous": "ma conjointe et moi est prêts" (sommes).
_ET_MOI = re.compile(
    rf"{_START}et\s+moi(?:-même)?\s+(?:{_CLITIC}){{0,2}}(?P<verb>est|sont|suis|a|ont|ai|était|"
    rf"étaient|étais|va|vont|vais|peut|peuvent|peux|avait|avaient|avais|sera|seront|serai){_END}",
    re.IGNORECASE,
)
_NOUS_FORM = {
    "est": "sommes",
    "sont": "sommes",
    "suis": "sommes",
    "a": "avons",
    "ont": "avons",
    "ai": "avons",
    "était": "étions",
    "étaient": "étions",
    "étais": "étions",
    "va": "allons",
    "vont": "allons",
    "vais": "allons",
    "peut": "pouvons",
    "peuvent": "pouvons",
    "peux": "pouvons",
    "avait": "avions",
    "avaient": "avions",
    "avais": "avions",
    "sera": "serons",
    "seront": "serons",
    "serai": "serons",
}
# After "avoir" with a subject pronoun and no object before it, the participle does not
# agree and is no present: "nous avons parlés" (parlé), "vous m'avez dis" (dit), "j'ai
# était" (été).
_AVOIR_THEN_FORM = re.compile(
    rf"(?<![\w'’-])(?:j['’]ai|tu\s+as|nous\s+avons|vous\s+avez|"
    rf"ils\s+ont|elles\s+ont|il\s+a|elle\s+a|on\s+a|vous\s+m['’]avez|vous\s+nous\s+avez|"
    rf"(?:il|elle|on)\s+m['’]a)\s+"
    rf"(?:(?:pas|bien|beaucoup|déjà|vraiment|aussi|toujours|jamais|tellement|tous|toutes)\s+){{0,2}}"
    rf"(?P<verb>{_W}){_END}",
    re.IGNORECASE,
)
# A determiner after the participle: its direct object follows, so it does not agree.
_DETERMINER_NEXT = re.compile(
    r"\s+(?:la|les|l['’]|une|des|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leurs|"
    r"cette|ces|plusieurs|toutes)(?![\w-])",
    re.IGNORECASE,
)


def _unagreed(word: str) -> str:
    """The participle without its feminine or plural ending ("suivie" → "suivi", "reçues" →
    "reçu", "prise" → "pris"), or "" if `word` is no agreed participle."""
    if not _participle_only(word) and not any(
        flag[:1].islower() for _s, flag in french_analyses(word)
    ):
        return ""
    for ending in ("es", "e", "s"):
        base = word[: -len(ending)]
        if not (word.endswith(ending) and base.endswith(("i", "u", "is", "it", "ert", "int"))):
            continue
        if is_french_word(base) and any(flag[:1].islower() for _s, flag in french_analyses(base)):
            return base
    return ""


# Participles that end in "-is" themselves (mettre, prendre, acquérir, asseoir and theirs).
_IS_PARTICIPLES = ("mis", "pris", "quis", "sis")
_OBJECT_BEFORE = frozenset(
    ["que", "qu'", "qu’", "les", "l'", "l’", "la", "combien", "quels", "quelles"]
)
# Nouns of time after a determiner, which make no direct object: "la semaine dernière".
_TIME_NOUNS = frozenset(
    ["semaine", "semaines", "mois", "année", "années", "an", "ans", "jour", "jours", "soir"]
    + ["matin", "matinée", "journée", "soirée", "veille", "lendemain", "fois", "fin", "heure"]
    + ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "après-midi"]
)
# A word asking about the object, or exclaiming on it, before the verb of its clause.
_ASKED_OBJECT = re.compile(
    r"(?<![\w'’-])(?:quel|quelle|quels|quelles|combien|lequel|laquelle|lesquels|lesquelles)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# "je" with "est"/"a" (il's forms): "je vous est envoyé", "je n'est pas".
_JE_EST = re.compile(
    rf"{_START}je\s+(?:(?:ne\s+|n['’]\s*))?(?:{_CLITIC}){{0,2}}(?P<verb>est|a){_END}",
    re.IGNORECASE,
)
# The infinitive after an infinitive that takes one: "de pouvoir contribué".
_INFINITIVE_THEN_E = re.compile(
    rf"{_START}(?:pouvoir|devoir|vouloir|savoir|aller|venir|faire|laisser|oser|sembler|pu|dû|"
    r"voulu|su|osé|fallu)\s+"
    rf"(?:{_CLITIC}){{0,2}}(?P<verb>{_W}é){_END}",
    re.IGNORECASE,
)
# "ont" with no subject before it, before a pronoun: "…, ont se reparle" (on).
_ONT_FOR_ON = re.compile(
    rf"(?<![\w'’-])(?P<w>[oO]nt)\s+(?=(?:se|ne|me|vous|nous|y|en|le|la|les|lui|leur){_END}|[snm]['’])"
)
# What stands before a clause with no subject yet: its start, or a word that opens one.
_CLAUSE_OPENS = re.compile(
    r"(?:^|[.!?;:,\n]|(?<![\w'’-])(?:et|mais|que|qu['’]|si|quand|comme|car|où))\s*$", re.MULTILINE
)


def _form_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_ET_MOI, text):
        verb = match.group("verb")
        found.append(_one(note, match.span("verb"), _NOUS_FORM[verb.lower()], "fr-agreement"))
    for match in _run(_AVOIR_THEN_FORM, text):
        head = text[max(0, match.start() - 30) : match.start()].lower().replace("’", "'")
        last = re.search(r"([^\W\d_]+'?)\s*$", head)
        pre = last.group(1) if last else ""
        verb = match.group("verb")
        lower = verb.lower()
        never_participle = (
            lower.endswith("is")
            and not _tags(lower)
            and any(t[0] == "P" for t in _tags(lower[:-1] + "t"))
        )  # "fais", "dis": the participle is "fait", "dit"
        if pre in _OBJECT_BEFORE and not never_participle or verb[:1].isupper():
            continue  # "les lettres que j'ai écrites"; but "ce que j'ai fais" is no agreement
        clause = re.split(r"[.!?;:\n]", text[max(0, match.start() - 80) : match.start()])[-1]
        if _ASKED_OBJECT.search(clause):
            continue  # "quelle belle équipe vous avez formée": the object comes first
        fix = ""
        if lower in ("était", "étais", "étaient"):
            fix = "été"
        elif lower.endswith(("és", "ées", "ée")) and _participle_only(lower):
            fix = lower[: -len(next(e for e in ("ées", "és", "ée") if lower.endswith(e)))] + "é"
            me = re.search(r"m['’]a", match.group().lower())
            if me and lower.endswith("ée") and not _DETERMINER_NEXT.match(text, match.end()):
                fix = ""  # "vous m'avez présentée à l'équipe": "m'" (a woman) is the object
        elif lower.endswith("is") and not lower.endswith(_IS_PARTICIPLES) and _verb_form(lower):
            for candidate in (lower[:-1], lower[:-1] + "t"):
                if is_french_word(candidate) and _verb_form(candidate):
                    fix = candidate  # "j'ai finis" (fini), "vous m'avez dis" (dit)
                    break
        elif lower.endswith(("e", "es", "us", "is", "ts")) and _DETERMINER_NEXT.match(
            text, match.end()
        ):
            fix = _unagreed(lower)  # "j'ai suivie la formation": the object comes after
            object_words = text[match.end() : match.end() + 40].split()[:2]
            if len(object_words) > 1 and object_words[1].strip(".,;:!?").lower() in _TIME_NOUNS:
                fix = ""  # "elle m'a reçue la semaine dernière": a time, not an object
        if fix and is_french_word(fix):
            found.append(_one(note, match.span("verb"), fix, "fr-participle"))
    for match in _run(_JE_EST, text):
        verb = match.group("verb")
        fix = "suis" if verb.lower() == "est" else "ai"
        prefix = text[match.start() : match.start("verb")].lower()
        if verb.lower() == "est" and re.search(
            r"n['’]\s*$|(?:vous|nous|lui|leur|me|m['’])\s*$", prefix
        ):
            fix = "ai"
        found.append(_one(note, match.span("verb"), fix, "fr-agreement"))
    for match in _run(_INFINITIVE_THEN_E, text):
        verb = match.group("verb")
        lower = verb.lower()
        if is_french_word(lower[:-1] + "er") and _participle_like(lower):
            found.append(_one(note, match.span("verb"), lower[:-1] + "er", "fr-infinitive"))
    for match in _run(_ONT_FOR_ON, text):
        if _CLAUSE_OPENS.search(text, max(0, match.start() - 12), match.start()):
            found.append(_one(note, match.span("w"), _same_case(match.group("w"), "on")))
    return found


# "tout" before a plural determiner: "tout les employés" (tous).
_TOUT_LES = re.compile(
    rf"{_START}(?P<w>toute?)\s+(?=(?:les|mes|tes|ses|vos|nos|leurs|ces){_END})", re.IGNORECASE
)
# "peut" (can) for "peu" (little) before "de": "il y a peut de postes".
_PEUT_DE = re.compile(rf"(?<=\s)(?P<w>peut)\s+(?=(?:de|d['’])\s*{_W})", re.IGNORECASE)
_BEFORE_PEU = frozenset(
    ["a", "ai", "as", "avons", "avez", "ont", "avait", "eu", "très", "trop", "si", "assez", "bien"]
)
# "se" (oneself) before an invariable noun: "m'avoir accordé se temps" (ce).
_SE_NOUN = re.compile(rf"{_START}(?P<w>se)\s+(?P<noun>{_W}[sxz]){_END}", re.IGNORECASE)
_ADVERBS = frozenset(
    [
        "plus",
        "pas",
        "très",
        "moins",
        "jamais",
        "toujours",
        "alors",
        "ailleurs",
        "dessus",
        "dessous",
        "volontiers",
        "parfois",
        "dès",
        "sous",
        "vers",
        "hors",
        "puis",
        "depuis",
        "lors",
        "mieux",
        "tous",
        "nous",
        "vous",
        "sans",
        "dans",
        "chez",
        "après",
        "auprès",
    ]
)


def _few_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_TOUT_LES, text):
        written = match.group("w")
        fix = _same_case(written, "toutes" if written.lower() == "toute" else "tous")
        found.append(_one(note, match.span("w"), fix, "fr-number"))
    for match in _run(_PEUT_DE, text):
        if _before(text, match).lower() in _BEFORE_PEU:
            found.append(_one(note, match.span("w"), "peu"))
    for match in _run(_SE_NOUN, text):
        noun = match.group("noun").lower()
        readings = french_analyses(noun)
        if noun in _ADVERBS or not readings or any(flag for _s, flag in readings):
            continue
        if not all(stem == noun for stem, _f in readings):
            continue
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "ce")))
    return found


# "ça c'est bien passé": after a subject, "c'est" before a participle is "s'est".
_CA_CEST = re.compile(
    rf"{_START}(?:ça|cela|tout|qui)\s+(?P<w>c['’]est)\s+(?:(?:très|bien|mal|vraiment|déjà|"
    rf"super|assez|plutôt)\s+){{0,2}}(?P<verb>{_W}){_END}",
    re.IGNORECASE,
)
# "mais" (but) before a plural noun with no determiner: "vous trouverez mais références".
_MAIS_FOR_MES = re.compile(rf"(?<=[^\W\d_])\s+(?P<w>mais)\s+(?P<noun>{_W}){_END}", re.IGNORECASE)
# "ça" (that) before a noun: "portée à ça candidature" (sa).
_CA_FOR_SA = re.compile(rf"{_START}(?P<w>ça)\s+(?P<noun>{_W}){_END}", re.IGNORECASE)
# A participle after "faire"/"laisser" where the infinitive goes: "m'avoir fait visité".
_FAIRE_THEN_E = re.compile(
    r"(?:(?<![\w-])(?:avoir|ai|as|a|avons|avez|ont|avait|aviez)\s+(?:fait|laissé)|"
    rf"{_START}faire)\s+"
    rf"(?:{_CLITIC}){{0,2}}(?P<verb>{_W}é){_END}",
    re.IGNORECASE,
)
# "qu'elle est la…?" in a question: "quelle".
_QUELLE_QUESTION = re.compile(
    rf"{_START}(?P<w>qu['’]elles?)\s+(?:est|était|serait|sera|sont|seraient)\s+(?:le|la|les|l['’])"
    r"[^.!?,;\n]*\?",
    re.IGNORECASE,
)
# "faire parti de" (partie).
_FAIRE_PARTI = re.compile(
    rf"{_START}(?:faire|fait|fais|faites|font|faisais|faisait|ferai|ferais|ferait|faisant)\s+"
    rf"(?P<w>parti)\s+(?=de|d['’]|du|des)",
    re.IGNORECASE,
)
# "où" (where) between two days or two times: "lundi où mardi" (ou).
_DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|midi|soir|demain|après-midi"
_OU_BETWEEN = re.compile(
    rf"{_START}(?:{_DAYS})\s+(?P<w>où)\s+(?=(?:le\s+|la\s+)?(?:{_DAYS}){_END})", re.IGNORECASE
)


@lru_cache(maxsize=8192)
def _participle_like(word: str) -> bool:
    """A past participle by its ending and the dictionary, even one that is a noun too
    ("passé", "visité")."""
    return word.endswith(("é", "ée", "és", "ées", "i", "ie", "u", "ue")) and _verb_form(word)


def _last_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_CA_CEST, text):
        if _participle_like(match.group("verb").lower()):
            found.append(_one(note, match.span("w"), "s'est"))
    for match in _run(_MAIS_FOR_MES, text):
        noun = match.group("noun").lower()
        nominal = [stem for stem, flag in french_analyses(noun) if flag[:1].isupper()]
        if noun.endswith(("s", "x")) and nominal and noun not in nominal:
            found.append(_one(note, match.span("w"), "mes", "fr-homophone"))
    for match in _run(_CA_FOR_SA, text):
        noun = match.group("noun").lower()
        if _noun_only(noun) and noun not in ("près", "y", "en"):
            found.append(_one(note, match.span("w"), _same_case(match.group("w"), "sa")))
    for match in _run(_FAIRE_THEN_E, text):
        verb = match.group("verb").lower()
        if _participle_like(verb) and is_french_word(verb[:-1] + "er"):
            found.append(_one(note, match.span("verb"), verb[:-1] + "er", "fr-infinitive"))
    for match in _run(_QUELLE_QUESTION, text):
        written = match.group("w")
        fix = _same_case(written, "quelle" + ("s" if written.endswith("s") else ""))
        found.append(_one(note, match.span("w"), fix))
    for match in _run(_FAIRE_PARTI, text):
        found.append(_one(note, match.span("w"), "partie"))
    for match in _run(_OU_BETWEEN, text):
        found.append(_spelling(note, match.span("w"), "ou"))
    return found


# "ils/elles/nous" + "être" + an adjective in the singular: "elles sont très accueillante".
_PLURAL_ADJECTIVE = re.compile(
    rf"{_START}(?:ils|elles|nous)\s+(?:ne\s+|n['’])?(?:sont|sommes|étaient|étions|seront|serons|"
    r"seraient|serions|semblent|semblaient|restent|demeurent)\s+(?:pas\s+)?"
    r"(?:(?:très|vraiment|tellement|si|aussi|bien|toujours|déjà|particulièrement|assez|plutôt)\s+)?"
    rf"(?P<w>{_W}){_END}",
    re.IGNORECASE,
)
# "d'avoir" + infinitive: "heureux d'avoir participer" (participé).
_DAVOIR_ER = re.compile(
    rf"{_START}d['’]avoir\s+(?:{_CLITIC}){{0,2}}(?:(?:pas|bien|déjà|enfin)\s+)?"
    rf"(?P<verb>{_W}er){_END}",
    re.IGNORECASE,
)
# A verb that takes "de" + infinitive, then a participle: "me permettrait d'évolué".
_DE_INFINITIVE = re.compile(
    rf"(?<![\w'’-])(?:de\s+|d['’])(?:{_CLITIC}){{0,2}}(?P<verb>{_W}é){_END}", re.IGNORECASE
)
_TAKES_DE = re.compile(
    r"(?<![\w'’-])(?:permet\w*|permis|essa\w*|tent\w*|décid\w*|oubli\w*|refus\w*|accept\w*|"
    r"choisi\w*|évit\w*|cess\w*|continu\w*|termin\w*|risqu\w*|efforc\w*|propos\w*|"
    r"conseill\w*|suggér\w*|promi\w*|rappel\w*|heureu\w*|ravie?s?|content\w*|hâte|"
    rf"plaisir|honneur|chance|occasion|possibilité|envie|besoin|excuse|excuser)\s+(?:{_CLITIC}){{0,2}}$",
    re.IGNORECASE,
)
# "je" with a "vous" or "nous" ending: "je vous serez reconnaissant".
_JE_VOUS_ENDING = re.compile(
    rf"{_START}je\s+(?:{_CLITIC}){{0,2}}(?P<verb>{_W}(?:ez|ons)){_END}", re.IGNORECASE
)


def _plural_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _run(_PLURAL_ADJECTIVE, text):
        word = match.group("w")
        lower = word.lower()
        readings = french_analyses(lower)
        if lower.endswith(("s", "x")) or not any(flag[:1].isupper() for _s, flag in readings):
            continue
        if lower in _INVARIABLE_AFTER_ETRE or lower in _CALENDAR or lower in FUNCTION_WORDS:
            continue  # "nous sommes une équipe de trois": a determiner, its noun after it
        if any(flag[:1].islower() and flag != "p+" for _s, flag in readings):
            continue  # a verb: "nous sommes allés", "ils sont venus" are said elsewhere
        if is_french_word(lower + "s"):
            found.append(_one(note, match.span("w"), lower + "s", "fr-agreement"))
    for match in _run(_DAVOIR_ER, text):
        verb = match.group("verb").lower()
        if is_french_word(verb[:-2] + "é") and _verb_form(verb[:-2] + "é"):
            found.append(_one(note, match.span("verb"), verb[:-2] + "é", "fr-participle"))
    for match in _run(_DE_INFINITIVE, text):
        if not _TAKES_DE.search(text, max(0, match.start() - 40), match.start()):
            continue
        verb = match.group("verb").lower()
        if _participle_like(verb) and is_french_word(verb[:-1] + "er"):
            found.append(_one(note, match.span("verb"), verb[:-1] + "er", "fr-infinitive"))
    for match in _run(_JE_VOUS_ENDING, text):
        verb = match.group("verb").lower()
        if _conjugated(verb):
            found.append(_one(note, match.span("verb"), "", "fr-agreement"))
    return found


# Words one of which a text must hold (as a word, lower-cased, ’ read as ') for a rule to run:
# most notes have none of them, and running each rule over every note costs more.
_GATES: dict[str, tuple[str, ...]] = {
    "_A_AFTER_PARTICIPLE": ("a",),
    "_OU_NOUN_CLAUSE": ("ou",),
    "_A_AFTER_SUBJECT": ("à",),
    "_CE_INFINITIVE": ("ce",),
    "_CES_AFTER_PERSON": ("ces",),
    "_CES_AFTER_NOUN": ("ces", "ses"),
    "_THEY_ATTRIBUTE": ("ils", "elles"),
    "_TOUS_CE": ("tous",),
    "_ET_VERBLESS": ("et",),
    "_MA_PARTICIPLE": ("ma", "mon", "ta", "ton"),
    "_INDIRECT_PARTICIPLE": _INDIRECT_FORMS,
    "_QUELQUE_SOIT": ("quelque", "quelques"),
    "_D_AVANTAGE": ("avantage",),
    "_WE_ATTRIBUTE": ("nous",),
    "_SONT_AFTER_PREPOSITION": ("sont",),
    "_ARTICLE_PARTICIPLE": ("l'",),
    "_AGREED_BEFORE_INFINITIVE": (
        "voulue",
        "voulues",
        "voulus",
        "pue",
        "pus",
        "sue",
        "sus",
        "faite",
        "faites",
        "faits",
        "dûe",
        "dus",
        "dûs",
    ),
    "_SI_FOR_CI": ("si",),
    "_A_BEFORE_NAME": ("a",),
    "_A_FIXED": ("a",),
    "_CES_FOR_SEST": ("ces", "ses"),
    "_CE_FOR_SE": ("ce",),
    "_DEMANDE_QUELLE": ("qu'elle",),
    "_EZ_AFTER_ELISION": ("ez",),
    "_FUTURE_FOR_CONDITIONAL": ("aurai", "aimerai", "voudrai", "souhaiterai"),
    "_IL_FIRST": ("peux", "veux", "vaux"),
    "_JE_SUIS_PLURAL": ("je", "j'"),
    "_JE_THEN_NOUN": ("je",),
    "_JE_THIRD": ("je",),
    "_LA_AFTER_ETRE": (
        "suis",
        "sera",
        "serai",
        "serais",
        "serons",
        "serez",
        "seront",
        "sommes",
        "êtes",
        "étais",
        "était",
        "être",
        "est",
        "sont",
    ),
    "_LA_FOR_LA": ("la",),
    "_LEURS_PRONOUN": ("leurs",),
    "_MES_AFTER_COMMA": (", mes",),
    "_OU_AFTER_ASKING": ("ou",),
    "_OU_AFTER_NOUN": ("ou",),
    "_OU_FIXED": ("ou",),
    "_QUELLE_AFTER_NOUN": ("quel",),
    "_QUELLE_BEFORE": ("qu'elle",),
    "_QUELLE_FOR": ("quel",),
    "_QUELLE_NOUN_CLAUSE": ("qu'elle",),
    "_SEST_FOR_CEST": ("s'est",),
    "_SI_CONDITIONAL": ("si",),
    "_TWO_SUBJECTS": ("et",),
    "_ET_MOI": ("moi",),
    "_AVOIR_THEN_FORM": ("ai", "as", "avons", "avez", "ont", "a"),
    "_JE_EST": ("je",),
    "_INFINITIVE_THEN_E": (
        "pu",
        "dû",
        "voulu",
        "su",
        "osé",
        "fallu",
        "pouvoir",
        "devoir",
        "vouloir",
        "savoir",
        "aller",
        "venir",
        "faire",
        "laisser",
        "oser",
        "sembler",
    ),
    "_ONT_FOR_ON": ("ont",),
    "_TOUT_LES": ("tout", "toute"),
    "_PEUT_DE": ("peut",),
    "_SE_NOUN": ("se",),
    "_CA_CEST": ("c'est",),
    "_MAIS_FOR_MES": ("mais",),
    "_CA_FOR_SA": ("ça",),
    "_FAIRE_THEN_E": ("fait", "laissé", "faire"),
    "_QUELLE_QUESTION": ("qu'elle",),
    "_FAIRE_PARTI": ("parti",),
    "_OU_BETWEEN": ("où",),
    "_PLURAL_ADJECTIVE": ("ils", "elles", "nous"),
    "_DAVOIR_ER": ("avoir",),
    "_DE_INFINITIVE": ("de", "d"),
    "_JE_VOUS_ENDING": ("je",),
}
# Gate words that stand for the start of a word ("aimer" for "aimerais").
_PREFIXES = frozenset(["ez", "quel"])
_WORD_TOKEN = re.compile(r"[^\W\d_]+['’]?|, mes")


@lru_cache(maxsize=64)
def _tokens(text: str) -> frozenset[str]:
    lowered = text.lower().replace("’", "'")
    tokens = set(_WORD_TOKEN.findall(lowered))
    tokens.update(token[:-1] for token in list(tokens) if token.endswith("'"))
    return frozenset(tokens)


def _run(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    gate = _GATES[_NAMES[pattern]]
    tokens = _tokens(text)
    lowered = text.lower().replace("’", "'")
    if not any(
        word in tokens if word.isalpha() and word not in _PREFIXES else word in lowered
        for word in gate
    ):
        return []
    return list(pattern.finditer(text))


# "au" before a plural noun ("les services au membres": aux), "aux" before a singular one
# ("aux client": au).
_AU_NOUN = re.compile(rf"{_START}(?P<w>aux?)\s+(?P<noun>{_W}){_END}", re.IGNORECASE)


def _au_findings(note: Note, text: str) -> list[Finding]:
    found = []
    for match in _AU_NOUN.finditer(text):
        noun = match.group("noun")
        if noun[:1].isupper():
            continue
        readings = french_analyses(noun.lower())
        if not readings or any(flag[:1].islower() for _s, flag in readings):
            continue  # not known, or a verb's form too
        written = match.group("w")
        plural = noun.lower().endswith(("s", "x")) and all(
            flag[:1].isupper() and stem != noun.lower() for stem, flag in readings
        )
        singular = not noun.lower().endswith(("s", "x", "z")) and any(
            stem == noun.lower() and flag == "" for stem, flag in readings
        )
        if written.lower() == "au" and plural:
            found.append(_one(note, match.span("w"), _same_case(written, "aux"), "fr-agreement"))
        elif written.lower() == "aux" and singular and _noun_only(noun.lower()):
            found.append(_one(note, match.span("w"), _same_case(written, "au"), "fr-agreement"))
    return found


def agreement_findings(note: Note) -> list[Finding]:
    text = note.plain
    return (
        _subject_findings(note, text)
        + _ou_clause_findings(note, text)
        + _a_after_subject_findings(note, text)
        + _ce_infinitive_findings(note, text)
        + _ces_after_person_findings(note, text)
        + _ces_after_noun_findings(note, text)
        + _they_attribute_findings(note, text)
        + _fixed_findings(note, text)
        + _et_verbless_findings(note, text)
        + _slip_findings(note, text)
        + _we_attribute_findings(note, text)
        + _more_slip_findings(note, text)
        + _article_participle_findings(note, text)
        + _person_findings(note, text)
        + _quelle_findings(note, text)
        + _ce_findings(note, text)
        + _sest_findings(note, text)
        + _ou_findings(note, text)
        + _place_findings(note, text)
        + _je_suis_findings(note, text)
        + _more_findings(note, text)
        + _form_findings(note, text)
        + _few_findings(note, text)
        + _last_findings(note, text)
        + _plural_findings(note, text)
        + _au_findings(note, text)
    )


def _spelling(note: Note, span: tuple[int, int], fix: str) -> Finding:
    return _finding(note, "spelling", ERROR, span, (fix,), why="french-accent")


_NAMES = {value: name for name, value in list(globals().items()) if isinstance(value, re.Pattern)}
