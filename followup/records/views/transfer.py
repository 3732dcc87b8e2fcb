"""Import (upload → preview → confirm) and export (JSON, a zip of CSVs, vCards).

The uploaded file's text waits in the user's own session between the preview and the
confirmation, never on disk; confirming plans again against the records as they are then."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.models import User
from followup.records import exporting
from followup.records.forms import UploadForm
from followup.records.importing import Plan, apply_import, plan_import, read_file
from followup.records.tabular import FileProblem
from followup.today.loading import local_today

SESSION_KEY = "records_import"
SHOWN = 200  # lines per list on the preview; the rest are counted


def _user(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


def _pending(request: HttpRequest) -> dict[str, Any] | None:
    """The upload waiting for confirmation, if it belongs to the signed-in user."""
    pending = request.session.get(SESSION_KEY)
    if not isinstance(pending, dict) or pending.get("owner") != request.user.pk:
        return None
    return pending


@login_required
def import_upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            text, encoding = read_file(upload.read())
            plan_import(_user(request), text, encoding)
        except FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            request.session[SESSION_KEY] = {
                "owner": request.user.pk,
                "name": upload.name,
                "text": text,
                "encoding": encoding,
                "token": secrets.token_urlsafe(16),
            }
            return redirect("records_import_preview")
    return render(request, "records/import.html", {"form": form, "nav": "account"})


def _preview(
    request: HttpRequest, pending: dict[str, Any], plan: Plan, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "records/import_preview.html",
        {
            "plan": plan,
            "name": pending["name"],
            "token": pending["token"],
            "more": {
                name: max(0, len(getattr(plan, name)) - SHOWN)
                for name in ("added", "matched", "skipped", "problems")
            },
            "added": plan.added[:SHOWN],
            "matched": plan.matched[:SHOWN],
            "skipped": plan.skipped[:SHOWN],
            "problems": plan.problems[:SHOWN],
            "nav": "account",
        },
        status=status,
    )


@login_required
def import_preview(request: HttpRequest) -> HttpResponse:
    pending = _pending(request)
    if pending is None:
        messages.info(request, _("Choose a file to import first."))
        return redirect("records_import")
    try:
        plan = plan_import(_user(request), pending["text"], pending["encoding"])
    except FileProblem as problem:
        request.session.pop(SESSION_KEY, None)
        messages.error(request, str(problem))
        return redirect("records_import")
    return _preview(request, pending, plan)


@login_required
@require_POST
def import_confirm(request: HttpRequest) -> HttpResponse:
    pending = _pending(request)
    if pending is None or not secrets.compare_digest(
        str(request.POST.get("token", "")), str(pending["token"])
    ):
        messages.error(request, _("That import is no longer waiting. Choose the file again."))
        return redirect("records_import")
    try:
        plan = apply_import(_user(request), pending["text"], pending["encoding"])
    except FileProblem as problem:
        request.session.pop(SESSION_KEY, None)
        messages.error(request, str(problem))
        return redirect("records_import")
    if not plan.ok:
        return _preview(request, pending, plan, status=400)
    request.session.pop(SESSION_KEY, None)
    messages.success(request, plan.summary(done=True))
    return redirect("records")


@login_required
@require_POST
def import_cancel(request: HttpRequest) -> HttpResponse:
    request.session.pop(SESSION_KEY, None)
    messages.info(request, _("Import cancelled. Nothing was added."))
    return redirect("records")


@login_required
def export_page(request: HttpRequest) -> HttpResponse:
    return render(request, "records/export.html", {"nav": "account"})


def _attachment(body: bytes | str, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _stem(request: HttpRequest) -> str:
    return f"followup-{local_today(_user(request)).isoformat()}"


@login_required
def export_json(request: HttpRequest) -> HttpResponse:
    body = exporting.export_json(_user(request))
    return _attachment(body, "application/json; charset=utf-8", f"{_stem(request)}.json")


@login_required
def export_csv(request: HttpRequest) -> HttpResponse:
    body = exporting.export_csv_zip(_user(request))
    return _attachment(body, "application/zip", f"{_stem(request)}-csv.zip")


@login_required
def export_vcf(request: HttpRequest) -> HttpResponse:
    body = exporting.export_vcards(_user(request))
    return _attachment(body, "text/vcard; charset=utf-8", f"{_stem(request)}-people.vcf")
