"""The main menu follows the account's role: an administrator is offered Reports and the
administration, a counsellor Clients and Reports, a job seeker Today."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def menu(client: Client, user: Any) -> str:
    client.force_login(user)
    html = client.get("/account/").content.decode()
    return html.split('<nav aria-label="Main">', 1)[1].split("</nav>", 1)[0]


def test_an_administrator_is_offered_reports_and_the_administration(
    client: Client, admin_user: Any
) -> None:
    links = menu(client, admin_user)
    assert 'href="/reports/"' in links and 'href="/admin/"' in links
    assert 'href="/clients/"' not in links and 'href="/"' not in links


def test_a_counsellor_is_offered_clients_and_reports(client: Client, counsellor: Any) -> None:
    links = menu(client, counsellor)
    assert 'href="/clients/"' in links and 'href="/reports/"' in links
    assert 'href="/admin/"' not in links


def test_a_job_seeker_is_offered_today(client: Client, seeker: Any) -> None:
    links = menu(client, seeker)
    assert 'href="/"' in links
    assert 'href="/reports/"' not in links and 'href="/admin/"' not in links
