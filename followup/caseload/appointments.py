"""Appointment requests: a job seeker asks to see their counsellor or an office's staff, and a
counsellor who sees the request (`followup.accounts.access.requests_seen_by`) marks it
arranged. Also the log of counsellors opening a client's records, and the job seeker's "who
looked" page that shows it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.access import counsellor_of, job_seeker_of, requests_seen_by
from followup.accounts.models import User
from followup.caseload.forms import AppointmentForm, ArrangeForm
from followup.caseload.models import AccessLog, AppointmentRequest, RequestState
from followup.organisation.install import is_one_person

LOG_LENGTH = 200


def visible_requests(counsellor: User) -> QuerySet[AppointmentRequest]:
    return AppointmentRequest.objects.filter(requests_seen_by(counsellor))


def open_requests(counsellor: User) -> QuerySet[AppointmentRequest]:
    return (
        visible_requests(counsellor)
        .filter(state=RequestState.OPEN)
        .select_related("client", "office")
        .order_by("created_at", "pk")
    )


def log_access(counsellor: User, client: User, what: str, path: str) -> None:
    """Record that `counsellor` opened `client`'s records (the client sees it on "who looked")."""
    AccessLog.objects.create(
        client=client,
        counsellor=counsellor,
        counsellor_name=counsellor.name,
        what=what[:200],
        path=path[:300],
    )


@login_required
def appointments(request: HttpRequest) -> HttpResponse:
    """The job seeker's requests and their state, and the form to ask for a new one."""
    if is_one_person():
        raise Http404  # nobody on this install could answer a request
    client = job_seeker_of(request)
    form = AppointmentForm(client, request.POST or None)
    if request.method == "POST" and form.is_valid():
        AppointmentRequest.objects.create(
            client=client,
            times=form.cleaned_data["times"],
            reason=form.cleaned_data["reason"],
            **form.with_whom(),
        )
        messages.success(request, _("Your request is sent. You will be contacted to arrange it."))
        return redirect("appointments")
    return render(
        request,
        "caseload/appointments.html",
        {
            "form": form,
            "requests": AppointmentRequest.objects.filter(client=client).select_related(
                "counsellor", "office", "arranged_by"
            ),
            "nav": "account",
        },
    )


@login_required
@require_POST
def appointment_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    client = job_seeker_of(request)
    updated = AppointmentRequest.objects.filter(
        pk=pk, client=client, state=RequestState.OPEN
    ).update(state=RequestState.CANCELLED)
    if not updated:
        raise Http404
    messages.success(request, _("Request cancelled."))
    return redirect("appointments")


@login_required
@require_POST
def appointment_arranged(request: HttpRequest, pk: int) -> HttpResponse:
    counsellor = counsellor_of(request)
    appointment = get_object_or_404(visible_requests(counsellor), pk=pk)
    form = ArrangeForm(request.POST)
    if appointment.is_open and form.is_valid():
        appointment.state = RequestState.ARRANGED
        appointment.arranged_by = counsellor
        appointment.arranged_note = form.cleaned_data["arranged_note"]
        appointment.save(update_fields=["state", "arranged_by", "arranged_note", "updated_at"])
        messages.success(request, _("Marked as arranged."))
    else:
        messages.error(request, _("That request is no longer open."))
    return redirect("clients")


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    """Who looked at my records, and when: the latest entries first."""
    client = job_seeker_of(request)
    entries = AccessLog.objects.filter(client=client)[:LOG_LENGTH]
    return render(
        request,
        "caseload/access_log.html",
        {"entries": entries, "limit": LOG_LENGTH, "nav": "account"},
    )
