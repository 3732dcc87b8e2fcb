"""A believable demo, dated relative to now: whatever day it is built, the job seeker has a
thank-you, a follow-up and a keep-in-touch due, and a counsellor has three clients."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from followup.accounts.models import Role, Sharing, User
from followup.interactions.models import Channel, Interaction, State
from followup.jobsearch.models import (
    Application,
    Employer,
    Interview,
    Mode,
    Participant,
    Person,
    Status,
)
from followup.lib import records as r
from followup.lib.timeline import read_timeline
from followup.organisation.models import Organisation

ZONE = "America/Toronto"


@dataclass(frozen=True)
class Login:
    role: str
    email: str
    password: str


class DemoBuilder:
    def __init__(self, now: datetime | None = None) -> None:
        self.now = (now or timezone.now()).astimezone(ZoneInfo(ZONE))
        self.today = self.now.date()
        self.logins: list[Login] = []

    def user(self, email: str, name: str, role: str, password: str, **fields: object) -> User:
        user = User.objects.create_user(email, password, name=name, role=role, **fields)
        if role == Role.ADMIN:
            user.is_staff = user.is_superuser = True
            user.save()
        self.logins.append(Login(str(Role(role).label), email, password))
        return user

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(ZONE))

    @transaction.atomic
    def build(self) -> list[Login]:
        org = Organisation.current()
        office = org.offices.first()
        self.user("admin@example.org", "Dana Whitfield", Role.ADMIN, "demo-admin-pass")
        counsellor = self.user(
            "counsellor@example.org",
            "Maya Thompson",
            Role.COUNSELLOR,
            "demo-counsellor-pass",
            office=office,
        )
        seeker = self.user(
            "zoe@example.org",
            "Zoë Lefebvre",
            Role.JOB_SEEKER,
            "demo-seeker-pass",
            office=office,
            phone="613-555-0142",
            linkedin_url="https://www.linkedin.com/in/zoe-lefebvre-demo",
            weekly_goal=5,
        )
        self.job_search(seeker)
        Sharing.objects.create(
            client=seeker, counsellor=counsellor, consented_at=timezone.now(), share_notes=True
        )
        for email, name, password in [
            ("lukasz@example.org", "Łukasz Kowalski", "demo-client2-pass"),
            ("siobhan@example.org", "Siobhan O'Connor", "demo-client3-pass"),
        ]:
            client = self.user(email, name, Role.JOB_SEEKER, password, office=office)
            self.small_search(client, draft=email.startswith("lukasz"))
            Sharing.objects.create(
                client=client, counsellor=counsellor, consented_at=timezone.now()
            )
        return self.logins

    def job_search(self, owner: User) -> None:
        self.thank_you_due(owner)
        self.follow_up_due(owner)
        self.keep_in_touch_due(owner)
        self.rejection(owner)
        self.offer(owner)
        self.scheduled(owner)
        for days, employer, role, status in [
            (1, "Bay of Quinte Community Health", "Client Services Representative", Status.APPLIED),
            (3, "Trenton Logistics", "Dispatcher", Status.APPLIED),
            (40, "Marmora Hardware", "Sales Associate", Status.NO_RESPONSE),
            (25, "Loyalist Print Shop", "Customer Service Lead", Status.WITHDRAWN),
        ]:
            self.application(owner, employer, role, status, self.today - timedelta(days=days))

    def application(
        self,
        owner: User,
        employer: str,
        role: str,
        status: str,
        applied_on: date,
        status_changed_on: date | None = None,
    ) -> Application:
        company, _ = Employer.objects.get_or_create(owner=owner, name=employer)
        return Application.objects.create(
            owner=owner,
            employer=company,
            role=role,
            status=status,
            applied_on=applied_on,
            status_changed_on=status_changed_on or applied_on,
            posting_url=f"https://jobs.example.org/{role.lower().replace(' ', '-')}",
        )

    def interview(
        self,
        application: Application,
        starts_at: datetime,
        phrase: str = "",
        people: list[tuple[Person, str, str]] | None = None,
        **notes: str,
    ) -> Interview:
        interview = Interview.objects.create(
            application=application,
            starts_at=starts_at,
            timeline_phrase=phrase,
            mode=Mode.IN_PERSON,
            location="Belleville",
            **notes,
        )
        for person, role, talked in people or []:
            Participant.objects.create(interview=interview, person=person, role=role, notes=talked)
        return interview

    def person(
        self, owner: User, name: str, employer: Employer, title: str, **extra: object
    ) -> Person:
        return Person.objects.create(
            owner=owner, name=name, employer=employer, title=title, **extra
        )

    def met_and_thanked(
        self,
        application: Application,
        name: str,
        title: str,
        starts_at: datetime,
        phrase: str,
        talked: str = "",
        **person: object,
    ) -> tuple[Person, Interview]:
        """One interviewer met at `starts_at`, and the thank-you note sent to them that day."""
        owner = application.owner
        met = self.person(owner, name, application.employer, title, **person)
        interview = self.interview(application, starts_at, phrase, [(met, r.INTERVIEWER, talked)])
        self.sent(owner, r.THANK_YOU, starts_at.date(), [met], interview, "Thank-you note")
        return met, interview

    def thank_you_due(self, owner: User) -> None:
        app = self.application(
            owner,
            "Quinte Health",
            "Office Coordinator",
            Status.INTERVIEWING,
            self.today - timedelta(days=12),
        )
        # Ended two hours ago, whatever the time of day: the thank-you notes are due now.
        starts = self.now - timedelta(hours=3)
        siobhan = self.person(
            owner,
            "Siobhan O'Connor",
            app.employer,
            "Manager, Patient Services",
            email="siobhan.oconnor@example.org",
        )
        chen = self.person(owner, "陈伟", app.employer, "Team Lead", email="chen.wei@example.org")
        admin = self.person(owner, "Priya Natarajan", app.employer, "Administrative Assistant")
        self.interview(
            app,
            starts,
            "within two weeks",
            [
                (siobhan, r.INTERVIEWER, "the new patient scheduling system"),
                (chen, r.PANEL, "how the team handles the morning rush"),
                (admin, r.ADMIN_STAFF, "she arranged the parking pass and showed me in"),
            ],
            topics="Scheduling, front-desk volume, bilingual service",
            went_well="My example about reorganizing the filing system",
            forgot="my Microsoft Office Specialist certificate",
        )

    def follow_up_due(self, owner: User) -> None:
        phrase = "within two weeks"
        day = self.today - timedelta(days=14)
        # The latest interview day whose follow-up date has come: due today (or just before).
        while read_timeline(phrase, day).follow_up_on > self.today:
            day -= timedelta(days=1)
        app = self.application(
            owner,
            "Belleville Credit Union",
            "Member Service Representative",
            Status.INTERVIEWING,
            day - timedelta(days=10),
        )
        self.met_and_thanked(
            app,
            "Łukasz Nowak",
            "Branch Manager",
            self.at(day, 10),
            phrase,
            "the branch's new youth accounts",
            email="l.nowak@example.org",
            linkedin_url="https://www.linkedin.com/in/lukasz-nowak-demo",
        )

    def keep_in_touch_due(self, owner: User) -> None:
        # Last contact 95 days ago: a check-in is due (every 90 days), and stays due for days.
        met = self.today - timedelta(days=101)
        app = self.application(
            owner,
            "Hastings County",
            "Program Assistant",
            Status.NOT_SELECTED,
            met - timedelta(days=14),
            status_changed_on=met + timedelta(days=5),
        )
        person, interview = self.met_and_thanked(
            app,
            "Marie-Ève Tremblay",
            "Program Supervisor",
            self.at(met, 14),
            "by the end of next week",
            "volunteer coordination at the food bank",
            email="metremblay@example.org",
            notes="Suggested I apply again when the spring posting opens.",
        )
        self.sent(
            owner, r.REJECTION_REPLY, met + timedelta(days=6), [person], interview, "Gracious reply"
        )
        self.sent(owner, r.LINKEDIN, met + timedelta(days=1), [person], interview, "Connected")

    def rejection(self, owner: User) -> None:
        met = self.today - timedelta(days=10)
        app = self.application(
            owner,
            "Quinte West Library",
            "Library Technician",
            Status.NOT_SELECTED,
            met - timedelta(days=20),
            status_changed_on=self.today - timedelta(days=1),
        )
        self.met_and_thanked(
            app, "Graham Fitzgerald", "Head Librarian", self.at(met, 11), "a couple of days"
        )

    def offer(self, owner: User) -> None:
        met = self.today - timedelta(days=30)
        app = self.application(
            owner,
            "Moira River Outfitters",
            "Seasonal Guide",
            Status.OFFER,
            met - timedelta(days=14),
        )
        self.met_and_thanked(app, "Anika Bauer", "Owner", self.at(met, 9), "tomorrow")

    def scheduled(self, owner: User) -> None:
        app = self.application(
            owner,
            "Stirling Dental Care",
            "Receptionist",
            Status.INTERVIEWING,
            self.today - timedelta(days=6),
        )
        person = self.person(owner, "Dr. Farah Haddad", app.employer, "Dentist")
        self.interview(
            app, self.at(self.today + timedelta(days=3), 13), people=[(person, r.INTERVIEWER, "")]
        )

    def small_search(self, owner: User, draft: bool = False) -> None:
        """An interview two days ago whose thank-you is overdue; with `draft`, a thank-you
        started but not sent, for the counsellor to comment on."""
        app = self.application(
            owner,
            "Tweed Public Works",
            "Equipment Operator",
            Status.INTERVIEWING,
            self.today - timedelta(days=5),
        )
        person = self.person(owner, "Robert Lavigne", app.employer, "Supervisor")
        interview = self.interview(
            app,
            self.now - timedelta(days=2, hours=3),
            "in 10 business days",
            [(person, r.INTERVIEWER, "winter road maintenance")],
        )
        if draft:
            message = Interaction.objects.create(
                owner=owner,
                kind=r.THANK_YOU,
                state=State.DRAFT,
                occurred_on=self.today,
                interview=interview,
                application=app,
                subject="Thank you for the interview",
                body=(
                    "Dear Robert Lavigne,\n\nThank you for meeting me about the Equipment "
                    "Operator position. I enjoyed hearing about winter road maintenance.\n\n"
                    "Best regards,\n" + owner.name
                ),
                tone="warm",
            )
            message.people.add(person)

    def sent(
        self,
        owner: User,
        kind: str,
        day: date,
        people: list[Person],
        interview: Interview,
        summary: str,
    ) -> None:
        item = Interaction.objects.create(
            owner=owner,
            kind=kind,
            state=State.SENT,
            occurred_on=day,
            interview=interview,
            application=interview.application,
            summary=summary,
            channel=Channel.LINKEDIN if kind == r.LINKEDIN else Channel.EMAIL,
        )
        item.people.set(people)
