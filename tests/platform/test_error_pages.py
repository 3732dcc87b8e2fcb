"""Error pages keep the site's navigation and say what to do next."""

from __future__ import annotations

import pytest
from django.test import Client

from followup.accounts.models import User

pytestmark = pytest.mark.django_db


def test_a_missing_page_says_so_and_leads_back(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    response = client.get("/interviews/999999/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "We could not find that page" in html and 'href="/"' in html


def test_a_forbidden_page_says_so(client: Client, seeker: User) -> None:
    client.force_login(seeker)
    response = client.get("/clients/")
    assert response.status_code == 403
    assert "This page is not for your account" in response.content.decode()
