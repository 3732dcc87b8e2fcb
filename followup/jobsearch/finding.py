"""Search and filters on Applications and People: each word typed must appear in one of the
record's fields (any order, any case); the filters narrow further. Read from the query string,
so a search can be bookmarked, shared and reloaded."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q, QuerySet
from django.http import QueryDict

from followup.accounts.models import User
from followup.jobsearch.forms import ApplicationSearch, PeopleSearch
from followup.jobsearch.models import Application, Employer, Person

APPLICATION_FIELDS = ("role", "employer__name", "notes")
PERSON_FIELDS = ("name", "title", "email", "employer__name", "notes")
MAX_WORDS = 10


def matching(words: str, fields: Sequence[str]) -> Q:
    """Every word in one of the fields."""
    query = Q()
    for word in words.split()[:MAX_WORDS]:
        either = Q()
        for name in fields:
            either |= Q(**{f"{name}__icontains": word})
        query &= either
    return query


def application_search(owner: User, data: QueryDict) -> ApplicationSearch:
    employers = list(
        Employer.objects.filter(owner=owner, application__isnull=False)
        .distinct()
        .order_by("name")
        .values_list("pk", "name")
    )
    form = ApplicationSearch(data, employers)
    form.is_valid()  # a bad value (an employer since deleted) is dropped, the rest still apply
    return form


def applications_found(owner: User, form: ApplicationSearch) -> QuerySet[Application]:
    found = Application.objects.filter(owner=owner)
    values = getattr(form, "cleaned_data", {})
    if values.get("q"):
        found = found.filter(matching(values["q"], APPLICATION_FIELDS))
    if values.get("status"):
        found = found.filter(status=values["status"])
    if values.get("employer"):
        found = found.filter(employer_id=values["employer"])
    return found


def people_found(owner: User, form: PeopleSearch) -> QuerySet[Person]:
    found = Person.objects.filter(owner=owner)
    if form.is_valid() and form.cleaned_data["q"]:
        found = found.filter(matching(form.cleaned_data["q"], PERSON_FIELDS))
    return found


def searching(data: QueryDict, names: Sequence[str]) -> bool:
    return any(data.get(name, "").strip() for name in names)
