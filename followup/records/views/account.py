"""Deleting one's own account and every record with it. Counsellors' access goes with it: the
assignments are deleted with the account."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from followup.accounts.models import User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.records.forms import DeleteAccountForm


@transaction.atomic
def erase(user: User) -> None:
    """Delete the account and everything that hangs from it (every record cascades from it)."""
    User.objects.filter(pk=user.pk).delete()


@login_required
def delete_account(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    if not user.is_job_seeker:
        return render(request, "records/delete_account.html", {"allowed": False}, status=403)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        erase(user)
        logout(request)
        messages.success(request, _("Your account and all your records are deleted."))
        return redirect("login")
    return render(
        request,
        "records/delete_account.html",
        {"form": form, "allowed": True, "export_url": reverse("records_export"), "nav": "account"},
    )


@login_required
def records_home(request: HttpRequest) -> HttpResponse:
    return render(request, "records/home.html", {"nav": "account"})
