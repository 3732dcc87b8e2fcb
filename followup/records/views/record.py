"""The job-search record: a page to print, and the same rows as CSV and PDF."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from followup.accounts.models import User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.due.loading import local_today
from followup.records import jobrecord
from followup.records.forms import RangeForm
from followup.records.pdf import record_pdf


def _range(request: HttpRequest, user: User) -> tuple[RangeForm, date, date] | RangeForm:
    """The chosen dates, or the form with its errors. Without dates: the last four weeks."""
    start, end = jobrecord.default_range(local_today(user))
    if "start" not in request.GET and "end" not in request.GET:
        return RangeForm(initial={"start": start, "end": end}), start, end
    form = RangeForm(request.GET)
    if not form.is_valid():
        return form
    return form, form.cleaned_data["start"], form.cleaned_data["end"]


@login_required
def job_record(request: AuthenticatedHttpRequest) -> HttpResponse:
    user = request.user
    chosen = _range(request, user)
    if isinstance(chosen, RangeForm):
        return render(request, "records/job_record.html", {"form": chosen}, status=400)
    form, start, end = chosen
    query = f"start={start.isoformat()}&end={end.isoformat()}"
    return render(
        request,
        "records/job_record.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "rows": jobrecord.activities(user, start, end),
            "headings": jobrecord.headings(),
            "query": query,
            "nav": "account",
        },
    )


def _download(request: AuthenticatedHttpRequest, kind: str) -> HttpResponse:
    user = request.user
    chosen = _range(request, user)
    if isinstance(chosen, RangeForm):
        return render(request, "records/job_record.html", {"form": chosen}, status=400)
    _form, start, end = chosen
    rows = jobrecord.activities(user, start, end)
    stem = jobrecord.file_stem(start, end)
    if kind == "pdf":
        body = record_pdf(user.name or user.email, start, end, rows, local_today(user))
        response = HttpResponse(body, content_type="application/pdf")
    else:
        response = HttpResponse(jobrecord.record_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{stem}.{kind}"'
    return response


@login_required
def job_record_csv(request: AuthenticatedHttpRequest) -> HttpResponse:
    return _download(request, "csv")


@login_required
def job_record_pdf(request: AuthenticatedHttpRequest) -> HttpResponse:
    return _download(request, "pdf")
