"""Forms for applications, interviews (with their people inline) and people."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from followup.jobsearch.models import (
    INTERVIEW_DETAILS,
    Application,
    Interview,
    Mode,
    ParticipantRole,
    Person,
    Status,
    http_url,
)
from followup.lib.dates import FIRST_DAY, LAST_DAY
from followup.lib.timeline import GRACE_BUSINESS_DAYS
from followup.organisation.models import KeepInTouch, Organisation

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def employer_field() -> forms.CharField:
    """The employer's name, typed or picked from the user's employers (a datalist)."""
    return forms.CharField(
        label=_("Employer"),
        max_length=200,
        widget=forms.TextInput(attrs={"list": "known-employers", "autocomplete": "organization"}),
    )


def search_field(hint: StrOrPromise) -> forms.CharField:
    """A list page's search box, with the hint (shown as #q-hint) saying what it looks in."""
    return forms.CharField(
        label=_("Search"),
        max_length=200,
        required=False,
        widget=forms.SearchInput(attrs={"aria-describedby": "q-hint"}),
        help_text=hint,
    )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


def within_calendar(day: date) -> None:
    """The days a form accepts (`followup.lib.dates.FIRST_DAY` to `LAST_DAY`)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise forms.ValidationError(_("Choose a date from 1900 to 2999."))


class DayField(forms.DateField):
    """A date picked in a date input, from 1900 to 2999."""

    widget = DateInput
    default_validators = [within_calendar]


# How the follow-up day is found (`InterviewForm.days`).
GO_BY_READING = "read"
BY_HAND = "by-hand"


class ApplicationForm(forms.ModelForm):
    employer_name = employer_field()

    class Meta:
        model = Application
        fields = ["role", "posting_url", "applied_on", "status", "notes"]
        field_classes = {"applied_on": DayField}
        labels = {"role": _("Job title")}  # as on the interview form, not the model's "role"
        widgets = {
            "applied_on": DateInput(),
            "posting_url": forms.URLInput(attrs={"placeholder": "https://"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    field_order = ["employer_name", "role", "posting_url", "applied_on", "status", "notes"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["employer_name"].initial = self.instance.employer.name
        elif not self.is_bound:
            self.fields["applied_on"].initial = timezone.localdate()


# The fields whose change updates how Followup reads the dates (htmx, no page reload).
READING_TRIGGERS = {
    "day": "change",
    "timeline_phrase": "input changed delay:400ms, change",
    "days": "change",
    "decision_on": "change",
    "follow_up_on": "change",
}


def _follow_up_help() -> str:
    """The follow-up day's hint, in the language of the request that shows the form."""
    return ngettext(
        "Leave it empty to follow up %(n)d business day after they decide.",
        "Leave it empty to follow up %(n)d business days after they decide.",
        GRACE_BUSINESS_DAYS,
    ) % {"n": GRACE_BUSINESS_DAYS}


