"""Reading what an employer said about when they will decide, and when to follow up.

`read_timeline("within two weeks", interviewed_on)` finds the time expressions in what the job
seeker heard (inside a sentence too), turns each into a date, keeps the latest one (never follow
up too soon) and plans the follow-up two business days after it; `follow_up_date` is that rule
alone. The reader is a list of rules (regular expressions built from the vocabulary in
data/timeline_words.toml) tried from the most specific to the most general; text that a rule has
read is blanked, so that a general rule cannot read part of it again ("early next month" must not
also be read as "next month").
"""

from __future__ import annotations

import calendar
import math
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import holidays

from followup.lib.businessdays import (
    DEFAULT_PROVINCE,
    add_business_days,
    holiday_calendar,
    is_business_day,
)
from followup.lib.dates import long_day

WORDS_FILE = Path(__file__).parent / "data" / "timeline_words.toml"
GRACE_BUSINESS_DAYS = 2
NO_DATE_BUSINESS_DAYS = 5
MAX_SPAN_DAYS = 2 * 366
ROUGH_DAYS_PER_UNIT = {
    "hour": 1 / 24,
    "day": 1.0,
    "business day": 1.4,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 31.0,
    "year": 366.0,
}
FRIDAY = 4


# What Followup made of a phrase (`Timeline.status`).
READ = "read"  # a decision date was read
NONE = "none"  # nothing was said: the phrase is empty
UNREAD = "unread"  # a phrase was given but no time in it could be read: say so, never hide it
STATUSES = (READ, NONE, UNREAD)


@dataclass(frozen=True)
class Timeline:
    decision_by: date | None
    follow_up_on: date
    assumed: bool  # true exactly when decision_by is None
    explanation: str  # plain English sentence(s) for a job seeker
    phrase: str
    status: str = READ  # READ, NONE or UNREAD


def follow_up_date(
    decision_by: date | None,
    interviewed_on: date,
    province: str = DEFAULT_PROVINCE,
    *,
    optional_holidays: bool = False,
    no_date_business_days: int = NO_DATE_BUSINESS_DAYS,
) -> date:
    """The second business day after the decision date (the date must pass, then one business
    day of grace); with no decision date, the organisation's wait (`no_date_business_days`,
    5 by default) in business days after the interview."""
    if decision_by is None:
        return add_business_days(interviewed_on, no_date_business_days, province, optional_holidays)
    return add_business_days(decision_by, GRACE_BUSINESS_DAYS, province, optional_holidays)


def read_timeline(
    phrase: str,
    interviewed_on: date,
    province: str = DEFAULT_PROVINCE,
    *,
    optional_holidays: bool = False,
    no_date_business_days: int = NO_DATE_BUSINESS_DAYS,
) -> Timeline:
    """Read when the employer said they would decide, and plan the follow-up after it. With no
    date read, the follow-up is `no_date_business_days` after the interview and `status` says
    why: NONE (nothing said) or UNREAD (said, but Followup could not read it)."""
    ctx = _Context(interviewed_on, province.upper(), optional_holidays, no_date_business_days)
    reading = _read(phrase, ctx)
    usable = [found for found in reading.found if found.day >= interviewed_on]
    chosen = max(usable, key=lambda found: (found.day, -found.start), default=None)
    decision_by = chosen.day if chosen else None
    follow_up_on = follow_up_date(
        decision_by,
        interviewed_on,
        ctx.province,
        optional_holidays=optional_holidays,
        no_date_business_days=no_date_business_days,
    )
    status = READ if decision_by is not None else UNREAD if phrase.strip() else NONE
    explanation = _explain(
        reading, chosen, len({f.day for f in usable}) > 1, follow_up_on, ctx, status
    )
    return Timeline(decision_by, follow_up_on, decision_by is None, explanation, phrase, status)


# --- Vocabulary --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    numbers: dict[str, int]
    articles: dict[str, float]
    vague: dict[str, int]
    ordinals: dict[str, int]
    months: dict[str, int]
    months_needing_context: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    units: dict[str, str]
    business_words: tuple[str, ...]
    month_parts: dict[str, int]
    parts_needing_of: frozenset[str]
    week_parts: dict[str, int]
    year_parts: dict[str, tuple[int, int]]
    seasons: dict[str, tuple[tuple[int, int], tuple[int, int]]]
    season_parts: dict[str, float]
    new_year: tuple[int, int]
    named_days: dict[str, dict[str, Any]]


def _key(text: str) -> str:
    """The lookup key of a word as matched: case, spaces, hyphens, dots and apostrophes vary."""
    return re.sub(r"[\s\-'.]", "", text.lower())


def _keyed(table: dict[str, Any]) -> dict[str, Any]:
    return {_key(word): value for word, value in table.items()}


@lru_cache(maxsize=1)
def _words() -> _Words:
    raw = tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))
    numbers: dict[str, int] = dict(raw["numbers"])
    ordinals: dict[str, int] = dict(raw["ordinals"])
    # Compounds such as "twenty-one" and "twenty-first" are built, not listed.
    tens = {word: value for word, value in raw["numbers"].items() if value >= 20}
    for tens_word, tens_value in tens.items():
        for unit_table, target in ((raw["numbers"], numbers), (raw["ordinals"], ordinals)):
            for unit_word, unit_value in unit_table.items():
                if 1 <= unit_value <= 9:
                    target[f"{tens_word}-{unit_word}"] = tens_value + unit_value
    return _Words(
        numbers=numbers,
        articles=dict(raw["articles"]),
        vague=dict(raw["vague"]),
        ordinals=ordinals,
        months=dict(raw["months"]),
        months_needing_context=frozenset(raw["months_needing_context"]["words"]),
        weekdays=dict(raw["weekdays"]),
        weekday_abbreviations=dict(raw["weekday_abbreviations"]),
        units=dict(raw["units"]),
        business_words=tuple(raw["business_words"]["words"]),
        month_parts=dict(raw["month_parts"]),
        parts_needing_of=frozenset(raw["parts_needing_of"]["words"]),
        week_parts=dict(raw["week_parts"]),
        year_parts={part: (md[0], md[1]) for part, md in raw["year_parts"].items()},
        seasons={
            name: ((spec["start"][0], spec["start"][1]), (spec["end"][0], spec["end"][1]))
            for name, spec in raw["seasons"].items()
        },
        season_parts=dict(raw["season_parts"]),
        new_year=(raw["new_year"]["month"], raw["new_year"]["day"]),
        named_days=dict(raw["named_days"]),
    )


