"""Names as people write them, in the headers of the emails Followup sends and of the .eml it
downloads: a comma, quotes, accents and other scripts stay one name and one address."""

from __future__ import annotations

from typing import Any

import pytest

from followup.notes.outbox import drain
from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db

NAMES = ["Lefebvre, Zoë", 'Zoë "Z" Lefebvre', "Siobhan O'Connor", "陈伟", "Zoë (she/her)"]


def _send(demo: Demo, smtp_server: Any) -> Any:
    demo.person.email = "siobhan.oconnor@example.org"
    demo.person.save()
    client = signed_in(demo, "owner")
    text = f"Subject: {demo.message.subject}\n\n{demo.message.body}"
    client.post(f"/messages/{demo.message.pk}/", {"text": text, "send": "1", "anyway": "1"})
    assert drain() == 1
    return smtp_server.messages()[0]


@pytest.mark.parametrize("name", NAMES)
def test_a_message_from_anyone_is_sent_with_their_name_to_reply_to(
    demo: Demo, smtp_server: Any, name: str
) -> None:
    demo.owner.name = name
    demo.owner.save()
    email = _send(demo, smtp_server)
    reply_to = email["Reply-To"].addresses
    assert [(a.display_name, a.addr_spec) for a in reply_to] == [(name, "zoe@example.org")]
    demo.message.refresh_from_db()
    assert demo.message.state == "sent"
