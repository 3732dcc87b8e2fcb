"""A reminder pass plans each user's digest in the user's language: the items it hands the
email already say what is due and why in French for a French account, whatever the language
of the worker, so the email need not plan them again."""

from __future__ import annotations

from typing import Any

import awkward_moments
import pytest
from django.utils import timezone

from followup.organisation.models import Organisation
from followup.reminders.digests import PassReport, plan_batch

pytestmark = pytest.mark.django_db
clock = awkward_moments.clock_fixture()


def test_a_pass_plans_a_french_account_in_french_and_an_english_one_in_english(
    seeker: Any, other_seeker: Any, clock: Any, add_due_interview: Any
) -> None:
    seeker.language = "fr"
    seeker.save(update_fields=["language"])
    add_due_interview(seeker)
    add_due_interview(other_seeker, employer="Lakeshore Co-op")
    due = dict(
        plan_batch(
            PassReport(),
            [seeker.pk, other_seeker.pk],
            Organisation.current().policy(),
            timezone.now(),
        )
    )
    french = next(items for user, items in due.items() if user.pk == seeker.pk)
    english = next(items for user, items in due.items() if user.pk == other_seeker.pk)
    assert french[0].title.startswith("Mot de remerciement")
    assert french[0].action.reason.startswith("Vous avez rencontré")
    assert english[0].title.startswith("Thank-you note")
    assert english[0].action.reason.startswith("You met")
