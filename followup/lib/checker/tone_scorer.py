"""A small learned tone scorer: how much a sentence reads like pressure, guilt, neediness or
passive aggression, from word unigrams and bigrams weighed by a naive Bayes model trained on
the checker's corpus (tools/train_tone_scorer.py writes data/tone_scorer.json).

It backs the tone patterns up on phrasings they do not know: the checker gives a warning, never
an error, for a sentence it scores at or above the model's threshold."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

_MODEL = Path(__file__).parent / "data" / "tone_scorer.json"
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_MIN_WORDS = 3  # shorter lines are names, sign-offs and greetings


def features(sentence: str) -> list[str]:
    """The lower-cased words of `sentence` and each pair of neighbours ("no rush", "please
    reply"), with a start mark so the first word counts on its own ("<s> kindly")."""
    words = ["<s>", *_WORD_RE.findall(sentence.lower().replace("\u2019", "'"))]
    return words[1:] + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def sentences(lowered: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `lowered` from `start` worth scoring: not a line
    ending in a comma (a greeting or sign-off), not a line of one or two words (a name)."""
    for match in _SENTENCE_RE.finditer(lowered, start):
        text = match.group().strip()
        if text.endswith(",") or len(_WORD_RE.findall(text)) < _MIN_WORDS:
            continue
        yield match.span()


@cache
def _model() -> tuple[float, float, dict[str, float]]:
    """(prior, threshold, weights), read the first time a sentence is scored."""
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    return float(data["prior"]), float(data["threshold"]), dict(data["weights"])


def score(sentence: str) -> float:
    """The log-odds that `sentence` is a tone line (each feature counts once)."""
    prior, _threshold, weights = _model()
    return prior + sum(weights.get(feature, 0.0) for feature in set(features(sentence)))


def reads_as_tone(sentence: str) -> bool:
    """True when `sentence` scores at or above the model's threshold."""
    return score(sentence) >= _model()[1]
