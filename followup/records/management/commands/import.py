"""`followup import --user EMAIL FILE [--dry-run]`: import a Followup JSON export, an
applications CSV or LinkedIn's Connections.csv (recognised from the file) into one user's
records. Prints what is added, matched and skipped. Exit 1, writing nothing, when a row has a
problem (each named by row and column); exit 2 on usage errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from followup.lib.tabular import APPLICATIONS, FOLLOWUP_JSON, LINKEDIN
from followup.records.importing import (
    FileProblem,
    Line,
    Plan,
    apply_import,
    plan_import,
    read_file,
)
from followup.records.management.commands.export import USAGE, user_by_email

# What each kind of file is, as the report's first line names it.
FILE_KINDS = {
    APPLICATIONS: "a list of applications",
    LINKEDIN: "LinkedIn connections",
    FOLLOWUP_JSON: "a Followup export",
}


class Command(BaseCommand):
    help = "Import a Followup export, an applications CSV or LinkedIn's Connections.csv."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, metavar="EMAIL")
        parser.add_argument("file", metavar="FILE")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would be imported, write nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        user = user_by_email(options["user"])
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"no file {path}", returncode=USAGE)
        try:
            text, encoding = read_file(path.read_bytes())
            if options["dry_run"]:
                plan = plan_import(user, text, encoding)
            else:
                plan = apply_import(user, text, encoding)
        except FileProblem as problem:
            raise CommandError(str(problem), returncode=1) from None
        self._report(path, plan, options["dry_run"], options["verbosity"])
        if not plan.ok:
            for bad_row in plan.problems:
                self.stderr.write(str(bad_row))
            raise CommandError(
                f"{len(plan.problems)} problem(s) in {path.name}: nothing was imported",
                returncode=1,
            )

    def _report(self, path: Path, plan: Plan, dry_run: bool, verbosity: int) -> None:
        self.stdout.write(f"{path.name}: {FILE_KINDS.get(plan.kind, plan.kind)}")
        if plan.encoding == "cp1252":
            self.stdout.write("(read as Windows-1252 text, not UTF-8)")
        sections = [
            ("Added", plan.added),
            ("Already there", plan.matched),
            ("Skipped", plan.skipped),
        ]
        if dry_run or not plan.ok:
            sections[0] = ("Would add", plan.added)
        for title, lines in sections:
            if lines:
                self.stdout.write(f"{title}: {len(lines)}")
                if verbosity > 1 or title != "Already there":
                    for line in lines:
                        self.stdout.write("  " + _line(line))
        if plan.ok:
            self.stdout.write(plan.summary(done=not dry_run))


def _line(line: Line) -> str:
    return f"row {line.row}: {line.text}" if line.row else line.text
