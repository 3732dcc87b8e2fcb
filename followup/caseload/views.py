"""Counsellors' pages: the clients who share with them, and a client's records, read-only."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.access import client_for, shared_clients
from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Participant
from followup.today.views import today_context


def _counsellor(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    if not user.is_counsellor:
        raise PermissionDenied
    return user


@login_required
def clients(request: HttpRequest) -> HttpResponse:
    counsellor = _counsellor(request)
    return render(
        request,
        "caseload/clients.html",
        {"clients": shared_clients(counsellor), "nav": "clients"},
    )


@login_required
def client_detail(request: HttpRequest, pk: int) -> HttpResponse:
    counsellor = _counsellor(request)
    client, sharing = client_for(counsellor, pk)
    applications = (
        Application.objects.filter(owner=client)
        .select_related("employer")
        .prefetch_related(
            Prefetch(
                "interviews",
                queryset=Interview.objects.prefetch_related(
                    Prefetch("participants", queryset=Participant.objects.select_related("person"))
                ),
            )
        )
    )
    sent = (
        Interaction.objects.filter(owner=client)
        .prefetch_related("people")
        .order_by("-occurred_on")[:50]
    )
    return render(
        request,
        "caseload/client.html",
        today_context(client)
        | {
            "client": client,
            "share_notes": sharing.share_notes,
            "applications": applications,
            "interactions": sent,
            "nav": "clients",
        },
    )


@login_required
@require_POST
def client_goal(request: HttpRequest, pk: int) -> HttpResponse:
    counsellor = _counsellor(request)
    client, _sharing = client_for(counsellor, pk)
    raw = request.POST.get("weekly_goal", "")
    if raw.isdigit() and 0 < int(raw) <= 100:
        client.weekly_goal = int(raw)
        client.save(update_fields=["weekly_goal"])
        messages.success(request, _("Weekly goal set to %(n)s.") % {"n": raw})
    else:
        messages.error(request, _("The weekly goal must be a number from 1 to 100."))
    return redirect("client", pk=pk)
