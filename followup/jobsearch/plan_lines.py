"""The follow-up plan in words, the same on the interview form (as the person types), the
interview page, the application page and Today: "They decide by Friday 11 December · follow up
on Tuesday 15 December". The days come from `followup.lib.plan` (one function for them all);
this module only words them, translatably, with the days written by `followup.lib.dates`.
Where a saved application's follow-ups stand needs all the user's records: that is
`followup.due.outlook`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from followup.lib import plan as p
from followup.lib.dates import long_day
from followup.lib.plan.schedule import UNREAD
from followup.lib.records import InterviewRec, Policy
from followup.lib.timeline.explanations import render
from followup.organisation.models import Organisation
from followup.web.i18n import interface_lang


@dataclass(frozen=True)
class Reading:
    """How Followup reads the days after one interview, for the form and the interview page."""

    line: str  # "They decide by … · follow up on …"
    detail: str  # the reader's explanation, or what to do when it could not read
    unread: bool  # a phrase was given that Followup could not read
    by_hand: bool


def first_line(plan: p.FollowUpPlan, reference: date) -> str:
    """ "They decide by Friday 11 December · follow up on Tuesday 15 December"."""
    if plan.decision_by is None:
        return follow_up_label(1, plan.first_follow_up_on, reference)
    return _("They decide by %(decision)s · follow up on %(day)s") % {
        "decision": long_day(plan.decision_by, reference, interface_lang()),
        "day": long_day(plan.first_follow_up_on, reference, interface_lang()),
    }


def decision_line(plan: p.FollowUpPlan, reference: date) -> str:
    """ "They decide by Friday 11 December", or "" when no day was read: the reading alone, for
    an application whose follow-ups are over (closed, answered)."""
    if plan.decision_by is None:
        return ""
    return _("They decide by %(decision)s") % {
        "decision": long_day(plan.decision_by, reference, interface_lang())
    }


def follow_up_label(sequence: int, day: date, reference: date) -> str:
    """What a follow-up button says before its day: "Follow up on Tuesday 15 December"."""
    words = long_day(day, reference, interface_lang())
    if sequence == 1:
        return _("Follow up on %(day)s") % {"day": words}
    if sequence == 2:
        return _("Second follow-up on %(day)s") % {"day": words}
    if sequence == 3:
        return _("Third follow-up on %(day)s") % {"day": words}
    return _("Follow-up number %(n)d on %(day)s") % {"n": sequence, "day": words}


def next_line(plan: p.FollowUpPlan, reference: date) -> str:
    """The next follow-up: the first (with the decision day) or the second or third."""
    if plan.sequence == 1 or plan.follow_up_on is None:
        return first_line(plan, reference)
    return follow_up_label(plan.sequence, plan.follow_up_on, reference)


def reading_of(plan: p.FollowUpPlan, policy: Policy, reference: date) -> Reading:
    line = first_line(plan, reference)
    wait = policy.default_follow_up_business_days
    usual = ngettext(
        "the usual wait of %(n)d business day after the interview",
        "the usual wait of %(n)d business days after the interview",
        wait,
    ) % {"n": wait}
    if plan.by_hand:
        detail = _("You set this date yourself: it is used everywhere.")
    elif plan.reading == UNREAD:
        return Reading(
            _("Followup could not read this"),
            _(
                "Pick the date they gave below, or use the default wait: follow up on "
                "%(day)s (%(usual)s)."
            )
            % {
                "day": long_day(plan.first_follow_up_on, reference, interface_lang()),
                "usual": usual,
            },
            unread=True,
            by_hand=False,
        )
    elif plan.decision_by is None:
        detail = _("They gave no time frame, so Followup plans %(usual)s.") % {"usual": usual}
    else:
        detail = explanation(plan, policy)
    return Reading(line, detail, unread=False, by_hand=plan.by_hand)


def explanation(plan: p.FollowUpPlan, policy: Policy) -> str:
    """The reader's explanation in the interface's language: 'by the end of next week' read in
    English is explained in French on a French page."""
    timeline, lang = plan.timeline, interface_lang()
    if timeline.lang != lang and timeline.messages:
        return render(timeline.messages, plan.interviewed_on, lang, policy.province).strip()
    return timeline.explanation


def preview(
    day: date,
    phrase: str,
    decision_on: date | None,
    follow_up_on: date | None,
    today: date,
) -> Reading:
    """How Followup reads what was typed on the interview form, before it is saved."""
    policy = Organisation.current().policy()
    starts_at = timezone.make_aware(datetime.combine(day, time(12)))
    interview = InterviewRec(
        id=0,
        application_id=0,
        starts_at=starts_at,
        timeline_phrase=phrase,
        decision_on=decision_on,
        follow_up_on=follow_up_on,
    )
    return reading_of(p.follow_up_plan(interview, day, policy), policy, today)
