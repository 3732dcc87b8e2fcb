"""`followup.lib` is the pure domain: every module in it imports without Django, so that it can
be used and tested with plain values. Each module is imported in a fresh interpreter."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import followup.lib

PROBE = """
import importlib, json, sys
found = {}
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    found[name] = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))[:3]
print(json.dumps(found))
"""


def lib_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(followup.lib.__path__, prefix="followup.lib.")
    )


def test_the_walk_finds_the_lib_modules() -> None:
    names = lib_modules()
    assert {"followup.lib.dates", "followup.lib.tabular", "followup.lib.checker"} <= set(names)
    assert all(name.startswith("followup.lib.") for name in names)


def test_no_followup_lib_module_imports_django() -> None:
    names = ["followup.lib", *lib_modules()]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(names)],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "", "PYTHONPATH": ":".join(sys.path)},
    )
    found = json.loads(done.stdout)
    assert list(found) == names
    # Django stays loaded once in: the first module whose import brought it is the culprit.
    culprit = next((name for name, modules in found.items() if modules), None)
    assert culprit is None, f"{culprit} imports {found[culprit]}"