@lru_cache(maxsize=1)
def _lookups() -> dict[str, dict[str, Any]]:
    words = _words()
    return {
        "numbers": _keyed(words.numbers),
        "articles": _keyed(words.articles),
        "vague": _keyed(words.vague),
        "ordinals": _keyed(words.ordinals),
        "months": _keyed(words.months),
        "weekdays": _keyed({**words.weekdays, **words.weekday_abbreviations}),
        "units": _keyed(words.units),
        "month_parts": _keyed(words.month_parts),
        "week_parts": _keyed(words.week_parts),
        "year_parts": _keyed(words.year_parts),
        "seasons": _keyed(words.seasons),
        "season_parts": _keyed(words.season_parts),
        "named_days": _keyed(words.named_days),
    }


def _word_pattern(word: str) -> str:
    """A regular expression for a vocabulary word that tolerates the usual spelling variants."""
    variants = {" ": r"\s+", "-": r"[\s-]?", "'": "'?", ".": r"\.?"}
    return "".join(variants.get(char, re.escape(char)) for char in word)


def _alternation(words: Iterable[str]) -> str:
    patterns = sorted({_word_pattern(word) for word in words}, key=len, reverse=True)
    return "(?:" + "|".join(patterns) + ")"


# --- Dates -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    today: date  # the interview day: everything is read from there
    province: str
    optional: bool
    no_date_business_days: int = NO_DATE_BUSINESS_DAYS


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(start.day, _last_day(year, month + 1)))


def _month_day(year: int, month: int, day: int) -> date:
    """Day `day` of a month; 0 means the month's last day."""
    return date(year, month, day if day else _last_day(year, month))


def _on_or_after(today: date, make: Callable[[int], date | None]) -> date | None:
    """The first date `make(year)` gives on or after today: explicit dates prefer the future."""
    for year in range(today.year, today.year + 3):
        candidate = make(year)
        if candidate is not None and candidate >= today:
            return candidate
    return None


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _coming(today: date, weekday: int, *, allow_today: bool = False) -> date:
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and not allow_today:
        ahead = 7
    return today + timedelta(days=ahead)


def _nth_week_friday(year: int, month: int, nth: int) -> date:
    """The Friday of a month's nth week, or of its last week when nth is -1. As in ISO weeks, the
    first week is the one holding the month's first Thursday (a week mostly in the month); the
    last week is the one holding the month's last working day, so that it is not over before
    the month is (never follow up too soon)."""
    if nth > 0:
        first_thursday = _coming(date(year, month, 1), 3, allow_today=True)
        return first_thursday + timedelta(days=7 * (nth - 1) + 1)
    last = date(year, month, _last_day(year, month))
    last_weekday = last - timedelta(days=max(0, last.weekday() - FRIDAY))
    return _monday(last_weekday) + timedelta(days=FRIDAY)


@lru_cache(maxsize=128)
def _holidays_by_name(province: str, year: int) -> dict[str, date]:
    calendar_ = holidays.country_holidays(
        "CA", subdiv=province, language="en_CA", categories=("public", "optional"), years=year
    )
    named: dict[str, date] = {}
    for day, names in sorted(calendar_.items()):
        for name in names.split("; "):
            named.setdefault(name, day)
    return named


def _named_day(spec: dict[str, Any], year: int, province: str) -> date | None:
    if "holiday" not in spec:
        return _safe_date(year, spec["month"], spec["day"])
    # A holiday the province does not keep (Family Day in Quebec) is still a known date.
    for calendar_province in (province, DEFAULT_PROVINCE):
        day = _holidays_by_name(calendar_province, year).get(spec["holiday"])
        if day is not None:
            return day + timedelta(days=spec.get("offset", 0))
    return None


