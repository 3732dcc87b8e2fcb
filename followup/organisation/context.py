"""Template context: the organisation and its offices, for the footer and the Help page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from followup.organisation.models import Organisation


def organisation(request: HttpRequest) -> dict[str, Any]:
    if not hasattr(request, "_organisation"):
        request._organisation = Organisation.current()  # type: ignore[attr-defined]
    return {"organisation": request._organisation}  # type: ignore[attr-defined]
