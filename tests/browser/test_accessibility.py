"""axe on every main page, signed in as the demo's job seeker and counsellor: no serious or
critical violation, and nothing wider than a 360 px phone."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from followup.web.demo import DemoBuilder

from .conftest import sign_in

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


def serious(page: Any) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def check(page: Any, url: str) -> list[str]:
    page.goto(url)
    problems = [f"{url}: {p}" for p in serious(page)]
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > 360:
        problems.append(f"{url}: scrolls sideways on a phone ({width}px)")
    return problems


def test_the_job_seekers_pages_pass_axe_on_a_phone(phone: Any) -> None:
    DemoBuilder().build()
    sign_in(phone, "zoe@example.org", "demo-seeker-pass")
    phone.wait_for_url("**/")
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
