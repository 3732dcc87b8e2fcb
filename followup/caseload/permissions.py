"""Who may use which caseload page, the log of counsellors opening a client's records, and which
appointment requests a counsellor sees.

A counsellor sees an open appointment request when it is addressed to them, or when it is
addressed to an office and either the counsellor works at that office or the client is one of
their consenting clients. The job seeker is told this on the request form.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from followup.accounts.models import Role, Sharing, User
from followup.caseload.models import AccessLog, AppointmentRequest, RequestState


def signed_in(request: HttpRequest) -> User:
    user: User = request.user  # type: ignore[assignment]
    return user


def counsellor_of(request: HttpRequest) -> User:
    user = signed_in(request)
    if not user.is_counsellor:
        raise PermissionDenied
    return user


def job_seeker_of(request: HttpRequest) -> User:
    user = signed_in(request)
    if not user.is_job_seeker:
        raise PermissionDenied
    return user


def report_reader_of(request: HttpRequest) -> User:
    """Reports hold no personal data: counsellors and administrators read them."""
    user = signed_in(request)
    if user.role not in (Role.COUNSELLOR, Role.ADMIN):
        raise PermissionDenied
    return user


def log_access(counsellor: User, client: User, what: str, path: str) -> None:
    AccessLog.objects.create(
        client=client,
        counsellor=counsellor,
        counsellor_name=counsellor.name,
        what=what[:200],
        path=path[:300],
    )


def visible_requests(counsellor: User) -> QuerySet[AppointmentRequest]:
    consenting = Sharing.objects.filter(counsellor=counsellor, consented_at__isnull=False).values(
        "client_id"
    )
    at_office = Q(office__isnull=False) & Q(client__in=consenting)
    if counsellor.office_id is not None:
        at_office |= Q(office_id=counsellor.office_id)
    return AppointmentRequest.objects.filter(Q(counsellor=counsellor) | at_office)


def open_requests(counsellor: User) -> QuerySet[AppointmentRequest]:
    return (
        visible_requests(counsellor)
        .filter(state=RequestState.OPEN)
        .select_related("client", "office")
        .order_by("created_at", "pk")
    )
