"""The message pages: start a draft for a due action, edit it, then send it or mark it sent."""

from __future__ import annotations

from datetime import date
from typing import TypeVar
from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.clock import local_today
from followup.accounts.models import User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.interactions import deleting
from followup.interactions.models import Channel, Interaction, State
from followup.interactions.undo import can_undo, with_undo_link
from followup.jobsearch.models import Application, Interview, Person
from followup.lib import records as r
from followup.lib.checker import CheckContext, Finding
from followup.lib.checker.spelling import suggestions_for
from followup.lib.checker.structure import is_empty
from followup.lib.checker.text import Note
from followup.lib.dates import FIRST_DAY
from followup.lib.drafting import OFFER_VARIANTS, TONES, needs_confirmation
from followup.notes.checking import check_message, context_for, has_errors, highlighted
from followup.notes.drafts import DRAFT_LANGUAGES, draft_for, note_language, refresh_if_stale
from followup.notes.models import OutgoingEmail
from followup.notes.outbox import queue, retry
from followup.web.mail import note_eml

M = TypeVar("M", bound=Model)
SUBJECT_LENGTH = 300  # Interaction.subject's max_length


def _split(text: str) -> tuple[str, str]:
    """A text whose first line is `Subject: …` gives that subject and the rest as the body."""
    first, _sep, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        return first[len("subject:") :].strip(), rest.lstrip("\n")
    return "", text


def _joined(subject: str, body: str) -> str:
    return f"Subject: {subject}\n\n{body}" if subject else body


