"""The rules, from the most specific to the most general, and reading a phrase with them: text
a rule has read is blanked, so that a general rule cannot read part of it again ("early next
month" must not also be read as "next month"). Here too, the rules that read a time from
another time said in the phrase ("two weeks after the second round on the 10th", "a week after
that", "the following week"), since they read that other time with the same rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from followup.lib.timeline import handlers as h
from followup.lib.timeline.calendar import Context, coming, last_day, monday
from followup.lib.timeline.clock import set_times_aside
from followup.lib.timeline.patterns import Fragments, fragments
from followup.lib.timeline.prefilter import Check, checks, met, needs
from followup.lib.timeline.words import alternation, alternations, key, lookups, vocabulary


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    handler: h.Handler | None  # None: read only to be set aside (a past day, a habit)
    # What the text is when no day comes of it: "ambiguous", "vague", "depends", "hedge",
    # "no_time_frame" are said in the explanation; others ("past", "habit", "") are not.
    note: str = ""
    # What the text must hold for the pattern to match (`prefilter.needs`): skipped otherwise.
    needs: tuple[Check, ...] = ()


RuleSpec = tuple[str, h.Handler | None, str]


def anchor_day(text: str | None, ctx: Context) -> date:
    """The day a span counts from, when the anchor is one of the usual days ("two weeks from
    Friday", "10 days of the 15th")."""
    if not text or key(text) in ("now", "theinterview", "myinterview", "ourinterview"):
        return ctx.today
    # The anchor is itself a time expression: read it with the same rules.
    days = [found.day for found in read_phrase(f"from {text}", ctx).found if found.day >= ctx.today]
    return max(days, default=ctx.today)


@lru_cache(maxsize=1)
def _event_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The interview itself ("after we spoke"), and words pointing back ("a week after that").
    An interview of a later round is another one: "the interview of the second round", "the
    final interview", "l'entrevue finale", "l'entrevue de deuxième tour"."""
    words = vocabulary()
    later = (
        rf"(?:{alternation(words.ordinals)}|\d+(?:st|nd|rd|th|e|er|re|eme)|final|finale|next"
        r"|following|suivante|round|tour)"
    )
    another = rf"(?!\s+(?:(?:of|for)\s+(?:the\s+)?)?{later}\b)"
    return (
        re.compile(rf"(?:{alternation(words.interview_events)})\b{another}"),
        re.compile(rf"(?:{alternation(words.back_references)})\b.*"),
    )


def _event_day(match: re.Match[str], ctx: Context) -> Found | None:
    """The day of the event a time counts from ("two weeks after the second round on the 10th",
    "once the posting closes on December 18", "a week after that"), read from the clause as
    written: the interview itself, the latest day said in the clause (a closing date counts
    here), the latest day said before a word pointing back, or None when the event has no day."""
    clause = ctx.text[match.start("anchor") : match.end("anchor")]
    interview, back_reference = _event_words()
    if interview.match(clause):
        return Found(ctx.today, clause, match.start("anchor"), business=False)
    if back_reference.fullmatch(clause):
        # A closing or start day said before counts: "the posting closes Friday, and they decide
        # a week after that".
        before = ctx.text[: match.start()].replace("\0", " ")
        said = [
            found
            for found in read_phrase(before, ctx, anchors=True).found
            if not _INTERVIEWED.search(before, 0, found.start)  # "I interviewed Monday"
        ]
    else:
        said = read_phrase(f"from {clause}", ctx, anchors=True).found
    days = [found for found in said if found.day >= ctx.today]
    return max(days, key=lambda found: found.day, default=None)


# "Interviews until the 14th, then a decision within a week": the span follows that day; so it
# does when said after the span: "they close applications on the 19th and decide a week later".
# The same after a clause saying when: "once the second round wraps up on the 24th, they'll
# decide within 3 business days".
_THEN = re.compile(
    r"\b(?:then|after\s+that|afterwards|after\s+which)\b[^.;!?]*$"
    r"|\b(?:once|after|when|as\s+soon\s+as)\b[^,.;!?]*(?P<comma>,)[^.;!?]*$"
)
_LATER = re.compile(
    r"\s*(?:later|after\s+that|afterwards?|thereafter|after(?=\s*(?:[,.;!?)]|$)))(?!\w)"
)


def _previous_day(match: re.Match[str], ctx: Context) -> date | None:
    """The latest day said before a span that is said to follow it, if any."""
    then = _THEN.search(ctx.text, 0, match.start())
    if then is not None:
        end = then.start("comma") if then["comma"] else then.start()
    elif _LATER.match(ctx.text, match.end()):
        end = match.start()
    else:
        return None
    return _latest_before(end, ctx)


def _latest_before(end: int, ctx: Context) -> date | None:
    """The latest day said before position `end` (a closing date counts: it is an event)."""
    said = read_phrase(ctx.text[:end].replace("\0", " "), ctx, anchors=True).found
    return max((found.day for found in said if found.day >= ctx.today), default=None)


def _week_after_said(match: re.Match[str], ctx: Context) -> h.Reading | None:
    said = _latest_before(match.start(), ctx)
    return h.part_of_week(h.week_of(monday(said) + timedelta(days=7)), match) if said else None


def _read_week_after(match: re.Match[str], ctx: Context) -> h.Reading | None:
    return _week_after_said(match, ctx) or h.read_week_after_next(match, ctx)


def _read_following_week(match: re.Match[str], ctx: Context) -> h.Reading | None:
    next_week = h.week_of(monday(ctx.today) + timedelta(days=7))
    return _week_after_said(match, ctx) or h.part_of_week(next_week, match)


def _read_day_after_said(match: re.Match[str], ctx: Context) -> h.Reading | None:
    """The day after the day said before: "tomorrow or the day after", "Thursday or the next
    day", "the panel meets on the 2nd and you'll hear from us after"."""
    said = _latest_before(match.end("first") if h.group(match, "first") else match.start(), ctx)
    return h.point(said + timedelta(days=1)) if said else None


def _read_following_weekday(match: re.Match[str], ctx: Context) -> h.Reading | None:
    """The weekday after the last day said ("Friday, or the following Wednesday"), or next
    week's."""
    said = _latest_before(match.start(), ctx)
    if said is None:
        return h.read_next_weekday(match, ctx)
    return h.point(coming(said, lookups()["weekdays"][key(match["wd"])]))


def _read_span(match: re.Match[str], ctx: Context) -> h.Reading | None:
    anchor = h.group(match, "anchor")
    start = anchor_day(anchor, ctx) if anchor else (_previous_day(match, ctx) or ctx.today)
    return h.span(match, ctx, start)


def _read_anchored_span(match: re.Match[str], ctx: Context) -> h.Reading | None:
    event = _event_day(match, ctx)
    return h.span(match, ctx, event.day) if event is not None else None


def _read_event(match: re.Match[str], ctx: Context) -> h.Reading | None:
    """After an event: after its day, or when a span it names is up ("after two weeks")."""
    event = _event_day(match, ctx)
    if event is None:
        return None
    return h.Reading(event.day, event.day, event.kind, event.business)


def _set_aside_rules(f: Fragments) -> list[RuleSpec]:
    """Days already past and habits ("twice a week"): read only to be set aside; with them,
    "they didn't say" and hedges ("maybe later"), read to be said."""
    return [
        (rf"\b(?:{f.no_time_frame})(?!\w)", None, "no_time_frame"),
        (f.not_told, None, "no_time_frame"),
        (rf"\b(?:{f.hedge})\b(?!\s+(?:this|next|in|that|on|the)\b)", None, "hedge"),
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


def _elliptic_rules(f: Fragments) -> list[RuleSpec]:
    """Units said once for two choices or a stretch: "this week or next", "this week and next",
    "end of this month or early next"."""
    return [
        (
            rf"{f.mod}\b(?:the\s+)?(?:(?:end|close)\s+of\s+)?(?:this\s+|the\s+)?"
            r"(?P<unit>week|month)\s*,?\s+(?:or|and)\s+(?:(?:the\s+)?(?P<part>early|mid|middle|late|later|end|beginning|start)"
            r"(?:\s+|-)(?:of\s+)?)?(?:the\s+)?next\b"
            rf"(?!\s+(?:week|month|year|{f.any_weekday}|{f.unit})\b)",
            h.read_or_next,
            "",
        ),
    ]


def _date_rules(f: Fragments) -> list[RuleSpec]:
    """Days named by date, day of the month, holiday or long weekend."""
    return [
        # Spans counted from a day come before days, which would otherwise take the day; an
        # event with no day ("two weeks after the second round") leaves the span unread.
        (rf"{f.span}\s+(?:after|following|from|of)\s+{f.clause}", _read_anchored_span, "depends"),
        (rf"{f.span}{f.counted_from}", _read_span, ""),
        (r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b", h.read_iso_date, ""),
        *_number_date_rules(f),
        (
            rf"{f.mod}(?:the\s+)?(?P<nth>{f.ordinal}|1st|2nd|3rd|4th|last|final)\s+(?:full\s+)?week"
            rf"\s+(?:of|in)\s+(?:(?P<rel>next|this|the)\s+month|(?P<month>{f.month})\b{f.year}"
            r"|(?P<new_year>the\s+new\s+year)\b)",
            h.read_week_of_month,
            "",
        ),
        (
            rf"{f.mod}(?:the\s+)?week\s+of\s+{f.weekday_prefix}{f.month_day}",
            h.read_week_of_date,
            "",
        ),
        (
            rf"{f.mod}(?:the\s+)?week\s+of\s+{f.weekday_prefix}{f.day_month}",
            h.read_week_of_date,
            "",
        ),
        (
            rf"{f.mod}(?:the\s+)?week\s+of\s+(?:the\s+)?(?P<day>{f.day_ordinal})\b{f.not_a_noun}",
            h.read_week_of_date,
            "",
        ),
        (rf"{f.mod}\b{f.weekday_prefix}{f.month_day}", h.read_explicit_date, ""),
        (rf"{f.mod}\b{f.weekday_prefix}{f.day_month}", h.read_explicit_date, ""),
        # A range of days, "the 18th-22nd": the later one.
        (
            rf"\b(?:the\s+)?{f.day_ordinal}\s*(?:-|to|through|thru|and|or)\s*(?:the\s+)?"
            rf"(?P<day>{f.day_ordinal})\b{f.not_a_noun}"
            rf"(?:\s+of\s+(?:(?P<rel>next|this)\s+month|the\s+month)\b|{f.then})",
            h.read_the_day,
            "",
        ),
        # A weekday and a bare day number: "by Friday 15", "vendredi 15" (not "Friday 2 pm").
        (
            rf"(?:\b(?P<mod>{f.mods})\s+)?\b{f.any_weekday}\.?,?\s+(?:the\s+)?"
            rf"(?P<day>\d{{1,2}})(?![\d/.:])\b{f.not_a_noun}"
            rf"(?:\s+of\s+(?:(?P<rel>next|this)\s+month|the\s+month)\b|{f.then})",
            h.read_the_day,
            "",
        ),
        (f.the_day, h.read_the_day, ""),
        # A day of the month said without "by" or "on" where nothing else can be meant: "first of
        # the month", "the 22nd at the latest", "latest the 22nd".
        (
            rf"\b(?:the\s+)?(?P<day>{f.day_ordinal})\s+of\s+(?:(?P<rel>next|this)\s+month"
            rf"|the\s+month)\b|\blatest\s+(?:by\s+|on\s+)?(?:the\s+)?(?P<day2>{f.day_ordinal})\b"
            rf"{f.not_a_noun}|\b(?:the\s+)?(?P<day3>{f.day_ordinal})\s*,?\s+(?:(?:at\s+the\s+)?latest|max|tops)\b",
            h.read_the_day,
            "",
        ),
        # A day of the month in figures without its ending, after "by the", "on the": "by the
        # 30" (not "by the 3 of us", "on the 2 candidates").
        (
            r"\b(?P<mod>by|before|until|till|til|on|after|not\s+before|not\s+until"
            r"|no\s+later\s+than)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?!\d|[.,:/]\d|%)\b"
            rf"{f.not_a_noun}{f.then}",
            h.read_the_day,
            "",
        ),
        (
            rf"(?:\b(?P<mod>{f.mods})\s+(?:(?P<det>the|this|next)\s+)?|\b(?P<det2>the|this|next)\s+)"
            rf"(?P<season>{f.holiday_season})\b"
            r"(?P<over>\s+(?:is|are)\s+(?:over|done|finished|past|behind\s+us))?",
            h.read_holiday_season,
            "",
        ),
        (
            r"(?:\b(?:early\s+|sometime\s+|some\s+time\s+)?(?:in|into|after|following)\s+"
            r"(?:early\s+)?the\s+new\s+year|\bafter\s+the\s+(?:christmas\s+)?holidays)\b"
            r"|\b(?P<by>by|before|until)\s+the\s+new\s+year\b",
            h.read_new_year,
            "",
        ),
        (rf"{f.mod}\b(?:the\s+)?(?P<named>{f.named})(?!\w)", h.read_named, ""),
        (
            rf"{f.mod}\b(?:the\s+)?(?:(?P<month>{f.month})\s+)?long\s+weekend\b",
            h.read_long_weekend,
            "",
        ),
    ]


def _number_date_rules(f: Fragments) -> list[RuleSpec]:
    """Day and month as numbers: "18/12" and "12/18" are read (18 is no month), "05/06" is
    said to be ambiguous; idioms ("24/7") and decimals ("1.5 weeks") are no dates."""
    edge = r"(?<![\d/.$])"
    end = rf"(?![/.]?\d)(?!\s*(?:{f.business}[\s-]+)?{f.unit}\b|\s*%)"
    month = r"(?:0?[1-9]|1[0-2])"
    year = r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))"
    return [
        (rf"{edge}(?:{alternation(vocabulary().number_idioms)}){end}", None, ""),
        (
            rf"{edge}(?P<a>{month})(?P<sep>[/.])(?P<b>{month}){year}?{end}",
            h.read_day_month_numbers,
            "ambiguous",
        ),
        (
            rf"{edge}(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}}){year}?{end}",
            h.read_day_month_numbers,
            "",
        ),
        (
            rf"{edge}(?P<a>{month})(?P<sep>-)(?P<b>{month}){year}{end}",
            h.read_day_month_numbers,
            "ambiguous",
        ),
        (
            rf"{edge}(?P<a>\d{{1,2}})(?P<sep>-)(?P<b>\d{{1,2}}){year}{end}",
            h.read_day_month_numbers,
            "",
        ),
    ]


def _month_and_year_rules(f: Fragments) -> list[RuleSpec]:
    """Parts of months, quarters and years: "mid-March", "end of Q1", "year-end"."""
    return [
        (
            rf"{f.mod}\b(?:the\s+)?{f.month_part}"
            rf"(?:(?:the\s+|this\s+)?month\b|(?P<next>next|the\s+following)\s+month\b"
            rf"|(?P<month>{f.month})\b\.?{f.year})",
            h.read_month_part,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?(?P<fiscal>fiscal)\s+year"
            rf"|(?P<fiscal2>fiscal)\s+year[\s-]?end)\b",
            h.read_quarter,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:end\s+of\s+)?(?:(?:the|this)\s+quarter"
            rf"|(?P<next>next)\s+quarter|q(?P<q>[1-4])|(?P<qword>first|second|third|fourth)"
            r"\s+quarter)\b",
            h.read_quarter,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:{f.year_part}(?:(?P<next>next)\s+|the\s+|this\s+)?year\b"
            r"|year[\s-]?end\b|year'?s\s+end\b|this\s+year\b)",
            h.read_year_part,
            "",
        ),
        (
            rf"{f.mod}\b(?P<lead>the\s+)?{f.season_part}?(?:(?P<next>next)\s+|(?P<det>this|the)\s+)?"
            rf"(?P<season>{f.season})\b{f.year}",
            h.read_season,
            "",
        ),
    ]


def _span_rules(f: Fragments) -> list[RuleSpec]:
    """Spans of time from the interview: "within two weeks", "the next few days"."""
    return [
        (
            rf"\b{f.inside}\s+the\s+(?:next|coming)\s+(?P<unit>day|week|month|fortnight)\b"
            rf"(?:\s+or\s+(?P<orn>{f.num})\b)?",
            h.read_next_unit,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?:coming|next)\s+(?P<unit>days|weeks|months)\b",
            h.read_coming_units,
            "",
        ),
        (
            rf"{f.mod}\b(?:a\s+)?matter\s+of\s+(?P<unit>days|weeks|months)\b",
            h.read_coming_units,
            "",
        ),
        (rf"{f.span}(?:{f.counted_from})?", _read_span, ""),
    ]


