"""Deleting one record with what depends on it: an application (its interviews and the notes
about them), an interview (its notes), a person (the notes to them alone; they leave their
interviews) or a draft. A confirmation page says first what goes with it; only a POST deletes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Interview, Person
from followup.lib.dates import long_day
from followup.web.i18n import interface_lang


@dataclass
class Deletion:
    """What the confirmation page says, and what a POST deletes."""

    what: str  # "the interview of Monday 30 November for Office Coordinator at Quinte Health"
    back_url: str  # where "Keep it" goes
    done_url: str  # where the page goes once deleted
    delete: Callable[[], object]
    also: list[str] = field(default_factory=list)  # "2 interviews", "3 notes"
    remarks: list[str] = field(default_factory=list)  # what stays, in a sentence each


def _notes(count: int) -> str:
    return ngettext("%(n)d note", "%(n)d notes", count) % {"n": count}


def _interviews(count: int) -> str:
    return ngettext("%(n)d interview", "%(n)d interviews", count) % {"n": count}


def _delete_all(*querysets: QuerySet) -> Callable[[], None]:  # type: ignore[type-arg]
    def delete() -> None:
        with transaction.atomic():
            for queryset in querysets:
                queryset.delete()

    return delete


def of_application(application: Application) -> Deletion:
    interviews = Interview.objects.filter(application=application)
    notes = Interaction.objects.filter(
        Q(application=application) | Q(interview__application=application),
        owner=application.owner,
    )
    counts = [_interviews(interviews.count()), _notes(notes.count())]
    return Deletion(
        what=_("the application for %(role)s at %(employer)s")
        % {"role": application.role, "employer": application.employer.name},
        back_url=f"/applications/{application.pk}/",
        done_url="/applications/",
        delete=_delete_all(notes, Application.objects.filter(pk=application.pk)),
        also=[text for text in counts if not text.startswith("0 ")],
    )


def of_interview(interview: Interview) -> Deletion:
    notes = Interaction.objects.filter(interview=interview, owner=interview.application.owner)
    count = notes.count()
    return Deletion(
        what=_("the interview of %(day)s for %(role)s at %(employer)s")
        % {
            "day": long_day(
                timezone.localtime(interview.starts_at).date(),
                timezone.localdate(),
                interface_lang(),
            ),
            "role": interview.application.role,
            "employer": interview.application.employer.name,
        },
        back_url=f"/interviews/{interview.pk}/",
        done_url=f"/applications/{interview.application_id}/",
        delete=_delete_all(notes, Interview.objects.filter(pk=interview.pk)),
        also=[_notes(count)] if count else [],
        remarks=[_("The application and the people stay.")],
    )


def of_person(person: Person) -> Deletion:
    """Notes to this person alone go too; a note to several people stays, without them."""
    alone = (
        Interaction.objects.filter(owner=person.owner, people=person)
        .annotate(how_many=Count("people"))
        .filter(how_many=1)
    )
    ids = list(alone.values_list("pk", flat=True))
    taken_off = person.participations.count()
    remarks = []
    if taken_off:
        remarks.append(
            ngettext(
                "They are taken off %(n)d interview; the interview stays.",
                "They are taken off %(n)d interviews; the interviews stay.",
                taken_off,
            )
            % {"n": taken_off}
        )
    return Deletion(
        what=person.name,
        back_url=f"/people/{person.pk}/",
        done_url="/people/",
        delete=_delete_all(
            Interaction.objects.filter(pk__in=ids), Person.objects.filter(pk=person.pk)
        ),
        also=[_notes(len(ids))] if ids else [],
        remarks=remarks,
    )


def of_draft(message: Interaction) -> Deletion:
    return Deletion(
        what=_("this draft"),
        back_url=f"/messages/{message.pk}/",
        done_url="/",
        delete=_delete_all(Interaction.objects.filter(pk=message.pk)),
        remarks=[_("Today offers to write it again while it is due.")],
    )


def confirm(request: HttpRequest, deletion: Deletion, nav: str) -> HttpResponse:
    """GET: the confirmation page. POST: delete, say so, and go on."""
    if request.method == "POST":
        deletion.delete()
        messages.success(request, _("Deleted %(what)s.") % {"what": deletion.what})
        return redirect(deletion.done_url)
    also = ""
    if deletion.also:
        also = _("This also deletes %(list)s.") % {"list": get_text_list(deletion.also, _("and"))}
    return render(
        request,
        "interactions/confirm_delete.html",
        {"deletion": deletion, "also": also, "nav": nav},
    )
