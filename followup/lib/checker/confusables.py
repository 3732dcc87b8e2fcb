"""Real-word errors: a word spelled right but wrong where it stands ("your welcome", "could of",
"more then", "look forward to hear"), found by the words around it.

The confusable words and the contexts that decide between them are data
(data/confusables.txt): word classes (determiners, modals, comparatives…) and rules such as
"its → it's when a determiner follows". A rule fires only when its context is decisive; when it
is not, nothing is said. Words are read in clauses: punctuation or a line break between two
words means neither is the other's neighbour ("^" and "$" in the rules)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from followup.lib.checker.data import entries, folded_set, kept
from followup.lib.checker.frequency import zipf
from followup.lib.checker.model import ERROR, WARNING, Finding
from followup.lib.checker.spelling import is_word
from followup.lib.checker.suggest import in_case_of
from followup.lib.checker.text import Note, SpanSet
from followup.lib.checker.wordclass import (
    is_adjective,
    is_count_noun,
    is_gradable,
    is_ing_noun,
    is_ly_adverb,
    is_noun,
    is_past_form,
    is_plural_noun,
    is_s_form,
    is_verb,
)

CODE = "wrong-word"
START, END = "^", "$"
_CLAUSE_BREAKS = frozenset('.!?;:,\n()[]"')
_POSITIONS = ("earlier", "before2", "before", "after", "after2", "after3", "later", "end")
_EARLIER = 6  # how many words back "earlier" looks, within the clause
_LATER = 8  # how many words ahead "later" looks
ING = "=ing"
ING2 = "=ing2"  # the -ing form of the word after next ("to hopefully join")


@dataclass(frozen=True)
class Rule:
    word: str
    replacement: str
    must: tuple[tuple[str, frozenset[str]], ...]  # (position, words one of which must be there)
    must_not: tuple[tuple[str, frozenset[str]], ...]
    source: str
    severity: str = ERROR  # WARNING for a rule marked "warn": its context is telling, not decisive
    parts: tuple[str, ...] = ()  # the words the rule corrects: one, or a run ("all ready")
    names: bool = False  # whether a condition asks for a name ("%name")
    ends: bool = False  # whether a condition asks how the clause ends ("end=?")
    later: bool = False  # whether a condition asks for the words ahead ("later=last|ago")
    # For each condition (must, then must_not): the suffixes and word classes among its words,
    # as _special_items finds them (worked out when the file is parsed, kept with the rules).
    special: tuple[_Special, ...] = ()

    # The conditions as _holds reads them, worked out the first time the rule is read (most
    # rules are never read in a process: their words do not occur), see _test.
    tests: tuple[tuple[_Test, ...], tuple[_Test, ...]] | None = field(
        default=None, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "parts", tuple(self.word.split()))
        conditions = self.must + self.must_not
        object.__setattr__(self, "names", any(NAME in words for _, words in conditions))
        object.__setattr__(self, "ends", any(where == "end" for where, _ in conditions))
        object.__setattr__(self, "later", any(where == "later" for where, _ in conditions))

    def applies(self, context: dict[str, str]) -> bool:
        tests = self.tests
        if tests is None:
            conditions = self.must + self.must_not
            special = self.special or tuple(_special_items(words) for _, words in conditions)
            compiled = [
                _test(*condition, *items)
                for condition, items in zip(conditions, special, strict=True)
            ]
            tests = (tuple(compiled[: len(self.must)]), tuple(compiled[len(self.must) :]))
            object.__setattr__(self, "tests", tests)
        must, must_not = tests
        for test in must:
            if not _holds(context, test):
                return False
        for test in must_not:  # noqa: SIM110 - a plain loop: no generator per call
            if _holds(context, test):
                return False
        return True


# A condition ready to read: its position, its words, the suffixes among them ("*ing" → "ing"),
# the word-class tests they name ("%noun"), and whether it asks for a name ("%name").
_Test = tuple[str, frozenset[str], tuple[str, ...], tuple[Callable[[str], bool], ...], bool]
_Special = tuple[tuple[str, ...], tuple[str, ...]]


def _test(
    where: str, words: frozenset[str], suffixes: tuple[str, ...], classes: tuple[str, ...]
) -> _Test:
    return (where, words, suffixes, tuple(_WORD_CLASSES[c] for c in classes), NAME in words)


def _holds(context: dict[str, str], test: _Test) -> bool:
    where, words, suffixes, classes, name = test
    if where in ("earlier", "later"):  # any of the words before (after), in the same clause
        return any(_among(word, words, suffixes, classes) for word in context[where].split())
    if name and where in context[NAME].split():
        return True
    return _among(context[where], words, suffixes, classes)


def _among(
    word: str,
    words: frozenset[str],
    suffixes: tuple[str, ...],
    classes: tuple[Callable[[str], bool], ...],
) -> bool:
    """`word` is one of `words`, or ends with one of their `suffixes` ("*ing", "*ment"…), or is
    of a word class they name as "%noun", "%plural", "%ingnoun", "%adj", "%past", "%adverb",
    "%verb", "%sform", "%count" or "%gradable" (wordclass.py: the dictionary's flags); "%name" (a
    capitalised word) is read in _holds."""
    if word in words:
        return True
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return True
    for is_of_class in classes:  # noqa: SIM110 - a plain loop: no generator per call
        if is_of_class(word):
            return True
    return False


_WORD_CLASSES: dict[str, Callable[[str], bool]] = {
    "%noun": is_noun,
    "%adj": is_adjective,
    "%gradable": is_gradable,
    "%ingnoun": is_ing_noun,
    "%plural": is_plural_noun,
    "%past": is_past_form,
    "%adverb": is_ly_adverb,
    "%verb": is_verb,
    "%sform": is_s_form,
    "%count": is_count_noun,
}
NAME = "%name"  # a capitalised word inside a clause ("and thank Rosa to"): read from the text


@cache
def _special_items(words: frozenset[str]) -> _Special:
    """The suffixes ("*ing" → "ing") and word classes ("%noun") among `words`."""
    suffixes = tuple(item[1:] for item in words if item.startswith("*"))
    classes = tuple(item for item in words if item in _WORD_CLASSES)
    return suffixes, classes


@cache
def rules() -> dict[str, tuple[Rule, ...]]:
    """The rules of data/confusables.txt, by the word they correct."""
    return {word: _rules_of(word) for word in _rule_fields()}


@cache
def _rule_fields() -> dict[str, list[_RuleFields]]:
    """The rules' fields by the word they correct. They are read once per machine (data.kept:
    the file is parsed again only when it changes)."""
    table: dict[str, list[_RuleFields]] = kept(
        "confusable-rules", (_FILE, _LOOKALIKES), _read_rules, "3"
    )
    return table


# The rules of each word met so far: a note holds a few dozen of the rules' words, so a process
# builds only their rules (_rules_of), not the hundreds of the whole file.
_BUILT: dict[str, tuple[Rule, ...]] = {}


def _rules_of(word: str) -> tuple[Rule, ...]:
    built = _BUILT.get(word)
    if built is None:
        group = _rule_fields().get(word, ())
        built = _BUILT[word] = tuple(Rule(*fields[:6], special=fields[6]) for fields in group)
    return built


# A rule as marshal keeps it: word, replacement, must, must_not, source, severity, and the
# special items of each condition (Rule.special); parts, names and ends are worked out again.
_Conditions = tuple[tuple[str, frozenset[str]], ...]
_RuleFields = tuple[str, str, _Conditions, _Conditions, str, str, tuple[_Special, ...]]
_FILE = "confusables.txt"
# Look-alike pairs by group ("adjective: confidant -> confident"): a rule of confusables.txt
# whose word is "~group" stands for the same rule on each pair of the group.
_LOOKALIKES = "lookalikes.txt"


def _lookalikes() -> dict[str, list[tuple[str, str]]]:
    groups: dict[str, list[tuple[str, str]]] = {}
    for entry in entries(_LOOKALIKES):
        group, _, pair = entry.partition(":")
        wrong, arrow, right = pair.partition("->")
        if not arrow or not wrong.strip() or not right.strip():
            raise ValueError(f"{_LOOKALIKES}: a line is `group: word -> replacement`: {entry!r}")
        groups.setdefault(group.strip(), []).append((wrong.strip().lower(), right.strip()))
    return groups


def _read_rules() -> dict[str, list[_RuleFields]]:
    classes: dict[str, frozenset[str]] = {}
    found: dict[str, list[_RuleFields]] = {}
    groups = _lookalikes()
    for line in entries(_FILE):
        if line.startswith("@"):
            name, _, words = line.partition("=")
            classes[name.strip()] = _expand(words.split(), classes)
            continue
        if line.startswith("~"):  # a rule for each look-alike pair of a group
            head, _, conditions = line.partition(":")
            group = head.partition("->")[0].strip()[1:]
            if group not in groups:
                raise ValueError(f"confusables.txt: unknown look-alike group ~{group}")
            pairs = groups[group]
            lines = [f"{wrong} -> {right} :{conditions}" for wrong, right in pairs]
        else:
            lines = [line]
        for entry in lines:
            _add_rule(entry, classes, found)
    return found


def _add_rule(
    entry: str, classes: dict[str, frozenset[str]], found: dict[str, list[_RuleFields]]
) -> None:
    rule = _parse_rule(entry, classes)
    special = tuple(_special_items(words) for _, words in rule.must + rule.must_not)
    fields: _RuleFields = (
        *(rule.word, rule.replacement, rule.must, rule.must_not, rule.source, rule.severity),
        special,
    )
    found.setdefault(rule.parts[0], []).append(fields)


def _expand(items: Sequence[str], classes: dict[str, frozenset[str]]) -> frozenset[str]:
    words: set[str] = set()
    for item in items:
        if item.startswith("@"):
            if item not in classes:
                raise ValueError(f"confusables.txt: unknown word class {item}")
            words.update(classes[item])
        else:
            words.add(item.lower().replace("’", "'"))
    return frozenset(words)


def _parse_rule(entry: str, classes: dict[str, frozenset[str]]) -> Rule:
    head, _, conditions = entry.partition(":")
    word, arrow, replacement = head.partition("->")
    if not arrow or not replacement.strip():
        raise ValueError(f"confusables.txt: a rule is `word -> replacement : …`: {entry!r}")
    must: list[tuple[str, frozenset[str]]] = []
    must_not: list[tuple[str, frozenset[str]]] = []
    severity = ERROR
    for condition in conditions.split(";"):
        if not condition.strip():
            continue
        if condition.strip() == "warn":
            severity = WARNING
            continue
        name, _, values = condition.partition("=")
        name = name.strip()
        negated = name.startswith("not_")
        where = name.removeprefix("not_")
        if where not in _POSITIONS:
            raise ValueError(f"confusables.txt: unknown condition {name!r} in {entry!r}")
        values = values.strip()
        words = classes.get(values) if values.startswith("@") else None
        if words is None:  # a class alone is used as it is; anything else is built
            words = _expand(values.split("|"), classes)
        (must_not if negated else must).append((where, words))
    word = " ".join(word.lower().split())
    return Rule(word, replacement.strip(), tuple(must), tuple(must_not), entry, severity)


def confusable_findings(note: Note, skip: list[tuple[int, int]]) -> list[Finding]:
    """A finding for each word that its neighbours show to be the wrong one."""
    table = _rule_fields()
    built = _BUILT
    skipped = SpanSet(skip)
    tokens = note.words()
    words = [token.lower() for _, _, token in tokens]
    findings: list[Finding] = []
    breaks: list[bool] = []
    for index, word in enumerate(words):
        if word in ("a", "an"):
            findings += _article_finding(note, tokens, index, skipped)
        elif word.endswith(("'s", "’s")) and index:
            if not breaks:
                breaks = _clause_breaks(note.plain, tokens)
            findings += _apostrophe_plural_finding(note, tokens, words, breaks, index, skipped)
        elif word in _COUNTING_WORDS:
            if not breaks:
                breaks = _clause_breaks(note.plain, tokens)
            findings += _counted_singular_finding(note, tokens, words, breaks, index, skipped)
        elif word in _MODALS or (word == "to" and index and words[index - 1] in _BEFORE_BARE_TO):
            if not breaks:
                breaks = _clause_breaks(note.plain, tokens)
            findings += _modal_past_finding(note, tokens, words, breaks, index, skipped)
        candidates = built.get(word)
        if candidates is None:
            if word not in table:
                continue
            candidates = _rules_of(word)
        if not candidates or (
            # Only runs of words start here ("in to", "every day"): most often not met at all.
            all(len(rule.parts) > 1 for rule in candidates)
            and not any(
                tuple(words[index : index + len(rule.parts)]) == rule.parts for rule in candidates
            )
        ):
            continue
        if not breaks:
            breaks = _clause_breaks(note.plain, tokens)
        names = any(rule.names for rule in candidates)
        context = _context(breaks, words, index, tokens if names else None)
        if any(rule.ends for rule in candidates):
            context["end"] = _clause_end(note.plain, tokens, breaks, index)
        if any(rule.later for rule in candidates):
            context["later"] = _words_ahead(breaks, words, index)
        for rule in candidates:
            last = index if len(rule.parts) == 1 else _run_end(rule, words, breaks, index)
            if last is None:
                continue
            here = context if last == index else _run_context(context, breaks, words, last, tokens)
            if rule.applies(here):
                finding = _finding(note, tokens, words, index, rule, last)
                if finding is not None and not skipped.overlaps(finding.start, finding.end):
                    findings.append(finding)
                break
    return _once_each(findings)


def _once_each(findings: list[Finding]) -> list[Finding]:
    """The findings, a word two checks find ("can chose": after a modal, and by its own rule)
    said once, by the first."""
    seen: set[tuple[int, int]] = set()
    unique: list[Finding] = []
    for finding in findings:
        if (finding.start, finding.end) not in seen:
            seen.add((finding.start, finding.end))
            unique.append(finding)
    return unique


def wrong_word(
    original: str, start: int, end: int, replacement: str, severity: str = ERROR
) -> Finding:
    """The finding for a real-word error: `original` (the text at start:end) where
    `replacement`, written in the original's case, is meant."""
    replacement = in_case_of(original, replacement)
    message = f"“{original}” looks like the wrong word here: did you mean “{replacement}”?"
    params = (("word", original), ("replacement", replacement))
    return Finding(CODE, severity, message, start, end, original, (replacement,), params)


