"""Pages of the job search: applications, interviews with their people, and people."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Max, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from followup.accounts.clock import local_today
from followup.accounts.models import User
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.jobsearch import finding
from followup.jobsearch.forms import (
    BY_HAND,
    ApplicationForm,
    InterviewForm,
    ParticipantFormSet,
    PeopleSearch,
    PersonForm,
    StatusForm,
)
from followup.jobsearch.models import (
    Application,
    Employer,
    Interview,
    ParticipantRole,
    Person,
)
from followup.jobsearch.plan_lines import Reading, preview
from followup.jobsearch.services import employer_named, save_interview, set_status
from followup.lib.dates import FIRST_DAY, LAST_DAY


def _suggestions(owner: User) -> dict[str, Any]:
    """Known employers, roles and people, offered as the user types."""
    return {
        "known_employers": Employer.objects.filter(owner=owner).values_list("name", flat=True),
        "known_roles": Application.objects.filter(owner=owner)
        .values_list("role", flat=True)
        .distinct(),
        "known_people": Person.objects.filter(owner=owner).select_related("employer"),
    }


@login_required
def application_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    owner = request.user
    search = finding.application_search(owner, request.GET)
    applications = (
        finding.applications_found(owner, search)
        .select_related("employer")
        .annotate(interview_count=Count("interviews"), last_interview=Max("interviews__starts_at"))
    )
    return render(
        request,
        "jobsearch/application_list.html",
        {
            "applications": applications,
            "search": search,
            "searching": finding.searching(request.GET, ("q", "status", "employer")),
            "total": Application.objects.filter(owner=owner).count(),
            "nav": "applications",
        },
    )


@login_required
def application_form(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    owner = request.user
    application = get_object_or_404(Application, pk=pk, owner=owner) if pk else None
    form = ApplicationForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.owner = owner
        saved.employer = employer_named(owner, form.cleaned_data["employer_name"])
        twin = None if application else _same_application(saved)
        if twin is None:
            saved.save()
        messages.success(request, _("Application saved."))
        return redirect("application", pk=(twin or saved).pk)
    context = {"form": form, "application": application, "nav": "applications"}
    return render(request, "jobsearch/application_form.html", context | _suggestions(owner))


def _same_application(new: Application) -> Application | None:
    """The one already saved for this job on that day: Save tapped twice, or the form sent
    again, must not count two applications towards the goal and the job-search record."""
    return Application.objects.filter(
        owner=new.owner,
        employer=new.employer,
        role__iexact=new.role.strip(),
        applied_on=new.applied_on,
    ).first()


@login_required
@require_POST
def application_status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    form = StatusForm(request.POST)
    if form.is_valid():
        set_status(application, form.cleaned_data["status"])
        messages.success(
            request, _("Status: %(status)s.") % {"status": application.get_status_display()}
        )
    return redirect("application", pk=pk)


def _participant_rows(interview: Interview | None) -> list[dict[str, Any]]:
    if interview is None:
        return [{"role": ParticipantRole.INTERVIEWER}]
    return [
        {
            "name": p.person.name,
            "role": p.role,
            "title": p.person.title,
            "email": p.person.email,
            "notes": p.notes,
        }
        for p in interview.participants.select_related("person")
    ] or [{"role": ParticipantRole.INTERVIEWER}]


@login_required
def interview_form(
    request: AuthenticatedHttpRequest, pk: int | None = None, application_pk: int | None = None
) -> HttpResponse:
    """Log or edit an interview and its people in one form. "Add another person" re-renders the
    form with one more row, keeping everything typed (works without JavaScript)."""
    owner = request.user
    interview = (
        get_object_or_404(
            Interview.objects.select_related("application__employer"),
            pk=pk,
            application__owner=owner,
        )
        if pk
        else None
    )
    initial: dict[str, Any] = {}
    if interview:
        initial = InterviewForm.initial_from(interview)
    elif application_pk:
        application = get_object_or_404(Application, pk=application_pk, owner=owner)
        initial = {
            "employer_name": application.employer.name,
            "role": application.role,
            "round": application.interviews.count() + 1,
        }
    if request.method == "POST":
        form = InterviewForm(request.POST)
        # The rows as they were, so that a name cleared to remove a person is told apart from
        # a new row whose name was forgotten.
        before = _participant_rows(interview)
        people = ParticipantFormSet(request.POST, prefix="people", initial=before)
        if "add_person" in request.POST:
            people = _with_extra_row(request.POST, before)
            form = InterviewForm(initial=request.POST.dict())
            return _render_interview_form(request, owner, form, people, interview, adding=True)
        if form.is_valid() and people.is_valid():
            rows = [f.cleaned_data for f in people.forms if f.has_person()]
            data = form.cleaned_data | {"time_known": form.time_known()}
            saved = save_interview(owner, data, form.starts_at(), rows, interview)
            messages.success(request, _("Interview saved."))
            return redirect("interview", pk=saved.pk)
    else:
        form = InterviewForm(initial={"day": local_today(owner)} | initial)
        people = ParticipantFormSet(prefix="people", initial=_participant_rows(interview))
    return _render_interview_form(request, owner, form, people, interview)


def _with_extra_row(data: Any, rows: list[dict[str, Any]]) -> Any:
    copy = data.copy()
    raw = copy.get("people-TOTAL_FORMS", "")
    total = int(raw) if raw.isdecimal() else 0  # a mangled page is not a server error
    if total < ParticipantFormSet.max_num:
        copy["people-TOTAL_FORMS"] = str(total + 1)
        copy[f"people-{total}-role"] = ParticipantRole.INTERVIEWER
    return ParticipantFormSet(copy, prefix="people", initial=rows)


def _render_interview_form(
    request: HttpRequest,
    owner: User,
    form: InterviewForm,
    people: Any,
    interview: Interview | None,
    adding: bool = False,
) -> HttpResponse:
    context = {
        "form": form,
        "people": people,
        "interview": interview,
        "adding": adding,
        "reading": _reading(owner, form.data if form.is_bound else form.initial),
        "nav": "applications",
    }
    return render(request, "jobsearch/interview_form.html", context | _suggestions(owner))


def _day(value: Any) -> date | None:
    """A day typed on the form; None when half-typed, mangled or outside 1900-2999."""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value or ""))
    except ValueError:
        return None
    return day if FIRST_DAY <= day <= LAST_DAY else None


def _reading(owner: User, data: Mapping[str, Any]) -> Reading:
    """How Followup reads the dates typed so far on the interview form."""
    today = local_today(owner)
    by_hand = data.get("days") == BY_HAND
    return preview(
        _day(data.get("day")) or today,
        str(data.get("timeline_phrase") or "")[:300],
        _day(data.get("decision_on")) if by_hand else None,
        _day(data.get("follow_up_on")) if by_hand else None,
        today,
    )


@login_required
def interview_reading(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The interview form's live reading of the dates (htmx), as the person types."""
    context = {"reading": _reading(request.user, request.GET)}
    return render(request, "jobsearch/_reading.html", context)


