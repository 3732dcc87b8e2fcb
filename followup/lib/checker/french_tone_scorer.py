"""The learned tone model for French notes: how likely a sentence is pressure, guilt, a plea or
reproach, from what it does rather than its exact words. The French counterpart of
tone_scorer.py: its inputs are the meanings found in the sentence folded (lower case, no
accents), listed in data/tone_features_fr.txt (a request to the reader, a time limit, a cost the
writer paid, impatience, the reader's fault, a softener…), each pair of them, each word that is
no function word and each pair of neighbouring words holding one. The weights, a logistic
regression trained by tools/train_tone_scorer_fr.py, are in data/tone_scorer_fr.json.

Only a sentence holding some feature beyond who it speaks of or how warmly is scored; the
checker gives a warning, never an error, for a sentence whose probability reaches the model's
threshold and that no pattern flagged."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import cache, lru_cache
from itertools import combinations
from pathlib import Path

_DATA = Path(__file__).parent / "data"
_MODEL = _DATA / "tone_scorer_fr.json"
_FEATURES = _DATA / "tone_features_fr.txt"
_WORD_RE = re.compile(r"[a-z0-9]+")
_NUMBER_RE = re.compile(r"[0-9]+")


def fold(text: str) -> str:
    """`text` in lower case, without accents, "’" as "'" and "œ" as "oe"."""
    lowered = text.lower().replace("’", "'").replace("œ", "oe").replace("æ", "ae")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_PLAIN_WORD = re.compile(r"[a-z]+")


@cache
def _table() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str], frozenset[str]]:
    """(each single word of a feature → the features listing it, one pattern finding the other
    alternatives at the start of a word with a group named after each feature, the function
    words), read from the features file. The single words are looked up among the sentence's
    words and the rest found in one scan: a sentence costs one search, not one per feature."""
    words: dict[str, list[str]] = {}
    sources: dict[str, list[str]] = {}
    function: set[str] = set()
    for line in _FEATURES.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, body = line.partition(" ")
        if name == "@function":
            function.update(body.split())
            continue
        for option in _top_level(body):
            if _PLAIN_WORD.fullmatch(option):
                words.setdefault(option, []).append(name)
            else:
                sources.setdefault(name, []).append(option)
    groups = "|".join(f"(?P<{name}>{'|'.join(o)})(?!\\w)" for name, o in sources.items())
    scan = re.compile(rf"(?<!\w)(?=(?:{groups}))")
    by_word = {word: tuple(dict.fromkeys(names)) for word, names in words.items()}
    return by_word, scan, frozenset(function)


def _top_level(body: str) -> list[str]:
    """The alternatives of a pattern cut at its "|" outside groups."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(body):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:at])
            start = at + 1
    return [*parts, body[start:]]


def features(folded: str) -> frozenset[str]:
    """The features of a folded sentence."""
    by_word, scan, _function = _table()
    found: set[str] = set()
    for word in _WORD_RE.findall(folded):
        found.update(by_word.get(word, ()))
    for match in scan.finditer(folded):
        found.add(match.lastgroup or "")
    if folded.rstrip().endswith("?"):
        found.add("question")
    found.discard("")
    return frozenset(found)


def inputs(names: frozenset[str], folded: str) -> list[str]:
    """The model's inputs for a folded sentence with features `names`: each feature, each pair
    of them ("deadline&request"), each word that is no function word ("w:patience") and each
    pair of neighbouring words one of which is a function word ("b:cette_fois")."""
    ordered = sorted(names)
    pairs = [f"{a}&{b}" for a, b in combinations(ordered, 2)]
    return ordered + pairs + sorted(_word_inputs(folded))


def _word_inputs(folded: str) -> set[str]:
    function = _table()[2]
    words = [_NUMBER_RE.sub("0", word) for word in _WORD_RE.findall(folded)]
    found = {"w:" + word for word in words if word not in function}
    for previous, word in zip(words, words[1:], strict=False):
        if previous in function or word in function:
            found.add(f"b:{previous}_{word}")
    return found


@cache
def _model() -> tuple[float, float, dict[str, float]]:
    """(bias, threshold, weights), read the first time a sentence is scored."""
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    return float(data["bias"]), float(data["threshold"]), dict(data["weights"])


# Features that say who is spoken of, how warmly or how politely, and nothing of pressure or
# reproach: a sentence holding no other is not scored.
NEUTRAL = frozenset(
    {"reader", "warm", "soft", "conditional", "question", "own_plan", "gracious", "negative"}
)


def probability(sentence: str) -> float:
    """The probability that `sentence` is a tone line (0 when it holds no feature beyond
    `NEUTRAL`)."""
    return _probability(fold(sentence.strip()))


@lru_cache(maxsize=2048)
def _probability(folded: str) -> float:
    names = features(folded)
    if names <= NEUTRAL:
        return 0.0
    bias, _threshold, weights = _model()
    get = weights.get
    ordered = sorted(names)  # the sum of the weights of `inputs(names, folded)`, unsorted
    logit = bias + sum(get(name, 0.0) for name in ordered)
    logit += sum(get(f"{a}&{b}", 0.0) for a, b in combinations(ordered, 2))
    logit += sum(get(name, 0.0) for name in _word_inputs(folded))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))


def reads_as_tone(sentence: str) -> bool:
    """True when `sentence` reaches the model's threshold."""
    return probability(sentence) >= _model()[1]
