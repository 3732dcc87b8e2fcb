"""Reminder pages: the one-click unsubscribe link from a digest, the user's reminder and
calendar settings, and the private calendar feed."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from followup.accounts.middleware import locale_of
from followup.accounts.models import User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.reminders.calendar import calendar_bytes
from followup.reminders.links import absolute, user_id_from_token
from followup.reminders.models import CalendarFeed, ReminderOptOut, new_feed_token


# Exempt from CSRF: a mail client's one-click POST (RFC 8058) carries no token; the signed
# link is what proves the request comes from the email, and all it can do is stop emails.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    user_id = user_id_from_token(token)
    user = User.objects.filter(pk=user_id).first() if user_id is not None else None
    if user is None:
        return render(request, "reminders/bad_link.html", status=400)
    # In the language of the email the link came from, unless the visitor chose one here.
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    language = chosen if translation.check_for_language(chosen) else locale_of(user.language)
    with translation.override(language):
        if request.method == "GET":
            # Mail scanners follow links: a GET only asks; the POST unsubscribes.
            response = render(request, "reminders/unsubscribe.html", {"email": user.email})
        else:
            ReminderOptOut.objects.get_or_create(user=user)
            response = render(request, "reminders/unsubscribed.html", {"email": user.email})
        response.headers["Content-Language"] = translation.get_language()
    return response


def _job_seeker(request: AuthenticatedHttpRequest) -> User | None:
    return request.user if request.user.is_job_seeker else None


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = _job_seeker(request)
    if user is None:
        return redirect("account")
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    if request.method == "POST":
        what = request.POST.get("what", "")
        if what == "new-link":
            feed.token = new_feed_token()
            feed.save(update_fields=["token"])
            messages.success(
                request, _("Here is your new calendar link. The old one no longer works.")
            )
        elif what == "email-off":
            ReminderOptOut.objects.get_or_create(user=user)
            messages.success(request, _("You will no longer get daily reminder emails."))
        elif what == "email-on":
            ReminderOptOut.objects.filter(user=user).delete()
            messages.success(
                request, _("You will get a reminder email on days when something is due.")
            )
        return redirect("reminders_settings")
    url = absolute(reverse("reminders_feed", args=[feed.token]))
    context = {
        "nav": "account",
        "feed_url": url,
        "webcal_url": "webcal://" + url.split("://", 1)[1],
        "emails_on": not ReminderOptOut.objects.filter(user=user).exists(),
    }
    return render(request, "reminders/settings.html", context)


def _ics(user: User, filename: str, attachment: bool) -> HttpResponse:
    body = calendar_bytes(user)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def feed(request: HttpRequest, token: str) -> HttpResponse:
    found = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if found is None or not found.user.is_active:
        raise Http404
    return _ics(found.user, "followup.ics", attachment=False)


@login_required
@require_GET
def download(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = _job_seeker(request)
    if user is None:
        raise Http404
    return _ics(user, "followup.ics", attachment=True)