@login_required
def person_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    owner = request.user
    search = PeopleSearch(request.GET)
    people: QuerySet[Person] = (
        finding.people_found(owner, search)
        .select_related("employer")
        .annotate(last_contact=Max("interactions__occurred_on"))
    )
    return render(
        request,
        "jobsearch/person_list.html",
        {
            "people": people,
            "search": search,
            "searching": finding.searching(request.GET, ("q",)),
            "total": Person.objects.filter(owner=owner).count(),
            "nav": "people",
        },
    )


def _known_person(owner: User, data: dict[str, Any]) -> Person | None:
    """The owner's person with this name at this employer (or with this email), if any."""
    same_name = Person.objects.filter(owner=owner, name__iexact=" ".join(data["name"].split()))
    employer = data.get("employer_name", "").strip()
    if employer:
        same_name = same_name.filter(employer__name__iexact=employer)
    email = data.get("email", "")
    by_email = Person.objects.filter(owner=owner, email__iexact=email) if email else None
    return same_name.first() or (by_email.first() if by_email is not None else None)


@login_required
def person_form(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    owner = request.user
    person = get_object_or_404(Person, pk=pk, owner=owner) if pk else None
    form = PersonForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        if person is None and (known := _known_person(owner, form.cleaned_data)):
            # Save tapped twice, or someone already met: one person, not two.
            messages.info(request, _("%(name)s is already in your people.") % {"name": known})
            return redirect("person", pk=known.pk)
        saved = form.save(commit=False)
        saved.owner = owner
        name = form.cleaned_data.get("employer_name", "").strip()
        saved.employer = employer_named(owner, name) if name else None
        saved.save()
        messages.success(request, _("Saved."))
        return redirect("person", pk=saved.pk)
    context = {"form": form, "person": person, "nav": "people"}
    return render(request, "jobsearch/person_form.html", context | _suggestions(owner))
