"""Forms: the dates of a job-search record, the file to import, and confirming an account's
deletion."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from followup.accounts.models import User
from followup.lib.dates import FIRST_DAY, LAST_DAY
from followup.lib.tabular import MAX_BYTES


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class RangeForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=DateInput())
    end = forms.DateField(label=_("To"), widget=DateInput())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("start", "end"):
            day = data.get(name)
            if day and not FIRST_DAY <= day <= LAST_DAY:
                self.add_error(name, _("Choose a date from 1900 to 2999."))
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end date must be on or after the start date."))
        return data


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("File to import"),
        help_text=_(
            "An applications list saved as CSV from another tracker or a spreadsheet, "
            "LinkedIn’s Connections.csv, or a Followup export (.json). Up to 2 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.json,text/csv,application/json"}),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("This file is %(size).1f MB; Followup reads files up to 2 MB."),
                params={"size": upload.size / 1024 / 1024},
            )
        return upload


class DeleteAccountForm(forms.Form):
    email = forms.CharField(
        label=_("Type your email address to confirm"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self) -> str:
        typed = self.cleaned_data["email"].strip()
        if typed.casefold() != self.user.email.casefold():
            raise forms.ValidationError(
                _("That is not the email address of this account. Nothing was deleted.")
            )
        return typed
