"""The demo's data set, with one of each kind of object a URL can name, and a client signed in
as each role: anonymous, the owner, another job seeker, a counsellor without consent, the
counsellor with consent, and the administrator."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

ROLES = [
    "anonymous",
    "owner",
    "other-seeker",
    "counsellor-without-consent",
    "counsellor-with-consent",
    "administrator",
]


@dataclass
class Demo:
    owner: Any
    other_seeker: Any
    counsellor: Any
    stranger: Any  # a counsellor assigned to the owner who has no consent
    admin: Any
    application: Any
    interview: Any
    person: Any
    message: Any
    sharing: Any
    appointment: Any
    feed_token: str
    unsubscribe_token: str

    def user_for(self, role: str) -> Any:
        return {
            "anonymous": None,
            "owner": self.owner,
            "other-seeker": self.other_seeker,
            "counsellor-without-consent": self.stranger,
            "counsellor-with-consent": self.counsellor,
            "administrator": self.admin,
        }[role]


@pytest.fixture
def demo(db: Any) -> Demo:
    from followup.accounts.models import Sharing, User
    from followup.caseload.models import AppointmentRequest
    from followup.demo.builder import DemoBuilder
    from followup.interactions.models import Interaction
    from followup.jobsearch.models import Interview
    from followup.reminders.links import unsubscribe_token
    from followup.reminders.models import CalendarFeed

    DemoBuilder().build()
    owner = User.objects.get(email="zoe@example.org")
    stranger = User.objects.create_user(
        "ari@example.org", "correct horse battery", name="Ari Gold", role="counsellor"
    )
    Sharing.objects.create(client=owner, counsellor=stranger)
    interview = (
        Interview.objects.filter(application__owner=owner, participants__isnull=False)
        .distinct()
        .first()
    )
    assert interview is not None
    message = Interaction.objects.create(
        owner=owner,
        kind="thank-you",
        state="draft",
        occurred_on=interview.starts_at.date(),
        interview=interview,
        application=interview.application,
        subject="Thank you",
        body="Dear Siobhan,\n\nThank you for your time.\n\nZoë",
    )
    person = interview.participants.earliest("pk").person
    message.people.add(person)
    appointment = AppointmentRequest.objects.create(
        client=owner,
        counsellor=User.objects.get(email="counsellor@example.org"),
        times="Mornings",
        reason="My résumé",
    )
    feed, _created = CalendarFeed.objects.get_or_create(user=owner)
    return Demo(
        owner=owner,
        other_seeker=User.objects.get(email="lukasz@example.org"),
        counsellor=User.objects.get(email="counsellor@example.org"),
        stranger=stranger,
        admin=User.objects.get(email="admin@example.org"),
        application=interview.application,
        interview=interview,
        person=person,
        message=message,
        sharing=Sharing.objects.get(client=owner, counsellor__email="counsellor@example.org"),
        appointment=appointment,
        feed_token=feed.token,
        unsubscribe_token=unsubscribe_token(owner.pk),
    )


def signed_in(demo: Demo, role: str) -> Client:
    client = Client(raise_request_exception=False)
    user = demo.user_for(role)
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def owner_client(demo: Demo) -> Client:
    return signed_in(demo, "owner")
