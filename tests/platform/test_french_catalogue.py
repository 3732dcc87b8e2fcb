"""The French (Canada) catalogue is complete: every entry translated, none fuzzy, the committed
.mo matches the .po, and every string marked in the code is in the catalogue.

After adding or changing strings: `make messages` refreshes the catalogue and recompiles it;
then translate the new entries (no fuzzy ones) and run `make messages` again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.test import override_settings

import followup

PACKAGE = Path(followup.__file__).resolve().parent
CATALOGUE = PACKAGE / "locale" / "fr_CA" / "LC_MESSAGES" / "django"
NEEDS_GETTEXT = "makemessages needs GNU gettext (xgettext, msguniq, msgmerge): not installed"


def translations(entries: list[polib._BaseEntry]) -> dict[tuple[str, str], object]:
    """Each entry's key (context, text) and its translation(s), for comparing two catalogues."""
    found: dict[tuple[str, str], object] = {}
    for entry in entries:
        if entry.msgid:
            key = (entry.msgctxt or "", entry.msgid)
            found[key] = dict(entry.msgstr_plural) if entry.msgid_plural else entry.msgstr
    return found


def test_every_entry_is_translated_and_none_is_fuzzy() -> None:
    po = polib.pofile(f"{CATALOGUE}.po")
    assert len(po) > 500
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated, such as {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy, such as {fuzzy[:5]}"
    assert not po.metadata_is_fuzzy, "a fuzzy header hides the plural forms from gettext"
    assert po.metadata["Plural-Forms"].startswith("nplurals=2;")


def test_the_compiled_catalogue_matches_the_translations() -> None:
    po = polib.pofile(f"{CATALOGUE}.po")
    mo = polib.mofile(f"{CATALOGUE}.mo")
    assert translations(list(mo)) == translations(po.translated_entries()), (
        "django.mo is out of date: recompile it (see the command at the top of this file)"
    )


@pytest.mark.skipif(shutil.which("xgettext") is None, reason=NEEDS_GETTEXT)
@pytest.mark.skipif(shutil.which("msguniq") is None, reason=NEEDS_GETTEXT)
def test_every_string_in_the_code_is_in_the_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "followup"
    shutil.copytree(
        PACKAGE, copy, ignore=shutil.ignore_patterns("lib", "locale", "static", "__pycache__")
    )
    monkeypatch.chdir(copy)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["fr_CA"], verbosity=0)
    fresh = translations(polib.pofile(str(tmp_path / "locale/fr_CA/LC_MESSAGES/django.po")))
    assert len(fresh) > 500, "makemessages found too few strings: is the copy complete?"
    ours = translations(polib.pofile(f"{CATALOGUE}.po"))
    missing = sorted(text for (_, text) in fresh.keys() - ours.keys())
    assert not missing, f"{len(missing)} strings not in the catalogue, such as {missing[:5]}"
