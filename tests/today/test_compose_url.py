""" "Write it" opens the editor with the action's kind and records in the address, written as
`urlencode` writes them (the page's bytes stay the same)."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

import pytest

from followup.due.present import compose_url
from followup.lib import records as r

ACTIONS = [
    r.Action("k1", r.THANK_YOU, date(2026, 12, 1), r.TODAY, "", person_id=5, interview_id=7,
             application_id=3),
    r.Action("k2", r.THANK_YOU, date(2026, 12, 1), r.TODAY, "", person_id=5, interview_id=7,
             extra={"variant": r.ADMIN_VARIANT}),
    r.Action("k3", r.FOLLOW_UP, date(2026, 12, 1), r.OVERDUE, "", application_id=3,
             interview_id=12, sequence=2),
    r.Action("k4", r.KEEP_IN_TOUCH, date(2026, 12, 1), r.TODAY, "", person_id=9),
    r.Action("k5", r.LINKEDIN, date(2026, 12, 1), r.TODAY, "", person_id=9, interview_id=1,
             extra={"url": "https://www.linkedin.com/in/ana"}),
]  # fmt: skip


@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: a.key)
def test_the_editors_address_is_the_urlencoded_query(action: r.Action) -> None:
    query: dict[str, object] = {"kind": r.note_kind(action.kind, action.extra.get("variant", ""))}
    for name in ("interview", "application", "person"):
        if value := getattr(action, f"{name}_id"):
            query[name] = value
    if action.kind == r.FOLLOW_UP:
        query["sequence"] = action.sequence
    assert compose_url(action, "/write/") == "/write/?" + urlencode(query)
