"""One reminder pass: each job seeker with something overdue or due today gets at most one digest
email a day, after 8:00 where they live.

How "at most one" holds, whatever the number of workers and whatever fails:
- a unique (user, day) row is created, already claimed with a lease, before the user is even
  planned (a batch of users in one statement); a worker that loses the race to create it leaves
  the user to the winner, so several workers share a pass; the row is deleted again when the
  plan finds nothing due, so that a later pass that day plans the user again;
- a row to retry is claimed with a compare-and-swap UPDATE (queued or failed and due for a
  retry, or sending with a lease that has run out) that proceeds only when exactly one row
  changed;
- a worker killed after claiming leaves the row "sending" until the lease runs out, then any
  worker takes it over;
- an SMTP failure records the error and a retry time with exponential backoff;
- an unsent digest is superseded by the next day's;
- the Message-ID is chosen when the row is created and reused on every attempt, so the one
  window that cannot be closed (a crash after the SMTP server accepted the message, before the
  database recorded it) gives a duplicate that mail clients fold into one.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone, translation

from followup.accounts.clock import local_now, local_today
from followup.accounts.middleware import locale_of
from followup.accounts.models import Role, User
from followup.due.loading import actions_for, load_many
from followup.due.present import Item, present
from followup.lib import records as r
from followup.lib.plan import due_actions
from followup.lib.plan.next_due import RECHECK_DAYS, next_due_on
from followup.organisation.models import Organisation
from followup.reminders import next_due
from followup.reminders.candidates import candidate_ids
from followup.reminders.emails import digest_message, new_message_id
from followup.reminders.models import Digest, DigestState, ReminderOptOut

log = logging.getLogger(__name__)

SEND_FROM_HOUR = 8  # local time: nobody wants a to-do list at 3 in the morning
LEASE = timedelta(minutes=10)  # far longer than an SMTP exchange (EMAIL_TIMEOUT is 20 s)
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)
BATCH = 100  # users claimed, loaded and planned together (small enough for workers to share)
DUE_WINDOWS = (r.OVERDUE, r.TODAY)
# Errors that say this one message was refused while the server itself is fine.
MESSAGE_ERRORS = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


@dataclass
class PassReport:
    users_checked: int = 0  # users whose plan was computed
    users_due: int = 0  # of those, users with something overdue or due today
    sent: int = 0
    failed: int = 0
    superseded: int = 0
    cancelled: int = 0
    planned: list[tuple[str, int]] = field(default_factory=list)  # dry run: (email, items)


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8… minutes after the 1st, 2nd, 3rd… failed attempt, at most an hour."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def claimable(now: datetime) -> Q:
    return Q(state__in=[DigestState.QUEUED, DigestState.FAILED], next_attempt_at__lte=now) | Q(
        state=DigestState.SENDING, claimed_until__lt=now
    )


def unsent(now: datetime) -> Q:
    """Not sent, and no worker holds a live claim on it."""
    return Q(state__in=[DigestState.QUEUED, DigestState.FAILED]) | Q(
        state=DigestState.SENDING, claimed_until__lt=now
    )


def claim(digest: Digest) -> bool:
    """Compare-and-swap: this worker sends the digest only if its UPDATE changed the row."""
    now = timezone.now()
    changed = (
        Digest.objects.filter(pk=digest.pk)
        .filter(claimable(now))
        .update(state=DigestState.SENDING, claimed_until=now + LEASE, attempts=F("attempts") + 1)
    )
    if changed != 1:
        return False
    # The row may have moved on since this worker read it: fence the final update on the
    # attempt number this claim set.
    digest.attempts = Digest.objects.values_list("attempts", flat=True).get(pk=digest.pk)
    return True


def eligible_users() -> QuerySet[User]:
    opted_out = ReminderOptOut.objects.filter(user=OuterRef("pk"))
    return User.objects.filter(role=Role.JOB_SEEKER, is_active=True).exclude(Exists(opted_out))


def due_items(user: User) -> list[Item]:
    """What the user's digest lists: the overdue and today's items of their Today page, worded
    in the user's language."""
    with translation.override(locale_of(user.language)):
        records, actions = actions_for(user)
        return _present_due(actions, records)


