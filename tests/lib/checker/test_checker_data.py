"""The data files: the shipped dictionary and its licence, and word and phrase lists that stay
consistent with it as people extend them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from followup.lib.checker import CheckContext, check, tone
from followup.lib.checker.data import DATA_DIR, cache_dir, entries, kept, pairs, patterns
from followup.lib.checker.frequency import Frequencies, frequencies
from followup.lib.checker.spelling import Speller, is_word, one_edit_away
from followup.lib.checker.tone import tone_patterns
from followup.lib.checker.wordlist import expand

pytestmark = pytest.mark.textonly  # no clock, no database: CI checks it once

TONE_LISTS = ["informal.txt", "accusatory.txt", "hostile.txt"]


def test_every_data_file_is_utf8_text() -> None:
    for path in DATA_DIR.iterdir():
        path.read_text(encoding="utf-8")


def test_the_dictionary_ships_with_its_licence_and_a_notice_naming_its_source() -> None:
    assert (DATA_DIR / "en_CA.aff").read_text(encoding="utf-8").startswith("SET UTF-8")
    assert (DATA_DIR / "en_CA.dic").stat().st_size > 500_000
    licence = (DATA_DIR / "LICENSE.en_CA").read_text(encoding="utf-8")
    assert "Copyright 2000-2018 by Kevin Atkinson" in licence
    notice = (DATA_DIR / "NOTICE").read_text(encoding="utf-8")
    assert "dictionary-en-ca" in notice and "3.0.0" in notice and "MIT AND BSD" in notice


@pytest.mark.parametrize(
    ("word", "right"),
    [
        ("colour", True),
        ("centre", True),
        ("organize", True),
        ("organise", True),
        ("résumé", True),
        ("color", False),
        ("recieve", False),
        ("belleville", False),
    ],
)
def test_the_dictionary_speaks_canadian_english(word: str, right: bool) -> None:
    assert is_word(word) is right


def test_every_word_of_the_local_word_list_is_accepted() -> None:
    rejected = [word for word in entries("words.txt") if not is_word(word)]
    assert rejected == []


def test_every_canadian_form_is_accepted_and_every_us_form_rejected() -> None:
    table = pairs("us_to_ca.tsv")
    assert len(table) >= 50
    assert [ca for ca in table.values() if not is_word(ca)] == []
    assert [us for us in table if is_word(us)] == []


def test_every_tone_list_line_compiles() -> None:
    assert len(patterns("informal.txt")) == len(entries("informal.txt")) > 10
    for name in ["accusatory.txt", "hostile.txt"]:
        sections = [entry for entry in entries(name) if entry.startswith("[")]
        assert len(tone_patterns(name)) == len(entries(name)) - len(sections) > 10
        assert all(tone.pattern.regex.pattern for tone in tone_patterns(name))  # compiled lazily


def test_every_section_of_the_tone_list_has_its_own_message() -> None:
    reasons = {tone.why for tone in tone_patterns("accusatory.txt")}
    assert reasons == {"pressure", "repeat", "blame", "guess", "guilt", "plea"}
    messages = {
        reason: next(
            f.message
            for f in check(sample, CheckContext(kind="follow-up"))
            if f.code == "accusatory"
        )
        for reason, sample in [
            ("pressure", "Please reply by Friday."),
            ("repeat", "This is my third email."),
            ("blame", "You ignored my emails."),
            ("guess", "I assume the job has been filled."),
            ("guilt", "After all the hours I spent preparing, I hoped for more."),
            ("plea", "I desperately need this job."),
        ]
    }
    assert len(set(messages.values())) == 6


@pytest.mark.parametrize("name", TONE_LISTS)
def test_every_plain_phrase_of_a_tone_list_matches_itself(name: str) -> None:
    for pattern in patterns(name):
        phrase = pattern.source.partition("=>")[0].strip()
        if not phrase.startswith("re:"):
            assert list(pattern.finditer(f"So, {phrase}.")), phrase
            assert not list(pattern.finditer(f"So, x{phrase}.")), phrase


def test_what_tone_patterns_need_is_the_same_read_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tone, "_CACHE_DIR", tmp_path)
    lines = [(tone_line.entry, tone_line.expand) for tone_line in tone_patterns("accusatory.txt")]
    worked_out = tone._needs("accusatory.txt", lines)
    assert (tmp_path / "tone-needs-accusatory.txt.json").exists()
    assert tone._needs("accusatory.txt", lines) == worked_out
    assert any(worked_out)
    # Another list (or other code) under the same name is worked out again, not read back.
    changed = [("re:\\bplease hurry\\b", True), *lines[1:]]
    needs = tone._needs("accusatory.txt", changed)[0]
    assert needs == (frozenset({"please"}), frozenset({"hurry"}))


def test_the_word_list_is_the_shipped_dictionary_expanded() -> None:
    # After a change to en_CA.dic or en_CA.aff: .venv/bin/python tools/make_word_list.py
    text = (DATA_DIR / "en_CA.words").read_text(encoding="utf-8")
    listed = text.split("# end of header\n", 1)[1].splitlines()
    expanded = expand(
        (DATA_DIR / "en_CA.dic").read_text(encoding="utf-8"),
        (DATA_DIR / "en_CA.aff").read_text(encoding="utf-8"),
    )
    assert listed == expanded
    assert len(listed) > 100_000


def _probes() -> list[str]:
    """Words as a note has them, right and wrong: common words in lower case, capitalised and
    in capitals, slips of them, our own words, words joined by hyphens."""
    common = sorted(frequencies().zipf)
    chosen = random.Random(8).sample(common, 60)
    probes = {*common[::20], *(w.capitalize() for w in common[::37]), *(w.upper() for w in chosen)}
    for word in chosen:
        probes |= one_edit_away(word)
    for word in entries("words.txt")[::5]:
        probes |= {word, word.lower(), *list(one_edit_away(word))[::9]}
    probes |= {f"{a}-{b}" for a, b in zip(chosen, chosen[1:] + ["ray", "kfx", "up"], strict=False)}
    probes |= {"x-ray", "X-ray", "e-mail", "Follow-up", "21st", "café", "Zoë", "O'Connor", "don't"}
    return sorted(probes)


def test_the_word_list_gives_hunspells_verdict_on_every_word() -> None:
    listed, hunspell = Speller(word_list="en_CA.words"), Speller()
    disagree = [word for word in _probes() if listed.spell(word) != hunspell.spell(word)]
    assert disagree == []


def test_a_clean_note_is_checked_without_starting_hunspell() -> None:
    listed = Speller(word_list="en_CA.words")
    for word in ("Dear", "Ms", "Thank", "you", "for", "the", "follow-up", "about", "role's"):
        assert listed.spell(word), word
    assert not listed.spell("recieve")
    assert listed._hunspell is None


def test_what_is_kept_between_processes_goes_in_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOLLOWUP_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "followup"
    monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(tmp_path / "chosen"))
    assert cache_dir() == tmp_path / "chosen"
    assert DATA_DIR not in cache_dir().parents


def test_tone_patterns_are_worked_out_when_the_cache_folder_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(tone, "_CACHE_DIR", tmp_path / "a-file" / "followup")
    lines = [(tone_line.entry, tone_line.expand) for tone_line in tone_patterns("hostile.txt")]
    assert tone._needs("hostile.txt", lines) == [tone._line_needs(*line) for line in lines]
    assert list(tmp_path.iterdir()) == [tmp_path / "a-file"]


def test_word_frequencies_are_the_same_made_afresh_read_back_or_with_no_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["the", "interview", "Monday", "monday", "recieve", "qzxv", "it's", "", "a\tb"]
    made = Frequencies("en")
    expected = [made.zipf.get(word, 0.0) for word in words]
    assert expected[:2] == [7.73, made.zipf["interview"]] and expected[1] > 4
    for folder in (tmp_path / "fresh", tmp_path / "fresh", tmp_path / "a-file" / "followup"):
        (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
        monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(folder))
        table = Frequencies("en")
        assert [table.get(word) for word in words] == expected
        assert [table.of(word) for word in words] == [made.of(word) for word in words]
        assert table.near_in_length(9, 2, "i") == made.near_in_length(9, 2, "i")
        assert table.near_in_length(4, 1) == made.near_in_length(4, 1)
        assert table.common == {w: z for w, z in made.zipf.items() if z >= 3.0}
    kept_names = sorted(path.name.rsplit("-", 1)[0] for path in (tmp_path / "fresh").iterdir())
    assert kept_names == ["frequency-en", "frequency-groups-en"]
    assert sorted(tmp_path.iterdir()) == [tmp_path / "a-file", tmp_path / "fresh"]


def test_what_is_kept_is_made_again_when_its_file_is_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(tmp_path))
    assert kept("test", ("titles.txt",), lambda: ("made", 1)) == ("made", 1)
    (path,) = tmp_path.iterdir()
    assert kept("test", ("titles.txt",), lambda: ("again", 2)) == ("made", 1)
    path.write_bytes(b"\x00garbage")
    assert kept("test", ("titles.txt",), lambda: ("again", 2)) == ("again", 2)
    assert kept("test", ("titles.txt",), lambda: ("a third", 3), version="2") == ("a third", 3)
    assert len(list(tmp_path.iterdir())) == 1
