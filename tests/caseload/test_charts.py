"""Bar charts as geometry: heights in proportion, values written on every bar, dashes for
months without figures."""

from __future__ import annotations

from followup.caseload.charts import bar_chart


def test_bars_are_in_proportion_and_labelled_with_their_values() -> None:
    chart = bar_chart(["Jan", "Feb"], [("Interviews", [2.0, 4.0])])
    small, big = chart.bars
    assert small.height > 0 and big.height == 2 * small.height
    assert big.y + big.height == chart.baseline
    assert [b.text for b in chart.bars] == ["2", "4"]
    assert [label.text for label in chart.labels] == ["Jan", "Feb"]
    assert chart.legend == ()


def test_percentages_are_drawn_on_a_scale_to_100() -> None:
    chart = bar_chart(["Jan", "Feb"], [("On time", [50.0, None])], percent=True)
    half, missing = chart.bars
    full_height = chart.baseline - 18
    assert half.height == full_height / 2 and half.text == "50%"
    assert missing.height == 0 and missing.text == "–"


def test_two_series_sit_side_by_side_with_a_legend_in_two_colours() -> None:
    chart = bar_chart(["Jan"], [("Offers", [1.0]), ("Not selected", [3.0])])
    offers, not_selected = chart.bars
    assert offers.x + offers.width < not_selected.x
    assert offers.fill != not_selected.fill
    assert [name for _colour, name in chart.legend] == ["Offers", "Not selected"]


def test_a_chart_of_zeros_draws_flat_bars_and_every_bar_fits_the_picture() -> None:
    chart = bar_chart([f"M{n}" for n in range(12)], [("A", [0.0] * 12), ("B", [0.0] * 12)])
    assert len(chart.bars) == 12 * 2  # a bar for each month and series, even at zero
    assert all(b.height == 0 and b.text == "0" for b in chart.bars)
    assert all(b.x >= 0 and b.x + b.width <= chart.width for b in chart.bars)
