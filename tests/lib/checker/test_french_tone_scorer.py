"""The learned French tone model (french_tone_scorer.py): the meanings it finds in a sentence
whatever its accents, a sentence that only thanks or speaks of the reader is never scored, what
it flags is a warning, never an error, and it warns hardly any clean sentence of the French
sets."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from followup.lib.checker import CheckContext, Finding, check
from followup.lib.checker.french_tone_scorer import features, fold, probability, reads_as_tone

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

SETS = Path(__file__).with_name("french")
TRAIN = Path(__file__).with_name("french_tone_train.toml")


def findings(sentence: str, kind: str = "follow-up") -> list[Finding]:
    text = f"Bonjour Madame Caron,\n\n{sentence}\n\nCordialement,\nPaul Roy"
    context = CheckContext(lang="fr", kind=kind, recipients=("Louise Caron",), sender="Paul Roy")
    return check(text, context)


def test_a_sentence_is_folded_before_its_features_are_found() -> None:
    assert fold("Désolée, Œuvre’s À") == "desolee, oeuvre's a"
    found = features(fold("Pourriez-vous me répondre d’ici demain, s’il vous plaît?"))
    assert {"request", "answer", "deadline", "question"} <= found


def test_a_request_with_a_time_limit_weighs_more_than_a_polite_request() -> None:
    pressed = probability("Pourriez-vous me confirmer votre décision avant demain midi?")
    polite = probability("Pourriez-vous me confirmer votre décision lorsque vous aurez un moment?")
    assert pressed > polite


@pytest.mark.parametrize(
    "sentence",
    [
        "Merci pour votre accueil chaleureux.",
        "Je serais ravie de vous revoir.",
        "Votre équipe m'a paru très accueillante.",
    ],
)
def test_thanks_and_warmth_alone_are_never_scored(sentence: str) -> None:
    assert probability(sentence) == 0.0


def _sentences(text: str) -> list[str]:
    body = "\n".join(text.split("\n")[1:])
    return [s for s in re.findall(r"[^.!?\n]+[.!?]*", body) if len(s.split()) >= 4]


def test_hardly_any_clean_sentence_of_the_french_sets_reaches_the_threshold() -> None:
    clean = [
        sentence
        for path in sorted(SETS.glob("*.toml"))
        for note in tomllib.loads(path.read_text(encoding="utf-8")).get("clean", [])
        for sentence in _sentences(note["text"])
    ]
    warned = [s for s in clean if reads_as_tone(s.lower())]
    assert len(warned) <= 0.02 * len(clean), warned


def test_most_tone_lines_it_was_trained_on_reach_the_threshold() -> None:
    tone = tomllib.loads(TRAIN.read_text(encoding="utf-8"))["tone"]
    assert sum(reads_as_tone(s) for s in tone) >= 0.7 * len(tone)


@pytest.mark.parametrize(
    "sentence",
    [
        "J'ai roulé deux heures sous la neige pour cette rencontre.",
        "Je dois avouer que l'attente devient franchement pénible.",
        "Je vous prierais de me confirmer votre choix avant mercredi 17 h.",
    ],
)
def test_what_the_model_flags_is_a_tone_warning_not_an_error(sentence: str) -> None:
    assert reads_as_tone(sentence)
    tone = [f for f in findings(sentence) if f.code == "accusatory"]
    assert tone
    assert all(f.severity == "warning" for f in tone if dict(f.params).get("why") == "tone")
