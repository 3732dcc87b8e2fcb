"""Names as people write them, in the headers of the emails Followup sends and of the .eml it
downloads: a comma, quotes, accents and other scripts stay one name and one address."""

from __future__ import annotations

from email import message_from_bytes, policy
from typing import Any

import pytest

from followup.notes.outbox import drain
from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db

NAMES = ["Lefebvre, Zoë", 'Zoë "Z" Lefebvre', "Siobhan O'Connor", "陈伟", "Zoë (she/her)"]


def _send(demo: Demo, mail: Any) -> Any:
    demo.person.email = "siobhan.oconnor@example.org"
    demo.person.save()
    client = signed_in(demo, "owner")
    text = f"Subject: {demo.message.subject}\n\n{demo.message.body}"
    client.post(f"/messages/{demo.message.pk}/", {"text": text, "send": "1", "anyway": "1"})
    assert drain() == 1
    return mail.messages[0]


@pytest.mark.parametrize("name", NAMES)
def test_a_message_from_anyone_is_sent_with_their_name_to_reply_to(
    demo: Demo, mail: Any, name: str
) -> None:
    demo.owner.name = name
    demo.owner.save()
    email = _send(demo, mail)
    reply_to = email["Reply-To"].addresses
    assert [(a.display_name, a.addr_spec) for a in reply_to] == [(name, "zoe@example.org")]
    demo.message.refresh_from_db()
    assert demo.message.state == "sent"


def _eml(demo: Demo, name: str, address: str) -> Any:
    demo.person.name, demo.person.email = name, address
    demo.person.save()
    response = signed_in(demo, "owner").get(f"/messages/{demo.message.pk}/email.eml")
    assert response.status_code == 200
    return message_from_bytes(response.content, policy=policy.default)


@pytest.mark.parametrize("name", [*NAMES, "Siobhan\nO'Connor"])
def test_the_downloaded_email_is_addressed_to_the_person_by_name(demo: Demo, name: str) -> None:
    email = _eml(demo, name, "siobhan@example.org")
    to = email["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [
        (" ".join(name.split()), "siobhan@example.org")
    ]
    sender = email["From"].addresses
    assert [(a.display_name, a.addr_spec) for a in sender] == [("Zoë Lefebvre", "zoe@example.org")]


def test_an_accented_domain_is_written_as_mail_apps_read_it(demo: Demo) -> None:
    email = _eml(demo, "Zoë", "zoe@exämple.org")
    assert email["To"].addresses[0].addr_spec == "zoe@xn--exmple-cua.org"
