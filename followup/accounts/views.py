"""First-run setup, registration, the account page, sharing consent and counsellors' invitations."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms import BaseForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.forms import InviteForm, NewAccountForm, ProfileForm, SetupForm, SharingForm
from followup.accounts.models import Invitation, Role, Sharing, User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.organisation.models import Organisation


def setup(request: HttpRequest) -> HttpResponse:
    if User.objects.exists():
        return redirect("login")
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            # the organisation's name is asked only of its administrator; one person alone
            # keeps the install's name whatever a page without its script sent
            org_name = form.cleaned_data.get("organisation_name")
            if org_name and user.role == Role.ADMIN:
                org = Organisation.current()
                org.name = org_name
                org.save(update_fields=["name"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Followup, %(name)s.") % {"name": user.name})
        return redirect("admin:index" if user.role == Role.ADMIN else "today")
    return render(request, "accounts/setup.html", {"form": form})


def register(request: HttpRequest) -> HttpResponse:
    token = request.GET.get("invite") or request.POST.get("invite") or ""
    invitation = (
        Invitation.objects.filter(token=token, used_at__isnull=True)
        .select_related("counsellor")
        .first()
        if token and "\x00" not in token  # PostgreSQL refuses a NUL in a query
        else None
    )
    if invitation is None and not Organisation.current().self_registration:
        return render(request, "accounts/register_closed.html", status=403)
    form = NewAccountForm(
        request.POST or None, invited_email=invitation.email if invitation else ""
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            if invitation:
                Sharing.objects.create(client=user, counsellor=invitation.counsellor)
                invitation.used_at = timezone.now()
                invitation.save(update_fields=["used_at"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("today")
    return render(
        request, "accounts/register.html", {"form": form, "invitation": invitation, "token": token}
    )


@login_required
def account(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    form = ProfileForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        return redirect("account")
    sharings = Sharing.objects.filter(client=user).select_related("counsellor")
    return render(
        request,
        "accounts/account.html",
        {"form": form, "sharings": sharings, "nav": "account"},
    )


@login_required
@require_POST
def sharing(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Sharing, pk=pk, client=request.user)
    form = SharingForm(request.POST, instance=item)
    if form.is_valid():
        item = form.save(commit=False)
        consent = form.cleaned_data["consent"]
        if consent and item.consented_at is None:
            item.consented_at = timezone.now()
        elif not consent:
            item.consented_at = None
            item.share_notes = False
        item.save()
        if consent:
            messages.success(
                request, _("%(name)s can now see your records.") % {"name": item.counsellor.name}
            )
        else:
            messages.success(
                request,
                _("%(name)s can no longer see your records.") % {"name": item.counsellor.name},
            )
    return redirect(reverse("account") + "#sharing")


@login_required
def invite(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    if not user.is_counsellor:
        raise PermissionDenied
    form = InviteForm(request.POST or None)
    invitation = None
    if request.method == "POST" and form.is_valid():
        invitation = Invitation.objects.create(counsellor=user, email=form.cleaned_data["email"])
    link = (
        request.build_absolute_uri(reverse("register") + f"?invite={invitation.token}")
        if invitation
        else ""
    )
    return render(request, "accounts/invite.html", {"form": form, "link": link, "nav": "clients"})


# Backends that keep mail on the computer: without EMAIL_URL, Followup writes mail to the console.
MAIL_STAYS = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}


def email_leaves() -> bool:
    """Whether an email sent now reaches someone's mailbox."""
    return settings.EMAIL_BACKEND not in MAIL_STAYS


class PasswordChange(auth_views.PasswordChangeView):
    """Change the password while signed in; this session stays signed in (Django updates it),
    and the Account page says it is done."""

    success_url = reverse_lazy("account")
    extra_context = {"nav": "account"}

    def form_valid(self, form: BaseForm) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(
            self.request, _("Your password is changed. Use it the next time you sign in.")
        )
        return response


class PasswordReset(auth_views.PasswordResetView):
    """The "Forgot your password?" page: a link by email, or, on an install that sends no
    email, how to choose a new password from the command line."""

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["email_leaves"] = email_leaves()
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not email_leaves():  # the link would only reach the server's console
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)
