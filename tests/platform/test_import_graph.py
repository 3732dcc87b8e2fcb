"""Reading the imports of every module under followup/, lazy ones inside functions included:
no two modules import each other, directly or round a longer circle, the pure domain
(`followup.lib`) imports nothing from the Django apps above it, and the job search and the
messages built on it reach nothing built on them, not even through a third module."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import followup

ROOT = Path(followup.__file__).parent


def modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = ("followup", *path.relative_to(ROOT).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imported(path: Path, known: dict[str, Path]) -> set[str]:
    """The followup modules a file imports. `from package import module` counts as importing
    that module, not its package: Python loads a package before its modules anyway."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            inner = {f"{node.module}.{alias.name}" for alias in node.names}
            names |= inner & known.keys()
            if inner - known.keys():
                names.add(node.module)
    return {name for name in names if name in known}


@cache
def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imported(path, known) - {name} for name, path in known.items()}


def circle_from(start: str, edges: dict[str, set[str]]) -> list[str]:
    """A path of imports leading from `start` back to it; empty when there is none."""
    paths = [[start]]
    seen = {start}
    while paths:
        path = paths.pop()
        for name in sorted(edges[path[-1]]):
            if name == start:
                return [*path, start]
            if name not in seen:
                seen.add(name)
                paths.append([*path, name])
    return []


def test_the_graph_holds_the_apps_and_their_imports() -> None:
    edges = graph()
    assert "followup.records.importing.followup_json" in edges["followup.records.importing"]
    assert "followup.lib.tabular" in edges["followup.records.importing.tracker_csv"]


def test_no_module_imports_one_that_imports_it_back() -> None:
    edges = graph()
    circles = [circle_from(name, edges) for name in sorted(edges)]
    assert [" → ".join(circle) for circle in circles if circle][:1] == []


def test_the_pure_domain_imports_nothing_from_the_apps() -> None:
    upward = {
        name: sorted(target for target in targets if not target.startswith("followup.lib"))
        for name, targets in graph().items()
        if name.startswith("followup.lib")
    }
    assert {name: targets for name, targets in upward.items() if targets} == {}


# The areas built on each lower one: their models point at it, or they plan from it. The lower
# area may not import them, directly or through another module.
THE_APPS_ABOVE = (
    "followup.due",
    "followup.details",
    "followup.today",
    "followup.notes",
    "followup.caseload",
    "followup.reminders",
    "followup.records",
    "followup.demo",
)
BUILT_ON = {
    "followup.jobsearch": ("followup.interactions", *THE_APPS_ABOVE),
    "followup.interactions": THE_APPS_ABOVE,
}


def inside(name: str, areas: tuple[str, ...]) -> bool:
    return any(name == area or name.startswith(f"{area}.") for area in areas)


def way_up(start: str, areas: tuple[str, ...], edges: dict[str, set[str]]) -> list[str]:
    """A path of imports from `start` to a module of `areas`; empty when there is none."""
    paths = [[start]]
    seen = {start}
    while paths:
        path = paths.pop(0)
        for name in sorted(edges[path[-1]]):
            if inside(name, areas):
                return [*path, name]
            if name not in seen:
                seen.add(name)
                paths.append([*path, name])
    return []


def test_the_way_up_is_found_through_a_third_module() -> None:
    edges = {"low.a": {"low.b"}, "low.b": {"mid"}, "mid": {"high.c"}, "high.c": set()}
    assert way_up("low.a", ("high",), edges) == ["low.a", "low.b", "mid", "high.c"]
    assert way_up("mid", ("low",), edges) == []


def test_the_job_search_and_the_messages_import_nothing_built_on_them() -> None:
    edges = graph()
    upward = [
        " → ".join(path)
        for lower, above in BUILT_ON.items()
        for name in sorted(edges)
        if inside(name, (lower,))
        if (path := way_up(name, above, edges))
    ]
    assert upward == []
