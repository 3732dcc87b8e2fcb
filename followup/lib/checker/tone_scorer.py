"""A small learned tone model: how likely a sentence is pressure, guilt, neediness or reproach,
from what it does rather than its exact words. Its inputs are the features tone.py finds in a
sentence (data/tone_features.txt: the reader asked for an answer, a time limit, a cost paid, a
softener…) and its words: a logistic regression weighs each feature, each pair of features found
together (a time limit with a request weighs much more than either alone), each word that is no
function word and each pair of neighbouring words holding one ("this time"), and only a sentence
holding some feature is scored. tools/train_tone_scorer.py
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

from followup.lib.checker.data import folded_set

_MODEL = Path(__file__).parent / "data" / "tone_scorer.json"
# A sentence ends at ".", "!" or "?" followed by a space or the end, not at a dot inside a web
# address, an e-mail address or a number ("example.ca/projects", "3.5").
_INNER_DOT = r"[.!?](?=[^\s.!?])"
_SENTENCE_RE = re.compile(rf"(?:[^.!?\n]|{_INNER_DOT})[^.!?\n]*(?:{_INNER_DOT}[^.!?\n]*)*[.!?]*")
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_MIN_WORDS = 3  # shorter lines are names, sign-offs and greetings


# A line of a paragraph wrapped by hand: long, and ending without a mark, another line after
# it; its sentence goes on on the next line.
_WRAPPED_RE = re.compile(r"(?m)^[^\n]{40,}(?<![\s.!?:;])\n(?=[ \t]*\S)")


def sentences(lowered: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `lowered` from `start` worth scoring: not a line
    ending in a comma (a greeting or sign-off), not a line of one or two words (a name). A
    sentence runs on across the end of a line wrapped by hand (`_WRAPPED_RE`)."""
    text = _run_on_lines(lowered)
    for match in _SENTENCE_RE.finditer(text, start):
        if _worth_scoring(match.group()):
            yield match.span()


def all_sentences(lowered: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `lowered` from `start`, as `sentences` reads them,
    short lines and lines ending in a comma too."""
    return [match.span() for match in _SENTENCE_RE.finditer(_run_on_lines(lowered), start)]


def _run_on_lines(lowered: str) -> str:
    """`lowered` with the end of each line wrapped by hand made a space."""
    return _WRAPPED_RE.sub(_run_on, lowered) if "\n" in lowered else lowered


def _run_on(match: re.Match[str]) -> str:
    return match.group()[:-1] + " "  # as long as the line: the spans still index `lowered`


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
    each pair of them ("answer&deadline"), each word of the sentence that is no function word
    ("w:patience"), which lets the model weigh words no feature lists, and each pair of
    neighbouring words one of which is a function word ("b:this_time", "b:not_even"): a
    function word alone ("this", "the") says nothing of tone and only learns the corpus's
    filler, while next to its neighbour it may ("this time", "at least")."""
    ordered = sorted(set(names))
    return ordered + [f"{a}&{b}" for a, b in combinations(ordered, 2)] + _word_inputs(sentence)


def _word_inputs(sentence: str) -> list[str]:
    """The inputs `inputs` makes of the words of `sentence`: its words that are no function
    word, and its neighbouring pairs holding one."""
    return sorted(_word_input_set(sentence))


def _word_input_set(sentence: str) -> set[str]:
    function = _function_words()
    classes = _CLASSES
    words = [
        classes.get(word, word) if word.isalpha() else _NUMBER_RE.sub("0", word)
        for word in _WORD_RE.findall(sentence)
    ]
    found = {"w:" + word for word in words if word not in function}
    previous = ""
    for word in words:
        if previous and (previous in function or word in function):
            found.add(f"b:{previous}_{word}")
        previous = word
    return found


# Words that stand for their class: one day of the week is as good as another, and the corpus's
# filler would otherwise teach the model that "Monday" is kind and "Friday" is not.
_CLASSES = dict.fromkeys(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], "weekday"
) | dict.fromkeys(
    [
        "january",
        "february",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "month",
)
_NUMBER_RE = re.compile(r"[0-9]+")


@cache
def _function_words() -> frozenset[str]:
    """English function words (data/function_words.txt): pronouns, articles, auxiliaries…"""
    return folded_set("function_words.txt")


@cache
def _model() -> tuple[float, float, dict[str, float]]:
    """(bias, threshold, weights), read the first time a sentence is scored."""
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    return float(data["bias"]), float(data["threshold"]), dict(data["weights"])


def probability(names: Iterable[str], sentence: str = "") -> float:
    """The probability that `sentence` (in lower case), with features `names`, is a tone
    line: the sum of the weights of `inputs(names, sentence)`, found without sorting them."""
    bias, _threshold, weights = _model()
    ordered = sorted(set(names))
    get = weights.get
    logit = bias + sum(get(name, 0.0) for name in ordered)
    logit += sum(get(f"{a}&{b}", 0.0) for a, b in combinations(ordered, 2))
    logit += sum(get(name, 0.0) for name in _word_input_set(sentence))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))


def reads_as_tone(names: Iterable[str], sentence: str = "") -> bool:
    """True when `sentence` (in lower case), with features `names`, reaches the model's
    threshold."""
    names = frozenset(names)
    if not names or ("gracious" in names and names.isdisjoint(_REPROACH)):
        return False  # regret at the news, judged whole ("disappointed by your decision")
    if "warm" in names and names <= _NEUTRAL:
        return False  # thanks or warmth, and nothing asked, counted or judged
    return probability(names, sentence) >= _model()[1]


# Features that say who acts, when, or how kindly, and nothing of pressure or reproach: a warm
# sentence holding no other is thanks ("Thanks so much for the interview today"), whatever its
# words (the corpus's tone notes hold thanks of their own, which teach the words little).
_NEUTRAL = frozenset(
    {
        "reader",
        "warm",
        "soft",
        "own_plan",
        "own_story",
        "question",
        "deadline",
        "answer",
        "gracious",
    }
)

# Features that make regret at the news reproach after all ("sorry to hear it, but frankly…").
_REPROACH = frozenset(
    {"fault", "needle", "blunt", "reader_did", "silence", "entitled", "slighted", "rival"}
)
