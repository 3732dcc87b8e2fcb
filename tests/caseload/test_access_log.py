"""The job seeker's "who looked at my records" page."""

from __future__ import annotations

import pytest
from django.test import Client

from followup.accounts.models import Sharing, User
from followup.interactions.models import Interaction

pytestmark = pytest.mark.django_db


def test_a_job_seeker_sees_who_opened_their_records_and_when(
    client: Client, seeker: User, counsellor: User, sharing: Sharing, draft: Interaction
) -> None:
    staff = Client()
    staff.force_login(counsellor)
    staff.get(f"/clients/{seeker.pk}/")
    staff.get(f"/clients/{seeker.pk}/messages/{draft.pk}/")
    client.force_login(seeker)
    html = client.get("/account/who-looked/").content.decode()
    assert html.count("Maya Thompson") == 2
    assert "Your records" in html and "A message: Thank-you note" in html


def test_the_log_is_empty_until_someone_looks_and_others_do_not_see_it(
    client: Client, seeker: User, other_seeker: User, counsellor: User, sharing: Sharing
) -> None:
    client.force_login(seeker)
    assert (
        "Nobody has opened your records yet." in client.get("/account/who-looked/").content.decode()
    )
    staff = Client()
    staff.force_login(counsellor)
    staff.get(f"/clients/{seeker.pk}/")
    client.force_login(other_seeker)
    assert "Maya Thompson" not in client.get("/account/who-looked/").content.decode()


def test_a_counsellor_who_is_refused_leaves_no_entry(
    client: Client, seeker: User, counsellor: User
) -> None:
    Sharing.objects.create(client=seeker, counsellor=counsellor)  # no consent
    staff = Client()
    staff.force_login(counsellor)
    assert staff.get(f"/clients/{seeker.pk}/").status_code == 404
    client.force_login(seeker)
    assert "Maya Thompson" not in client.get("/account/who-looked/").content.decode()
