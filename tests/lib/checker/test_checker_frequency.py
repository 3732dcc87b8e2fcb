"""Word frequencies kept in the cache folder between processes read back as the list says."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.lib.checker.frequency import Frequencies


def test_frequencies_read_back_from_the_cache_are_the_lists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(tmp_path))
    fresh = Frequencies("en")
    assert len(list(tmp_path.glob("frequency-en-*.bin"))) == 1
    again = Frequencies("en")
    assert list(again.zipf.items()) == list(fresh.zipf.items())
    assert list(again.groups.items()) == list(fresh.groups.items())
    assert again.zipf["the"] > again.zipf["interview"] > 3
    assert "interview" in again.groups["i", 9][:50]
    assert again.near_in_length(9, 1, "i")[:3] == fresh.near_in_length(9, 1, "i")[:3]


def test_frequencies_are_read_when_the_cache_folder_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(tmp_path / "a-file" / "cache"))
    table = Frequencies("en")
    assert table.of("Interview") == table.zipf["interview"] > 3