def _week_rules(f: Fragments) -> list[RuleSpec]:
    """Weeks and parts of weeks: "end of next week", "midweek", "the weekend"."""
    return [
        (
            rf"{f.mod}\b{f.end_of_day}\s+(?:on\s+)?(?:(?P<next>next\s+)?(?P<wd>{f.any_weekday})\b\.?"
            r"|(?P<tomorrow>tomorrow)\b)",
            h.read_end_of_day_on,
            "",
        ),
        (
            rf"{f.mod}\b(?:{f.week_part})?(?:the\s+)?week\s+after\s+next\b"
            r"|\bnext\s+week\s+or\s+the\s+(?:week\s+)?after\b",
            h.read_week_after_next,
            "",
        ),
        (
            # "The week after" with nothing after it: the week after the last day said, or
            # after next week.
            rf"(?:\b{f.week_part})?\bthe\s+week\s+after\b"
            rf"(?!\s+(?:the|\d|{f.month}|{f.any_weekday}|{f.named})\b)",
            _read_week_after,
            "",
        ),
        (
            rf"{f.mod}\b(?:{f.week_part})?(?:the\s+)?following\s+{f.week}\b",
            _read_following_week,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?{f.week_part}"
            r"(?:(?P<next>next|the\s+following)\s+|the\s+|(?P<this>this)\s+)?"
            rf"{f.week}\b",
            h.read_week_part,
            "",
        ),
        (
            rf"{f.mod}(?:\b(?P<wd>{f.any_weekday})\.?\s+(?:of\s+)?next\s+{f.week}\b"
            rf"|\bnext\s+{f.week}(?:\s+on)?,?\s+(?P<wd2>{f.weekday})\b)",
            h.read_weekday_next_week,
            "",
        ),
        (rf"{f.mod}\bnext\s+{f.week}\b", h.read_next_week, ""),
        (
            rf"{f.mod}\b(?:this\s+(?:coming\s+|upcoming\s+)?{f.week}"
            r"|(?P<end>eow|(?:the\s+)?week'?s\s+end))\b",
            h.read_this_week,
            "",
        ),
        (rf"{f.mod}\b(?:(?P<next>next)\s+)?mid-?week\b", h.read_midweek, ""),
        (rf"\b{f.inside}\s+the\s+week\b", h.read_this_week, ""),
        (rf"{f.mod}\b(?:(?P<next>next)|this|the)\s+weekend\b", h.read_weekend, ""),
    ]


