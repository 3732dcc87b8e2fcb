"""`followup`: the one command line. `check` and `timeline` run without Django or a database;
every other command is a Django management command (serve, demo, createuser, migrate…)."""

from __future__ import annotations

import os
import sys

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

        module = import_module(PURE_COMMANDS[command])
        result: int = module.main(args[1:])
        return result
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "followup.settings")
    from django.core.management import execute_from_command_line

    from followup.lib.env import ConfigError

    try:
        execute_from_command_line(["followup", *args])
    except ConfigError as error:
        print(f"followup: configuration error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
