"""A job seeker's full record for the export tests: everything they own, what counsellors did
around it, and another job seeker's records that must never leak into it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone


@pytest.fixture
def full_record(seeker: Any, interview_with_two: Any, other_seeker: Any, counsellor: Any) -> Any:
    """The seeker's interview with two people, a thank-you sent by email to one (a counsellor
    commented on its draft), a dismissed due item, a profile, two appointment requests (one
    arranged with the counsellor, one open at the Marmora office), reminder emails stopped, a
    calendar feed, and a counsellor's visit in the who-looked log."""
    from followup.caseload.models import AccessLog, AppointmentRequest, DraftComment
    from followup.due.loading import local_today
    from followup.interactions.models import Interaction
    from followup.jobsearch.models import Person
    from followup.notes.models import OutgoingEmail
    from followup.organisation.models import Office
    from followup.reminders.models import CalendarFeed, ReminderOptOut
    from followup.today.models import Mark

    now = timezone.now()
    today = local_today(seeker)
    siobhan = Person.objects.get(owner=seeker, name="Siobhan O'Connor")
    siobhan.email = "siobhan@example.org"
    siobhan.notes = "Prefers email; met at the job fair, 2026"
    siobhan.save()
    thanks = Interaction.objects.create(
        owner=seeker,
        kind="thank-you",
        state="sent",
        channel="email",
        occurred_on=today,
        interview=interview_with_two,
        application=interview_with_two.application,
        subject="Thank you",
        body="Dear Siobhan,\nThank you for your time.",
    )
    thanks.people.set([siobhan])
    OutgoingEmail.objects.create(
        message=thanks,
        state="sent",
        to_address="siobhan@example.org",
        header_message_id="<thanks.1@followup.example>",
        sent_at=now - timedelta(minutes=30),
    )
    DraftComment.objects.create(
        message=thanks,
        author=counsellor,
        text="Name the scheduling system you talked about.",
        created_at=now - timedelta(hours=1),
    )
    lukasz = Person.objects.get(owner=seeker, name="Łukasz Kowalski")
    Mark.objects.create(
        owner=seeker, key=f"thank-you:i{interview_with_two.pk}:p{lukasz.pk}", dismissed=True
    )
    seeker.phone = "613-555-0142"
    seeker.weekly_goal = 5
    seeker.save()
    arranged = AppointmentRequest.objects.create(
        client=seeker,
        counsellor=counsellor,
        times="Tuesday or Thursday mornings, not before 10",
        reason="Practise for my second interview",
        state="arranged",
        arranged_note="Thursday 10:30, Belleville office",
        arranged_by=counsellor,
        created_at=now - timedelta(days=5),
    )
    AppointmentRequest.objects.filter(pk=arranged.pk).update(updated_at=now - timedelta(days=4))
    AppointmentRequest.objects.create(
        client=seeker,
        office=Office.objects.get(name="Marmora Office"),
        times="Any afternoon",
        reason="Help with my résumé",
        created_at=now - timedelta(days=1),
    )
    ReminderOptOut.objects.create(user=seeker, created_at=now - timedelta(days=2))
    CalendarFeed.objects.create(user=seeker)
    AccessLog.objects.create(
        client=seeker,
        counsellor=counsellor,
        counsellor_name=counsellor.name,
        what="Client page",
        path=f"/clients/{seeker.pk}/",
        at=now - timedelta(hours=2),
    )
    _other_seekers_records(other_seeker, counsellor)
    return seeker


def _other_seekers_records(other: Any, counsellor: Any) -> None:
    from followup.caseload.models import AccessLog, AppointmentRequest, DraftComment
    from followup.interactions.models import Interaction
    from followup.jobsearch.models import Application
    from followup.jobsearch.services import employer_named
    from followup.organisation.models import Office

    Application.objects.create(
        owner=other, employer=employer_named(other, "Secret Corp"), role="Spy"
    )
    draft = Interaction.objects.create(
        owner=other,
        kind="thank-you",
        state="draft",
        occurred_on=timezone.localdate(),
        subject="Secret subject",
        body="Secret body",
    )
    DraftComment.objects.create(message=draft, author=counsellor, text="Secret comment")
    AppointmentRequest.objects.create(
        client=other,
        office=Office.objects.get(name="Belleville Office"),
        times="Secret times",
        reason="Secret reason",
    )
    AccessLog.objects.create(
        client=other,
        counsellor=counsellor,
        counsellor_name=counsellor.name,
        what="Secret look",
        path="/clients/secret/",
    )