# --- Readings ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """What one expression means: a day or a span of days. `kind` says how "before" and "after"
    apply: a point or a period ("next week") starts at `start`; an end ("end of the month",
    "in two weeks") is already a deadline."""

    start: date
    end: date
    kind: str = "point"
    business: bool = False  # counted in business days


def _point(day: date, *, business: bool = False) -> _Reading:
    return _Reading(day, day, "point", business)


def _deadline(day: date, *, business: bool = False) -> _Reading:
    return _Reading(day, day, "end", business)


BEFORE = frozenset({"before", "prior to", "ahead of"})
# "Not before the 20th" gives the earliest day: wait until the business day after it.
AFTER = frozenset(
    {"after", "following", "not before", "not until", "no earlier than", "no sooner than"}
)


def _resolve(reading: _Reading, mod: str | None, ctx: _Context) -> date:
    mod = " ".join(mod.split()) if mod else None
    if mod in BEFORE and reading.kind in ("point", "period"):
        return reading.start - timedelta(days=1)
    if mod in AFTER and reading.kind in ("point", "period"):
        return add_business_days(reading.end, 1, ctx.province, ctx.optional)
    return reading.end


Handler = Callable[[re.Match[str], _Context], _Reading | None]


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    handler: Handler | None  # None: read and set aside (a past day, an ambiguous date)
    note: str = ""


def _number(text: str) -> float:
    text = text.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if _key(text) in _lookups()["articles"]:
        return float(_lookups()["articles"][_key(text)])
    return float(_lookups()["numbers"][_key(text)])


def _day_of_month(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else int(_lookups()["ordinals"][_key(text)])


def _group(match: re.Match[str], name: str) -> str | None:
    value = match.groupdict().get(name)
    return value if value else None


# --- Rules: explicit dates ---------------------------------------------------------------------


def _iso_date(match: re.Match[str], ctx: _Context) -> _Reading | None:
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return _point(day) if day else None


def _month_and_day(match: re.Match[str], ctx: _Context) -> date | None:
    month = _lookups()["months"][_key(match["month"])]
    day = _day_of_month(_group(match, "day2") or match["day"])
    if _group(match, "year"):
        return _safe_date(int(match["year"]), month, day)
    return _on_or_after(ctx.today, lambda year: _safe_date(year, month, day))


def _explicit_date(match: re.Match[str], ctx: _Context) -> _Reading | None:
    day = _month_and_day(match, ctx)
    return _point(day) if day else None


def _week_of_date(match: re.Match[str], ctx: _Context) -> _Reading | None:
    day = _month_and_day(match, ctx) if _group(match, "month") else _day_of_month_ahead(match, ctx)
    if day is None:
        return None
    return _Reading(_monday(day), _monday(day) + timedelta(days=FRIDAY), "period")


def _day_of_month_ahead(match: re.Match[str], ctx: _Context) -> date | None:
    """A day of the month ("the 20th"): the next one on or after the interview, or in the month
    named."""
    day = _day_of_month(match["day"])
    relative = _group(match, "rel")
    if relative:
        month_start = _add_months(ctx.today.replace(day=1), 1 if relative == "next" else 0)
        return _safe_date(month_start.year, month_start.month, day)
    for months_ahead in range(0, 13):
        month_start = _add_months(ctx.today.replace(day=1), months_ahead)
        candidate = _safe_date(month_start.year, month_start.month, day)
        if candidate is not None and candidate >= ctx.today:
            return candidate
    return None


def _the_day(match: re.Match[str], ctx: _Context) -> _Reading | None:
    day = _day_of_month_ahead(match, ctx)
    return _point(day) if day else None


def _week_of_month(match: re.Match[str], ctx: _Context) -> _Reading | None:
    nth_word = _key(match["nth"])
    nth = -1 if nth_word in ("last", "final") else _day_of_month(nth_word)
    if _group(match, "month"):
        month = _lookups()["months"][_key(match["month"])]

        def friday_in(year: int) -> date:
            return _nth_week_friday(year, month, nth)

        if _group(match, "year"):
            friday: date | None = friday_in(int(match["year"]))
        else:
            friday = _on_or_after(ctx.today, friday_in)
    else:
        month_start = _add_months(ctx.today.replace(day=1), 1 if match["rel"] == "next" else 0)
        friday = _nth_week_friday(month_start.year, month_start.month, nth)
    if friday is None:
        return None
    return _Reading(friday - timedelta(days=FRIDAY), friday, "period")


# --- Rules: named days -------------------------------------------------------------------------


def _named(match: re.Match[str], ctx: _Context) -> _Reading | None:
    spec = _lookups()["named_days"][_key(match["named"])]
    day = _on_or_after(ctx.today, lambda year: _named_day(spec, year, ctx.province))
    return _point(day) if day else None


def _new_year(match: re.Match[str], ctx: _Context) -> _Reading | None:
    if _group(match, "by"):
        return _point(date(ctx.today.year + 1, 1, 1))
    month, day = _words().new_year
    return _deadline(date(ctx.today.year + 1, month, day))


def _long_weekend(match: re.Match[str], ctx: _Context) -> _Reading | None:
    """The next weekend made long by a holiday on a Friday or a Monday (optional holidays such
    as the Civic Holiday count: most people get them)."""
    month = _lookups()["months"][_key(match["month"])] if _group(match, "month") else None
    off_days = holiday_calendar(ctx.province, True)
    day = ctx.today - timedelta(days=3)
    for _ in range(400):
        day += timedelta(days=1)
        if day in off_days and day.weekday() in (0, FRIDAY) and month in (None, day.month):
            start, end = day, day
            while not is_business_day(start - timedelta(days=1), ctx.province, True):
                start -= timedelta(days=1)
            while not is_business_day(end + timedelta(days=1), ctx.province, True):
                end += timedelta(days=1)
            if end >= ctx.today:
                return _Reading(start, end, "period")
    return None


# --- Rules: parts of months, years, quarters ---------------------------------------------------


def _month_part(match: re.Match[str], ctx: _Context) -> _Reading | None:
    day_of = _lookups()["month_parts"][_key(_group(match, "part") or match["part2"])]
    if _group(match, "month"):
        month = _lookups()["months"][_key(match["month"])]
        if _group(match, "year"):
            return _deadline(_month_day(int(match["year"]), month, day_of))
        day = _on_or_after(ctx.today, lambda year: _month_day(year, month, day_of))
        return _deadline(day) if day else None
    month_start = _add_months(ctx.today.replace(day=1), 1 if _group(match, "next") else 0)
    day = _month_day(month_start.year, month_start.month, day_of)
    if day < ctx.today:
        # "The beginning of the month" said on the 20th means next month's beginning.
        month_start = _add_months(month_start, 1)
        day = _month_day(month_start.year, month_start.month, day_of)
    return _deadline(day)


def _month_period(match: re.Match[str], ctx: _Context) -> _Reading | None:
    if _group(match, "month"):
        month = _lookups()["months"][_key(match["month"])]
        if _group(match, "year"):
            year = int(match["year"])
        else:
            year = ctx.today.year + (1 if month < ctx.today.month else 0)
        first = date(year, month, 1)
    else:
        first = _add_months(ctx.today.replace(day=1), 1 if _group(match, "next") else 0)
    last = first.replace(day=_last_day(first.year, first.month))
    return _Reading(first, last, "period")


def _year_part(match: re.Match[str], ctx: _Context) -> _Reading | None:
    year = ctx.today.year + (1 if _group(match, "next") else 0)
    part = _group(match, "part") or _group(match, "part2")
    month, day = _lookups()["year_parts"][_key(part)] if part else (12, 31)
    result = date(year, month, day)
    if result < ctx.today:
        result = result.replace(year=year + 1)
    return _deadline(result)


def _season(match: re.Match[str], ctx: _Context) -> _Reading | None:
    """A season or part of one: "in the spring", "by early fall", "next summer". A bare season
    name is also a verb or a name ("prices fall"), so it needs a word before it."""
    part = _group(match, "part") or _group(match, "part2")
    if not part and not any(_group(match, name) for name in ("mod", "lead", "next", "det", "year")):
        return None
    (start_month, start_day), (end_month, end_day) = _lookups()["seasons"][_key(match["season"])]
    spans = []
    for year in range(ctx.today.year - 1, ctx.today.year + 3):
        start = date(year, start_month, start_day)
        end = date(year + (1 if end_month < start_month else 0), end_month, end_day)
        spans.append((start, end))
    if _group(match, "year"):
        spans = [span for span in spans if span[0].year == int(match["year"])]
    elif _group(match, "next"):
        spans = [span for span in spans if span[0] > ctx.today]
    else:
        spans = [span for span in spans if span[1] >= ctx.today]
    if not spans:
        return None
    start, end = spans[0]
    if not part:
        return _Reading(start, end, "period")
    fraction = _lookups()["season_parts"][_key(part)]
    return _deadline(start + timedelta(days=math.ceil((end - start).days * fraction)))


def _quarter(match: re.Match[str], ctx: _Context) -> _Reading | None:
    if _group(match, "fiscal") or _group(match, "fiscal2"):
        # Canadian governments and most employers close their fiscal year on 31 March.
        end = _on_or_after(ctx.today, lambda year: date(year, 3, 31))
        return _deadline(end) if end else None
    current = (ctx.today.month - 1) // 3 + 1
    if _group(match, "q"):
        quarter = int(match["q"])
    elif _group(match, "qword"):
        quarter = _day_of_month(match["qword"])
    else:
        quarter = current + (1 if _group(match, "next") else 0)
    year = ctx.today.year + (1 if quarter < current else 0) + (quarter - 1) // 4
    month = ((quarter - 1) % 4 + 1) * 3
    return _deadline(date(year, month, _last_day(year, month)))


# --- Rules: spans of time ----------------------------------------------------------------------


def _after_span(
    start: date, amount: float, unit: str, *, business: bool, ctx: _Context
) -> _Reading | None:
    """`amount` units after `start`. Days, weeks and months are calendar ones unless business;
    parts of a day are rounded up (never follow up too soon). Spans longer than a few years are
    no hiring time frame ("5 years experience") and are not read."""
    if amount * ROUGH_DAYS_PER_UNIT[unit] > MAX_SPAN_DAYS:
        return None
    if unit == "business day" or (unit == "day" and business):
        day = add_business_days(start, math.ceil(amount), ctx.province, ctx.optional)
        return _deadline(day, business=True)
    if unit == "week" and business:
        day = add_business_days(start, math.ceil(5 * amount), ctx.province, ctx.optional)
        return _deadline(day, business=True)
    days_per_unit = {"day": 1, "week": 7, "fortnight": 14, "hour": 1 / 24}
    if unit in days_per_unit:
        return _deadline(start + timedelta(days=math.ceil(amount * days_per_unit[unit])))
    months = amount * (12 if unit == "year" else 1)
    whole = math.floor(months)
    return _deadline(_add_months(start, whole) + timedelta(days=math.ceil((months - whole) * 30)))


def _anchor(text: str | None, ctx: _Context) -> date:
    """The day a span counts from: "two weeks from Friday", "10 days after the 15th"."""
    if not text or _key(text) in ("now", "theinterview", "myinterview", "ourinterview"):
        return ctx.today
    # The anchor is itself a time expression: read it with the same rules.
    days = [found.day for found in _read(f"from {text}", ctx).found if found.day >= ctx.today]
    return max(days, default=ctx.today)


def _span(match: re.Match[str], ctx: _Context) -> _Reading | None:
    unit = _lookups()["units"][_key(match["unit"])]
    vague = _group(match, "vague")
    if vague:
        word = next(word for word in vague.split() if word not in ("a", "of"))
        amount = float(_lookups()["vague"][_key(word)])
    elif _group(match, "hi") or _group(match, "hi2"):
        low, high = _group(match, "lo") or match["lo2"], _group(match, "hi") or match["hi2"]
        amount = max(_number(low), _number(high))
    else:
        amount = _number(match["n"])
    if _group(match, "half") or _group(match, "half2"):
        amount += 0.5
    if _group(match, "orn"):
        # "A week or two", "a day or two": the later end, and as vague as "a couple".
        amount = max(amount, _number(match["orn"]), _number(_group(match, "orn2") or "0"))
        vague = vague or "or"
    if unit == "hour" and amount < 24 and not (_group(match, "mod") or _group(match, "next")):
        return None  # "the interview took an hour" is not a time frame
    business = bool(_group(match, "biz")) or (bool(vague) and unit == "day")
    start = _anchor(_group(match, "anchor"), ctx)
    return _after_span(start, amount, unit, business=business, ctx=ctx)


def _next_unit(match: re.Match[str], ctx: _Context) -> _Reading | None:
    unit = _lookups()["units"][_key(match["unit"])]
    amount = _number(match["orn"]) if _group(match, "orn") else 1.0
    return _after_span(ctx.today, amount, unit, business=unit == "day", ctx=ctx)


def _coming_units(match: re.Match[str], ctx: _Context) -> _Reading | None:
    """Days or weeks "to come": as many as "a few"."""
    unit = _lookups()["units"][_key(match["unit"])]
    few = float(_lookups()["vague"]["few"])
    return _after_span(ctx.today, few, unit, business=unit == "day", ctx=ctx)


# --- Rules: weeks and weekdays -----------------------------------------------------------------


def _week(monday: date) -> _Reading:
    return _Reading(monday, monday + timedelta(days=FRIDAY), "period")


def _week_after_next(match: re.Match[str], ctx: _Context) -> _Reading | None:
    return _week(_monday(ctx.today) + timedelta(days=14))


def _week_part(match: re.Match[str], ctx: _Context) -> _Reading | None:
    weekday = _lookups()["week_parts"][_key(_group(match, "part") or match["part2"])]
    next_week = bool(_group(match, "next"))
    day = _monday(ctx.today) + timedelta(days=weekday + (7 if next_week else 0))
    if day < ctx.today:
        # "The end of the week" said on a Saturday means the coming one.
        day += timedelta(days=7)
    return _deadline(day)


def _weekday_next_week(match: re.Match[str], ctx: _Context) -> _Reading | None:
    weekday = _lookups()["weekdays"][_key(_group(match, "wd") or match["wd2"])]
    return _point(_monday(ctx.today) + timedelta(days=7 + weekday))


def _or_next(match: re.Match[str], ctx: _Context) -> _Reading | None:
    part = _group(match, "part")
    if match["unit"] == "month":
        day_of = _lookups()["month_parts"][part] if part else 0
        month_start = _add_months(ctx.today.replace(day=1), 1)
        return _deadline(_month_day(month_start.year, month_start.month, day_of))
    weekday = _lookups()["week_parts"][part] if part else FRIDAY
    return _deadline(_monday(ctx.today) + timedelta(days=7 + weekday))


def _midweek(match: re.Match[str], ctx: _Context) -> _Reading | None:
    wednesday = _monday(ctx.today) + timedelta(days=2 + (7 if _group(match, "next") else 0))
    return _deadline(wednesday if wednesday >= ctx.today else wednesday + timedelta(days=7))


def _next_week(match: re.Match[str], ctx: _Context) -> _Reading | None:
    return _week(_monday(ctx.today) + timedelta(days=7))


def _this_week(match: re.Match[str], ctx: _Context) -> _Reading | None:
    week = _week(_monday(ctx.today))
    return _Reading(week.start, max(week.end, ctx.today), "period")


def _weekend(match: re.Match[str], ctx: _Context) -> _Reading | None:
    saturday = _monday(ctx.today) + timedelta(days=5 + (7 if _group(match, "next") else 0))
    if saturday + timedelta(days=1) < ctx.today:
        saturday += timedelta(days=7)
    if _group(match, "mod") in ("by", "until", "till", "til"):
        # "By the weekend" means by the last working day before it.
        return _deadline(saturday - timedelta(days=1))
    return _Reading(saturday, saturday + timedelta(days=1), "period")


def _next_weekday(match: re.Match[str], ctx: _Context) -> _Reading | None:
    """Next Tuesday is Tuesday of next week (weeks start on Monday)."""
    weekday = _lookups()["weekdays"][_key(match["wd"])]
    return _point(_monday(ctx.today) + timedelta(days=7 + weekday))


def _weekday_after_next(match: re.Match[str], ctx: _Context) -> _Reading | None:
    weekday = _lookups()["weekdays"][_key(match["wd"])]
    return _point(_monday(ctx.today) + timedelta(days=14 + weekday))


def _weekday_week(match: re.Match[str], ctx: _Context) -> _Reading | None:
    """Friday week is a week after the coming Friday."""
    weekday = _lookups()["weekdays"][_key(match["wd"])]
    return _point(_coming(ctx.today, weekday) + timedelta(days=7))


def _this_weekday(match: re.Match[str], ctx: _Context) -> _Reading | None:
    weekday = _lookups()["weekdays"][_key(match["wd"])]
    return _point(_coming(ctx.today, weekday, allow_today=True))


def _weekday(match: re.Match[str], ctx: _Context) -> _Reading | None:
    """By Friday is by the coming Friday; said on a Friday, the next one."""
    weekday = _lookups()["weekdays"][_key(match["wd"])]
    return _point(_coming(ctx.today, weekday))


# --- Rules: days -------------------------------------------------------------------------------


def _tomorrow(match: re.Match[str], ctx: _Context) -> _Reading | None:
    return _point(ctx.today + timedelta(days=2 if _group(match, "after") else 1))


def _end_of_day_on(match: re.Match[str], ctx: _Context) -> _Reading | None:
    """The end of a named day: "end of day Friday", "close of business tomorrow"."""
    if _group(match, "tomorrow"):
        return _point(ctx.today + timedelta(days=1))
    if _group(match, "next"):
        return _next_weekday(match, ctx)
    return _weekday(match, ctx)


def _today(match: re.Match[str], ctx: _Context) -> _Reading | None:
    return _point(ctx.today)


# --- The rule list -----------------------------------------------------------------------------

MODIFIERS = (
    "not before",
    "not until",
    "no earlier than",
    "no sooner than",
    "no later than",
    "on or before",
    "by or before",
    "not later than",
    "at the latest by",
    "sometime in",
    "some time in",
    "sometime",
    "some time",
    "prior to",
    "ahead of",
    "inside of",
    "before",
    "after",
    "following",
    "by",
    "on",
    "until",
    "till",
    "til",
    "around",
    "about",
    "within",
    "in",
    "inside",
    "during",
    "over",
)


@dataclass(frozen=True)
class _Fragments:
    """Pieces of regular expressions the rules share, built from the vocabulary."""

    mods: str
    mod: str
    num: str
    ordinal: str
    day_num: str
    day_ordinal: str
    month: str
    free_month: str
    weekday: str
    any_weekday: str
    unit: str
    business: str
    vague: str
    named: str
    year: str
    weekday_prefix: str
    month_day: str
    day_month: str
    not_a_noun: str
    then: str
    the_day: str
    quantity: str
    or_more: str
    not_a_term: str
    anchor: str
    span: str
    counted_from: str
    month_part: str
    week_part: str
    year_part: str
    abbreviation: str
    season: str
    season_part: str
    inside: str
    end_of_day: str


_RuleSpec = tuple[str, Handler | None, str]


@lru_cache(maxsize=1)
def _fragments() -> _Fragments:
    words = _words()
    mods = _alternation(MODIFIERS)
    mod = rf"(?:\b(?P<mod>{mods})\s+)?"
    num = rf"(?:\d+(?:\.\d+)?|{_alternation(words.numbers)})"
    ordinal = _alternation(words.ordinals)
    day_num = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{ordinal})"
    day_ordinal = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{ordinal})"
    month = _alternation(words.months)
    free_month = _alternation(set(words.months) - words.months_needing_context)
    weekday = _alternation(words.weekdays)
    any_weekday = _alternation({**words.weekdays, **words.weekday_abbreviations})
    unit = _alternation(words.units)
    business = _alternation(words.business_words)
    vague = _alternation(words.vague)
    named = _alternation(words.named_days)
    year = r"(?:(?:,?\s+|-)(?P<year>20\d\d))?"
    weekday_prefix = rf"(?:{any_weekday}\.?,?\s+(?:the\s+)?)?"
    month_day = (
        rf"(?P<month>{month})\.?\s+(?:the\s+)?(?P<day>{day_num})\b"
        rf"(?:\s*(?:-|to|or|and)\s*(?P<day2>{day_num})\b)?{year}"
    )
    day_month = (
        rf"(?:the\s+)?(?P<day>{day_num})(?:\s*(?:-|to|or|and)\s*(?P<day2>{day_num}))?"
        rf"(?:\s+|-)(?:of\s+)?(?P<month>{month})\b\.?{year}"
    )
    # A day of the month alone must not be "the second interview".
    not_a_noun = (
        r"(?!\s+(?:interview|round|stage|time|step|candidate|person|one|choice|call|meeting"
        r"|week|day|month|of\s+(?:the\s+|my\s+|our\s+)?(?:candidates|applicants|people|us)))"
    )
    # ... and what follows it must end the expression: "after the first two weeks" is no date.
    then = (
        r"(?=\s*$|\s*[,.;:!?)\-]|\s+(?:at|or|and|to|so|if|but|when|then|the|we|they|i|you|he"
        r"|she|it|for|in|on|by|with|hopefully|probably|latest|is|was|would|will|should)\b)"
    )
    the_day = (
        rf"(?:\b(?P<mod>{mods}|between|from|through|thru|to|and|or)\s+"
        rf"(?:{any_weekday}\.?,?\s+)?|\b{any_weekday}\.?,?\s+)(?:the\s+)?(?P<day>{day_ordinal})\b{not_a_noun}"
        rf"(?:\s+of\s+(?:(?P<rel>next|this)\s+month|the\s+month)\b|{then})"
    )
    quantity = (
        rf"(?:(?P<vague>(?:a\s+)?{vague}(?:\s+of)?)"
        rf"|between\s+(?P<lo2>{num})\s+and\s+(?P<hi2>{num})"
        # A single number first: "twenty-one days" is no range.
        rf"|(?P<n>{num}|{_alternation(words.articles)})(?P<half>\s+and\s+a\s+half)?"
        rf"|(?P<lo>{num})\s*(?:-|to|or|/)\s*(?P<hi>{num}))"
    )
    # "Two weeks, maybe three": the later end, as with "a week or two".
    or_more = r"(?:\s+or|,?\s+(?:or\s+)?(?:maybe|possibly|perhaps|probably|up\s+to|at\s+most))\s+"
    # "A 6-month contract", "two weeks' notice", "5 years experience" are not time frames.
    not_a_term = (
        r"(?!\s+(?:of\s+)?(?:contract|probation\w*|term|position|role|job|assignment|placement"
        r"|training|internship|leave|notice|vacation|holidays?|course|program|shifts?|experience"
        r"|trial|notice)\b)"
    )
    anchor = (
        rf"(?:this\s+|next\s+)?{any_weekday}|today|now|tomorrow|(?:the|my|our)\s+interview"
        rf"|(?:the\s+)?{day_ordinal}(?:\s+of\s+{month})?|{month}\.?\s+{day_num}|{named}"
    )
    span = (
        rf"{mod}(?:(?:the\s+)?(?P<next>next|coming|following|upcoming)\s+)?\b{quantity}[\s-]*"
        rf"(?:(?:more|additional|further|extra|full|whole)\s+)?"
        rf"(?:(?P<biz>{business})[\s-]+)?(?P<unit>{unit})\b'?s?{not_a_term}"
        rf"(?P<half2>\s+and\s+a\s+half)?(?:{or_more}(?P<orn>{num})\b)?"
        rf"(?:{or_more}(?P<orn2>{num})\b)?(?:\s+time\b)?"
    )
    counted_from = rf"\s+(?:from|after|of)\s+(?P<anchor>{anchor})\b"
    loose_month_parts = set(words.month_parts) - words.parts_needing_of
    loose_week_parts = set(words.week_parts) - words.parts_needing_of
    loose_year_parts = set(words.year_parts) - words.parts_needing_of
    strict_parts = _alternation(words.parts_needing_of)
    # "Start of next month", but not "start next month" (that is a start date).
    month_part = (
        rf"(?:(?P<part>{_alternation(loose_month_parts)})(?:\s+|-)?(?:of\s+|in\s+)?"
        rf"|(?P<part2>{strict_parts})\s+of\s+)"
    )
    week_part = (
        rf"(?:(?P<part>{_alternation(loose_week_parts)})(?:\s+|-)(?:of\s+|in\s+)?"
        rf"|(?P<part2>{strict_parts})\s+of\s+)"
    )
    year_part = (
        rf"(?:(?P<part>{_alternation(loose_year_parts)})(?:\s+|-)(?:of\s+|in\s+)?"
        rf"|(?P<part2>{strict_parts})\s+of\s+)"
    )
    abbreviation = _alternation(words.weekday_abbreviations)
    season = _alternation(words.seasons)
    season_part = (
        rf"(?:(?P<part>{_alternation(set(words.season_parts) - words.parts_needing_of)})"
        rf"(?:\s+|-)(?:of\s+|in\s+)?|(?P<part2>{strict_parts})\s+of\s+)"
    )
    inside = r"(?P<mod>within|during|by|before|over|until|till|in|inside(?:\s+of)?)"

    end_of_day = (
        r"(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day"
        r"|(?:the\s+)?(?:close|end)\s+of\s+business|eod|cob)\b"
    )

    return _Fragments(
        mods=mods,
        mod=mod,
        num=num,
        ordinal=ordinal,
        day_num=day_num,
        day_ordinal=day_ordinal,
        month=month,
        free_month=free_month,
        weekday=weekday,
        any_weekday=any_weekday,
        unit=unit,
        business=business,
        vague=vague,
        named=named,
        year=year,
        weekday_prefix=weekday_prefix,
        month_day=month_day,
        day_month=day_month,
        not_a_noun=not_a_noun,
        then=then,
        the_day=the_day,
        quantity=quantity,
        or_more=or_more,
        not_a_term=not_a_term,
        anchor=anchor,
        span=span,
        counted_from=counted_from,
        month_part=month_part,
        week_part=week_part,
        year_part=year_part,
        abbreviation=abbreviation,
        season=season,
        season_part=season_part,
        inside=inside,
        end_of_day=end_of_day,
    )


def _set_aside_rules(f: _Fragments) -> list[_RuleSpec]:
    """Days already past and habits ("twice a week"): read only to be set aside."""
    return [
        (r"\b(?:the\s+)?day\s+before\s+yesterday\b|\byesterday\b", None, "past"),
        (
            rf"\b(?:last|past|previous)\s+(?:{f.any_weekday}\b|(?:{f.quantity}\s+)?(?:{f.unit}|weekend)\b)"
            r"(?!\s+(?:of|in)\b)",
            None,
            "past",
        ),
        (rf"\b(?:{f.quantity}\s+)?{f.unit}\s+ago\b", None, "past"),
        (
            rf"\b(?:{f.num}\s+)?(?:hours|hrs|days|times)\s+(?:a|an|per)\s+(?:day|week|month|year)\b"
            r"|\b(?:once|twice)\s+(?:a|an|per)\s+\w+",
            None,
            "habit",
        ),
    ]


def _elliptic_rules(f: _Fragments) -> list[_RuleSpec]:
    """Units said once for two choices: "this week or next", "end of this month or early next"."""
    return [
        (
            rf"{f.mod}\b(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:this\s+|the\s+)?"
            r"(?P<unit>week|month)\s*,?\s+or\s+(?:(?P<part>early|mid|middle|late|later|end)"
            r"(?:\s+|-)(?:of\s+)?)?(?:the\s+)?next\b"
            rf"(?!\s+(?:week|month|year|{f.any_weekday}|{f.unit})\b)",
            _or_next,
            "",
        ),
    ]


def _date_rules(f: _Fragments) -> list[_RuleSpec]:
    """Days named by date, day of the month, holiday or long weekend."""
    return [
        # Spans counted from a day come before days, which would otherwise take the day.
        (rf"{f.span}{f.counted_from}", _span, ""),
        (r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b", _iso_date, ""),
        (r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", None, "ambiguous"),
        (
            rf"{f.mod}(?:the\s+)?(?P<nth>{f.ordinal}|1st|2nd|3rd|4th|last|final)\s+(?:full\s+)?week"
            rf"\s+(?:of|in)\s+(?:(?P<rel>next|this|the)\s+month|(?P<month>{f.month})\b{f.year})",
            _week_of_month,
            "",
        ),
        (rf"{f.mod}(?:the\s+)?week\s+of\s+{f.weekday_prefix}{f.month_day}", _week_of_date, ""),
        (rf"{f.mod}(?:the\s+)?week\s+of\s+{f.weekday_prefix}{f.day_month}", _week_of_date, ""),
        (
            rf"{f.mod}(?:the\s+)?week\s+of\s+(?:the\s+)?(?P<day>{f.day_ordinal})\b{f.not_a_noun}",
            _week_of_date,
            "",
        ),
        (rf"{f.mod}\b{f.weekday_prefix}{f.month_day}", _explicit_date, ""),
        (rf"{f.mod}\b{f.weekday_prefix}{f.day_month}", _explicit_date, ""),
        (f.the_day, _the_day, ""),
        (
            r"(?:\b(?:early\s+|sometime\s+|some\s+time\s+)?(?:in|into|after|following)\s+"
            r"(?:early\s+)?the\s+new\s+year|\bafter\s+the\s+(?:christmas\s+)?holidays)\b"
            r"|\b(?P<by>by|before|until)\s+the\s+new\s+year\b",
            _new_year,
            "",
        ),
        (rf"{f.mod}\b(?:the\s+)?(?P<named>{f.named})(?!\w)", _named, ""),
        (rf"{f.mod}\b(?:the\s+)?(?:(?P<month>{f.month})\s+)?long\s+weekend\b", _long_weekend, ""),
    ]


def _month_and_year_rules(f: _Fragments) -> list[_RuleSpec]:
    """Parts of months, quarters and years: "mid-March", "end of Q1", "year-end"."""
    return [
        (
            rf"{f.mod}\b(?:the\s+)?{f.month_part}"
            rf"(?:(?:the\s+|this\s+)?month\b|(?P<next>next|the\s+following)\s+month\b"
            rf"|(?P<month>{f.month})\b\.?{f.year})",
            _month_part,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?(?P<fiscal>fiscal)\s+year"
            rf"|(?P<fiscal2>fiscal)\s+year[\s-]?end)\b",
            _quarter,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:end\s+of\s+)?(?:(?:the|this)\s+quarter"
            rf"|(?P<next>next)\s+quarter|q(?P<q>[1-4])|(?P<qword>first|second|third|fourth)"
            r"\s+quarter)\b",
            _quarter,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:{f.year_part}(?:(?P<next>next)\s+|the\s+|this\s+)?year\b"
            r"|year[\s-]?end\b|year'?s\s+end\b|this\s+year\b)",
            _year_part,
            "",
        ),
        (
            rf"{f.mod}\b(?P<lead>the\s+)?{f.season_part}?(?:(?P<next>next)\s+|(?P<det>this|the)\s+)?"
            rf"(?P<season>{f.season})\b{f.year}",
            _season,
            "",
        ),
    ]


def _span_rules(f: _Fragments) -> list[_RuleSpec]:
    """Spans of time from the interview: "within two weeks", "the next few days"."""
    return [
        (
            rf"\b{f.inside}\s+the\s+(?:next|coming)\s+(?P<unit>day|week|month|fortnight)\b"
            rf"(?:\s+or\s+(?P<orn>{f.num})\b)?",
            _next_unit,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:coming|next)\s+(?P<unit>days|weeks|months)\b",
            _coming_units,
            "",
        ),
        (rf"{f.mod}\b(?:a\s+)?matter\s+of\s+(?P<unit>days|weeks|months)\b", _coming_units, ""),
        (rf"{f.span}(?:{f.counted_from})?", _span, ""),
    ]


def _week_rules(f: _Fragments) -> list[_RuleSpec]:
    """Weeks and parts of weeks: "end of next week", "midweek", "the weekend"."""
    return [
        (
            rf"{f.mod}\b{f.end_of_day}\s+(?:on\s+)?(?:(?P<next>next\s+)?(?P<wd>{f.any_weekday})\b\.?"
            r"|(?P<tomorrow>tomorrow)\b)",
            _end_of_day_on,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?week\s+after\s+next\b"
            r"|\bnext\s+week\s+or\s+the\s+(?:week\s+)?after\b"
            # "The week after" with nothing after it: the week after next week.
            rf"|\bthe\s+week\s+after\b(?!\s+(?:the|\d|{f.month}|{f.any_weekday}|{f.named})\b)",
            _week_after_next,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?{f.week_part}(?:(?P<next>next|the\s+following)\s+|the\s+|this\s+)?"
            r"week\b",
            _week_part,
            "",
        ),
        (
            rf"{f.mod}(?:\b(?P<wd>{f.any_weekday})\.?\s+(?:of\s+)?next\s+week\b"
            rf"|\bnext\s+week(?:\s+on)?,?\s+(?P<wd2>{f.weekday})\b)",
            _weekday_next_week,
            "",
        ),
        (rf"{f.mod}\b(?:next|(?:the\s+)?following)\s+week\b", _next_week, ""),
        (rf"{f.mod}\b(?:this\s+week|eow)\b", _this_week, ""),
        (rf"{f.mod}\b(?:(?P<next>next)\s+)?mid-?week\b", _midweek, ""),
        (rf"\b{f.inside}\s+the\s+week\b", _this_week, ""),
        (rf"{f.mod}\b(?:(?P<next>next)|this|the)\s+weekend\b", _weekend, ""),
    ]


def _weekday_rules(f: _Fragments) -> list[_RuleSpec]:
    """Weekdays: "next Tuesday", "by Friday", "Friday week"."""
    return [
        (
            rf"{f.mod}\b(?:the\s+)?(?P<wd>{f.any_weekday})\s+after\s+next\b",
            _weekday_after_next,
            "",
        ),
        (rf"{f.mod}\b(?P<wd>{f.weekday})\s+week\b(?!\s+(?:of|after|before)\b)", _weekday_week, ""),
        (rf"{f.mod}\bnext\s+(?P<wd>{f.any_weekday})\b\.?", _next_weekday, ""),
        (
            rf"{f.mod}\b(?:this\s+coming|this|coming|upcoming)\s+(?P<wd>{f.any_weekday})\b\.?",
            _this_weekday,
            "",
        ),
        (rf"{f.mod}\b(?P<wd>{f.weekday})\b", _weekday, ""),
        (
            rf"\b(?P<mod>by|on|before|after|until|till)\s+(?P<wd>{f.abbreviation})\b\.?",
            _weekday,
            "",
        ),
    ]


def _month_rules(f: _Fragments) -> list[_RuleSpec]:
    """Whole months: "next month", "in April", "month-end"."""
    return [
        (
            rf"{f.mod}\b(?:(?:(?:the\s+)?(?P<next>next|following)|this)\s+month|month[\s-]?end"
            r"|eom)\b",
            _month_period,
            "",
        ),
        (rf"\b{f.inside}\s+the\s+month\b", _month_period, ""),
        (
            rf"\b(?P<mod>{f.mods})\s+(?:the\s+month\s+of\s+)?(?P<month>{f.month})\b{f.year}",
            _month_period,
            "",
        ),
        (rf"\b(?P<month>{f.free_month})\b{f.year}", _month_period, ""),
    ]


def _day_rules(f: _Fragments) -> list[_RuleSpec]:
    """Today and tomorrow."""
    return [
        (rf"{f.mod}\b(?:the\s+)?(?P<after>day\s+after\s+)?tomorrow\b", _tomorrow, ""),
        (
            rf"{f.mod}\b(?:(?:later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"
            rf"|{f.end_of_day})",
            _today,
            "",
        ),
    ]


@lru_cache(maxsize=1)
def _rules() -> list[_Rule]:
    """Every rule, the most specific first: a rule only sees text no earlier rule has read."""
    f = _fragments()
    groups = (
        _set_aside_rules,
        _elliptic_rules,
        _date_rules,
        _month_and_year_rules,
        _span_rules,
        _week_rules,
        _weekday_rules,
        _month_rules,
        _day_rules,
    )
    specs = [spec for group in groups for spec in group(f)]
    return [_Rule(re.compile(pattern), handler, note) for pattern, handler, note in specs]


# --- Reading a phrase --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    day: date
    text: str  # as the user wrote it
    start: int
    business: bool


@dataclass(frozen=True)
class _Read:
    found: list[_Found]
    ambiguous: list[str]


_SAME_LENGTH = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2011": "-"}
)

# A job's start date or the interview's own day is not when they will decide.
_NOT_A_DECISION = re.compile(
    r"\b(?:interviewed|start(?:s|ing)?(?:\s+date)?|begin(?:s|ning)?|orientation|onboarding"
    r"|closes|closing\s+date|posting\s+closed?)"
    r"\s+(?:(?:is|was|would\s+be|will\s+be|date|of|could\s+be|would|will|on)\s+)*$"
)


def _normalise(text: str) -> str:
    """Lower case, straight quotes and plain hyphens, without changing any position: what the
    rules match is then quoted from the original text."""
    lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return lowered.translate(_SAME_LENGTH)


def _read(phrase: str, ctx: _Context) -> _Read:
    work = _normalise(phrase)
    found: list[_Found] = []
    ambiguous: list[str] = []
    for rule in _rules():
        matches = [match for match in rule.pattern.finditer(work) if match.group().strip()]
        for match in matches:
            text = phrase[match.start() : match.end()].strip(" ,.;:!?")
            reading = _reading_of(rule, match, work, ctx)
            if rule.note == "ambiguous":
                ambiguous.append(text)
            elif reading is not None:
                day = _resolve(reading, _group(match, "mod"), ctx)
                found.append(_Found(day, text, match.start(), reading.business))
        for match in matches:
            blank = "\0" * (match.end() - match.start())
            work = work[: match.start()] + blank + work[match.end() :]
    return _Read(found, ambiguous)


def _reading_of(rule: _Rule, match: re.Match[str], work: str, ctx: _Context) -> _Reading | None:
    if rule.handler is None or _NOT_A_DECISION.search(work[: match.start()]):
        return None
    return rule.handler(match, ctx)


# --- Explaining --------------------------------------------------------------------------------


def _day_text(day: date, reference: date) -> str:
    """A day as people write it, "Tuesday 23 February", with the year when it is not the
    interview's."""
    return long_day(day, reference)


