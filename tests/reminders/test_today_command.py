"""`followup today`: the Today page's list on the command line, as text or JSON."""

from __future__ import annotations

import json
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from followup.cli import main

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("today", *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_same_items_as_the_today_page(client: Client, due_seeker: Any) -> None:
    text = run("--user", "zoe@example.org")
    assert "Wednesday 10 February 2027" in text
    assert "[Today] Thank-you note: Siobhan O'Connor (due 2027-02-09)" in text
    assert "[Today] Connect on LinkedIn: Łukasz Kowalski (due 2027-02-09)" in text
    client.force_login(due_seeker)
    page = client.get("/").content.decode()
    printed = [line for line in text.splitlines() if line.startswith("[")]
    cards = page.count('<li class="card due') + page.count('<li class="card compact')
    assert len(printed) == cards == 5  # 2 thank-you notes, 2 LinkedIn, the follow-up coming up
    for line in printed:
        title = line.split("] ", 1)[1].split(" (due ")[0]
        kind, person = title.split(": ", 1)
        assert kind in page and person.replace("'", "&#x27;") in page


def test_json_gives_window_title_person_due_date_and_reason(due_seeker: Any) -> None:
    data = json.loads(run("--user", "ZOE@example.org", "--json"))
    assert data["user"] == "zoe@example.org" and data["date"] == "2027-02-10"
    first = data["items"][0]
    assert set(first) >= {"window", "title", "person", "due_on", "reason", "url"}
    windows = [item["window"] for item in data["items"]]
    assert windows == sorted(windows, key=["overdue", "today", "upcoming"].index)
    assert {"Siobhan O'Connor", "Łukasz Kowalski"} <= {item["person"] for item in data["items"]}


def test_a_date_shows_the_list_as_of_that_day(due_seeker: Any) -> None:
    data = json.loads(run("--user", "zoe@example.org", "--date", "2027-02-20", "--json"))
    assert data["date"] == "2027-02-20"
    kinds = {(item["kind"], item["window"]) for item in data["items"]}
    assert ("thank-you", "overdue") in kinds


def test_a_user_with_nothing_due_is_told_so(other_seeker: Any) -> None:
    assert "Nothing is due." in run("--user", "other@example.org")


@pytest.mark.parametrize(
    "args",
    [
        ["--user", "nobody@example.org"],
        ["--user", "zoe@example.org", "--date", "2027-02-30"],
        ["--user", "zoe@example.org", "--date", "next week"],
    ],
)
def test_an_unknown_user_or_a_bad_date_exits_with_2(
    seeker: Any, args: list[str], capsys: Any
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["today", *args])
    assert stop.value.code == 2
    assert "CommandError" in capsys.readouterr().err
