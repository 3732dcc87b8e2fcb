"""Administrators manage accounts and assignments here. Job seekers' records (applications,
interviews, notes, messages) are deliberately not registered in the admin: administrators
cannot read them.

Nor can they become someone who can: an administrator never chooses or sees anyone's password
(a new account, or one whose holder forgot it, gets an email link to choose their own), never
changes an account's email (the holder does, on their Account page), and cannot move an
assignment to another client or counsellor — the client's consent was given to one pair."""

from __future__ import annotations

import logging
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import PasswordResetForm
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.crypto import get_random_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from followup.accounts.forms import AdminSignInForm
from followup.accounts.models import Invitation, Role, Sharing, User

log = logging.getLogger(__name__)
admin.site.login_form = AdminSignInForm  # the same limits on guessing as the sign-in page


class OneAccountPerEmail(forms.ModelForm):
    """Emails in lower case, as registration stores them: "Zoe@Example.org" is the same
    mailbox as zoe@example.org, so it cannot be a second account."""

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("An account with this email already exists."))
        return email


class NewUserForm(OneAccountPerEmail):
    """A new account without a password anyone knows: its holder gets a link to choose one."""

    class Meta:
        model = User
        fields = ["email", "name", "role", "office"]

    def save(self, commit: bool = True) -> User:
        user: User = super().save(commit=False)
        user.set_password(get_random_string(40))  # usable, so the link works; known to no one
        if commit:
            user.save()
        return user


class ChangeUserForm(OneAccountPerEmail):
    class Meta:
        model = User
        fields = ["name", "role", "office", "is_active", "is_staff", "is_superuser"]


def send_password_link(request: HttpRequest, user: User, *, new_account: bool = False) -> bool:
    """Email `user` a one-time link to choose a password; False when the mail could not go."""
    form = PasswordResetForm({"email": user.email})
    if not form.is_valid():
        return False
    kind = "account_created" if new_account else "password_reset"
    try:
        form.save(
            request=request,
            use_https=request.is_secure(),
            subject_template_name=f"registration/{kind}_subject.txt",
            email_template_name=f"registration/{kind}_email.html",
        )
    except OSError:
        log.warning("password link to account %s not sent", user.pk, exc_info=True)
        return False
    return True


class CounsellorChoices:
    """Assignments pair a job seeker (the client) with a counsellor, nobody else."""

    def formfield_for_foreignkey(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        roles = {"client": Role.JOB_SEEKER, "counsellor": Role.COUNSELLOR}
        if db_field.name in roles:
            kwargs["queryset"] = User.objects.filter(role=roles[db_field.name])
        return super().formfield_for_foreignkey(db_field, request, **kwargs)  # type: ignore[misc]


class SharingInline(CounsellorChoices, admin.TabularInline):  # type: ignore[type-arg]
    """The client's assignments as they are: the counsellor of one cannot be swapped."""

    model = Sharing
    fk_name = "client"
    extra = 0
    fields = ["counsellor", "assigned_at", "consented_at"]
    readonly_fields = ["counsellor", "assigned_at", "consented_at"]
    verbose_name = _("counsellor assignment")
    verbose_name_plural = _("counsellor assignments")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class NewSharingInline(CounsellorChoices, admin.TabularInline):  # type: ignore[type-arg]
    """A new assignment: it starts without consent, which is the client's to give."""

    model = Sharing
    fk_name = "client"
    extra = 0
    fields = ["counsellor", "assigned_at"]
    verbose_name = _("new counsellor assignment")
    verbose_name_plural = _("new counsellor assignments")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Sharing]:
        return super().get_queryset(request).none()

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    add_form = NewUserForm
    form = ChangeUserForm
    ordering = ["name"]
    list_display = ["name", "email", "role", "office", "is_active"]
    list_filter = ["role", "office", "is_active"]
    search_fields = ["name", "email"]
    readonly_fields = ["email"]
    actions = ["send_password_links"]
    fieldsets = [
        (None, {"fields": ["email", "name", "role", "office"]}),
        (_("Access"), {"fields": ["is_active", "is_staff", "is_superuser"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "name", "role", "office"]}),
    ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return self.readonly_fields if obj else []

    def get_inlines(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None or not obj.is_job_seeker:
            return []
        return [SharingInline, NewSharingInline]

    def response_add(self, request: HttpRequest, obj: Any, post_url_continue: Any = None) -> Any:
        if send_password_link(request, obj, new_account=True):
            self.message_user(
                request, _("%(email)s was sent a link to choose a password.") % {"email": obj.email}
            )
        else:
            self.message_user(
                request,
                _(
                    "The link to choose a password could not be emailed to %(email)s; "
                    "send it again later with the action “Send a password reset link”."
                )
                % {"email": obj.email},
                messages.WARNING,
            )
        return super().response_add(request, obj, post_url_continue)

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> Any:
        """Nobody's password is set here: the account holder chooses it from an emailed link."""
        raise PermissionDenied

    @admin.action(description=_("Send a password reset link"))
    def send_password_links(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        sent = sum(send_password_link(request, user) for user in queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d account was sent a link to choose a new password.",
                "%(count)d accounts were sent a link to choose a new password.",
                sent,
            )
            % {"count": sent},
            messages.SUCCESS if sent == queryset.count() else messages.WARNING,
        )


class SharingForm(forms.ModelForm):
    class Meta:
        model = Sharing
        fields = ["client", "counsellor", "assigned_at"]


@admin.register(Sharing)
class SharingAdmin(CounsellorChoices, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["client", "counsellor", "assigned_at", "consented_at"]
    readonly_fields = ["consented_at", "share_notes"]
    list_select_related = ["client", "counsellor"]
    form = SharingForm

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return self.readonly_fields
        return ["client", "counsellor", *self.readonly_fields]

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ["client", "counsellor", "assigned_at", "consented_at", "share_notes"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["email", "counsellor", "created_at", "used_at"]
    readonly_fields = ["token", "used_at"]
