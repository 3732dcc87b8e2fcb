"""Plain words for the form errors people meet, in place of Django's defaults.

Set once at start-up (WebConfig.ready), so every form of every area says the same thing the same
way; a form's own message for a field still wins. Each text is translatable, and the error
summary at the top of the page adds the field's label (templatetags/form_errors.py)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core import validators
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

# (class, error code) → message; forms read these when each field is made.
FIELD_MESSAGES: list[tuple[type[forms.Field], str, Any]] = [
    (forms.DateField, "invalid", _("Enter a date, such as 2026-03-31.")),
    (forms.TimeField, "invalid", _("Enter a time, such as 14:30.")),
    (forms.DateTimeField, "invalid", _("Enter a date and a time, such as 2026-03-31 14:30.")),
    (forms.URLField, "invalid", _("Enter a web address, such as https://www.example.com.")),
    (forms.IntegerField, "invalid", _("Enter a whole number, such as 5.")),
    (forms.DecimalField, "invalid", _("Enter a number, such as 5.")),
    (forms.FloatField, "invalid", _("Enter a number, such as 5.")),
    (forms.ChoiceField, "invalid_choice", _("Choose one of the options shown.")),
    (forms.MultipleChoiceField, "invalid_choice", _("Choose among the options shown.")),
    (forms.ModelChoiceField, "invalid_choice", _("Choose one of the options shown.")),
    (forms.ModelMultipleChoiceField, "invalid_choice", _("Choose among the options shown.")),
    (forms.FileField, "empty", _("That file is empty. Choose another one.")),
    (forms.FileField, "missing", _("Choose a file.")),
]

# validator class → message; validators read theirs when they find a problem.
VALIDATOR_MESSAGES: list[tuple[type[Any], Any]] = [
    (validators.MinValueValidator, _("Enter %(limit_value)s or more.")),
    (validators.MaxValueValidator, _("Enter %(limit_value)s or less.")),
    (
        validators.MinLengthValidator,
        ngettext_lazy(
            "Write at least %(limit_value)d character (this has %(show_value)d).",
            "Write at least %(limit_value)d characters (this has %(show_value)d).",
            "limit_value",
        ),
    ),
    (
        validators.MaxLengthValidator,
        ngettext_lazy(
            "Keep this to %(limit_value)d character or fewer (this has %(show_value)d).",
            "Keep this to %(limit_value)d characters or fewer (this has %(show_value)d).",
            "limit_value",
        ),
    ),
    (validators.EmailValidator, _("Enter an email address, such as name@example.com.")),
    (validators.URLValidator, _("Enter a web address, such as https://www.example.com.")),
]


def install() -> None:
    """Put the plain messages in place of Django's, for fields made from now on."""
    for field_class, code, message in FIELD_MESSAGES:
        # each class gets its own dict: assigning to a parent's would change its siblings too
        field_class.default_error_messages = {
            **field_class.__dict__.get("default_error_messages", {}),
            code: message,
        }
    for validator_class, text in VALIDATOR_MESSAGES:
        validator_class.message = text  # read as self.message when a value is refused
