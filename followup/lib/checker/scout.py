"""Finding a regex's matches fast: a "scout" regex points out the places where a match can start,
and the regex is tried at those places only.

Python's regex engine tries a pattern at every place of a text unless the pattern starts with
plain letters, which it can jump between; a tone pattern starting with an optional word or a
group of alternatives ("(?:please )?(?:reply|respond)…") costs a tenth of a millisecond a note
that way. Its scout is the alternation of the ways a match can begin ("please\\s+", "reply",
"respond"…), read from the parsed pattern: plain letters first, so the engine jumps between
the places where they are, and a superset of the places where the pattern can match, so that
trying the pattern there finds exactly the matches `finditer` finds (same order, same spans).
A pattern whose matches can begin with any character, or be empty, gets no scout and is
searched as usual."""

from __future__ import annotations

import re
import re._constants as _constants
import re._parser as _parser
from collections.abc import Callable, Iterator
from typing import Any

_Node = tuple[Any, Any]
# What a node stands for, when it stands for other nodes (a word group written as one
# placeholder while a tone line is read): those nodes, else None.
Expand = Callable[[_Node], "list[_Node] | None"]
# One way a match can begin: pieces of regex source (a letter, "\\s+", "[^.]"…) and whether
# the beginning stops there (nothing after it is known).
_Start = tuple[tuple[str, ...], bool]

_MAX_PIECES = 6  # a scout reads no further than this into a match
_MAX_STARTS = 200  # nor keeps more ways to begin than this
_MAX_CLASS_LETTERS = 8  # "[sz]" is read as "s" or "z"; a longer set as one piece
_MAX_MISSES = 64  # places a scout may point out in vain in one text before it is left out


