"""The reports CSV opens in a spreadsheet: an office name can never run as a formula there."""

from __future__ import annotations

import csv
import io

import pytest
from django.test import Client

from followup.accounts.models import User
from followup.organisation.models import Office, Organisation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name",
    ['=HYPERLINK("https://evil.example","Click")', "+1+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3"],
)
def test_a_formula_like_office_name_is_written_as_text(admin_user: User, name: str) -> None:
    Office.objects.create(name=name, organisation=Organisation.current())
    client = Client()
    client.force_login(admin_user)
    response = client.get("/reports/figures.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    offices = {row[0] for row in rows[1:]}
    assert "'" + name in offices
    assert name not in offices
