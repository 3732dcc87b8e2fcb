"""Import (upload → preview → confirm) and export (JSON, a zip of CSVs, vCards).

The uploaded file waits in the data folder, under a random name only the uploader's session
knows, between the preview and the confirmation; the session keeps only what the preview shows
(counts and the first lines of each list), so showing the preview again reads nothing.
Confirming reads the file and plans again against the records as they are then."""

from __future__ import annotations

import secrets
import time
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.requests import AuthenticatedHttpRequest
from followup.due.loading import local_today
from followup.records import exporting
from followup.records.forms import UploadForm
from followup.records.importing import (
    FileProblem,
    Line,
    Plan,
    Problem,
    apply_import,
    plan_import,
    read_file,
)

SESSION_KEY = "records_import"
SHOWN = 200  # lines per list on the preview; the rest are counted
LISTS = ("added", "matched", "skipped", "problems")
STALE_SECONDS = 24 * 3600  # an upload nobody confirmed or cancelled is removed after a day


def _folder() -> Path:
    folder = Path(settings.DATA_DIR) / "imports"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _upload_path(token: str) -> Path:
    return _folder() / f"{token}.txt"


def _sweep() -> None:
    """Remove uploads left waiting for more than a day (a closed tab, an expired session)."""
    limit = time.time() - STALE_SECONDS
    for path in _folder().glob("*.txt"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            continue  # removed meanwhile by another request


def _pending(request: AuthenticatedHttpRequest) -> dict[str, Any] | None:
    """The upload waiting for confirmation, if it belongs to the signed-in user."""
    pending = request.session.get(SESSION_KEY)
    if not isinstance(pending, dict) or pending.get("owner") != request.user.pk:
        return None
    if not _upload_path(str(pending.get("token", ""))).is_file():
        return None
    return pending


def _forget(request: HttpRequest) -> None:
    pending = request.session.pop(SESSION_KEY, None)
    if isinstance(pending, dict) and pending.get("token"):
        _upload_path(str(pending["token"])).unlink(missing_ok=True)


def _shown(plan: Plan) -> dict[str, Any]:
    """What the preview page shows of a plan, in a form a session can keep."""
    return {
        "kind": plan.kind,
        "encoding": plan.encoding,
        "summary": plan.summary(),
        "has_steps": bool(plan.added or plan.steps),
        "totals": {name: len(getattr(plan, name)) for name in LISTS},
        "counts": dict(plan.counts),  # records to add, by kind
        "added": [[line.row, line.text] for line in plan.added[:SHOWN]],
        "matched": [[line.row, line.text] for line in plan.matched[:SHOWN]],
        "skipped": [[line.row, line.text] for line in plan.skipped[:SHOWN]],
        "problems": [[p.row, p.column, p.message, p.part] for p in plan.problems[:SHOWN]],
    }


@login_required
def import_upload(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            text, encoding = read_file(upload.read())
            plan = plan_import(request.user, text, encoding)
        except FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            _forget(request)
            _sweep()
            token = secrets.token_urlsafe(16)
            _upload_path(token).write_text(text, encoding="utf-8")
            request.session[SESSION_KEY] = {
                "owner": request.user.pk,
                "name": upload.name,
                "encoding": encoding,
                "token": token,
                "preview": _shown(plan),
            }
            return redirect("records_import_preview")
    return render(request, "records/import.html", {"form": form, "nav": "account"})


def _preview(
    request: HttpRequest, pending: dict[str, Any], shown: dict[str, Any], status: int = 200
) -> HttpResponse:
    return render(
        request,
        "records/import_preview.html",
        {
            "plan": shown,
            "name": pending["name"],
            "token": pending["token"],
            "more": {name: max(0, shown["totals"][name] - SHOWN) for name in LISTS},
            "added": [Line(*line) for line in shown["added"]],
            "matched": [Line(*line) for line in shown["matched"]],
            "skipped": [Line(*line) for line in shown["skipped"]],
            "problems": [Problem(*problem) for problem in shown["problems"]],
            "nav": "account",
        },
        status=status,
    )


@login_required
def import_preview(request: AuthenticatedHttpRequest) -> HttpResponse:
    pending = _pending(request)
    if pending is None:
        messages.info(request, _("Choose a file to import first."))
        return redirect("records_import")
    return _preview(request, pending, pending["preview"])


@login_required
@require_POST
def import_confirm(request: AuthenticatedHttpRequest) -> HttpResponse:
    pending = _pending(request)
    if pending is None or not secrets.compare_digest(
        str(request.POST.get("token", "")), str(pending["token"])
    ):
        messages.error(request, _("That import is no longer waiting. Choose the file again."))
        return redirect("records_import")
    text = _upload_path(pending["token"]).read_text(encoding="utf-8")
    try:
        plan = apply_import(request.user, text, pending["encoding"])
    except FileProblem as problem:
        _forget(request)
        messages.error(request, str(problem))
        return redirect("records_import")
    if not plan.ok:
        pending["preview"] = _shown(plan)
        request.session[SESSION_KEY] = pending
        return _preview(request, pending, pending["preview"], status=400)
    _forget(request)
    messages.success(request, plan.summary(done=True))
    return redirect("records")


@login_required
@require_POST
def import_cancel(request: HttpRequest) -> HttpResponse:
    _forget(request)
    messages.info(request, _("Import cancelled. Nothing was added."))
    return redirect("records")


@login_required
def export_page(request: HttpRequest) -> HttpResponse:
    return render(request, "records/export.html", {"nav": "account"})


def _attachment(body: bytes | str, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _stem(request: AuthenticatedHttpRequest) -> str:
    return f"followup-{local_today(request.user).isoformat()}"


@login_required
def export_json(request: AuthenticatedHttpRequest) -> HttpResponse:
    body = exporting.export_json(request.user)
    return _attachment(body, "application/json; charset=utf-8", f"{_stem(request)}.json")


@login_required
def export_csv(request: AuthenticatedHttpRequest) -> HttpResponse:
    body = exporting.export_csv_zip(request.user)
    return _attachment(body, "application/zip", f"{_stem(request)}-csv.zip")


@login_required
def export_vcf(request: AuthenticatedHttpRequest) -> HttpResponse:
    body = exporting.export_vcards(request.user)
    return _attachment(body, "text/vcard; charset=utf-8", f"{_stem(request)}-people.vcf")