@login_required
def compose(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Open the draft for this kind, interview/application and person, creating it if needed."""
    user = request.user
    kind = request.GET.get("kind", "")
    if kind not in r.NOTE_KINDS:
        raise Http404
    record_kind, variant = r.record_kind(kind)
    interview = _owned(Interview, request.GET.get("interview"), application__owner=user)
    application = _owned(Application, request.GET.get("application"), owner=user)
    if interview and not application:
        application = interview.application
    person = _owned(Person, request.GET.get("person"), owner=user)
    raw_sequence = request.GET.get("sequence", "1")
    sequence = int(raw_sequence) if raw_sequence in {"1", "2", "3"} else 1
    variant = variant or request.GET.get("variant", "")
    if variant not in {r.ADMIN_VARIANT, *OFFER_VARIANTS}:
        variant = ""
    existing = Interaction.objects.filter(
        owner=user,
        kind=record_kind,
        state=State.DRAFT,
        interview=interview,
        application=application,
        sequence=sequence,
        variant=variant,
    )
    if person:
        existing = existing.filter(people=person)
    message = existing.first()
    if message is None:
        message = Interaction.objects.create(
            owner=user,
            kind=record_kind,
            state=State.DRAFT,
            channel=Channel.LINKEDIN if kind == r.LINKEDIN else Channel.EMAIL,
            occurred_on=local_today(user),
            interview=interview,
            application=application,
            sequence=sequence,
            variant=variant,
            tone="warm",
        )
        if person:
            message.people.add(person)
        _regenerate(message, user, "warm")
    return redirect("message", pk=message.pk)


def _owned(model: type[M], pk: str | None, **owner_filter: object) -> M | None:
    if not pk:
        return None
    if not str(pk).isdecimal():  # not isdigit(): int() refuses "²"
        raise Http404
    return get_object_or_404(model, pk=pk, **owner_filter)


def _regenerate(message: Interaction, user: User, tone: str, lang: str | None = None) -> None:
    drafted = draft_for(message, user, tone, lang)
    message.subject, message.body = drafted.subject, drafted.body
    message.generated_text = drafted.as_text()
    message.tone = tone
    message.save()


def _message(request: AuthenticatedHttpRequest, pk: int) -> Interaction:
    return get_object_or_404(
        Interaction.objects.select_related("application__employer", "interview__application"),
        pk=pk,
        owner=request.user,
    )


def _apply(text: str, raw: str) -> str:
    """Apply a suggestion "start:end:replacement" (code-point offsets) to the text."""
    start_s, _sep, rest = raw.partition(":")
    end_s, _sep, replacement = rest.partition(":")
    if not (start_s.isdecimal() and end_s.isdecimal()):
        return text
    start, end = int(start_s), int(end_s)
    if not 0 <= start <= end <= len(text):
        return text
    return text[:start] + replacement + text[end:]


@login_required
def message_page(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The editor. Every button posts the text in the box: it is kept first, then acted on, so
    what leaves (link, file, email, record) is exactly what was on the screen."""
    user = request.user
    message = _message(request, pk)
    if request.method == "GET" and message.is_editable and not _queued(message):
        refresh_if_stale(message, user)  # "yesterday" in an unedited draft, seen from today
    text = _joined(message.subject, message.body)
    if request.method == "POST" and message.is_editable and not _queued(message):
        text = request.POST.get("text", "").replace("\r\n", "\n")
        if request.POST.get("apply"):
            text = _apply(text, request.POST["apply"])
        text = _clean(text)
        error = _keep(message, text)
        if error:
            return _refused(request, message, user, text, error)
        if "regenerate" in request.POST:
            return _regenerate_view(request, message, user, text)
        if "send" in request.POST:
            return _send(request, message, user, text)
        if "eml" in request.POST or "mailto" in request.POST:
            return _hand_over(request, message, user, text)
        if not request.POST.get("apply"):
            messages.success(request, _("Draft saved."))
        return redirect("message", pk=pk)
    return render(request, "notes/message.html", _page_context(message, user, text))


def _clean(text: str) -> str:
    """The text as typed, with Windows line ends made plain and NUL dropped (invisible when
    pasted, and PostgreSQL refuses it)."""
    return text.replace("\r\n", "\n").replace("\x00", "")


def _keep(message: Interaction, text: str) -> str:
    """Keep the text as the draft's subject and body; the reason it cannot be kept, or ""."""
    subject, body = _split(text)
    if len(subject) > SUBJECT_LENGTH:
        return _("The subject line is too long: at most %(n)d characters.") % {"n": SUBJECT_LENGTH}
    if (subject, body) != (message.subject, message.body):
        message.subject, message.body = subject, body
        message.save(update_fields=["subject", "body", "updated_at"])
    return ""


def _refused(
    request: HttpRequest, message: Interaction, user: User, text: str, error: str
) -> HttpResponse:
    """The page again with the text as typed and the reason beside it."""
    context = _page_context(message, user, text) | {"text_error": error}
    return render(request, "notes/message.html", context, status=400)


def _says_something(text: str, sender: str) -> bool:
    """Does the body hold more than a greeting, a closing and a signature? The checker's own
    rule (its `empty` error), so the editor and the send paths agree."""
    return not is_empty(Note(text), CheckContext(sender=sender))


def _nothing_to_send(
    request: HttpRequest, message: Interaction, user: User, text: str
) -> HttpResponse | None:
    """An empty or greeting-only note is refused on every path that sends or records it."""
    if _says_something(text, user.name):
        return None
    error = _("This note has nothing to say yet: write your message before sending it.")
    return _refused(request, message, user, text, error)


def _mailto(email: str, subject: str, body: str) -> str:
    address = quote(email, safe="@")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


class _MailAppRedirect(HttpResponseRedirect):
    allowed_schemes = ["mailto"]


def _hand_over(request: HttpRequest, message: Interaction, user: User, text: str) -> HttpResponse:
    """The kept text as an .eml file or a mailto: link (the path without JavaScript)."""
    refused = _nothing_to_send(request, message, user, text)
    if refused:
        return refused
    if "eml" in request.POST:
        return _eml(message, user)
    recipient = message.people.first()
    if recipient is None or not recipient.email:
        messages.error(
            request, _("Add the recipient's email address to open it in your email app.")
        )
        return redirect("message", pk=message.pk)
    return _MailAppRedirect(_mailto(recipient.email, message.subject, message.body))


def _page_context(message: Interaction, user: User, text: str) -> dict[str, object]:
    people = list(message.people.all())
    recipient = people[0] if people else None
    mailto = mailto_to = ""
    if recipient and recipient.email:
        mailto = _mailto(recipient.email, *_split(text))
        mailto_to = mailto.partition("?")[0]
    findings = check_message(text, message, user) if message.is_editable else []
    return {
        "message": message,
        "people": people,
        "recipient": recipient,
        "text": text,
        "subject": _split(text)[0],
        "mailto": mailto,
        "mailto_to": mailto_to,
        "tones": TONES,
        "languages": DRAFT_LANGUAGES,
        "note_language": note_language(message, user),
        "today": local_today(user),
        "smtp": settings.EMAIL_CONFIGURED,
        "outgoing": getattr(message, "outgoing", None) if _queued(message) else None,
        "undo": can_undo(message),
        "nav": "today",
    } | _findings_context(text, findings)


def _findings_context(text: str, findings: list[Finding]) -> dict[str, object]:
    return {
        "findings": list(enumerate(findings, start=1)),
        "segments": highlighted(text, findings),
        "errors": sum(1 for f in findings if f.severity == "error"),
        "warnings": sum(1 for f in findings if f.severity != "error"),
    }


def _queued(message: Interaction) -> bool:
    return OutgoingEmail.objects.filter(message=message).exists()


def _regenerate_view(
    request: HttpRequest, message: Interaction, user: User, text: str
) -> HttpResponse:
    tone = request.POST.get("tone", message.tone or "warm")
    if needs_confirmation(message.generated_text, text) and "confirm" not in request.POST:
        messages.error(
            request,
            _("You changed this text. Tick “Replace my text” to replace it with a new draft."),
        )
    else:
        lang = request.POST.get("lang")
        _regenerate(message, user, tone if tone in TONES else "warm", lang)
        messages.success(request, _("A new draft replaced the text."))
    return redirect("message", pk=message.pk)


def _send(request: HttpRequest, message: Interaction, user: User, text: str) -> HttpResponse:
    refused = _nothing_to_send(request, message, user, text)
    if refused:
        return refused
    recipient = message.people.first()
    if not settings.EMAIL_CONFIGURED or recipient is None or not recipient.email:
        messages.error(
            request,
            _("Sending from Followup needs an email server and the recipient's email address."),
        )
        return redirect("message", pk=message.pk)
    if has_errors(check_message(text, message, user)) and "anyway" not in request.POST:
        messages.error(
            request,
            _("Fix the problems marked as errors, or tick “Send anyway” if you are sure."),
        )
        return redirect("message", pk=message.pk)
    queue(message, recipient.email)
    messages.success(request, _("Your message is on its way. This page shows when it is sent."))
    return redirect("message", pk=message.pk)


@login_required
@require_POST
def check_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The findings for the text being typed (htmx, debounced): nothing is saved."""
    message = _message(request, pk)
    text = request.POST.get("text", "").replace("\r\n", "\n")
    findings = check_message(text, message, request.user)
    context = {"message": message, "text": text} | _findings_context(text, findings)
    return render(request, "notes/_findings.html", context)


@login_required
def suggestions_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Spelling suggestions for one word, computed only when asked (they are slow)."""
    message = _message(request, pk)
    word = request.GET.get("word", "")[:60]
    known = context_for(message, request.user).known_words
    return render(
        request,
        "notes/_suggestions.html",
        {
            "message": message,
            "suggestions": suggestions_for(word, known)[:6] if word else (),
            "start": request.GET.get("start", ""),
            "end": request.GET.get("end", ""),
        },
    )


@login_required
@require_POST
def retry_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    outgoing = get_object_or_404(OutgoingEmail, message=message)
    retry(outgoing)
    messages.success(request, _("We will try again now."))
    return redirect("message", pk=pk)


@login_required
def delivery_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The delivery state, polled by the page while a message is on its way."""
    message = _message(request, pk)
    outgoing = get_object_or_404(OutgoingEmail, message=message)
    return render(request, "notes/_delivery.html", {"message": message, "outgoing": outgoing})


@login_required
@require_POST
def autosave_view(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Keep the text as it is typed (the editor's script posts it, debounced). Answers 204, or
    a short sentence saying why it was not kept."""
    message = _message(request, pk)
    if not message.is_editable or _queued(message):
        said = _("This message has already left: reload the page to see it.")
        return HttpResponse(said, status=409, content_type="text/plain; charset=utf-8")
    error = _keep(message, _clean(request.POST.get("text", "")))
    if error:
        return HttpResponse(error, status=400, content_type="text/plain; charset=utf-8")
    return HttpResponse(status=204)


@login_required
@require_POST
def mark_sent(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Record a message sent another way. The editor posts its text with the date: the record
    keeps that text, the one that left."""
    user = request.user
    message = _message(request, pk)
    if message.state != State.DRAFT:
        return redirect("message", pk=pk)
    text = _joined(message.subject, message.body)
    if "text" in request.POST and not _queued(message):
        text = _clean(request.POST["text"])
        error = _keep(message, text)
        if error:
            return _refused(request, message, user, text, error)
    raw = request.POST.get("sent_on", "").strip()
    try:
        sent_on = date.fromisoformat(raw) if raw else local_today(user)
    except ValueError:
        # a browser without a date picker sends what was typed: never guess "today" for the
        # job-search record
        messages.error(request, _("Enter the date it was sent as YYYY-MM-DD, e.g. 2026-01-31."))
        return redirect("message", pk=pk)
    if sent_on < FIRST_DAY:
        messages.error(request, _("Choose a date from 1900 to 2999."))
        return redirect("message", pk=pk)
    if sent_on > local_today(user):
        messages.error(request, _("The date it was sent cannot be in the future."))
        return redirect("message", pk=pk)
    refused = _nothing_to_send(request, message, user, text)
    if refused:
        return refused
    message.state = State.SENT
    message.occurred_on = sent_on
    message.sent_at = timezone.now()
    message.save(update_fields=["state", "occurred_on", "sent_at", "updated_at"])
    messages.success(
        request, with_undo_link(_("Marked as sent. It is now part of the record."), message)
    )
    return redirect("today")


@login_required
def download_eml(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The kept text as an .eml file (the editor's button posts its text first instead)."""
    return _eml(_message(request, pk), request.user)


def _eml(message: Interaction, user: User) -> HttpResponse:
    response = HttpResponse(note_eml(message, user), content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="message-{message.pk}.eml"'
    return response


@login_required
def delete_draft(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Delete a draft (after a confirmation page); a message sent, or on its way, is part of
    the record."""
    message = _message(request, pk)
    if message.state != State.DRAFT or _queued(message):  # one on its way is not a draft
        raise Http404
    return deleting.confirm(request, deleting.of_draft(message), "today")
