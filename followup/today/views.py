"""The Today page: overdue, today and coming up; done, snooze or dismiss each item."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.models import User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.due.loading import actions_for, local_today
from followup.interactions.models import Channel, Interaction, State
from followup.interactions.undo import with_undo_link
from followup.jobsearch.models import Person
from followup.lib import records as r
from followup.lib.dates import LAST_DAY, long_day
from followup.today.context import today_context
from followup.today.markup import page_cards
from followup.today.models import Mark
from followup.web.i18n import interface_lang


@login_required
def today(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    if user.is_counsellor:
        return redirect("clients")
    if user.is_admin:
        return redirect("reports")
    context = today_context(user)
    cards = page_cards(context, get_token(request))
    return render(request, "today/today.html", context | cards | {"nav": "today"})


@login_required
@require_POST
def mark(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Done, snooze or dismiss one item. "Done" logs the matching record (the item then
    disappears because the record exists), never a flag on the item."""
    user = request.user
    key = request.POST.get("key", "")[:120]
    what = request.POST.get("what", "")
    day = local_today(user)
    _records, actions = actions_for(user)
    action = next((a for a in actions if a.key == key), None)
    if action is None:
        messages.error(request, _("That item is no longer due."))
        return redirect("today")
    if what == "done":
        item = _log_done(user, action, day)
        messages.success(request, with_undo_link(_("Done. Well done!"), item))
    elif what in {"day", "week", "date"}:
        until = _snooze_until(what, day, request.POST.get("until", ""))
        if until is None:
            messages.error(request, _("Choose a date after today to snooze until."))
            return redirect("today")
        Mark.objects.update_or_create(
            owner=user, key=key, defaults={"snoozed_until": until, "dismissed": False}
        )
        messages.success(
            request, _("Snoozed until %(day)s.") % {"day": long_day(until, day, interface_lang())}
        )
    elif what == "dismiss":
        Mark.objects.update_or_create(owner=user, key=key, defaults={"dismissed": True})
        messages.success(request, _("Dismissed."))
    elif what == "keep":
        Mark.objects.update_or_create(owner=user, key=key, defaults={"kept": True})
    return redirect("today")


def _snooze_until(what: str, day: date, raw: str) -> date | None:
    if what == "day":
        return day + timedelta(days=1)
    if what == "week":
        return day + timedelta(days=7)
    try:
        until = date.fromisoformat(raw)
    except ValueError:
        return None
    return until if day < until <= LAST_DAY else None


def _log_done(user: User, action: r.Action, day: date) -> Interaction:
    channel = Channel.LINKEDIN if action.kind == r.LINKEDIN else Channel.EMAIL
    item = Interaction.objects.create(
        owner=user,
        kind=action.kind,
        state=State.SENT,
        channel=channel,
        occurred_on=day,
        interview_id=action.interview_id,
        application_id=action.application_id,
        sequence=action.sequence,
        summary=_("Marked done on Today."),
    )
    if action.person_id:
        person = Person.objects.filter(owner=user, pk=action.person_id).first()
        if person:
            item.people.add(person)
    return item
