"""Importing a file into one user's records: an applications CSV from another tracker
(`tracker_csv`), LinkedIn's Connections.csv (`linkedin`), or a Followup JSON export
(`followup_json`). Each source makes a `Plan` (see `plan`): what would be added, what matches
records already there, what is skipped, and the problems that stop the import.

This module only dispatches: `plan_import` recognises the file and plans, writing nothing;
`apply_import` plans again and, only when no row has a problem, writes everything in one
transaction."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from followup.accounts.models import User
from followup.lib import tabular
from followup.records.importing.followup_json import plan_json, read_document
from followup.records.importing.linkedin import plan_connections
from followup.records.importing.plan import FileProblem, Line, Plan, Problem
from followup.records.importing.tracker_csv import plan_applications

__all__ = ["FileProblem", "Line", "Plan", "Problem", "apply_import", "plan_import", "read_file"]


def read_file(data: bytes) -> tuple[str, str]:
    """The file's text and encoding; FileProblem with a message for the user otherwise."""
    return tabular.decode(data)


def plan_import(owner: User, text: str, encoding: str = "utf-8") -> Plan:
    """What importing `text` would do to `owner`'s records. Raises FileProblem when the file
    as a whole cannot be read."""
    if text.lstrip().startswith("{"):
        return plan_json(owner, read_document(text))
    return _plan_csv(owner, text, encoding)


def apply_import(owner: User, text: str, encoding: str = "utf-8") -> Plan:
    """Import for real, in one transaction; nothing is written when the plan has problems."""
    with transaction.atomic():
        plan = plan_import(owner, text, encoding)
        if plan.ok:
            for step in plan.steps:
                step()
    return plan


def _plan_csv(owner: User, text: str, encoding: str) -> Plan:
    table = tabular.read_table(text)
    parsed = tabular.parse(table)
    plan = Plan(kind=table.kind, encoding=encoding, problems=list(parsed.problems))
    plan.skipped += [Line(row, _("Empty row.")) for row in parsed.blank_rows]
    if table.kind == tabular.LINKEDIN:
        plan_connections(owner, parsed.connections, table, plan)
    else:
        plan_applications(owner, parsed.applications, table, plan)
    plan.problems.sort(key=lambda problem: problem.row)
    return plan
