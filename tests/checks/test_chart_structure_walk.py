"""Lesson 02's forbidden layouts caught however the chart is composed (issue #19, round 10: "walk the spec, not one
path"): units on one axis drawn as layers, panels whose scales a concatenation resolves 'shared', and nested bars
coloured by a field that has one value for both bars. Fair compositions (a concatenation's own independent scales)
still pass."""
from __future__ import annotations

import altair as alt
import pytest

from netcrime import data
from netcrime.checks import lesson02 as L
from netcrime.checks.outcome import RECORDED

WORDS = dict(title="Campaign figures, one panel per unit", description="Bars of the figures as reported by the Ministry.")


@pytest.fixture(scope="module")
def tables():
    figures = data.release_figures()
    headline = figures[figures["id"].isin(L.HEADLINE_IDS)][["id", "value", "unit"]].rename(columns={"id": "label"})
    prevention = figures[figures["id"].isin(L.PREVENTION_IDS)][["id", "value", "unit"]]
    suspects = headline[headline["unit"] == "suspects"]
    return headline, prevention, suspects


def _per_unit(table):
    field = "label" if "label" in table else "id"
    return [alt.Chart(table[table["unit"] == unit]).mark_bar().encode(x="value:Q", y=f"{field}:N")
            for unit in table["unit"].unique()]


def test_units_layered_on_one_plot_are_mixed_units(tables):
    headline, _prevention, _suspects = tables
    outcome = L.q1.judge_values([alt.hconcat(alt.layer(*_per_unit(headline))).properties(**WORDS)])
    assert outcome.misconception == L.MIXED_UNITS and "layers" in outcome.message


@pytest.mark.parametrize("question", ["q1", "yt1"])
def test_concatenated_panels_with_a_shared_scale_share_it(tables, question):
    headline, prevention, _suspects = tables
    table = headline if question == "q1" else prevention
    q = L.q1 if question == "q1" else L.yt1
    layered = [alt.layer(chart) for chart in _per_unit(table)]  # each panel a layer of one: still a panel
    chart = alt.vconcat(*layered).resolve_scale(x="shared").properties(**WORDS)
    outcome = q.judge_values([chart])
    assert outcome.misconception == L.SHARED_SCALE and "resolve_scale(x='shared')" in outcome.message


def test_concatenated_panels_keep_their_own_scales_by_default(tables):
    headline, _prevention, _suspects = tables
    outcome = L.q1.judge_values([alt.vconcat(*_per_unit(headline)).properties(**WORDS)])
    assert outcome.status == RECORDED and outcome.misconception is None, outcome.message


def test_nested_bars_coloured_by_a_field_with_one_value_are_one_colour(tables):
    _headline, _prevention, suspects = tables
    base = alt.Chart(suspects).mark_bar()
    one = L.q2.judge_values([base.encode(x=alt.X("value:Q", stack=None), color="unit:N").properties(**WORDS)])
    assert one.misconception == L.NOT_NESTED and "color='unit' has one value for both rows" in one.message
    told = L.q2.judge_values([base.encode(x=alt.X("value:Q", stack=None), color="label:N").properties(**WORDS)])
    assert told.misconception != L.NOT_NESTED


def _timeline():
    milestones = data.milestones()
    milestones["label"] = milestones["id"]
    return alt.Chart(milestones).encode(x=alt.X("date:T"))


TIMELINE = dict(title="The campaign's milestones", description="Timeline of the campaign's milestones, 2019 to 2020.")


def test_a_line_through_the_milestones_is_named_in_any_layer():
    base = _timeline()
    chart = alt.layer(base.mark_line(), base.mark_point(), base.mark_text(dy=-5).encode(text="label:N"))
    outcome = L.q4.judge_values([chart.properties(**TIMELINE)])
    assert outcome.misconception == L.EVENTS_JOINED and "line joins the milestones" in outcome.message


def test_labels_in_a_panel_of_their_own_are_not_beside_the_points():
    base = _timeline()
    chart = alt.vconcat(base.mark_point(), base.mark_text().encode(text="label:N"))
    outcome = L.q4.judge_values([chart.properties(**TIMELINE)])
    assert outcome.misconception == L.MISSING_TEXT_LAYER and "panel of their own" in outcome.message
    layered = L.q4.judge_values([(base.mark_point() + base.mark_text(angle=290).encode(text="label:N"))
                                 .properties(**TIMELINE)])
    assert layered.misconception is None, layered.message
