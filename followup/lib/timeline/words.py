"""The reader's vocabulary: words and their values, loaded from data/words_en.toml, and the
helpers that turn a list of words into a regular expression tolerant of spelling variants."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

WORDS_FILE = Path(__file__).parent / "data" / "words_en.toml"


@dataclass(frozen=True)
class Words:
    numbers: dict[str, int]
    articles: dict[str, float]
    vague: dict[str, int]
    ordinals: dict[str, int]
    months: dict[str, int]
    months_needing_context: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    units: dict[str, str]
    business_words: tuple[str, ...]
    month_parts: dict[str, int]
    parts_needing_of: frozenset[str]
    week_parts: dict[str, int]
    year_parts: dict[str, tuple[int, int]]
    seasons: dict[str, tuple[tuple[int, int], tuple[int, int]]]
    season_parts: dict[str, float]
    new_year: tuple[int, int]
    named_days: dict[str, dict[str, Any]]
    holiday_seasons: dict[str, dict[str, Any]]  # each name of a season -> its days
    vague_times: tuple[str, ...]
    no_time_frame: tuple[str, ...]
    hedges: tuple[str, ...]
    interview_events: tuple[str, ...]
    back_references: tuple[str, ...]
    event_links: tuple[str, ...]
    number_idioms: frozenset[str]
    markers: frozenset[str]  # words that tell an English phrase from a French one
    shorthand: dict[str, str]  # chat shorthand and the words it stands for ("tmrw": "tomorrow")
    spelled: tuple[str, ...]  # words a misspelling of which is read as them ("febuary")


def key(text: str) -> str:
    """The lookup key of a word as matched: case, spaces, hyphens, dots and apostrophes vary."""
    return re.sub(r"[\s\-'.]", "", text.lower())


def keyed(table: dict[str, Any]) -> dict[str, Any]:
    return {key(word): value for word, value in table.items()}


@lru_cache(maxsize=1)
def vocabulary() -> Words:
    raw = tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))
    numbers: dict[str, int] = dict(raw["numbers"])
    ordinals: dict[str, int] = dict(raw["ordinals"])
    # Compounds such as "twenty-one" and "twenty-first" are built, not listed.
    tens = {word: value for word, value in raw["numbers"].items() if value >= 20}
    for tens_word, tens_value in tens.items():
        for unit_table, target in ((raw["numbers"], numbers), (raw["ordinals"], ordinals)):
            for unit_word, unit_value in unit_table.items():
                if 1 <= unit_value <= 9:
                    target[f"{tens_word}-{unit_word}"] = tens_value + unit_value
    return Words(
        numbers=numbers,
        articles=dict(raw["articles"]),
        vague=dict(raw["vague"]),
        ordinals=ordinals,
        months=dict(raw["months"]),
        months_needing_context=frozenset(raw["months_needing_context"]["words"]),
        weekdays=dict(raw["weekdays"]),
        weekday_abbreviations=dict(raw["weekday_abbreviations"]),
        units=dict(raw["units"]),
        business_words=tuple(raw["business_words"]["words"]),
        month_parts=dict(raw["month_parts"]),
        parts_needing_of=frozenset(raw["parts_needing_of"]["words"]),
        week_parts=dict(raw["week_parts"]),
        year_parts={part: (md[0], md[1]) for part, md in raw["year_parts"].items()},
        seasons={
            name: ((spec["start"][0], spec["start"][1]), (spec["end"][0], spec["end"][1]))
            for name, spec in raw["seasons"].items()
        },
        season_parts=dict(raw["season_parts"]),
        new_year=(raw["new_year"]["month"], raw["new_year"]["day"]),
        named_days=dict(raw["named_days"]),
        holiday_seasons={
            name: spec for spec in raw["holiday_seasons"].values() for name in spec["names"]
        },
        vague_times=tuple(raw["vague_times"]["words"]),
        no_time_frame=tuple(raw["no_time_frame"]["words"]),
        hedges=tuple(raw["hedges"]["words"]),
        interview_events=tuple(raw["interview_events"]["words"]),
        back_references=tuple(raw["back_references"]["words"]),
        event_links=tuple(raw["event_links"]["words"]),
        number_idioms=frozenset(raw["number_idioms"]["words"]),
        markers=frozenset(raw["markers"]["words"]),
        shorthand=dict(raw["shorthand"]),
        spelled=tuple(raw["misspelled"]["words"]),
    )


@lru_cache(maxsize=1)
def lookups() -> dict[str, dict[str, Any]]:
    words = vocabulary()
    return {
        "numbers": keyed(words.numbers),
        "articles": keyed(words.articles),
        "vague": keyed(words.vague),
        "ordinals": keyed(words.ordinals),
        "months": keyed(words.months),
        "weekdays": keyed({**words.weekdays, **words.weekday_abbreviations}),
        "units": keyed(words.units),
        "month_parts": keyed(words.month_parts),
        "week_parts": keyed(words.week_parts),
        "year_parts": keyed(words.year_parts),
        "seasons": keyed(words.seasons),
        "season_parts": keyed(words.season_parts),
        "named_days": keyed(words.named_days),
        "holiday_seasons": keyed(words.holiday_seasons),
    }


def word_pattern(word: str) -> str:
    """A regular expression for a vocabulary word that tolerates the usual spelling variants."""
    variants = {" ": r"\s+", "-": r"[\s-]?", "'": "'?", ".": r"\.?"}
    return "".join(variants.get(char, re.escape(char)) for char in word)


# Each alternation built, with its words: what a rule needs can be told from the words
# themselves, without taking the expression apart again (`prefilter.needs`).
_ALTERNATIONS: dict[str, frozenset[str]] = {}


def alternation(words: Iterable[str]) -> str:
    listed = frozenset(words)
    patterns = sorted({word_pattern(word) for word in listed}, key=len, reverse=True)
    built = "(?:" + "|".join(patterns) + ")"
    _ALTERNATIONS.setdefault(built, listed)
    return built


def alternations() -> dict[str, frozenset[str]]:
    """Every alternation built so far, and its words."""
    return _ALTERNATIONS
