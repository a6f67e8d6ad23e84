"""Lesson 02 yt7 and ``checks.chart_interaction``: a chart responds to the reader only with a parameter the reader
sets (a selection or a widget), added to the chart and read by it; each missing step is named (#19, round 13)."""
from __future__ import annotations

import altair as alt
import pytest

from netcrime import data
from netcrime.checks import chart_interaction as ci
from netcrime.checks import lesson02 as L
from netcrime.checks.outcome import CORRECT, INCORRECT


@pytest.fixture(scope="module")
def units_chart():
    ids = ["gangs_eliminated", "suspects_apprehended", "suspects_detained", "cases_solved", "assets_seized"]
    headline = data.release_figures().query("id in @ids").assign(label=lambda d: d["id"])
    return alt.Chart(headline).mark_bar().encode(
        x=alt.X("value:Q"), y=alt.Y("label:N"), row=alt.Row("unit:N"), tooltip=["label", "printed_as"],
    ).resolve_scale(x="independent", y="independent").properties(title="Totals, one panel per unit",
                                                                 description="Bars, one panel per unit.")


def _opacity(selection):
    return {"opacity": alt.condition(selection, alt.value(1), alt.value(0.3))}


def test_a_selection_added_and_read_passes_in_any_fair_form(units_chart):
    picked = alt.selection_point(fields=["label"])
    double = alt.selection_point(name="double", on="dblclick", fields=["label"])
    by_y = alt.selection_point(encodings=["y"])  # the y channel's field is label
    clicked_or_menu = alt.selection_point(fields=["label"], on="click", bind=alt.binding_select(
        options=sorted(units_chart.data["label"])))  # on= given again: a click still selects
    fair = [units_chart.add_params(picked).encode(**_opacity(picked)),
            units_chart.add_params(double).encode(**_opacity(double)),
            units_chart.add_params(by_y).encode(**_opacity(by_y)),
            units_chart.add_params(picked).encode(opacity=alt.when(picked).then(alt.value(1)).otherwise(alt.value(.3))),
            units_chart.add_params(clicked_or_menu).encode(**_opacity(clicked_or_menu))]
    for chart in fair:
        assert L.yt7.judge_values([chart]).status == CORRECT, chart.to_dict()


def test_each_missing_step_is_named(units_chart):
    picked = alt.selection_point(fields=["label"])
    fixed = alt.param(name="k", value=1)
    wrong = {
        ci.NO_INTERACTION: units_chart,
        ci.SELECTION_NOT_ADDED: units_chart.encode(**_opacity(picked)),
        ci.SELECTION_UNUSED: units_chart.add_params(picked),
        ci.FIXED_PARAMETER: units_chart.add_params(fixed).encode(
            opacity=alt.condition("datum.value > k", alt.value(1), alt.value(0.3))),
        ci.CONDITION_CHANGES_NOTHING: units_chart.add_params(picked).encode(
            opacity=alt.condition(picked, alt.value(1), alt.value(1))),
        ci.ZOOM_ONLY: units_chart.interactive(),
    }
    for code, chart in wrong.items():
        outcome = L.yt7.judge_values([chart])
        assert outcome.status == INCORRECT and outcome.misconception == code, (code, outcome.message)
        assert code in L.yt7.misconceptions
        assert "param_" not in outcome.message  # Altair's generated name is said as "your selection"


