"""The error summary at the top of a page: every error of every bound form on the page, each a
link to its field (the GOV.UK pattern). base.html calls it once, so no page needs its own code."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django import template
from django.forms import BaseForm, BaseFormSet
from django.forms.boundfield import BoundField
from django.template.context import Context

register = template.Library()


@dataclass(frozen=True)
class Problem:
    """One line of the summary: the message, the field's label, and the id to link to."""

    message: str
    label: str = ""
    target: str = ""


def _forms_in(context: Context) -> Iterator[BaseForm]:
    """The bound forms with errors that the page's context holds, each once, in the order given.

    Lazy values (the user, the CSRF token) are never evaluated: `type()` does not wake them,
    and a CSRF token read here would set a cookie on every page."""
    seen: set[int] = set()
    for value in context.flatten().values():
        kind = type(value)
        if issubclass(kind, BaseFormSet):
            candidates: list[Any] = [value, *value.forms] if value.is_bound else []
        elif issubclass(kind, BaseForm):
            candidates = [value] if value.is_bound else []
        else:
            continue
        for form in candidates:
            if id(form) not in seen:
                seen.add(id(form))
                yield form


def _target(field: BoundField) -> str:
    """The id a link should move focus to: the input, or the first of a group of choices."""
    if field.is_hidden:
        return ""
    return field.id_for_label or (field.subwidgets[0].id_for_label if field.subwidgets else "")


def problems(context: Context) -> list[Problem]:
    """Every error on the page, in the order of the forms and of their fields."""
    found: list[Problem] = []
    for form in _forms_in(context):
        if isinstance(form, BaseFormSet):
            found += [Problem(str(message)) for message in form.non_form_errors()]
            continue
        if not form.errors:
            continue
        found += [Problem(str(message)) for message in form.non_field_errors()]
        for field in form:
            found += [
                Problem(str(message), str(field.label or "").rstrip(" :?."), _target(field))
                for message in field.errors
            ]
    return found


@register.inclusion_tag("includes/error_summary.html", takes_context=True)
def error_summary(context: Context) -> dict[str, Any]:
    return {"problems": problems(context)}