# Spellings whose first sound is not what their first letter says: a vowel letter read as a
# consonant ("a university", "a one-day course") or a silent h ("an hour").
_VOWEL_LETTER_CONSONANT_SOUND = (
    "one",
    "once",
    "uni",
    "use",
    "usu",
    "uti",
    "ura",
    "ure",
    "uro",
    "ubiq",
    "ukr",
    "eu",
    "ewe",
    "ufo",
    "usa",
)
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")


def _article_finding(
    note: Note, tokens: list[tuple[int, int, str]], index: int, skipped: SpanSet
) -> list[Finding]:
    """ "a" before a vowel sound or "an" before a consonant sound ("a interview", "an great")."""
    if index + 1 >= len(tokens) or _break_before(note.plain, tokens, index + 1):
        return []
    following = tokens[index + 1][2]
    if following.isalpha() and following.isupper() and 2 <= len(following) <= 3:
        return _initialism_article(note, tokens, index, following, skipped)
    if not following.isalpha() or len(following) < 2 or following.isupper():
        return []
    lower = following.lower()
    if lower in folded_set("function_words.txt"):  # "an your" is a slip for "and your"
        return []
    vowel = lower[0] in "aeiou"
    if lower.startswith(_VOWEL_LETTER_CONSONANT_SOUND):
        vowel = False
    elif lower.startswith(_SILENT_H):
        vowel = True
    article = tokens[index][2].lower()
    right = "an" if vowel else "a"
    start, end, _ = tokens[index]
    if article == right or skipped.overlaps(start, end):
        return []
    original = note.text[start:end]
    replacement = in_case_of(original, right)
    message = f"“{original} {following}”: write “{replacement} {following}”."
    params = (("word", original), ("replacement", replacement))
    return [Finding(CODE, ERROR, message, start, end, original, (replacement,), params)]


