"""On a phone: the switch in the header turns the sign-in page into French; once signed in, the
account's language wins, and the switch turns every page into French and back; the French
pages pass the accessibility checks and fit a phone."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import problems_here, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_switch_turns_the_pages_to_french_and_back(phone: Any, make_user: Any) -> None:
    make_user("zoe@example.org", "Zoë Lefebvre")
    page = phone
    page.goto("/login/")
    assert page.locator("html").get_attribute("lang") == "en-CA"
    page.get_by_role("button", name="Français").click()
    page.wait_for_url("**/login/")
    assert page.locator("html").get_attribute("lang") == "fr-CA"

    page.get_by_label("Courriel").fill("zoe@example.org")
    page.get_by_label("Mot de passe").fill("correct horse battery")
    page.get_by_role("button", name="Se connecter").click()
    wait_for_today(page)
    # Signed in, the account's language (English) wins; the switch changes it.
    assert page.locator("html").get_attribute("lang") == "en-CA"
    page.get_by_role("button", name="Français").click()
    wait_for_today(page)
    assert page.get_by_role("link", name="Aujourd’hui").first.is_visible()
    page.get_by_role("link", name="Aide", exact=True).click()
    assert page.locator("html").get_attribute("lang") == "fr-CA"
    assert problems_here(page, "Help in French") == []

    page.get_by_role("button", name="English").click()
    page.wait_for_url("**/help/")
    assert page.locator("html").get_attribute("lang") == "en-CA"
    assert page.get_by_role("link", name="Offices and help").is_visible()
    page.reload()
    assert page.locator("html").get_attribute("lang") == "en-CA"
    assert page.console_errors == []
