"""Which users might have something due today: a cheap SQL prefilter, so that a reminder pass
runs the planner only for them and its cost grows with the users due, not with all records.

It must be a superset of the planner's answer (a user it leaves out gets no digest), so each
clause follows one rule of `followup.lib.plan` with a day of margin for time zones;
tests/reminders/test_candidates.py checks it against the planner itself.

- Thank-you and LinkedIn: an interview that started within the thank-you drop-off window.
- Kept items: a thank-you or rejection reply the user chose to keep past its drop-off.
- Follow-ups: an application still open with an interview already started (an active chain
  stays due, then overdue, until the user acts), unless it was surely chased as often as the
  policy allows since its latest interview.
- Rejection replies: "not selected" recently, or on an unknown day.
- Keeping in touch: a person to keep in touch with, met or contacted, and not contacted within
  their period.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import Exists, Max, OuterRef, Q, QuerySet

from followup.accounts.clock import local_today
from followup.accounts.models import User
from followup.interactions.models import Interaction, Kind, State
from followup.jobsearch.models import Application, Interview, Participant, Person, Status
from followup.lib import records as r
from followup.today.loading import in_chunks
from followup.today.models import Mark

MARGIN = timedelta(days=2)  # local day versus UTC, and interviews ending after midnight
# A rejection reply is on Today for 3 days, then overdue for 14 more (see follow_ups.py).
REJECTION_SHOWN_DAYS = 17


def candidate_ids(users: QuerySet[User], now: datetime, zone: str, policy: r.Policy) -> set[int]:
    """The ids among `users` (all in time zone `zone`) who may have something due at `now`."""
    today = local_today(zone, now)
    found: set[int] = set()
    for query in (
        _recent_interviews(users, now, policy),
        _kept_marks(users),
        _recent_rejections(users, today),
    ):
        found.update(query)
    found.update(_open_chains(users, now, policy))
    found.update(_keep_in_touch(users, now, today))
    return found


def _recent_interviews(users: QuerySet[User], now: datetime, policy: r.Policy) -> QuerySet:
    since = now - timedelta(days=policy.thank_you_drop_days) - MARGIN
    return (
        Interview.objects.filter(application__owner__in=users, starts_at__gte=since)
        .filter(starts_at__lte=now)
        .values_list("application__owner_id", flat=True)
        .distinct()
    )


def _kept_marks(users: QuerySet[User]) -> QuerySet:
    return Mark.objects.filter(owner__in=users, kept=True).values_list("owner_id", flat=True)


def _open_chains(users: QuerySet[User], now: datetime, policy: r.Policy) -> set[int]:
    started = Interview.objects.filter(application=OuterRef("pk"), starts_at__lte=now)
    owners = dict(
        Application.objects.filter(owner__in=users)
        .exclude(status__in=r.CLOSED_STATUSES)
        .filter(Exists(started))
        .values_list("pk", "owner_id")
    )
    done = _chased_enough(list(owners), policy)
    return {owner_id for pk, owner_id in owners.items() if pk not in done}


def _chased_enough(application_ids: list[int], policy: r.Policy) -> set[int]:
    """The applications with at least `policy.follow_ups` follow-ups sent, for sure, after their
    latest interview: their chain is over (the planner counts those on or after the interview's
    local day, which is never later than the day after its UTC day)."""
    latest: dict[int, date] = {}
    sent: Counter[int] = Counter()
    for chunk in in_chunks(application_ids):
        latest.update(
            (pk, starts_at.astimezone(UTC).date())
            for pk, starts_at in Interview.objects.filter(application_id__in=chunk)
            .values("application_id")
            .annotate(latest=Max("starts_at"))
            .values_list("application_id", "latest")
        )
        follow_ups = (
            Interaction.objects.filter(application_id__in=chunk, kind=Kind.FOLLOW_UP)
            .exclude(state=State.DRAFT)
            .values_list("application_id", "occurred_on")
        )
        sent.update(pk for pk, on in follow_ups if on > latest[pk])
    return {pk for pk, count in sent.items() if count >= policy.follow_ups}


def _recent_rejections(users: QuerySet[User], today: date) -> QuerySet:
    since = today - timedelta(days=REJECTION_SHOWN_DAYS) - MARGIN
    return (
        Application.objects.filter(owner__in=users, status=Status.NOT_SELECTED)
        .filter(Q(status_changed_on__isnull=True) | Q(status_changed_on__gte=since))
        .values_list("owner_id", flat=True)
        .distinct()
    )


def _keep_in_touch(users: QuerySet[User], now: datetime, today: date) -> set[int]:
    """People whose last contact is at least their period ago (or who may be): the period is
    per person, so one query per distinct period (42, 90, 180 days), and one per kind of contact
    (an interaction, an interview): an either-or condition would make the database test every
    person one by one instead of joining."""
    people = Person.objects.filter(owner__in=users, keep_in_touch_days__gt=0).order_by()
    periods = people.values_list("keep_in_touch_days", flat=True).distinct()
    counted = Interaction.objects.filter(people=OuterRef("pk")).exclude(state=State.DRAFT)
    met = Participant.objects.filter(person=OuterRef("pk"))
    found: set[int] = set()
    for days in set(periods):
        cutoff = today - timedelta(days=days)  # due when the last contact is on or before it
        # An interview starting after this moment surely took place after the cutoff day.
        met_after = datetime.combine(cutoff, time(), tzinfo=now.tzinfo) + MARGIN
        not_since = (
            people.filter(keep_in_touch_days=days)
            .exclude(Exists(counted.filter(occurred_on__gt=cutoff)))
            .exclude(Exists(met.filter(interview__starts_at__gt=met_after)))
        )
        for ever in (Exists(counted), Exists(met.filter(interview__starts_at__lte=now))):
            found.update(not_since.filter(ever).values_list("owner_id", flat=True).distinct())
    return found
