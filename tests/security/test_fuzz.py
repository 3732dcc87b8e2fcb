"""Generated input for the main forms and the import (Hypothesis): whatever is typed or
uploaded, the answer is never a server error, and nothing is lost — a form that saves keeps
exactly what was typed, a form that refuses shows it again, an import with a problem writes
nothing and one without writes every row it counted.

Bounded (a few dozen examples per form, no shrinking deadline) so the file runs in well under
30 s; run with HYPOTHESIS_PROFILE=long for a deeper search."""

from __future__ import annotations

import os
from datetime import date
from html import escape
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import resolve, reverse
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from followup.accounts.models import User
from followup.interactions.models import Interaction
from followup.jobsearch.models import Application, Person

pytestmark = pytest.mark.django_db

settings.register_profile(
    "short",
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure is reproducible
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "long",
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "short"))

# Anything a browser can send: every character but lone surrogates (not encodable in UTF-8),
# NULs and control characters included, now and then very long.
words = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40)
typed = st.one_of(
    words,
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60),
    st.text(st.sampled_from("=+-@\t\r\n\x00 <>&\"'é€😀"), max_size=40),
    st.integers(min_value=200, max_value=120_000).map(lambda n: "x" * n),
)
days = st.one_of(
    st.dates(min_value=date(1890, 1, 1), max_value=date(3010, 12, 31)).map(date.isoformat),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat),
    st.sampled_from(["", "2026-02-30", "0000-01-01", "99999-01-01", "2026-11-03T10:00"]),
    typed,
)


def _signed_in(user: User) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def _redirected_to(response: Any, model: type[Any]) -> Any:
    """The record a redirect opens (/applications/7/ → application 7)."""
    match = resolve(urlsplit(response["Location"]).path)
    return model.objects.get(pk=match.kwargs["pk"])


def _kept(response: Any, value: str) -> bool:
    """The refused form shows what was typed again (as the page escapes it)."""
    text = value.strip()
    return not text or escape(text, quote=True) in response.content.decode() or "\x00" in text


@PROFILE
@given(kind=st.sampled_from(["call", "meeting", "note", "x"]), day=days, summary=typed)
def test_logging_an_interaction(seeker: User, kind: str, day: str, summary: str) -> None:
    before = Interaction.objects.count()
    response = _signed_in(seeker).post(
        "/interactions/new/",
        {"kind": kind, "occurred_on": day, "channel": "phone", "summary": summary},
    )
    assert response.status_code in (200, 302)
    event(f"status {response.status_code}")
    if response.status_code == 302:
        # saved, or the same one logged a moment ago (Save tapped twice): kept either way
        saved = Interaction.objects.filter(summary=summary.strip()).latest("pk")
        assert Interaction.objects.count() in (before, before + 1)
        assert date(1900, 1, 1) <= saved.occurred_on <= date(2999, 12, 31)
    else:
        assert Interaction.objects.count() == before
        assert _kept(response, summary[:1000]) or len(summary) > 1000


@PROFILE
@given(
    employer=st.one_of(words, typed),
    role=st.one_of(words, typed),
    day=st.one_of(st.just(""), days),
    notes=typed,
    url=st.one_of(st.just(""), st.just("https://example.org/jobs/1"), typed),
)
def test_adding_an_application(
    seeker: User, employer: str, role: str, day: str, notes: str, url: str
) -> None:
    before = Application.objects.count()
    response = _signed_in(seeker).post(
        "/applications/new/",
        {
            "employer_name": employer,
            "role": role,
            "applied_on": day,
            "status": "applied",
            "notes": notes,
            "posting_url": url,
        },
    )
    assert response.status_code in (200, 302)
    event(f"status {response.status_code}")
    if response.status_code == 302 and Application.objects.count() == before + 1:
        saved = Application.objects.latest("pk")
        assert (saved.role, saved.notes) == (role.strip(), notes.strip())
        assert saved.employer.name == " ".join(employer.split())  # one line, single spaces
    elif response.status_code == 302:  # the same job on the same day: it opens the one saved
        shown = _redirected_to(response, Application)
        assert shown.role.casefold() == role.strip().casefold()
    else:
        assert Application.objects.count() == before