def _weekday_rules(f: Fragments) -> list[RuleSpec]:
    """Weekdays: "next Tuesday", "by Friday", "Friday week", "the following Wednesday"."""
    return [
        (
            rf"{f.mod}\b(?:the\s+)?following\s+(?P<wd>{f.any_weekday})\b\.?",
            _read_following_weekday,
            "",
        ),
        (
            rf"{f.mod}\b(?:the\s+)?(?P<wd>{f.any_weekday})\s+after\s+next\b",
            h.read_weekday_after_next,
            "",
        ),
        (
            rf"{f.mod}\b(?P<wd>{f.weekday})\s+week\b(?!\s+(?:of|after|before)\b)",
            h.read_weekday_week,
            "",
        ),
        (rf"{f.mod}\bnext\s+(?P<wd>{f.any_weekday})\b\.?", h.read_next_weekday, ""),
        (
            rf"{f.mod}\b(?:this\s+coming|this|coming|upcoming)\s+(?P<wd>{f.any_weekday})\b\.?",
            h.read_this_weekday,
            "",
        ),
        # Two weekdays as choices: "Thurs or Fri", "Mon/Tue" (short forms are weekdays there).
        (
            rf"{f.mod}\b(?P<wd0>{f.any_weekday})\.?\s*(?:/|-|,?\s+or\s+|\s+and\s+)\s*"
            rf"(?P<wd>{f.any_weekday})\b\.?",
            _read_weekday_pair,
            "",
        ),
        # A weekday as the other choice of a day said: "tomorrow or fri", "Friday or mon".
        (
            rf"(?<=\S)(?:,?\s+or\s+|\s*/\s*)(?P<wd>{f.any_weekday})\b\.?",
            _read_weekday_choice,
            "",
        ),
        (
            # The day said first is quoted with it: "They said 'Thursday or the day after'".
            rf"(?:\b(?P<first>tomorrow|today|{f.any_weekday}|(?:the\s+)?{f.day_ordinal})\.?|(?<=\S))"
            r"\s*,?\s+(?:or|and|-)\s+(?:the\s+|a\s+)?(?:day\s+after|next\s+day"
            r"|following\s+day|day\s+following)\b(?!\s+(?:that|the|this|next|my|our|your|\w*day|to))",
            _read_day_after_said,
            "",
        ),
        (
            r"(?<=\S)\s+(?:after(?:wards?)?|thereafter|after\s+(?:that|this))(?=\s*(?:[,.;!?)]|$))",
            _read_day_after_said,
            "",
        ),
        (rf"{f.mod}\b(?P<wd>{f.weekday})\b", h.read_weekday, ""),
        (
            rf"\b(?P<mod>by|on|before|after|until|till)\s+(?P<wd>{f.abbreviation})\b\.?",
            h.read_weekday,
            "",
        ),
        # A short form said alone is a weekday too: "fri", "Thurs."
        (rf"^\s*(?P<wd>{f.abbreviation})\.?\s*$", h.read_weekday, ""),
    ]


