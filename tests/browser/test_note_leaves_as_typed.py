"""The note that leaves is the note on the screen: a sentence typed into a draft, without
pressing Save, is in the email-app link, the copied text, the .eml file and the kept record;
leaving the page before it is kept asks first."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from followup.interactions.models import Interaction
from followup.jobsearch.models import Person

from .conftest import PHONE, problems_here, sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SENTENCE = "Seeing the front desk at eight made the morning rush easy to picture."


def _open_siobhans_draft(page: Any) -> Any:
    siobhan = Person.objects.get(name="Siobhan O'Connor")
    sign_in(page, "zoe@example.org", "correct horse battery")
    wait_for_today(page)
    page.locator(f"a[href*='kind=thank-you'][href*='person={siobhan.pk}']").first.click()
    page.wait_for_url("**/messages/*/")
    return page.locator("#id_text")


def _with_sentence(text: str, sentence: str) -> str:
    """The draft with a sentence of one's own after the greeting."""
    head, greeting, rest = text.partition("Siobhan,\n\n")
    assert greeting, text
    return f"{head}{greeting}{sentence} {rest}"


def test_a_sentence_typed_without_saving_is_what_leaves_every_way(
    phone: Any, seeker: Any, interview_with_two: Any, live_server: Any
) -> None:
    Person.objects.filter(name="Siobhan O'Connor").update(email="siobhan@example.org")
    page = phone
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    editor = _open_siobhans_draft(page)
    pk = int(page.url.rstrip("/").rsplit("/", 1)[1])
    editor.fill(_with_sentence(editor.input_value(), SENTENCE))

    # No Save pressed: the link already holds the sentence.
    link = page.get_by_role("link", name="Open in my email app")
    href = link.get_attribute("href")
    assert href.startswith("mailto:siobhan@example.org?subject=")
    assert SENTENCE in unquote(href.split("&body=")[1])

    page.get_by_role("button", name="Copy the text").click()
    page.get_by_text("Copied the text").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert SENTENCE in copied and "Subject:" not in copied
    shown = editor.input_value()
    assert shown.startswith("Subject: ") and copied == shown.split("\n\n", 1)[1]

    with page.expect_download() as download:
        page.get_by_role("button", name="Download as email (.eml)").click()
    email = message_from_bytes(Path(download.value.path()).read_bytes(), policy=policy.default)
    assert email["To"] == "Siobhan O'Connor <siobhan@example.org>"
    assert SENTENCE in email.get_content() and "Subject:" not in email.get_content()

    # A second sentence, and at once Mark as sent: the record keeps what was on the screen.
    second = "The first-aid certificate is current until 2028."
    editor.fill(_with_sentence(editor.input_value(), second))
    page.get_by_role("button", name="Mark as sent").click()
    wait_for_today(page)
    kept = Interaction.objects.get(pk=pk)
    assert kept.state == "sent"
    assert SENTENCE in kept.body and second in kept.body
    assert kept.body == unquote(href.split("&body=")[1]).replace(SENTENCE, f"{second} {SENTENCE}")
    assert page.console_errors == []


def test_typing_is_kept_as_it_goes_and_leaving_early_asks_first(
    phone: Any, seeker: Any, interview_with_two: Any
) -> None:
    page = phone
    editor = _open_siobhans_draft(page)
    pk = int(page.url.rstrip("/").rsplit("/", 1)[1])
    checking = page.get_by_text("Checking…")
    assert not checking.is_visible()
    held: list[Any] = []

    def hold(route: Any) -> None:  # the checker's answer waits until let through
        held.append(route)

    saves: list[Any] = []

    def hold_save(route: Any) -> None:  # held: the text is not kept yet when we leave
        saves.append(route)

    page.route("**/autosave/", hold_save)
    page.route("**/check/", hold)
    editor.fill(_with_sentence(editor.input_value(), SENTENCE))
    checking.wait_for(state="visible")
    held[0].continue_()
    page.unroute("**/check/", hold)
    checking.wait_for(state="hidden")

    asked: list[str] = []

    def stay(dialog: Any) -> None:
        asked.append(dialog.type)
        dialog.dismiss()

    page.once("dialog", stay)
    page.get_by_role("link", name="Today").click()
    for _ in range(100):  # the browser asks once the click is handled: up to 10 s on a busy machine
        if asked:
            break
        page.wait_for_timeout(100)
    assert asked == ["beforeunload"]
    assert "/messages/" in page.url

    page.wait_for_timeout(1200)  # the save, typed-then-idle for a second, is on its way
    for route in saves:
        route.continue_()
    page.unroute("**/autosave/", hold_save)

    page.locator("#save-status").get_by_text("Saved").wait_for()
    assert SENTENCE in Interaction.objects.get(pk=pk).body
    assert problems_here(page, "the editor, text kept") == []
    page.get_by_role("link", name="Today").click()  # nothing left to lose: no question
    wait_for_today(page)
    page.go_back()
    assert SENTENCE in page.locator("#id_text").input_value()


def test_without_javascript_each_button_keeps_the_typed_text_then_uses_it(
    browser: Any, live_server: Any, seeker: Any, interview_with_two: Any
) -> None:
    Person.objects.filter(name="Siobhan O'Connor").update(email="siobhan@example.org")
    context = browser.new_context(
        viewport=PHONE, base_url=live_server.url, locale="en-CA", java_script_enabled=False
    )
    page = context.new_page()
    editor = _open_siobhans_draft(page)
    pk = int(page.url.rstrip("/").rsplit("/", 1)[1])
    assert page.get_by_role("button", name="Copy the text").count() == 0  # it needs a script

    editor.fill(_with_sentence(editor.input_value(), SENTENCE))
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name="Open in my email app").click()
    link = answer.value.headers["location"]
    assert link.startswith("mailto:siobhan@example.org?subject=")
    assert SENTENCE in unquote(link.split("&body=")[1])
    assert SENTENCE in Interaction.objects.get(pk=pk).body

    second = "The first-aid certificate is current until 2028."
    editor.fill(_with_sentence(editor.input_value(), second))
    with page.expect_download() as download:
        page.get_by_role("button", name="Download as email (.eml)").click()
    email = message_from_bytes(Path(download.value.path()).read_bytes(), policy=policy.default)
    assert second in email.get_content() and SENTENCE in email.get_content()

    third = "Thank you for the tour of the kitchen."
    editor.fill(_with_sentence(editor.input_value(), third))
    page.get_by_role("button", name="Mark as sent").click()
    wait_for_today(page)
    kept = Interaction.objects.get(pk=pk)
    assert kept.state == "sent" and third in kept.body and second in kept.body
    context.close()
