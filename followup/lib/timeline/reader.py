"""`read_timeline`: from what the employer said to the decision day, the follow-up day, a status
and the explanation; `follow_up_date` is the planning rule alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from followup.lib.businessdays import DEFAULT_PROVINCE, add_business_days
from followup.lib.dates import FIRST_DAY, LAST_DAY
from followup.lib.timeline.calendar import GRACE_BUSINESS_DAYS, NO_DATE_BUSINESS_DAYS, Context
from followup.lib.timeline.explanations import Message, holidays_message, render
from followup.lib.timeline.languages import LANGUAGES, detect, rewrite_english, rewrite_french
from followup.lib.timeline.rules import Found, Read, read_phrase

# What Followup made of a phrase (`Timeline.status`).
READ = "read"  # a decision date was read
NONE = "none"  # nothing was said: the phrase is empty, or says no time was given
# A phrase was given but no date could be read in it (not understood, only vague, "soon", or
# counted from an event Followup can't date): the explanation says so, never a silent default.
UNREAD = "unread"
STATUSES = (READ, NONE, UNREAD)


class DateOutOfRange(ValueError):
    """The interview day, or a day read from the phrase, is outside the days Followup keeps."""


@dataclass(frozen=True)
class Timeline:
    decision_by: date | None
    follow_up_on: date
    assumed: bool  # true exactly when decision_by is None
    explanation: str  # plain English sentence(s) for a job seeker: `messages` rendered
    phrase: str
    status: str = READ  # READ, NONE or UNREAD
    messages: tuple[Message, ...] = ()  # the explanation as codes and parameters, to translate
    lang: str = "en"  # the language the phrase was read in and the explanation is written in


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
    lang: str | None = None,
) -> Timeline:
    """Read when the employer said they would decide, and plan the follow-up after it. With no
    date read, the follow-up is `no_date_business_days` after the interview and `status` says
    why: NONE (nothing said) or UNREAD (said, but Followup could not read a date in it).
    `lang` is "en" or "fr" (the phrase's and the explanation's); None tells it from the phrase.
    Raises DateOutOfRange for an interview day or a result outside 1900-2999."""
    _check_range(interviewed_on)
    lang = lang or detect(phrase)
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    ctx = Context(interviewed_on, province.upper(), optional_holidays, no_date_business_days)
    try:
        reading = _read_in(phrase, lang, ctx)
    except OverflowError:  # a day computed past year 9999: far past LAST_DAY anyway
        raise DateOutOfRange(f"'{phrase}' gives a day past {LAST_DAY.isoformat()}") from None
    usable = [found for found in reading.found if found.day >= interviewed_on]
    chosen = max(usable, key=lambda found: (found.day, -found.start), default=None)
    decision_by = chosen.day if chosen else None
    if decision_by is not None:
        _check_range(decision_by)
    follow_up_on = follow_up_date(
        decision_by,
        interviewed_on,
        ctx.province,
        optional_holidays=optional_holidays,
        no_date_business_days=no_date_business_days,
    )
    _check_range(follow_up_on)
    status = _status(phrase, reading, decision_by)
    several = len({found.day for found in usable}) > 1
    messages = tuple(_messages(phrase, reading, chosen, several, follow_up_on, ctx, status))
    explanation = render(messages, interviewed_on, lang, ctx.province)
    return Timeline(
        decision_by, follow_up_on, decision_by is None, explanation, phrase, status, messages, lang
    )


def _read_in(phrase: str, lang: str, ctx: Context) -> Read:
    if lang == "fr":
        rewritten = rewrite_french(phrase)
        return read_phrase(
            rewritten.text, ctx, said=lambda start, end: rewritten.quote(phrase, start, end)
        )
    respelled = rewrite_english(phrase)
    if respelled is not None:  # shorthand or misspelled words: "tmrw", "Febuary"
        return read_phrase(
            respelled.text, ctx, said=lambda start, end: respelled.quote(phrase, start, end)
        )
    return read_phrase(phrase, ctx)


def _check_range(day: date) -> None:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise DateOutOfRange(
            f"{day.isoformat()} is outside the days Followup keeps "
            f"({FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})"
        )


def _status(phrase: str, reading: Read, decision_by: date | None) -> str:
    if decision_by is not None:
        return READ
    said_nothing = reading.no_time_frame and not (reading.found or reading.vague or reading.depends)
    if not any(char.isalnum() for char in phrase) or said_nothing:  # "", "?", "-"
        return NONE
    return UNREAD


def _messages(
    phrase: str,
    reading: Read,
    chosen: Found | None,
    several: bool,
    follow_up_on: date,
    ctx: Context,
    status: str,
) -> list[Message]:
    today = ctx.today
    if chosen is None:
        wait = {"days": ctx.no_date_business_days, "follow_up": follow_up_on}
        messages = [_no_date_reason(phrase, reading, status, today, wait)]
        if status == UNREAD:
            messages.append(Message("choose"))
        counted_from = follow_up_on  # the sentence above already says "business days"
    else:
        code = "read_latest" if several else "read"
        params = {
            "said": chosen.text,
            "interviewed": today,
            "decision": chosen.day,
            "follow_up": follow_up_on,
        }
        messages = [Message(code, params)]
        if reading.hedged:
            messages.append(Message("hedged"))
        counted_from = today if chosen.business else chosen.day
    messages += holidays_message(counted_from, follow_up_on, ctx.province, ctx.optional)
    unclear = reading.ambiguous[1:] if messages[0].code == "ambiguous_only" else reading.ambiguous
    messages += [Message("ambiguous", {"said": text}) for text in unclear]
    return messages


def _no_date_reason(
    phrase: str, reading: Read, status: str, today: date, wait: dict[str, object]
) -> Message:
    past = [found.text for found in reading.found if found.day < today]
    if past:
        return Message("past", {"said": past[0], **wait})
    if reading.depends:
        return Message("depends", {"said": reading.depends[0], **wait})
    if reading.vague:
        return Message("vague", {"said": reading.vague[0], **wait})
    if reading.ambiguous:
        return Message("ambiguous_only", {"said": reading.ambiguous[0], **wait})
    if status == UNREAD:
        return Message("unread", {"phrase": " ".join(phrase.split()), **wait})
    return Message("none", wait)
