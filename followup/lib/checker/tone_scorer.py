"""A small learned tone model: how likely a sentence is pressure, guilt, neediness or reproach,
from what it does rather than its exact words. Its inputs are the features tone.py finds in a
sentence (data/tone_features.txt: the reader asked for an answer, a time limit, a cost paid, a
softener…) and its words: a logistic regression weighs each feature, each pair of features found
together (a time limit with a request weighs much more than either alone) and each word, and
only a sentence holding some feature is scored. tools/train_tone_scorer.py
trains it on the checker's corpus and writes data/tone_scorer.json.

It backs the tone patterns up on phrasings they do not know: the checker gives a warning, never
an error, for a sentence whose probability reaches the model's threshold."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import combinations
from pathlib import Path

_MODEL = Path(__file__).parent / "data" / "tone_scorer.json"
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_MIN_WORDS = 3  # shorter lines are names, sign-offs and greetings


def sentences(lowered: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `lowered` from `start` worth scoring: not a line
    ending in a comma (a greeting or sign-off), not a line of one or two words (a name)."""
    for match in _SENTENCE_RE.finditer(lowered, start):
        if _worth_scoring(match.group()):
            yield match.span()


def _worth_scoring(sentence: str) -> bool:
    """False for a greeting or sign-off (ending in a comma) or a name (one or two words);
    the verdict on a sentence of a note is kept."""
    return _reads_as_prose(sentence) if len(sentence) > _KEPT_LONGEST else _kept(sentence)


_KEPT_LONGEST = 1000  # a longer "sentence" is no note's: not kept


@lru_cache(maxsize=4096)
def _kept(sentence: str) -> bool:
    return _reads_as_prose(sentence)


def _reads_as_prose(sentence: str) -> bool:
    text = sentence.strip()
    return not text.endswith(",") and len(_WORD_RE.findall(text)) >= _MIN_WORDS


def inputs(names: Iterable[str], sentence: str = "") -> list[str]:
    """The model's inputs for a sentence (in lower case) with features `names`: each feature,
    each pair of them ("answer&deadline"), and each word of the sentence ("w:patience"), which
    lets the model weigh words no feature lists."""
    ordered = sorted(set(names))
    words = [f"w:{word}" for word in sorted(set(_WORD_RE.findall(sentence)))]
    return ordered + [f"{a}&{b}" for a, b in combinations(ordered, 2)] + words


@cache
def _model() -> tuple[float, float, dict[str, float]]:
    """(bias, threshold, weights), read the first time a sentence is scored."""
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    return float(data["bias"]), float(data["threshold"]), dict(data["weights"])


def probability(names: Iterable[str], sentence: str = "") -> float:
    """The probability that `sentence` (in lower case), with features `names`, is a tone
    line."""
    bias, _threshold, weights = _model()
    # The weights of `inputs(names, sentence)`, in its order (the same sum to the last bit),
    # without building the words' names.
    ordered = sorted(set(names))
    found = [weights.get(name, 0.0) for name in ordered]
    found += [weights.get(f"{a}&{b}", 0.0) for a, b in combinations(ordered, 2)]
    by_word = _word_weights()
    found += [by_word.get(word, 0.0) for word in sorted(set(_WORD_RE.findall(sentence)))]
    logit = bias + sum(found)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))


@cache
def _word_weights() -> dict[str, float]:
    """The weight of each word the model knows ("patience" for its input "w:patience")."""
    return {name[2:]: value for name, value in _model()[2].items() if name.startswith("w:")}


def reads_as_tone(names: Iterable[str], sentence: str = "") -> bool:
    """True when `sentence` (in lower case), with features `names`, reaches the model's
    threshold."""
    names = frozenset(names)
    if not names or ("gracious" in names and names.isdisjoint(_REPROACH)):
        return False  # regret at the news, judged whole ("disappointed by your decision")
    return probability(names, sentence) >= _model()[1]


# Features that make regret at the news reproach after all ("sorry to hear it, but frankly…").
_REPROACH = frozenset(
    {"fault", "needle", "blunt", "reader_did", "silence", "entitled", "slighted", "rival"}
)
