"""The reports' figures are computed once and kept, yet a change to a record, made any way, or
the passing of time shows on the next load."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from followup.accounts.models import Role, User
from followup.caseload import figures as f
from followup.caseload import report_cache
from followup.demo.builder import DemoBuilder
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Application, Interview, Status
from followup.organisation.models import Office

pytestmark = pytest.mark.django_db

MID_MONTH = datetime(2026, 11, 18, 10, 0, tzinfo=ZoneInfo("America/Toronto"))


@pytest.fixture
def clock() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(MID_MONTH, tick=False) as traveller:
        DemoBuilder().build()
        yield traveller


@pytest.fixture
def client() -> Client:
    client = Client()
    client.force_login(User.objects.get(email="counsellor@example.org"))
    return client


def this_month(client: Client) -> dict[str, str]:
    """Every office together, this month, as the CSV gives it."""
    response = client.get("/reports/figures.csv")
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    return [row for row in table if row["office"] == "All offices"][-1]


def seekers_application() -> Application:
    seeker = User.objects.filter(role=Role.JOB_SEEKER, office__isnull=False).first()
    return Application.objects.filter(owner=seeker).first()  # type: ignore[return-value]


def test_a_second_load_does_not_read_the_records_again(clock: object, client: Client) -> None:
    first = this_month(client)
    with CaptureQueriesContext(connection) as queries:
        assert this_month(client) == first
    read = [q["sql"] for q in queries.captured_queries if "jobsearch_participant" in q["sql"]]
    assert read and all("MAX(" in sql for sql in read)  # only the highest id, never the rows


def test_an_interview_added_or_deleted_shows_at_once(clock: object, client: Client) -> None:
    before = int(this_month(client)["interviews_logged"])
    interview = Interview.objects.create(
        application=seekers_application(), starts_at=timezone.now() - timedelta(hours=3)
    )
    assert int(this_month(client)["interviews_logged"]) == before + 1
    interview.delete()
    assert int(this_month(client)["interviews_logged"]) == before


def test_a_status_changed_by_a_form_shows_at_once(clock: object, client: Client) -> None:
    before = int(this_month(client)["not_selected"])
    application = seekers_application()
    application.status = Status.NOT_SELECTED
    application.status_changed_on = timezone.localdate()
    application.save()
    assert int(this_month(client)["not_selected"]) == before + 1


def test_a_change_computes_only_its_job_seekers_shard_again(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = this_month(client)
    application = seekers_application()
    loads: list[object] = []
    real = report_cache.load_facts

    def spy(*args: object) -> f.Facts:
        loads.append(args[1:])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(report_cache, "load_facts", spy)
    Interview.objects.create(application=application, starts_at=timezone.now() - timedelta(hours=3))
    after = this_month(client)
    shard = report_cache.shard_of(application.owner_id)
    span = report_cache.SPAN
    assert loads == [([(shard * span, (shard + 1) * span)],)]
    assert shard * span <= application.owner_id < (shard + 1) * span
    assert int(after["interviews_logged"]) == int(before["interviews_logged"]) + 1


def test_the_figures_by_shard_add_up_to_the_figures_of_everyone(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_cache, "SPAN", 2)  # the demo's job seekers in many shards
    application = seekers_application()
    Interview.objects.create(application=application, starts_at=timezone.now() - timedelta(hours=3))
    this_month(client)
    application.status = Status.OFFER
    application.status_changed_on = timezone.localdate()
    application.save()  # one shard computed again, the others kept
    kept = client.get("/reports/figures.csv").content
    report_cache.changed_everyone()  # every shard computed again, from one read of the facts
    assert client.get("/reports/figures.csv").content == kept


def test_interviews_written_in_bulk_show_at_once(clock: object, client: Client) -> None:
    """`bulk_create` sends no signal: the new ids beyond those seen are looked up."""
    before = int(this_month(client)["interviews_logged"])
    Interview.objects.bulk_create(
        [
            Interview(
                application=seekers_application(), starts_at=timezone.now() - timedelta(hours=3)
            )
        ]
    )
    assert int(this_month(client)["interviews_logged"]) == before + 1


def test_a_message_sent_by_the_outbox_shows_at_once(clock: object, client: Client) -> None:
    """The outbox marks a message sent with `update()`: no signal, its `sent_at` is seen."""
    application = seekers_application()
    before = int(this_month(client)["active_job_seekers"])
    outsider = User.objects.create_user(
        "new@example.org", "bench-pass", name="New Seeker", office=application.owner.office
    )
    message = Interaction.objects.create(
        owner=outsider, kind="follow-up", state=State.DRAFT, occurred_on=timezone.localdate()
    )
    assert int(this_month(client)["active_job_seekers"]) == before  # a draft is not activity
    Interaction.objects.filter(pk=message.pk).update(state=State.SENT, sent_at=timezone.now())
    assert int(this_month(client)["active_job_seekers"]) == before + 1


def test_an_office_renamed_shows_at_once(clock: object, client: Client) -> None:
    office = Office.objects.get(name="Belleville Office")
    response = client.get("/reports/")
    assert "Belleville Office" in response.content.decode()
    office.name = "Quinte Office"
    office.save()
    html = client.get("/reports/").content.decode()
    assert "Quinte Office" in html and "Belleville Office" not in html


def test_an_interview_counts_once_it_has_started(
    clock: time_machine.Traveller, client: Client
) -> None:
    before = int(this_month(client)["interviews_logged"])
    Interview.objects.create(
        application=seekers_application(), starts_at=timezone.now() + timedelta(hours=1)
    )
    assert int(this_month(client)["interviews_logged"]) == before
    clock.shift(timedelta(hours=2))
    assert int(this_month(client)["interviews_logged"]) == before + 1


def every_office_by_month(client: Client) -> dict[str, dict[str, str]]:
    response = client.get("/reports/figures.csv?months=12")
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    return {row["month"]: row for row in table if row["office"] == "All offices"}


def test_an_interview_moved_to_an_earlier_month_moves_in_the_figures_at_once(
    clock: object, client: Client
) -> None:
    """A month that is over is kept, yet a record changed in it shows there at once."""
    interview = Interview.objects.create(
        application=seekers_application(), starts_at=timezone.now() - timedelta(hours=3)
    )
    before = every_office_by_month(client)
    months = list(before)
    this, earlier = months[-1], months[-3]
    interview.starts_at = timezone.now() - timedelta(days=62)
    interview.save()
    after = every_office_by_month(client)
    assert int(after[this]["interviews_logged"]) == int(before[this]["interviews_logged"]) - 1
    assert int(after[earlier]["interviews_logged"]) == int(before[earlier]["interviews_logged"]) + 1
    assert {m: after[m] for m in months[:-3]} == {m: before[m] for m in months[:-3]}


def html_figures(client: Client, url: str = "/reports/?months=12") -> tuple[str, int]:
    """The page's table of every figure, and how many loads it took to show it (a page short of
    time shows how far the counting got, never part of the figures)."""
    for loads in range(1, 100):
        html = client.get(url).content.decode()
        if 'id="report-pending"' not in html:
            return html[html.index('id="h-all"') :], loads
        assert "Counting the figures" in html and 'id="h-all"' not in html
        assert 'id="h-interviews"' not in html
    raise AssertionError("the figures never came")


def a_few_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's job seekers in some six shards (ids need not start at 1)."""
    highest = User.objects.order_by("-pk").values_list("pk", flat=True)[0]
    monkeypatch.setattr(report_cache, "SPAN", highest // 6 + 1)


def test_a_page_short_of_time_shows_progress_then_every_figure(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.caseload import reports

    a_few_shards(monkeypatch)
    monkeypatch.setattr(report_cache, "CHUNK", 1)
    monkeypatch.setattr(reports, "BUDGET", 0.0)  # a shard a load
    step_by_step, loads = html_figures(client)
    assert loads > 2
    report_cache.changed_everyone()
    monkeypatch.setattr(reports, "BUDGET", 60.0)
    assert html_figures(client) == (step_by_step, 1)


def test_the_worker_counts_the_figures_before_anyone_reads_them(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.caseload import jobs, reports
    from followup.worker.registry import registered

    assert "followup.caseload.jobs.warm_reports" in registered()
    a_few_shards(monkeypatch)
    assert jobs.warm_reports() > 0
    assert jobs.warm_reports() == 0  # nothing changed: nothing to count again
    loads: list[object] = []
    monkeypatch.setattr(report_cache, "load_facts", lambda *args: loads.append(args))
    monkeypatch.setattr(reports, "BUDGET", 0.0)
    shown, count = html_figures(client)
    assert count == 1 and not loads  # the reader found every figure counted
    monkeypatch.undo()
    a_few_shards(monkeypatch)
    before = every_office_by_month(client)
    Interview.objects.create(
        application=seekers_application(), starts_at=timezone.now() - timedelta(hours=3)
    )
    assert reports.warm() >= 1  # the changed job seeker's shard, in each scope
    after = every_office_by_month(client)
    month = list(before)[-1]
    assert int(after[month]["interviews_logged"]) == int(before[month]["interviews_logged"]) + 1


def test_the_worker_counts_again_before_a_days_figures_expire(
    clock: time_machine.Traveller, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.caseload import reports

    Interview.objects.filter(starts_at__gt=timezone.now() - timedelta(days=3)).delete()
    assert reports.warm() > 0
    clock.shift(report_cache.LONGEST - report_cache.EARLY * 2)
    assert reports.warm() == 0
    clock.shift(report_cache.EARLY)  # within its last minutes: counted again ahead of readers
    assert reports.warm() > 0
    assert reports.warm() == 0
