"""The corpus: realistic good notes must raise no error (a checker that cries wolf gets
ignored), and realistic bad notes must be caught."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from followup.lib.checker import KINDS, CheckContext, check

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

CORPUS = Path(__file__).with_name("corpus")


def read_corpus_file(path: Path) -> tuple[CheckContext, str, dict[str, Any]]:
    """A corpus file: a TOML header with the context (and, for bad notes, `expect`: the codes
    that must be found), a line "---", then the note."""
    header, separator, text = path.read_text(encoding="utf-8").partition("\n---\n")
    assert separator, f"{path.name} needs a TOML header, then a line ---"
    values = tomllib.loads(header)
    expected = {"expect": values.pop("expect", [])}
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
    return CheckContext(**fields), text, expected


GOOD = sorted((CORPUS / "good").glob("*.txt"))
BAD = sorted((CORPUS / "bad").glob("*.txt"))


def test_the_good_corpus_has_realistic_notes_of_every_kind() -> None:
    kinds = {read_corpus_file(path)[0].kind for path in GOOD}
    assert len(GOOD) >= 15
    assert kinds == set(KINDS)


@pytest.mark.parametrize("path", GOOD, ids=lambda path: path.stem)
def test_it_raises_no_error_on_a_good_note(path: Path) -> None:
    context, text, _ = read_corpus_file(path)
    errors = [f for f in check(text, context) if f.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("path", GOOD, ids=lambda path: path.stem)
def test_it_raises_no_warning_on_a_good_note_either(path: Path) -> None:
    context, text, _ = read_corpus_file(path)
    assert [(f.code, f.text) for f in check(text, context)] == []


@pytest.mark.parametrize("path", BAD, ids=lambda path: path.stem)
def test_it_catches_what_is_wrong_in_a_bad_note(path: Path) -> None:
    context, text, expected = read_corpus_file(path)
    found = {f.code for f in check(text, context)}
    assert set(expected["expect"]) <= found


def test_the_bad_corpus_covers_every_code_of_the_contract() -> None:
    expected = set()
    for path in BAD:
        expected |= set(read_corpus_file(path)[2]["expect"])
    assert expected >= {
        "spelling",
        "recipient-name",
        "missing-greeting",
        "wrong-company",
        "placeholder",
        "too-long",
        "informal",
        "accusatory",
        "thanks-reason",
        "missing-signoff",
        "too-soon",
        "repeated-word",
    }