# Words that count things: the noun after them is a plural ("any questions", "two shifts").
_COUNTING = frozenset(
    [
        "any",
        "many",
        "few",
        "several",
        "some",
        "more",
        "all",
        "both",
        "these",
        "those",
        "various",
        "numerous",
        "multiple",
        "other",
        "fewer",
        "most",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
    ]
)
# What may follow a plural that ends its phrase: a preposition, a conjunction, a subject.
_AFTER_PLURAL = frozenset(
    [
        "and",
        "or",
        "but",
        "to",
        "for",
        "with",
        "in",
        "on",
        "at",
        "about",
        "from",
        "of",
        "that",
        "which",
        "who",
        "you",
        "i",
        "we",
        "they",
        "so",
        "if",
        "when",
        "as",
        "during",
        "since",
        "before",
        "after",
        "like",
        "than",
        "here",
        "there",
        "now",
        "today",
        "too",
        "as",
        "well",
        "yet",
        "again",
        "soon",
        "already",
        "also",
        "are",
        "were",
        "have",
        "had",
        "do",
        "did",
        "seem",
        "seemed",
        "look",
        "looked",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
    ]
)


def _apostrophe_plural_finding(
    note: Note,
    tokens: list[tuple[int, int, str]],
    words: list[str],
    breaks: list[bool],
    index: int,
    skipped: SpanSet,
) -> list[Finding]:
    """A plural written with an apostrophe after a word that counts ("any question's", "a few
    skill's"): the possessive goes on to what is owned ("any client's needs"), so this one ends
    its phrase."""
    word = words[index]
    stem = word[:-2]
    if breaks[index] or words[index - 1] not in _COUNTING or not stem.isalpha():
        return []
    after = index + 1
    if after < len(words) and not breaks[after] and words[after] not in _AFTER_PLURAL:
        return []
    if stem.endswith("y") and stem[-2:-1] not in ("a", "e", "o", "u"):
        forms = [stem[:-1] + "ies"]  # "company's" → "companies"
    else:
        forms = [stem + "es", stem + "s"] if stem.endswith(("s", "x", "ch", "sh")) else [stem + "s"]
    plural = next((form for form in forms if is_s_form(form)), None)
    start, end, _ = tokens[index]
    if plural is None or skipped.overlaps(start, end):
        return []
    original = note.text[start:end]
    return [wrong_word(original, start, end, plural)]


