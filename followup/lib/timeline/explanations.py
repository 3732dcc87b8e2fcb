"""The sentences that explain a reading. Each is a code and its parameters (`Message`): the reader
decides what to say, `render` says it from the English templates here, so that a translation
layer can give the same messages in another language. Dates stay dates until they are rendered,
written relative to the interview's year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from followup.lib.businessdays import holiday_calendar
from followup.lib.dates import long_day


@dataclass(frozen=True)
class Message:
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


# The default wait, said after the reason there is no date.
_WAIT = "so Followup plans a follow-up {days} business days after the interview, on {follow_up}."

TEMPLATES: dict[str, str] = {
    # A date was read.
    "read": "They said '{said}' on {interviewed}: decided by {decision}. Follow up on {follow_up}.",
    "read_latest": (
        "They said '{said}' on {interviewed} (the latest of the times they gave): decided by "
        "{decision}. Follow up on {follow_up}."
    ),
    # No date: why, then the default wait.
    "none": "They didn't say when they would decide, " + _WAIT,
    "past": "'{said}' is before the interview, " + _WAIT,
    "unread": "Followup could not read a time in '{phrase}', " + _WAIT,
    "vague": "'{said}' gives no date, " + _WAIT,
    "depends": "Followup can't put a date on '{said}', " + _WAIT,
    "ambiguous_only": (
        "Followup can't tell which is the day and which the month in '{said}' (write the month "
        "as a word, 5 March), " + _WAIT
    ),
    "choose": "If they gave a day, set it yourself.",
    # Remarks after the main sentence.
    "holidays": "{holidays} {verb}.",
    "holiday": "the {name} holiday on {day}",
    "ambiguous": (
        "Followup can't tell which is the day and which the month in '{said}': write the month "
        "as a word (5 March) to use it."
    ),
    "hedged": "They said it might be later: Followup counts from the latest day they gave.",
}

_VERBS = {1: "is not a business day", 2: "are not business days"}


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def render(messages: Iterable[Message], interviewed_on: date) -> str:
    """The messages as English sentences, dates written as "Tuesday 9 February"."""
    return " ".join(_sentence(_text(message, interviewed_on)) for message in messages)


def _text(message: Message, reference: date) -> str:
    params = message.params
    if message.code == "holidays":
        days = params["days"]
        assert isinstance(days, tuple)
        parts = [_fill("holiday", {"name": name, "day": day}, reference) for name, day in days]
        params = {"holidays": _and_list(parts), "verb": _VERBS[min(len(parts), 2)]}
    return _fill(message.code, params, reference)


def _fill(code: str, params: Mapping[str, object], reference: date) -> str:
    def value(item: object) -> str:
        return long_day(item, reference) if isinstance(item, date) else str(item)

    return TEMPLATES[code].format(**{name: value(item) for name, item in params.items()})


def skipped_holidays(
    start: date, end: date, province: str, optional: bool
) -> tuple[tuple[str, date], ...]:
    """The holidays on weekdays after `start` up to `end`: the days a wait in business days
    skipped, said so that a later date than expected is not a surprise."""
    off_days = holiday_calendar(province, optional)
    skipped = []
    day = start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5 and day in off_days:
            skipped.append((off_days[day].replace(" (observed)", ""), day))
    return tuple(skipped)


def holidays_message(start: date, end: date, province: str, optional: bool) -> list[Message]:
    skipped = skipped_holidays(start, end, province, optional)
    return [Message("holidays", {"days": skipped})] if skipped else []