@lru_cache(maxsize=1)
def _day_said() -> re.Pattern[str]:
    """A day said just before: a word for a day, or a time another rule has read (blanked)."""
    words = vocabulary()
    days = alternation({*words.weekdays, *words.weekday_abbreviations, "tomorrow", "today"})
    return re.compile(rf"(?:\b{days}|\d(?:st|nd|rd|th)?|\0)\.?\s*$")


def _read_weekday_choice(match: re.Match[str], ctx: Context) -> h.Reading | None:
    """ "Tomorrow or fri": a short form is a weekday when the other choice is a day, and the
    first such weekday from that day on ("next Thursday or Friday" is next week's Friday)."""
    if not _day_said().search(match.string, 0, match.start()):
        return None
    said = _latest_before(match.start(), ctx)
    if said is None:
        return h.read_weekday(match, ctx)
    return h.point(coming(said, lookups()["weekdays"][key(match["wd"])]))


def _read_next_named_month(match: re.Match[str], ctx: Context) -> h.Reading | None:
    month = lookups()["months"][key(match["month"] or match["month2"])]
    if h.group(match, "next_year"):
        year = ctx.today.year + 1
    else:
        year = ctx.today.year + (1 if month <= ctx.today.month else 0)
    first = date(year, month, 1)
    return h.Reading(first, first.replace(day=last_day(year, month)), "period")


