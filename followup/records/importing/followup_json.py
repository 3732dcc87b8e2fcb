"""Importing a Followup JSON export (see `exporting`): every record checked with the models' own
rules, matched to what the account already holds so that importing twice adds nothing, and
made with new ids.

Reads versions 1 and 2. What an export holds for the user's information only (message delivery,
"about_you") is never imported: those records are other people's account of the user."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.db.models import Model
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from followup.accounts.models import Role, User
from followup.caseload.models import AppointmentRequest
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Employer, Interview, Participant, Person
from followup.lib.tabular import FOLLOWUP_JSON
from followup.organisation.models import Office
from followup.records import exporting as ex
from followup.records.importing.matching import (
    Employers,
    Ref,
    blanks_filled,
    squash_name,
    squash_url,
)
from followup.records.importing.plan import FileProblem, Line, Plan, Problem, model_problems
from followup.reminders.models import ReminderOptOut
from followup.today.models import Mark

# The lists of records an export holds, in the order they are planned (parents first).
RECORD_LISTS = (
    "employers",
    "people",
    "applications",
    "interviews",
    "interactions",
    "marks",
    "appointment_requests",
)
LABELS: dict[str, Callable[[], str]] = {
    "employers": lambda: _("Employer"),
    "people": lambda: _("Person"),
    "applications": lambda: _("Application"),
    "interviews": lambda: _("Interview"),
    "interactions": lambda: _("Message or interaction"),
    "marks": lambda: _("Choice on Today"),
    "appointment_requests": lambda: _("Appointment request"),
    "reminders": lambda: _("Reminder emails"),
}
PERSON_DETAILS = ("title", "email", "phone", "linkedin_url", "notes")


def read_document(text: str) -> dict[str, Any]:
    """The export's JSON document; FileProblem when the text is not a Followup export."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise FileProblem(
            _("This JSON file cannot be read: line %(line)s, column %(column)s: %(error)s.")
            % {"line": error.lineno, "column": error.colno, "error": error.msg}
        ) from None
    except RecursionError:
        raise FileProblem(
            _("This JSON file is nested too deeply to be a Followup export.")
        ) from None
    except ValueError:  # a number of thousands of digits
        raise FileProblem(
            _("This JSON file has a number too long to be a Followup export.")
        ) from None
    if not isinstance(document, dict) or document.get("format") != "followup-export":
        raise FileProblem(_("This JSON file is not a Followup export."))
    return document


def plan_json(owner: User, document: dict[str, Any]) -> Plan:
    _check_version(document)
    lists = {kind: _list(document, kind) for kind in RECORD_LISTS}
    planner = JsonPlanner(owner, lists, document.get("profile"), document.get("reminders"))
    plan = planner.plan()
    if _has_about_you(document.get("about_you")):
        plan.skipped.append(
            Line(None, _("What counsellors wrote and who looked: kept in the file, not imported."))
        )
    return plan


def _has_about_you(section: object) -> bool:
    return isinstance(section, dict) and any(
        isinstance(value, list) and value for value in section.values()
    )


def _check_version(document: dict[str, Any]) -> None:
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise FileProblem(_("This Followup export has no version number."))
    if version > ex.VERSION:
        raise FileProblem(
            _("This export was made by a newer Followup (format version %(version)s).")
            % {"version": version}
        )


