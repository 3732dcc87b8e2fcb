"""Reading what an employer said about when they will decide, and when to follow up.

First version: reads "N days/weeks" only; the full reader follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from followup.lib.businessdays import DEFAULT_PROVINCE, add_business_days

GRACE_BUSINESS_DAYS = 2
NO_DATE_BUSINESS_DAYS = 5


@dataclass(frozen=True)
class Timeline:
    decision_by: date | None
    follow_up_on: date
    assumed: bool
    explanation: str
    phrase: str


def follow_up_date(
    decision_by: date | None,
    interviewed_on: date,
    province: str = DEFAULT_PROVINCE,
    *,
    optional_holidays: bool = False,
) -> date:
    """The second business day after the decision date, or 5 business days after the interview
    when no decision date is known."""
    if decision_by is None:
        return add_business_days(interviewed_on, NO_DATE_BUSINESS_DAYS, province, optional_holidays)
    return add_business_days(decision_by, GRACE_BUSINESS_DAYS, province, optional_holidays)


def read_timeline(
    phrase: str,
    interviewed_on: date,
    province: str = DEFAULT_PROVINCE,
    *,
    optional_holidays: bool = False,
) -> Timeline:
    match = re.search(r"(\d+)\s+(day|week)s?", phrase.lower())
    decision_by = None
    if match:
        days = int(match.group(1)) * (7 if match.group(2) == "week" else 1)
        decision_by = interviewed_on + timedelta(days=days)
    follow_up_on = follow_up_date(
        decision_by, interviewed_on, province, optional_holidays=optional_holidays
    )
    explanation = (
        f"Decided by {decision_by}. Follow up on {follow_up_on}."
        if decision_by
        else f"They didn't say when they would decide; follow up on {follow_up_on}."
    )
    return Timeline(decision_by, follow_up_on, decision_by is None, explanation, phrase)
