"""Logging interactions with people: what came back, calls, meetings, messages sent elsewhere."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Model
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from followup.accounts.models import User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.interactions.forms import InteractionForm
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Application, Person
from followup.lib.records import MESSAGE_KINDS


def _owned(model: type[Model], pk: str, owner: object) -> Model:
    """The owner's record with this id from the query string; 404 for anything else, "abc"
    included."""
    if not pk.isdecimal():
        raise Http404
    return get_object_or_404(model, pk=pk, owner=owner)


@login_required
def interaction_new(request: AuthenticatedHttpRequest) -> HttpResponse:
    owner = request.user
    initial: dict[str, object] = {}
    if person_id := request.GET.get("person", ""):
        person = _owned(Person, person_id, owner)
        initial["people"] = [person.pk]
    if application_id := request.GET.get("application", ""):
        application = _owned(Application, application_id, owner)
        initial["application"] = application.pk
        initial["kind"] = "reply-received"
    form = InteractionForm(request.POST or None, owner=owner, initial=initial)
    if request.method == "POST" and form.is_valid():
        if twin := _just_logged(owner, form.cleaned_data):
            messages.info(request, _("That was already logged."))
            return _after_logging(twin)
        item = form.save(commit=False)
        item.owner = owner
        item.state = State.SENT if item.kind in MESSAGE_KINDS else State.DONE
        item.save()
        form.save_m2m()
        messages.success(request, _("Logged."))
        return _after_logging(item)
    return render(request, "interactions/interaction_form.html", {"form": form})


def _just_logged(owner: User, data: dict[str, Any]) -> Interaction | None:
    """The same interaction logged in the last two minutes (Save tapped twice), if any."""
    recent = Interaction.objects.filter(
        owner=owner,
        kind=data["kind"],
        occurred_on=data["occurred_on"],
        application=data.get("application"),
        summary=data.get("summary", ""),
        created_at__gte=timezone.now() - timedelta(minutes=2),
    )
    wanted = {p.pk for p in data.get("people", [])}
    return next((i for i in recent if {p.pk for p in i.people.all()} == wanted), None)


def _after_logging(item: Interaction) -> HttpResponse:
    people = list(item.people.all()[:2])
    if len(people) == 1:
        return redirect("person", pk=people[0].pk)
    if item.application_id:
        return redirect("application", pk=item.application_id)
    return redirect("today")
