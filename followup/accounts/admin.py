"""Administrators manage accounts and assignments here. Job seekers' records (applications,
interviews, notes, messages) are deliberately not registered in the admin: administrators
cannot read them."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import UserChangeForm, UserCreationForm
from django.utils.translation import gettext_lazy as _

from followup.accounts.models import Invitation, Sharing, User


class OneAccountPerEmail(forms.ModelForm):
    """Emails in lower case, as registration stores them: "Zoe@Example.org" is the same
    mailbox as zoe@example.org, so it cannot be a second account."""

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("An account with this email already exists."))
        return email


class NewUserForm(OneAccountPerEmail, UserCreationForm):
    class Meta:
        model = User
        fields = ["email", "name", "role"]


class ChangeUserForm(OneAccountPerEmail, UserChangeForm):
    pass


class SharingInline(admin.TabularInline):
    model = Sharing
    fk_name = "client"
    extra = 0
    fields = ["counsellor", "assigned_at", "consented_at"]
    readonly_fields = ["consented_at"]  # consent is the client's to give, never the admin's
    verbose_name = "counsellor assignment"


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    add_form = NewUserForm
    form = ChangeUserForm
    ordering = ["name"]
    list_display = ["name", "email", "role", "office", "is_active"]
    list_filter = ["role", "office", "is_active"]
    search_fields = ["name", "email"]
    inlines = [SharingInline]
    fieldsets = [
        (None, {"fields": ["email", "name", "role", "office", "password"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"classes": ["wide"], "fields": ["email", "name", "role", "password1", "password2"]},
        ),
    ]


@admin.register(Sharing)
class SharingAdmin(admin.ModelAdmin):
    list_display = ["client", "counsellor", "assigned_at", "consented_at"]
    readonly_fields = ["consented_at", "share_notes"]
    list_select_related = ["client", "counsellor"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "counsellor", "created_at", "used_at"]
    readonly_fields = ["token", "used_at"]
