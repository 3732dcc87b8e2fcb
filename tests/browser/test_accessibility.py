"""axe on every main page, signed in as the demo's job seeker and counsellor: no serious or
critical violation, and nothing wider than a 360 px phone."""

from __future__ import annotations

from typing import Any

import pytest

from followup.demo.builder import DemoBuilder

from .conftest import check, sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEEKER_PAGES = [
    "/",
    "/applications/",
    "/applications/new/",
    "/interviews/new/",
    "/people/",
    "/interactions/new/",
    "/account/",
    "/help/",
]


def test_the_job_seekers_pages_pass_axe_on_a_phone(phone: Any) -> None:
    DemoBuilder().build()
    sign_in(phone, "zoe@example.org", "demo-seeker-pass")
    wait_for_today(phone)
    problems: list[str] = []
    for url in SEEKER_PAGES:
        problems += check(phone, url)
    for link in ["/applications/", "/people/"]:
        phone.goto(link)
        first = phone.locator("main li.card a").first.get_attribute("href")
        problems += check(phone, first)
    phone.goto("/")
    phone.get_by_role("link", name="Write it").first.click()
    phone.wait_for_url("**/messages/*/")
    problems += check(phone, phone.url)
    assert problems == []


def test_the_counsellors_pages_pass_axe_on_a_phone(phone: Any) -> None:
    DemoBuilder().build()
    sign_in(phone, "counsellor@example.org", "demo-counsellor-pass")
    phone.wait_for_url("**/clients/")
    problems = check(phone, "/clients/")
    first = phone.locator("main li.card a").first.get_attribute("href")
    problems += check(phone, first)
    problems += check(phone, "/invite/")
    assert problems == []


def test_the_sign_in_and_setup_pages_pass_axe(phone: Any) -> None:
    problems = check(phone, "/setup/")
    DemoBuilder().build()
    problems += check(phone, "/login/")
    problems += check(phone, "/register/")
    problems += check(phone, "/password/reset/")
    assert problems == []


CHOICES = """() => [...document.querySelectorAll('main [type=radio], main [type=checkbox]')]
  .filter(box => box.offsetParent !== null)
  .map(box => {
    const label = box.closest('label') || document.querySelector(`label[for="${box.id}"]`);
    const b = box.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(label);
    const words = [...range.getClientRects()].find(r => r.left >= b.right);
    return {name: label.innerText.trim(), size: Math.min(b.width, b.height),
            beside: !!words && words.top < b.bottom};
  })"""


def test_radio_buttons_and_checkboxes_are_tappable_and_beside_their_words(phone: Any) -> None:
    DemoBuilder().build()
    sign_in(phone, "zoe@example.org", "demo-seeker-pass")
    wait_for_today(phone)
    seen = 0
    for url in ["/appointments/", "/interactions/new/", "/interviews/new/", "/account/"]:
        phone.goto(url)
        for choice in phone.evaluate(CHOICES):
            seen += 1
            assert choice["size"] >= 20, f"{url}: '{choice['name']}' is too small to tap"
            assert choice["beside"], f"{url}: '{choice['name']}' is not beside its button"
    assert seen >= 8
