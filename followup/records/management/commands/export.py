"""`followup export --user EMAIL [--format json|csv] [--output PATH]`: everything one user owns,
as one JSON document (to stdout unless --output) or a zip of CSV files (needs --output)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from followup.accounts.models import User
from followup.records.exporting import export_csv_zip, export_json

USAGE = 2


def user_by_email(email: str) -> User:
    user = User.objects.filter(email__iexact=email.strip()).first()
    if user is None:
        raise CommandError(f"no account with the email {email}", returncode=USAGE)
    return user


class Command(BaseCommand):
    help = "Export everything one user owns: JSON (stdout by default) or a zip of CSV files."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--user", required=True, metavar="EMAIL")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--output", metavar="PATH", help="file to write (needed for csv)")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["format"] == "csv" and not options["output"]:
            raise CommandError(
                "--format csv writes a zip file: give --output PATH", returncode=USAGE
            )
        user = user_by_email(options["user"])
        output = Path(options["output"]) if options["output"] else None
        if output is not None and not output.parent.is_dir():
            raise CommandError(f"no folder {output.parent}", returncode=USAGE)
        if output is not None and output.is_dir():
            raise CommandError(
                f"{output} is a folder: give a file name, e.g. {output / 'followup.json'}",
                returncode=USAGE,
            )
        try:
            self._write(user, options["format"], output)
        except OSError as error:
            raise CommandError(f"cannot write {output}: {error.strerror}", returncode=1) from None

    def _write(self, user: User, kind: str, output: Path | None) -> None:
        if kind == "csv":
            assert output is not None
            output.write_bytes(export_csv_zip(user))
        elif output is not None:
            output.write_text(export_json(user), encoding="utf-8")
        else:
            self.stdout.write(export_json(user), ending="")
            return
        self.stderr.write(f"Wrote {output}")
