"""The checker's context from the records: the recipient's own employer is never "another
employer", even in a note that is not about an application."""

from __future__ import annotations

from datetime import date

import pytest

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Employer, Person
from followup.notes.checking import check_message

pytestmark = pytest.mark.django_db

TEXT = (
    "Hi Grace,\n\nI hope all is well at Summit Logistics. I finished my forklift course and "
    "thought of our talk about the new warehouse.\n\nBest regards,\nZoë Lefebvre"
)


def keep_in_touch(seeker: User, works_at: str) -> Interaction:
    for name in ("Summit Logistics", "Northwind Traders"):
        Employer.objects.create(owner=seeker, name=name)
    grace = Person.objects.create(
        owner=seeker, name="Grace Liu", employer=Employer.objects.get(name=works_at)
    )
    message = Interaction.objects.create(
        owner=seeker, kind="keep-in-touch", state="draft", occurred_on=date(2027, 3, 1)
    )
    message.people.set([grace])
    return message


def test_a_note_naming_the_recipients_own_employer_is_clean(seeker: User) -> None:
    message = keep_in_touch(seeker, works_at="Summit Logistics")
    assert [f.code for f in check_message(TEXT, message, seeker) if f.code == "wrong-company"] == []


def test_a_note_naming_another_employer_is_flagged(seeker: User) -> None:
    message = keep_in_touch(seeker, works_at="Northwind Traders")
    found = [f.text for f in check_message(TEXT, message, seeker) if f.code == "wrong-company"]
    assert found == ["Summit Logistics"]