# Modals, and "do" as a helper in the negative, which take a verb's bare form ("would love",
# "didn't know"; "what I did mattered" is "do" as a verb). "I'd" is left out ("I'd learned" is
# "I had learned"), and "may" (a month's name) too.
_MODALS = frozenset(
    [
        "would",
        "could",
        "should",
        "will",
        "can",
        "must",
        "might",
        "cannot",
        "couldn't",
        "wouldn't",
        "shouldn't",
        "won't",
        "can't",
        "didn't",
        "doesn't",
        "don't",
    ]
)
# Words that count more than one, after which a noun that counts is plural ("many questions").
_COUNTING_WORDS = frozenset(
    ["many", "several", "numerous", "various", "multiple", "few", "two", "three", "four", "five"]
    + ["six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty"]
)
# Nouns already plural, or the same in both numbers ("many people", "several staff").
_PLURAL_ALREADY = frozenset(
    ["people", "staff", "children", "men", "women", "police", "data", "media", "criteria"]
    + ["personnel", "feedback", "series", "species", "fish", "sheep", "deer", "aircraft", "folks"]
    + ["hundred", "thousand", "million", "dozen", "percent", "per", "cent", "more", "other"]
    + ["will", "can", "may", "must", "might", "shall", "need", "do", "does", "did", "would"]
)


