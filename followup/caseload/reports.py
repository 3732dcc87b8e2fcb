"""Reports without personal data, per office and month, for counsellors and administrators:
charts (server-rendered SVG, each with a table), a full table, and the same figures as CSV.

Counsellors see every office, as administrators do: the figures are counts and percentages
only, and comparing offices is part of their use. See `figures` for how each one is counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import formats, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from followup.accounts.access import report_reader_of
from followup.accounts.clock import local_today
from followup.caseload import figures as f
from followup.caseload import report_cache
from followup.caseload.charts import Chart, bar_chart
from followup.caseload.report_cache import Progress, Table
from followup.lib.plan.schedule import ON_TIME_BUSINESS_DAYS
from followup.lib.tabular import write_csv
from followup.organisation.models import Office, Organisation

MONTH_CHOICES = (6, 12)
# The page counts whoever needs it for about this long (seconds), then says how far it got.
BUDGET = 0.14


@dataclass(frozen=True)
class Scope:
    office: Office | None  # None: every office together
    months: list[str]
    offices: list[str]  # office names to count, "" for job seekers without an office


@dataclass(frozen=True)
class Measure:
    key: str
    title: str
    summary: str
    chart: Chart
    rows: list[tuple[str, list[str]]]  # (month, values)
    columns: list[str]

    @property
    def marks(self) -> SafeString:
        """The chart's bars, values and months as SVG."""
        return _svg_marks(self.chart)

    @property
    def body(self) -> SafeString:
        """Its table's rows."""
        return _table_rows((month, None, cells) for month, cells in self.rows)


# The page's repeated parts are written here rather than by the template language, which takes
# a few microseconds a value: a year of every office is a few thousand values.
def _svg_marks(chart: Chart) -> SafeString:
    bars = "\n  ".join(
        f'<rect x="{b.x}" y="{b.y}" width="{b.width}" height="{b.height}" fill="{escape(b.fill)}"/>'
        f'\n  <text x="{b.text_x}" y="{b.text_y}" text-anchor="middle" class="value">'
        f"{escape(b.text)}</text>"
        for b in chart.bars
    )
    labels = "".join(
        f'<text x="{label.x}" y="{label.y}" text-anchor="middle" class="axis">'
        f"{escape(label.text)}</text>"
        for label in chart.labels
    )
    return mark_safe(f"{bars}\n  {labels}")  # noqa: S308  (every value escaped above)


def _table_rows(rows: Iterable[tuple[str, str | None, Sequence[str]]]) -> SafeString:
    """`<tr>`s of a heading cell, perhaps a first plain cell, then the cells."""
    return mark_safe(  # noqa: S308  (every value escaped)
        "".join(
            f'<tr><th scope="row">{escape(heading)}</th>'
            + ("" if first is None else f"<td>{escape(first)}</td>")
            + "".join(f"<td>{escape(cell)}</td>" for cell in cells)
            + "</tr>"
            for heading, first, cells in rows
        )
    )


def _scope(request: HttpRequest, today: date) -> Scope:
    raw_months = request.GET.get("months", "6")
    # isdecimal, not isdigit: int() refuses digits such as "²"
    count = int(raw_months) if raw_months.isdecimal() and int(raw_months) in MONTH_CHOICES else 6
    months = f.months_back(today, count)
    raw_office = request.GET.get("office", "")
    office = Office.objects.filter(pk=raw_office).first() if raw_office.isdecimal() else None
    names = [office.name] if office else [*Office.objects.values_list("name", flat=True), ""]
    return Scope(office, months, names)


def _table(scope: Scope, budget: float | None = None) -> Table | Progress:
    """The figures per office and month and their totals, counting first whoever needs it (with
    a `budget`, perhaps only how far the counting got)."""
    rules = Organisation.current().policy()
    return report_cache.table(scope.offices, scope.months, timezone.now(), rules, budget)


def _whole_table(scope: Scope) -> Table:
    table = _table(scope)
    assert not isinstance(table, Progress)  # without a budget every figure is counted
    return table


def warm(now: datetime | None = None) -> int:
    """Count, ahead of readers, whoever needs it (`report_cache.warm`)."""
    return report_cache.warm(now or timezone.now(), Organisation.current().policy())


def month_label(month: str) -> str:
    return formats.date_format(date.fromisoformat(month + "-01"), "M Y")


def percent_format() -> str:
    """How a percentage is written: "60%" in English, "60 %" in French."""
    return _("%(n)s%%")


def _value(number: int | None, percent: bool = False) -> str:
    if number is None:
        return "–"
    return percent_format() % {"n": number} if percent else str(number)


Series = Sequence[tuple[str, Sequence[int | None]]]


Labels = tuple[list[str], list[str]]  # each month's name with its year, and alone


