"""What a checker finding says, in the reader's language: `message_for(finding, lang)`.

A rule reports a code ("spelling", "accusatory"…) and params ("why", "company", "day"…); the
wording lives in data/messages_en.toml and data/messages_fr.toml, keyed by code or by
"code.why". Each key holds templates from the most to the least specific: the first whose
{placeholders} the finding can fill is used, so a finding with fewer params still gets a
whole sentence. {text} is the flagged text, {suggestion} the first ready suggestion, {day} is
written as a day in the reader's language.

A finding whose text was written by its rule in the reader's language (the English rules'
`message`; the French rules mark theirs with params["lang"] = "fr") keeps that text: it can
say more than a template (the names on the record, the word counts)."""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from functools import cache

from followup.lib.checker.data import DATA_DIR
from followup.lib.checker.model import CheckContext, Finding
from followup.lib.dates import long_day
from followup.lib.notekinds import WORD_LIMITS

LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT = "en"
_FIELDS = string.Formatter()


def language(lang: str | None) -> str:
    """ "fr", "fr-ca", "fr_CA" → "fr"; anything unknown → "en"."""
    short = (lang or "").replace("_", "-").split("-")[0].lower()
    return short if short in LANGUAGES else DEFAULT


@cache
def templates(lang: str) -> dict[str, tuple[str, ...]]:
    """Every key of messages_<lang>.toml with its templates, most specific first."""
    import tomllib  # here: a note's own English messages need no templates

    data = tomllib.loads((DATA_DIR / f"messages_{lang}.toml").read_text(encoding="utf-8"))
    return {
        key: (value,) if isinstance(value, str) else tuple(value) for key, value in data.items()
    }


def render(code: str, lang: str, params: Mapping[str, str]) -> str:
    """The message for `code` in `lang`, from the first template `params` can fill."""
    table = templates(language(lang))
    why = params.get("why", "")
    keys = ([f"{code}.{why}"] if why else []) + [code]
    for key in keys:
        for template in table.get(key, ()):
            names = [name for _text, name, _spec, _conv in _FIELDS.parse(template) if name]
            if all(params.get(name) for name in names):
                return template.format_map(params)
    raise KeyError(f"no {lang} message for {code!r} with {sorted(params)}")


def message_for(finding: Finding, lang: str | None, context: CheckContext | None = None) -> str:
    """What `finding` says to a reader of `lang` ("en" or "fr"). The note's `context`, when
    given, fills what a rule left out of its params (the follow-up day, the employer…)."""
    lang = language(lang)
    params = dict(finding.params)
    if params.get("lang", DEFAULT) == lang and finding.message:
        return finding.message
    values = {"text": finding.text.strip(), **_from_context(finding, context), **params}
    suggestion = ready_suggestion(finding)
    if suggestion and "suggestion" not in values:
        values["suggestion"] = suggestion
    if values.get("day"):
        day = date.fromisoformat(values["day"])
        values["day"] = f"{long_day(day, day, lang)} {day.year}"
    return render(finding.code, lang, values)


def _from_context(finding: Finding, context: CheckContext | None) -> dict[str, str]:
    """The params a finding's code can take from the note's context."""
    if context is None:
        return {}
    found = {"company": context.company, "sequence": str(context.sequence)}
    if finding.code == "too-soon" and context.follow_up_on is not None:
        found["day"] = context.follow_up_on.isoformat()
    if finding.code == "too-long" and context.kind in WORD_LIMITS:
        found["limit"] = str(WORD_LIMITS[context.kind])
    return {key: value for key, value in found.items() if value}


def ready_suggestion(finding: Finding) -> str:
    """The first suggestion when the rule gave it outright: a dictionary's suggestions are
    computed only when asked (they cost up to 300 ms a word), so they are not read here."""
    given = finding.__dict__.get("suggestions")
    if given is None:
        source = finding._suggest  # noqa: SLF001 - a ready tuple, or a function not to call
        given = () if callable(source) else tuple(source)
    return given[0] if given else ""