def _counted_singular_finding(
    note: Note,
    tokens: list[tuple[int, int, str]],
    words: list[str],
    breaks: list[bool],
    index: int,
    skipped: SpanSet,
) -> list[Finding]:
    """ "my many question", "several year of experience", "many kind word": after a word that
    counts more than one (and an adjective), a noun that counts is plural when the phrase ends
    there (the clause ends, or a preposition, a conjunction, a pronoun follows). Left alone
    when the phrase goes on ("two year-end reports", "many team members", "five star
    reviews")."""
    at = index + 1
    if at >= len(words) or breaks[at] or index == 0 or breaks[index]:
        return []  # opening a clause, "Many hope to…" has a verb after it
    if words[index - 1] in _CLAUSE_OPENERS:
        return []  # "if several match": the counting word is the subject
    if is_adjective(words[at]) or is_gradable(words[at]):  # "many kind word"
        at += 1
        if at >= len(words) or breaks[at]:
            return []
    noun = words[at]
    if noun in _PLURAL_ALREADY or not noun.isalpha():
        return []
    if is_adjective(noun) or not (
        noun in _TIME_UNITS or is_count_noun(noun) or _in_noun_phrase(words, breaks, index)
    ):
        return []
    after = at + 1
    if after < len(words) and not breaks[after] and words[after] not in _AFTER_COUNTED_NOUN:
        return []  # "many team members", "two will actually": the phrase goes on
    plural = _plural_of(noun)
    start, end, original = tokens[at]
    if plural is None or skipped.overlaps(start, end):
        return []
    return [wrong_word(original, start, end, plural)]


