"""One reminder pass: each job seeker with something overdue or due today gets at most one digest
email a day, after 8:00 where they live.

How "at most one" holds, whatever the number of workers and whatever fails:
- a unique (user, day) row is created, already claimed with a lease, before the user is even
  planned (a batch of users in one statement); a worker that loses the race to create it leaves
  the user to the winner, so several workers share a pass; the row is deleted again when the
  plan finds nothing due, so that a later pass that day plans the user again;
- a row to retry is claimed with a compare-and-swap UPDATE, its lease and fencing token and the
  backoff after a failure are the worker's (`followup.worker.leases`, shared with the outbox);
- a worker killed after claiming leaves the row "sending" until the lease runs out, then any
  worker takes it over;
- an SMTP failure records the error and a retry time with exponential backoff;
- an unsent digest is superseded by the next day's;
- the Message-ID is chosen when the row is created and reused on every attempt, so the one
  window that cannot be closed (a crash after the SMTP server accepted the message, before the
  database recorded it) gives a duplicate that mail clients fold into one.

The SMTP conversation runs in a thread of its own (`Sender`), fed a few messages ahead, so the
pass plans and builds the next digests while the server answers; the pass's thread records
the outcomes as they come back, a few at a time in one statement (`RECORD_TOGETHER`), so that
window stays a few messages wide.
"""

from __future__ import annotations

import logging
import queue
import smtplib
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone, translation

from followup.accounts.clock import local_now, local_today
from followup.accounts.middleware import locale_of
from followup.accounts.models import Role, User
from followup.due import loading
from followup.due.loading import actions_for
from followup.due.present import Item, present
from followup.lib import records as r
from followup.lib.plan import due_actions
from followup.lib.plan.next_due import RECHECK_DAYS, next_due_on
from followup.organisation.models import Organisation
from followup.reminders import next_due
from followup.reminders.candidates import candidate_ids
from followup.reminders.emails import digest_message
from followup.reminders.models import Digest, DigestState, ReminderOptOut
from followup.web.mail import new_message_id
from followup.worker.leases import Claim, Leases, doubling

log = logging.getLogger(__name__)

SEND_FROM_HOUR = 8  # local time: nobody wants a to-do list at 3 in the morning
LEASE = timedelta(minutes=10)  # far longer than an SMTP exchange (EMAIL_TIMEOUT is 20 s)
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=1)
LEASES = Leases(
    Digest,
    lease=LEASE,
    schedule=doubling(FIRST_RETRY, LONGEST_RETRY),  # 1, 2, 4… minutes, at most an hour
    waiting=(DigestState.QUEUED, DigestState.FAILED),
    sending=DigestState.SENDING,
    sent=DigestState.SENT,
    retry_state=DigestState.FAILED,  # no last attempt: the next day's digest supersedes it
)
BATCH = 50  # users claimed, loaded and planned together (small enough for workers to share)
LAST_BATCH = 10  # the smallest, at the end of a pass (`batches`)
AHEAD = 4  # digests built and waiting for the SMTP thread
RECORD_TOGETHER = 4  # outcomes recorded in one statement (and at each batch's start)
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


def claim(digest: Digest) -> Claim | None:
    """This worker's claim on the digest, or None when another worker holds or sent it."""
    return LEASES.claim(digest.pk)


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
    return present([a for a in actions if a.window in r.DUE_NOW], names)


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


@dataclass(frozen=True)
class Outgoing:
    """A digest built and claimed, on its way to the SMTP thread."""

    claim: Claim
    message: EmailMessage
    items: int


NOT_TRIED = "not tried"  # the SMTP thread's outcome for a digest it skipped (the server is down)


class Sender:
    """The SMTP conversation in a thread of its own, `AHEAD` messages ahead of the pass. It only
    talks to the mail server: the outcomes (None when sent, the error, or `NOT_TRIED`) come
    back to the pass's thread, which records them in the database."""

    def __init__(self, mailer: Mailer, ahead: int = AHEAD) -> None:
        self.mailer = mailer
        self.todo: queue.Queue[Outgoing | None] = queue.Queue(maxsize=ahead)
        self.outcomes: queue.Queue[tuple[Outgoing, BaseException | str | None]] = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="followup-digest-smtp", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (outgoing := self.todo.get()) is not None:
            outcome: BaseException | str | None = NOT_TRIED
            if not self.mailer.down:
                try:
                    self.mailer.send(outgoing.message)
                    outcome = None
                except Exception as error:
                    outcome = error
            self.outcomes.put((outgoing, outcome))
        self.mailer.close()

    def send(self, outgoing: Outgoing) -> None:
        self.todo.put(outgoing)  # waits while the thread is `AHEAD` messages behind

    def done(self) -> list[tuple[Outgoing, BaseException | str | None]]:
        """The outcomes that came back so far."""
        found = []
        while True:
            try:
                found.append(self.outcomes.get_nowait())
            except queue.Empty:
                return found

    def finish(self) -> list[tuple[Outgoing, BaseException | str | None]]:
        """Wait for every message handed over; their outcomes."""
        self.todo.put(None)
        self.thread.join()
        return self.done()


def run_pass(*, any_hour: bool = False, dry_run: bool = False) -> PassReport:
    report = PassReport()
    mailer = Mailer()
    if dry_run:
        _new_digests(report, mailer, None, any_hour, dry_run)
        _pending_digests(report, mailer, None, dry_run)
        return report
    sender = Sender(mailer)
    try:
        _new_digests(report, mailer, sender, any_hour, dry_run)
        _pending_digests(report, mailer, sender, dry_run)
    finally:
        _record(report, sender.finish())
    return report


