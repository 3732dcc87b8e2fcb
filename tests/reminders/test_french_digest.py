"""The daily digest in the account's language: a French job seeker's digest, sent by a real
reminder pass to a real SMTP server, is in French from its subject to why each item is due,
with days and times written the French way; an English one stays English in the same pass."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from followup.reminders.digests import run_pass

pytestmark = pytest.mark.django_db

ENGLISH = ("things to do today", "Thank-you note", "You met", "within 24 hours", "Stop these")


def parts(message: Any) -> dict[str, str]:
    return {
        part.get_content_type(): part.get_content()
        for part in message.walk()
        if not part.is_multipart()
    }


def test_a_french_account_gets_its_digest_in_french(
    seeker: Any, other_seeker: Any, clock: Any, mail: Any, add_due_interview: Any
) -> None:
    seeker.language = "fr"
    seeker.save(update_fields=["language"])
    add_due_interview(seeker)
    add_due_interview(other_seeker, employer="Lakeshore Co-op")
    assert run_pass().sent == 2
    [french] = mail.to("zoe@example.org")
    assert french["Subject"] == "Followup : 4 choses à faire aujourd’hui"
    assert french["Content-Language"] == "fr-ca"
    assert '<html lang="fr-CA">' in parts(french)["text/html"]
    for text in parts(french).values():
        assert "Mot de remerciement\u00a0: Siobhan O" in text
        assert "Vous avez rencontré Siobhan O" in text  # why it is due, worded in French
        assert "mercredi 10 février, 15 h 00" in text  # the thank-you's deadline
        assert "Mercredi 10 février" in text  # the digest's day
        assert "Arrêter ces courriels" in text
        for english in ENGLISH:
            assert english not in text
    [english] = mail.to("other@example.org")
    assert "4 things to do today" in english["Subject"]
    assert "You met Siobhan" in parts(english)["text/plain"]
    assert "Wednesday 10 February" in parts(english)["text/plain"]


def test_the_unsubscribe_link_opens_in_the_digests_language(due_seeker: Any, mail: Any) -> None:
    due_seeker.language = "fr"
    due_seeker.save(update_fields=["language"])
    run_pass()
    url = "".join(mail.messages[0]["List-Unsubscribe"].split()).strip("<>")
    path = url.removeprefix("https://followup.agency.example")
    browser = Client(HTTP_ACCEPT_LANGUAGE="en-CA,en;q=0.9")  # an English browser, no session
    asking = browser.get(path).content.decode()
    assert '<html lang="fr-CA">' in asking and "Arrêter les courriels de rappel?" in asking
    done = browser.post(path).content.decode()
    assert '<html lang="fr-CA">' in done and "<h1>Courriels de rappel arrêtés</h1>" in done
    browser.cookies["django_language"] = "en-ca"  # the visitor chose English on the page
    assert "Stop reminder emails?" in browser.get(path).content.decode()
