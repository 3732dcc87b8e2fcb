"""Real-word errors found by how often words go together: a word of a set of commonly confused
words (data/confusion_sets.txt: "affect effect", "weather whether", "for fore") is said to look
wrong when another word of its set is far more likely between the same neighbours.

"Likely" is a word-pair (bigram) model of how often words are written, counted in Google Books
(data/bigrams_en.tsv, made by tools/make_bigrams.py): a word w between p and n scores
count(p w) × count(w n) / count(w). A pair too rare to have been counted is given what the two
words' own counts lead to expect, generously (`ASSOCIATION`), but never more than half the
rarest count. The other word must be at least `MARGIN` times as likely, and one of its pairs
must have been counted: the evidence is what people write. These findings are warnings: the
rules of confusables.py, which read the whole clause, decide errors."""

from __future__ import annotations

import math
from functools import cache

from followup.lib.checker.confusables import wrong_word
from followup.lib.checker.data import DATA_DIR, kept
from followup.lib.checker.model import WARNING, Finding
from followup.lib.checker.text import Note, SpanSet

MARGIN = 200.0  # how many times likelier the other word must be
ASSOCIATION = 10.0  # how much likelier than chance an uncounted pair is taken to be
_UNCOUNTED = 6_400_000 / 2  # the rarest pair counted was written 6.4 million times
_BREAKS = frozenset('.!?;:,\n()[]"')


@cache
def _counts() -> tuple[dict[str, int], dict[str, int], int]:
    """How often each word is written, each counted pair ("first second"), and all the words
    counted: read once per machine, then kept (data.kept)."""
    counts: tuple[dict[str, int], dict[str, int], int] = kept(
        "bigrams", ("bigrams_en.tsv",), _read_counts
    )
    return counts


def _read_counts() -> tuple[dict[str, int], dict[str, int], int]:
    words: dict[str, int] = {}
    pairs: dict[str, int] = {}
    total = 0
    for line in (DATA_DIR / "bigrams_en.tsv").read_text(encoding="utf-8").splitlines():
        key, _tab, count = line.rpartition("\t")
        if line.startswith("#"):
            total = int(count) if count.isdigit() else total  # "# words written in all"
        elif " " in key:
            pairs[key] = int(count)
        else:
            words[key] = int(count)
    return words, pairs, total


@cache
def confusion_sets() -> dict[str, tuple[str, ...]]:
    """For each word of a set, the other words of its set."""
    others: dict[str, tuple[str, ...]] = {}
    for line in (DATA_DIR / "confusion_sets.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        members = line.split()
        for word in members:
            others[word] = others.get(word, ()) + tuple(m for m in members if m != word)
    return others


def likelihood(word: str, before: str, after: str) -> tuple[float, bool]:
    """log of count(before word) × count(word after) / count(word): how likely `word` is
    between its neighbours, up to a factor all the words of a set share; and whether either
    pair was counted."""
    first, counted_first = _pair(before, word)
    second, counted_second = _pair(word, after)
    words = _counts()[0]
    own = math.log(max(words.get(word, 0), 1))
    return math.log(first) + math.log(second) - own, counted_first or counted_second


def _pair(first: str, second: str) -> tuple[float, bool]:
    """How often the pair is written: its count, or for a pair too rare to be counted, what
    the two words' own counts lead to expect (times `ASSOCIATION`), at most half the rarest
    pair counted."""
    words, pairs, total = _counts()
    pair = pairs.get(f"{first} {second}")
    if pair is not None:
        return pair, True
    expected = ASSOCIATION * words.get(first, 1) * words.get(second, 1) / total
    return min(_UNCOUNTED, max(expected, 1.0)), False


def likelier(word: str, before: str | None, after: str | None) -> str | None:
    """The word of `word`'s set that is at least MARGIN times likelier here, if any."""
    others = confusion_sets().get(word)
    if not others or before is None or after is None:
        return None  # at a clause's edge: how a clause ends or starts is not counted
    written, _ = likelihood(word, before, after)
    best, best_score = None, written + math.log(MARGIN)
    for other in others:
        score, counted = likelihood(other, before, after)
        if counted and score > best_score:
            best, best_score = other, score
    return best


def bigram_findings(note: Note, skip: list[tuple[int, int]]) -> list[Finding]:
    """A warning for each word of a confusion set that its neighbours make unlikely."""
    sets = confusion_sets()
    tokens = note.words()
    words = [token.lower() for _, _, token in tokens]
    skipped = SpanSet(skip)
    findings = []
    for index, word in enumerate(words):
        if word not in sets:
            continue
        start, end, _ = tokens[index]
        if skipped.overlaps(start, end):
            continue
        before = _neighbour(note.plain, tokens, words, index, -1)
        after = _neighbour(note.plain, tokens, words, index, 1)
        other = likelier(word, before, after)
        if other is not None:
            findings.append(wrong_word(note.text[start:end], start, end, other, WARNING))
    return findings


def _neighbour(
    plain: str, tokens: list[tuple[int, int, str]], words: list[str], index: int, step: int
) -> str | None:
    """The word next to this one in the same clause, or None at a clause's edge."""
    other = index + step
    if not 0 <= other < len(tokens):
        return None
    first, second = sorted((index, other))
    if not _BREAKS.isdisjoint(plain[tokens[first][1] : tokens[second][0]]):
        return None
    start, end, _ = tokens[other]
    if plain[end : end + 1] == "-" or plain[start - 1 : start] == "-" and start > 0:
        return None  # part of a compound ("their anything-goes spirit"): not counted as one
    return words[other]
