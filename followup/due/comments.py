"""A counsellor's comment on a draft, shown on the Today item the draft is for: only while the
comment is newer than the draft's last edit (a comment the client has worked on is no news)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from django.db.models import F

from followup.accounts.models import User
from followup.caseload.models import DraftComment
from followup.interactions.models import Interaction, State
from followup.lib import records as r


def commented_drafts(user: User, actions: Sequence[r.Action]) -> dict[str, int]:
    """The action key → the id of its draft with a new counsellor comment. Two queries."""
    rows = list(
        DraftComment.objects.filter(
            message__owner=user,
            message__state=State.DRAFT,
            created_at__gt=F("message__updated_at"),
        )
        .values_list(
            "message_id", "message__kind", "message__variant", "message__interview_id",
            "message__application_id", "message__sequence",
        )
        .distinct()
    )  # fmt: skip
    if not rows:
        return {}
    people: dict[int, set[int]] = defaultdict(set)
    for message_id, person_id in Interaction.people.through.objects.filter(
        interaction_id__in=[row[0] for row in rows]
    ).values_list("interaction_id", "person_id"):
        people[message_id].add(person_id)
    found: dict[str, int] = {}
    for action in actions:
        for message_id, kind, variant, interview_id, application_id, sequence in rows:
            if _concerns(action, kind, variant, interview_id, application_id, sequence) and (
                action.person_id is None or action.person_id in people[message_id]
            ):
                found[action.key] = message_id
                break
    return found


def _concerns(
    action: r.Action,
    kind: str,
    variant: str,
    interview_id: int | None,
    application_id: int | None,
    sequence: int,
) -> bool:
    """The draft is the one the item's "Write it" opens: same kind, same records."""
    if kind != action.kind or (action.kind == r.FOLLOW_UP and sequence != action.sequence):
        return False
    if (variant == r.ADMIN_VARIANT) != (action.extra.get("variant") == r.ADMIN_VARIANT):
        return False
    if action.interview_id is not None and interview_id != action.interview_id:
        return False
    return action.application_id is None or application_id in (None, action.application_id)
