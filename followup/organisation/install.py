"""What kind of install this is: an agency's, with staff, or one person's own job search.

Set-up records the choice in the first account: "for an organisation" makes an administrator,
"for my own job search" a job seeker. An install is one person's while that job seeker is its
only account (derived each time, so a counsellor, an administrator or a second job seeker added
later turns the agency's features on)."""

from __future__ import annotations

from django.http import HttpRequest

from followup.accounts.models import Role, User


def is_one_person() -> bool:
    """True while the only account is a job seeker's: nobody could answer an appointment request
    or be given a look at the records."""
    roles = list(User.objects.values_list("role", flat=True)[:2])
    return len(roles) <= 1 and all(role == Role.JOB_SEEKER for role in roles)


def one_person_install(request: HttpRequest) -> bool:
    """`is_one_person()`, asked at most once per request."""
    if not hasattr(request, "_one_person_install"):
        request._one_person_install = is_one_person()  # type: ignore[attr-defined]
    return bool(request._one_person_install)  # type: ignore[attr-defined]
