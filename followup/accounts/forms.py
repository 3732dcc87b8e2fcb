"""Forms for the first account, registration, the profile and sharing with a counsellor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from followup.accounts import throttle
from followup.accounts.clock import zone_name
from followup.accounts.models import Language, Role, Sharing, User
from followup.lib.zones import zone_names

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

EMAIL_MAX = 254  # the longest address mail can carry (RFC 5321)
PASSWORD_MAX = 4096  # hashing a longer one is only a way to keep the server busy


class NewAccountForm(forms.ModelForm):
    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )

    class Meta:
        model = User
        fields = ["name", "email", "language"]
        labels = {"name": _("Your name"), "email": _("Your email")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args: Any, invited_email: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _language_field(self, browser_language())
        if invited_email:
            # an invitation is for one mailbox: its link cannot register another one
            email = self.fields["email"]
            email.initial = invited_email
            email.disabled = True
            email.help_text = _("The address your counsellor invited.")

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this email already exists."))
        return email

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        password = cleaned.get("password")
        if password:
            candidate = User(email=cleaned.get("email", ""), name=cleaned.get("name", ""))
            try:
                password_validation.validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned

    def save(self, commit: bool = True) -> User:
        user: User = super().save(commit=False)
        user.set_password(self.cleaned_data["password"])
        if commit:
            user.save()
        return user


class SetupForm(NewAccountForm):
    USE_CHOICES = [
        ("organisation", _("I run Followup for an organisation (I will be its administrator)")),
        ("alone", _("I am using Followup for my own job search")),
    ]
    use = forms.ChoiceField(
        label=_("How will you use Followup?"),
        choices=USE_CHOICES,
        widget=forms.RadioSelect,
        initial="alone",
    )
    organisation_name = forms.CharField(
        label=_("Organisation name"),
        required=False,
        help_text=_("Shown in the footer and on the Help page. You can change it later."),
    )

    class Meta(NewAccountForm.Meta):
        fields = ["name", "email", "language"]

    def save(self, commit: bool = True) -> User:
        user = super().save(commit=False)
        if self.cleaned_data["use"] == "organisation":
            user.role = Role.ADMIN
            user.is_staff = True
            user.is_superuser = True
        else:
            user.role = Role.JOB_SEEKER
        if commit:
            user.save()
        return user


def browser_language() -> str:
    """The language the browser asked for (LocaleMiddleware activated it): "fr" or "en"."""
    return Language.FR if (translation.get_language() or "").startswith("fr") else Language.EN


def _language_field(form: forms.ModelForm[User], default: str) -> None:
    """The language select, preset to `default`; a form sent without it keeps `default`, so a
    page or script that does not know the field cannot fail on it."""
    field = form.fields["language"]
    field.required = False
    field.initial = default
    if form.is_bound and not form.data.get("language"):
        data = form.data.copy() if hasattr(form.data, "copy") else dict(form.data)
        data["language"] = default
        form.data = data


# Canada's zones first, in words a job seeker knows, west to east.
CANADA = [
    ("America/Vancouver", _("Pacific: British Columbia (Vancouver)")),
    ("America/Edmonton", _("Mountain: Alberta (Edmonton, Calgary)")),
    ("America/Regina", _("Saskatchewan (Regina)")),
    ("America/Winnipeg", _("Central: Manitoba and northwestern Ontario (Winnipeg, Kenora)")),
    ("America/Toronto", _("Eastern: Ontario and Quebec (Toronto, Ottawa, Montréal)")),
    ("America/Halifax", _("Atlantic: Nova Scotia, New Brunswick, PEI (Halifax)")),
    ("America/St_Johns", _("Newfoundland (St. John’s)")),
]


def zone_choices() -> list[tuple[StrOrPromise, Any]]:
    """Canada's zones named in words, then every other real time zone ("America/St Johns"),
    as the select's two groups."""
    canada = [(zone, label) for zone, label in CANADA if zone in zone_names()]
    named = {zone for zone, _label in canada}
    others = [(zone, zone.replace("_", " ")) for zone in zone_names() if zone not in named]
    return [(_("Canada"), canada), (_("Everywhere else"), others)]


class ProfileForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=[])

    class Meta:
        model = User
        fields = [
            "name",
            "email",
            "phone",
            "linkedin_url",
            "time_zone",
            "language",
            "weekly_goal",
        ]
        widgets = {
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "linkedin_url": forms.URLInput(attrs={"placeholder": "https://www.linkedin.com/in/…"}),
        }
        help_texts = {
            "phone": _("Used in the signature of your messages."),
            "weekly_goal": _("How many applications you aim to send each week."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["time_zone"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = zone_choices()
        # A zone stored before zones were checked shows as the one the account is run in.
        self.initial["time_zone"] = zone_name(self.instance)
        _language_field(self, self.instance.language)

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("An account with this email already exists."))
        return email


class SharingForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_("Let this counsellor see my applications, interviews, due actions and messages"),
        required=False,
    )

    class Meta:
        model = Sharing
        fields = ["share_notes"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["consent"].initial = self.instance.consented


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Job seeker's email"))


class ThrottledSignIn(AuthenticationForm):
    """Django's sign-in, with lengths checked before the database is asked and a limit on
    failed attempts per account and per address (see throttle.py)."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "That email and password do not match an account. Check what you typed and try "
            "again, or use “Forgot your password?” to choose a new one."
        ),
        "too_long": _("That is longer than any email address. Check what you typed."),
        "throttled": _(
            "Too many failed attempts to sign in. Wait 15 minutes and try again, or use "
            "“Forgot your password?” to choose a new one."
        ),
    }

    def clean(self) -> dict[str, Any]:
        email = self.cleaned_data.get("username") or ""
        password = self.cleaned_data.get("password") or ""
        if len(email) > EMAIL_MAX or len(password) > PASSWORD_MAX:
            raise forms.ValidationError(self.error_messages["too_long"], code="too_long")
        address = throttle.client_address(self.request) if self.request else ""
        if throttle.is_blocked(email, address):
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            throttle.record_failure(email, address)
            raise
        throttle.clear_account(email)
        return cleaned


class SignInForm(ThrottledSignIn):
    """The sign-in page's form."""


class AdminSignInForm(ThrottledSignIn, AdminAuthenticationForm):
    """The admin's own sign-in page: the same limits, and staff accounts only."""
