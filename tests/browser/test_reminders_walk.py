"""The reminder pages and the digest email in a real browser on a 360 px phone: axe finds no
serious problem and nothing scrolls sideways."""

from __future__ import annotations

from typing import Any

import pytest

from followup.demo.builder import DemoBuilder
from followup.reminders.links import unsubscribe_token

from .conftest import problems_here, sign_in, wait_for_today

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_reminder_pages_and_the_email_pass_axe_on_a_phone(phone: Any, settings: Any) -> None:
    from django.core import mail

    from followup.accounts.models import User
    from followup.reminders.digests import run_pass

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DemoBuilder().build()
    zoe = User.objects.get(email="zoe@example.org")
    problems: list[str] = []
    token = unsubscribe_token(zoe.pk)
    phone.goto(f"/reminders/unsubscribe/{token}/")
    problems += problems_here(phone, "unsubscribe")
    phone.get_by_role("button", name="Yes, stop the emails").click()
    phone.get_by_role("heading", name="Reminder emails stopped").wait_for()
    problems += problems_here(phone, "unsubscribed")
    phone.goto("/reminders/unsubscribe/broken/")
    problems += problems_here(phone, "bad link")
    sign_in(phone, "zoe@example.org", "demo-seeker-pass")
    wait_for_today(phone)
    phone.get_by_role("link", name="Reminder emails and your calendar").click()
    phone.get_by_role("heading", name="Reminders and calendar").wait_for()
    problems += problems_here(phone, "settings")
    phone.get_by_role("button", name="Send me reminder emails").click()
    phone.get_by_text("You will get a reminder email").wait_for()
    assert phone.get_by_label("Your private calendar link").input_value().endswith(".ics")
    run_pass(any_hour=True)
    [html] = [
        m.alternatives[0][0]  # type: ignore[union-attr]
        for m in mail.outbox
        if m.to == ["zoe@example.org"]
    ]
    phone.goto("about:blank")  # the site's CSP does not apply to an email
    phone.set_content(str(html))
    problems += problems_here(phone, "digest email")
    assert problems == []