def scout_for(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex matching at every place where `regex` can match (and few others), starting
    with plain letters; None when there is none worth using."""
    if regex.flags & ~re.UNICODE:
        return None
    try:
        parsed = _parser.parse(regex.pattern)
    except re.error:
        return None
    if parsed.state.flags & ~re.UNICODE:
        return None
    source = scout_source(list(parsed))
    return None if source is None else re.compile(source)


def scout_source(sequence: list[_Node], expand: Expand | None = None) -> str | None:
    """The source of the scout of a parsed regex (None when there is none worth using);
    `expand` gives what a placeholder node stands for."""
    walker = _Walker(expand or _no_expand)
    if walker.min_width(sequence) == 0:
        return None
    starts = walker.walk(sequence, {((), False)})
    if not starts or any(not pieces or not _is_letter(pieces[0]) for pieces, _ in starts):
        return None
    return _tree_source([pieces for pieces, _ in starts])


def may_match(sequence: list[_Node], chars: str, expand: Expand | None = None) -> bool:
    """False when no match of a parsed regex can hold any of `chars` (what lookarounds look
    at is not part of a match); True when it can or it is not known."""
    return _Walker(expand or _no_expand).may_match(sequence, frozenset(chars))


def stays_in_stretch(sequence: list[_Node], stops: str, expand: Expand | None = None) -> bool:
    """True when the matches of a parsed regex in a stretch of text between two of `stops`
    (or an end of the text) are those it finds in the stretch alone: neither a match nor what a
    lookaround looks at can hold one of `stops`, and it has no anchor but \\b and \\B (which
    see a stop and an end of the text alike). Its matches in a stretch then depend on the
    stretch's text only."""
    walker = _Walker(expand or _no_expand)
    chars = frozenset(stops)
    return not walker.may_match(sequence, chars) and walker.local(sequence, chars, False)


def _no_expand(node: _Node) -> list[_Node] | None:
    return None


def _tree_source(starts: list[tuple[str, ...]]) -> str:
    """The ways to begin as a tree of alternatives sharing their first pieces: the engine
    follows one path of it at a place, not every way in turn. A way that is the beginning of
    another makes that one needless."""
    tree: dict[str, Any] = {}
    for pieces in sorted(starts, key=len):
        node = tree
        for piece in pieces:
            if "" in node:
                break  # a shorter way already covers this one
            node = node.setdefault(piece, {})
        else:
            node.clear()
            node[""] = {}
    return _branch_source(tree)


def _branch_source(node: dict[str, Any]) -> str:
    branches = [piece + _branch_source(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def finditer(
    regex: re.Pattern[str],
    scout: re.Pattern[str] | None,
    text: str,
    stretches: list[tuple[int, int]] | None = None,
) -> Iterator[re.Match[str]]:
    """The matches of `regex` in `text`, as `regex.finditer(text)` gives them, trying `regex`
    only where `scout` (from `scout_for`) matches; only in `stretches` ((start, end) in order,
    apart), when every match of `regex` lies in one of them.

    The scout is looked for up to a stretch's end only: its match at a place is the beginning
    of the regex's match there, so it ends in the stretch too; the regex is tried on the whole
    text, so what it looks at around a match is the same."""
    if scout is None:
        yield from regex.finditer(text)
        return
    search = scout.search
    match = regex.match
    at = 0
    misses = 0
    for start, end in stretches if stretches is not None else ((0, len(text)),):
        at = max(at, start)
        while True:
            found = search(text, at, end)
            if found is None:
                break
            start = found.start()
            matched = match(text, start)
            if matched is None:
                misses += 1
                if misses > _MAX_MISSES:
                    # A text where the scout points out place after place in vain (no note
                    # is like that): the engine searches the rest on its own. No match
                    # starts before `start + 1` that was not found already.
                    yield from regex.finditer(text, start + 1)
                    return
                at = start + 1
                continue
            yield matched
            at = matched.end()  # never empty: patterns that can match empty get no scout


def first(
    regex: re.Pattern[str], scout: re.Pattern[str] | None, text: str, at: int = 0
) -> re.Match[str] | None:
    """The first match of `regex` in `text` from `at`, as `finditer` would give it (without
    a generator: the tone model asks this of a hundred patterns a note)."""
    if scout is None:
        return regex.search(text, at)
    search = scout.search
    match = regex.match
    for _ in range(_MAX_MISSES + 1):
        found = search(text, at)
        if found is None:
            return None
        start = found.start()
        matched = match(text, start)
        if matched is not None:
            return matched
        at = start + 1
    return regex.search(text, at)  # as `finditer` does after too many places in vain


def matches(
    regex: re.Pattern[str],
    scout: re.Pattern[str] | None,
    text: str,
    stretches: list[tuple[int, int]] | None = None,
    word_start: str = "",
) -> list[re.Match[str]]:
    """`list(finditer(regex, scout, text, stretches))` without the matches just after a word
    character or one of `word_start` (when it is not empty), as data.Pattern.finditer gives
    them: written as one loop, since the tone rules ask this of dozens of patterns a note."""
    if scout is None:
        found = list(regex.finditer(text))
    else:
        found = []
        search = scout.search
        match = regex.match
        at = 0
        misses = 0
        for start, end in stretches if stretches is not None else ((0, len(text)),):
            if at < start:
                at = start
            while True:
                place = search(text, at, end)
                if place is None:
                    break
                begin = place.start()
                matched = match(text, begin)
                if matched is None:
                    misses += 1
                    if misses > _MAX_MISSES:
                        found.extend(regex.finditer(text, begin + 1))  # as `finditer` does
                        return _word_starts(found, text, word_start)
                    at = begin + 1
                    continue
                found.append(matched)
                at = matched.end()
    return _word_starts(found, text, word_start)


def _word_starts(found: list[re.Match[str]], text: str, word_start: str) -> list[re.Match[str]]:
    if not word_start or not found:
        return found
    kept = []
    for matched in found:
        start = matched.start()
        if start:
            before = text[start - 1]
            if before.isalnum() or before == "_" or before in word_start:
                continue
        kept.append(matched)
    return kept


def first_word(
    regex: re.Pattern[str], scout: re.Pattern[str] | None, text: str, word_start: str = ""
) -> re.Match[str] | None:
    """The first match `matches` gives (data.Pattern.first), found with less work."""
    matched = first(regex, scout, text)
    while matched is not None and word_start:
        start = matched.start()
        if not start:
            break
        before = text[start - 1]
        if not (before.isalnum() or before == "_" or before in word_start):
            break
        matched = first(regex, scout, text, matched.end())
    return matched


def _is_letter(piece: str) -> bool:
    """True for a piece that is one plain character (escaped or not)."""
    return len(piece) == 1 or (len(piece) == 2 and piece[0] == "\\" and not piece[1].isalnum())


class _Walker:
    def __init__(self, expand: Expand) -> None:
        self.expand = expand

    def walk(self, sequence: list[_Node], starts: set[_Start]) -> set[_Start]:
        for node in sequence:
            open_ = {start for start in starts if not start[1]}
            if not open_:
                break
            starts = (starts - open_) | self.step(node, open_)
            if len(starts) > _MAX_STARTS:
                starts = _close(starts)
        return starts

    def step(self, node: _Node, starts: set[_Start]) -> set[_Start]:
        """Where each way to begin goes after `node` (never losing a place where it can match)."""
        inner = self.expand(node)
        if inner is not None:
            return self.walk(inner, starts)
        op, value = node
        if op is _constants.LITERAL:
            return _extend(starts, [re.escape(chr(value))])
        if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            return starts  # takes no text: what follows must still begin there
        if op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, body = value
            if add_flags or del_flags:
                return _close(starts)
            return self.walk(list(body), starts)
        if op is _constants.BRANCH:
            result: set[_Start] = set()
            for branch in value[1]:
                result |= self.walk(list(branch), starts)
            return result
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            return self.repeat(op, value, starts)
        one = _single([node])
        if one is None:
            return _close(starts)
        letters = _class_letters(node)
        if letters is not None:
            return _extend(starts, letters)
        return _extend(starts, [one])

    def repeat(self, op: Any, value: Any, starts: set[_Start]) -> set[_Start]:
        low, high, body = value
        one = _single(list(body))
        if one is not None:
            if _is_letter(one) and low == high:
                for _ in range(min(low, _MAX_PIECES)):
                    starts = _extend(starts, [one])
                return starts if low <= _MAX_PIECES else _close(starts)
            suffix = _quantifier(low, high, op is _constants.MIN_REPEAT)
            return _extend(starts, [f"(?:{one}){suffix}"])
        if low == 0 and high == 1:
            return starts | self.walk(list(body), starts)
        if low == 0:
            return starts | _close(self.walk(list(body), starts))
        after = self.walk(list(body), starts)
        return after if high == 1 else _close(after)

    def min_width(self, sequence: list[_Node]) -> int:
        """The fewest characters a match of `sequence` holds (0 when not known)."""
        total = 0
        for node in sequence:
            inner = self.expand(node)
            if inner is not None:
                total += self.min_width(inner)
                continue
            op, value = node
            if op in (_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY):
                total += 1
            elif op is _constants.SUBPATTERN:
                total += self.min_width(list(value[-1]))
            elif op is _constants.BRANCH:
                total += min(self.min_width(list(branch)) for branch in value[1])
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
                total += value[0] * self.min_width(list(value[2]))
        return total

    def local(self, sequence: list[_Node], chars: frozenset[str], nested: bool) -> bool:
        """`stays_in_stretch` for `sequence`, once `may_match` is known to be False; `nested`:
        inside a lookaround (where another one is not read)."""
        for node in sequence:
            inner = self.expand(node)
            if inner is not None:
                if not self.local(inner, chars, nested):
                    return False
                continue
            op, value = node
            if op in _LEAVES:
                continue
            if op is _constants.AT:
                if value not in _BOUNDARIES:
                    return False
            elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
                body = list(value[1])
                if nested or self.may_match(body, chars) or not self.local(body, chars, True):
                    return False
            elif op is _constants.SUBPATTERN:
                if not self.local(list(value[-1]), chars, nested):
                    return False
            elif op is _constants.BRANCH:
                if not all(self.local(list(branch), chars, nested) for branch in value[1]):
                    return False
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
                if not self.local(list(value[2]), chars, nested):
                    return False
            else:
                return False  # a conditional group, an atomic group…: not known
        return True

    def may_match(self, sequence: list[_Node], chars: frozenset[str]) -> bool:
        for node in sequence:
            inner = self.expand(node)
            if inner is not None:
                if self.may_match(inner, chars):
                    return True
                continue
            op, value = node
            if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
                continue
            if op is _constants.LITERAL:
                if chr(value) in chars:
                    return True
            elif op is _constants.IN:
                if any(_in_class(value, ch) for ch in chars):
                    return True
            elif op is _constants.SUBPATTERN:
                if self.may_match(list(value[-1]), chars):
                    return True
            elif op is _constants.BRANCH:
                if any(self.may_match(list(branch), chars) for branch in value[1]):
                    return True
            elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
                if self.may_match(list(value[2]), chars):
                    return True
            else:
                return True  # any character, a back-reference…: not known
        return False


# Nodes matching one character, or text a group matched: they look at nothing else.
_LEAVES = frozenset(
    {
        _constants.LITERAL,
        _constants.NOT_LITERAL,
        _constants.IN,
        _constants.ANY,
        _constants.CATEGORY,
        _constants.GROUPREF,
    }
)
_BOUNDARIES = frozenset({_constants.AT_BOUNDARY, _constants.AT_NON_BOUNDARY})


def _in_class(items: list[_Node], ch: str) -> bool:
    """True when the set `items` matches `ch`, or it is not known."""
    negate = False
    found = False
    for op, value in items:
        if op is _constants.NEGATE:
            negate = True
        elif op is _constants.LITERAL:
            found = found or chr(value) == ch
        elif op is _constants.RANGE:
            found = found or value[0] <= ord(ch) <= value[1]
        elif op is _constants.CATEGORY and value in _CATEGORIES:
            found = found or re.fullmatch(_CATEGORIES[value], ch) is not None
        else:
            return True
    return found != negate


def _close(starts: set[_Start]) -> set[_Start]:
    return {(pieces, True) for pieces, _ in starts}


def _extend(starts: set[_Start], pieces: list[str]) -> set[_Start]:
    result = set()
    for start, _ in starts:
        for piece in pieces:
            longer = (*start, piece)
            result.add((longer, len(longer) >= _MAX_PIECES))
    return result


def _quantifier(low: int, high: int, lazy: bool) -> str:
    top = "" if high == _constants.MAXREPEAT else str(high)
    return f"{{{low},{top}}}" + ("?" if lazy else "")


def _class_letters(node: _Node) -> list[str] | None:
    """The characters of a small set of plain characters ("[sz]"), each as a piece."""
    op, value = node
    if op is not _constants.IN or len(value) > _MAX_CLASS_LETTERS:
        return None
    if not all(item_op is _constants.LITERAL for item_op, _ in value):
        return None
    return [re.escape(chr(item)) for _, item in value]


_CATEGORIES = {
    _constants.CATEGORY_DIGIT: r"\d",
    _constants.CATEGORY_NOT_DIGIT: r"\D",
    _constants.CATEGORY_SPACE: r"\s",
    _constants.CATEGORY_NOT_SPACE: r"\S",
    _constants.CATEGORY_WORD: r"\w",
    _constants.CATEGORY_NOT_WORD: r"\W",
}


def _single(sequence: list[_Node]) -> str | None:
    """Regex source for `sequence` when it is one character matcher (a letter, a set, \\s…)."""
    if len(sequence) != 1:
        return None
    op, value = sequence[0]
    if op is _constants.LITERAL:
        return re.escape(chr(value))
    if op is _constants.NOT_LITERAL:
        return f"[^{_escape_in_class(chr(value))}]"
    if op is _constants.IN:
        return _class_source(value)
    return None


def _class_source(items: list[_Node]) -> str | None:
    parts = []
    negate = ""
    for op, value in items:
        if op is _constants.NEGATE:
            negate = "^"
        elif op is _constants.LITERAL:
            parts.append(_escape_in_class(chr(value)))
        elif op is _constants.RANGE:
            parts.append(f"{_escape_in_class(chr(value[0]))}-{_escape_in_class(chr(value[1]))}")
        elif op is _constants.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    if not parts:
        return None
    return f"[{negate}{''.join(parts)}]"


def _escape_in_class(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch
