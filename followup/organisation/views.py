"""The Help page: how to reach the organisation's offices, and what Followup teaches."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from followup.organisation.models import Organisation


def help_page(request: HttpRequest) -> HttpResponse:
    org = Organisation.current()
    return render(request, "organisation/help.html", {"offices": org.offices.all(), "nav": "help"})