def plan_user(
    user: User, records: r.Records, policy: r.Policy, now: datetime
) -> tuple[list[Item], date]:
    """What `due_items` gives, from records loaded beforehand for a batch of users, worded in
    the user's language; and the first day they may have something due (today when they do)."""
    today = local_today(user, now)
    actions = due_actions(
        records, today, now=now, policy=policy, horizon_days=RECHECK_DAYS, lang=user.language
    )
    with translation.override(locale_of(user.language)):
        items = _present_due(actions, records)
    return items, next_due_on(records, actions, today, now)


def _present_due(actions: list[r.Action], records: r.Records) -> list[Item]:
    names = {person.id: person.name for person in records.people}
    return present([a for a in actions if a.window in DUE_WINDOWS], names)


class Mailer:
    """One SMTP connection for the pass. After a failure that says the server is unreachable,
    nothing more is tried in this pass: the other digests stay queued for the next one."""

    def __init__(self) -> None:
        self.connection = get_connection(fail_silently=False)
        self.is_open = False
        self.down = False

    def send(self, message: EmailMessage) -> None:
        reused = self.is_open
        try:
            self._send(message)
        except smtplib.SMTPServerDisconnected:
            # Servers drop idle connections, or cap the messages per connection: one fresh try.
            self.close()
            if not reused:
                self.down = True
                raise
            self.send(message)
        except Exception as error:
            self.close()
            if not isinstance(error, MESSAGE_ERRORS):
                self.down = True
            raise

    def _send(self, message: EmailMessage) -> None:
        if not self.is_open:
            self.connection.open()
            self.is_open = True
        message.connection = self.connection
        message.send()

    def close(self) -> None:
        if self.is_open:
            try:
                self.connection.close()
            except Exception:  # closing a broken connection may fail again; nothing to do
                log.debug("closing the SMTP connection failed", exc_info=True)
        self.is_open = False


def run_pass(*, any_hour: bool = False, dry_run: bool = False) -> PassReport:
    report = PassReport()
    mailer = Mailer()
    try:
        _new_digests(report, mailer, any_hour, dry_run)
        _pending_digests(report, mailer, dry_run)
    finally:
        mailer.close()
    return report


def _new_digests(report: PassReport, mailer: Mailer, any_hour: bool, dry_run: bool) -> None:
    """Users without a digest for their local today who have something due now."""
    now = timezone.now()
    policy = Organisation.current().policy()
    users = eligible_users()
    # The job seekers' zones, read without the other conditions (a scan of users alone).
    seekers = User.objects.filter(role=Role.JOB_SEEKER)
    zones = set(seekers.values_list("time_zone", flat=True).distinct().order_by())
    for zone in sorted(zones):
        here = local_now(zone, now)
        if here.hour < SEND_FROM_HOUR and not any_hour:
            continue
        day = here.date()
        has_digest = Digest.objects.filter(user=OuterRef("pk"), day=day)
        in_zone = users.filter(time_zone=zone).exclude(Exists(has_digest))
        ids = sorted(candidate_ids(in_zone, day))
        for start in range(0, len(ids), BATCH):
            if mailer.down and not dry_run:
                return
            batch = ids[start : start + BATCH]
            if dry_run:
                due = plan_batch(report, batch, policy, now, remember=False)
                report.planned += [(user.email, len(items)) for user, items in due]
            else:
                _send_batch(report, mailer, _claim(batch, day, now), policy, now, day)


def _claim(user_ids: list[int], day: date, now: datetime) -> dict[int, Digest]:
    """Make the day's digest rows for these users, already claimed by this worker, in one
    statement; the ones another worker made first are left to it. Claiming before planning is
    what lets several workers share a pass instead of all planning the same users."""
    rows = [
        Digest(
            user_id=user_id,
            day=day,
            message_id=new_message_id(),
            state=DigestState.SENDING,
            claimed_until=now + LEASE,
            attempts=1,
        )
        for user_id in user_ids
    ]
    Digest.objects.bulk_create(rows, ignore_conflicts=True)
    mine = Digest.objects.filter(
        user_id__in=user_ids, day=day, message_id__in=[row.message_id for row in rows]
    )
    return {digest.user_id: digest for digest in mine}


def plan_batch(
    report: PassReport, user_ids: list[int], policy: r.Policy, now: datetime, remember: bool = True
) -> list[tuple[User, list[Item]]]:
    """Plan these users from records loaded together; who has something due, with what. Each
    one's next due day is stored (unless `remember` is false), fenced on the versions read
    before loading, so the next passes skip them until then."""
    read = next_due.versions(user_ids) if remember else {}
    users = list(User.objects.filter(pk__in=user_ids).order_by("pk"))
    records = load_many(users).records
    due = []
    days: dict[int, date] = {}
    for user in users:
        report.users_checked += 1
        items, days[user.pk] = plan_user(user, records[user.pk], policy, now)
        if items:
            report.users_due += 1
            due.append((user, items))
    if remember:
        next_due.remember(days, read)
    return due


