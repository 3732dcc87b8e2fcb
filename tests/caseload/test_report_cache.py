"""The reports' figures are counted once and kept per job seeker and month, yet a change to a
record, made any way, or the passing of time shows on the next load, counting only the job
seekers it touched."""

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
from followup.caseload.models import ReportState
from followup.demo.builder import DemoBuilder
from followup.interactions.models import Interaction, State
from followup.jobsearch.models import Application, Interview, Status
from followup.notes.outbox import drain, queue
from followup.organisation.models import Office, Organisation

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


def test_a_change_counts_only_its_job_seeker_again(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = this_month(client)
    application = seekers_application()
    loads: list[object] = []
    real = report_cache.load_facts

    def spy(*args: object, **kwargs: object) -> f.Facts:
        loads.append((kwargs.get("ranges"), kwargs.get("ids")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report_cache, "load_facts", spy)
    Interview.objects.create(application=application, starts_at=timezone.now() - timedelta(hours=3))
    after = this_month(client)
    assert loads == [(None, [application.owner_id])]
    assert int(after["interviews_logged"]) == int(before["interviews_logged"]) + 1


def count_everyone_again() -> None:
    """As after a new release of the counting: everyone counted afresh, from their records."""
    ReportState.objects.update(scope="")


def test_the_figures_kept_add_up_to_counting_everyone_afresh(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_cache, "SPAN", 2)  # everyone counted in many small steps
    application = seekers_application()
    Interview.objects.create(application=application, starts_at=timezone.now() - timedelta(hours=3))
    first = client.get("/reports/figures.csv?months=12").content
    application.status = Status.OFFER
    application.status_changed_on = timezone.localdate()
    application.save()  # one job seeker counted again, the others kept
    kept = client.get("/reports/figures.csv?months=12").content
    assert kept != first
    count_everyone_again()
    assert client.get("/reports/figures.csv?months=12").content == kept


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
    """The outbox marks a message sent with `update()` (no signal) and says it changed."""
    application = seekers_application()
    before = int(this_month(client)["active_job_seekers"])
    outsider = User.objects.create_user(
        "new@example.org", "bench-pass", name="New Seeker", office=application.owner.office
    )
    message = Interaction.objects.create(
        owner=outsider, kind="follow-up", state=State.DRAFT, occurred_on=timezone.localdate()
    )
    assert int(this_month(client)["active_job_seekers"]) == before  # a draft is not activity
    queue(message, "employer@example.org")
    assert drain() == 1
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


def test_a_page_short_of_time_shows_progress_while_everyone_is_counted_then_every_figure(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.caseload import reports

    a_few_shards(monkeypatch)
    monkeypatch.setattr(reports, "BUDGET", 0.0)  # a step a load
    step_by_step, loads = html_figures(client)
    assert loads > 2
    count_everyone_again()
    monkeypatch.setattr(reports, "BUDGET", 60.0)
    assert html_figures(client) == (step_by_step, 1)


def test_the_first_load_after_a_change_shows_the_figures_at_once(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.caseload import reports

    html_figures(client)
    monkeypatch.setattr(reports, "BUDGET", 0.0)  # no time to spare: only what a change needs
    before = every_office_by_month(client)
    Interview.objects.create(
        application=seekers_application(), starts_at=timezone.now() - timedelta(hours=3)
    )
    shown, loads = html_figures(client)
    assert loads == 1
    after = every_office_by_month(client)
    month = list(before)[-1]
    assert int(after[month]["interviews_logged"]) == int(before[month]["interviews_logged"]) + 1


def test_the_worker_counts_the_figures_before_anyone_reads_them(
    clock: object, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from followup.caseload import jobs, reports
    from followup.worker.registry import registered

    assert "followup.caseload.jobs.warm_reports" in registered()
    a_few_shards(monkeypatch)
    assert jobs.warm_reports() > 0
    assert jobs.warm_reports() == 0  # nothing changed: nobody to count again
    loads: list[object] = []
    monkeypatch.setattr(report_cache, "load_facts", lambda *args, **kw: loads.append(args))
    monkeypatch.setattr(reports, "BUDGET", 0.0)
    shown, count = html_figures(client)
    assert count == 1 and not loads  # the reader found every figure counted
    monkeypatch.undo()
    before = every_office_by_month(client)
    Interview.objects.create(
        application=seekers_application(), starts_at=timezone.now() - timedelta(hours=3)
    )
    assert reports.warm() == 1  # the changed job seeker
    after = every_office_by_month(client)
    month = list(before)[-1]
    assert int(after[month]["interviews_logged"]) == int(before[month]["interviews_logged"]) + 1


def test_thank_you_notes_count_once_their_hours_have_passed_with_no_record_changing(
    clock: time_machine.Traveller, client: Client
) -> None:
    Interview.objects.create(
        application=seekers_application(), starts_at=timezone.now() - timedelta(hours=2)
    )
    seen = [this_month(client)]
    for hours in (12, 12, 2):
        clock.shift(timedelta(hours=hours))
        seen.append(this_month(client))
        count_everyone_again()
        assert this_month(client) == seen[-1]  # what was kept is what counting afresh finds
    expected = [int(figures["thank_you_notes_expected"]) for figures in seen]
    assert expected == sorted(expected) and expected[-1] > expected[0]


def test_a_job_seeker_moved_to_another_office_moves_in_the_figures(
    clock: object, client: Client
) -> None:
    seeker = seekers_application().owner
    marmora = Office.objects.get(name="Marmora Office")
    table = every_office_month(client)
    assert table["Marmora Office"] == 0
    seeker.office = marmora
    seeker.save()
    after = every_office_month(client)
    assert after["Marmora Office"] == 1
    assert after["Belleville Office"] == table["Belleville Office"] - 1


def every_office_month(client: Client) -> dict[str, int]:
    """Active job seekers this month, by office."""
    response = client.get("/reports/figures.csv")
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    month = table[-1]["month"]
    return {r["office"]: int(r["active_job_seekers"]) for r in table if r["month"] == month}


def test_a_deleted_account_leaves_the_figures(clock: object, client: Client) -> None:
    before = int(this_month(client)["active_job_seekers"])
    seekers_application().owner.delete()
    assert int(this_month(client)["active_job_seekers"]) == before - 1


def test_other_thank_you_hours_count_everyone_again(clock: object, client: Client) -> None:
    from followup.organisation.models import Organisation

    before = this_month(client)
    organisation = Organisation.current()
    organisation.thank_you_hours = 1
    organisation.save()
    after = this_month(client)
    assert int(after["thank_you_notes_expected"]) > int(before["thank_you_notes_expected"]) or (
        after["thank_you_within_24_hours_percent"] != before["thank_you_within_24_hours_percent"]
    )


def test_a_load_after_changes_takes_the_same_few_queries_for_one_job_seeker_or_several(
    clock: object, client: Client
) -> None:
    """Each job seeker counted again is read and written with the others, set by set: the
    figures change at once, for a handful of queries whatever the number changed."""
    this_month(client)
    owners = list(User.objects.filter(role=Role.JOB_SEEKER).values_list("pk", flat=True)[:3])
    assert len(owners) == 3
    rules = Organisation.current().policy()
    seen = []
    for changed in (owners[:1], owners):
        before = int(this_month(client)["interviews_logged"])
        for owner in changed:
            application = Application.objects.filter(owner_id=owner).first()
            assert application is not None
            Interview.objects.create(
                application=application, starts_at=timezone.now() - timedelta(hours=3)
            )
        with CaptureQueriesContext(connection) as queries:
            after = report_cache.table(
                [""],
                [f.months_back(timezone.localdate(), 1)[0]],
                timezone.now(),
                rules,
            )
        seen.append([query["sql"] for query in queries.captured_queries])
        assert int(this_month(client)["interviews_logged"]) == before + len(changed)
        assert not isinstance(after, report_cache.Progress)
    assert len(seen[0]) == len(seen[1]) <= 19, "\n".join(sql[:120] for sql in seen[1])
