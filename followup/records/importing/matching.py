"""Finding what an import would duplicate, in memory, so that a preview writes nothing.

A `Ref` stands for a record: one already in the database, or one the import would make. The
preview only looks at refs; confirming makes each new record once, when first needed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from followup.accounts.models import User
from followup.jobsearch.models import Employer, Person
from followup.jobsearch.services import employer_named

M = TypeVar("M")


class Ref(Generic[M]):
    def __init__(self, existing: M | None = None, make: Callable[[], M] | None = None) -> None:
        self._object = existing
        self._make = make
        self.is_new = existing is None

    def get(self) -> M:
        if self._object is None:
            assert self._make is not None
            self._object = self._make()
        return self._object


def squash_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def squash_url(url: str) -> str:
    """linkedin.com/in/ana and https://www.linkedin.com/in/ana/ are the same profile."""
    text = url.strip().casefold()
    for prefix in ("https://", "http://", "www."):
        text = text.removeprefix(prefix)
    return text.rstrip("/")


class Employers:
    """The owner's employers by name; new ones made through `employer_named` on confirm."""

    def __init__(self, owner: User) -> None:
        self.owner = owner
        self.refs: dict[str, Ref[Employer]] = {
            squash_name(e.name): Ref(e) for e in Employer.objects.filter(owner=owner)
        }

    def get(self, name: str) -> Ref[Employer]:
        key = squash_name(name)
        if key not in self.refs:
            self.refs[key] = Ref(make=lambda: employer_named(self.owner, name))
        return self.refs[key]

    def exists(self, name: str) -> bool:
        return squash_name(name) in self.refs


class People:
    """The owner's people, found by name (case aside), email or LinkedIn profile."""

    def __init__(self, owner: User) -> None:
        self.by_name: dict[str, Ref[Person]] = {}
        self.by_email: dict[str, Ref[Person]] = {}
        self.by_url: dict[str, Ref[Person]] = {}
        for person in Person.objects.filter(owner=owner).order_by("pk"):
            self.add(Ref(person), person.name, person.email, person.linkedin_url)

    def find(self, name: str, email: str = "", url: str = "") -> Ref[Person] | None:
        if email and email.casefold() in self.by_email:
            return self.by_email[email.casefold()]
        if url and squash_url(url) in self.by_url:
            return self.by_url[squash_url(url)]
        return self.by_name.get(squash_name(name))

    def add(self, ref: Ref[Person], name: str, email: str = "", url: str = "") -> None:
        self.by_name.setdefault(squash_name(name), ref)
        if email:
            self.by_email.setdefault(email.casefold(), ref)
        if url:
            self.by_url.setdefault(squash_url(url), ref)


def blanks_filled(record: object, values: dict[str, object]) -> dict[str, object]:
    """The given values for the fields the record has left empty."""
    return {
        field: value
        for field, value in values.items()
        if value not in ("", None) and getattr(record, field) in ("", None)
    }
