"""Middleware: the organisation's settings read once per request."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from followup.organisation.models import read_once


def read_once_per_request(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Middleware: a page that asks for the organisation's settings three times reads them once."""

    def middleware(request: HttpRequest) -> HttpResponse:
        with read_once():
            return get_response(request)

    return middleware
