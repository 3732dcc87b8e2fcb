"""The scout (scout.py) only makes tone patterns faster: every pattern finds the same matches
with it as Python's own `finditer`, on the corpus's notes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from followup.lib.checker import scout, tone

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CORPUS = Path(__file__).with_name("corpus")


def _notes() -> list[str]:
    found = []
    for path in sorted((CORPUS / "message").glob("*.toml")):
        for note in tomllib.loads(path.read_text(encoding="utf-8")).get("note", []):
            found.append(note["text"].lower())
    return found


def test_every_tone_pattern_finds_the_same_matches_with_its_scout() -> None:
    notes = _notes()
    patterns = [
        *tone.tone_patterns("accusatory.txt"),
        *tone.tone_patterns("hostile.txt"),
        *(cue for _weight, cue in tone._cues()),
        *tone._features(),
    ]
    # One text of every note: a scout must find what finditer finds in any text, and one
    # search a pattern costs far less than one a note.
    text = "\n\n".join(notes)
    scouted = 0
    for pattern in patterns:
        regex = pattern.pattern.regex
        expected = [m.span() for m in regex.finditer(text)]
        # The scout read from the line with its word groups as placeholders (kept in the
        # cache), and the one read from the whole regex.
        for found in (pattern.pattern.scout, scout.scout_for(regex)):
            scouted += found is not None
            assert [m.span() for m in scout.finditer(regex, found, text)] == expected, regex
    assert scouted > len(patterns) * 2 * 0.9


def test_a_tone_line_whose_matches_stay_in_a_sentence_is_known_as_such() -> None:
    lines = {tone.entry: tone.in_sentence for tone in tone.tone_patterns("accusatory.txt")}
    assert lines[r"re:\bI demand\b"]
    assert not tone._line_facts(r"re:\bas (?:I|we) said\b.{0,20}\bplease reply", True)[2]
    assert not tone._line_facts(r"re:\bnot again[!?]", True)[2]


def test_a_match_right_after_another_or_inside_a_word_is_found_as_finditer_finds_it() -> None:
    text = "no one no-one nobody nobodyone. snobody said it, said you; you said"
    for source in (r"no(?:\s+one|-one|body)", r"(?<!said\s)you", r"(?:a\s+)?(?:no|you)\b"):
        regex = re.compile(source)
        found = scout.scout_for(regex)
        assert found is not None
        assert [m.span() for m in scout.finditer(regex, found, text)] == [
            m.span() for m in regex.finditer(text)
        ]


def test_a_pattern_that_can_match_nothing_or_any_letter_has_no_scout() -> None:
    assert scout.scout_for(re.compile(r"(?:please\s+)?")) is None
    assert scout.scout_for(re.compile(r"\w+\s+times")) is None
    assert scout.scout_for(re.compile(r"reply", re.IGNORECASE)) is None


def test_a_text_where_the_scout_points_out_many_places_in_vain_gives_the_same_matches() -> None:
    regex = re.compile(r"no(?:\s+one|body)\b")
    found = scout.scout_for(regex)
    assert found is not None
    text = "no, " * 300 + "nobody came. no one wrote. " + "no; " * 100 + "no one"
    assert [m.span() for m in scout.finditer(regex, found, text)] == [
        m.span() for m in regex.finditer(text)
    ]
    assert len(list(scout.finditer(regex, found, text))) == 3


def test_matches_gives_what_a_patterns_finditer_and_first_give_in_any_sentences() -> None:
    """scout.matches and scout.first_word (the tone rules' one-loop searches) find what
    data.Pattern.finditer and .first find, in the stretches asked for or the whole text."""
    notes = _notes()[:40]
    patterns = [
        *(tone.pattern for tone in tone.tone_patterns("accusatory.txt")),
        *(feature.pattern for feature in tone._features()),
    ]
    for text in notes:
        bounds = []
        start = 0
        for part in re.split(r"[.!?]", text):
            bounds.append((start, start + len(part)))
            start += len(part) + 1
        for pattern in patterns:
            args = (pattern.regex, pattern.scout, text)
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scout.matches(*args, None, pattern.word_start)] == expected
            first = pattern.first(text)
            found = scout.first_word(*args, pattern.word_start)
            assert (found and found.span()) == (first and first.span())
            # Stretches holding every match (here: all of them, two at a time).
            for pair in (bounds[i : i + 2] for i in range(0, len(bounds), 2)):
                within = [m.span() for m in pattern.finditer(text, pair)]
                assert [m.span() for m in scout.matches(*args, pair, pattern.word_start)] == (
                    within if pattern.scout is not None else expected
                )