def _in_noun_phrase(words: list[str], breaks: list[bool], index: int) -> bool:
    """Whether the counting word `index` follows a possessive or "the" ("my many", "the
    several"): what comes next is then a noun, not a verb ("many work in retail")."""
    return index > 0 and not breaks[index] and words[index - 1] in _OWNERS


_OWNERS = frozenset(["my", "your", "our", "their", "his", "her", "its", "the", "these", "those"])
_CLAUSE_OPENERS = frozenset(
    ["if", "when", "while", "because", "and", "but", "that", "as", "since", "where", "so", "or"]
)
# Units of time, which the dictionary's flags do not mark as nouns that count.
_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second", "decade"])
# Words that can follow a plural noun and start something else ("many questions about").
_AFTER_COUNTED_NOUN = frozenset(
    ["of", "in", "on", "at", "for", "with", "about", "ago", "and", "or", "that", "which", "who"]
    + ["to", "from", "before", "after", "later", "earlier", "i", "we", "you", "they", "is", "are"]
    + ["was", "were", "have", "had", "has", "since", "so", "but", "as", "by", "into", "over"]
    + ["during", "across", "throughout", "until", "through", "under", "between", "without"]
    + ["within", "here", "there", "now", "then", "back", "working", "studying", "living"]
    + ["running", "doing", "managing", "leading", "helping", "learning", "waiting", "ahead"]
)


