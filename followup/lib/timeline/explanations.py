"""The sentences that explain a reading. Each is a code and its parameters (`Message`): the reader
decides what to say, `render` says it from the English or French templates here, so that a
translation layer can give the same messages in another language. Dates stay dates until they
are rendered, written relative to the interview's year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import holidays

from followup.lib.businessdays import DEFAULT_PROVINCE, holiday_calendar
from followup.lib.dates import long_day


@dataclass(frozen=True)
class Message:
    code: str  # a key of TEMPLATES
    # Texts, numbers and dates; "holidays" has `days`, a tuple of (English name, date) pairs.
    params: Mapping[str, object] = field(default_factory=dict, hash=False)


# The default wait, said after the reason there is no date.
_WAIT = "so Followup plans a follow-up {days} business days after the interview, on {follow_up}."
_IT_WAITS = "so it plans a follow-up {days} business days after the interview, on {follow_up}."

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
    "unread": "Followup could not read a time in '{phrase}', " + _IT_WAITS,
    "vague": "'{said}' gives no date, " + _WAIT,
    "depends": "Followup can't put a date on '{said}', " + _IT_WAITS,
    "ambiguous_only": (
        "Followup can't tell which is the day and which the month in '{said}' (write the month "
        "as a word, 5 March), " + _IT_WAITS
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

# The same in French (Canada): "Faites un suivi le mardi 15 décembre".
_WAIT_FR = "Followup prévoit donc un suivi {days} jours ouvrables après l'entrevue, le {follow_up}."
TEMPLATES_FR: dict[str, str] = {
    "read": (
        "Ils ont dit « {said} » le {interviewed} : décision d'ici le {decision}. "
        "Faites un suivi le {follow_up}."
    ),
    "read_latest": (
        "Ils ont dit « {said} » le {interviewed} (la plus tardive des dates données) : décision "
        "d'ici le {decision}. Faites un suivi le {follow_up}."
    ),
    "none": "Ils n'ont pas dit quand ils décideraient. " + _WAIT_FR,
    "past": "« {said} » est avant l'entrevue. " + _WAIT_FR,
    "unread": "Followup n'a pas pu lire de date dans « {phrase} ». " + _WAIT_FR,
    "vague": "« {said} » ne donne pas de date. " + _WAIT_FR,
    "depends": "Followup ne peut pas dater « {said} ». " + _WAIT_FR,
    "ambiguous_only": (
        "Followup ne peut pas savoir lequel est le jour et lequel est le mois dans « {said} » "
        "(écrivez le mois en lettres, 5 mars). " + _WAIT_FR
    ),
    "choose": "S'ils ont donné une date, indiquez-la vous-même.",
    "holidays": "{holidays} {verb}.",
    "holiday": "{name} ({day})",
    "ambiguous": (
        "Followup ne peut pas savoir lequel est le jour et lequel est le mois dans « {said} » : "
        "écrivez le mois en lettres (5 mars) pour l'utiliser."
    ),
    "hedged": (
        "Ils ont dit que ce pourrait être plus tard : Followup compte à partir de la date la "
        "plus tardive donnée."
    ),
}
_VERBS_FR = {1: "n'est pas un jour ouvrable", 2: "ne sont pas des jours ouvrables"}
_AND = {"en": " and ", "fr": " et "}


def _and_list(items: list[str], lang: str = "en") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + _AND[lang] + items[-1]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def render(
    messages: Iterable[Message],
    interviewed_on: date,
    lang: str = "en",
    province: str = DEFAULT_PROVINCE,
) -> str:
    """The messages as sentences in English ("Tuesday 9 February") or French ("mardi
    9 février"); a holiday is named in that language, in the province's calendar."""
    return " ".join(
        _sentence(_text(message, interviewed_on, lang, province)) for message in messages
    )


def _text(message: Message, reference: date, lang: str, province: str) -> str:
    params = message.params
    if message.code == "holidays":
        days = params["days"]
        assert isinstance(days, tuple)
        parts = [
            _fill(
                "holiday",
                {"name": _holiday_name(name, day, lang, province), "day": day},
                reference,
                lang,
            )
            for name, day in days
        ]
        verbs = _VERBS_FR if lang == "fr" else _VERBS
        params = {"holidays": _and_list(parts, lang), "verb": verbs[min(len(parts), 2)]}
    return _fill(message.code, params, reference, lang)


def _fill(code: str, params: Mapping[str, object], reference: date, lang: str) -> str:
    def value(item: object) -> str:
        if not isinstance(item, date):
            return str(item)
        return long_day(item, reference, lang)

    templates = TEMPLATES_FR if lang == "fr" else TEMPLATES
    return templates[code].format(**{name: value(item) for name, item in params.items()})


def _holiday_name(name: str, day: date, lang: str, province: str) -> str:
    if lang != "fr":
        return name
    names = holidays.country_holidays(
        "CA", subdiv=province, language="fr", categories=("public", "optional"), years=day.year
    )
    return str(names.get(day, name)).replace(" (observé)", "")


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
