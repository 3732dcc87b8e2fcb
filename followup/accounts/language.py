"""The language switch shown on every page: Django's set_language (a cookie, for visitors and
the sign-in page) that also saves a signed-in user's account language, since the account's
language wins once signed in (followup.accounts.middleware)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from followup.accounts.middleware import LOCALES

LANGUAGE_OF_LOCALE = {locale: language for language, locale in LOCALES.items()}


@require_POST
def switch_language(request: HttpRequest) -> HttpResponse:
    """Switch the interface to the posted locale, and keep a signed-in account in step."""
    response = set_language(request)
    language = LANGUAGE_OF_LOCALE.get(request.POST.get("language", "").lower())
    user = request.user
    if language is not None and user.is_authenticated and user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return response
