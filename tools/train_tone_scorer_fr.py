"""Train the learned French tone model (followup/lib/checker/french_tone_scorer.py).

Run it: `.venv/bin/python tools/train_tone_scorer_fr.py` (`--dry-run` measures without writing).

Sentences come from the project's French material only:
- tests/lib/checker/french/dev.toml: a body sentence of a note planted with "accusatory" is a
  tone line when no clean note has it; every body sentence of a clean note, or of a note
  planted with a slip of spelling, grammar or fact, is clean;
- the sentences of the French tone tests (test_french.py, test_french_tone_meaning.py): those of
  a test saying they are flagged are tone lines, those of a test saying they are not are clean;
- tests/lib/checker/french_tone_train.toml, sentences written for the model.
The held-out sets (tests/lib/checker/french/heldout_*.toml) are never trained on: their clean
sentences, with out-of-fold scores of the training sentences, set the threshold (at most
`CLEAN_WARNING_LIMIT` of clean sentences warned), and their tone lines are only measured.

The regression itself is tools/train_tone_scorer.py's (same L2 penalty and steps)."""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "tools"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from train_tone_scorer import probability, train  # noqa: E402

from followup.lib.checker.french_tone_scorer import NEUTRAL, features, fold, inputs  # noqa: E402

SETS = ROOT / "tests" / "lib" / "checker" / "french"
TRAIN_FILE = ROOT / "tests" / "lib" / "checker" / "french_tone_train.toml"
OUTPUT = ROOT / "followup" / "lib" / "checker" / "data" / "tone_scorer_fr.json"
CLEAN_WARNING_LIMIT = 0.02
FOLDS = 5

Labelled = list[tuple[str, bool]]  # (sentence, is a tone line)

# Tests whose sentences are tone lines, and tests whose sentences are clean; a test whose name
# says neither (mixed, or about something else) is not read.
_TONE_TEST = re.compile(
    r"(?:_are_flagged|_is_flagged|_are_caught|_are_errors|_is_an_error|"
    r"gets_a_warning|say_why)$"
)
_CLEAN_TEST = re.compile(
    r"(?:not_flagged|_no_error|not_taken_for_pressure|_no_pressure|"
    r"_no_reproach|not_taken_for_familiar)$"
)
_SKIP_TEST = re.compile(r"accent|blank|familiar_words|where_french|slip|empty_note|read_as")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def body(text: str) -> list[str]:
    """The sentences of a note after its greeting line, of four words or more, as the checker
    scores them."""
    lines = text.split("\n")
    rest = "\n".join(lines[1:]) if len(lines) > 1 else text
    return [s.strip() for s in _SENTENCE.findall(rest) if len(s.split()) >= 4]


def _set_notes(path: Path, slips: bool) -> tuple[list[str], list[str]]:
    """(notes planted with "accusatory", clean notes) of a set file; with `slips`, notes planted
    with a slip of spelling, grammar or fact count as clean (their tone is)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tone = [d["text"] for d in data.get("defect", []) if d["code"] == "accusatory"]
    clean = [d["text"] for d in data.get("clean", [])]
    if slips:
        clean += [d["text"] for d in data.get("defect", []) if d["code"] not in _TONE_CODES]
    return tone, clean


_TONE_CODES = frozenset({"accusatory", "informal"})


def from_set(path: Path, slips: bool = False) -> Labelled:
    tone_notes, clean_notes = _set_notes(path, slips)
    clean = {s for text in clean_notes for s in body(text)}
    rows = [(s, s not in clean) for text in tone_notes for s in body(text)]
    return list(dict.fromkeys(rows + [(s, False) for s in sorted(clean)]))


def from_tests() -> Labelled:
    rows: Labelled = []
    for name in ("test_french", "test_french_tone_meaning"):
        module = importlib.import_module(f"tests.lib.checker.{name}")
        for test_name in sorted(dir(module)):
            test = getattr(module, test_name)
            if not test_name.startswith("test_") or _SKIP_TEST.search(test_name):
                continue
            label = bool(_TONE_TEST.search(test_name))
            if (
                not label
                and not _CLEAN_TEST.search(test_name)
                and test_name != ("test_a_clean_french_note_gets_no_error")
            ):
                continue
            for mark in getattr(test, "pytestmark", []):
                if mark.name != "parametrize":
                    continue
                for value in mark.args[1]:
                    text = value if isinstance(value, str) else value[0]
                    if "\n" in text:
                        rows += [(s, label) for s in body(text)]
                    else:
                        rows.append((text.strip(), label))
    return rows


def from_train_file() -> Labelled:
    data = tomllib.loads(TRAIN_FILE.read_text(encoding="utf-8"))
    return [(s, True) for s in data["tone"]] + [(s, False) for s in data["clean"]]


def featurize(rows: Labelled) -> list[tuple[list[str], bool]]:
    """Each sentence holding some feature beyond `NEUTRAL` as the model's inputs (sentences
    holding none are never scored), with its label."""
    result = []
    for text, is_tone in rows:
        folded = fold(text)
        names = features(folded)
        if not names <= NEUTRAL:
            result.append((inputs(names, folded), is_tone))
    return result


def scored(rows: Labelled) -> list[tuple[list[str] | None, bool]]:
    """Each sentence's inputs (None when it is never scored), with its label."""
    result: list[tuple[list[str] | None, bool]] = []
    for text, is_tone in rows:
        folded = fold(text)
        names = features(folded)
        result.append((None if names <= NEUTRAL else inputs(names, folded), is_tone))
    return result


def _score(model: dict[str, object], x: list[str] | None) -> float:
    return 0.0 if x is None else probability(model, x)


def choose_threshold(train_rows: list[tuple[list[str], bool]], clean_extra: list[float]) -> float:
    """The lowest threshold at which out-of-fold probabilities of the training sentences and
    the held-out sets' clean sentences warn at most CLEAN_WARNING_LIMIT of clean ones."""
    clean_scores = list(clean_extra)
    for fold_index in range(FOLDS):
        kept = [r for i, r in enumerate(train_rows) if i % FOLDS != fold_index]
        held = [r for i, r in enumerate(train_rows) if i % FOLDS == fold_index]
        model = train(kept)
        clean_scores += [probability(model, x) for x, y in held if not y]
    clean_scores.sort(reverse=True)
    allowed = int(len(clean_scores) * CLEAN_WARNING_LIMIT)
    return round(min(0.99, max(0.5, clean_scores[allowed] + 0.001)), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="measure only, write nothing")
    args = parser.parse_args()
    dev = from_set(SETS / "dev.toml", slips=True)
    labelled = list(dict.fromkeys(dev + from_tests() + from_train_file()))
    rows = featurize(labelled)
    held: Labelled = []
    for path in sorted(SETS.glob("heldout_*.toml")):
        held += from_set(path)
    held_rows = scored(held)
    model = train(rows)
    clean_held = [_score(model, x) for x, y in held_rows if not y]
    threshold = choose_threshold(rows, clean_held)
    tone = [_score(model, x) >= threshold for x, y in held_rows if y]
    clean = [s >= threshold for s in clean_held]
    print(
        f"trained on {len(rows)} sentences ({sum(y for _x, y in rows)} tone lines) of "
        f"{len(labelled)}; threshold {threshold}"
    )
    print(
        f"held-out sets: tone lines reaching it {sum(tone)}/{len(tone)}, clean sentences "
        f"{sum(clean)}/{len(clean)}"
    )
    model["threshold"] = threshold
    if not args.dry_run:
        OUTPUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
