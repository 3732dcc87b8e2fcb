"""What each expression means: the handlers the rules call with a match, each giving a day or a
span of days (`Reading`), and how "before" and "after" apply to it."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from followup.lib.businessdays import add_business_days, holiday_calendar, is_business_day
from followup.lib.timeline.calendar import (
    FRIDAY,
    Context,
    add_months,
    coming,
    holiday_season,
    last_day,
    monday,
    month_day,
    named_date,
    named_day,
    nth_week_friday,
    on_or_after,
    safe_date,
)
from followup.lib.timeline.words import key, lookups, vocabulary

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


@dataclass(frozen=True)
class Reading:
    """What one expression means: a day or a span of days. `kind` says how "before" and "after"
    apply: a point or a period ("next week") starts at `start`; an end ("end of the month") is a
    deadline that "after" moves past; a span ("in two weeks", "after two weeks") is the day the
    time is up, whatever the word before it."""

    start: date
    end: date
    kind: str = "point"
    business: bool = False  # counted in business days


def point(day: date, *, business: bool = False) -> Reading:
    return Reading(day, day, "point", business)


def deadline(day: date, *, business: bool = False) -> Reading:
    return Reading(day, day, "end", business)


def span_end(day: date, *, business: bool = False) -> Reading:
    return Reading(day, day, "span", business)


BEFORE = frozenset({"before", "prior to", "ahead of"})
# "Not before the 20th" gives the earliest day: wait until the business day after it.
AFTER = frozenset(
    {
        "after",
        "following",
        "not before",
        "not until",
        "no earlier than",
        "no sooner than",
        "once",
        "when",
        "right after",
        "soon after",
    }
)


# "Not until March": not before it starts, but within it.
NOT_BEFORE = frozenset({"not before", "not until", "no earlier than", "no sooner than"})


def resolve(reading: Reading, mod: str | None, ctx: Context) -> date:
    mod = " ".join(mod.split()) if mod else None
    if mod in NOT_BEFORE and reading.kind == "period":
        return reading.end
    if mod in BEFORE and reading.kind in ("point", "period"):
        return reading.start - timedelta(days=1)
    if mod in AFTER and reading.kind in ("point", "period", "end"):
        return add_business_days(reading.end, 1, ctx.province, ctx.optional)
    return reading.end


Handler = Callable[[re.Match[str], Context], Reading | None]


def number(text: str) -> float:
    text = text.strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if key(text) in lookups()["articles"]:
        return float(lookups()["articles"][key(text)])
    return float(lookups()["numbers"][key(text)])


def day_of_month(text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else int(lookups()["ordinals"][key(text)])


def group(match: re.Match[str], name: str) -> str | None:
    value = match.groupdict().get(name)
    return value if value else None


# --- Rules: explicit dates ---------------------------------------------------------------------


def read_iso_date(match: re.Match[str], ctx: Context) -> Reading | None:
    day = safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return point(day) if day else None


def month_and_day(match: re.Match[str], ctx: Context) -> date | None:
    month = lookups()["months"][key(match["month"])]
    day = day_of_month(group(match, "day2") or match["day"])
    if group(match, "year"):
        return safe_date(int(match["year"]), month, day)
    return named_date(ctx.today, lambda year: safe_date(year, month, day))


def read_explicit_date(match: re.Match[str], ctx: Context) -> Reading | None:
    day = month_and_day(match, ctx)
    return point(day) if day else None


def read_week_of_date(match: re.Match[str], ctx: Context) -> Reading | None:
    day = month_and_day(match, ctx) if group(match, "month") else day_of_month_ahead(match, ctx)
    if day is None:
        return None
    return Reading(monday(day), monday(day) + timedelta(days=FRIDAY), "period")


def day_of_month_ahead(match: re.Match[str], ctx: Context) -> date | None:
    """A day of the month ("the 20th"): the next one on or after the interview, or in the month
    named."""
    day = day_of_month(group(match, "day") or group(match, "day2") or match["day3"])
    relative = group(match, "rel")
    if relative:
        month_start = add_months(ctx.today.replace(day=1), 1 if relative == "next" else 0)
        return safe_date(month_start.year, month_start.month, day)
    for months_ahead in range(0, 13):
        month_start = add_months(ctx.today.replace(day=1), months_ahead)
        candidate = safe_date(month_start.year, month_start.month, day)
        if candidate is not None and candidate >= ctx.today:
            return candidate
    return None


def read_the_day(match: re.Match[str], ctx: Context) -> Reading | None:
    day = day_of_month_ahead(match, ctx)
    return point(day) if day else None


def read_week_of_month(match: re.Match[str], ctx: Context) -> Reading | None:
    nth_word = key(match["nth"])
    nth = -1 if nth_word in ("last", "final") else day_of_month(nth_word)
    if group(match, "month") or group(match, "new_year"):
        month = lookups()["months"][key(match["month"])] if group(match, "month") else 1

        def friday_in(year: int) -> date:
            return nth_week_friday(year, month, nth)

        if group(match, "year"):
            friday: date | None = friday_in(int(match["year"]))
        elif group(match, "new_year"):
            friday = friday_in(ctx.today.year + 1)
        else:
            friday = on_or_after(ctx.today, friday_in)
    else:
        month_start = add_months(ctx.today.replace(day=1), 1 if match["rel"] == "next" else 0)
        friday = nth_week_friday(month_start.year, month_start.month, nth)
    if friday is None:
        return None
    return Reading(friday - timedelta(days=FRIDAY), friday, "period")


# --- Rules: named days -------------------------------------------------------------------------


def read_named(match: re.Match[str], ctx: Context) -> Reading | None:
    spec = lookups()["named_days"][key(match["named"])]
    day = on_or_after(ctx.today, lambda year: named_day(spec, year, ctx.province))
    return point(day) if day else None


def read_new_year(match: re.Match[str], ctx: Context) -> Reading | None:
    if group(match, "by"):
        return point(date(ctx.today.year + 1, 1, 1))
    month, day = vocabulary().new_year
    return deadline(date(ctx.today.year + 1, month, day))


def read_holiday_season(match: re.Match[str], ctx: Context) -> Reading | None:
    """The holiday season still to come or under way ("after the holidays" said on 2 January
    is this season's), from its first to its last day; "after" it is its custom "after" day
    when it has one, "by" it the day before it starts."""
    seasons = lookups()["holiday_seasons"]
    spec = seasons[key(match["season"])]
    determiner = group(match, "det") or group(match, "det2")
    vacation = group(match, "mod") == "on" and not determiner  # "off on holidays"
    if vacation and key(match["season"]) in map(key, spec.get("needs_the", ())):
        return None
    if "any_of" in spec:  # "the break": whichever of these seasons comes first
        readings = [_season_reading(seasons[key(name)], match, ctx) for name in spec["any_of"]]
        coming_ = [r for r in readings if r is not None and r.end >= ctx.today]
        return min(coming_, key=lambda r: r.end, default=None)
    return _season_reading(spec, match, ctx)


def _season_reading(spec: dict[str, Any], match: re.Match[str], ctx: Context) -> Reading | None:
    determiner = group(match, "det") or group(match, "det2")
    for year in range(ctx.today.year - 1, ctx.today.year + 2):
        days = holiday_season(spec, year, ctx.province)
        if days is None:
            continue
        start, end, after = days
        if determiner == "next" and start <= ctx.today:
            continue
        if max(end, after or end) < ctx.today:
            continue
        mod = group(match, "mod")
        if group(match, "over"):  # "before the holidays are over" is by their end
            if mod in BEFORE or mod in ("by", "until", "till", "til"):
                return deadline(end)
            mod = "after"
        if mod in AFTER and after is not None:
            return span_end(after)  # the custom day is already "after"
        if mod in ("by", "until", "till", "til"):
            return deadline(start - timedelta(days=1))
        return Reading(start, end, "period")
    return None


def read_day_month_numbers(match: re.Match[str], ctx: Context) -> Reading | None:
    """Day and month as numbers ("18/12", "12/18", "18.12.2026"): read only when the values
    tell which is which (a month is at most 12), or when both are the same."""
    first, second = int(match["a"]), int(match["b"])
    if first == second:
        month, day = first, first
    elif first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        month, day = first, second
    else:
        return None
    year_text = group(match, "y")
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        explicit = safe_date(year, month, day)
        return point(explicit) if explicit else None
    found = named_date(ctx.today, lambda year: safe_date(year, month, day))
    return point(found) if found else None


def read_long_weekend(match: re.Match[str], ctx: Context) -> Reading | None:
    """The next weekend made long by a holiday on a Friday or a Monday (optional holidays such
    as the Civic Holiday count: most people get them)."""
    month = lookups()["months"][key(match["month"])] if group(match, "month") else None
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
                return Reading(start, end, "period")
    return None


# --- Rules: parts of months, years, quarters ---------------------------------------------------


def read_month_part(match: re.Match[str], ctx: Context) -> Reading | None:
    day_of = lookups()["month_parts"][key(group(match, "part") or match["part2"])]
    if group(match, "month"):
        month = lookups()["months"][key(match["month"])]
        if group(match, "year"):
            return deadline(month_day(int(match["year"]), month, day_of))
        day = on_or_after(ctx.today, lambda year: month_day(year, month, day_of))
        return deadline(day) if day else None
    month_start = add_months(ctx.today.replace(day=1), 1 if group(match, "next") else 0)
    day = month_day(month_start.year, month_start.month, day_of)
    if day < ctx.today:
        # "The beginning of the month" said on the 20th means next month's beginning.
        month_start = add_months(month_start, 1)
        day = month_day(month_start.year, month_start.month, day_of)
    return deadline(day)


def read_month_period(match: re.Match[str], ctx: Context) -> Reading | None:
    if group(match, "month"):
        month = lookups()["months"][key(match["month"])]
        if group(match, "year"):
            year = int(match["year"])
        else:
            year = ctx.today.year + (1 if month < ctx.today.month else 0)
        first = date(year, month, 1)
    else:
        first = add_months(ctx.today.replace(day=1), 1 if group(match, "next") else 0)
    last = first.replace(day=last_day(first.year, first.month))
    if group(match, "end"):  # "month-end", "EOM": by then, "before" it too
        return deadline(last)
    return Reading(first, last, "period")


def _cut_short(word: str) -> bool:
    """A month's name cut short ("jan", "sept"): the start of a longer name of the same month."""
    months = lookups()["months"]
    return any(
        other != word and other.startswith(word) and months[other] == months[word]
        for other in months
    )


def read_month_pair(match: re.Match[str], ctx: Context) -> Reading | None:
    """Two months said as choices or a range, "February or March", "by Jan or Feb": until the
    end of the later. Months that are also words ("may", "march") need a month word ("in",
    "by") or a month that is no other word beside them: "April or June" may be two people."""
    words = vocabulary()
    first, second = key(match["month1"]), key(match["month"])
    months = lookups()["months"]
    if months[first] == months[second]:
        return None  # "may or may not"
    plain_words = {key(word) for word in words.months_needing_context}
    said_plainly = bool(group(match, "mod") or group(match, "year"))
    # Two months side by side in the year ("May or June", "Feb or March") are months, and so is
    # a pair with a short form ("Jan", "Sept"): only names cut short are kept for months.
    months_apart = (months[second] - months[first]) % 12
    cut_short = any(_cut_short(word) for word in (first, second))
    if months_apart in (1, 11) or cut_short:
        said_plainly = True
    if not said_plainly and first in plain_words and second in plain_words:
        return None
    year = int(match["year"]) if group(match, "year") else None
    spans = []
    for word in (first, second):
        month = months[word]
        start = date(year or ctx.today.year + (1 if month < ctx.today.month else 0), month, 1)
        spans.append((start, start.replace(day=last_day(start.year, start.month))))
    if spans[1][1] < spans[0][1] and year is None:  # "December or January": the next January
        start = spans[1][0].replace(year=spans[0][0].year + 1)
        spans[1] = (start, start.replace(day=last_day(start.year, start.month)))
    return Reading(min(spans)[0], max(spans)[1], "period")


def read_year_part(match: re.Match[str], ctx: Context) -> Reading | None:
    year = ctx.today.year + (1 if group(match, "next") else 0)
    part = group(match, "part") or group(match, "part2")
    month, day = lookups()["year_parts"][key(part)] if part else (12, 31)
    result = date(year, month, day)
    if result < ctx.today:
        result = result.replace(year=year + 1)
    return deadline(result)


def read_season(match: re.Match[str], ctx: Context) -> Reading | None:
    """A season or part of one: "in the spring", "by early fall", "next summer". A bare season
    name is also a verb or a name ("prices fall"), so it needs a word before it."""
    part = group(match, "part") or group(match, "part2")
    if not part and not any(group(match, name) for name in ("mod", "lead", "next", "det", "year")):
        return None
    (start_month, start_day), (end_month, end_day) = lookups()["seasons"][key(match["season"])]
    spans = []
    for year in range(ctx.today.year - 1, ctx.today.year + 3):
        start = date(year, start_month, start_day)
        end = date(year + (1 if end_month < start_month else 0), end_month, end_day)
        spans.append((start, end))
    if group(match, "year"):
        spans = [span for span in spans if span[0].year == int(match["year"])]
    elif group(match, "next"):
        spans = [span for span in spans if span[0] > ctx.today]
    else:
        spans = [span for span in spans if span[1] >= ctx.today]
    if not spans:
        return None
    start, end = spans[0]
    if not part:
        return Reading(start, end, "period")
    fraction = lookups()["season_parts"][key(part)]
    return deadline(start + timedelta(days=math.ceil((end - start).days * fraction)))


def read_quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    if group(match, "fiscal") or group(match, "fiscal2"):
        # Canadian governments and most employers close their fiscal year on 31 March.
        end = on_or_after(ctx.today, lambda year: date(year, 3, 31))
        return deadline(end) if end else None
    current = (ctx.today.month - 1) // 3 + 1
    if group(match, "q"):
        quarter = int(match["q"])
    elif group(match, "qword"):
        quarter = day_of_month(match["qword"])
    else:
        quarter = current + (1 if group(match, "next") else 0)
    year = ctx.today.year + (1 if quarter < current else 0) + (quarter - 1) // 4
    month = ((quarter - 1) % 4 + 1) * 3
    return deadline(date(year, month, last_day(year, month)))


# --- Rules: spans of time ----------------------------------------------------------------------


def after_span(
    start: date, amount: float, unit: str, *, business: bool, ctx: Context
) -> Reading | None:
    """`amount` units after `start`. Days, weeks and months are calendar ones unless business;
    parts of a day are rounded up (never follow up too soon). Spans longer than a few years are
    no hiring time frame ("5 years experience") and are not read."""
    if amount * ROUGH_DAYS_PER_UNIT[unit] > MAX_SPAN_DAYS:
        return None
    if unit == "business day" or (unit == "day" and business):
        day = add_business_days(start, math.ceil(amount), ctx.province, ctx.optional)
        return span_end(day, business=True)
    if unit == "week" and business:
        day = add_business_days(start, math.ceil(5 * amount), ctx.province, ctx.optional)
        return span_end(day, business=True)
    days_per_unit = {"day": 1, "week": 7, "fortnight": 14, "hour": 1 / 24}
    if unit in days_per_unit:
        return span_end(start + timedelta(days=math.ceil(amount * days_per_unit[unit])))
    months = amount * (12 if unit == "year" else 1)
    whole = math.floor(months)
    return span_end(add_months(start, whole) + timedelta(days=math.ceil((months - whole) * 30)))


def span(match: re.Match[str], ctx: Context, start: date) -> Reading | None:
    """A span counted from `start`: "two weeks", "7 to 10 business days", "a week or two"."""
    unit = lookups()["units"][key(match["unit"])]
    vague = group(match, "vague")
    if vague:
        word = next(word for word in vague.split() if word not in ("a", "of"))
        amount = float(lookups()["vague"][key(word)])
    elif group(match, "hi") or group(match, "hi2"):
        low, high = group(match, "lo") or match["lo2"], group(match, "hi") or match["hi2"]
        amount = max(number(low), number(high))
    else:
        amount = number(match["n"])
    if group(match, "half") or group(match, "half2"):
        amount += 0.5
    if group(match, "orn"):
        # "A week or two", "a day or two": the later end, and as vague as "a couple".
        amount = max(amount, number(match["orn"]), number(group(match, "orn2") or "0"))
        vague = vague or "or"
    if unit == "hour" and amount < 24 and not (group(match, "mod") or group(match, "next")):
        return None  # "the interview took an hour" is not a time frame
    business = bool(group(match, "biz")) or (bool(vague) and unit == "day")
    return after_span(start, amount, unit, business=business, ctx=ctx)


def read_next_unit(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = lookups()["units"][key(match["unit"])]
    amount = number(match["orn"]) if group(match, "orn") else 1.0
    return after_span(ctx.today, amount, unit, business=unit == "day", ctx=ctx)


def read_coming_units(match: re.Match[str], ctx: Context) -> Reading | None:
    """Days or weeks "to come": as many as "a few"."""
    unit = lookups()["units"][key(match["unit"])]
    few = float(lookups()["vague"]["few"])
    return after_span(ctx.today, few, unit, business=unit == "day", ctx=ctx)


# --- Rules: weeks and weekdays -----------------------------------------------------------------


def week_of(monday: date) -> Reading:
    return Reading(monday, monday + timedelta(days=FRIDAY), "period")


def part_of_week(week: Reading, match: re.Match[str]) -> Reading:
    """The part of the week said before it ("early the week after next"), or the whole week."""
    part = group(match, "part") or group(match, "part2")
    if part is None:
        return week
    return deadline(week.start + timedelta(days=lookups()["week_parts"][key(part)]))


def read_week_after_next(match: re.Match[str], ctx: Context) -> Reading | None:
    return part_of_week(week_of(monday(ctx.today) + timedelta(days=14)), match)


def read_week_part(match: re.Match[str], ctx: Context) -> Reading | None:
    weekday = lookups()["week_parts"][key(group(match, "part") or match["part2"])]
    next_week = bool(group(match, "next"))
    day = monday(ctx.today) + timedelta(days=weekday + (7 if next_week else 0))
    if day <= ctx.today and not (next_week or group(match, "this")):
        # "The end of the week" said on a Saturday means the coming one; so does "early in the
        # week" said on a Tuesday: no one decides "early in the week" on the day they interview.
        day += timedelta(days=7)
    return deadline(day)


def read_weekday_next_week(match: re.Match[str], ctx: Context) -> Reading | None:
    weekday = lookups()["weekdays"][key(group(match, "wd") or match["wd2"])]
    return point(monday(ctx.today) + timedelta(days=7 + weekday))


def read_or_next(match: re.Match[str], ctx: Context) -> Reading | None:
    part = group(match, "part")
    if match["unit"] == "month":
        day_of = lookups()["month_parts"][part] if part else 0
        month_start = add_months(ctx.today.replace(day=1), 1)
        return deadline(month_day(month_start.year, month_start.month, day_of))
    weekday = lookups()["week_parts"][part] if part else FRIDAY
    return deadline(monday(ctx.today) + timedelta(days=7 + weekday))


def read_midweek(match: re.Match[str], ctx: Context) -> Reading | None:
    wednesday = monday(ctx.today) + timedelta(days=2 + (7 if group(match, "next") else 0))
    return deadline(wednesday if wednesday >= ctx.today else wednesday + timedelta(days=7))


def read_next_week(match: re.Match[str], ctx: Context) -> Reading | None:
    return week_of(monday(ctx.today) + timedelta(days=7))


def read_this_week(match: re.Match[str], ctx: Context) -> Reading | None:
    week = week_of(monday(ctx.today))
    if group(match, "end"):  # "eow", "the week's end": by then, "before" it too
        return deadline(max(week.end, ctx.today))
    return Reading(week.start, max(week.end, ctx.today), "period")


def read_weekend(match: re.Match[str], ctx: Context) -> Reading | None:
    saturday = monday(ctx.today) + timedelta(days=5 + (7 if group(match, "next") else 0))
    if saturday + timedelta(days=1) < ctx.today:
        saturday += timedelta(days=7)
    if group(match, "mod") in ("by", "until", "till", "til"):
        # "By the weekend" means by the last working day before it.
        return deadline(saturday - timedelta(days=1))
    return Reading(saturday, saturday + timedelta(days=1), "period")


def read_next_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """Next Tuesday is Tuesday of next week (weeks start on Monday)."""
    weekday = lookups()["weekdays"][key(match["wd"])]
    return point(monday(ctx.today) + timedelta(days=7 + weekday))


def read_weekday_after_next(match: re.Match[str], ctx: Context) -> Reading | None:
    weekday = lookups()["weekdays"][key(match["wd"])]
    return point(monday(ctx.today) + timedelta(days=14 + weekday))


def read_weekday_week(match: re.Match[str], ctx: Context) -> Reading | None:
    """Friday week is a week after the coming Friday."""
    weekday = lookups()["weekdays"][key(match["wd"])]
    return point(coming(ctx.today, weekday) + timedelta(days=7))


def read_this_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    weekday = lookups()["weekdays"][key(match["wd"])]
    return point(coming(ctx.today, weekday, allow_today=True))


def read_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """By Friday is by the coming Friday; said on a Friday, the next one."""
    weekday = lookups()["weekdays"][key(match["wd"])]
    return point(coming(ctx.today, weekday))


# --- Rules: days -------------------------------------------------------------------------------


def read_tomorrow(match: re.Match[str], ctx: Context) -> Reading | None:
    return point(ctx.today + timedelta(days=2 if group(match, "after") else 1))


def read_end_of_day_on(match: re.Match[str], ctx: Context) -> Reading | None:
    """The end of a named day: "end of day Friday", "close of business tomorrow"."""
    if group(match, "tomorrow"):
        day: Reading | None = point(ctx.today + timedelta(days=1))
    elif group(match, "next"):
        day = read_next_weekday(match, ctx)
    else:
        day = read_weekday(match, ctx)
    # The end of that day: "before end of day Friday" is by Friday, as "by" is.
    return deadline(day.end) if day else None


def read_today(match: re.Match[str], ctx: Context) -> Reading | None:
    # "Before end of day" is by then, as "by end of day" is; "before today" is past.
    return deadline(ctx.today) if group(match, "end") else point(ctx.today)