def _list(document: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    items = document.get(kind, [])
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise FileProblem(
            _("In this export, “%(kind)s” is not a list of records.") % {"kind": kind}
        )
    return items


def _pick(item: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {name: item[name] for name in names if name in item and item[name] is not None}


class JsonPlanner:
    def __init__(
        self,
        owner: User,
        lists: dict[str, list[dict[str, Any]]],
        profile: object,
        reminders: object = None,
    ) -> None:
        self.owner = owner
        self.lists = lists
        self.profile = profile if isinstance(profile, dict) else {}
        self.reminders = reminders
        self.out = Plan(kind=FOLLOWUP_JSON)
        self.employers: dict[object, Ref[Employer]] = {}
        self.employer_names: dict[object, str] = {}
        self.people: dict[object, Ref[Person]] = {}
        self.applications: dict[object, Ref[Application]] = {}
        self.interviews: dict[object, Ref[Interview]] = {}
        self.stamps: list[tuple[Ref[Any], datetime]] = []

    def plan(self) -> Plan:
        self._profile()
        self._employers()
        self._people()
        self._applications()
        self._interviews()
        self._interactions()
        self._marks()
        self._appointment_requests()
        self._reminders()
        self.out.steps.append(self._restore_stamps)
        return self.out

    def _add(self, kind: str, text: str, step: Callable[[], object]) -> None:
        self.out.add(kind, None, f"{LABELS[kind]()}: {text}", step)

    def _match(self, text: str) -> None:
        self.out.matched.append(Line(None, text))

    # Checking ------------------------------------------------------------------------------

    def _valid(self, obj: Model, kind: str, number: int, exclude: list[str]) -> bool:
        problems = model_problems(obj, number, {}, exclude, part=kind)
        self.out.problems += problems
        return not problems

    def _ref(
        self, refs: dict[object, Ref[Any]], item: dict[str, Any], name: str, kind: str, number: int
    ) -> Ref[Any] | None:
        """The record an item names by id; a problem when the file does not hold it."""
        value = item.get(name)
        if value is None:
            return None
        if value not in refs:
            self.out.problems.append(
                Problem(
                    number,
                    name,
                    _("names record %(id)s, which is not in the file.") % {"id": value},
                    kind,
                )
            )
        return refs.get(value)

    # Records -------------------------------------------------------------------------------

    def _profile(self) -> None:
        user = User(
            email=self.owner.email,
            name=self.owner.name,
            **_pick(self.profile, ("phone", "linkedin_url", "time_zone", "weekly_goal")),
        )
        if not self._valid(user, "profile", 1, ["password", "email", "name", "role"]):
            return
        values: dict[str, object] = {
            "phone": user.phone,
            "linkedin_url": user.linkedin_url,
            "weekly_goal": user.weekly_goal,
        }
        filled = blanks_filled(self.owner, values)
        fresh = not Employer.objects.filter(owner=self.owner).exists()
        if fresh and user.time_zone and user.time_zone != self.owner.time_zone:
            filled["time_zone"] = user.time_zone
        if not filled:
            return

        def step() -> None:
            for name, value in filled.items():
                setattr(self.owner, name, value)
            self.owner.save(update_fields=list(filled))

        self.out.matched.append(Line(None, _("Your profile: missing details will be filled in.")))
        self.out.steps.append(step)

    def _employers(self) -> None:
        index = Employers(self.owner)
        for number, item in enumerate(self.lists["employers"], start=1):
            employer = Employer(owner=self.owner, **_pick(item, ex.EMPLOYER_FIELDS))
            if not self._valid(employer, "employers", number, ["owner"]):
                continue
            self.employer_names[item.get("id")] = employer.name
            if index.exists(employer.name):
                ref = index.get(employer.name)
                self.employers[item.get("id")] = ref
                if employer.website and not ref.get().website:
                    self.out.steps.append(_filler(ref.get(), {"website": employer.website}))
                continue
            ref = Ref(make=_maker(employer))
            index.refs[squash_name(employer.name)] = ref
            self.employers[item.get("id")] = ref
            self._add("employers", employer.name, ref.get)

    def _people(self) -> None:
        existing = list(Person.objects.filter(owner=self.owner).select_related("employer"))
        for number, item in enumerate(self.lists["people"], start=1):
            person = Person(owner=self.owner, **_pick(item, ex.PERSON_FIELDS))
            employer = self._ref(self.employers, item, "employer", "people", number)
            if not self._valid(person, "people", number, ["owner", "employer"]):
                continue
            employer_name = self.employer_names.get(item.get("employer"), "")
            found = _same_person(existing, person, employer_name)
            if found is None:
                ref: Ref[Person] = Ref(make=_maker(person, employer=employer))
                self.people[item.get("id")] = ref
                self._add("people", person.name, ref.get)
                continue
            self.people[item.get("id")] = Ref(found)
            details = {name: getattr(person, name) for name in PERSON_DETAILS}
            filled = blanks_filled(found, details)
            if filled:
                self.out.counts["updates"] += 1
                self.out.steps.append(_filler(found, filled))
            self._match(_("%(name)s: already in Followup.") % {"name": found.name})

    def _applications(self) -> None:
        existing = {
            (a.employer_id, squash_name(a.role), a.applied_on): a
            for a in Application.objects.filter(owner=self.owner).order_by("-pk")
        }
        for number, item in enumerate(self.lists["applications"], start=1):
            fields = _pick(item, ex.APPLICATION_FIELDS)
            stamp = fields.pop("created_at", None)
            application = Application(owner=self.owner, **fields)
            employer = self._ref(self.employers, item, "employer", "applications", number)
            if employer is None and "employer" not in item:
                self.out.problems.append(
                    Problem(number, "employer", _("is missing."), "applications")
                )
            if (
                not self._valid(
                    application, "applications", number, ["owner", "employer", "created_at"]
                )
                or employer is None
            ):
                continue
            label = _("%(role)s at %(employer)s") % {
                "role": application.role,
                "employer": self.employer_names.get(item.get("employer"), ""),
            }
            match = (
                None
                if employer.is_new
                else existing.get(
                    (employer.get().pk, squash_name(application.role), application.applied_on)
                )
            )
            if match is not None:
                self.applications[item.get("id")] = Ref(match)
                self._match(_("%(what)s: already in Followup.") % {"what": label})
                continue
            ref: Ref[Application] = Ref(make=_maker(application, employer=employer))
            self.applications[item.get("id")] = ref
            self._stamp(ref, stamp, "applications", number)
            self._add("applications", label, ref.get)

    def _interviews(self) -> None:
        for number, item in enumerate(self.lists["interviews"], start=1):
            fields = _pick(item, ex.INTERVIEW_FIELDS)
            stamp = fields.pop("created_at", None)
            interview = Interview(**fields)
            application = self._ref(self.applications, item, "application", "interviews", number)
            if application is None and "application" not in item:
                self.out.problems.append(
                    Problem(number, "application", _("is missing."), "interviews")
                )
            if (
                not self._valid(interview, "interviews", number, ["application", "created_at"])
                or application is None
            ):
                continue
            match = None
            if not application.is_new:
                match = Interview.objects.filter(
                    application=application.get(), starts_at=interview.starts_at
                ).first()
            if match is not None:
                self.interviews[item.get("id")] = Ref(match)
                self.out.matched.append(
                    Line(
                        number,
                        _("Interview on %(day)s: already in Followup.")
                        % {"day": interview.starts_at.date().isoformat()},
                    )
                )
                continue
            ref: Ref[Interview] = Ref(make=_maker(interview, application=application))
            self.interviews[item.get("id")] = ref
            self._stamp(ref, stamp, "interviews", number)
            self._add("interviews", interview.starts_at.date().isoformat(), ref.get)
            self._participants(item, number, ref)

    def _participants(self, item: dict[str, Any], number: int, interview: Ref[Interview]) -> None:
        rows = item.get("participants") or []
        if not isinstance(rows, list):
            self.out.problems.append(
                Problem(number, "participants", _("is not a list."), "interviews")
            )
            return
        for row in rows:
            if not isinstance(row, dict):
                self.out.problems.append(
                    Problem(number, "participants", _("is not a list of records."), "interviews")
                )
                continue
            person = self._ref(self.people, row, "person", "interviews", number)
            participant = Participant(**_pick(row, ("role", "notes")))
            if (
                not self._valid(participant, "interviews", number, ["interview", "person"])
                or person is None
            ):
                continue
            self.out.steps.append(_participant_maker(participant, interview, person))

    def _interactions(self) -> None:
        existing = {
            _interaction_key(x.kind, x.occurred_on, x.subject, x.summary, x.body)
            for x in Interaction.objects.filter(owner=self.owner)
        }
        for number, item in enumerate(self.lists["interactions"], start=1):
            fields = _pick(item, ex.INTERACTION_FIELDS)
            stamp = fields.pop("created_at", None)
            interaction = Interaction(owner=self.owner, **fields)
            application = self._ref(self.applications, item, "application", "interactions", number)
            interview = self._ref(self.interviews, item, "interview", "interactions", number)
            people = item.get("people") or []
            if not isinstance(people, list):
                self.out.problems.append(
                    Problem(number, "people", _("is not a list."), "interactions")
                )
                people = []
            refs = [
                self._ref(self.people, {"person": p}, "person", "interactions", number)
                for p in people
            ]
            if not self._valid(interaction, "interactions", number, ["owner", "created_at"]):
                continue
            key = _interaction_key(
                interaction.kind,
                interaction.occurred_on,
                interaction.subject,
                interaction.summary,
                interaction.body,
            )
            label = f"{interaction.get_kind_display()}, {interaction.occurred_on}"
            if key in existing:
                self._match(_("%(what)s: already in Followup.") % {"what": label})
                continue
            ref: Ref[Interaction] = Ref(
                make=_interaction_maker(interaction, application, interview, [r for r in refs if r])
            )
            self._stamp(ref, stamp, "interactions", number)
            self._add("interactions", label, ref.get)

    def _marks(self) -> None:
        existing = set(Mark.objects.filter(owner=self.owner).values_list("key", flat=True))
        refs: dict[str, dict[object, Ref[Any]]] = {
            "a": self.applications,
            "i": self.interviews,
            "p": self.people,
        }
        for number, item in enumerate(self.lists["marks"], start=1):
            mark = Mark(owner=self.owner, **_pick(item, ("key", *ex.MARK_FIELDS)))
            if not self._valid(mark, "marks", number, ["owner"]):
                continue
            parts: list[str | tuple[str, Ref[Any]]] = []
            for part in mark.key.split(":"):
                found = ex.KEY_PART.match(part)
                ref = refs[found[1]].get(int(found[2])) if found else None
                if found and ref is None:
                    break  # it names a record the file does not hold: nothing to mark
                parts.append((found[1], ref) if found and ref else part)
            else:
                known = all(isinstance(p, str) or not p[1].is_new for p in parts)
                if known and _key(parts) in existing:
                    self._match(mark.key)
                    continue
                self._add("marks", mark.key, _mark_maker(mark, parts))

    def _appointment_requests(self) -> None:
        existing = {
            _request_key(r.created_at, r.times, r.reason)
            for r in AppointmentRequest.objects.filter(client=self.owner)
        }
        offices = {squash_name(o.name): o for o in Office.objects.order_by("-pk")}
        kind = "appointment_requests"
        for number, item in enumerate(self.lists[kind], start=1):
            fields = _pick(item, ex.APPOINTMENT_FIELDS)
            changed = fields.pop("updated_at", None)
            request = AppointmentRequest(client=self.owner, **fields)
            known_problems = len(self.out.problems)
            counsellor = self._counsellor(item, "counsellor", number)
            arranged_by = self._counsellor(item, "arranged_by", number)
            office_name = item.get("office")
            if office_name is not None and not isinstance(office_name, str):
                self.out.problems.append(Problem(number, "office", _("is not a name."), kind))
                continue
            exclude = ["client", "counsellor", "office", "arranged_by", "updated_at"]
            self._valid(request, kind, number, exclude)
            updated_at = self._moment(changed, kind, number, "updated_at")
            if len(self.out.problems) > known_problems:
                continue
            office = None if counsellor else offices.get(squash_name(office_name or ""))
            label = f"{request.created_at.date().isoformat()} {_with_whom(item)}"
            if not counsellor and office is None:
                # A request is with a counsellor or at an office: with neither it cannot be kept,
                # and choosing one would send it to someone the user never asked.
                self.out.skipped.append(
                    Line(
                        number,
                        _(
                            "Appointment request of %(what)s: no such counsellor or office in "
                            "this Followup, not imported."
                        )
                        % {"what": label},
                    )
                )
                continue
            key = _request_key(request.created_at, request.times, request.reason)
            if key in existing:
                self._match(
                    _("Appointment request of %(what)s: already in Followup.") % {"what": label}
                )
                continue
            existing.add(key)
            request.counsellor = counsellor
            request.office = office
            request.arranged_by = arranged_by
            self._add(kind, label, _request_maker(request, updated_at or request.created_at))

    def _counsellor(self, item: dict[str, Any], name: str, number: int) -> User | None:
        """The counsellor's account in this Followup, found by email; None when there is none
        here, the file names none, or (with a problem) the file's value is not an account."""
        value = item.get(name)
        if value is None:
            return None
        email = value.get("email") if isinstance(value, dict) else None
        if not isinstance(email, str):
            self.out.problems.append(
                Problem(
                    number,
                    name,
                    _("is not an account (a name and an email)."),
                    "appointment_requests",
                )
            )
            return None
        # A job seeker who happens to hold that address is not the counsellor the user asked.
        return (
            User.objects.filter(email__iexact=email.strip()).exclude(role=Role.JOB_SEEKER).first()
        )

    def _moment(self, value: object, kind: str, number: int, name: str) -> datetime | None:
        """A date and time from the file; None when absent or (with a problem) not one."""
        if value is None:
            return None
        moment = parse_datetime(value) if isinstance(value, str) else None
        if moment is None:
            self.out.problems.append(Problem(number, name, _("is not a date and time."), kind))
        return moment

    def _reminders(self) -> None:
        section = self.reminders
        if section is None:
            return  # a version-1 export says nothing about reminder emails
        daily = section.get("daily_emails") if isinstance(section, dict) else None
        if not isinstance(section, dict) or not isinstance(daily, bool):
            self.out.problems.append(
                Problem(1, "daily_emails", _("is not true or false."), "reminders")
            )
            return
        known_problems = len(self.out.problems)
        stopped_at = self._moment(section.get("stopped_at"), "reminders", 1, "stopped_at")
        if len(self.out.problems) > known_problems:
            return
        if daily:
            return  # turning emails back on is the user's own choice, not an import's
        if ReminderOptOut.objects.filter(user=self.owner).exists():
            self._match(_("Reminder emails: already stopped."))
            return
        opt_out = ReminderOptOut(user=self.owner)
        if stopped_at is not None:
            opt_out.created_at = stopped_at
        self._add("reminders", _("stopped, as in the file."), opt_out.save)

    def _stamp(self, ref: Ref[Any], value: object, kind: str, number: int) -> None:
        if value is None:
            return
        moment = parse_datetime(value) if isinstance(value, str) else None
        if moment is None:
            self.out.problems.append(
                Problem(number, "created_at", _("is not a date and time."), kind)
            )
            return
        self.stamps.append((ref, moment))

    def _restore_stamps(self) -> None:
        """Keep each record's original creation time: lists are ordered by it."""
        by_model: dict[type[Model], list[Model]] = {}
        for ref, moment in self.stamps:
            obj = ref.get()
            obj.created_at = moment
            by_model.setdefault(type(obj), []).append(obj)
        for model, objects in by_model.items():
            model._default_manager.bulk_update(objects, ["created_at"])


def _maker(obj: Model, **parents: Ref[Any] | None) -> Callable[[], Any]:
    """Save `obj` once its parent records (made on demand) exist."""

    def make() -> Any:
        for name, parent in parents.items():
            setattr(obj, name, parent.get() if parent else None)
        obj.save()
        return obj

    return make


def _filler(obj: Model, values: dict[str, object]) -> Callable[[], None]:
    def fill() -> None:
        for name, value in values.items():
            setattr(obj, name, value)
        obj.save(update_fields=list(values))

    return fill


def _same_person(existing: list[Person], person: Person, employer: str) -> Person | None:
    """The account's person with the same email, LinkedIn profile, or name at the same
    employer. Two people of one name at different employers stay two people."""
    for candidate in existing:
        if person.email and candidate.email.casefold() == person.email.casefold():
            return candidate
    for candidate in existing:
        if person.linkedin_url and squash_url(candidate.linkedin_url) == squash_url(
            person.linkedin_url
        ):
            return candidate
    for candidate in existing:
        there = candidate.employer.name if candidate.employer else ""
        if squash_name(candidate.name) == squash_name(person.name) and squash_name(
            there
        ) == squash_name(employer):
            return candidate
    return None


def _interaction_key(
    kind: str, day: object, subject: str, summary: str, body: str
) -> tuple[str, ...]:
    return (kind, str(day), subject.strip(), summary.strip(), body.strip())


def _request_key(created_at: datetime, times: str, reason: str) -> tuple[object, ...]:
    return (created_at, times.strip(), reason.strip())


def _with_whom(item: dict[str, Any]) -> str:
    """Whom the request was with, as the file names them."""
    counsellor = item.get("counsellor")
    if isinstance(counsellor, dict):
        name = counsellor.get("name") or counsellor.get("email") or ""
        return _("with %(name)s") % {"name": name}
    return _("at %(office)s") % {"office": item.get("office") or ""}


def _request_maker(request: AppointmentRequest, updated_at: datetime) -> Callable[[], None]:
    def make() -> None:
        request.save()
        # Saving stamps "updated at" with now; the request keeps the time it last changed.
        AppointmentRequest.objects.filter(pk=request.pk).update(updated_at=updated_at)

    return make


def _participant_maker(
    participant: Participant, interview: Ref[Interview], person: Ref[Person]
) -> Callable[[], None]:
    def make() -> None:
        participant.interview = interview.get()
        participant.person = person.get()
        participant.save()

    return make


def _interaction_maker(
    interaction: Interaction,
    application: Ref[Any] | None,
    interview: Ref[Any] | None,
    people: list[Ref[Person]],
) -> Callable[[], Interaction]:
    def make() -> Interaction:
        interaction.application = application.get() if application else None
        interaction.interview = interview.get() if interview else None
        interaction.save()
        interaction.people.set([person.get() for person in people])
        return interaction

    return make


def _key(parts: list[str | tuple[str, Ref[Any]]]) -> str:
    return ":".join(p if isinstance(p, str) else f"{p[0]}{p[1].get().pk}" for p in parts)


def _mark_maker(mark: Mark, parts: list[str | tuple[str, Ref[Any]]]) -> Callable[[], None]:
    def make() -> None:
        mark.key = _key(parts)
        Mark.objects.update_or_create(
            owner=mark.owner,
            key=mark.key,
            defaults={
                "snoozed_until": mark.snoozed_until,
                "dismissed": mark.dismissed,
                "kept": mark.kept,
            },
        )

    return make
