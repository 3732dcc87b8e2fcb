"""`followup`: the one command line. `check` and `timeline` run without Django or a database;
every other command is a Django management command (serve, demo, createuser, migrate…)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

PURE_COMMANDS = {
    "check": "followup.lib.checker.command",
    "timeline": "followup.lib.timeline_command",
}

USAGE = """usage: followup COMMAND [options]

Commands:
  serve                 migrate, then serve Followup on http://127.0.0.1:$PORT (default 8000)
  demo                  fill an empty data folder with a believable demo, print the logins
  createuser            create an account: --email EMAIL --name NAME [--role ROLE]
  check                 check a message: spelling, names, tone, length, timing
  timeline              read what an employer said about when they will decide
  today                 print what is due for a user
  remind                email each user a daily digest of what is due
  worker                run the background jobs (outbox, reminders) on their own
  import, export        bring records in from a file, or take them out
  check --deploy        Django's security check of the production settings
  help                  list every command, Django's own included

Run `followup COMMAND --help` for a command's options."""


def main(argv: list[str] | None = None) -> int:
    """Run one command; Ctrl+C ends any of them with one line, not a traceback."""
    try:
        return _run(argv)
    except KeyboardInterrupt:
        print("followup: stopped (Ctrl+C).", file=sys.stderr)
        return 130


def _run(argv: list[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(USAGE)
        return 0
    command = args[0]
    if command == "check" and "--deploy" in args:
        command = "django-check"  # Django's own system check, not the note checker
    if command == "django-check":
        args[0] = "check"
    elif command in PURE_COMMANDS:
        from importlib import import_module

        if argv is None:
            # The program itself (not a call from other code): a short process whose objects
            # all live to its end, so the cycle collector would only walk them, again and again.
            gc.disable()
        module = import_module(PURE_COMMANDS[command])
        result: int = module.main(args[1:])
        if argv is None:
            _exit_now(result)
        return result
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    import django
    from django.core.management import execute_from_command_line

    from followup.lib.env import ConfigError

    try:
        if _uses_the_database(args):
            django.setup()
            problem = _database_ready()
            if problem:
                print(f"followup: {problem}", file=sys.stderr)
                return 1
        execute_from_command_line(["followup", *args])
    except ConfigError as error:
        print(f"followup: configuration error: {error}", file=sys.stderr)
        return 2
    return 0


def _exit_now(status: int) -> None:
    """End the process with `status` once what it printed is out, without tearing down the
    interpreter: walking and freeing every object of the checker's data one by one costs
    ~60 ms of CPU, a fifth of a cold check. A pure command starts no thread, registers
    nothing to run at exit and leaves no file open for writing; when its output cannot be
    written (a closed pipe), Python ends the usual way and reports it as it always does."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started without that stream
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(status)


# Django's commands that make or inspect the tables themselves, or use no database.
NO_DATABASE = {
    "check", "migrate", "makemigrations", "showmigrations", "sqlmigrate", "squashmigrations",
    "optimizemigration", "help", "version", "collectstatic", "findstatic", "compilemessages",
    "makemessages", "diffsettings", "dbshell", "test", "testserver", "startapp", "startproject",
    "sendtestemail", "serve",  # serve migrates on its own, then says where the data is
}  # fmt: skip


def _uses_the_database(args: list[str]) -> bool:
    return args[0] not in NO_DATABASE and not {"-h", "--help"} & set(args)


def _database_ready() -> str | None:
    """Make a command work on a fresh data folder: the SQLite database in the data folder is
    created or brought up to date, as `followup serve` does; another database (PostgreSQL,
    shared by an agency's servers) is migrated only on purpose, so the answer is what to run."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if not executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return None
    database = settings.DATABASES["default"]
    own_sqlite = str(database["ENGINE"]).endswith("sqlite3") and (
        Path(str(database["NAME"])).parent == settings.DATA_DIR
    )
    if not own_sqlite:
        return "the database is not up to date with this version: run `followup migrate` first."
    call_command("migrate", interactive=False, verbosity=0)
    return None


if __name__ == "__main__":
    raise SystemExit(main())  # a pure command ends in main (_exit_now)