def _plural_of(noun: str) -> str | None:
    """The plural of a noun the dictionary knows ("question" → "questions", "city" →
    "cities", "box" → "boxes"), None if no form is a plural it knows."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        forms = [noun[:-1] + "ies"]
    elif noun.endswith(("s", "x", "ch", "sh", "z")):
        forms = [noun + "es"]
    else:
        forms = [noun + "s"]
    if noun in _TIME_UNITS:
        return forms[0]
    return next((form for form in forms if is_plural_noun(form) or is_s_form(form)), None)


# Words after which "to" takes a verb's bare form, and an object after it shows the verb is one
# ("happy to provided it" → "provide"; "to continued success" has no object: left alone).
_BEFORE_BARE_TO = frozenset(
    ["happy", "glad", "able", "unable", "like", "love", "want", "wanted", "need", "needed"]
    + ["going", "hope", "hoping", "plan", "planning", "pleased", "ready", "eager", "try"]
    + ["trying", "decided", "forget", "remember", "delighted", "keen", "willing", "wish"]
)
_OBJECTS = frozenset(
    ["it", "them", "me", "us", "you", "him", "her", "this", "that", "these", "those", "the", "a"]
    + ["an", "my", "your", "our", "their", "his", "its", "any", "some", "more", "everyone"]
)
# Irregular past forms that are no other word a modal can stand before ("will sent" → "send";
# "found", "left", "read" are left out: "could found a company", "can read").
_IRREGULAR_PAST = {
    "sent": "send",
    "made": "make",
    "took": "take",
    "gave": "give",
    "went": "go",
    "came": "come",
    "saw": "see",
    "wrote": "write",
    "spoke": "speak",
    "brought": "bring",
    "thought": "think",
    "told": "tell",
    "knew": "know",
    "chose": "choose",
    "began": "begin",
    "did": "do",
    "taught": "teach",
    "bought": "buy",
    "spent": "spend",
}
# Words before which a modal is a noun ("the will signed", "a can labelled").
_NOUN_MAKERS = frozenset(
    ["a", "an", "the", "this", "that", "my", "your", "our", "their", "his", "her", "its"]
)


def _modal_past_finding(
    note: Note,
    tokens: list[tuple[int, int, str]],
    words: list[str],
    breaks: list[bool],
    index: int,
    skipped: SpanSet,
) -> list[Finding]:
    """ "would loved", "could learned": right after a modal, a verb's -ed form is its bare form
    ("would have loved" keeps it: "have" stands between)."""
    after = index + 1
    if after >= len(words) or breaks[after]:
        return []
    bare = _IRREGULAR_PAST.get(words[after])
    if bare is None and not is_past_form(words[after]):
        return []
    if words[index] == "to":  # "happy to provided it": an object must follow
        following = after + 1
        if following >= len(words) or breaks[following] or words[following] not in _OBJECTS:
            return []
    if index and not breaks[index] and words[index - 1] in _NOUN_MAKERS:
        return []
    if tokens[index][2][:1].isupper() and words[index] in ("will", "can"):
        return []  # "Will joined the call": a name
    bare = bare or _bare_form(words[after])
    start, end, original = tokens[after]
    if bare is None or skipped.overlaps(start, end):
        return []
    return [wrong_word(original, start, end, bare)]


def _bare_form(past: str) -> str | None:
    """The verb an -ed form is made from ("loved" → "love", "tried" → "try", "stopped" →
    "stop"), the commonest if several are verbs; None if none is."""
    stems = [past[:-2], past[:-1]]
    if past.endswith("ied"):
        stems.append(past[:-3] + "y")
    if len(past) > 4 and past[-3] == past[-4]:
        stems.append(past[:-3])
    verbs = [stem for stem in stems if len(stem) > 1 and is_verb(stem)]
    return max(verbs, key=zipf) if verbs else None


# Letters whose names start with a vowel sound ("an HR manager", "an MBA", "an RN"), and short
# capitals said as a word rather than letter by letter ("a FAQ" or "an FAQ": left alone).
_VOWEL_NAMED_LETTERS = frozenset("AEFHILMNORSX")
_COMMON_WORD = 5.0  # Zipf frequency above which capitals are a shouted word ("IT", "US", "NEW")
_SAID_AS_WORDS = frozenset(
    ["FAQ", "SQL", "PIN", "SIM", "GIF", "POS", "SAT", "ACT", "MAP", "NIC", "OK", "AM", "PM", "IS"]
)


def _initialism_article(
    note: Note, tokens: list[tuple[int, int, str]], index: int, letters: str, skipped: SpanSet
) -> list[Finding]:
    """ "a" or "an" before letters said one by one ("a HR manager", "an UX role"): the article
    goes by the first letter's name. A warning: some are said as words."""
    shouted = tokens[index][2] == "AN" or (
        index + 2 < len(tokens) and len(tokens[index + 2][2]) > 1 and tokens[index + 2][2].isupper()
    )
    if letters in _SAID_AS_WORDS or shouted or zipf(letters.lower()) >= _COMMON_WORD:
        return []  # "A NEW ROLE", "an IT job": capitals that are words are read as words
    article = tokens[index][2].lower()
    right = "an" if letters[0] in _VOWEL_NAMED_LETTERS else "a"
    start, end, _ = tokens[index]
    if article == right or skipped.overlaps(start, end):
        return []
    original = note.text[start:end]
    replacement = in_case_of(original, right)
    message = f"“{original} {letters}”: write “{replacement} {letters}”."
    params = (("word", original), ("replacement", replacement))
    return [Finding(CODE, WARNING, message, start, end, original, (replacement,), params)]