def _read_weekday_pair(match: re.Match[str], ctx: Context) -> h.Reading | None:
    """ "Thursday or Friday": from the first to the second coming after it."""
    weekdays = lookups()["weekdays"]
    first = coming(ctx.today, weekdays[key(match["wd0"])])
    if key(match["wd0"]) == key(match["wd"]):
        return None
    return h.Reading(first, coming(first, weekdays[key(match["wd"])]), "period")


def _month_rules(f: Fragments) -> list[RuleSpec]:
    """Whole months: "next month", "in April", "month-end"."""
    return [
        # "Next April", "April next year" ("avril prochain"): said in April, next year's.
        (
            rf"{f.mod}\b(?:(?<!\bthe\s)(?:next|this\s+coming|coming)\s+(?P<month>{f.month})\b(?!\s+\d)"
            rf"|(?P<month2>{f.month})\s+(?P<next_year>next\s+year)\b)",
            _read_next_named_month,
            "",
        ),
        (
            rf"{f.mod}\b(?:(?:(?:the\s+)?(?P<next>next|following)|this)\s+month"
            r"|(?P<end>month[\s-]?end|(?:the\s+)?month'?s\s+end|eom))\b",
            h.read_month_period,
            "",
        ),
        (rf"\b{f.inside}\s+the\s+month\b", h.read_month_period, ""),
        (
            rf"(?:\b(?P<mod>{f.mods}|between)\s+)?\b(?P<month1>{f.month})\.?"
            rf"(?:\s*,?\s+(?:or|and|to|through|thru)\s+|\s*[-/]\s*)(?P<month>{f.month})\b\.?{f.year}",
            h.read_month_pair,
            "",
        ),
        (
            rf"\b(?P<mod>{f.mods})\s+(?:the\s+month\s+of\s+)?(?P<month>{f.month})\b{f.year}",
            h.read_month_period,
            "",
        ),
        (rf"\b(?P<month>{f.free_month})\b{f.year}", h.read_month_period, ""),
    ]


