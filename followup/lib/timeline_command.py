"""`followup timeline "PHRASE" --interviewed YYYY-MM-DD [--province ON] [--lang en|fr] [--json]`:
read what an employer said about when they will decide, and print when to follow up. Pure: no
Django, no database."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from holidays.countries.canada import Canada

from followup.lib.businessdays import DEFAULT_PROVINCE
from followup.lib.dates import FIRST_DAY, LAST_DAY
from followup.lib.timeline import DateOutOfRange, read_timeline
from followup.lib.timeline.languages import LANGUAGES

PROVINCES: tuple[str, ...] = tuple(Canada.subdivisions)


def _interview_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date: write it as YYYY-MM-DD, for example 2027-02-09"
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"'{text}' is outside the days Followup keeps ({FIRST_DAY.year} to {LAST_DAY.year})"
        )
    return day


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
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="the language of the phrase and of the explanation (default: told from the phrase)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Exit 0 on success; argparse exits 2 on a usage error (bad date, unknown province); 1 when
    what was said gives a day past the calendar Followup keeps."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    try:
        timeline = read_timeline(args.phrase, args.interviewed, args.province, lang=args.lang)
    except DateOutOfRange as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 1
    if args.json:
        decision_by = timeline.decision_by.isoformat() if timeline.decision_by else None
        result = {
            "decision_by": decision_by,
            "follow_up_on": timeline.follow_up_on.isoformat(),
            "assumed": timeline.assumed,
            "status": timeline.status,
            "explanation": timeline.explanation,
        }
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(timeline.explanation)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