def _measure(key: str, title: str, series: Series, percent: bool, months: Labels) -> Measure:
    labels, short = months
    rows = [
        (labels[i], [_value(values[i], percent) for _name, values in series])
        for i in range(len(labels))
    ]
    summary = "; ".join(
        f"{label}: " + ", ".join(f"{name} {cells[j]}" for j, (name, _v) in enumerate(series))
        for label, cells in rows
    )
    drawn = [(name, [None if v is None else float(v) for v in values]) for name, values in series]
    return Measure(
        key,
        title,
        f"{title}. {summary}.",
        bar_chart(short, drawn, percent=percent, percent_format=percent_format()),
        rows,
        [name for name, _v in series],
    )


def _measures(totals: list[f.Figures], hours: int) -> list[Measure]:
    firsts = [date.fromisoformat(t.month + "-01") for t in totals]
    # once for the five charts: formatting a date in the reader's language is not free
    months = (
        [formats.date_format(day, "M Y") for day in firsts],
        [formats.date_format(day, "M") for day in firsts],
    )
    return [
        _measure(
            "interviews",
            _("Interviews logged"),
            [(_("Interviews"), [t.interviews for t in totals])],
            False,
            months,
        ),
        _measure(
            "thank-you",
            _("Thank-you notes sent within %(hours)d hours") % {"hours": hours},
            [(_("Sent on time"), [t.thank_you_percent for t in totals])],
            True,
            months,
        ),
        _measure(
            "follow-up",
            _("Follow-ups sent on time"),
            [(_("Sent on time"), [t.follow_up_percent for t in totals])],
            True,
            months,
        ),
        _measure(
            "outcomes",
            _("Outcomes"),
            [
                (_("Offers"), [t.offers for t in totals]),
                (_("Not selected"), [t.not_selected for t in totals]),
            ],
            False,
            months,
        ),
        _measure(
            "active",
            _("Active job seekers"),
            [(_("Job seekers"), [t.active_job_seekers for t in totals])],
            False,
            months,
        ),
    ]


HEADERS = [
    "office",
    "month",
    "interviews_logged",
    "thank_you_notes_expected",
    "thank_you_notes_within_24_hours",
    "thank_you_within_24_hours_percent",
    "first_follow_ups_sent",
    "follow_ups_on_time",
    "follow_ups_on_time_percent",
    "offers",
    "not_selected",
    "active_job_seekers",
]


def _cells(figures: f.Figures) -> list[object]:
    return [
        figures.interviews,
        figures.thank_you_expected,
        figures.thank_you_on_time,
        "" if figures.thank_you_percent is None else figures.thank_you_percent,
        figures.follow_ups_sent,
        figures.follow_ups_on_time,
        "" if figures.follow_up_percent is None else figures.follow_up_percent,
        figures.offers,
        figures.not_selected,
        figures.active_job_seekers,
    ]


def _office_rows(
    scope: Scope, table: dict[tuple[str, str], f.Figures], totals: list[f.Figures]
) -> list[tuple[str, str, list[object]]]:
    no_office = _("No office")
    rows = [
        (office or no_office, month, _cells(table[office, month]))
        for office in scope.offices
        for month in scope.months
    ]
    if scope.office is None:
        rows += [(_("All offices"), t.month, _cells(t)) for t in totals]
    return rows


@login_required
def report(request: HttpRequest) -> HttpResponse:
    scope = _scope(request, local_today(report_reader_of(request)))
    computed = _table(scope, BUDGET)
    hours = Organisation.current().thank_you_hours
    context = {
        "scope": scope,
        "offices": list(Office.objects.all()),
        "month_choices": MONTH_CHOICES,
        "months": len(scope.months),
        "hours": hours,
        "on_time_days": ON_TIME_BUSINESS_DAYS,
        "query": request.GET.urlencode(),
        "nav": "reports",
    }
    if isinstance(computed, Progress):
        # no figure until every job seeker is counted: how far the counting got
        return render(request, "caseload/reports.html", {**context, "progress": computed})
    table, totals = computed
    rows = _office_rows(scope, table, totals)
    labels = {month: month_label(month) for month in scope.months}
    return render(
        request,
        "caseload/reports.html",
        {
            **context,
            "measures": _measures(totals, hours),
            # plain strings: the template neither localises nor tests a few thousand numbers
            "rows": _table_rows(
                (office, labels[month], [str(cell) for cell in cells])
                for office, month, cells in rows
            ),
        },
    )


@login_required
def report_csv(request: HttpRequest) -> HttpResponse:
    scope = _scope(request, local_today(report_reader_of(request)))
    table, totals = _whole_table(scope)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="followup-report.csv"'
    # an office named "=HYPERLINK(…)" must not run as a formula: cells as the exports write them
    rows = ([office, month, *cells] for office, month, cells in _office_rows(scope, table, totals))
    response.write(write_csv(HEADERS, rows))
    return response
