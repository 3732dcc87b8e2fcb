"""Bar charts as plain geometry for a server-rendered SVG: one group of bars per month, one bar
per series, each bar labelled with its value so the chart reads without a scale. No Django."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WIDTH = 320
HEIGHT = 180
TOP = 18  # room for the value above the tallest bar
BOTTOM = 22  # room for the month under the bars
SIDE = 4
# Blue and orange: told apart with every common colour-vision deficiency, and dark enough
# for the white background (contrast 7.5:1 and 3.1:1 for the bars).
COLOURS = ("#0b5394", "#b35c00")


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    fill: str
    text: str  # the value, written above the bar
    text_x: float
    text_y: float


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[Label, ...]  # one per month, under its bars
    baseline: float
    legend: tuple[tuple[str, str], ...]  # (colour, series name) when there is more than one


def _text(value: float | None, percent: bool, percent_format: str) -> str:
    if value is None:
        return "–"
    return percent_format % {"n": f"{value:.0f}"} if percent else f"{value:.0f}"


def bar_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    percent: bool = False,
    percent_format: str = "%(n)s%%",
) -> Chart:
    """Bars for each category (month) and series; a missing value (None) draws no bar and
    is written as a dash. Percentages are drawn on a 0–100 scale, counts on 0 to the largest,
    and written with `percent_format` ("60 %" in French)."""
    baseline = HEIGHT - BOTTOM
    room = baseline - TOP
    values = [v for _name, vals in series for v in vals if v is not None]
    top = 100.0 if percent else max(values, default=0.0) or 1.0
    group = (WIDTH - 2 * SIDE) / max(len(categories), 1)
    bar_width = group * 0.7 / max(len(series), 1)
    bars = []
    for i, _category in enumerate(categories):
        left = SIDE + i * group + group * 0.15
        for s, (_name, vals) in enumerate(series):
            value = vals[i] if i < len(vals) else None
            height = 0.0 if value is None else room * min(value, top) / top
            x = left + s * bar_width
            bars.append(
                Bar(
                    x=round(x, 1),
                    y=round(baseline - height, 1),
                    width=round(bar_width - 1, 1),
                    height=round(height, 1),
                    fill=COLOURS[s % len(COLOURS)],
                    text=_text(value, percent, percent_format),
                    text_x=round(x + bar_width / 2, 1),
                    text_y=round(baseline - height - 4, 1),
                )
            )
    labels = tuple(
        Label(round(SIDE + i * group + group / 2, 1), HEIGHT - 6, category)
        for i, category in enumerate(categories)
    )
    legend = (
        tuple((COLOURS[s % len(COLOURS)], name) for s, (name, _v) in enumerate(series))
        if len(series) > 1
        else ()
    )
    return Chart(WIDTH, HEIGHT, tuple(bars), labels, baseline, legend)
