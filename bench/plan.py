"""How long the planner takes for a busy job seeker: 15 applications, 20 interviews,
40 people, 200 interactions and a few marks. Prints the median and 95th percentile, wall and
CPU, with the timeline readings and business days kept (as in a running server), read afresh,
and without the reasons' words (as the caseload plans).

Run: .venv/bin/python bench/plan.py
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.lib.businessdays import _add_business_days, holidays_of_year
from followup.lib.plan import due_actions
from followup.lib.plan.schedule import _read
from followup.lib.records import (
    ADMIN_STAFF,
    CALL,
    FOLLOW_UP,
    INTERVIEWER,
    INTERVIEWING,
    LINKEDIN,
    NOT_SELECTED,
    NOTE,
    OFFER,
    PANEL,
    REPLY_RECEIVED,
    THANK_YOU,
    ActionMark,
    ApplicationRec,
    InteractionRec,
    InterviewRec,
    ParticipantRec,
    PersonRec,
    Records,
)

TORONTO = ZoneInfo("America/Toronto")
TODAY = date(2027, 4, 14)
PHRASES = ("", "within two weeks", "by the end of next week", "in 10 business days", "soon")
KINDS = (THANK_YOU, FOLLOW_UP, LINKEDIN, CALL, REPLY_RECEIVED, NOTE)
RUNS = 500


def busy_user(seed: int = 7) -> Records:
    rng = random.Random(seed)
    statuses = [INTERVIEWING] * 10 + [NOT_SELECTED] * 3 + [OFFER] * 2
    applications = tuple(
        ApplicationRec(
            i,
            f"Employer {i}",
            f"Role {i}",
            status=status,
            applied_on=TODAY - timedelta(days=rng.randint(0, 120)),
            status_changed_on=TODAY - timedelta(days=rng.randint(0, 30)),
        )
        for i, status in enumerate(statuses, start=1)
    )
    people = tuple(
        PersonRec(
            i, f"Person {i}", f"Employer {i % 15 + 1}", keep_in_touch_days=(42, 90, 180)[i % 3]
        )
        for i in range(1, 41)
    )
    interviews = []
    for i in range(1, 21):
        start = datetime.combine(TODAY - timedelta(days=rng.randint(-10, 100)), datetime.min.time())
        roles = (INTERVIEWER, PANEL, ADMIN_STAFF)
        participants = tuple(
            ParticipantRec(rng.randint(1, 40), roles[j], notes="Talked about the team")
            for j in range(rng.randint(1, 3))
        )
        interviews.append(
            InterviewRec(
                i,
                rng.randint(1, 15),
                start.replace(hour=rng.randint(9, 16), tzinfo=TORONTO),
                60,
                rng.choice(PHRASES),
                participants,
            )
        )
    interactions = tuple(
        InteractionRec(
            i,
            rng.choice(KINDS),
            rng.choice(("sent", "done", "draft")),
            TODAY - timedelta(days=rng.randint(0, 100)),
            (rng.randint(1, 40),),
            rng.choice((None, rng.randint(1, 20))),
            rng.randint(1, 15),
        )
        for i in range(1, 201)
    )
    marks = (
        ActionMark("linkedin:p3", dismissed=True),
        ActionMark("rejection-reply:a12", kept=True),
    )
    return Records(applications, tuple(interviews), people, interactions, marks)


def main() -> None:
    records = busy_user()
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=12, tzinfo=TORONTO)
    actions = due_actions(records, TODAY, now=now)  # loads the holiday calendar once
    print(f"{len(actions)} actions; {RUNS} runs each")
    for label, fresh, worded in (
        ("readings kept", False, True),
        ("readings and business days afresh", True, True),
        ("readings kept, without words", False, False),
    ):
        timings, cpu = [], []
        for _ in range(RUNS):
            if fresh:
                _read.cache_clear()
                _add_business_days.cache_clear()
                holidays_of_year.cache_clear()
            started, used = time.perf_counter(), time.process_time()
            due_actions(records, TODAY, now=now, worded=worded)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
        print(
            f"{label}: median {statistics.median(timings):.3f} ms, p95 {p95(timings):.3f} ms; "
            f"cpu median {statistics.median(cpu):.3f} ms, p95 {p95(cpu):.3f} ms"
        )


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


if __name__ == "__main__":
    main()
