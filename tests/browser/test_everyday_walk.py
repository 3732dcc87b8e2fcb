"""Everyday use in a real browser on a 360 × 740 phone: changing the password and signing in
with it, the error summary's links putting the cursor in the field, and axe on Today and the
Account page in the light and the dark theme."""

from __future__ import annotations

import re
from typing import Any

import pytest

from followup.demo.builder import DemoBuilder

from .conftest import check, problems_here, sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OLD = "correct horse battery"
NEW = "a brand new secret 77"


def focused_id(page: Any) -> str:
    return str(page.evaluate("document.activeElement.id"))


def test_change_the_password_then_sign_out_and_sign_in_with_it(phone: Any, seeker: Any) -> None:
    sign_in(phone, seeker.email, OLD)
    wait_for_today(phone)
    phone.goto("/account/")
    phone.get_by_role("link", name="Change your password").click()
    phone.wait_for_url("**/password/change/")
    phone.get_by_label("Old password").fill(OLD)
    phone.get_by_label(re.compile(r"^New password:?$")).fill(NEW)
    phone.get_by_label("New password confirmation").fill(NEW)
    phone.get_by_role("button", name="Change my password").click()
    phone.wait_for_url("**/account/")
    assert "Your password is changed." in phone.locator("main").inner_text()
    phone.get_by_role("button", name="Sign out").click()
    sign_in(phone, seeker.email, OLD)
    assert "/login/" in phone.url  # the old one no longer works
    sign_in(phone, seeker.email, NEW)
    wait_for_today(phone)
    assert phone.get_by_role("heading", level=1).count() == 1
    assert phone.console_errors == []


def test_the_error_summary_takes_focus_and_its_links_move_it_to_the_field(
    phone: Any, seeker: Any
) -> None:
    sign_in(phone, seeker.email, OLD)
    wait_for_today(phone)
    phone.goto("/account/")
    phone.get_by_label("Name").fill("")
    phone.get_by_label("Weekly goal").fill("-3")
    phone.get_by_role("button", name="Save", exact=True).click()
    summary = phone.get_by_role("alert")
    assert "There is a problem" in summary.inner_text()
    assert phone.evaluate("document.activeElement.dataset.errorSummary") is not None
    links = summary.get_by_role("link")
    assert links.count() == 2
    links.nth(1).click()
    assert focused_id(phone) == "id_weekly_goal"
    assert phone.locator("#id_weekly_goal").input_value() == "-3"  # what was typed is kept
    label_top = phone.locator("label[for=id_weekly_goal]").bounding_box()["y"]
    assert 0 <= label_top < 740  # the field's label is in view, not only the box
    links.nth(0).click()
    assert focused_id(phone) == "id_name"
    assert problems_here(phone, "account with errors") == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_today_and_the_account_page_pass_axe_in_each_theme(phone: Any, scheme: str) -> None:
    DemoBuilder().build()
    phone.emulate_media(color_scheme=scheme)
    sign_in(phone, "zoe@example.org", "demo-seeker-pass")
    wait_for_today(phone)
    background = phone.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background == "rgb(255, 255, 255)") is (scheme == "light")
    problems = check(phone, "/") + check(phone, "/account/")
    phone.get_by_label("Weekly goal").fill("-3")
    phone.get_by_role("button", name="Save", exact=True).click()
    problems += problems_here(phone, f"account with an error, {scheme}")
    assert problems == []


def test_set_up_shows_the_organisation_name_only_for_an_organisation(phone: Any) -> None:
    phone.goto("/setup/")
    name = phone.get_by_label("Organisation name")
    assert not name.is_visible()  # "for my own job search" is chosen at first
    phone.get_by_label("I run Followup for an organisation").check()
    assert name.is_visible()
    phone.get_by_label("I am using Followup for my own job search").check()
    assert not name.is_visible()
