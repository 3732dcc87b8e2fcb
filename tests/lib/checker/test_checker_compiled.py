"""Regexes kept compiled between processes (compiled.py) behave as the ones `re` compiles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup.lib.checker import compiled

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

SOURCES = [
    (r"(?:please\s+)?(?:reply|respond)\b[^.!?\n]{0,30}?\bby\s+(?:friday|monday)", 0),
    (r"(?<!said\s)\byou\s+(?:still\s+)?(?:haven't|have\s+not)\b", 0),
    (r"lol|omg", re.IGNORECASE),
    (r"(x)(?:y|z)+\1", 0),
]
TEXT = "Please reply by Friday. You said you haven't. you still have not! LOL xzyzx OMG"


def _spans(regexes: list[re.Pattern[str]]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in regex.finditer(TEXT.lower())] for regex in regexes] + [
        [m.span() for m in regex.finditer(TEXT)] for regex in regexes
    ]


def test_regexes_read_back_from_the_cache_match_as_compiled_ones(tmp_path: Path) -> None:
    expected = _spans([re.compile(source, flags) for source, flags in SOURCES])
    first = compiled.compile_all(SOURCES, tmp_path, "test")
    assert len(list(tmp_path.glob("test-*.bin"))) == 1
    again = compiled.compile_all(SOURCES, tmp_path, "test")
    assert _spans(first) == _spans(again) == expected
    assert [(r.pattern, r.flags, r.groups) for r in again] == [
        (r.pattern, r.flags, r.groups) for r in first
    ]


def test_a_damaged_or_unwritable_cache_still_gives_the_right_regexes(tmp_path: Path) -> None:
    expected = _spans([re.compile(source, flags) for source, flags in SOURCES])
    compiled.compile_all(SOURCES, tmp_path, "test")
    (kept,) = tmp_path.glob("test-*.bin")
    data = kept.read_bytes()
    kept.write_bytes(data[: len(data) // 2] + bytes(len(data) - len(data) // 2))
    assert _spans(compiled.compile_all(SOURCES, tmp_path, "test")) == expected
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    unwritable = tmp_path / "a-file" / "cache"
    assert _spans(compiled.compile_all(SOURCES, unwritable, "test")) == expected


def test_a_python_whose_private_regex_compiler_differs_still_gets_the_right_regexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _spans([re.compile(source, flags) for source, flags in SOURCES])
    monkeypatch.delattr(compiled._compiler, "_code")
    regexes = compiled.compile_all(SOURCES, tmp_path, "test")
    assert _spans(regexes) == expected
    assert list(tmp_path.glob("test-*.bin")) == []
