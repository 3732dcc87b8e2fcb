"""Train the learned tone model (followup/lib/checker/tone_scorer.py) from the checker's corpus.

Run it: `.venv/bin/python tools/train_tone_scorer.py` (`--dry-run` measures without writing).

Sentences come from the English `*.toml` corpus files under tests/lib/checker/corpus/message/:
- a note that expects "accusatory" has one or two tone lines among neutral filler; a body
  sentence of such a note is a tone line when no other note of its file repeats it and no clean
  note has it (the corpus files reuse their filler lines across notes); its repeated sentences
  are clean;
- every body sentence of a note that expects nothing is clean.
Each sentence becomes the features tone.py finds in it (data/tone_features.txt), each one and
each pair, and its words; the model is a logistic regression over them with an L2 penalty, so a
pair or a word seen rarely keeps a small weight. The held-out notes of
tests/lib/checker/heldout/ are never read.

It is measured honestly first: trained on the files whose name does not start with "heldout"
(earlier held-out sets now in the corpus), the threshold chosen on out-of-fold probabilities
(files split in folds) so at most `CLEAN_WARNING_LIMIT` of clean sentences would get a warning,
then tested on the "heldout" files. The shipped model is then trained on every file, its
threshold chosen the same way."""

from __future__ import annotations

import argparse
import json
import math
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from followup.lib.checker.tone import sentence_features  # noqa: E402
from followup.lib.checker.tone_scorer import inputs, sentences  # noqa: E402

CORPUS = ROOT / "tests" / "lib" / "checker" / "corpus" / "message"
OUTPUT = ROOT / "followup" / "lib" / "checker" / "data" / "tone_scorer.json"
CLEAN_WARNING_LIMIT = 0.04
FOLDS = 5
STEPS = 400
RATE = 2.0
L2 = 0.002

Labelled = list[tuple[str, bool]]  # (sentence, is a tone line)


def _notes(path: Path) -> list[tuple[str, bool]]:
    """(text, expects a tone finding) for each English note of a corpus file; notes that expect
    another defect only are left out (their lines are not known to be clean)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    defaults = data.get("defaults", {})
    result = []
    for entry in data.get("note", []):
        values = {**defaults, **entry}
        if values.get("lang", "en") != "en":
            continue
        expect = values.get("expect", [])
        if expect and "accusatory" not in expect:
            continue
        result.append((values["text"], "accusatory" in expect))
    return result


def _body(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentences(text.lower())]


def load() -> dict[str, Labelled]:
    """Labelled sentences of each corpus file, by file name."""
    notes = {path.name: _notes(path) for path in sorted(CORPUS.glob("*.toml"))}
    clean_everywhere = {
        s for file in notes.values() for text, tone in file if not tone for s in _body(text)
    }
    labelled: dict[str, Labelled] = {}
    for name, file in notes.items():
        counts = Counter(s for text, _tone in file for s in set(_body(text)))
        rows: Labelled = []
        for text, tone in file:
            for sentence in _body(text):
                unique = counts[sentence] == 1 and sentence not in clean_everywhere
                rows.append((sentence, tone and unique))
        if rows:  # each sentence once: repeated filler would drown the rare words
            labelled[name] = list(dict.fromkeys(rows))
    return labelled


def featurize(rows: Labelled) -> list[tuple[list[str], bool]]:
    """Each sentence as the model's inputs (its features and their pairs), with its label."""
    result = []
    for text, is_tone in rows:
        sentence = text.lower().replace("\u2019", "'")
        names = sentence_features(sentence, [(0, len(sentence))])[0]
        result.append((inputs(names, sentence), is_tone))
    return result


def train(rows: list[tuple[list[str], bool]]) -> dict[str, object]:
    """Logistic regression by full-batch gradient descent with an L2 penalty; tone lines and
    clean sentences weigh the same in total, whatever their numbers."""
    n_tone = sum(1 for _x, y in rows if y) or 1
    n_clean = (len(rows) - n_tone) or 1
    weight = {True: 0.5 / n_tone, False: 0.5 / n_clean}
    w: dict[str, float] = dict.fromkeys({f for x, _y in rows for f in x}, 0.0)
    bias = 0.0
    for _step in range(STEPS):
        grad: dict[str, float] = dict.fromkeys(w, 0.0)
        grad_bias = 0.0
        for x, y in rows:
            p = _sigmoid(bias + sum(w[f] for f in x))
            g = (p - (1.0 if y else 0.0)) * weight[y]
            grad_bias += g
            for f in x:
                grad[f] += g
        bias -= RATE * grad_bias
        for f in w:
            w[f] -= RATE * (grad[f] + L2 * w[f])
    kept = {f: round(v, 3) for f, v in sorted(w.items()) if abs(v) >= 0.01}
    return {"bias": round(bias, 3), "weights": kept}


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def probability(model: dict[str, object], x: list[str]) -> float:
    weights = model["weights"]
    assert isinstance(weights, dict) and isinstance(model["bias"], float)
    return _sigmoid(model["bias"] + sum(weights.get(f, 0.0) for f in x))


def choose_threshold(files: dict[str, list[tuple[list[str], bool]]]) -> float:
    """The lowest threshold at which out-of-fold probabilities warn at most
    CLEAN_WARNING_LIMIT of clean sentences (files dealt into FOLDS folds)."""
    names = sorted(files)
    clean_scores = []
    for fold in range(FOLDS):
        held = {n for i, n in enumerate(names) if i % FOLDS == fold}
        model = train([row for n in names if n not in held for row in files[n]])
        clean_scores += [probability(model, x) for n in held for x, y in files[n] if not y]
    clean_scores.sort(reverse=True)
    allowed = int(len(clean_scores) * CLEAN_WARNING_LIMIT)
    return round(min(0.99, clean_scores[allowed] + 0.001), 3)


def measure(
    model: dict[str, object], threshold: float, rows: list[tuple[list[str], bool]]
) -> tuple[float, float]:
    """(share of tone lines warned, share of clean sentences warned)."""
    tone = [probability(model, x) >= threshold for x, y in rows if y]
    clean = [probability(model, x) >= threshold for x, y in rows if not y]
    return sum(tone) / max(1, len(tone)), sum(clean) / max(1, len(clean))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="measure only, write nothing")
    args = parser.parse_args()
    files = {name: featurize(rows) for name, rows in load().items()}
    train_files = {n: r for n, r in files.items() if not n.startswith("heldout")}
    test_rows = [row for n, r in files.items() if n.startswith("heldout") for row in r]
    threshold = choose_threshold(train_files)
    model = train([row for r in train_files.values() for row in r])
    recall, false_rate = measure(model, threshold, test_rows)
    tone_n = sum(1 for _s, t in test_rows if t)
    print(
        f"heldout files: {tone_n} tone lines, {len(test_rows) - tone_n} clean sentences; "
        f"threshold {threshold}: tone lines warned {recall:.1%}, clean warned {false_rate:.1%}"
    )
    threshold = choose_threshold(files)
    model = train([row for r in files.values() for row in r])
    model["threshold"] = threshold
    print(f"shipped model: {len(model['weights'])} features, threshold {threshold}")  # type: ignore[arg-type]
    if not args.dry_run:
        OUTPUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