def _new_digests(
    report: PassReport, mailer: Mailer, sender: Sender | None, any_hour: bool, dry_run: bool
) -> None:
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
        for batch in batches(sorted(candidate_ids(in_zone, day))):
            if sender is None:
                due = plan_batch(report, batch, policy, now, remember=False)
                report.planned += [(user.email, len(items)) for user, items in due]
                continue
            if mailer.down:
                return
            _record(report, sender.done())
            _send_batch(report, sender, _claim(batch, day, now), policy, now, day)


def batches(ids: list[int]) -> list[list[int]]:
    """The users in batches that every worker takes in the same order (a batch another worker
    claimed first costs one INSERT), `BATCH` users each, then smaller and smaller towards the
    end (a quarter of what is left, at least `LAST_BATCH`), so that workers started together
    finish together instead of one waiting for another's last big batch."""
    found, start = [], 0
    while start < len(ids):
        size = max(LAST_BATCH, min(BATCH, (len(ids) - start) // 4))
        found.append(ids[start : start + size])
        start += size
    return found


def _claim(user_ids: list[int], day: date, now: datetime) -> dict[int, Digest]:
    """Make the day's digest rows for these users, already claimed by this worker, in one
    statement; the ones another worker made first are left to it. Claiming before planning is
    what lets several workers share a pass instead of all planning the same users."""
    claimed = LEASES.claimed_fields(now)
    rows = [
        Digest(user_id=user_id, day=day, message_id=new_message_id("digest"), **claimed)
        for user_id in user_ids
    ]
    Digest.objects.bulk_create(rows, ignore_conflicts=True)
    mine = Digest.objects.filter(
        user_id__in=user_ids, day=day, message_id__in=[row.message_id for row in rows]
    )
    return {digest.user_id: digest for digest in mine}


def load_many(users: Sequence[User]) -> loading.Loaded:
    """The users' records as the planner reads them (without when each last did something,
    which the digests do not show)."""
    return loading.load_many(users, activity=False)


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
    sender: Sender,
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
            .filter(LEASES.unheld(now))
            .update(state=DigestState.SUPERSEDED, claimed_until=None)
        )
    for position, (user, items) in enumerate(due):
        if sender.mailer.down:
            # Claimed but not tried: queued for the next pass.
            LEASES.release([Claim(claimed[u.pk].pk, 1) for u, _ in due[position:]])
            return
        digest = claimed[user.pk]
        _hand_over(report, sender, Claim(digest.pk, 1), user, items, digest.message_id)


def _hand_over(
    report: PassReport, sender: Sender, claim: Claim, user: User, items: list[Item], msgid: str
) -> None:
    """Build the digest and give it to the SMTP thread; record what came back meanwhile."""
    sender.send(Outgoing(claim, digest_message(user, items, msgid), len(items)))
    if sender.outcomes.qsize() >= RECORD_TOGETHER:
        _record(report, sender.done())


def _record(
    report: PassReport, outcomes: list[tuple[Outgoing, BaseException | str | None]]
) -> None:
    not_tried, sent = [], []
    for outgoing, outcome in outcomes:
        digest = outgoing.claim.pk
        if outcome is None:
            sent.append((outgoing.claim, {"item_count": outgoing.items}))
        elif outcome == NOT_TRIED:
            not_tried.append(outgoing.claim)
        else:
            log.warning("digest %s failed (attempt %d): %s", digest, outgoing.claim.token, outcome)
            LEASES.failed(outgoing.claim, f"{type(outcome).__name__}: {outcome}"[:2000])
            report.failed += 1
    for twice in LEASES.mark_all_sent(sent, sent_at=timezone.now(), last_error=""):
        log.warning("digest %s was sent by another worker too", twice.pk)
    report.sent += len(sent)
    LEASES.release(not_tried)


def _pending_digests(
    report: PassReport, mailer: Mailer, sender: Sender | None, dry_run: bool
) -> None:
    """Retries after a failure, digests whose worker died, and queued ones another worker made
    but has not claimed. One left from an earlier day is superseded: the new day's digest, made
    from 8:00 when something is due, replaces it, and no reminder goes out in the night."""
    now = timezone.now()
    pending = (
        Digest.objects.filter(LEASES.claimable(now))
        .select_related("user")
        .annotate(opted_out=Exists(ReminderOptOut.objects.filter(user=OuterRef("user_id"))))
        .order_by("next_attempt_at", "pk")
    )
    for digest in pending:
        if mailer.down and sender is not None:
            return
        user = digest.user
        stale = digest.day < local_today(user, now)
        opted_out = bool(getattr(digest, "opted_out", False))
        gone = opted_out or not user.is_active or user.role != Role.JOB_SEEKER
        if sender is None:
            if not (stale or gone):
                report.planned.append((user.email, digest.item_count))
            continue
        if stale:
            report.superseded += _close(digest, DigestState.SUPERSEDED)
        elif gone:
            report.cancelled += _close(digest, DigestState.CANCELLED)
        else:
            _retry(report, sender, digest)


def _close(digest: Digest, state: str) -> int:
    return (
        Digest.objects.filter(pk=digest.pk)
        .filter(LEASES.unheld(timezone.now()))
        .update(state=state, claimed_until=None)
    )


def _retry(report: PassReport, sender: Sender, digest: Digest) -> None:
    claimed = claim(digest)
    if claimed is None:
        return
    report.users_checked += 1
    items = due_items(digest.user)
    if not items:
        # Everything was done since: nothing to remind of.
        LEASES.done(claimed, DigestState.CANCELLED)
        report.cancelled += 1
        return
    report.users_due += 1
    _hand_over(report, sender, claimed, digest.user, items, digest.message_id)
