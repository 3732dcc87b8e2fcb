"""What text a rule needs before it can match: the words its regular expression cannot match
without ("next" and "week" for "next week", one of the weekdays for "by Friday"), worked out
from the expression itself. A phrase that lacks them is not scanned with the rule at all, which
changes no reading: a rule skipped this way would have found nothing."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

try:  # The expression's parse tree: Python's own parser (re._parser since 3.11).
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover: older or other Pythons, read every rule
    parser = None

# A need: the text holds at least one of these strings. A rule's needs must all be met.
Need = frozenset[str]

_MAX_NEEDS = 3  # the most telling ones are enough; each costs a few substring tests


def needs(
    pattern: re.Pattern[str], words: dict[str, frozenset[str]] | None = None
) -> tuple[Need, ...]:
    """Sets of strings such that every match of `pattern` contains one string of each set (the
    matched text itself, not what is only looked at around it). Empty when nothing is known, as
    for an expression this cannot take apart: the rule is then always tried. `words` gives the
    words of alternations in the expression ("(?:monday|tuesday|...)"): each is then taken as
    one of its words rather than taken apart, which is much quicker for long lists."""
    if parser is None or pattern.flags & re.IGNORECASE:
        return ()
    source, marks = _marked(pattern.pattern, words or {})
    try:
        tree = parser.parse(source, pattern.flags)
        found = _sequence(list(tree), marks)
    except Exception:  # noqa: BLE001 (any surprise in the parse tree: read every rule)
        return ()
    useful = {_shortest(need) for need in found if need and all(need)}
    return tuple(sorted(useful, key=_weakness)[:_MAX_NEEDS])


_MARKS = 0xE000  # private use characters: never in an expression
_LONG = 40  # shorter alternations are quick to take apart as they are


def _marked(source: str, words: dict[str, frozenset[str]]) -> tuple[str, dict[str, Need]]:
    """The expression with each long alternation it holds replaced by one mark character, and
    what each mark needs: one word of the alternation, each word by its most telling piece
    (a vocabulary word's spaces, hyphens, apostrophes and dots vary as typed: see
    `words.word_pattern`)."""
    marks: dict[str, Need] = {}
    for text in sorted((text for text in words if len(text) >= _LONG), key=len, reverse=True):
        if text not in source:
            continue
        mark = chr(_MARKS + len(marks))
        marks[mark] = _one_of(words[text])
        source = source.replace(text, mark)
    return source, marks


@cache
def _one_of(words: frozenset[str]) -> Need:
    """What an alternation of vocabulary words needs: empty when a word needs nothing."""
    need: set[str] = set()
    for word in words:
        pieces = [piece for piece in re.split(r"[ \-'.]", word) if piece]
        if not pieces:
            return frozenset()
        best: Need = min((frozenset({piece}) for piece in pieces), key=_weakness)
        need |= best
    return frozenset(need)


def _shortest(need: Need) -> Need:
    # A word that holds another of the set is found with it: "friday" holds "fri".
    return frozenset(word for word in need if not any(o != word and o in word for o in need))


# A need as checked: one string looked for as it is, several with one scan of the text.
Check = str | re.Pattern[str]


def checks(rule_needs: tuple[Need, ...]) -> tuple[Check, ...]:
    """The needs as quick checks for `met`, single strings first (the quickest)."""
    return tuple(
        next(iter(need))
        if len(need) == 1
        else re.compile("|".join(re.escape(word) for word in sorted(need, key=len)))
        for need in sorted(rule_needs, key=len)
    )


def met(rule_checks: tuple[Check, ...], text: str) -> bool:
    """Whether the text holds what a rule needs (always, when it needs nothing known)."""
    for check in rule_checks:
        if isinstance(check, str):
            if check not in text:
                return False
        elif check.search(text) is None:
            return False
    return True


def _weakness(need: Need) -> tuple[int, int, tuple[str, ...]]:
    # Long strings are rarely there by chance; few of them are quick to look for.
    return (-min(min(len(word) for word in need), 4), len(need), tuple(sorted(need)))


def _sequence(items: list[tuple[Any, Any]], marks: dict[str, Need]) -> list[Need]:
    """The needs of items matched one after the other: every item's, and runs of letters."""
    found: list[Need] = []
    run: list[str] = []
    for op, value in items:
        if op is parser.LITERAL and chr(value) not in marks:
            run.append(chr(value))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is parser.LITERAL:
            found.append(marks[chr(value)])  # an alternation: empty when a word needs nothing
        else:
            found.extend(_item(op, value, marks))
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _item(op: Any, value: Any, marks: dict[str, Need]) -> list[Need]:
    if op is parser.SUBPATTERN:
        _group, add_flags, _del_flags, body = value
        return [] if add_flags & re.IGNORECASE else _sequence(list(body), marks)
    if op is parser.ATOMIC_GROUP:
        return _sequence(list(value), marks)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
        low, _high, body = value
        return _sequence(list(body), marks) if low >= 1 else []
    if op is parser.BRANCH:
        # One of the alternatives matches: one need each, and the text needs one of them.
        words: set[str] = set()
        for alternative in value[1]:
            found = [need for need in _sequence(list(alternative), marks) if need]
            if not found:
                return []
            best: Need = min(found, key=_weakness)
            words |= best
        return [frozenset(words)]
    if op is parser.IN and all(kind is parser.LITERAL for kind, _ in value):
        if any(chr(char) in marks for _, char in value):
            return []  # a mark in a class of characters: cannot be (marks replace groups)
        return [frozenset(chr(char) for _, char in value)]
    return []  # a look around, a boundary, a class of characters, a back reference: no need