def _send_batch(
    report: PassReport,
    mailer: Mailer,
    claimed: dict[int, Digest],
    policy: r.Policy,
    now: datetime,
    day: date,
) -> None:
    if not claimed:
        return  # another worker has this batch
    due = plan_batch(report, list(claimed), policy, now)
    due_ids = {user.pk for user, _ in due}
    with transaction.atomic():
        # Nothing due after all: no row, so that a later pass today plans them again.
        Digest.objects.filter(
            pk__in=[d.pk for d in claimed.values() if d.user_id not in due_ids]
        ).delete()
        report.superseded += (
            Digest.objects.filter(user_id__in=due_ids, day__lt=day)
            .filter(unsent(now))
            .update(state=DigestState.SUPERSEDED, claimed_until=None)
        )
    for position, (user, items) in enumerate(due):
        if mailer.down:
            _release([claimed[u.pk] for u, _ in due[position:]])
            return
        _deliver(report, mailer, claimed[user.pk], user, items)


def _release(digests: list[Digest]) -> None:
    """Digests claimed but not tried (the mail server went down): queued for the next pass."""
    Digest.objects.filter(pk__in=[d.pk for d in digests], state=DigestState.SENDING).update(
        state=DigestState.QUEUED, claimed_until=None, attempts=0
    )


def _pending_digests(report: PassReport, mailer: Mailer, dry_run: bool) -> None:
    """Retries after a failure, digests whose worker died, and queued ones another worker made
    but has not claimed. One left from an earlier day is superseded: the new day's digest, made
    from 8:00 when something is due, replaces it, and no reminder goes out in the night."""
    now = timezone.now()
    pending = (
        Digest.objects.filter(claimable(now))
        .select_related("user")
        .annotate(opted_out=Exists(ReminderOptOut.objects.filter(user=OuterRef("user_id"))))
        .order_by("next_attempt_at", "pk")
    )
    for digest in pending:
        if mailer.down and not dry_run:
            return
        user = digest.user
        stale = digest.day < local_today(user, now)
        opted_out = bool(getattr(digest, "opted_out", False))
        gone = opted_out or not user.is_active or user.role != Role.JOB_SEEKER
        if dry_run:
            if not (stale or gone):
                report.planned.append((user.email, digest.item_count))
            continue
        if stale:
            report.superseded += _close(digest, DigestState.SUPERSEDED)
        elif gone:
            report.cancelled += _close(digest, DigestState.CANCELLED)
        else:
            _retry(report, mailer, digest)


def _close(digest: Digest, state: str) -> int:
    return (
        Digest.objects.filter(pk=digest.pk)
        .filter(unsent(timezone.now()))
        .update(state=state, claimed_until=None)
    )


def _retry(report: PassReport, mailer: Mailer, digest: Digest) -> None:
    if not claim(digest):
        return
    report.users_checked += 1
    items = due_items(digest.user)
    if not items:
        # Everything was done since: nothing to remind of.
        Digest.objects.filter(pk=digest.pk, state=DigestState.SENDING).update(
            state=DigestState.CANCELLED, claimed_until=None
        )
        report.cancelled += 1
        return
    report.users_due += 1
    _deliver(report, mailer, digest, digest.user, items)


def _deliver(
    report: PassReport, mailer: Mailer, digest: Digest, user: User, items: list[Item]
) -> None:
    mine = Digest.objects.filter(pk=digest.pk, state=DigestState.SENDING, attempts=digest.attempts)
    try:
        mailer.send(digest_message(user, items, digest.message_id))
    except Exception as error:
        log.warning("digest %s failed (attempt %d): %s", digest.pk, digest.attempts, error)
        mine.update(
            state=DigestState.FAILED,
            claimed_until=None,
            next_attempt_at=timezone.now() + backoff(digest.attempts),
            last_error=f"{type(error).__name__}: {error}"[:2000],
        )
        report.failed += 1
        return
    mine.update(
        state=DigestState.SENT,
        claimed_until=None,
        sent_at=timezone.now(),
        item_count=len(items),
        last_error="",
    )
    report.sent += 1