def _skipped_holidays(start: date, end: date, ctx: _Context) -> list[tuple[str, date]]:
    off_days = holiday_calendar(ctx.province, ctx.optional)
    skipped = []
    day = start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5 and day in off_days:
            skipped.append((off_days[day].replace(" (observed)", ""), day))
    return skipped


def _holiday_sentence(skipped: list[tuple[str, date]], reference: date) -> str:
    if not skipped:
        return ""
    parts = [f"the {name} holiday on {_day_text(day, reference)}" for name, day in skipped]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    verb = "is not a business day" if len(parts) == 1 else "are not business days"
    return f" {listed[0].upper()}{listed[1:]} {verb}."


def _explain(
    reading: _Read,
    chosen: _Found | None,
    several: bool,
    follow_up_on: date,
    ctx: _Context,
    status: str,
) -> str:
    today = ctx.today
    if chosen is None:
        past = [found.text for found in reading.found if found.day < today]
        if past:
            lead = f"'{past[0]}' is before the interview"
        elif status == UNREAD:
            lead = "Followup could not read when they will decide"
        else:
            lead = "They didn't say when they would decide"
        text = (
            f"{lead}, so Followup plans a follow-up {ctx.no_date_business_days} business days "
            f"after the interview, on {_day_text(follow_up_on, today)}."
        )
        counted_from = follow_up_on  # the sentence above already says "business days"
    else:
        latest = " (the latest of the times they gave)" if several else ""
        text = (
            f"They said '{chosen.text}' on {_day_text(today, today)}{latest}: decided by "
            f"{_day_text(chosen.day, today)}. Follow up on {_day_text(follow_up_on, today)}."
        )
        counted_from = today if chosen.business else chosen.day
    text += _holiday_sentence(_skipped_holidays(counted_from, follow_up_on, ctx), today)
    for unclear in reading.ambiguous:
        text += (
            f" Followup can't tell which is the day and which the month in '{unclear}': "
            "write the month as a word (5 March) to use it."
        )
    return text
