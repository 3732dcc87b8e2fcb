"""The signed-in user's language wins over the browser's: LocaleMiddleware chose the language
from the browser (for the sign-in page and visitors); once signed in, the account's does."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import translation

from followup.accounts.models import Language

# The account's language and the interface's locale (settings.LANGUAGES).
LOCALES = {Language.EN: "en-ca", Language.FR: "fr-ca"}


def locale_of(language: str) -> str:
    """The locale for an account's language ("fr" → "fr-ca"); English for anything else."""
    return LOCALES[Language.FR] if language == Language.FR else LOCALES[Language.EN]


class UserLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            locale = locale_of(user.language)
            translation.activate(locale)
            request.LANGUAGE_CODE = locale
        response = self.get_response(request)
        if user is not None and user.is_authenticated:
            response.headers["Content-Language"] = request.LANGUAGE_CODE
        return response
