"""Logging interactions with people: what came back, calls, meetings, messages sent elsewhere."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from followup.interactions.forms import InteractionForm
from followup.interactions.models import State
from followup.jobsearch.models import Application, Person
from followup.lib.records import MESSAGE_KINDS


def _owned(model: type[Model], pk: str, owner: object) -> Model:
    """The owner's record with this id from the query string; 404 for anything else, "abc"
    included."""
    if not pk.isdecimal():
        raise Http404
    return get_object_or_404(model, pk=pk, owner=owner)


@login_required
def interaction_new(request: HttpRequest) -> HttpResponse:
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
        item = form.save(commit=False)
        item.owner = owner
        item.state = State.SENT if item.kind in MESSAGE_KINDS else State.DONE
        item.save()
        form.save_m2m()
        messages.success(request, _("Logged."))
        people = list(item.people.all()[:2])
        if len(people) == 1:
            return redirect("person", pk=people[0].pk)
        if item.application_id:
            return redirect("application", pk=item.application_id)
        return redirect("today")
    return render(request, "interactions/interaction_form.html", {"form": form})
