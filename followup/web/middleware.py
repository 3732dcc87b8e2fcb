"""Middleware: the Content-Security-Policy header, the first-run redirect, the user's time zone."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone

from followup.accounts.clock import user_zone

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self' mailto:",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

Handler = Callable[[HttpRequest], HttpResponse]


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/admin/"):
            response.setdefault("Content-Security-Policy", CSP)
        return response


class FirstRunMiddleware:
    """Until the first account exists, every page leads to the setup page."""

    allowed = ("/setup/", "/static/", "/help/")

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response
        self.has_users = False

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self.has_users and not request.path.startswith(self.allowed):
            from followup.accounts.models import User

            self.has_users = User.objects.exists()
            if not self.has_users:
                return redirect("setup")
        return self.get_response(request)


class UserTimeZoneMiddleware:
    """Pages show times on the signed-in user's clock (the server's zone for visitors)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timezone.activate(user_zone(user))
        else:
            timezone.deactivate()
        try:
            return self.get_response(request)
        finally:  # the thread goes back to the server's zone: nothing after the request inherits it
            timezone.deactivate()
