"""Where one application's follow-ups stand, and how one saved interview's days were read, for
the application and interview pages: the planner (`followup.lib.plan`) run over the user's
records as `loading` loads them, worded by `followup.jobsearch.plan_lines`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

from followup.accounts.clock import local_today
from followup.accounts.models import User
from followup.due.loading import load_records
from followup.jobsearch.models import Application
from followup.jobsearch.plan_lines import Reading, follow_up_label, next_line, reading_of
from followup.lib import plan as p
from followup.lib.plan.follow_ups import ALL_SENT, BOOKED, CLOSED, HEARD_BACK, PLANNED
from followup.organisation.models import Organisation


@dataclass(frozen=True)
class Outlook:
    """Where an application's follow-ups stand, in words, and whether one may be written now."""

    line: str
    state: str  # PLANNED, BOOKED, HEARD_BACK, ALL_SENT or CLOSED
    interview_id: int
    sequence: int
    follow_up_on: date | None
    due: bool  # a follow-up may be written today
    follow_up_label: str  # "Follow up on Tuesday 15 December": a button's words before the day

    @property
    def waiting(self) -> bool:
        """A follow-up is planned for a later day: say the day, offer nothing to write yet."""
        return self.state in (PLANNED, BOOKED) and self.follow_up_on is not None and not self.due


def outlook_for(user: User, application: Application) -> Outlook | None:
    """The application's follow-ups as the planner sees them; None without an interview."""
    records = load_records(user)
    policy = Organisation.current().policy()
    today = local_today(user)
    found = p.application_outlook(records, application.pk, today, now=timezone.now(), policy=policy)
    if found is None:
        return None
    plan = found.plan
    due = found.state == PLANNED and plan.follow_up_on is not None and plan.follow_up_on <= today
    return Outlook(
        line=_state_line(found, application, today),
        state=found.state,
        interview_id=found.meeting.interview.id,
        sequence=plan.sequence,
        follow_up_on=plan.follow_up_on,
        due=due,
        follow_up_label=follow_up_label(plan.sequence, plan.follow_up_on, today)
        if plan.follow_up_on
        else "",
    )


def saved_reading(user: User, interview_id: int) -> tuple[Reading, p.FollowUpPlan] | None:
    """How Followup read the saved interview (its own plan, as if no follow-up was sent)."""
    records = load_records(user)
    found = next((i for i in records.interviews if i.id == interview_id), None)
    if found is None:
        return None
    policy = Organisation.current().policy()
    day = found.starts_at.astimezone(ZoneInfo(records.time_zone)).date()
    plan = p.follow_up_plan(found, day, policy)
    return reading_of(plan, policy, local_today(user)), plan


def _state_line(found: p.ChainState, application: Application, today: date) -> str:
    if found.state == CLOSED:
        return _("%(status)s: no follow-up.") % {"status": application.get_status_display()}
    if found.state == HEARD_BACK:
        return _("They got back to you: no follow-up needed.")
    if found.state == ALL_SENT:
        return _("Every follow-up was sent: from now on, keep in touch.")
    return next_line(found.plan, today)
