"""Every environment variable the settings read is in the README's table of settings, so an
operator can find each one; and the languages offered have their translations installed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation

ROOT = Path(__file__).resolve().parents[2]
READERS = {"env_str", "env_bool", "env_int", "env_list"}


def variables_read_by_settings() -> set[str]:
    tree = ast.parse((ROOT / "followup" / "settings.py").read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in READERS
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def settings_table() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Settings", 1)[1].split("\n## ", 1)[0]


def test_every_variable_the_settings_read_is_in_the_readme_table() -> None:
    variables = variables_read_by_settings()
    assert {"DATABASE_URL", "EMAIL_URL", "FOLLOWUP_HSTS_SECONDS"} <= variables  # the scan works
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", settings_table(), re.MULTILINE))
    assert sorted(variables - documented) == []


def test_each_language_offered_has_its_compiled_catalogue() -> None:
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue  # the source language needs no catalogue
        locale = translation.to_locale(code)  # "fr-ca" -> "fr_CA"
        found = [
            Path(folder) / locale / "LC_MESSAGES" / "django.mo" for folder in settings.LOCALE_PATHS
        ]
        assert any(path.is_file() for path in found), f"{code}: no {locale} catalogue"
