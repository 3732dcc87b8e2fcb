"""Template context: the organisation, for the footer and the Help page, and whether the install
is one person's own (agency-only features hide)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from followup.organisation.install import one_person_install
from followup.organisation.models import Organisation


def organisation(request: HttpRequest) -> dict[str, Any]:
    if not hasattr(request, "_organisation"):
        request._organisation = Organisation.current()  # type: ignore[attr-defined]
    return {
        "organisation": request._organisation,  # type: ignore[attr-defined]
        # a callable: a template asks (one query) only where an agency's feature would show
        "one_person_install": lambda: one_person_install(request),
    }
