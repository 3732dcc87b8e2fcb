"""Digests that went out are recorded a few at a time, in one statement: each row gets its own
item count, and a digest whose lease ran out and that another worker took over and sent is
still reported as sent twice and keeps the other worker's record."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from followup.reminders.digests import LEASE, LEASES, claim, run_pass
from followup.reminders.models import Digest
from followup.web.mail import new_message_id

pytestmark = pytest.mark.django_db


def _digest(user: Any) -> Digest:
    return Digest.objects.create(
        user=user, day=timezone.localdate(), message_id=new_message_id("digest")
    )


def test_several_sends_recorded_together_keep_their_own_item_counts(
    clock: Any, seeker: Any, other_seeker: Any
) -> None:
    first, second = _digest(seeker), _digest(other_seeker)
    claims = [claim(first), claim(second)]
    assert None not in claims
    sent_at = timezone.now()
    twice = LEASES.mark_all_sent(
        [(claims[0], {"item_count": 2}), (claims[1], {"item_count": 5})],  # type: ignore[list-item]
        sent_at=sent_at,
        last_error="",
    )
    assert twice == []
    rows = {d.pk: d for d in Digest.objects.all()}
    assert [rows[first.pk].item_count, rows[second.pk].item_count] == [2, 5]
    assert {(d.state, d.sent_at, d.claimed_until) for d in rows.values()} == {
        ("sent", sent_at, None)
    }


def test_a_send_another_worker_recorded_first_is_reported_and_not_overwritten(
    due_seeker: Any, other_seeker: Any, mail: Any, clock: Any
) -> None:
    slow_digest = _digest(due_seeker)
    slow = claim(slow_digest)  # a worker whose SMTP exchange hangs past its lease
    clock.shift(LEASE + timedelta(seconds=1))
    assert run_pass().sent == 1  # another worker took the digest over and sent it
    sent_by_other = Digest.objects.get(pk=slow_digest.pk)
    mine = _digest(other_seeker)
    held = claim(mine)
    assert slow is not None and held is not None

    twice = LEASES.mark_all_sent(
        [(slow, {"item_count": 9}), (held, {"item_count": 3})],
        sent_at=timezone.now(),
        last_error="",
    )

    assert twice == [slow]
    again = Digest.objects.get(pk=slow_digest.pk)
    assert (again.state, again.item_count, again.attempts) == (
        "sent",
        sent_by_other.item_count,
        sent_by_other.attempts,
    )
    assert Digest.objects.get(pk=mine.pk).item_count == 3
