"""Fixtures for the caseload: a client who shares with a counsellor, a second counsellor with
no assignment, and small job searches made in a few lines."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone


@pytest.fixture
def sharing(seeker: Any, counsellor: Any) -> Any:
    from followup.accounts.models import Sharing

    return Sharing.objects.create(client=seeker, counsellor=counsellor, consented_at=timezone.now())


@pytest.fixture
def stranger(make_user: Any) -> Any:
    """A counsellor nobody is assigned to."""
    return make_user("sam@example.org", "Sam Okafor", role="counsellor")


@pytest.fixture
def unconsented(make_user: Any, seeker: Any) -> Any:
    """A counsellor assigned to the seeker, who has not agreed to share."""
    from followup.accounts.models import Sharing

    other = make_user("ari@example.org", "Ari Gold", role="counsellor")
    Sharing.objects.create(client=seeker, counsellor=other)
    return other


@pytest.fixture
def draft(seeker: Any, interview_with_two: Any) -> Any:
    from followup.interactions.models import Interaction

    message = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="draft",
        occurred_on=timezone.localdate(),
        interview=interview_with_two,
        application=interview_with_two.application,
        subject="Thank you",
        body="Dear Siobhan, thank you for your time.",
    )
    message.people.add(interview_with_two.participants.first().person)
    return message


def job_search(owner: Any, hours_ago: int = 30, employer: str = "Quinte Health") -> Any:
    """An application and an interview that ended `hours_ago` - 1 hours ago, one interviewer,
    no thank-you sent: past 24 hours, the thank-you is overdue."""
    from followup.jobsearch.models import Application, Employer, Interview, Participant, Person

    company = Employer.objects.create(owner=owner, name=employer)
    application = Application.objects.create(
        owner=owner,
        employer=company,
        role="Clerk",
        status="interviewing",
        applied_on=timezone.localdate() - timedelta(days=10),
    )
    interview = Interview.objects.create(
        application=application,
        starts_at=timezone.now() - timedelta(hours=hours_ago),
        timeline_phrase="within two weeks",
    )
    person = Person.objects.create(owner=owner, name=f"Interviewer of {owner.name}")
    Participant.objects.create(interview=interview, person=person, role="interviewer")
    return interview