def _day_rules(f: Fragments) -> list[RuleSpec]:
    """Today and tomorrow."""
    return [
        (rf"{f.mod}\b(?:the\s+)?(?P<after>day\s+after\s+)?tomorrow\b", h.read_tomorrow, ""),
        (
            rf"{f.mod}\b(?:(?:later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"
            rf"|(?P<end>{f.end_of_day}))",
            h.read_today,
            "",
        ),
    ]


def _undated_rules(f: Fragments) -> list[RuleSpec]:
    """What is left: words that give no date ("soon"), and events a time depends on ("once
    references are checked"), dated when the clause says a day."""
    return [
        (rf"\b(?:{f.vague_time})\b(?!\s+as\b)", None, "vague"),
        (rf"\b(?P<mod>{f.event_link})\s+{f.clause}", _read_event, "depends"),
    ]


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    """Every rule, the most specific first: a rule only sees text no earlier rule has read."""
    f = fragments()
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
        _undated_rules,
    )
    specs = [spec for group in groups for spec in group(f)]
    compiled = [(re.compile(pattern), handler, note) for pattern, handler, note in specs]
    known = alternations()
    return [
        Rule(regex, handler, note, checks(needs(regex, known))) for regex, handler, note in compiled
    ]


# --- Reading a phrase --------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    day: date
    text: str  # as the user wrote it
    start: int
    business: bool
    kind: str = "point"  # as in `Reading`


