"""Grammar slips a French spell checker cannot see, because each word is spelled right: the
infinitive written for the past participle after "avoir"/"être" ("j'ai rencontrer" for
"rencontré"), the participle written for the infinitive after a preposition or a verb that
takes one ("pour vous rencontré", "je vais envoyé"), and "sa" (her) for "ça" (that) before a
verb ("sa serait"). Rules from how French conjugates first-group verbs, checked against the
dictionary, not lists of sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from followup.lib.checker.french_agreement import agreement_findings
from followup.lib.checker.french_base import _finding
from followup.lib.checker.french_spelling import _DES
from followup.lib.checker.french_usage import usage_findings
from followup.lib.checker.french_words import FUNCTION_WORDS, _genders, noun_gender
from followup.lib.checker.french_words import SUBJECTS as _SUBJECTS
from followup.lib.checker.french_words import adjective_gender as _adjective_gender
from followup.lib.checker.french_words import inflected as _inflected
from followup.lib.checker.french_words import number_of as _number_of
from followup.lib.checker.french_words import one as _one
from followup.lib.checker.french_words import same_case as _same_case
from followup.lib.checker.model import ERROR, Finding
from followup.lib.checker.spelling_fr import french_analyses, is_french_word
from followup.lib.checker.text import Note

_APOSTROPHE = "['’]"
# An object pronoun before the verb: "me", "vous", "l'"… ("en" must stand alone: "envoyé").
_CLITIC = r"(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en)\s+|(?:m|t|s|l)['’]\s*)"
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
    r"étais|était|étions|étiez|étaient)|"
    # after an elided object, whatever the subject: "Mme Roy m'a expliquer", "l'avait envoyer"
    r"(?<![\w'’-])(?:m|t|l|n)['’]\s*(?:a|avait|aura|aurait|ont|avaient|auront|auraient|avez|"
    r"aviez|avons))\s+"
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
    r"aimeriez|espère|espérons|sais|savez|tiens\s+à|tenais\s+à|tenions\s+à|"
    r"(?:voul|pouv|dev|voudr|pourr|devr|aimer|souhait|souhaiter|all|ir|sav|dev)"
    r"(?:ais|ait|ions|iez|aient)))\s+"
    r"(?:(?:pas|plus|jamais|bien|vraiment|aussi|également|rapidement|volontiers)\s+){0,2}"
    rf"{_CLITIC}{{0,2}}"
    r"(?P<verb>[^\W\d_]+é)(?![\w'’-])"
    # or "de"/"à" with an object pronoun: "de vous remercié", "à vous rencontré"
    r"|(?<![\w'’-])(?:de\s+|d['’]|à\s+)(?:(?:me|te|se|nous|vous|y|en)\s+|[mts]['’]\s*)"
    rf"{_CLITIC}?"
    r"(?P<verb2>[^\W\d_]+é)(?![\w'’-])",
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
# "Se" opening a sentence before "être": "Se sont des projets utiles" is "Ce sont" (the
# pronoun "se" needs a subject before it: "ils se sont présentés").
_SE_FOR_CE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))(?P<se>Se)\s+(?=(?:sont|serait|seraient|sera|"
    r"seront|fut|furent|fût)(?![\w'’-]))",
    re.MULTILINE,
)
_SA = re.compile(
    r"(?<![\w'’-])(?P<sa>[sS]a)\s+(?=(?:serait|sera|va|vas|fait|me|m['’]|ne|n['’]|semble|"
    r"peut|pourrait|doit|devrait|dépend|vaut|valait|marche|fonctionne|reste|tombe|irait|"
    r"allait|était|a\s+été|m['’]a|me\s+fait|prendrait|prendra|prend|coûte|coûtera|"
    r"coûterait|change|changera|changerait|arrive|arrivera|arriverait|suffit|suffira|"
    r"suffirait|ira|passe|passera|passerait|dure|durera|durerait|convient|conviendrait)(?![\w-]))"
)

# After "sa" and a word both noun and verb ("marche", "reste", "passe"), what shows it is the
# noun: a feminine adjective or a verb of its own ("sa marche quotidienne", "sa passe est").
_SA_NOUN = re.compile(
    r"\s*(?:marche|reste|passe|change|tombe|dure|arrive)\s+(?P<next>[^\W\d_]+)(?![\w'’-])",
    re.IGNORECASE,
)
_ETRE_AVOIR_3 = frozenset(["est", "était", "sera", "serait", "a", "avait", "aura", "aurait"])


def _noun_after_sa(text: str, end: int) -> bool:
    match = _SA_NOUN.match(text, end)
    if not match:
        return False
    following = match.group("next").lower()
    return following in _ETRE_AVOIR_3 or _adjective_gender(following) == "f"


@lru_cache(maxsize=4096)
def _first_group(infinitive: str) -> bool:
    """True if `infinitive` ("rencontrer") is a first-group verb the dictionary knows with its
    participle ("rencontré"): "premier", "dernier" or "hier" have no such participle."""
    lower = infinitive.lower()
    return len(lower) > 3 and is_french_word(lower) and is_french_word(lower[:-2] + "é")


_ETRE_FORM = re.compile(
    r"(?<![\w'’-])(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient)(?![\w'’-])",
    re.IGNORECASE,
)


def grammar_findings(note: Note) -> list[Finding]:
    text = note.plain
    found: list[Finding] = []
    for match in _AUXILIARY.finditer(text):
        verb = match.group("verb")
        if _ETRE_FORM.search(text[match.start() : match.start("verb")]) and any(
            flag == "F." for _stem, flag in french_analyses(verb.lower())
        ):
            continue  # "je suis fier", "elle est conseiller": an adjective or a trade
        if _first_group(verb):
            fix = verb[:-2] + "é"
            found.append(
                _finding(note, "wrong-word", ERROR, match.span("verb"), (fix,), why="fr-participle")
            )
    for match in _TAKES_INFINITIVE.finditer(text):
        group = "verb" if match.group("verb") else "verb2"
        verb = match.group(group)
        if _first_group(verb[:-1] + "er"):
            fix = verb[:-1] + "er"
            found.append(
                _finding(note, "wrong-word", ERROR, match.span(group), (fix,), why="fr-infinitive")
            )
    for match in _PAST_THEN_INFINITIVE.finditer(text):
        verb = match.group("verb")
        if _first_group(verb[:-1] + "er"):
            found.append(_slip(note, match, verb[:-1] + "er", "fr-infinitive"))
    for match in _SE_FOR_CE.finditer(text):
        found.append(
            _finding(note, "wrong-word", ERROR, match.span("se"), ("Ce",), why="fr-homophone")
        )
    for match in _SA.finditer(text):
        if _noun_after_sa(text, match.end()):
            continue  # "sa marche quotidienne", "sa passe est…": a noun after "sa"
        fix = "Ça" if match.group("sa")[0] == "S" else "ça"
        found.append(_finding(note, "wrong-word", ERROR, match.span("sa"), (fix,), why="fr-ça"))
    found += _homophone_findings(note)
    found += _determiner_findings(note)
    found += _determiner_round2_findings(note)
    found += _homophone_round2_findings(note)
    found += _more_form_findings(note)
    found += agreement_findings(note)
    found += usage_findings(note)
    return found


def _slip(note: Note, match: re.Match[str], fix: str, why: str) -> Finding:
    return _finding(note, "wrong-word", ERROR, match.span("verb"), (fix,), why=why)


# Where a clause starts: a subject pronoun right after one of these is the subject.
_CLAUSE = (
    r"(?:^|(?<=[.!?;:,\n(])\s*|(?<![\w'’-])(?:et|mais|ou|donc|puis|que|qu['’]|si|quand|"
    r"lorsque|lorsqu['’]|comme|car|où|alors)\s+)"
)
_CLITICS = rf"(?:(?:ne\s+|n['’]\s*)|{_CLITIC}){{0,3}}"
# Forms of the most used verbs that go with "il/elle/on", "je" or "ils", never with "nous" or
# "vous": "nous a discuté", "si vous peut".
_NOT_NOUS_VOUS = (
    r"a|ai|as|ont|est|es|suis|sont|était|étais|peut|peux|peuvent|va|vais|vont|veut|veux|"
    r"veulent|doit|dois|doivent|sait|sais|savent|fait|font|pourrait|pourrais|devrait|"
    r"devrais|voudrait|voudrais|serait|serais|aurait|aurais|sera|aura|avait|avais"
)
_NOUS_WRONG = re.compile(
    rf"{_CLAUSE}(?P<subject>nous)\s+{_CLITICS}(?P<verb>{_NOT_NOUS_VOUS}|avez|êtes|pouvez|allez|"
    r"voulez|devez|savez|faites|pourriez|devriez|voudriez|seriez|auriez|serez|aurez|aviez|étiez)"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_VOUS_WRONG = re.compile(
    rf"{_CLAUSE}(?P<subject>vous)\s+{_CLITICS}(?P<verb>{_NOT_NOUS_VOUS}|avons|sommes|pouvons|"
    r"allons|voulons|devons|savons|faisons|pourrions|devrions|voudrions|serions|aurions|serons|"
    r"aurons|avions|étions)(?![\w'’-])",
    re.IGNORECASE,
)
_NOUS_FORMS = {
    "a": "avons",
    "ai": "avons",
    "as": "avons",
    "ont": "avons",
    "avez": "avons",
    "est": "sommes",
    "es": "sommes",
    "suis": "sommes",
    "sont": "sommes",
    "êtes": "sommes",
    "peut": "pouvons",
    "peux": "pouvons",
    "peuvent": "pouvons",
    "pouvez": "pouvons",
    "va": "allons",
    "vais": "allons",
    "vont": "allons",
    "allez": "allons",
    "veut": "voulons",
    "veux": "voulons",
    "voulez": "voulons",
    "doit": "devons",
    "dois": "devons",
    "devez": "devons",
    "sait": "savons",
    "sais": "savons",
    "savez": "savons",
    "fait": "faisons",
    "font": "faisons",
    "faites": "faisons",
    "était": "étions",
    "étais": "étions",
    "étiez": "étions",
    "avait": "avions",
    "avais": "avions",
    "aviez": "avions",
    "pourrait": "pourrions",
    "pourrais": "pourrions",
    "pourriez": "pourrions",
    "devrait": "devrions",
    "devrais": "devrions",
    "devriez": "devrions",
    "voudrait": "voudrions",
    "voudrais": "voudrions",
    "voudriez": "voudrions",
    "serait": "serions",
    "serais": "serions",
    "seriez": "serions",
    "aurait": "aurions",
    "aurais": "aurions",
    "auriez": "aurions",
    "sera": "serons",
    "serez": "serons",
    "aura": "aurons",
    "aurez": "aurons",
    "veulent": "voulons",
    "doivent": "devons",
    "savent": "savons",
}
# Any other verb after a subject "nous"/"vous" that opens a clause (not after "et", "mais",
# "ou", "puis", where the subject may be the one before): its ending must be the person's.
_SUBJECT_THEN_VERB = re.compile(
    r"(?:^|(?<=[.!?;:,\n(])\s*|(?<![\w'’-])(?:que|qu['’]|si|quand|lorsque|lorsqu['’]|comme|car|"
    r"où|alors|donc)\s+)"
    rf"(?P<subject>nous|vous)\s+(?:(?:ne\s+|n['’]\s*)|{_CLITIC}){{0,3}}"
    r"(?P<verb>[^\W\d_]+)(?![\w'’-])",
    re.IGNORECASE | re.MULTILINE,
)
_WRONG_ENDINGS = {"nous": ("ez", "ait", "ais", "aient"), "vous": ("ons", "ait", "ais", "aient")}
# "il"/"elle"/"on" with a plural verb, "ils"/"elles" with a singular one: "il ont", "ils a".
_PERSON = re.compile(
    r"(?:^|(?<=[.!?;:\n(])\s*|(?<![\w'’-])(?:mais|que|qu['’]|si|quand|lorsque|lorsqu['’]|"
    r"comme|car|où|alors|donc)\s+)"
    rf"(?P<subject>il|elle|on|ils|elles)\s+(?:(?:ne\s+|n['’]\s*)|{_CLITIC}){{0,3}}"
    r"(?P<verb>ont|sont|peuvent|vont|veulent|doivent|font|savent|avez|êtes|pouvez|allez|"
    r"voulez|devez|faites|avons|sommes|pouvons|allons|a|est|peut|va|veut|doit|fait|sait)"
    r"(?![\w'’-])",
    re.IGNORECASE | re.MULTILINE,
)
_SINGULAR = {
    "ont": "a",
    "sont": "est",
    "peuvent": "peut",
    "vont": "va",
    "veulent": "veut",
    "doivent": "doit",
    "font": "fait",
    "savent": "sait",
}
_PLURAL = {value: key for key, value in _SINGULAR.items()}
_PLURAL_PERSON = {"avez": "", "êtes": "", "pouvez": "", "allez": "", "voulez": "", "devez": ""}
# "je suis" with what one has ("je suis hâte"), "j'ai" with what one is ("j'ai heureux").
_SUIS_FOR_AI = re.compile(
    r"(?<![\w'’-])(?P<aux>je\s+suis)\s+(?=(?:besoin|hâte|envie|peur|raison|tort|"
    r"l['’]impression|l['’]honneur|l['’]intention|l['’]occasion|beaucoup\s+appris)(?![\w'’-]))",
    re.IGNORECASE,
)
_AI_FOR_SUIS = re.compile(
    r"(?<![\w'’-])(?P<aux>j['’]ai)\s+(?:(?:très|vraiment|tellement|bien|si|aussi|toujours)\s+)?"
    r"(?=(?:contente?|heureux|heureuse|disponible|prête?|certaine?|sûre?|fier|fière|ravie?|"
    r"désolée?|reconnaissante?|enthousiaste|impatiente?|capable|convaincue?\s+que|"
    r"intéressée?\s+(?:par|à))(?![\w'’-]))",
    re.IGNORECASE,
)
_VOUS_FORMS = {
    "a": "avez",
    "ai": "avez",
    "as": "avez",
    "ont": "avez",
    "avons": "avez",
    "est": "êtes",
    "es": "êtes",
    "suis": "êtes",
    "sont": "êtes",
    "sommes": "êtes",
    "peut": "pouvez",
    "peux": "pouvez",
    "peuvent": "pouvez",
    "pouvons": "pouvez",
    "va": "allez",
    "vais": "allez",
    "vont": "allez",
    "allons": "allez",
    "veut": "voulez",
    "veux": "voulez",
    "voulons": "voulez",
    "doit": "devez",
    "dois": "devez",
    "devons": "devez",
    "sait": "savez",
    "sais": "savez",
    "savons": "savez",
    "fait": "faites",
    "font": "faites",
    "faisons": "faites",
    "était": "étiez",
    "étais": "étiez",
    "étions": "étiez",
    "avait": "aviez",
    "avais": "aviez",
    "avions": "aviez",
    "pourrait": "pourriez",
    "pourrais": "pourriez",
    "pourrions": "pourriez",
    "devrait": "devriez",
    "devrais": "devriez",
    "devrions": "devriez",
    "voudrait": "voudriez",
    "voudrais": "voudriez",
    "voudrions": "voudriez",
    "serait": "seriez",
    "serais": "seriez",
    "serions": "seriez",
    "aurait": "auriez",
    "aurais": "auriez",
    "aurions": "auriez",
    "sera": "serez",
    "serons": "serez",
    "aura": "aurez",
    "aurons": "aurez",
    "veulent": "voulez",
    "doivent": "devez",
    "savent": "savez",
}
# "avoir" with a verb that takes "être" ("j'ai allé"), "être" with "eu" or "été" ("je suis eu").
_AVOIR_FOR_ETRE = re.compile(
    r"(?<![\w'’-])(?P<aux>(?:j['’]|(?<![\w'’-])(?:tu|il|elle|on|nous|vous|ils|elles)\s+)"
    r"(?:(?:ne|n['’])\s*)?(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient))\s+"
    rf"{_BETWEEN}(?P<verb>allée?s?|venue?s?|arrivée?s?|partie?s?|restée?s?|devenue?s?|revenue?s?|"
    r"née?s?|décédée?s?|parvenue?s?)(?![\w'’-])",
    re.IGNORECASE,
)
_ETRE_FOR_AVOIR = re.compile(
    r"(?<![\w'’-])(?P<aux>(?:je|tu|il|elle|on|nous|vous|ils|elles)\s+(?:(?:ne|n['’])\s*)?"
    r"(?:suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient))\s+"
    rf"{_BETWEEN}(?P<verb>eu|eue|eus|été)(?![\w'’-])",
    re.IGNORECASE,
)
_AVOIR = {
    "suis": "ai",
    "es": "as",
    "est": "a",
    "sommes": "avons",
    "êtes": "avez",
    "sont": "ont",
    "étais": "avais",
    "était": "avait",
    "étions": "avions",
    "étiez": "aviez",
    "étaient": "avaient",
}
_ETRE = {
    "ai": "suis",
    "as": "es",
    "a": "est",
    "avons": "sommes",
    "avez": "êtes",
    "ont": "sont",
    "avais": "étais",
    "avait": "était",
    "avions": "étions",
    "aviez": "étiez",
    "avaient": "étaient",
}
# "on" (one) where "ont" (have) is meant: before a participle, or after a pronoun that cannot
# come before "on" ("m'on présenté", "ils on eu").
_ON_FOR_ONT = re.compile(
    r"(?:(?<![\w'’-])(?:ils|elles)\s+|(?<![\w'’-])(?:m|t|s)['’])(?P<sure>on)(?=\s+[^\W\d_])"
    r"|(?:(?<![\w'’-])(?:qui|me|te|se|les|leur|nous|vous|y|en)\s+)(?P<w>on)\s+"
    r"(?=[^\W\d_]+(?![\w'’-]))"
    r"|(?<![\w'’-])(?P<w2>on)\s+(?=(?:été|eu|reçu|pris|compris|vu|su|pu|dû|voulu|connu|lu|"
    r"offert|répondu|attendu|entendu|choisi|fini|rempli)(?![\w'’-]))",
    re.IGNORECASE,
)
# "on" before a determiner that is no object pronoun: "on" needs its verb first, so the verb
# is "ont" ("les conseillers qui on des projets", "ils on plusieurs idées").
_ON_BEFORE_DETERMINER = re.compile(
    r"(?<![\w-])(?P<w>on)\s+(?=(?:des|un|une|du|mes|tes|ses|nos|vos|leurs|ces|cette|cet|mon|ma|"
    r"ton|ta|son|sa|notre|votre|plusieurs|beaucoup|déjà|toujours|tous|toutes|aucun|aucune)"
    r"(?![\w'’-]))",
    re.IGNORECASE,
)
# "on" after a plural noun, before a participle: "les clients on apprécié" (ont).
_ON_AFTER_PLURAL = re.compile(
    r"(?<![\w'’-])(?P<noun>[^\W\d_]+[sx])\s+(?P<w>on)\s+(?=(?P<next>[^\W\d_]+)(?![\w'’-]))",
    re.IGNORECASE,
)
# "ont" (have) where "on" (one) is meant: at the head of a sentence, or before a pronoun and a
# verb ("Ont m'a dit", "ont nous a présenté").
_ONT_FOR_ON = re.compile(
    r"(?:^|(?<=[.!?:\n])\s*|(?<![\w'’-])(?:et|mais|que|qu['’]|si|quand|comme|car|où)\s+)"
    r"(?P<w>ont)(?=\s+(?:ne\s|n['’]|m['’]|me\s|nous\s|vous\s|t['’]|te\s|s['’]|se\s|y\s|en\s)?\s*"
    r"(?:a|va|peut|doit|est|sait|pourrait|devrait|aurait|serait|sera|aura|m['’]a|s['’]est|"
    r"n['’]a|n['’]est|dit|voit|pense|croit|cherche|veut)(?![\w'’-]))",
    re.IGNORECASE,
)
# "son" (his) where "sont" (are) is meant: before an adverb, a plural adjective or participle.
_SON = re.compile(
    r"(?<![\w'’-])(?P<w>son)\s+(?=(?P<next>[^\W\d_]+)(?![\w'’-]))",
    re.IGNORECASE,
)
_SON_ADVERBS = frozenset(
    [
        "pas",
        "plus",
        "déjà",
        "toujours",
        "encore",
        "vraiment",
        "également",
        "aussi",
        "tous",
        "toutes",
        "parfaitement",
        "entièrement",
        "ici",
        "là",
        "souvent",
        "très",
    ]
)
# "et" (and) where "est" (is) is meant: after a subject pronoun, or before an adverb that
# only follows a verb ("le poste et exactement…").
_ET_FOR_EST = re.compile(
    r"(?:(?<![\w'’-])(?:c['’]|qu['’]il|qu['’]elle|cela|ça)\s*|"
    r"(?:^|(?<=[.!?;:,\n])\s*|(?<![\w'’-])(?:que|si|quand|comme|car)\s+)(?:il|elle)\s+)"
    r"(?P<w>et)(?![\w'’-])"
    r"|(?<![\w'’-])(?P<w2>et)\s+(?=(?:exactement|précisément|tout\s+à\s+fait|sans\s+doute|"
    r"effectivement)\s+(?:ce|le|la|l['’]|un|une|mon|ma|ce\s+que|ce\s+qui|ce\s+dont)(?![\w'’-]))",
    re.IGNORECASE,
)
# "et" after the subject that opens a sentence, before an adverb that only a verb takes:
# "Le projet et vraiment passionnant."
_ET_AFTER_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:le|la|l['’]|mon|ma|votre|notre|son|sa|leur|ce|cet|cette)\s*"
    r"[^\W\d_]+\s+(?P<w>et)\s+(?=(?:très|vraiment|tellement|déjà|toujours|plutôt|assez|"
    r"exactement|si|bien)\s+[^\W\d_]+(?:\s*[.!,;]|\s+(?:pour|à|de|que)\s))",
    re.IGNORECASE | re.MULTILINE,
)
# "est" (is) where "et" (and) is meant: before a subject pronoun ("…la visite est je…").
_EST_FOR_ET = re.compile(
    r"(?<![\w'’-])(?P<w>est)\s+(?=(?:j['’]|(?:je|tu|nous|ils|elles)(?![\w'’-])))",
    re.IGNORECASE,
)
# "se" (oneself) before a noun: "se poste" for "ce poste"; "ce" (this) before a verb: "ce
# déroule" for "se déroule".
_SE = re.compile(r"(?<![\w'’-])(?P<w>se)\s+(?P<next>[^\W\d_]+)(?:\s+(?P<after>[^\W\d_]+))?", re.I)
_CE = re.compile(r"(?<![\w'’-])(?P<w>ce)\s+(?P<next>[^\W\d_]+)(?![\w'’-])", re.IGNORECASE)
# Verbs "ce" rightly comes before ("ce sera", "ce doit être", "ce fut").
_CE_VERBS = frozenset(
    ["être", "pouvoir", "devoir", "sembler", "paraître", "falloir", "avoir", "aller", "valoir"]
)
# "c'est" (it is) where "s'est" (has … itself) is meant: before a participle agreeing with a
# feminine or plural subject ("l'entrevue c'est bien déroulée"), which "c'est" cannot take.
_CEST = re.compile(
    rf"(?<![\w'’-])(?P<w>c['’]est)\s+{_BETWEEN}(?P<verb>[^\W\d_]+(?:ée|ées|és))(?![\w'’-])",
    re.IGNORECASE,
)
# "ces"/"ses" where "c'est" is meant: before an article, a pronoun or a preposition.
_CES_FOR_CEST = re.compile(
    r"(?<![\w'’-])(?P<w>[cs]es)\s+(?=(?:un|une|le|la|du|très|vraiment|pour|avec|grâce|"
    r"toujours|bien|avec|ce|ça|cela|dommage|à|au|aux)(?![\w'’-]))",
    re.IGNORECASE,
)
# A subject just before "ses": "il ses un peu perdu" (s'est); elsewhere "ses un plaisir" is
# "c'est".
_WORD_BEFORE_SES = re.compile(
    r"(?<![\w'’-])(?:il|elle|on|qui|cela|ça|tout|chacun|personne)\s+$", re.IGNORECASE
)
# "ses" (his) where "ces" (these) is meant: "ses dernières semaines, j'ai…" (a time).
_SES_FOR_CES = re.compile(
    r"(?:^|(?<=[.!?;:,\n])\s*|(?<![\w'’-])(?:depuis|pendant|durant|dans|au\s+cours\s+de|"
    r"lors\s+de|de|en)\s+)(?P<w>ses)\s+(?=(?:derniers|dernières|prochains|prochaines|"
    r"quelques)\s+(?:(?:\w+)\s+)?(?:jours|semaines|mois|années|ans|temps)(?![\w'’-]))",
    re.IGNORECASE,
)
# Words after "il/elle/on/qui/m'/l'" where "à" (to) is written for "a" (has): "il m'à dit".
_A_GRAVE = re.compile(
    r"(?:(?<![\w'’-])(?:il|elle|on|qui)\s+(?:(?:ne|n['’]|m['’]|me|t['’]|te|l['’]|lui|nous|vous|y|"
    r"en|s['’])\s*){0,2}|(?<![\w'’-])(?:m|t|l|n|s)['’])(?P<w>à)(?=\s+[^\W\d_]+(?:é|ée|és|ées|i|"
    r"is|u|us|t)(?![\w'’-])|\s+(?:été|eu|pu|dû|su|fait|dit|pris|mis|reçu)\b)",
    re.IGNORECASE,
)


def _homophone_findings(note: Note) -> list[Finding]:
    """Words that sound like the right one and are spelled right: the verb that does not go
    with its subject ("nous avez", "si vous peut", "j'ai allé", "je suis eu"), "on"/"ont",
    "son"/"sont", "et"/"est", "se"/"ce", "c'est"/"s'est", "ses"/"ces", "à"/"a"."""
    text = note.plain
    found: list[Finding] = []
    for pattern, forms in ((_NOUS_WRONG, _NOUS_FORMS), (_VOUS_WRONG, _VOUS_FORMS)):
        for match in pattern.finditer(text):
            verb = match.group("verb")
            fix = _same_case(verb, forms.get(verb.lower(), ""))
            found.append(_one(note, match.span("verb"), fix, "fr-agreement"))
    taken = {f.start for f in found}
    for match in _SUBJECT_THEN_VERB.finditer(text):
        verb = match.group("verb").lower()
        subject = match.group("subject").lower()
        if match.start("verb") in taken or not verb.endswith(_WRONG_ENDINGS[subject]):
            continue
        readings = french_analyses(verb)
        if _is_verb(readings) and not _nominal(readings):
            found.append(_one(note, match.span("verb"), "", "fr-agreement"))
    for match in _PERSON.finditer(text):
        subject, verb = match.group("subject").lower(), match.group("verb").lower()
        if subject in ("ils", "elles"):
            fix = _PLURAL.get(verb, "")
            wrong = verb in _PLURAL or verb in _PLURAL_PERSON or verb in ("avons", "sommes")
        else:
            fix = _SINGULAR.get(verb, "")
            wrong = verb not in _PLURAL
        if wrong and match.start("verb") not in taken:
            found.append(_one(note, match.span("verb"), fix, "fr-agreement"))
    for match in _SUIS_FOR_AI.finditer(text):
        fix = _same_case(match.group("aux"), "j'ai")
        found.append(_one(note, match.span("aux"), fix, "fr-auxiliary"))
    for match in _AI_FOR_SUIS.finditer(text):
        fix = _same_case(match.group("aux"), "je suis")
        found.append(_one(note, match.span("aux"), fix, "fr-auxiliary"))
    for match in _AVOIR_FOR_ETRE.finditer(text):
        aux = match.group("aux")
        word = aux.split()[-1] if " " in aux else aux
        head = word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        fix = _ETRE.get(head.lower(), "")
        if aux.lower().startswith("j"):
            fix = "je suis"
        elif fix:
            fix = aux[: len(aux) - len(head)] + fix
        found.append(_one(note, match.span("aux"), fix, "fr-auxiliary"))
    for match in _ETRE_FOR_AVOIR.finditer(text):
        aux = match.group("aux")
        head = aux.split()[-1]
        fix = _AVOIR.get(head.lower(), "")
        if aux.lower().startswith("je ") and fix:
            fix = "j'" + fix
        elif fix:
            fix = aux[: len(aux) - len(head)] + fix
        found.append(_one(note, match.span("aux"), fix, "fr-auxiliary"))
    for match in _ON_FOR_ONT.finditer(text):
        group = next(name for name in ("sure", "w", "w2") if match.group(name))
        words = text[match.end() :].split(maxsplit=1)
        following = words[0].strip(".,;:!?") if words else ""
        if group == "w" and not _participle(following):
            continue
        found.append(_one(note, match.span(group), _same_case(match.group(group), "ont")))
    for match in _ON_BEFORE_DETERMINER.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "ont")))
    for match in _ON_AFTER_PLURAL.finditer(text):
        noun = match.group("noun")
        if noun[:1].isupper() or not _participle(match.group("next")):
            continue
        if not any(flag[:1].isupper() for _s, flag in french_analyses(noun.lower())):
            continue
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "ont")))
    for match in _ONT_FOR_ON.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "on")))
    for match in _SON.finditer(text):
        following = match.group("next")
        if following[:1].isupper() or not _after_son_means_sont(following.lower()):
            continue
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "sont")))
    for match in _ET_FOR_EST.finditer(text):
        group = "w" if match.group("w") else "w2"
        found.append(_one(note, match.span(group), "est"))
    for match in _ET_AFTER_SUBJECT.finditer(text):
        found.append(_one(note, match.span("w"), "est"))
    for match in _EST_FOR_ET.finditer(text):
        found.append(_one(note, match.span("w"), "et"))
    for match in _SE.finditer(text):
        following, after = match.group("next"), match.group("after") or ""
        if following[:1].isupper() or not _se_before_noun(following.lower(), after.lower()):
            continue
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "ce")))
    for match in _CE.finditer(text):
        if _ce_before_verb(match.group("next").lower()):
            found.append(_one(note, match.span("w"), _same_case(match.group("w"), "se")))
    for match in _CEST.finditer(text):
        verb = match.group("verb").lower()
        if _participle(verb):
            written = match.group("w")
            found.append(_one(note, match.span("w"), _same_case(written, "s" + written[1:])))
    for match in _CES_FOR_CEST.finditer(text):
        written = match.group("w")
        subject = _WORD_BEFORE_SES.search(text, max(0, match.start() - 12), match.start())
        reflexive = written.lower() == "ses" and bool(subject)
        fix = _same_case(written, "s'est" if reflexive else "c'est")
        found.append(_one(note, match.span("w"), fix))
    for match in _SES_FOR_CES.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "ces")))
    for match in _A_GRAVE.finditer(text):
        rest = text[match.end() :].split(maxsplit=1)
        word = rest[0].strip(".,;:!?").lower() if rest else ""
        if not (_participle(word) or word in _FINITE):
            continue
        found.append(_finding(note, "spelling", ERROR, match.span("w"), ("a",), why="fr-a"))
    return found


@lru_cache(maxsize=8192)
def _participle(word: str) -> bool:
    """A past participle by the dictionary: "présenté", "reçu", "prise"."""
    word = word.lower()
    if word in ("été", "eu", "eue", "eus", "eues"):
        return True
    return any(
        flag[:1].islower()
        and word.endswith(
            (
                "é",
                "ée",
                "és",
                "ées",
                "i",
                "is",
                "ie",
                "ies",
                "u",
                "us",
                "ue",
                "ues",
                "t",
                "te",
                "ts",
                "tes",
            )
        )
        and not _finite(word)
        for _stem, flag in french_analyses(word)
    )


@lru_cache(maxsize=8192)
def _finite(word: str) -> bool:
    """Forms that are also a conjugated verb of the present or past ("fait", "dit", "finis")."""
    return word in _FINITE


_FINITE = frozenset(
    [
        "fait",
        "dit",
        "écrit",
        "met",
        "mit",
        "prit",
        "finit",
        "lit",
        "vit",
        "suit",
        "rit",
        "sait",
        "doit",
        "peut",
        "veut",
        "vaut",
        "fut",
        "est",
        "finis",
        "lis",
        "vis",
        "suis",
        "ris",
        "sais",
        "dois",
        "peux",
        "veux",
        "vaux",
        "mis",
        "pris",
        "dis",
        "fais",
    ]
)


def _nominal(readings: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(stem, flag) for stem, flag in readings if flag[:1].isupper()]


def _is_verb(readings: tuple[tuple[str, str], ...]) -> bool:
    return any(flag[:1].islower() for _stem, flag in readings)


@lru_cache(maxsize=8192)
def _plural_only(word: str) -> bool:
    """A noun or adjective in the plural that is no singular too: "questions", not "fois"."""
    readings = french_analyses(word)
    if not word.endswith(("s", "x")) or any(stem == word for stem, _flag in readings):
        return False
    return any(stem != word for stem, _flag in _nominal(readings))


@lru_cache(maxsize=8192)
def _singular_only(word: str) -> bool:
    """A noun or adjective in the singular with a plural of its own: "accueil", "équipe", and a
    feminine in "-e" such as "nouvelle" ("de vos nouvelle"), whose stem is its masculine."""
    if word.endswith(("s", "x", "z")):
        return False
    readings = french_analyses(word)
    nominal = _nominal(readings)
    if not nominal:
        return False
    base = all(stem == word for stem, _flag in nominal)
    return base or (word.endswith("e") and is_french_word(word + "s"))


def _after_son_means_sont(word: str) -> bool:
    if word in _SON_ADVERBS:
        return True
    return _plural_only(word)


_VERB_AFTER_SUBJECT = frozenset(
    ["est", "était", "sera", "serait", "semble", "semblait", "paraît", "paraissait"]
)


@lru_cache(maxsize=8192)
def _se_before_noun(word: str, after: str) -> bool:
    """ "se" before a word no verb can be ("se poste correspond", "se nouveau poste")."""
    readings = french_analyses(word)
    if not readings or word in ("plus", "pas", "sont", "tout", "bien", "même", "mêmes"):
        return False
    if not _is_verb(readings):
        return bool(_nominal(readings))
    # a noun that is a verb too ("poste", "porte"): "se" is "ce" if a verb follows it
    if not _nominal(readings) or not after:
        return False
    if after in _VERB_AFTER_SUBJECT:
        return True  # "se poste est idéal": a verb of its own follows the noun
    following = french_analyses(after)
    return (
        bool(following)
        and _is_verb(following)
        and not _nominal(following)
        and after not in ("en", "y")
        and not any(stem == after for stem, _flag in following)
    )


@lru_cache(maxsize=8192)
def _ce_before_verb(word: str) -> bool:
    """ "ce" before a conjugated verb that is no noun ("ce déroule"), other than "ce sera",
    "ce doit être"…"""
    readings = french_analyses(word)
    if not readings or _nominal(readings) or not _is_verb(readings):
        return False
    if any(stem in _CE_VERBS for stem, _flag in readings):
        return False
    if any(stem == word for stem, _flag in readings):
        return False
    # A participle by the table ("ce fait", "ce dit"), not by its ending alone: "distingue" or
    # "réunit" end like "reçue" or "dit" but are present tenses.
    return not any(tag[0] == "P" for tag in _genders().get(word, "").split())


# Determiners that want a singular noun after them, and those that want a plural.
_SINGULAR_DET = frozenset(
    [
        "un",
        "une",
        "le",
        "la",
        "ce",
        "cet",
        "cette",
        "mon",
        "ma",
        "ton",
        "ta",
        "votre",
        "notre",
        "sa",
        "leur",
        "chaque",
    ]
)
_PLURAL_DET = frozenset(
    ["les", "des", "ces", "ses", "mes", "tes", "vos", "nos", "leurs", "plusieurs", "quelques"]
)
# Determiners that are also pronouns before a verb ("je les remercie", "je leur écris").
_ALSO_PRONOUN = frozenset(["le", "la", "les", "leur"])
_DETERMINER = re.compile(r"(?<![\w'’-])(?P<det>[^\W\d_]+)\s+(?=(?P<noun>[^\W\d_]+)(?![\w'’-]))")


_TENS_AND = re.compile(
    r"(?<![\w'’-])(?:vingt|trente|quarante|cinquante|soixante)(?:\s+et\s+|-et-)$", re.IGNORECASE
)


def _determiner_findings(note: Note) -> list[Finding]:
    """A determiner that does not agree with its noun: "leurs accueil", "leur questions",
    "les équipe", "une questions"."""
    found = []
    text = note.plain
    for match in _DETERMINER.finditer(text):
        det = match.group("det").lower()
        noun = match.group("noun")
        if noun[:1].isupper() or (
            det not in _SINGULAR_DET and det not in _PLURAL_DET and det != "aux"
        ):
            continue
        if noun.lower() in _SINGULAR_DET or noun.lower() in _PLURAL_DET:
            continue
        if det == "des" and _DES.match(text, match.start()):
            continue  # "des lundi" is "dès lundi", said by the accent check
        lower = noun.lower()
        if det in ("un", "une") and _TENS_AND.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue  # "vingt et une personnes", "trente-et-un jours": a number, not "un"
        if det in _ALSO_PRONOUN and _is_verb(french_analyses(lower)):
            continue
        if det in _ALSO_PRONOUN and lower in ("bien", "mieux", "tous", "toutes", "tout"):
            continue  # "de les bien connaître": the pronoun, an adverb, then the verb
        if det in _SINGULAR_DET and _plural_only(lower):
            fix = {"leur": "leurs"}.get(det, "")
            found.append(_one(note, match.span("det" if fix else "noun"), fix, "fr-number"))
        elif det in _PLURAL_DET and _singular_only(lower):
            fix = {"leurs": "leur"}.get(det, "")
            if fix:
                found.append(_one(note, match.span("det"), fix, "fr-number"))
            else:  # "mes ancienne collègues": the plural, when the dictionary knows it
                plural = _same_case(noun, _plural_of(lower)) if _plural_of(lower) else ""
                found.append(_one(note, match.span("noun"), plural, "fr-number"))
        elif det in _PLURAL_DET | {"aux"} and (lower in _NUMBERS or _plural_adjective(lower)):
            after = _NEXT_WORD.match(text, match.end("noun"))
            following = after.group(1) if after else ""
            if following[:1].islower() and following not in _ADVERB_NOUNS and _noun_only(following):
                span = (after.start(1), after.end(1)) if after else match.span("noun")
                fix = _plural_of(following)  # "aux nouveaux employé"
                found.append(_one(note, span, _same_case(following, fix), "fr-number"))
        elif det == "aux" and lower not in _ADVERB_NOUNS and _noun_only(lower):
            fix = _same_case(noun, _plural_of(lower))  # "aux employé"
            found.append(_one(note, match.span("noun"), fix, "fr-number"))
    return found


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)(?![\w'’-])")
# Nouns that are also adverbs after a plural ("les deux ensemble").
_ADVERB_NOUNS = frozenset(["ensemble", "seul", "même", "pareil", "aussi", "plus", "moins"])
_NUMBERS = frozenset(["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"])


def _plural_of(word: str) -> str:
    """The plural of the noun `word` the dictionary knows ("défi" → "défis"), or ""."""
    lower = word.lower()
    candidates = [lower + "s", lower + "x"] + ([lower[:-2] + "aux"] if lower.endswith("al") else [])
    return next((c for c in candidates if is_french_word(c)), "")


def _plural_adjective(word: str) -> bool:
    """An adjective that goes before its noun, in the plural ("nouveaux", "prochaines")."""
    tags = _genders().get(word, "").split()
    return any(t[0] == "A" and t[2] == "p" for t in tags) and word.endswith(("s", "x"))


def _noun_only(word: str) -> bool:
    """A singular noun by the table ("employé", "entrevue", "collègue" by the dictionary),
    with no plural or invariable reading ("tiers", "prix") and no other class of word."""
    if word in FUNCTION_WORDS:
        return False
    tags = _genders().get(word, "").split()
    if tags:
        return any(t[0] == "N" for t in tags) and all(t[2] == "s" for t in tags)
    readings = french_analyses(word)
    return _singular_only(word) and not any(flag[:1].islower() for _s, flag in readings)


# A plural determiner, a plural adjective, then a noun left in the singular: "ces précieux
# conseil", "les nouveaux défi", "mes sincères remerciement".
# Prepositions the function words lack (they are nouns too: "le devant", "le contre").
_PREPOSITIONS = frozenset(
    ["devant", "derrière", "selon", "contre", "dès", "durant", "malgré", "parmi", "outre"]
)
_PLURAL_DET_ADJ_NOUN = re.compile(
    r"(?=[lcsmtvnpdqLCSMTVNPDQ])(?<![\w'’-])(?P<det>les|des|ces|ses|mes|tes|vos|nos|leurs|plusieurs|quelques|certains|"
    r"certaines)\s+(?P<adj>[^\W\d_]+)\s+(?P<noun>[^\W\d_]+)(?![\w'’-])",
    re.IGNORECASE,
)
# "les" after a preposition or a past participle is the determiner even before a word that is
# also a verb ("j'ai aimé les échange", "avec les employé"): the pronoun "les" would need an
# infinitive there ("pour les aider").
_LES_AFTER = re.compile(r"(?<![\w'’-])(?P<det>[lL]es)\s+(?P<noun>[^\W\d_]+)(?![\w'’-])")
_PREV_WORD = re.compile(r"(?:(?<![\w'’-])(?P<prev>[^\W\d_]+)|(?P<stop>[.!?:\n]))\s*$")
_LES_PREPOSITIONS = frozenset(
    ["avec", "sur", "pour", "dans", "par", "entre", "parmi", "selon", "envers", "chez", "sans"]
    + ["sous", "vers", "malgré", "durant", "pendant", "concernant", "tous", "toutes"]
)


def _plural_of_noun(noun: str) -> str:
    lower = noun.lower()
    plural = (
        lower[:-2] + "aux"
        if lower.endswith("al")
        else lower + ("x" if lower.endswith(("eau", "eu")) else "s")
    )
    return _same_case(noun, plural) if is_french_word(plural) else ""


def _determiner_round2_findings(note: Note) -> list[Finding]:
    found = []
    text = note.plain
    for match in _PLURAL_DET_ADJ_NOUN.finditer(text):
        adj, noun = match.group("adj").lower(), match.group("noun")
        lower = noun.lower()
        if noun[:1].isupper() or lower in _SINGULAR_DET or lower in _PLURAL_DET:
            continue
        if lower in FUNCTION_WORDS or lower in _PREPOSITIONS:
            continue  # "les candidats avant le 24": the noun, then a preposition
        number = _number_of(adj, "A")
        tags = _genders().get(adj, "").split()
        if (
            number == "s"
            and tags
            and tags[0][0] == "A"
            and _plural_only(lower)
            and not _singular_only(lower)
            and adj not in _SINGULAR_DET
        ):
            gender = tags[0][1] if tags[0][1] in "mf" else "m"
            fixes = _inflected(adj, gender, "p")
            if fixes:
                written = match.group("adj")
                found.append(
                    _one(note, match.span("adj"), _same_case(written, fixes[0]), "fr-number")
                )
            continue
        if not (
            (number == "p" and _plural_only(adj))
            or (number == "i" and adj.endswith(("s", "x")))
            or (not _number_of(adj) and _plural_only(adj))
        ):
            continue  # not an adjective in the plural
        if _number_of(lower, "N") != "s" or not _singular_only(lower):
            continue
        fix = _plural_of_noun(noun)
        if fix:
            found.append(_one(note, match.span("noun"), fix, "fr-number"))
    for match in _LES_AFTER.finditer(text):
        before = _PREV_WORD.search(text, max(0, match.start() - 30), match.start())
        if match.start() and not before:
            continue
        prev = (before.group("prev") or ".").lower() if before else "."
        noun = match.group("noun")
        lower = noun.lower()
        if noun[:1].isupper() or lower.endswith(("er", "ir", "re")):
            continue  # "pour les aider": the pronoun before an infinitive
        if (
            prev != "."
            and prev not in _LES_PREPOSITIONS
            and not (_participle(prev) and prev.endswith(("é", "i", "u")) and prev != "été")
        ):
            continue
        readings = french_analyses(lower)
        if not _is_verb(readings) or _number_of(lower, "N") != "s" or not _singular_only(lower):
            continue
        fix = _plural_of_noun(noun)
        if fix:
            found.append(_one(note, match.span("noun"), fix, "fr-number"))
    return found


# "ces"/"ses" opening a sentence before an adjective and what completes it: "Ces important
# pour moi de…", "Ses évident que…" (C'est).
_CES_ADJECTIVE = re.compile(
    r"(?<![\w'’-])(?P<w>[CcSs]es)\s+(?P<adj>[^\W\d_]+)"
    r"(?=\s*(?:[.!,;:]|$|(?:pour|de|d['’]|que|qu['’]|à)(?![\w-])))"
)
_SENTENCE_OPENS = re.compile(
    r"(?:^|[.!?:;,\n]|(?<![\w'’-])(?:que|qu['’]|mais|car|et|donc|puisque|parce\s+que))\s*$",
    re.IGNORECASE,
)
# "sa" before a word that is only a verb: "et sa confirme mon intérêt", "sa correspond" (ça).
_SA_VERB = re.compile(r"(?<![\w'’-])(?P<w>[sS]a)\s+(?P<verb>[^\W\d_]+)(?![\w'’-])")
# A noun subject, then "c'est" before a participle: "le service c'est agrandi" (s'est).
_NOUN_CEST_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?P<w>[cC]['’]est)\s+(?:(?:très|bien|vraiment|beaucoup|rapidement|déjà|"
    r"finalement)\s+){0,2}(?P<part>[^\W\d_]+)(?![\w'’-])"
)
_DET_NOUN_BEFORE = re.compile(
    r"(?<![\w'’-])(?:le|la|l['’]|mon|ma|ton|ta|son|sa|votre|notre|leur|ce|cet|cette)\s*"
    r"(?<=['’\s])(?P<noun>[^\W\d_]+)\s+$",
    re.IGNORECASE,
)


def _homophone_round2_findings(note: Note) -> list[Finding]:
    found = []
    text = note.plain
    for match in _CES_ADJECTIVE.finditer(text):
        if not _SENTENCE_OPENS.search(text, max(0, match.start() - 12), match.start()):
            continue
        adj = match.group("adj").lower()
        if _number_of(adj, "A") != "s" or _number_of(adj, "N") not in ("", "s"):
            continue
        if _genders().get(adj, "").split()[0][0] != "A":
            continue  # a noun first ("Ses parent"), said by the determiner check
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "c'est")))
    for match in _SA_VERB.finditer(text):
        verb = match.group("verb")
        lower = verb.lower()
        if verb[:1].isupper() or lower in _SUBJECTS or len(lower) < 3:
            continue
        readings = french_analyses(lower)
        if not readings or not _is_verb(readings) or _nominal(readings) or lower in _genders():
            continue  # a noun or an adjective ("sa montre", "sa nouvelle")
        if any(not flag for _s, flag in readings) or lower.endswith(("er", "ir", "é", "ée")):
            continue  # an invariable word, an infinitive, a participle
        found.append(
            _finding(
                note,
                "wrong-word",
                ERROR,
                match.span("w"),
                (_same_case(match.group("w"), "ça"),),
                why="fr-ça",
            )
        )
    for match in _NOUN_CEST_PARTICIPLE.finditer(text):
        subject = _DET_NOUN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if not subject:
            continue
        noun, part = subject.group("noun").lower(), match.group("part").lower()
        if not noun_gender(noun) or noun in _SUBJECTS:
            continue
        readings = french_analyses(part)
        if not any(flag == "p+" for _s, flag in readings) or _nominal(readings):
            continue
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "s'est")))
    return found


# "avoir" itself (after "de", "pour", "sans"…) before an infinitive where its participle goes:
# "merci de m'avoir donner", "après avoir envoyer", "ayant travailler".
_AVOIR_THEN_ER = re.compile(
    rf"(?<![\w'’-])(?:{_CLITIC})?(?:avoir|ayant)\s+{_BETWEEN}(?P<verb>[^\W\d_]+er)(?![\w'’-])",
    re.IGNORECASE,
)
# The "-ez" of "vous parlez" after an auxiliary or where the infinitive goes: "vous avez
# parlez", "pour vous remerciez", "n'hésitez pas à m'appelez".
_EZ_AFTER_AUXILIARY = re.compile(
    r"(?<![\w'’-])(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|suis|es|est|sommes|"
    r"êtes|sont|étais|était|étions|étiez|étaient|avoir|été)\s+"
    rf"{_BETWEEN}(?P<verb>[^\W\d_]+ez)(?![\w'’-])",
    re.IGNORECASE,
)
_EZ_FOR_INFINITIVE = re.compile(
    r"(?<![\w'’-])(?:pour|sans|de|d['’]|à|pouvez|voulez|devez|allez|pourriez|voudriez|devriez|"
    r"peux|veux|dois|vais|pourrais|voudrais|devrais|souhaite|souhaiterais|aimerais)\s+"
    rf"(?:{_CLITIC}){{0,2}}(?P<verb>[^\W\d_]+ez)(?![\w'’-])",
    re.IGNORECASE,
)
# A participle after "être" that does not agree with "elle", "nous", "ils" or "elles": "elle
# est arrivé", "nous sommes allé", "ils sont venu".
_ETRE_AGREEMENT = re.compile(
    # (not "elle s'est rendu compte", where "se" is no object: no pronoun before "être"; not
    # "nous nous sommes parlé", where the second "nous" is that pronoun)
    r"(?<![\w'’-])(?<!nous\s)(?P<subject>elle|elles|nous|ils|on)\s+(?:(?:ne|n['’])\s*)?(?:est|sont|sommes|était|étaient|étions|sera|seront|serons)\s+"
    rf"{_BETWEEN}(?P<verb>[^\W\d_]+(?:é|ée|és|u|ue|us|i|ie|is))(?![\w'’-])",
    re.IGNORECASE,
)
# "n'hésiter pas": a negation around an infinitive is "ne pas hésiter"; the imperative
# "n'hésitez pas" is meant.
_NE_INFINITIVE_PAS = re.compile(
    r"(?<![\w'’-])(?:ne\s+|n['’])(?P<verb>[^\W\d_]+er)\s+(?:pas|plus|jamais)(?![\w'’-])",
    re.IGNORECASE,
)
# Words after which French puts "de"/"à" and an infinitive ("la chance de travailler",
# "impatient de commencer", "prêt à apprendre"): a participle there is a slip.
_HEADS = (
    r"chance|hâte|impatiente?s?|plaisir|occasion|possibilité|heureux|heureuse|ravie?s?|fier|"
    r"fière|honorée?s?|contente?s?|envie|besoin|temps|moyen|permis|désireux|désireuse|capable|"
    r"intention|but|honneur|joie|hésitez|hésiterai|hésiter|essayé|essayer|tenté|tenter|"
    r"décidé|oublié|accepté|permet|permets|permettre|prête?s?|disposée?s?|motivée?s?|"
    r"commencer|continuer|apprendre|aider|réussi|parvenu|habituée?s?|prendre\s+le\s+temps"
)
_HEAD_THEN_PARTICIPLE = re.compile(
    rf"(?<![\w'’-])(?:{_HEADS})\s+(?:de\s+|d['’]|à\s+)(?:{_CLITIC}){{0,2}}"
    r"(?P<verb>[^\W\d_]+é)(?![\w'’-])",
    re.IGNORECASE,
)
# "ma" (my) or "ta" before a participle: "m'a" (has … me) is meant ("elle ma expliqué").
_MA_FOR_MA = re.compile(
    rf"(?<![\w'’-])(?P<w>[mt]a)\s+{_BETWEEN}(?P<verb>[^\W\d_]+(?:é|i|u|is|it))(?![\w'’-])",
    re.IGNORECASE,
)
# "peu" (little) after a subject, where "peut" (can) is meant; "peut" where "peu" is meant.
_PEU_FOR_PEUT = re.compile(
    r"(?<![\w'’-])(?:il|elle|on|cela|ça|qui)\s+(?:(?:ne|n['’])\s*)?(?:(?:me|vous|nous|lui|leur|"
    r"se|en|y)\s+|[mlst]['’]\s*)?(?P<w>peu)(?![\w'’-])(?!\s+(?:à\s+peu|près|importe))",
    re.IGNORECASE,
)
_PEUT_FOR_PEU = re.compile(
    r"(?<![\w'’-])(?:un|très|trop|si|assez|de|bien|fort|quelque)\s+(?P<w>peut)(?![\w'’-])"
    r"(?!-être|\s+(?:être|être|faire|aider|se|s['’]))",
    re.IGNORECASE,
)
# "quel"/"quelle" before a plural verb: "quels sont", "quelles seront".
_QUEL_PLURAL = re.compile(
    r"(?<![\w'’-])(?P<w>quel(?:le)?)\s+(?=(?:sont|seront|étaient|seraient|furent)(?![\w'’-]))",
    re.IGNORECASE,
)
# "quand" (when) where "quant" (as for) is meant.
_QUAND_A = re.compile(
    r"(?<![\w'’-])(?P<w>quand)\s+(?=(?:à\s+(?:la|le|l['’]|votre|vos|ma|mon|mes|ce|cette|moi|vous|"
    r"lui|leur|savoir)|au|aux)(?![\w'’-]))",
    re.IGNORECASE,
)
# "mes" (my) where "mais" (but) is meant: before a subject or after a comma.
_MES_FOR_MAIS = re.compile(
    r"(?<![\w'’-])(?P<w>mes)\s+(?=(?:j['’]|(?:je|nous|vous|il|elle|on|ils|elles|ce|cela|ça|"
    r"pas|aussi|surtout|également|plutôt|malheureusement|sachez)(?![\w'’-])))",
    re.IGNORECASE,
)
# "d'avantage" (of advantage) where "davantage" (more) is meant.
_DAVANTAGE = re.compile(
    r"(?<![\w'’-])(?P<w>d['’]avantage)(?![\w'’-])(?!\s+(?:à|de|d['’]|pour\s+(?:vous|moi)))",
    re.IGNORECASE,
)
# "par ce que" where "parce que" (because) is meant, unless a participle asks "par" (by).
_PAR_CE_QUE = re.compile(
    r"(?<![\w'’-])(?:(?P<before>[^\W\d_]+)\s+)?(?P<w>par\s+ce\s+qu(?:e|['’]))",
    re.IGNORECASE,
)
# Participles that take "par" (by) other than those in "-é": "surpris par ce que…".
_MOVED_BY = frozenset(
    ["ému", "surpri", "sédui", "séduit", "convaincu", "conqui", "déçu", "pri", "atteint", "conduit"]
)
# "a" (has) where "à" is meant: before an infinitive ("m'aiderait a développer"), an hour
# ("a 10 h", "de 9 h a 17 h") or a day said in leaving ("et a lundi!").
_A_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<before>[^\W\d_]+['’]?)?\s*(?<![\w'’-])(?P<w>a)\s+"
    r"(?:(?P<adverb>mieux|bien|vite|rapidement|davantage|pleinement|enfin|encore|toujours)\s+)?"
    rf"(?:(?P<clitic>{_CLITIC}){{0,2}}(?P<verb>[^\W\d_]+(?:er|ir|re|oir))(?![\w'’-])"
    r"|(?P<hour>\d{1,2}\s*(?:h|heures?)(?![^\W\d_]))"
    r"|(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|bientôt|plus\s+tard)"
    r"(?=\s*[!.]))",
    re.IGNORECASE,
)
# "la où" for "là où"; "si il" for "s'il".
_LA_OU = re.compile(r"(?<![\w'’-])(?P<w>la)\s+(?=où(?![\w'’-]))", re.IGNORECASE)
_SI_IL = re.compile(r"(?<![\w'’-])(?P<w>si\s+ils?)(?![\w'’-])", re.IGNORECASE)


def _more_form_findings(note: Note) -> list[Finding]:
    """More slips of form: "m'avoir donner", "vous avez parlez", "la chance de travaillé",
    "elle ma expliqué", "il peu", "quel sont", "quand à", "mes je", "d'avantage", "par ce
    que", "la où", "si il"."""
    text = note.plain
    found: list[Finding] = []
    for match in _AVOIR_THEN_ER.finditer(text):
        verb = match.group("verb")
        if _first_group(verb):
            found.append(_one(note, match.span("verb"), verb[:-2] + "é", "fr-participle"))
    for match in _EZ_AFTER_AUXILIARY.finditer(text):
        verb = match.group("verb")
        if _first_group(verb[:-2] + "er"):
            found.append(_one(note, match.span("verb"), verb[:-2] + "é", "fr-participle"))
    for match in _EZ_FOR_INFINITIVE.finditer(text):
        verb = match.group("verb")
        if _first_group(verb[:-2] + "er"):
            found.append(_one(note, match.span("verb"), verb[:-2] + "er", "fr-infinitive"))
    for match in _ETRE_AGREEMENT.finditer(text):
        subject, verb = match.group("subject").lower(), match.group("verb")
        lower = verb.lower()
        if subject == "on" or verb[:1].isupper() or lower in ("été", "pu", "su", "dû"):
            continue
        if not _participle(lower):
            continue
        base = lower.rstrip("s")
        base = base[:-1] if base.endswith(("ée", "ue", "ie")) else base
        wanted = {"elle": "e", "elles": "es", "nous": "s", "ils": "s"}[subject]
        wanted = base + wanted
        if lower != wanted and not (subject == "nous" and lower == base + "es"):
            found.append(_one(note, match.span("verb"), _same_case(verb, wanted), "fr-agreement"))
    for match in _NE_INFINITIVE_PAS.finditer(text):
        verb = match.group("verb")
        if _first_group(verb):
            found.append(_one(note, match.span("verb"), verb[:-2] + "ez", "fr-imperative"))
    for match in _HEAD_THEN_PARTICIPLE.finditer(text):
        verb = match.group("verb")
        before = text[match.start() : match.start("verb")].lower().replace("’", "'")
        article = re.search(r"(?:\bl[ae]s?\s+|\bl')$", before)
        if article and _nominal(french_analyses(verb.lower())):
            continue  # "fier de l'employé": a noun
        if _first_group(verb[:-1] + "er"):
            found.append(_one(note, match.span("verb"), verb[:-1] + "er", "fr-infinitive"))
    for match in _MA_FOR_MA.finditer(text):
        verb = match.group("verb").lower()
        readings = french_analyses(verb)
        if _participle(verb) and not _nominal(readings):
            written = match.group("w")
            found.append(_one(note, match.span("w"), _same_case(written, written[0] + "'a")))
    for match in _PEU_FOR_PEUT.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "peut")))
    for match in _PEUT_FOR_PEU.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "peu")))
    for match in _QUEL_PLURAL.finditer(text):
        written = match.group("w")
        found.append(_one(note, match.span("w"), written + ("s" if written.endswith("e") else "s")))
    for match in _QUAND_A.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "quant")))
    for match in _MES_FOR_MAIS.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "mais")))
    for match in _DAVANTAGE.finditer(text):
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "davantage")))
    for match in _PAR_CE_QUE.finditer(text):
        before = (match.group("before") or "").lower()
        if before.endswith(("é", "ée", "és", "ées")) or before.rstrip("es") in _MOVED_BY:
            continue  # "touché par ce que vous avez dit"
        if before in ("passe", "passer", "passant", "commence", "commencer", "finir", "termine"):
            continue  # "je passe par ce que j'ai appris"
        found.append(_one(note, match.span("w"), _same_case(match.group("w"), "parce que")))
    for match in _A_BEFORE.finditer(text):
        before = (match.group("before") or "").lower().replace("’", "'")
        if match.group("verb"):
            if before in _SUBJECTS or (match.group("before") or "a")[:1].isupper():
                continue  # "il a manger" is a participle slip; "Marie a …" a name
            verb = match.group("verb").lower()
            readings = french_analyses(verb)
            if not any(stem == verb and flag[:1].islower() for stem, flag in readings):
                continue  # not an infinitive
            if _nominal(readings):
                continue  # "a souper", "a dîner": a noun too
            if match.group("adverb") and not _genders().get(before, "").startswith(("P", "A")):
                continue  # "aidée a mieux comprendre", not "l'équipe a bien travailler"
        elif match.group("hour") and before in _SUBJECTS:
            continue
        fix = "À" if match.group("w") == "A" else "à"
        found.append(_finding(note, "spelling", ERROR, match.span("w"), (fix,), why="french-a"))
    for match in _LA_OU.finditer(text):
        fix = _same_case(match.group("w"), "là")
        found.append(_finding(note, "spelling", ERROR, match.span("w"), (fix,), why="fr-là"))
    for match in _SI_IL.finditer(text):
        written = match.group("w")
        fix = _same_case(written, "s'" + written.split()[-1])
        found.append(_finding(note, "spelling", ERROR, match.span("w"), (fix,), why="fr-elision"))
    return found