class InterviewForm(forms.Form):
    """One form for an interview: which job, when, how, what they said, and my private notes."""

    employer_name = employer_field()
    role = forms.CharField(
        label=_("Job title"), max_length=200, widget=forms.TextInput(attrs={"list": "known-roles"})
    )
    day = DayField(label=_("Date"))
    start = forms.TimeField(
        label=_("Start time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("Leave it empty if you do not remember: the date is enough."),
    )
    duration_minutes = forms.IntegerField(
        label=_("Length in minutes"), min_value=5, max_value=600, initial=60
    )
    mode = forms.ChoiceField(label=_("How"), choices=Mode.choices, initial=Mode.IN_PERSON)
    round = forms.IntegerField(label=_("Round"), min_value=1, max_value=20, initial=1)
    location = forms.CharField(label=_("Place or link"), max_length=500, required=False)
    timeline_phrase = forms.CharField(
        label=_("What did they say about when they will decide?"),
        max_length=300,
        required=False,
        help_text=_(
            "In their own words, for example “within two weeks”. Leave empty if they did not say."
        ),
    )
    days = forms.ChoiceField(
        label=_("The day to follow up"),
        choices=[
            (GO_BY_READING, _("Go by what they said (or the usual wait if they gave no time)")),
            (BY_HAND, _("Pick the dates they gave myself")),
        ],
        initial=GO_BY_READING,
        required=False,
        widget=forms.RadioSelect,
    )
    decision_on = DayField(label=_("The day they said they would decide"), required=False)
    follow_up_on = DayField(
        label=_("The day to follow up"),
        required=False,
        help_text=lazy(_follow_up_help, str)(),
    )
    topics = forms.CharField(
        label=_("Topics discussed"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    went_well = forms.CharField(
        label=_("What went well"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    forgot = forms.CharField(
        label=_("What I forgot to mention"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Your thank-you note can add it."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        reading = reverse("interview_reading")
        for name, trigger in READING_TRIGGERS.items():
            self.fields[name].widget.attrs.update(
                {
                    "hx-get": reading,
                    "hx-trigger": trigger,
                    "hx-target": "#reading",
                    "hx-include": "[data-reading]",
                    "hx-sync": "closest form:queue last",
                    "data-reading": "",
                }
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("days") != BY_HAND:
            data["decision_on"] = data["follow_up_on"] = None
            return data
        day = data.get("day")
        decision_on, follow_up_on = data.get("decision_on"), data.get("follow_up_on")
        typed_wrong = self.has_error("decision_on") or self.has_error("follow_up_on")
        if decision_on is None and follow_up_on is None and not typed_wrong:
            self.add_error(
                "decision_on", _("Enter the day they decide, the day to follow up, or both.")
            )
        if day and decision_on and decision_on < day:
            self.add_error("decision_on", _("They cannot decide before the interview."))
        if day and follow_up_on and follow_up_on <= day:
            self.add_error("follow_up_on", _("Choose a day after the interview."))
        return data

    def clean_location(self) -> str:
        value: str = self.cleaned_data.get("location", "").strip()
        if "://" in value or value.lower().startswith(("www.", "javascript:", "data:")):
            if not value.lower().startswith(("http://", "https://")):
                raise forms.ValidationError(_("A link must start with https:// or http://."))
            http_url(value)
        return value

    def starts_at(self) -> datetime:
        """The start; the start of the day when only the date is known (see `time_known`)."""
        day: date = self.cleaned_data["day"]
        start: time | None = self.cleaned_data.get("start")
        return timezone.make_aware(datetime.combine(day, start or time(0)))

    def time_known(self) -> bool:
        return self.cleaned_data.get("start") is not None

    @classmethod
    def initial_from(cls, interview: Interview) -> dict[str, Any]:
        local = timezone.localtime(interview.starts_at)
        application = interview.application
        return {
            "employer_name": application.employer.name,
            "role": application.role,
            "day": local.date(),
            "start": local.time().replace(second=0, microsecond=0)
            if interview.time_known
            else None,
            "days": BY_HAND if interview.decision_on or interview.follow_up_on else GO_BY_READING,
            **{name: getattr(interview, name) for name in INTERVIEW_DETAILS},
        } | {  # only the days set by hand
            name: day
            for name, day in (
                ("decision_on", interview.decision_on),
                ("follow_up_on", interview.follow_up_on),
            )
            if day is not None
        }


class ParticipantForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"list": "known-people", "autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("How they took part"),
        choices=ParticipantRole.choices,
        initial=ParticipantRole.INTERVIEWER,
    )
    title = forms.CharField(label=_("Their job title"), max_length=150, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    notes = forms.CharField(
        label=_("What we talked about"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        typed = any(data.get(field) for field in ("title", "email", "notes"))
        # A name cleared on a row that had one removes that person; a new row with details
        # and no name would lose them without a word.
        if typed and not data.get("name", "").strip() and not self.initial.get("name"):
            self.add_error("name", _("Enter their name, or clear this row to leave them out."))
        return data

    def has_person(self) -> bool:
        return bool(self.cleaned_data.get("name", "").strip())


class BaseParticipantFormSet(forms.BaseFormSet):
    default_error_messages = {
        "too_many_forms": _("An interview lists at most %(num)d people: remove some rows."),
    }

    def clean(self) -> None:
        if any(self.errors):
            return
        names = [
            # as person_named() finds them: "O'Connor  Siobhan" is "o'connor siobhan"
            " ".join(f.cleaned_data["name"].split()).casefold()
            for f in self.forms
            if f.cleaned_data.get("name", "").strip()
        ]
        if len(names) != len(set(names)):
            raise forms.ValidationError(_("The same person is listed twice."))


ParticipantFormSet = forms.formset_factory(
    ParticipantForm, formset=BaseParticipantFormSet, extra=0, max_num=30, validate_max=True
)


class PersonForm(forms.ModelForm):
    employer_name = forms.CharField(
        label=_("Employer"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"list": "known-employers"}),
    )

    class Meta:
        model = Person
        fields = ["name", "title", "email", "phone", "linkedin_url", "keep_in_touch_days", "notes"]
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel"}),
            "linkedin_url": forms.URLInput(attrs={"placeholder": "https://www.linkedin.com/in/…"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    field_order = ["name", "employer_name", "title", "email", "phone", "linkedin_url"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.employer:
            self.fields["employer_name"].initial = self.instance.employer.name
        if not self.instance.pk:
            self.fields["keep_in_touch_days"].initial = Organisation.current().keep_in_touch_days
        field = self.fields["keep_in_touch_days"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = KeepInTouch.choices


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)


class ApplicationSearch(forms.Form):
    """Applications' search and filters, read from the query string (kept in the URL)."""

    q = search_field(_("Job title, employer or your notes."))
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any status")), *Status.choices]
    )
    employer = forms.TypedChoiceField(
        label=_("Employer"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, data: Any, employers: list[tuple[int, str]]) -> None:
        super().__init__(data)
        employer = self.fields["employer"]
        assert isinstance(employer, forms.TypedChoiceField)
        employer.choices = [("", _("Any employer")), *employers]


class PeopleSearch(forms.Form):
    q = search_field(_("Name, job title, employer, email or your notes."))