@dataclass(frozen=True)
class Read:
    found: list[Found]
    ambiguous: list[str]  # day/month numbers whose order can't be told
    vague: list[str] = field(default_factory=list)  # "soon": time words that give no date
    depends: list[str] = field(default_factory=list)  # counted from an event with no date
    hedged: bool = False  # "maybe later"
    no_time_frame: bool = False  # "they didn't say"


_SAME_LENGTH = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2011": "-"}
)

# A job's start date or the interview's own day is not when they will decide.
_INTERVIEWED = re.compile(r"\binterviewed\s+(?:on\s+)?$")
_NOT_A_DECISION = re.compile(
    r"\b(?:interviewed|start(?:s|ing)?(?:\s+date)?|begin(?:s|ning)?|orientation|onboarding"
    r"|closes|closing\s+date|posting\s+closed?)"
    r"\s+(?:(?:is|was|would\s+be|will\s+be|date|of|could\s+be|would|will|on)\s+)*$"
)


def normalise(text: str) -> str:
    """Lower case, straight quotes and plain hyphens, without changing any position: what the
    rules match is then quoted from the original text."""
    if text.isascii():  # the usual case: one character for one, at once
        return text.lower()
    lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return lowered.translate(_SAME_LENGTH)


def read_phrase(
    phrase: str,
    ctx: Context,
    *,
    anchors: bool = False,
    said: Callable[[int, int], str] | None = None,
) -> Read:
    """Every time expression in the phrase, with what was set aside and why. With `anchors`,
    the phrase is an event's clause: a closing or start date is a day like any other there.
    `said(start, end)` quotes the words as said when the phrase was rewritten from them."""
    work = set_times_aside(normalise(phrase))
    ctx = Context(ctx.today, ctx.province, ctx.optional, ctx.no_date_business_days, work)
    read = Read([], [])
    notes: dict[str, list[str]] = {"ambiguous": read.ambiguous, "vague": read.vague}
    notes["depends"] = read.depends
    flags: set[str] = set()
    for rule in rules():
        # Text read by an earlier rule is blanked: what is left must hold what the rule needs.
        if not met(rule.needs, work):
            continue  # the words the rule needs are not there: it would find nothing
        matches = [match for match in rule.pattern.finditer(work) if match.group().strip()]
        for match in matches:
            if not anchors and _NOT_A_DECISION.search(work[: match.start()]):
                continue  # a start date or the interview's own day: not when they decide
            quoted = said(*match.span()) if said else phrase[match.start() : match.end()]
            text = quoted.strip(" ,.;:!?")
            reading = rule.handler(match, ctx) if rule.handler else None
            if reading is not None:
                day = h.resolve(reading, h.group(match, "mod"), ctx)
                read.found.append(Found(day, text, match.start(), reading.business, reading.kind))
            elif rule.note in notes:
                notes[rule.note].append(text)
            elif rule.note:
                flags.add(rule.note)
        for match in matches:
            blank = "\0" * (match.end() - match.start())
            work = work[: match.start()] + blank + work[match.end() :]
    hedged, no_time_frame = "hedge" in flags, "no_time_frame" in flags
    return Read(read.found, read.ambiguous, read.vague, read.depends, hedged, no_time_frame)
