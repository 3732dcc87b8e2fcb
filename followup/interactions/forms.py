"""Logging an interaction: a call, a meeting, a reply from the employer, a message sent."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from followup.accounts.clock import local_today
from followup.interactions.models import Channel, Interaction, Kind
from followup.jobsearch.forms import DateInput, DayField
from followup.jobsearch.models import Application, Person

LARGEST_ID = 2**63 - 1  # a BigAutoField's largest value, on SQLite and PostgreSQL alike


class PeopleField(forms.ModelMultipleChoiceField):
    """Refuses an id no record can have before Django looks the ids up: SQLite cannot bind an
    integer that large in `pk IN (…)` and the request would fail with a server error."""

    def clean(self, value: Any) -> Any:
        for pk in value if isinstance(value, list | tuple) else ():
            if str(pk).isdecimal() and int(pk) > LARGEST_ID:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": pk},
                )
        return super().clean(value)


class InteractionForm(forms.ModelForm):
    class Meta:
        model = Interaction
        fields = ["kind", "occurred_on", "channel", "people", "application", "summary"]
        widgets = {
            "occurred_on": DateInput(),
            "people": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {"application": _("About the application")}
        field_classes = {"people": PeopleField, "occurred_on": DayField}

    def __init__(self, *args: Any, owner: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        kind, people, application, channel = (
            cast(forms.ChoiceField, self.fields["kind"]),
            cast(forms.ModelMultipleChoiceField, self.fields["people"]),
            cast(forms.ModelChoiceField, self.fields["application"]),
            cast(forms.ChoiceField, self.fields["channel"]),
        )
        kind.choices = [
            (Kind.REPLY_RECEIVED, Kind.REPLY_RECEIVED.label),
            (Kind.CALL, Kind.CALL.label),
            (Kind.MEETING, Kind.MEETING.label),
            (Kind.LINKEDIN, _("Connected on LinkedIn")),
            (Kind.THANK_YOU, _("Thank-you note (sent outside Followup)")),
            (Kind.FOLLOW_UP, _("Follow-up (sent outside Followup)")),
            (Kind.KEEP_IN_TOUCH, _("Check-in (sent outside Followup)")),
            (Kind.NOTE, Kind.NOTE.label),
        ]
        people.queryset = Person.objects.filter(owner=owner).select_related("employer")
        application.queryset = Application.objects.filter(owner=owner).select_related("employer")
        channel.choices = Channel.choices
        if not self.is_bound and not self.initial.get("occurred_on"):
            self.initial["occurred_on"] = local_today(owner)
