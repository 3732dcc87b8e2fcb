"""The pages of one application, one interview and one person, with what the layers above the
job search know of them: the messages (`followup.interactions`) and where the follow-ups stand
(`followup.due.outlook`); and deleting each with what goes with it
(`followup.interactions.deleting`). The lists and the forms are `followup.jobsearch.views`."""

from __future__ import annotations

from dataclasses import replace

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from followup.accounts.clock import local_today
from followup.accounts.requests import AuthenticatedHttpRequest
from followup.due.outlook import outlook_for, saved_reading
from followup.interactions import deleting
from followup.interactions.models import Interaction
from followup.jobsearch.forms import StatusForm
from followup.jobsearch.models import (
    Application,
    Interview,
    Participant,
    ParticipantRole,
    Person,
    Status,
)
from followup.jobsearch.plan_lines import decision_line
from followup.lib.plan.follow_ups import BOOKED, PLANNED


def _interviews_with_people() -> Prefetch:
    return Prefetch(
        "interviews",
        queryset=Interview.objects.prefetch_related(
            Prefetch("participants", queryset=Participant.objects.select_related("person"))
        ),
    )


@login_required
def application_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        Application.objects.select_related("employer").prefetch_related(_interviews_with_people()),
        pk=pk,
        owner=request.user,
    )
    interactions = (
        Interaction.objects.filter(application=application)
        .prefetch_related("people")
        .order_by("-occurred_on")
    )
    latest = next(iter(application.interviews.all()), None)
    people = [p for p in latest.participants.all()] if latest else []
    main = next(
        (p for p in people if p.role == ParticipantRole.INTERVIEWER), people[0] if people else None
    )
    return render(
        request,
        "details/application_detail.html",
        {
            "application": application,
            "outlook": outlook_for(request.user, application),
            "latest_interview": latest,
            "main_person": main.person if main else None,
            "interactions": interactions,
            "status_form": StatusForm(initial={"status": application.status}),
            "Status": Status,
            "nav": "applications",
        },
    )


@login_required
def interview_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(
        Interview.objects.select_related("application__employer").prefetch_related(
            Prefetch("participants", queryset=Participant.objects.select_related("person"))
        ),
        pk=pk,
        application__owner=request.user,
    )
    sent = Interaction.objects.filter(interview=interview).prefetch_related("people")
    owner = request.user
    outlook = outlook_for(owner, interview.application)
    # The application's plan follows its latest interview; an earlier one's is history.
    outlook = outlook if outlook and outlook.interview_id == interview.pk else None
    read = saved_reading(owner, interview.pk)
    reading = read[0] if read else None
    if read and reading and outlook:
        if outlook.line == reading.line:
            reading = replace(reading, line="")  # the plan is what was read: said once
        elif outlook.state not in (PLANNED, BOOKED):  # closed, answered, all sent
            line = decision_line(read[1], local_today(owner))
            reading = replace(reading, line=line, detail="")  # its explanation plans a follow-up
    return render(
        request,
        "details/interview_detail.html",
        {
            "interview": interview,
            "interactions": sent,
            "outlook": outlook,
            "reading": reading,
            "nav": "applications",
        },
    )


@login_required
def person_detail(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person.objects.select_related("employer"), pk=pk, owner=request.user)
    participations = person.participations.select_related(
        "interview__application__employer"
    ).order_by("-interview__starts_at")
    history = person.interactions.order_by("-occurred_on", "-created_at")
    return render(
        request,
        "details/person_detail.html",
        {
            "person": person,
            "participations": participations,
            "history": history,
            "nav": "people",
        },
    )


@login_required
def application_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(
        Application.objects.select_related("employer"), pk=pk, owner=request.user
    )
    return deleting.confirm(request, deleting.of_application(application), "applications")


@login_required
def interview_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    interview = get_object_or_404(
        Interview.objects.select_related("application__employer", "application__owner"),
        pk=pk,
        application__owner=request.user,
    )
    return deleting.confirm(request, deleting.of_interview(interview), "applications")


@login_required
def person_delete(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk, owner=request.user)
    return deleting.confirm(request, deleting.of_person(person), "people")
