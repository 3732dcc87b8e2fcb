"""Request bodies: a body over the limit gets a clear "too large" page (413), and a body a view
did not read is read to its end before the response goes out.

Granian drops the connection when a response is sent while a large request body is still
unread, so the browser shows "connection reset" instead of the page. Reading what is left (up
to `DRAIN_BYTES`, in small chunks that are thrown away) lets the answer arrive; a client that
claims more than that is refused without reading, since reading it would be the attack."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

Handler = Callable[[HttpRequest], HttpResponse]
CHUNK = 64 * 1024
DRAIN_BYTES = 64 * 1024 * 1024  # beyond this a client is not waited for


def _declared_length(request: HttpRequest) -> int:
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def _drain(request: HttpRequest, limit: int) -> None:
    stream = getattr(request, "_stream", None)
    if stream is None:
        return
    read = 0
    try:
        while read < limit:
            chunk = stream.read(CHUNK)
            if not chunk:
                return
            read += len(chunk)
    except OSError:
        return  # the client went away


class RequestBodyLimitMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        length = _declared_length(request)
        if length > settings.MAX_REQUEST_BYTES:
            if length <= DRAIN_BYTES:
                _drain(request, length)
            response = HttpResponse(
                render_to_string("413.html", {"limit_mb": settings.MAX_REQUEST_BYTES // 2**20}),
                status=413,
            )
            if length > DRAIN_BYTES:
                response["Connection"] = "close"
            return response
        response = self.get_response(request)
        if length:
            _drain(request, length)
        return response
