"""Forms of the caseload area: a comment on a draft, an appointment request and its arrangement."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from followup.accounts.models import Sharing, User
from followup.caseload.models import AppointmentRequest, RequestState
from followup.organisation.models import Office


class CommentForm(forms.Form):
    text = forms.CharField(
        label=_("Your comment for your client"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Your client sees it above their draft. You cannot change the draft itself."),
    )


class AppointmentForm(forms.Form):
    """A request to see a counsellor or an office. A few at a time: each lands on a person's
    desk, so a client may have `MAX_OPEN` waiting and ask `MAX_PER_DAY` times a day."""

    MAX_OPEN = 3
    MAX_PER_DAY = 5

    where = forms.ChoiceField(label=_("Who would you like to see?"), widget=forms.RadioSelect)
    times = forms.CharField(
        label=_("Times that suit you"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: Tuesday or Thursday mornings, not before 10."),
    )
    reason = forms.CharField(
        label=_("What would you like to talk about?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, client: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.client = client
        self.counsellors = {
            s.counsellor.pk: s.counsellor
            for s in Sharing.objects.filter(client=client).select_related("counsellor")
        }
        self.offices = {o.pk: o for o in Office.objects.all()}
        choices = [
            (f"c{pk}", _("My counsellor, %(name)s") % {"name": c.name})
            for pk, c in self.counsellors.items()
        ]
        for pk, office in self.offices.items():
            label = str(office.name)
            if office.by_appointment_only:
                label += " " + str(_("(by appointment only)"))
            choices.append((f"o{pk}", label))
        field = self.fields["where"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices
        if len(choices) == 1:
            self.initial.setdefault("where", choices[0][0])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        mine = AppointmentRequest.objects.filter(client=self.client)
        if mine.filter(state=RequestState.OPEN).count() >= self.MAX_OPEN:
            raise forms.ValidationError(
                _(
                    "You already have %(n)d requests waiting for a reply. Cancel one, or wait "
                    "until one is arranged, to ask again."
                )
                % {"n": self.MAX_OPEN}
            )
        since = timezone.now() - timedelta(days=1)
        if mine.filter(created_at__gte=since).count() >= self.MAX_PER_DAY:
            raise forms.ValidationError(
                _("You have asked %(n)d times today. Please try again tomorrow.")
                % {"n": self.MAX_PER_DAY}
            )
        return cleaned

    def with_whom(self) -> dict[str, Any]:
        """The request's counsellor or office, from the chosen answer."""
        where: str = self.cleaned_data["where"]
        pk = int(where[1:])
        if where.startswith("c"):
            return {"counsellor": self.counsellors[pk], "office": None}
        return {"counsellor": None, "office": self.offices[pk]}


class ArrangeForm(forms.Form):
    arranged_note = forms.CharField(
        label=_("When and where (optional)"),
        max_length=300,
        required=False,
        help_text=_("Your client sees this on their requests."),
    )
