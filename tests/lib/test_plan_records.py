"""The planner's records are made by a quicker `__init__` (`quick_init`) than the dataclass's:
they must take the same arguments, with the same defaults, and behave the same afterwards."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from followup.lib import records as r
from followup.lib.plan.facts import Meeting
from followup.lib.plan.follow_ups import Chain, ChainState
from followup.lib.plan.keep_in_touch import LastContact
from followup.lib.plan.schedule import FollowUpPlan

QUICK = [
    r.PersonRec,
    r.ParticipantRec,
    r.ApplicationRec,
    r.InterviewRec,
    r.InteractionRec,
    r.ActionMark,
    r.Records,
    r.Action,
    Meeting,
    FollowUpPlan,
    Chain,
    ChainState,
    LastContact,
]
DAY = date(2026, 3, 2)


@pytest.mark.parametrize("kind", QUICK, ids=lambda kind: kind.__name__)
def test_it_takes_the_fields_in_order_with_their_defaults(kind: type) -> None:
    fields = dataclasses.fields(kind)
    required = [
        f
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    values = {f.name: f"value of {f.name}" for f in required}
    made = kind(**values)
    positional = kind(*values.values())
    assert made == positional
    for f in fields:
        if f.name in values:
            assert getattr(made, f.name) == values[f.name]
        elif f.default is not dataclasses.MISSING:
            assert getattr(made, f.name) is f.default
        else:
            assert getattr(made, f.name) == f.default_factory()  # type: ignore[misc]
    with pytest.raises(TypeError):
        kind(*values.values(), *(None for _ in range(len(fields) - len(required) + 1)))
    if required:
        with pytest.raises(TypeError):
            kind()


def test_an_action_left_without_extra_gets_its_own_empty_one() -> None:
    first = r.Action("thank-you:i1:p2", r.THANK_YOU, DAY, r.TODAY, "")
    second = r.Action("thank-you:i1:p2", r.THANK_YOU, DAY, r.TODAY, "")
    assert first.extra == {} and first.extra is not second.extra
    given = {"variant": r.ADMIN_VARIANT}
    assert r.Action("k", r.THANK_YOU, DAY, r.TODAY, "", extra=given).extra is given


def test_records_stay_frozen_comparable_and_copyable() -> None:
    mark = r.ActionMark("follow-up:a1:i2:1", snoozed_until=DAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mark.dismissed = True  # type: ignore[misc]
    assert mark == r.ActionMark("follow-up:a1:i2:1", DAY)
    assert hash(mark) == hash(r.ActionMark("follow-up:a1:i2:1", DAY))
    assert dataclasses.replace(mark, kept=True) == r.ActionMark(
        "follow-up:a1:i2:1", DAY, False, True
    )
    assert pickle.loads(pickle.dumps(mark)) == mark
    assert repr(mark) == (
        "ActionMark(key='follow-up:a1:i2:1', snoozed_until=datetime.date(2026, 3, 2), "
        "dismissed=False, kept=False)"
    )


def test_a_field_it_cannot_pass_on_is_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class Computed:
        value: int
        twice: int = dataclasses.field(init=False, default=0)

    with pytest.raises(TypeError):
        r.quick_init(Computed)
