"""`followup timeline "PHRASE" --interviewed YYYY-MM-DD`: read what an employer said about when
they will decide, and print when to follow up. Pure: no Django, no database."""

from __future__ import annotations

import argparse
import json
from datetime import date

from holidays.countries.canada import Canada

from followup.lib.businessdays import DEFAULT_PROVINCE
from followup.lib.timeline import read_timeline

PROVINCES: tuple[str, ...] = tuple(Canada.subdivisions)


def _interview_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date: write it as YYYY-MM-DD, for example 2027-02-09"
        ) from None


def _province(text: str) -> str:
    code = text.strip().upper()
    if code not in PROVINCES:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a Canadian province or territory code: use one of "
            + ", ".join(PROVINCES)
        )
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup timeline",
        description="Read what an employer said about when they will decide, "
        "and say when to follow up.",
    )
    parser.add_argument("phrase", help='what they said, for example "within two weeks"')
    parser.add_argument(
        "--interviewed",
        required=True,
        type=_interview_date,
        metavar="YYYY-MM-DD",
        help="the day of the interview",
    )
    parser.add_argument(
        "--province",
        default=DEFAULT_PROVINCE,
        type=_province,
        help=f"whose statutory holidays to skip (default {DEFAULT_PROVINCE})",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Exit 0 on success; argparse exits 2 on a usage error (bad date, unknown province)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    timeline = read_timeline(args.phrase, args.interviewed, args.province)
    if args.json:
        decision_by = timeline.decision_by.isoformat() if timeline.decision_by else None
        result = {
            "decision_by": decision_by,
            "follow_up_on": timeline.follow_up_on.isoformat(),
            "assumed": timeline.assumed,
            "explanation": timeline.explanation,
        }
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(timeline.explanation)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
