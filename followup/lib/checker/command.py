"""`followup check`: check a note from a file or standard input and print what to fix.

Pure like the checker: no Django, no database. Exit status 0 when nothing is an error, 1 when
something is, 2 when the command was used wrongly (a bad date, an unreadable file)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata
from dataclasses import replace
from datetime import date
from typing import TextIO

from followup.lib.businessdays import DEFAULT_PROVINCE
from followup.lib.checker import KINDS, CheckContext, Finding, character_count, check, word_count
from followup.lib.checker.language import LANGUAGES, detect
from followup.lib.checker.messages import message_for
from followup.lib.zones import this_computers_day

EXIT_CLEAN = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2
_WINDOW = 70  # characters of a long line shown around a finding


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, told the terminal's width: left to find it, argparse imports
    shutil (and its compression modules) on every start of the command."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_columns() - 2)


def _terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size() reads it: $COLUMNS, else the
    terminal's, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.__stdout__ is None:
        return 80
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup check",
        description="Check a note before you send it: spelling (Canadian English), the "
        "greeting's name, other employers' names, template blanks, length, tone, timing.",
        formatter_class=_Formatter,
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE|-",
        help="the note to check; - or nothing reads standard input",
    )
    parser.add_argument("--kind", required=True, choices=KINDS, help="what kind of note it is")
    parser.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="NAME",
        help="full name of a person the note is for (repeat for each)",
    )
    parser.add_argument(
        "--other",
        action="append",
        default=[],
        metavar="NAME",
        help="someone else from the record, who is not a recipient",
    )
    parser.add_argument("--company", default="", metavar="NAME", help="the employer")
    parser.add_argument("--role", default="", metavar="TITLE", help="the job title")
    parser.add_argument(
        "--other-company",
        action="append",
        default=[],
        metavar="NAME",
        help="another employer you applied to (repeat for each)",
    )
    parser.add_argument("--sender", default="", metavar="NAME", help="your name")
    parser.add_argument(
        "--word",
        action="append",
        default=[],
        metavar="WORD",
        help="a name, place or term to accept as spelled right",
    )
    timing = parser.add_mutually_exclusive_group()
    timing.add_argument(
        "--decision-by",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the employer said they would decide by",
    )
    timing.add_argument(
        "--follow-up-on",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the first day a follow-up may be sent",
    )
    parser.add_argument(
        "--province",
        default=DEFAULT_PROVINCE,
        metavar=DEFAULT_PROVINCE,
        help=f"province whose holidays are skipped (default {DEFAULT_PROVINCE})",
    )
    parser.add_argument(
        "--today", type=_iso_date, metavar="YYYY-MM-DD", help="check as if today were this date"
    )
    parser.add_argument(
        "--sequence",
        type=int,
        default=1,
        metavar="N",
        help="which follow-up this is (1 for the first)",
    )
    parser.add_argument(
        "--premium", action="store_true", help="LinkedIn Premium: 300 characters instead of 200"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the note's language (en or fr); by default it is read from the note's words",
    )
    parser.add_argument(
        "--messages",
        choices=LANGUAGES,
        help="the language of the findings' messages; by default the note's language",
    )
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if isinstance(exit_.code, int | None) else EXIT_USAGE
    try:
        text = _read(args.file)
        follow_up_on = _follow_up_on(args)
    except (OSError, UnicodeDecodeError, ValueError, NotImplementedError) as problem:
        print(f"followup check: {problem}", file=sys.stderr)
        return EXIT_USAGE
    context = CheckContext(
        kind=args.kind,
        recipients=tuple(args.to),
        others=tuple(args.other),
        company=args.company,
        role=args.role,
        other_companies=tuple(args.other_company),
        sender=args.sender,
        known_words=tuple(args.word),
        follow_up_on=follow_up_on,
        today=args.today or this_computers_day(),
        premium=args.premium,
        sequence=args.sequence,
        lang=args.lang or detect(text),
    )
    findings = check(text, context)
    messages = args.messages or context.lang  # the translation layer: messages.py
    findings = [replace(f, message=message_for(f, messages)) for f in findings]
    if args.json:
        _print_json(text, findings, sys.stdout)
    else:
        _print_readable("<stdin>" if args.file == "-" else args.file, text, findings, sys.stdout)
    return EXIT_ERRORS if any(f.severity == "error" for f in findings) else EXIT_CLEAN


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _follow_up_on(args: argparse.Namespace) -> date | None:
    if args.decision_by is None:
        return args.follow_up_on  # type: ignore[no-any-return]
    from followup.lib.timeline import follow_up_date

    # The timeline reader's own rule: the decision day must pass, then a business day of grace.
    return follow_up_date(args.decision_by, args.decision_by, args.province)


def _print_json(text: str, findings: list[Finding], out: TextIO) -> None:
    payload = {
        "findings": [finding.to_dict() for finding in findings],
        "words": word_count(text),
        "characters": character_count(text),
    }
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _print_readable(name: str, text: str, findings: list[Finding], out: TextIO) -> None:
    line_starts = [0] + [index + 1 for index, ch in enumerate(text) if ch == "\n"]
    for finding in findings:
        line_number = _line_of(line_starts, finding.start)
        line_start = line_starts[line_number - 1]
        line_end = text.find("\n", line_start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        column = finding.start - line_start
        width = max(1, min(finding.end, line_start + len(line)) - finding.start)
        out.write(f"{name}:{line_number}:{column + 1}: {finding.severity} [{finding.code}] ")
        out.write(f"{finding.message}\n")
        shown, caret_at = _window(line, column, width)
        out.write(f"    {shown}\n")
        out.write(f"    {_pad(shown[:caret_at])}{'^' * _width(line[column : column + width])}\n")
        if finding.suggestions:
            out.write(f"    suggestions: {', '.join(finding.suggestions)}\n")
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    if findings:
        out.write(f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}. ")
    else:
        out.write("Nothing to fix. ")
    out.write(f"{_plural(word_count(text), 'word')}, ")
    out.write(f"{_plural(character_count(text), 'character')}.\n")


def _line_of(line_starts: list[int], index: int) -> int:
    low, high = 0, len(line_starts)
    while high - low > 1:
        middle = (low + high) // 2
        if line_starts[middle] <= index:
            low = middle
        else:
            high = middle
    return low + 1


def _window(line: str, column: int, width: int) -> tuple[str, int]:
    """The part of a long line around the finding, and where the finding starts in it."""
    if len(line) <= _WINDOW * 2:
        return line, column
    start = max(0, column - _WINDOW // 2)
    end = min(len(line), max(column + width, start + _WINDOW) + _WINDOW // 2)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(line) else ""
    return prefix + line[start:end] + suffix, len(prefix) + column - start


def _width(text: str) -> int:
    return max(1, sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))


def _pad(text: str) -> str:
    """Spaces as wide as `text` on a terminal, keeping its tabs."""
    return "".join("\t" if ch == "\t" else " " * _width(ch) for ch in text)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


if __name__ == "__main__":
    raise SystemExit(main())
