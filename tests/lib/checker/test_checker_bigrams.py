"""Real-word errors the word-pair model finds where no rule of confusables.txt decides: a word
of a set of commonly confused words between neighbours that people write with another word of
its set far more often. These are warnings; the right word is never flagged."""

from __future__ import annotations

import pytest

from followup.lib.checker import CheckContext, check
from followup.lib.checker.bigrams import confusion_sets, likelier
from followup.lib.checker.model import WARNING

CONTEXT = CheckContext(kind="thank-you", recipients=("Ana Ruiz",), sender="Tom Lee")


def wrong_words(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    found = check(f"Hi Ana,\n\n{sentence}\n\nBest,\nTom", CONTEXT)
    return [(f.text, f.severity, f.suggestions) for f in found if f.code == "wrong-word"]


@pytest.mark.parametrize(
    ("sentence", "written", "meant"),
    [
        ("I am happy to brake the news to my family.", "brake", "break"),
        ("I am not sure weather the role is filled.", "weather", "whether"),
        ("The drive was not a problem fore me.", "fore", "for"),
        ("I can't wait to here from the team.", "here", "hear"),
    ],
)
def test_a_word_its_neighbours_make_unlikely(sentence: str, written: str, meant: str) -> None:
    found = wrong_words(sentence)
    assert any(text == written and (meant,) == fixes for text, _sev, fixes in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to hear more about the project.",
        "I left my portfolio here for you.",
        "Thank you for the advice about my resume.",
        "Your team's patience with new hires stood out.",
        "I look forward to meeting the patients.",
        "It was quite a day, and the office was quiet.",
        "I passed the exam last week.",
        "Their office is lovely, and I'll be there at nine.",
        "I am more than ready to start, and then some.",
        "The break room has a view of the lake.",
    ],
)
def test_the_right_word_is_not_flagged(sentence: str) -> None:
    assert wrong_words(sentence) == []


def test_the_model_only_warns() -> None:
    found = wrong_words("The drive was not a problem fore me.")
    assert [severity for _text, severity, _fixes in found] == [WARNING]


def test_no_clause_edge_is_taken_for_a_neighbour() -> None:
    # "fore" ends its clause: nothing is known of what follows it.
    assert likelier("fore", "problem", "me") == "for"
    assert wrong_words("We played eighteen holes; fore. Me too.") == []


def test_every_word_of_a_set_has_the_others() -> None:
    sets = confusion_sets()
    assert set(sets["weather"]) == {"whether"}
    assert all(word not in others for word, others in sets.items())
