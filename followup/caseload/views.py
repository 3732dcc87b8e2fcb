"""Counsellors' pages: the caseload (every client who shares, and what needs attention), a
client's records read-only, the weekly goal, and comments on a client's draft messages."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.access import client_for, counsellor_of
from followup.accounts.models import Sharing, User
from followup.caseload.appointments import log_access, open_requests
from followup.caseload.cards import cards, cards_html
from followup.caseload.forms import CommentForm
from followup.caseload.models import DraftComment
from followup.caseload.privacy import private_words
from followup.caseload.summary import SORTS, Client, caseload_rows, chosen
from followup.due.loading import rows_by
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Application, Interview, Participant
from followup.lib.redaction import has_private_text, sentences
from followup.organisation.models import Office, Organisation
from followup.reminders.models import NextDue
from followup.reminders.next_due import versions
from followup.today.context import today_context


def _consenting_clients(counsellor: User) -> list[Client]:
    """The clients who share, as plain values, by name, without their offices (the page reads
    the offices' names from its list of offices), each with the version of their records, read
    before the records are loaded (see `summary`). Each query finds rows by an indexed key: a
    join of the sharings and the users made PostgreSQL read every user."""
    sharings = rows_by(Sharing, "counsellor", [counsellor.pk], "client_id", "consented_at")
    ids = [client_id for _counsellor, client_id, consented_at in sharings if consented_at]
    if not ids:
        return []
    read = dict(rows_by(NextDue, "user", ids, "version"))
    if len(read) < len(ids):
        # Rows made now, for clients who have none (version None here: their plans are not
        # kept this time, as a change written before the row existed moved no version). The
        # reminders move these versions too, and never delete a row while its user exists.
        versions([pk for pk in ids if pk not in read])
    fields = ("name", "time_zone", "weekly_goal", "office_id", "date_joined", "password")
    clients = [
        Client(pk, name, zone, goal, office_id, read.get(pk), joined, hash(password))
        for pk, name, zone, goal, office_id, joined, password, active in rows_by(
            User, "pk", ids, *fields, "is_active"
        )
        if active
    ]
    return sorted(clients, key=lambda client: (client.name.casefold(), client.name, client.pk))


@login_required
def clients(request: HttpRequest) -> HttpResponse:
    """The caseload: a fixed number of queries, however many clients."""
    counsellor = counsellor_of(request)
    org = Organisation.current()
    offices = list(Office.objects.all())
    names = {office.pk: office.name for office in offices}
    rows = caseload_rows(_consenting_clients(counsellor), timezone.now(), org, names)
    office_raw = request.GET.get("office", "")
    office = int(office_raw) if office_raw.isdecimal() else None  # not isdigit(): "²"
    attention = request.GET.get("attention") == "1"
    sort = request.GET.get("sort", "attention")
    sort = sort if sort in SORTS else "attention"
    shown = chosen(rows, office=office, attention=attention, sort=sort)
    # looked up once, not once per client: the page has 150 clients at times
    labels = {"next": _("Next"), "last": _("Last activity"), "week": _("This week")}
    return render(
        request,
        "caseload/caseload.html",
        {
            "cards": cards_html(cards(shown), labels, _("Needs attention")),
            "total": len(rows),
            "needing_attention": sum(1 for row in rows if row.needs_attention),
            "offices": offices,
            "office": office,
            "attention": attention,
            "sort": sort,
            "sorts": [
                ("attention", _("Needs attention first")),
                ("name", _("Name")),
                ("office", _("Office")),
                ("activity", _("Longest without activity")),
            ],
            "requests": list(open_requests(counsellor)),
            "nav": "clients",
        },
    )


@login_required
def client_detail(request: HttpRequest, pk: int) -> HttpResponse:
    counsellor = counsellor_of(request)
    client, sharing = client_for(counsellor, pk)
    log_access(counsellor, client, _("Your records"), request.path)
    applications = (
        Application.objects.filter(owner=client)
        .select_related("employer")
        .prefetch_related(
            Prefetch(
                "interviews",
                queryset=Interview.objects.prefetch_related(
                    Prefetch("participants", queryset=Participant.objects.select_related("person"))
                ),
            )
        )
    )
    sent = (
        Interaction.objects.filter(owner=client)
        .prefetch_related("people")
        .order_by("-occurred_on", "-created_at")[:50]
    )
    return render(
        request,
        "caseload/client.html",
        today_context(client)
        | {
            "client": client,
            "sharing": sharing,
            "share_notes": sharing.share_notes,
            "applications": applications,
            "interactions": sent,
            "nav": "clients",
        },
    )


@login_required
@require_POST
def client_goal(request: HttpRequest, pk: int) -> HttpResponse:
    counsellor = counsellor_of(request)
    client, _sharing = client_for(counsellor, pk)
    raw = request.POST.get("weekly_goal", "")
    if raw.isdecimal() and 0 < int(raw) <= 100:
        client.weekly_goal = int(raw)
        client.save(update_fields=["weekly_goal"])
        messages.success(request, _("Weekly goal set to %(n)s.") % {"n": raw})
    else:
        messages.error(request, _("The weekly goal must be a number from 1 to 100."))
    return redirect("client", pk=pk)


@login_required
def client_message(request: HttpRequest, pk: int, message_pk: int) -> HttpResponse:
    """One of the client's messages, read-only; a draft can be commented on."""
    counsellor = counsellor_of(request)
    client, sharing = client_for(counsellor, pk)
    message = get_object_or_404(
        Interaction.objects.select_related("application__employer"), pk=message_pk, owner=client
    )
    form = CommentForm()
    if request.method == "POST":
        if message.state != State.DRAFT:
            raise PermissionDenied
        form = CommentForm(request.POST)
        if form.is_valid():
            DraftComment.objects.create(
                message=message, author=counsellor, text=form.cleaned_data["text"]
            )
            messages.success(request, _("Comment saved. Your client sees it with the draft."))
            return redirect("client_message", pk=client.pk, message_pk=message.pk)
    else:
        log_access(
            counsellor,
            client,
            _("A message: %(kind)s") % {"kind": message.get_kind_display()},
            request.path,
        )
    return render(
        request,
        "caseload/message.html",
        {
            "client": client,
            "message": message,
            **_without_private_notes(message, sharing.share_notes),
            "people": list(message.people.all()),
            "comments": list(DraftComment.objects.filter(message=message).select_related("author")),
            "form": form if message.state == State.DRAFT else None,
            "nav": "clients",
        },
    )


def _without_private_notes(message: Interaction, share_notes: bool) -> dict[str, object]:
    """The message's text in sentences, those from private notes marked, unless notes are shared."""
    if share_notes:
        return {"body": None, "subject_private": False}
    words = private_words(message)
    return {
        "body": sentences(message.body, words),
        "subject_private": has_private_text(message.subject, words),
    }
