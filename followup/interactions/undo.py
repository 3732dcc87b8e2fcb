"""Undo *Mark as sent* and *Done*: a message marked sent goes back to draft; an item marked done
on Today (a record with no text of its own) is removed, so the item is due again. A message that
Followup emailed itself cannot be called back, so it has no undo."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from followup.interactions.models import Interaction, State
from followup.lib.records import MESSAGE_KINDS


def can_undo(item: Interaction) -> bool:
    """Sent by hand (marked sent or done), never through Followup's own email."""
    if item.state != State.SENT or item.kind not in MESSAGE_KINDS:
        return False
    return not hasattr(item, "outgoing")


def back_on_today(item: Interaction) -> bool:
    """Marked done without a text: undoing removes the record rather than making a draft."""
    return not (item.subject or item.body)


def with_undo_link(text: str, item: Interaction) -> SafeString:
    """A confirmation message with its undo link, for the page that follows."""
    url = reverse("interaction_undo", args=[item.pk])
    return format_html('{} <a href="{}">{}</a>', text, url, _("Undo"))


@login_required
def undo(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: what undoing does; POST: do it."""
    item = get_object_or_404(
        Interaction.objects.select_related("outgoing"), pk=pk, owner=request.user
    )
    if not can_undo(item):
        raise Http404
    today = back_on_today(item)
    if request.method != "POST":
        return render(
            request, "interactions/undo.html", {"item": item, "today": today, "nav": "today"}
        )
    if today:
        item.delete()
        messages.success(request, _("Undone: it is back on Today."))
        return redirect("today")
    item.state = State.DRAFT
    item.sent_at = None
    item.save(update_fields=["state", "sent_at", "updated_at"])
    messages.success(request, _("Undone: the message is a draft again."))
    return redirect("message", pk=item.pk)
