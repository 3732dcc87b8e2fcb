"""Who may read whose records. Every view that shows a job seeker's records asks here."""

from __future__ import annotations

from django.http import Http404

from followup.accounts.models import Sharing, User


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
    client = User.objects.filter(pk=client_id, role="job-seeker").first()
    sharing = sharing_for(viewer, client) if client else None
    if client is None or sharing is None:
        raise Http404
    return client, sharing
