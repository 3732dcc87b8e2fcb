"""How well the note checker does on the corpus: every planted defect caught, no error raised on
a clean note. Run it: `.venv/bin/python bench/check_quality.py` (`--verbose` lists each miss
and each false error).

The corpus is every file under tests/lib/checker/corpus/ (any folder depth):
- `*.txt`: one note. A TOML header (the context's fields, and `expect`: the codes that must be
  found), a line "---", then the note. No `expect` (or an empty one) means a clean note.
- `*.toml`: many notes. An optional `[defaults]` table of context fields shared by the file's
  notes, then `[[note]]` tables, each with `text`, optional `expect` and context fields.

A planted defect is one expected code of one note; it is caught when the checker finds that code
(at any severity). A clean note is "given an error" when any finding is an error.
Targets (issue 8): at least 95% of planted defects caught, at most 1 clean note in 40 with an
error.

`--corpus tests/lib/checker/heldout` measures the held-out notes instead: written before the rules
they test and never tuned on, they are the honest measure of notes the checker has not seen."""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from followup.lib.checker import CheckContext, check  # noqa: E402

CORPUS = ROOT / "tests" / "lib" / "checker" / "corpus"
DETECTION_TARGET = 0.95
FALSE_ERROR_LIMIT = 1 / 40


@dataclass(frozen=True)
class Sample:
    """One note of the corpus: where it comes from, its context, its text, the codes expected."""

    name: str
    context: CheckContext
    text: str
    expect: tuple[str, ...]


def _context(values: dict[str, Any]) -> CheckContext:
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return CheckContext(**fields)


def _from_txt(path: Path) -> list[Sample]:
    header, separator, text = path.read_text(encoding="utf-8").partition("\n---\n")
    if not separator:
        raise ValueError(f"{path}: needs a TOML header, then a line ---")
    values = tomllib.loads(header)
    expect = tuple(values.pop("expect", ()))
    return [Sample(f"{path.parent.name}/{path.name}", _context(values), text, expect)]


def _from_toml(path: Path) -> list[Sample]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    defaults = data.get("defaults", {})
    samples = []
    for index, entry in enumerate(data.get("note", []), start=1):
        values = {**defaults, **entry}
        text = values.pop("text")
        expect = tuple(values.pop("expect", ()))
        values.pop("why", None)  # a comment: what the note shows
        name = f"{path.parent.name}/{path.name}#{index}"
        samples.append(Sample(name, _context(values), text, expect))
    return samples


def load_corpus(folder: Path = CORPUS) -> list[Sample]:
    """Every note of every corpus file under `folder`, in a stable order."""
    samples: list[Sample] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".txt":
            samples += _from_txt(path)
        elif path.suffix == ".toml":
            samples += _from_toml(path)
    return samples


@dataclass
class Quality:
    planted: Counter[str]
    caught: Counter[str]
    misses: list[tuple[str, str]]  # (note, code)
    clean: int
    false_errors: list[tuple[str, str, str]]  # (note, code, text)

    @property
    def detection(self) -> float:
        total = sum(self.planted.values())
        return sum(self.caught.values()) / total if total else 1.0

    @property
    def clean_with_error(self) -> int:
        return len({name for name, _code, _text in self.false_errors})


def measure(samples: list[Sample]) -> Quality:
    quality = Quality(Counter(), Counter(), [], 0, [])
    for sample in samples:
        findings = check(sample.text, sample.context)
        found = {f.code for f in findings}
        if not sample.expect:
            quality.clean += 1
            for f in findings:
                if f.severity == "error":
                    quality.false_errors.append((sample.name, f.code, f.text))
            continue
        for code in sample.expect:
            quality.planted[code] += 1
            if code in found:
                quality.caught[code] += 1
            else:
                quality.misses.append((sample.name, code))
    return quality


def report(quality: Quality, verbose: bool) -> str:
    lines = ["code                  caught / planted"]
    for code in sorted(quality.planted):
        planted, caught = quality.planted[code], quality.caught[code]
        lines.append(f"{code:<22}{caught:>5} / {planted:<5} {100 * caught / planted:5.1f}%")
    total = sum(quality.planted.values())
    lines.append(
        f"{'all':<22}{sum(quality.caught.values()):>5} / {total:<5} "
        f"{100 * quality.detection:5.1f}%   (target ≥ {100 * DETECTION_TARGET:.0f}%)"
    )
    lines.append(
        f"clean notes given an error: {quality.clean_with_error} of {quality.clean}"
        f"   (target ≤ 1 in 40)"
    )
    if verbose:
        lines += [f"  missed {code}: {name}" for name, code in quality.misses]
        lines += [f"  false {code}: {name}: {text!r}" for name, code, text in quality.false_errors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list each miss and false error")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="the folder of notes to measure (default: the corpus; the held-out notes are in "
        "tests/lib/checker/heldout/, measured only at checkpoints)",
    )
    args = parser.parse_args(argv)
    quality = measure(load_corpus(args.corpus.resolve()))
    print(report(quality, args.verbose))
    good = quality.detection >= DETECTION_TARGET
    quiet = quality.clean_with_error <= max(1, quality.clean * FALSE_ERROR_LIMIT)
    return 0 if good and quiet else 1


if __name__ == "__main__":
    raise SystemExit(main())
