"""Train the learned tone scorer (followup/lib/checker/tone_scorer.py) from the checker's corpus.

Run it: `.venv/bin/python tools/train_tone_scorer.py` (`--dry-run` measures without writing).

Sentences come from the English `*.toml` corpus files under tests/lib/checker/corpus/message/:
- a note that expects "accusatory" has one or two tone lines among neutral filler; a body
  sentence of such a note is a tone line when no other note of its file repeats it and no clean
  note has it (the corpus files reuse their filler lines across notes); its repeated sentences
  are clean;
- every body sentence of a note that expects nothing is clean.
The model is a multinomial naive Bayes over lower-cased word unigrams and bigrams (negations
and softeners are ordinary words, so "no rush" and "please reply" stay different features).

It is measured honestly first: trained on the files whose name does not start with "heldout",
the threshold chosen by leave-one-file-out scores on those files so at most
`CLEAN_WARNING_LIMIT` of clean sentences would get a warning, then tested on the heldout files.
The shipped model is then trained on every file, its threshold chosen the same way."""

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

from followup.lib.checker.tone_scorer import features, sentences  # noqa: E402

CORPUS = ROOT / "tests" / "lib" / "checker" / "corpus" / "message"
OUTPUT = ROOT / "followup" / "lib" / "checker" / "data" / "tone_scorer.json"
CLEAN_WARNING_LIMIT = 0.01
MAX_FEATURES = 3000
ALPHA = 0.5  # additive smoothing

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


def _counts(rows: Labelled) -> tuple[Counter[str], Counter[str], int, int]:
    tone: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    for sentence, is_tone in rows:
        (tone if is_tone else clean).update(set(features(sentence)))
    n_tone = sum(1 for _s, t in rows if t)
    return tone, clean, n_tone, len(rows) - n_tone


def train(rows: Labelled) -> dict[str, object]:
    """Feature weights (log-likelihood ratios, pruned to the strongest) and the prior."""
    tone, clean, n_tone, n_clean = _counts(rows)
    vocabulary = set(tone) | set(clean)
    tone_total = sum(tone.values()) + ALPHA * len(vocabulary)
    clean_total = sum(clean.values()) + ALPHA * len(vocabulary)
    weights = {
        f: math.log((tone[f] + ALPHA) / tone_total) - math.log((clean[f] + ALPHA) / clean_total)
        for f in vocabulary
        if tone[f] + clean[f] >= 2
    }
    kept = sorted(weights, key=lambda f: -abs(weights[f]))[:MAX_FEATURES]
    return {
        "prior": math.log(n_tone / n_clean),
        "weights": {f: round(weights[f], 3) for f in sorted(kept)},
    }


def score(model: dict[str, object], sentence: str) -> float:
    weights = model["weights"]
    assert isinstance(weights, dict) and isinstance(model["prior"], float)
    return model["prior"] + sum(weights.get(f, 0.0) for f in set(features(sentence)))


def choose_threshold(files: dict[str, Labelled]) -> float:
    """The lowest threshold at which leave-one-file-out scores warn at most
    CLEAN_WARNING_LIMIT of clean sentences."""
    clean_scores = []
    for name, rows in files.items():
        model = train([row for other, r in files.items() if other != name for row in r])
        clean_scores += [score(model, s) for s, tone in rows if not tone]
    clean_scores.sort(reverse=True)
    allowed = int(len(clean_scores) * CLEAN_WARNING_LIMIT)
    return round(clean_scores[allowed] + 0.01, 3)


def measure(model: dict[str, object], threshold: float, rows: Labelled) -> tuple[float, float]:
    """(share of tone lines warned, share of clean sentences warned)."""
    tone = [score(model, s) >= threshold for s, t in rows if t]
    clean = [score(model, s) >= threshold for s, t in rows if not t]
    return sum(tone) / max(1, len(tone)), sum(clean) / max(1, len(clean))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="measure only, write nothing")
    args = parser.parse_args()
    files = load()
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
