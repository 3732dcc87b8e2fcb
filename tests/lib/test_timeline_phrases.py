"""The timeline reader on a varied set of employer phrases kept in a data file
(tests/lib/data/timeline_phrases.toml): each with its interview day and the decision day, or
the status when no day can be read."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from followup.lib.timeline import read_timeline

CASES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "data" / "timeline_phrases.toml").read_text(encoding="utf-8")
)["case"]


def test_the_set_is_large_and_varied() -> None:
    assert len(CASES) >= 60
    assert len({case["phrase"] for case in CASES}) >= 55
    assert len({case["interviewed"] for case in CASES}) >= 8


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{case['interviewed']} {case['phrase']}" for case in CASES]
)
def test_it_reads_what_employers_say(case: dict[str, Any]) -> None:
    timeline = read_timeline(case["phrase"], case["interviewed"], case.get("province", "ON"))
    expected: date | None = case.get("decision")
    assert timeline.decision_by == expected, timeline.explanation
    assert timeline.status == case.get("status", "read")
    if expected is None:
        # No day read: never a silent default, and the follow-up still comes after the interview.
        assert timeline.phrase.strip() == "" or "Followup" in timeline.explanation
        assert timeline.follow_up_on > case["interviewed"]
    else:
        assert timeline.follow_up_on > expected