def _break_before(plain: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
    """True if a clause ends between token `index - 1` and token `index`."""
    if index == 0 or index == len(tokens):
        return True
    between = plain[tokens[index - 1][1] : tokens[index][0]]
    return any(ch in _CLAUSE_BREAKS for ch in between)


# Abbreviated titles: their period ends no clause ("thank Mr. Okafor too").
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof"})


def _clause_breaks(plain: str, tokens: list[tuple[int, int, str]]) -> list[bool]:
    """For each token index (and one past the last), whether a clause ends just before it."""
    breaks = [True]
    for (_, end, word), (start, _, _) in zip(tokens, tokens[1:], strict=False):
        if start == end + 1 and plain[end] == " ":  # the usual gap: one space
            breaks.append(False)
            continue
        between = plain[end:start]
        if between.strip() == "." and word.lower() in _TITLES:
            breaks.append(False)
            continue
        breaks.append(not _CLAUSE_BREAKS.isdisjoint(between))
    breaks.append(True)
    return breaks


def _context(
    breaks: list[bool],
    words: list[str],
    index: int,
    tokens: list[tuple[int, int, str]] | None,
) -> dict[str, str]:
    """The words around word `index`: `breaks[i]` is True when a clause ends before word i.
    context[NAME] names the positions that hold a capitalised word inside the clause (read
    from `tokens`; none without them)."""
    last = len(words)

    def cut(at: int) -> bool:
        return at <= 0 or at >= last or breaks[at]

    before = START if cut(index) else words[index - 1]
    before2 = START if before == START or cut(index - 1) else words[index - 2]
    after = END if cut(index + 1) else words[index + 1]
    after2 = END if after == END or cut(index + 2) else words[index + 2]
    after3 = END if after2 == END or cut(index + 3) else words[index + 3]
    earlier: list[str] = []
    at = index
    while at > 0 and len(earlier) < _EARLIER and not breaks[at]:
        at -= 1
        earlier.append(words[at])
    names = (
        []
        if tokens is None
        else [
            where
            for where, at, word in (
                ("before", index - 1, before),
                ("before2", index - 2, before2),
                ("after", index + 1, after),
                ("after2", index + 2, after2),
                ("after3", index + 3, after3),
            )
            if word not in (START, END) and not breaks[at] and _is_name(tokens[at][2])
        ]
    )
    return {
        "earlier": " ".join(earlier),
        "before2": before2,
        "before": before,
        "after": after,
        "after2": after2,
        "after3": after3,
        NAME: " ".join(names),
    }


def _words_ahead(breaks: list[bool], words: list[str], index: int) -> str:
    """The words after word `index` in its clause, up to _LATER of them ("later")."""
    ahead: list[str] = []
    at = index + 1
    while at < len(words) and len(ahead) < _LATER and not breaks[at]:
        ahead.append(words[at])
        at += 1
    return " ".join(ahead)


def _clause_end(
    plain: str, tokens: list[tuple[int, int, str]], breaks: list[bool], index: int
) -> str:
    """The mark that ends the clause of word `index` ("." "?" "," …), "$" for none."""
    at = index + 1
    while at < len(tokens) and not breaks[at]:
        at += 1
    after = plain[tokens[at - 1][1] : tokens[at][0] if at < len(tokens) else len(plain)]
    marks = after.strip()
    return marks[0] if marks else END


def _is_name(token: str) -> bool:
    """A capitalised word (not "I", "I'm"…): read where no clause starts, it is a name."""
    return token[:1].isupper() and token != "I" and not token.startswith(("I'", "I’"))


def _run_end(rule: Rule, words: list[str], breaks: list[bool], index: int) -> int | None:
    """The index of the last word of the rule's run of words starting at `index` ("all ready"),
    None if the words there are not that run within one clause."""
    parts = rule.parts
    last = index + len(parts) - 1
    if last >= len(words) or tuple(words[index : last + 1]) != parts:
        return None
    if any(breaks[at] for at in range(index + 1, last + 1)):
        return None
    return last


def _run_context(
    first: dict[str, str],
    breaks: list[bool],
    words: list[str],
    last: int,
    tokens: list[tuple[int, int, str]] | None,
) -> dict[str, str]:
    """The words before a run of words (from its first word's context) and after it (from its
    last word's)."""
    after = _context(breaks, words, last, tokens)
    names = [where for where in first[NAME].split() if where.startswith("before")]
    names += [where for where in after[NAME].split() if where.startswith("after")]
    return {
        **first,
        "after": after["after"],
        "after2": after["after2"],
        "after3": after["after3"],
        NAME: " ".join(names),
    }


def _finding(
    note: Note,
    tokens: list[tuple[int, int, str]],
    words: list[str],
    index: int,
    rule: Rule,
    last: int | None = None,
) -> Finding | None:
    start, end, _ = tokens[index]
    replacement: str | None = rule.replacement
    if last is not None and last != index:  # a run of words ("all ready" → "already")
        end = tokens[last][1]
    elif rule.replacement in (ING, ING2):
        index += 1 if rule.replacement == ING else 2
        start, end, _ = tokens[index]
        replacement = ing_form(words[index])
    if replacement is None:
        return None
    original = note.text[start:end]
    return wrong_word(original, start, end, replacement, rule.severity)


def ing_form(verb: str) -> str | None:
    """The -ing form of a verb the dictionary knows ("hear" → "hearing", "make" → "making",
    "chat" → "chatting"), the commonest spelling if several are words."""
    forms = [verb + "ing"]
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        forms.append(verb[:-1] + "ing")
    if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou":
        forms.append(verb + verb[-1] + "ing")
    known = [form for form in forms if is_word(form)]
    return max(known, key=zipf) if known else None
