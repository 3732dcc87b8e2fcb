"""The Help page: how to reach the organisation's offices, and what Followup teaches."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from followup.organisation.models import Office, Organisation


def help_page(request: HttpRequest) -> HttpResponse:
    offices = list(Organisation.current().offices.all())
    for office in offices:
        office.appointment_tag = needs_appointment_tag(office)  # type: ignore[attr-defined]
    return render(request, "organisation/help.html", {"offices": offices, "nav": "help"})


def needs_appointment_tag(office: Office) -> bool:
    """An office seen by appointment only gets the tag, unless its hours already say so."""
    said = _("By appointment only").casefold() in office.hours.casefold()
    return office.by_appointment_only and not said
