"""The message editor with what a browser, a paste or a stale page may send: suggestions whose
offsets no longer fit the text, invisible characters, a subject pasted as a whole paragraph."""

from __future__ import annotations

import pytest

from tests.qa.conftest import Demo, signed_in

pytestmark = pytest.mark.django_db

TEXT = "Subject: Thank you\n\nDear Siobhan,\n\nThank you for your time."


def _save(demo: Demo, **data: str) -> tuple[int, str, str]:
    client = signed_in(demo, "owner")
    response = client.post(f"/messages/{demo.message.pk}/", {"text": TEXT} | data)
    demo.message.refresh_from_db()
    return response.status_code, demo.message.subject, demo.message.body


@pytest.mark.parametrize(
    "apply", ["5:2:x", "a:b:c", "0:9999:x", "9999:9999:x", "-1:3:x", "1", "::", "²:3:x"]
)
def test_a_suggestion_that_does_not_fit_the_text_leaves_it_as_typed(demo: Demo, apply: str) -> None:
    status, subject, body = _save(demo, apply=apply)
    assert status == 302
    assert (subject, body) == ("Thank you", "Dear Siobhan,\n\nThank you for your time.")


def test_a_suggestion_replaces_exactly_its_letters(demo: Demo) -> None:
    start = TEXT.index("Siobhan")
    _status, _subject, body = _save(demo, apply=f"{start}:{start + 7}:Siobhán")
    assert body.startswith("Dear Siobhán,")


def test_an_invisible_nul_character_pasted_into_the_text_is_dropped(demo: Demo) -> None:
    status, subject, body = _save(demo, text=TEXT.replace("Dear", "De\x00ar"))
    assert status == 302
    assert body == "Dear Siobhan,\n\nThank you for your time."


def test_a_suggestion_made_of_a_nul_character_is_dropped(demo: Demo) -> None:
    status, _subject, body = _save(demo, apply="0:0:\x00")
    assert status == 302
    assert "\x00" not in body


@pytest.mark.parametrize("method", ["save", "send", "regenerate", "eml", "mailto", "sent"])
def test_a_subject_too_long_to_keep_is_refused_beside_the_text_as_typed(
    demo: Demo, method: str
) -> None:
    typed = "Subject: " + "Thank you for the interview, " * 20 + "\n\nDear Siobhan,\n\nThanks."
    client = signed_in(demo, "owner")
    url = f"/messages/{demo.message.pk}/"
    if method == "sent":
        response = client.post(f"{url}sent/", {"text": typed, "sent_on": ""})
    else:
        response = client.post(url, {"text": typed, method: "1"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "The subject line is too long: at most 300 characters." in page
    assert 'aria-invalid="true"' in page
    assert response.context["text"] == typed
    demo.message.refresh_from_db()
    assert (demo.message.subject, demo.message.state) == ("Thank you", "draft")


def test_a_subject_of_300_characters_is_kept(demo: Demo) -> None:
    subject = "Ł" * 300
    status, saved, _body = _save(demo, text=f"Subject: {subject}\n\nDear Siobhan,")
    assert (status, saved) == (302, subject)


def test_text_typed_in_a_tab_left_open_after_sending_is_not_kept(demo: Demo) -> None:
    client = signed_in(demo, "owner")
    client.post(f"/messages/{demo.message.pk}/sent/", {"text": TEXT})
    for url, data in [
        ("autosave/", {"text": "Subject: Later\n\nChanged"}),
        ("sent/", {"text": "Subject: Later\n\nChanged"}),
        ("", {"text": "Subject: Later\n\nChanged", "save": "1"}),
    ]:
        client.post(f"/messages/{demo.message.pk}/{url}", data)
    demo.message.refresh_from_db()
    assert (demo.message.subject, demo.message.body) == (
        "Thank you",
        "Dear Siobhan,\n\nThank you for your time.",
    )


@pytest.mark.parametrize("text", ["\r\n\r\n", "Subject: \x00\n\nDear Siobhan,\x00", " \n \n"])
def test_text_of_blanks_and_invisible_characters_cannot_be_marked_sent(
    demo: Demo, text: str
) -> None:
    response = signed_in(demo, "owner").post(f"/messages/{demo.message.pk}/sent/", {"text": text})
    assert response.status_code == 400
    demo.message.refresh_from_db()
    assert demo.message.state == "draft"
