"""Who may do and read what: every view that needs a role, or shows a job seeker's records to
someone else, asks here.

- A **job seeker** reads only their own records; a **counsellor** reads a client's only when
  the client is assigned to them *and* has consented (`sharing_for`, `client_for`).
- Reports hold no personal data: counsellors and administrators read them.
- A counsellor sees an open appointment request when it is addressed to them, or when it is
  addressed to an office and either the counsellor works at that office or the client is one
  of their consenting clients (`requests_seen_by`). The job seeker is told this on the request
  form.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest

from followup.accounts.models import Role, Sharing, User


def signed_in(request: HttpRequest) -> User:
    """The signed-in user, or 403 (the views' `@login_required` has sent anyone else to sign in)."""
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def counsellor_of(request: HttpRequest) -> User:
    """The signed-in counsellor, or 403."""
    user = signed_in(request)
    if not user.is_counsellor:
        raise PermissionDenied
    return user


def job_seeker_of(request: HttpRequest) -> User:
    """The signed-in job seeker, or 403."""
    user = signed_in(request)
    if not user.is_job_seeker:
        raise PermissionDenied
    return user


def report_reader_of(request: HttpRequest) -> User:
    """The signed-in counsellor or administrator, or 403."""
    user = signed_in(request)
    if not (user.is_counsellor or user.is_admin):
        raise PermissionDenied
    return user


def sharing_for(viewer: User, client: User) -> Sharing | None:
    """The consented sharing that lets `viewer` (a counsellor) read `client`'s records."""
    if not viewer.is_counsellor:
        return None
    return (
        Sharing.objects.filter(counsellor=viewer, client=client, consented_at__isnull=False)
        .select_related("client")
        .first()
    )


def client_for(viewer: User, client_id: int) -> tuple[User, Sharing]:
    """The client whose records `viewer` may read, or 404: a counsellor without consent learns
    nothing, not even that the client exists."""
    client = User.objects.filter(pk=client_id, role=Role.JOB_SEEKER).first()
    sharing = sharing_for(viewer, client) if client else None
    if client is None or sharing is None:
        raise Http404
    return client, sharing


def requests_seen_by(counsellor: User) -> Q:
    """The appointment requests `counsellor` sees, as a filter on `caseload.AppointmentRequest`."""
    consenting = Sharing.objects.filter(counsellor=counsellor, consented_at__isnull=False).values(
        "client_id"
    )
    at_office = Q(office__isnull=False) & Q(client__in=consenting)
    if counsellor.office_id is not None:
        at_office |= Q(office_id=counsellor.office_id)
    return Q(counsellor=counsellor) | at_office
