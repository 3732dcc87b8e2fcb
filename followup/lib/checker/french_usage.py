"""French slips of form that each word's spelling hides, typical of notes written in Ontario:
an elision or a contraction left out ("que il", "de avoir", "de le directeur"), a day or a
month with a capital inside a sentence ("en Janvier"), "c'est" for the reflexive "s'est" ("elle
c'est montrée", "l'entrevue c'est bien déroulée"), "se que" for "ce que", "la" for the adverb
"là" ("je serai la demain"), "près"/"prêt", "voire"/"voir", the future for the conditional with
"si" and the imperfect ("je serai reconnaissant si vous pouviez"), "j'attend", "tu peut", "je
vous souhaites", a singular article before a plural noun after a preposition ("de la
rencontres"), and the calques "appliquer pour un poste" and "faire application" (warnings).

Rules from how French works (which words elide, what follows an article, a pronoun or a
preposition, which tense "si" + imperfect calls for), checked against the dictionary."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from followup.lib.checker.french_base import _finding
from followup.lib.checker.french_words import (
    FUNCTION_WORDS,
    _genders,
    adjective_gender,
    is_noun,
    noun_gender,
    number_of,
)
from followup.lib.checker.french_words import one as _one
from followup.lib.checker.french_words import same_case as _same_case
from followup.lib.checker.french_words import slip as _slip
from followup.lib.checker.model import WARNING, Finding
from followup.lib.checker.spelling_fr import french_analyses, is_french_word
from followup.lib.checker.text import Note

_W = r"[^\W\d_]+"
_START = r"(?<![\w'’-])"
_END = r"(?![\w'’-])"
_VOWEL = "aeiouàâäéèêëîïôöûùœæ"
_CLITIC = r"(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en)\s+|(?:m|t|s|l)['’]\s*)"

# Words that drop their vowel before a vowel ("qu'il", "d'avoir", "j'ai", "l'entrevue").
_ELIDING = re.compile(
    rf"{_START}(?P<w>je|me|te|se|ne|le|la|de|que|lorsque|puisque|jusque)\s+"
    rf"(?P<next>[{_VOWEL}][^\W\d_]*|y){_END}",
    re.IGNORECASE,
)
# Words that start with a vowel sound but do not take the elision, or before which "le"/"la"
# stay whole ("le ou la gestionnaire", "la une").
_NO_ELISION = frozenset(["oui", "onze", "onzième", "ouate", "ouistiti", "ou", "et", "à", "a", "où"])
_NO_ELISION_ARTICLE = frozenset(["un", "une", "ou", "et"])
# "de le"/"à le" before a noun are "du"/"au", "de les"/"à les" are "des"/"aux".
_CONTRACTION = re.compile(
    rf"{_START}(?P<w>(?P<p>de|à)\s+(?P<d>le|les))\s+(?P<noun>{_W}){_END}(?:\s+(?P<then>{_W}))?"
)
# Adverbs that may stand between an object pronoun and its infinitive ("à les mieux servir").
_BEFORE_INFINITIVE = frozenset(
    ["bien", "mieux", "tous", "toutes", "tout", "aussi", "encore", "jamais", "plus", "vite"]
)
_CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}

# A day or a month: lower case in French inside a sentence ("lundi 7 décembre").
_CALENDAR_WORD = re.compile(rf"{_START}(?P<w>[A-ZÉÈÀ]{_W}){_END}")
_DAYS_MONTHS = frozenset(
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    + ["janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août"]
    + ["aout", "septembre", "octobre", "novembre", "décembre", "decembre"]
)
_CALENDAR_KEEP_CAPITAL = frozenset(["gras", "saint", "sainte"])  # "Mardi gras", "Vendredi saint"

# A subject pronoun before "c'est": only the reflexive "s'est" can follow it ("il s'est
# passé", "elle s'est montrée"); and "c'est" with a participle that agrees ("l'entrevue c'est
# bien déroulée"): "c'est" takes a masculine singular, so the agreement says "s'est".
_PRONOUN_CEST = re.compile(rf"{_START}(?:il|elle|on)\s+(?P<w>c['’]est){_END}", re.IGNORECASE)
_CEST_AGREED = re.compile(
    rf"(?<=[^\W\d_])\s+(?P<w>c['’]est)\s+"
    r"(?:(?:très|bien|vraiment|déjà|tellement|super|plutôt|assez|trop|si|aussi|toujours)\s+){0,2}"
    rf"(?P<part>{_W}(?:ée|ées|és|ies|ues|ise|ises)){_END}",
    re.IGNORECASE,
)
# "se" (oneself) before "que", "qui", "dont": the pronoun "ce" ("ce que vous pensez").
_SE_QUE = re.compile(rf"{_START}(?P<w>se)\s+(?=(?:que|qui|dont){_END}|qu['’])", re.IGNORECASE)
# "la" (article or pronoun) must have a noun or a verb after it; before a preposition, an
# adverb of time or the end of a clause it is the adverb "là" ("je serai la demain").
_LA_ALONE = re.compile(
    rf"(?<![\w'’-]{{2}}-)(?<![\w'’-])(?P<w>la)(?=\s*[.,;!?)]|\s+(?:hier|demain|aujourd['’]hui|"
    rf"sans|pour|dès|depuis|avec|chez|dans|avant|après|ce|cet|cette|aussi|également|encore|"
    rf"bientôt|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche){_END})"
)
_LA_AFTER = frozenset(["de", "à", "pour", "sur", "dans", "avec", "toute", "tra", "oh", "ici"])
# "près à" + infinitive is "prêt à" (ready to); "prêt de" after "être" is "près de" (near).
_PRES_A = re.compile(rf"{_START}(?P<w>près)\s+(?:à)\s+(?P<verb>{_W}){_END}", re.IGNORECASE)
_PRET_DE = re.compile(
    rf"{_START}(?:suis|es|est|sommes|êtes|sont|serai|sera|serons|serez|seront|étais|était|"
    r"être|tout|très|assez|plus|si)\s+"
    rf"(?P<w>(?P<pret>prêt|prête|prêts|prêtes)\s+(?:de|d['’]))(?P<next>\s*{_W})",
    re.IGNORECASE,
)
# "voire" (even) where an infinitive is needed: after a preposition or a verb that takes one,
# before an article or a pronoun ("venir voire l'équipe").
_VOIRE = re.compile(
    rf"{_START}(?:pour|sans|de|d['’]|à|venir|viens|vient|venez|viendrai|viendrais|aller|vais|va|"
    r"allons|allez|irai|irais|peux|peut|pouvez|pourrai|pourrais|pourrions|pourriez|veux|voulez|"
    r"voudrais|voudrions|aimerais|aimerions|souhaite|souhaitons|souhaiterais|dois|devons|"
    r"devrais|espère|espérons|hâte\s+de)\s*"
    rf"(?:{_CLITIC})?(?P<w>voire)\s+"
    rf"(?=(?:le|la|les|l['’]|un|une|des|mon|ma|mes|votre|vos|notre|nos|leur|leurs|ce|cet|"
    rf"cette|ces|comment|si|vous|ça|cela){_END}|l['’])",
    re.IGNORECASE,
)
# A future in the first person where "si" + the imperfect call for the conditional:
# "je serai reconnaissant si vous pouviez" (serais).
_FUTURE_FIRST = re.compile(
    rf"{_START}(?:je\s+(?:(?:ne|n['’])\s*)?(?:{_CLITIC}){{0,2}}|j['’])(?P<w>{_W}rai){_END}",
    re.IGNORECASE,
)
_SI_IMPERFECT = re.compile(
    rf"{_START}(?:si|s['’])\s*(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles)\s*(?<=['’\s])"
    rf"(?:(?:ne|n['’])\s*)?(?:{_CLITIC}){{0,2}}(?P<verb>{_W}(?:ais|ait|ions|iez|aient)){_END}",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?;:\n]+")
# "j'" with a third-person ending ("j'attend": attends), "tu" with one ("tu peut": peux).
_J_THIRD = re.compile(rf"{_START}j['’](?P<verb>{_W}d){_END}", re.IGNORECASE)
_TU_THIRD = re.compile(
    rf"{_START}tu\s+(?:(?:ne|n['’])\s*)?(?:{_CLITIC}){{0,2}}(?P<verb>peut|veut|vaut|{_W}[aeo]it){_END}",
    re.IGNORECASE,
)
_TU_FIX = {"peut": "peux", "veut": "veux", "vaut": "vaux"}
# "je" with the second-person "-es" of a first-group verb: "je vous souhaites" (souhaite).
_JE_ES = re.compile(
    rf"{_START}je\s+(?:(?:ne|n['’])\s*)?(?P<clitics>(?:{_CLITIC}){{0,2}})(?P<verb>{_W}es){_END}",
    re.IGNORECASE,
)
_NOT_VERBS = frozenset(["les", "des", "mes", "tes", "ses", "ces", "es", "très", "après"])
# A singular article after a preposition before a plural noun: after "de", "pour"… "la"/"le"
# cannot be a pronoun (the verb would be an infinitive), so "de la rencontres" is a slip.
_PREP_ARTICLE_NOUN = re.compile(
    rf"{_START}(?:de|pour|avec|sur|dans|par|sans|chez|entre|vers)\s+(?P<w>la|le)\s+"
    rf"(?P<noun>{_W}s){_END}",
    re.IGNORECASE,
)
# "appliquer pour un poste" (apply for): in French one "postule" or "pose sa candidature";
# "faire application" is the same calque.
_APPLIQUER = re.compile(
    rf"(?<![\w-])(?P<w>appliqu(?P<end>{_W})\s+(?P<prep>pour|sur|aux|au|à)"
    r"(?:\s+(?P<det>le|les)(?=\s))?)\s+"
    r"(?:(?:la|un|une|des|ce|cet|cette|ces|votre|vos|l['’]|d['’]autres|plusieurs|"
    r"deux|trois|nouveau|nouvel|nouvelle|nouveaux|autre|autres)\s*)?(?:[^\W\d_]+\s+)?"
    r"(?:poste|postes|emploi|emplois|job|jobs|offre|offres|concours|stage|stages|"
    r"affichage|ouverture|programme|position)"
    rf"{_END}",
    re.IGNORECASE,
)
_FAIRE_APPLICATION = re.compile(
    rf"{_START}(?P<w>(?:faire|fais|fait|faisons|faites|font|faisais|faisait|ferai|ferais|fera|"
    rf"ferait|ferons|ferez|feront|ferions|feriez|fis|fit|fasse)\s+application){_END}"
    r"(?!\s+(?:mobile|web|de\s+(?:la|l['’]|cette|ce)\s))",
    re.IGNORECASE,
)
# Who applies: the writer ("j'ai appliqué", "nous appliquons"), never a rule that "s'applique".
_APPLICANT = re.compile(
    r"(?:(?<![\w'’-])(?:(?:je|nous|on)(?![\w'’-])|j['’])[^.!?\n]{0,40}|(?<![\w'’-])(?:pour|de|d['’]|à)\s*)$",
    re.IGNORECASE,
)
_REFLEXIVE = re.compile(r"(?<![\w'’-])(?:s['’]|se|m['’]|me|t['’]|te)\s*$", re.IGNORECASE)
# Verbs after which "si" opens a question ("je vérifierai si vous aviez reçu"), not a condition.
_ASKING = frozenset(
    [
        "savoir",
        "demander",
        "vérifier",
        "voir",
        "dire",
        "ignorer",
        "confirmer",
        "indiquer",
        "préciser",
        "informer",
        "aviser",
        "regarder",
        "chercher",
        "examiner",
        "comprendre",
        "deviner",
        "douter",
        "écrire",
        "sonder",
    ]
)

# "qu'en à" for "quant à" (as for): "qu'en" never stands before "à".
_QUEN_A = re.compile(rf"{_START}(?P<w>qu['’]en)\s+(?=à{_END})", re.IGNORECASE)
# "d'avantage(s)" right after a verb ("en savoir d'avantages"): the adverb "davantage".
_DAVANTAGES = re.compile(
    rf"{_START}(?P<verb>{_W})\s+(?P<w>d['’]avantages?){_END}(?!\s+(?:à|de|d['’]|pour|que|qu['’]))",
    re.IGNORECASE,
)
_QUANTITIES = frozenset(
    ["plus", "moins", "beaucoup", "peu", "tant", "autant", "trop", "assez", "pas", "point"]
    + ["nombre", "liste", "série", "ensemble", "foule", "tas", "combien", "plein", "sorte"]
)
# "X et moi" is "nous": "ma collègue et moi sommes resté" (restés).
_ET_MOI_ATTRIBUTE = re.compile(
    rf"{_START}et\s+moi\s+(?:(?:ne|n['’])\s*)?(?:sommes|étions|serons|serions)\s+(?:pas\s+)?"
    r"(?:(?:très|vraiment|tellement|si|aussi|bien|toujours|déjà|assez|plutôt|tous|toutes)\s+)?"
    rf"(?P<w>{_W}){_END}",
    re.IGNORECASE,
)
# A plural determiner and noun, then an adjective in the singular: "des services essentiel".
_PLURAL_NOUN_ADJECTIVE = re.compile(
    rf"{_START}(?:les|des|mes|tes|ses|vos|nos|leurs|ces|plusieurs|quelques|certains|certaines)\s+"
    rf"(?P<noun>{_W}[sx])\s+(?P<w>{_W}){_END}(?!['’-])",
    re.IGNORECASE,
)

# "avoir été" + an infinitive: the passive takes the participle ("j'ai été embaucher": embauché).
_ETE_THEN_ER = re.compile(
    r"(?<![\w-])(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurai|aurais|aurait|"
    r"aurions|auriez|auraient|aura|aurons|aurez|auront|avoir|ayant)\s+été\s+"
    r"(?:(?:très|bien|vraiment|déjà|tellement|particulièrement|beaucoup|rapidement)\s+)?"
    rf"(?P<verb>{_W}er){_END}",
    re.IGNORECASE,
)
# "définitivement" (for good) used for "certainly" before an article or a plain adjective:
# "je suis définitivement un bon candidat" (a calque of "definitely").
_DEFINITIVEMENT = re.compile(
    rf"{_START}(?P<w>définitivement)\s+(?P<next>{_W}|l['’]){_END}", re.IGNORECASE
)
_DEFINITIVEMENT_BEFORE = frozenset(
    ["un", "une", "le", "la", "les", "l'", "l’", "des", "plus", "très", "mon", "ma", "votre"]
    + ["ce", "cette", "quelque", "quelqu"]
)


def _sentence_start(text: str, start: int) -> bool:
    """True at the start of a sentence, a line or an item of a list ("- Lundi : 9 h")."""
    before = text[:start].rstrip(" «\"'(\t")
    if before and before[-1] in "-*•–—·>":
        before = before[:-1].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n/"


@lru_cache(maxsize=8192)
def _infinitive(word: str) -> bool:
    return any(stem == word and flag[:1].islower() for stem, flag in french_analyses(word))


@lru_cache(maxsize=8192)
def _noun_not_verb(word: str) -> bool:
    """A noun or an adjective by the dictionary, and never a verb's form ("directeur", not
    "faire" or "poste")."""
    readings = french_analyses(word)
    return bool(readings) and not any(flag[:1].islower() for _s, flag in readings)


@lru_cache(maxsize=8192)
def _nominal_not_infinitive(word: str) -> bool:
    """A noun or an adjective by the dictionary that is no infinitive: after "de les" a verb
    would be one ("de les poster"), so "postes" there is the noun."""
    readings = french_analyses(word)
    nominal = any(flag[:1].isupper() or flag == "" for _s, flag in readings)
    return nominal and not _infinitive(word) and word not in FUNCTION_WORDS


@lru_cache(maxsize=8192)
def _plural_noun_only(word: str) -> bool:
    """A plural noun or adjective by the dictionary and nothing else ("rencontres" is the
    plural of "rencontre"; "temps", "pays" are singular too)."""
    readings = french_analyses(word)
    nominal = [(s, f) for s, f in readings if f[:1].isupper()]
    return bool(nominal) and all(stem != word for stem, _f in readings)


def _elision_findings(note: Note, scan: _Scan) -> list[Finding]:
    found = []
    for match in scan.run(_ELIDING):
        word, nxt = match.group("w"), match.group("next")
        lower_w, lower_n = word.lower(), nxt.lower()
        if nxt[:1].isupper() or lower_n in _NO_ELISION:
            continue  # a name keeps its form ("que Isabelle"), "oui", "onze", "ou"
        if lower_n == "y" and lower_w not in ("je", "ne", "me", "te", "se"):
            continue
        if lower_w in ("le", "la") and (
            lower_n in _NO_ELISION_ARTICLE or not any(flag for _s, flag in french_analyses(lower_n))
        ):
            continue  # "la une"; before an adverb "la" is "là" ("je serai la aussi")
        if not is_french_word(lower_n):
            continue  # an English or misspelt word: the spelling rule speaks of it
        fix = word[:-1] + "'" + nxt
        found.append(_one(note, (match.start("w"), match.end("next")), fix, "fr-elision"))
    for match in scan.run(_CONTRACTION):
        noun = match.group("noun")
        if noun[:1].isupper() or not _nominal_not_infinitive(noun.lower()):
            continue  # "de le faire", "à les rencontrer": a pronoun before a verb
        then = (match.group("then") or "").lower()
        if noun.lower() in _BEFORE_INFINITIVE or (then and _infinitive(then)):
            continue  # "à les mieux servir": an adverb, then the verb
        if noun[:1].lower() in _VOWEL and match.group("d") == "le":
            continue  # "de le établissement" is the elision rule's ("de l'")
        fix = _CONTRACTED[(match.group("p").lower(), match.group("d").lower())]
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), fix), "fr-elision"))
    return found


def _calendar_findings(note: Note, scan: _Scan) -> list[Finding]:
    found = []
    text = scan.text
    for match in scan.run(_CALENDAR_WORD):
        word = match.group("w")
        lower = word.lower()
        if lower not in _DAYS_MONTHS or word[1:] != word[1:].lower():
            continue
        if _sentence_start(text, match.start()):
            continue
        after = re.match(rf"\s+({_W})", text[match.end() :])
        if after and (after.group(1)[:1].isupper() or after.group(1) in _CALENDAR_KEEP_CAPITAL):
            continue  # a name ("Avril Dupuis"), "Mardi gras"
        before = re.search(rf"({_W})[\s'’-]*$", text[: match.start()])
        if before and before.group(1)[:1].isupper():
            continue  # part of a name or a title ("Centre Mars")
        found.append(_one(note, match.span("w"), lower, "fr-capital"))
    return found


def _homophone_findings(note: Note, scan: _Scan) -> list[Finding]:
    found = []
    text = scan.text
    for match in scan.run(_PRONOUN_CEST):
        written = match.group("w")
        found.append(_one(note, match.span("w"), "s" + written[1:], "fr-homophone"))
    for match in scan.run(_CEST_AGREED):
        part = match.group("part").lower()
        if not any(flag.startswith("p") for _s, flag in french_analyses(part)):
            continue
        written = match.group("w")
        found.append(_one(note, match.span("w"), "s" + written[1:], "fr-homophone"))
    for match in scan.run(_SE_QUE):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "ce")))
    for match in scan.run(_LA_ALONE):
        before = re.search(rf"({_W})['’]?\s*$", text[: match.start()])
        if before is None or before.group(1).lower() in _LA_AFTER:
            continue  # "de la." (a musical note), "jusqu'à la…"
        found.append(_one(note, match.span("w"), "là"))
    for match in scan.run(_PRES_A):
        if _infinitive(match.group("verb").lower()):
            ready = ("prêt", "prête", "prêts", "prêtes")
            found.append(_slip(note, match.span("w"), ready, "fr-homophone"))
    for match in scan.run(_PRET_DE):
        nxt = match.group("next").strip().lower()
        pret = match.group("pret").lower()
        fixes = ("près de", pret + " à") if _infinitive(nxt) else ("près de",)
        found.append(_slip(note, match.span("w"), fixes, "fr-homophone"))
    for match in scan.run(_QUEN_A):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "quant")))
    for match in scan.run(_DAVANTAGES):
        verb = match.group("verb").lower()
        if verb in _QUANTITIES or not any(f[:1].islower() for _s, f in french_analyses(verb)):
            continue  # "plus d'avantages", "la liste d'avantages"
        if not _infinitive(verb) and any(f[:1].isupper() for _s, f in french_analyses(verb)):
            continue  # a noun too ("offre d'avantages"), but "en savoir d'avantage" is a verb
        found.append(_one(note, match.span("w"), "davantage"))
    for match in scan.run(_VOIRE):
        found.append(_one(note, match.span("w"), "voir", "fr-homophone"))
    return found


def _conditional_findings(note: Note, scan: _Scan) -> list[Finding]:
    found: list[Finding] = []
    if not ("si" in scan.tokens or "s'il" in scan.norm) or not any(
        w.endswith("rai") for w in scan.lower
    ):
        return found
    for sentence in _SENTENCE.finditer(scan.text):
        part = sentence.group()
        conditions = [si for si in _SI_IMPERFECT.finditer(part) if _hypothetical(part, si)]
        if not conditions:
            continue
        for match in _FUTURE_FIRST.finditer(part):
            if not any(_same_clause(part, match, si) for si in conditions):
                continue  # "je ne serai pas là lundi, mais si vous pouviez mardi, ce serait…"
            verb = match.group("w")
            fix = verb + "s"
            if not (is_french_word(verb.lower()) and is_french_word(fix.lower())):
                continue
            if not any(flag[:1].islower() for _s, flag in french_analyses(verb.lower())):
                continue
            start = sentence.start() + match.start("w")
            found.append(_one(note, (start, start + len(verb)), fix, "fr-conditional-si"))
    return found


_COORDINATOR = re.compile(
    r"(?<![\w'’-])(?:mais|et|car|donc|puis|cependant|toutefois|ou|sinon)(?![\w'’-])", re.I
)


def _same_clause(sentence: str, verb: re.Match[str], si: re.Match[str]) -> bool:
    """True if no "mais", "et"… stands between the verb and its "si" (the condition bears on
    that verb, not on another clause's)."""
    start, end = sorted((verb.end(), si.start()))
    return not _COORDINATOR.search(sentence, start, end)


def _hypothetical(sentence: str, si: re.Match[str]) -> bool:
    """True if "si" opens a condition, not an indirect question ("je demanderai si vous
    étiez…") nor a comparison ("comme si c'était…")."""
    head = re.sub(
        r"(?:(?<![\w'’-])(?:pas|plus|jamais|point|bien|donc|vraiment)[\s,]*)+$",
        "",
        sentence[: si.start()],
    )
    before = re.search(rf"({_W})[\s,]*$", head)
    if before is None:
        return True
    word = before.group(1).lower()
    if word == "comme":
        return False
    return not any(stem in _ASKING for stem, _f in french_analyses(word))


def _person_findings(note: Note, scan: _Scan) -> list[Finding]:
    found = []
    for match in scan.run(_ETE_THEN_ER):
        verb = match.group("verb")
        fix = verb[:-2] + "é"
        if len(verb) > 4 and _infinitive(verb.lower()) and is_french_word(fix.lower()):
            found.append(_one(note, match.span("verb"), fix, "fr-participle"))
    for match in scan.run(_J_THIRD):
        verb = match.group("verb")
        fix = verb + "s"
        lower = verb.lower()
        if not any(flag[:1].islower() for _s, flag in french_analyses(lower)):
            continue
        if not any(flag[:1].islower() for _s, flag in french_analyses(fix.lower())):
            continue
        found.append(_one(note, match.span("verb"), fix, "fr-agreement"))
    for match in scan.run(_TU_THIRD):
        verb = match.group("verb")
        lower = verb.lower()
        fix = _TU_FIX.get(lower, lower[:-1] + "s")
        if not (
            any(flag[:1].islower() for _s, flag in french_analyses(lower))
            and any(flag[:1].islower() for _s, flag in french_analyses(fix))
        ):
            continue
        found.append(_one(note, match.span("verb"), fix, "fr-agreement"))
    for match in scan.run(_JE_ES):
        verb = match.group("verb")
        lower = verb.lower()
        if lower in _NOT_VERBS or len(lower) < 4:
            continue
        fix = lower[:-1]
        if not is_french_word(lower[:-2] + "er"):
            continue  # not a first-group verb
        if not any(stem == lower[:-2] + "er" for stem, _f in french_analyses(fix)):
            continue
        if any(flag[:1].isupper() for _s, flag in french_analyses(lower)) and not match.group(
            "clitics"
        ):
            continue  # a noun after "je" alone is some other slip
        found.append(_one(note, match.span("verb"), _same_case(verb, fix), "fr-agreement"))
    return found


_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)['’]?\s*)?$")


def _invariable(adjective: str) -> bool:
    """An adjective with one form for both numbers that does not end in "-s" ("marron")."""
    return any(tag[0] == "A" and tag[2:3] == "i" for tag in _genders().get(adjective, "").split())


def _agrees_with_head(text: str, start: int, adjective: str) -> bool:
    """True if the plural noun at `start` is the complement of a singular noun before it ("la
    langue des signes", "la qualité de vos services") with which `adjective` agrees."""
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    det = text[start:].split(None, 1)[0].lower()
    if det == "des":
        head = before.group(2) or before.group(1)
    elif (before.group(2) or "").lower() in ("de", "d"):
        head = before.group(1)
    else:
        return False
    head = head.lower()
    if not is_noun(head) or number_of(head, "N") not in ("s", "i"):
        return False
    if number_of(adjective, "AP") not in ("s", "i", ""):
        return False
    gender = adjective_gender(adjective)
    return not gender or noun_gender(head) in ("", gender)


def _number_findings(note: Note, scan: _Scan) -> list[Finding]:
    found = []
    for match in scan.run(_ET_MOI_ATTRIBUTE):
        word = match.group("w")
        lower = word.lower()
        if lower.endswith(("s", "x")) or lower in FUNCTION_WORDS:
            continue
        readings = french_analyses(lower)
        if not any(flag[:1].isupper() or flag[:1] == "p" for _s, flag in readings) and not (
            lower.endswith(("é", "u", "i")) and any(f[:1].islower() for _s, f in readings)
        ):
            continue
        plural = lower + "s"
        if is_french_word(plural):
            found.append(_one(note, match.span("w"), plural, "fr-agreement"))
    for match in scan.run(_PLURAL_NOUN_ADJECTIVE):
        noun, word = match.group("noun").lower(), match.group("w")
        lower = word.lower()
        if word[:1].isupper() or lower.endswith(("s", "x")) or lower in FUNCTION_WORDS:
            continue
        if not _plural_noun_only(noun):
            continue  # "des temps", or a verb's form
        readings = french_analyses(lower)
        if not readings or any(flag[:1].islower() for _s, flag in readings):
            continue  # a verb's form ("des gens aiment"), or not known
        if not any(flag[:1] in ("F", "W") for _s, flag in readings) or lower.endswith("eur"):
            continue  # a noun in apposition ("des services conseil"), a trade
        if _invariable(lower):
            continue  # a colour named after a thing: "des bureaux marron", "des pantalons kaki"
        if _agrees_with_head(scan.text, match.start(), lower):
            continue  # "la langue des signes québécoise": it goes with the noun before "des"
        plural = lower[:-2] + "aux" if lower.endswith("al") else lower + "s"
        if is_french_word(plural):
            found.append(_one(note, match.span("w"), plural, "fr-number"))
    for match in scan.run(_PREP_ARTICLE_NOUN):
        noun = match.group("noun")
        if noun[:1].isupper() or not _plural_noun_only(noun.lower()):
            continue
        singular = noun[:-1]
        if not is_french_word(singular.lower()):
            continue
        found.append(_one(note, match.span("noun"), singular, "fr-number"))
    return found


def _calque_findings(note: Note, scan: _Scan) -> list[Finding]:
    found = []
    text = scan.text
    for match in scan.run(_DEFINITIVEMENT):
        nxt = match.group("next").lower()
        readings = french_analyses(nxt)
        plain_adjective = bool(readings) and all(
            flag[:1] in ("F", "W") or (flag == "" and stem == nxt) for stem, flag in readings
        )
        if nxt in _DEFINITIVEMENT_BEFORE or (plain_adjective and nxt not in FUNCTION_WORDS):
            found.append(
                _finding(
                    note,
                    "wrong-word",
                    WARNING,
                    match.span("w"),
                    ("certainement", "assurément", "sans aucun doute"),
                    why="fr-anglicism",
                    replacement="certainement",
                )
            )
    for match in scan.run(_APPLIQUER):
        before = text[max(0, match.start() - 60) : match.start()]
        if _REFLEXIVE.search(before) or not _APPLICANT.search(before):
            continue  # "la règle s'applique aux postes", "le tarif appliqué aux emplois"
        det = (match.group("det") or match.group("prep")).lower()
        fix = "postul" + match.group("end") + {"le": " au", "les": " aux"}.get(det, " " + det)
        fix = fix.replace(" pour", " à").replace(" sur", " à")
        found.append(
            _finding(
                note,
                "wrong-word",
                WARNING,
                match.span("w"),
                (fix,),
                why="fr-anglicism",
                replacement=fix,
            )
        )  # "j'ai appliqué pour le poste": "j'ai postulé au poste"
    for match in scan.run(_FAIRE_APPLICATION):
        found.append(
            _finding(
                note,
                "wrong-word",
                WARNING,
                match.span("w"),
                ("poser ma candidature", "postuler"),
                why="fr-anglicism",
                replacement="poser ma candidature",
            )
        )
    return found


def usage_findings(note: Note) -> list[Finding]:
    scan = _Scan(note.plain)
    return (
        _elision_findings(note, scan)
        + _calendar_findings(note, scan)
        + _homophone_findings(note, scan)
        + _conditional_findings(note, scan)
        + _person_findings(note, scan)
        + _number_findings(note, scan)
        + _calque_findings(note, scan)
    )


_WORD = re.compile(r"[^\W\d_]+")
_ELIDING_WORDS = frozenset(
    ["je", "me", "te", "se", "ne", "le", "la", "de", "que", "lorsque", "puisque", "jusque"]
)
_PREPOSITIONS = frozenset(["de", "pour", "avec", "sur", "dans", "par", "sans", "chez", "entre"])
_PLURAL_DETERMINERS = frozenset(
    ["les", "des", "mes", "tes", "ses", "vos", "nos", "leurs", "ces", "plusieurs", "quelques"]
    + ["certains", "certaines"]
)


class _Scan:
    """A note's text with its words in lower case, read once, so that each rule's pattern is
    run only when the words it needs are there (a pattern costs ~50 µs a note)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = text.lower().replace("’", "'")
        self.lower = _WORD.findall(self.norm)
        self.tokens = frozenset(self.lower)
        self.after: dict[str, set[str]] = {}
        for word, following in zip(self.lower, self.lower[1:], strict=False):
            self.after.setdefault(word, set()).add(following)

    def pair(self, first: frozenset[str], test: Callable[[str], bool]) -> bool:
        """True if a word of `first` comes right before a word that passes `test`."""
        return any(test(w) for f in first & self.tokens for w in self.after.get(f, ()))

    def triple(
        self, first: frozenset[str], second: Callable[[str], bool], third: Callable[[str], bool]
    ) -> bool:
        """True if a word of `first`, one that passes `second`, and one that passes `third`
        may follow each other (a gate: the pattern says if they do)."""
        return any(
            second(w) and any(third(x) for x in self.after.get(w, ()))
            for f in first & self.tokens
            for w in self.after.get(f, ())
        )

    def run(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        gate = _GATES.get(pattern)
        if gate is not None and not gate(self):
            return []
        return list(pattern.finditer(self.text))


_LA_NEXT = frozenset(
    ["hier", "demain", "aujourd", "sans", "pour", "dès", "depuis", "avec", "chez", "dans"]
    + ["avant", "après", "ce", "cet", "cette", "aussi", "également", "encore", "bientôt"]
    + ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
)
_CLITIC_WORDS = frozenset(
    ["me", "te", "se", "nous", "vous", "le", "la", "les", "lui", "leur", "y", "en", "m", "t"]
    + ["s", "l", "ne", "n"]
)


def _es(word: str) -> bool:
    return word.endswith("es") and len(word) > 3 and word not in _NOT_VERBS


def _vowel(word: str) -> bool:
    return word[:1] in _VOWEL or word == "y"


_GATES: dict[re.Pattern[str], Callable[[_Scan], bool]] = {
    _ELIDING: lambda s: s.pair(_ELIDING_WORDS, _vowel),
    _CONTRACTION: lambda s: s.pair(frozenset(["de", "à"]), lambda w: w in ("le", "les")),
    _CALENDAR_WORD: lambda s: any(d.capitalize() in s.text for d in s.tokens & _DAYS_MONTHS),
    _PRONOUN_CEST: lambda s: s.pair(frozenset(["il", "elle", "on"]), lambda w: w == "c"),
    _CEST_AGREED: lambda s: "c'est" in s.norm,
    _SE_QUE: lambda s: s.pair(frozenset(["se"]), lambda w: w in ("que", "qui", "dont", "qu")),
    _LA_ALONE: lambda s: (
        bool(s.after.get("la", set()) & _LA_NEXT)
        or any(f"la{c}" in s.norm or f"la {c}" in s.norm for c in ".,;!?)")
    ),
    _PRES_A: lambda s: "près" in s.tokens,
    _PRET_DE: lambda s: bool(s.tokens & {"prêt", "prête", "prêts", "prêtes"}),
    _QUEN_A: lambda s: "qu'en à" in s.norm,
    _DAVANTAGES: lambda s: bool(s.tokens & {"avantage", "avantages"}),
    _VOIRE: lambda s: "voire" in s.tokens,
    _J_THIRD: lambda s: s.pair(frozenset(["j"]), lambda w: w.endswith("d")),
    _TU_THIRD: lambda s: "tu" in s.tokens,
    _JE_ES: lambda s: (
        s.pair(frozenset(["je"]), _es)
        or s.triple(frozenset(["je"]), lambda w: w in _CLITIC_WORDS, _es)
    ),
    _ET_MOI_ATTRIBUTE: lambda s: s.pair(frozenset(["et"]), lambda w: w == "moi"),
    _PLURAL_NOUN_ADJECTIVE: lambda s: s.triple(
        _PLURAL_DETERMINERS,
        lambda w: w.endswith(("s", "x")),
        lambda w: not w.endswith(("s", "x")) and w not in FUNCTION_WORDS,
    ),
    _PREP_ARTICLE_NOUN: lambda s: s.triple(
        _PREPOSITIONS, lambda w: w in ("la", "le"), lambda w: w.endswith("s")
    ),
    _APPLIQUER: lambda s: "appliqu" in s.norm,
    _DEFINITIVEMENT: lambda s: "définitivement" in s.tokens,
    _ETE_THEN_ER: lambda s: s.pair(frozenset(["été"]), lambda w: w.endswith("er")),
    _FAIRE_APPLICATION: lambda s: "application" in s.tokens,
}