@PROFILE
@given(
    name=st.one_of(words, typed),
    email=st.one_of(st.just(""), st.emails(), typed),
    notes=typed,
    phone=st.one_of(st.just(""), typed),
)
def test_adding_a_person(seeker: User, name: str, email: str, notes: str, phone: str) -> None:
    before = Person.objects.count()
    response = _signed_in(seeker).post(
        "/people/new/",
        {"name": name, "email": email, "notes": notes, "phone": phone, "keep_in_touch_days": 90},
    )
    assert response.status_code in (200, 302)
    event(f"status {response.status_code}")
    if response.status_code == 302 and Person.objects.count() == before + 1:
        saved = Person.objects.latest("pk")
        assert (saved.name, saved.notes) == (name.strip(), notes.strip())
    elif response.status_code == 302:  # a person added twice opens the one already known
        assert _redirected_to(response, Person).owner == seeker
    else:
        assert Person.objects.count() == before


@PROFILE
@given(email=typed, password=typed)
def test_signing_in_and_registering(seeker: User, email: str, password: str) -> None:
    client = Client(raise_request_exception=False)
    assert client.post("/login/", {"username": email, "password": password}).status_code in (
        200,
        302,
    )
    response = client.post("/register/", {"name": password, "email": email, "password": password})
    assert response.status_code in (200, 302, 403)


@PROFILE
@given(name=typed, phone=typed, goal=typed)
def test_editing_the_account(seeker: User, name: str, phone: str, goal: str) -> None:
    response = _signed_in(seeker).post(
        "/account/",
        {
            "name": name,
            "email": seeker.email,
            "phone": phone,
            "time_zone": "America/Toronto",
            "weekly_goal": goal,
        },
    )
    assert response.status_code in (200, 302)
    event(f"status {response.status_code}")
    seeker.refresh_from_db()
    if response.status_code == 302:
        assert (seeker.name, seeker.phone) == (name.strip(), phone.strip())


HEADER = "Company,Job Title,Date Applied,Status,URL,Notes,Contact\r\n"
cells = st.one_of(typed, days)
plausible_row = st.tuples(
    words,
    words,
    st.one_of(st.just(""), days),
    st.sampled_from(["Applied", "Interviewing", "", "Ghosted"]),
    st.sampled_from(["", "https://example.org/jobs/1"]),
    typed,
    st.one_of(st.just(""), words),
).map(list)


def _row(values: list[str]) -> str:
    return ",".join('"' + value.replace('"', '""') + '"' for value in values) + "\r\n"


@PROFILE
@given(
    rows=st.lists(
        st.one_of(plausible_row, st.lists(cells, min_size=7, max_size=7)), min_size=1, max_size=6
    )
)
def test_importing_a_tracker_file(seeker: User, rows: list[list[str]]) -> None:
    client = _signed_in(seeker)
    before = (Application.objects.count(), Person.objects.count())
    data = (HEADER + "".join(_row(row) for row in rows)).encode()
    upload = client.post(
        reverse("records_import"), {"file": SimpleUploadedFile("tracker.csv", data)}
    )
    assert upload.status_code in (200, 302)
    if upload.status_code == 200:  # the whole file refused, with a message
        assert upload.context["form"].errors["file"]
        return
    preview = client.get(reverse("records_import_preview"))
    assert preview.status_code == 200
    counts = preview.context["plan"]["counts"]
    token = client.session["records_import"]["token"]
    confirm = client.post(reverse("records_import_confirm"), {"token": token})
    assert confirm.status_code in (302, 400)
    event(f"confirm {confirm.status_code}")
    added = (Application.objects.count() - before[0], Person.objects.count() - before[1])
    if preview.context["problems"]:
        assert confirm.status_code == 400 and added == (0, 0)
    else:
        assert confirm.status_code == 302
        assert added == (counts.get("applications", 0), counts.get("people", 0))
