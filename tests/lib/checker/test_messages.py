"""The checker's translation layer (followup/lib/checker/messages.py): every code a rule can
report reads as a whole sentence in English and in French, a finding reaches its reader in the
reader's language, and `followup check --messages` picks that language."""

from __future__ import annotations

import io
import re
import string
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from followup.lib.checker import CheckContext, check
from followup.lib.checker.command import main
from followup.lib.checker.data import DATA_DIR
from followup.lib.checker.messages import LANGUAGES, language, message_for, render, templates

CHECKER = Path(__file__).parents[3] / "followup" / "lib" / "checker"
# How the rules name a finding's code: Finding("code", …), _finding(note, "code", …), CODE = ….
_CODE = re.compile(r'(?:Finding\(\s*|_finding\(\s*(?:note,\s*)?|CODE = )"([a-z][a-z-]+)"')


def emitted_codes() -> set[str]:
    """Every code written in a checker rule's source."""
    return {code for path in CHECKER.glob("*.py") for code in _CODE.findall(path.read_text())}


def tone_reasons() -> set[str]:
    """Every "why" of a tone finding: the English sections, the French groups."""
    english = re.findall(r"^\[([a-z]+)\]", (DATA_DIR / "accusatory.txt").read_text(), re.M)
    french = tomllib.loads((DATA_DIR / "tone_fr.toml").read_text(encoding="utf-8"))
    return set(english) | {why for why in french["accusatory"] if why != "macros"}


def test_the_rules_report_the_codes_this_test_knows() -> None:
    # A guard on the guard: the source scan finds the codes, so a new one cannot slip past.
    assert {"spelling", "accusatory", "placeholder", "too-soon", "wrong-word"} <= emitted_codes()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", sorted(emitted_codes()))
def test_every_code_reads_as_a_sentence_in_each_language(code: str, lang: str) -> None:
    message = render(code, lang, {"text": "xyz"})
    assert "xyz" in message or "{" not in message
    assert "{" not in message and message.endswith((".", "?", "»", "”", ".”", ".»"))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("why", sorted(tone_reasons()))
def test_every_tone_reason_has_its_own_message(why: str, lang: str) -> None:
    assert f"accusatory.{why}" in templates(lang)


def test_english_and_french_name_the_same_messages_with_the_same_fields() -> None:
    english, french = templates("en"), templates("fr")
    assert set(english) == set(french)
    for key in english:
        assert _fields(english[key]) == _fields(french[key]), key


def _fields(choices: tuple[str, ...]) -> list[set[str]]:
    return [{name for _t, name, _s, _c in string.Formatter().parse(t) if name} for t in choices]


MARIE = CheckContext(kind="follow-up", recipients=("Marie Tremblay",), sender="Julie Roy")
SIGN = "\n\nCordialement,\nJulie Roy"


def test_a_french_note_reads_in_english_for_an_english_reader() -> None:
    text = "Bonjour Marie,\n\nJe n'ai toujours pas reçu de réponse." + SIGN
    [finding] = check(text, CheckContext(**{**MARIE.__dict__, "lang": "fr"}))
    assert "silence" in message_for(finding, "fr")
    assert "points at the reader's silence" in message_for(finding, "en")


def test_an_english_note_reads_in_french_for_a_french_reader() -> None:
    text = "Dear Marie,\n\nI still have not heard back from you.\n\nBest regards,\nJulie Roy"
    findings = [f for f in check(text, MARIE) if f.code == "accusatory"]
    assert findings
    french = message_for(findings[0], "fr-ca")
    assert french.startswith("« ") and "employeur" in french
    assert message_for(findings[0], "en") == findings[0].message  # the rule's own words


def test_a_day_is_written_in_the_readers_language() -> None:
    text = "Dear Marie,\n\nIs there any news about the role?\n\nBest regards,\nJulie Roy"
    context = CheckContext(**{**MARIE.__dict__, "lang": "fr"})
    from datetime import date

    context = CheckContext(
        **{**context.__dict__, "follow_up_on": date(2026, 12, 15), "today": date(2026, 12, 1)}
    )
    [finding] = [f for f in check(text, context) if f.code == "too-soon"]
    assert "mardi 15 décembre 2026" in message_for(finding, "fr")
    assert "Tuesday 15 December 2026" in message_for(finding, "en")


def test_an_unknown_language_reads_in_english() -> None:
    assert language("de") == "en" and language("fr_CA") == "fr" and language(None) == "en"


def test_followup_check_writes_its_messages_in_the_language_asked(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Bonjour Marie,\n\nMerci pour la reunion d'hier." + SIGN, encoding="utf-8")
    outputs = {}
    for lang in LANGUAGES:
        out = io.StringIO()
        with redirect_stdout(out):
            main(["--kind", "thank-you", "--lang", "fr", "--messages", lang, str(path)])
        outputs[lang] = out.getvalue()
    assert "does not look right in French" in outputs["en"]
    assert "orthographié" in outputs["fr"]


def test_the_notes_context_fills_what_a_rule_left_out() -> None:
    from datetime import date

    context = CheckContext(
        **{**MARIE.__dict__, "follow_up_on": date(2026, 12, 15), "today": date(2026, 12, 1)}
    )
    text = "Dear Marie,\n\nIs there any news about the role?\n\nBest regards,\nJulie Roy"
    [finding] = [f for f in check(text, context) if f.code == "too-soon"]
    assert "mardi 15 décembre 2026" in message_for(finding, "fr", context)
    assert "mardi" not in message_for(finding, "fr")  # without the context: no day to give