def test_a_selection_other_than_the_one_asked_is_named(units_chart):
    """Round 13 review: the prompt asks for a point selection on label read by opacity, and keeps the title."""
    picked = alt.selection_point(fields=["label"])
    by_unit = alt.selection_point(fields=["unit"])
    dragged = alt.selection_interval(encodings=["y"])
    wrong = {
        ci.SELECTION_ON_OTHER_FIELD: units_chart.add_params(by_unit).encode(**_opacity(by_unit)),
        ci.HIGHLIGHT_ON_OTHER_CHANNEL: units_chart.add_params(picked).encode(
            color=alt.condition(picked, alt.value("red"), alt.value("grey"))),
        ci.INTERVAL_NOT_POINT: units_chart.add_params(dragged).encode(**_opacity(dragged)),
        L.CRIME_FELL.code: units_chart.add_params(picked).encode(**_opacity(picked)).properties(
            title="Online gang crime fell"),
    }
    for code, chart in wrong.items():
        outcome = L.yt7.judge_values([chart])
        assert outcome.status == INCORRECT and outcome.misconception == code, (code, outcome.message)
        assert code in L.yt7.misconceptions
    asked = L.yt7.judge_values([wrong[ci.HIGHLIGHT_ON_OTHER_CHANNEL]]).message
    assert "point selection on the label field" in asked and "opacity" in asked


def test_panels_dropped_for_one_axis_are_named_as_mixed_units(units_chart):
    picked = alt.selection_point(fields=["label"])
    one_axis = alt.Chart(units_chart.data).mark_bar().encode(x="value:Q", y="label:N").add_params(picked).encode(
        **_opacity(picked)).properties(title="Totals", description="Bars.")
    assert L.yt7.judge_values([one_axis]).misconception == L.MIXED_UNITS


def test_the_walker_reads_parameters_anywhere_in_a_layered_spec():
    picked = alt.selection_point(name="picked", fields=["x"])
    base = alt.Chart(alt.Data(values=[{"x": "a", "y": 1}])).mark_bar().encode(x="x:N", y="y:Q")
    layered = alt.layer(base.add_params(picked).encode(**_opacity(picked)), base.mark_text().encode(text="y:Q"))
    spec = layered.to_dict()
    assert set(ci.declared(spec)) == {"picked"} and ci.used(spec, {"picked"}) == {"picked"}
    assert all(rule.message_for(spec) is None for rule in ci.RULES)


def test_a_chart_set_only_by_a_widget_or_a_legend_is_named_not_a_click(units_chart):
    """Round 14: the prompt asks for a click on a bar. A widget parameter is never set by a click, and Vega-Lite turns
    clicks on the marks off for a selection bound to a widget or a legend unless its ``on`` is given again."""
    slider = alt.param(name="cut", value=1000, bind=alt.binding_range(min=0, max=20000))
    menu = alt.selection_point(fields=["label"], bind=alt.binding_select(options=sorted(units_chart.data["label"])))
    legend = alt.selection_point(fields=["label"], bind="legend")
    wrong = {"a widget": units_chart.add_params(slider).encode(
                 opacity=alt.condition("datum.value > cut", alt.value(1), alt.value(0.3))),
             "a widget ": units_chart.add_params(menu).encode(**_opacity(menu)),
             "the legend": units_chart.add_params(legend).encode(**_opacity(legend))}
    for how, chart in wrong.items():
        outcome = L.yt7.judge_values([chart])
        assert outcome.status == INCORRECT and outcome.misconception == ci.WIDGET_NOT_CLICK, outcome.message
        assert how.strip() in outcome.message and "point selection on the label field" in outcome.message
    assert ci.WIDGET_NOT_CLICK in L.yt7.misconceptions


@pytest.mark.parametrize("on", ["pointerover", "mouseover", "pointermove"])
def test_a_selection_that_follows_the_pointer_is_named_not_a_click(units_chart, on):
    """Review round 14, B1: the question asks that a click keep a bar lit; a hover highlight is gone when the pointer
    moves on."""
    hover = alt.selection_point(on=on, fields=["label"], empty=False)
    outcome = L.yt7.judge_values([units_chart.add_params(hover).encode(**_opacity(hover))])
    assert outcome.status == INCORRECT and outcome.misconception == ci.HOVER_NOT_CLICK, outcome.message
    assert on in outcome.message and ci.HOVER_NOT_CLICK in L.yt7.misconceptions
