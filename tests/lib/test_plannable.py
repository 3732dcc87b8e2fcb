"""Records as the planner can use them: a day outside 1900–2999 in any record is brought to the
range's nearest end and named; records inside the range come back as they are."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from followup.lib import records as r
from followup.lib.plannable import within_range

INSIDE = r.Records(
    applications=(r.ApplicationRec(1, "Acme", "Clerk", applied_on=date(2026, 3, 2)),),
    interviews=(
        r.InterviewRec(2, 1, datetime(2026, 3, 9, 14, tzinfo=UTC), follow_up_on=date(2026, 4, 1)),
    ),
    interactions=(r.InteractionRec(3, r.THANK_YOU, r.SENT, date(2026, 3, 9)),),
    marks=(r.ActionMark("thank-you:i2:p4", snoozed_until=date(2026, 3, 12)),),
)


def test_records_inside_the_range_come_back_as_they_are() -> None:
    records, changed = within_range(INSIDE)
    assert records is INSIDE and changed == []


@pytest.mark.parametrize(
    ("records", "named", "fixed"),
    [
        (
            replace(
                INSIDE, applications=(replace(INSIDE.applications[0], applied_on=date(1, 1, 1)),)
            ),
            "application 1",
            lambda rec: rec.applications[0].applied_on == date(1900, 1, 1),
        ),
        (
            replace(
                INSIDE,
                interviews=(
                    replace(INSIDE.interviews[0], starts_at=datetime(9999, 5, 1, 9, tzinfo=UTC)),
                ),
            ),
            "interview 2",
            lambda rec: rec.interviews[0].starts_at == datetime(2999, 12, 31, 9, tzinfo=UTC),
        ),
        (
            replace(
                INSIDE,
                interviews=(replace(INSIDE.interviews[0], decision_on=date(3500, 1, 1)),),
            ),
            "interview 2",
            lambda rec: rec.interviews[0].decision_on == date(2999, 12, 31),
        ),
        (
            replace(
                INSIDE,
                interactions=(replace(INSIDE.interactions[0], occurred_on=date(1899, 12, 31)),),
            ),
            "interaction 3",
            lambda rec: rec.interactions[0].occurred_on == date(1900, 1, 1),
        ),
        (
            replace(INSIDE, marks=(replace(INSIDE.marks[0], snoozed_until=date(9999, 1, 1)),)),
            "mark thank-you:i2:p4",
            lambda rec: rec.marks[0].snoozed_until == date(2999, 12, 31),
        ),
    ],
)
def test_a_day_outside_the_range_in_any_record_is_brought_in_and_named(
    records: r.Records, named: str, fixed: object
) -> None:
    result, changed = within_range(records)
    assert changed == [named]
    assert fixed(result)  # type: ignore[operator]
