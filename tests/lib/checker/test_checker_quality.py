"""The whole corpus, as bench/check_quality.py measures it: the checker catches at least 95% of
the defects planted in notes of every kind, and gives an error to at most 1 clean note in 40."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_quality", ROOT / "bench/check_quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_large_and_varied_enough_to_measure(bench: ModuleType) -> None:
    samples = bench.load_corpus()
    clean = [s for s in samples if not s.expect]
    planted = [code for s in samples for code in s.expect]
    assert len(clean) >= 40
    assert len({s.context.kind for s in clean}) >= 6
    for code in ("accusatory", "placeholder", "wrong-company", "thanks-reason", "empty"):
        assert planted.count(code) >= 6, code


def test_it_catches_the_planted_defects_and_leaves_clean_notes_alone(bench: ModuleType) -> None:
    quality = bench.measure(bench.load_corpus())
    assert quality.detection >= bench.DETECTION_TARGET, bench.report(quality, verbose=True)
    allowed = max(1, int(quality.clean * bench.FALSE_ERROR_LIMIT))
    assert quality.clean_with_error <= allowed, bench.report(quality, verbose=True)


MESSAGE_LEVEL = ("accusatory", "placeholder", "wrong-company", "thanks-reason", "empty")


def test_every_message_level_defect_is_caught_at_least_nine_times_in_ten(
    bench: ModuleType,
) -> None:
    """Tone, blanks, another employer, reasonless thanks and empty notes, one by one: a high
    overall rate must not hide one kind of defect the checker misses."""
    quality = bench.measure(bench.load_corpus())
    weak = {
        code: f"{quality.caught[code]}/{quality.planted[code]}"
        for code in MESSAGE_LEVEL
        if quality.caught[code] < 0.9 * quality.planted[code]
    }
    assert weak == {}
