"""Lesson 02: every chart question accepts the solution's chart, catches each named
chart mistake with its misconception code, and answers odd input with a message.
The widget's pure function and its wiring are driven from Python."""
from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from netcrime import data
from netcrime.checks import vegalite as engine
from netcrime.checks import lesson02 as L
from netcrime.checks.outcome import CORRECT, INCORRECT, NOT_ATTEMPTED, WRONG_TYPE


# ----- the tables the exercise prepares (built the same way) ----------------

@pytest.fixture(scope="module")
def tables():
    figures = data.release_figures()
    headline = figures[figures["id"].isin(L.HEADLINE_IDS)][["id", "value", "unit", "printed_as"]].copy()
    headline["label"] = headline["id"]
    suspects = headline[headline["unit"] == "suspects"][["label", "value", "unit", "printed_as"]]
    provinces = figures[(figures["scope"] != "national") & (figures["unit"] == "gangs")]
    provinces = provinces[["scope", "value"]].rename(columns={"scope": "example"})
    milestones = data.milestones()[["date", "id"]].rename(columns={"id": "label"})
    fall = data.figure("trap_loan_institutions_decline")
    decline = pd.DataFrame({"when": ["2019 peak", "December 2020"], "index": [100, 100 - fall]})
    shares = pd.DataFrame({"measure": ["gangs", "suspects"],
                           "share": [data.figure("november_gangs_eliminated") / data.figure("gangs_eliminated"),
                                     data.figure("november_suspects_apprehended") / data.figure("suspects_apprehended")]})
    return dict(headline=headline, suspects=suspects, provinces=provinces, milestones=milestones,
                decline=decline, shares=shares, fall=fall)


def _text(chart):
    return chart.properties(title="A title", description="A description for screen readers.")


def judge(question, value):
    return question.judge_values([value])


# ----- correct charts pass -----------------------------------------------------

def test_solutions_pass(tables):
    t = tables
    good = [
        (L.q1, _text(alt.Chart(t["headline"]).mark_bar().encode(x="value:Q", y="label:N", row="unit:N")
                    .resolve_scale(x="independent"))),
        (L.q2, _text(alt.Chart(t["suspects"]).mark_bar().encode(x=alt.X("value:Q", stack=None), color="label:N"))),
        (L.q3, _text(alt.Chart(t["provinces"]).mark_bar().encode(x="value:Q", y=alt.Y("example:N", sort=None)))),
        (L.q5, _text(alt.Chart(t["decline"]).mark_bar().encode(x="when:N", y="index:Q"))),
        (L.q6, _text(alt.Chart(t["shares"]).mark_bar().encode(x="share:Q", y=alt.Y("measure:N", sort="-x"),
                                                             tooltip=["measure", "share"]))),
    ]
    base = alt.Chart(t["milestones"]).encode(x="date:T")
    good.append((L.q4, _text(base.mark_point() + base.mark_text(dx=5).encode(text="label:N"))))
    for question, value in good:
        outcome = judge(question, value)
        assert outcome.status == CORRECT, (question.id, outcome.message)


def test_facet_method_and_separate_charts_also_pass_q1(tables):
    h = tables["headline"]
    faceted = _text(alt.Chart(h).mark_bar().encode(x="value:Q", y="label:N")
                    .facet(row="unit:N").resolve_scale(x="independent"))
    assert judge(L.q1, faceted).status == CORRECT
    # Separate charts, one per unit, concatenated: no axis mixes units.
    parts = [alt.Chart(h[h["unit"] == u]).mark_bar().encode(x="value:Q", y="label:N") for u in ["gangs", "yuan"]]
    assert L.mixed_units.spot(alt.vconcat(*parts).to_dict()) is None


def test_reading_questions():
    assert judge(L.q7, "a").passed and judge(L.q7, " A ").passed
    assert judge(L.q8, "b").passed
    assert judge(L.q7, "b").misconception == "percent_as_count"
    assert judge(L.q7, "c").misconception == "institutions_as_crime"
    assert judge(L.q8, "d").misconception == L.STACKED_SUBSET


# ----- each named chart mistake is caught with its code ------------------------

def test_mixed_units(tables):
    wrong = _text(alt.Chart(tables["headline"]).mark_bar().encode(x="value:Q", y="label:N"))
    outcome = judge(L.q1, wrong)
    assert outcome.status == INCORRECT and outcome.misconception == L.MIXED_UNITS
    assert "yuan" in outcome.message


def test_mixed_units_with_shared_scale(tables):
    wrong = _text(alt.Chart(tables["headline"]).mark_bar().encode(x="value:Q", y="label:N", row="unit:N"))
    assert judge(L.q1, wrong).misconception == L.SHARED_SCALE


def test_mixed_units_through_a_filter(tables):
    h = tables["headline"]
    one_unit = alt.Chart(h).mark_bar().encode(x="value:Q", y="label:N").transform_filter(
        alt.FieldEqualPredicate(field="unit", equal="suspects"))
    assert L.mixed_units.spot(one_unit.to_dict()) is None


def test_stacked_subset(tables):
    stacked = _text(alt.Chart(tables["suspects"]).mark_bar().encode(x="value:Q", color="label:N"))
    outcome = judge(L.q2, stacked)
    assert outcome.misconception == L.STACKED_SUBSET
    total = data.figure("suspects_apprehended") + data.figure("suspects_detained")
    assert f"{total:,.0f}" in outcome.message
    # Vertical stacks and stacks on one shared category are caught too.
    s = tables["suspects"].assign(group="suspects")
    vertical = _text(alt.Chart(s).mark_bar().encode(x="group:N", y="value:Q", color="label:N"))
    assert judge(L.q2, vertical).misconception == L.STACKED_SUBSET
    normalised = _text(alt.Chart(s).mark_bar().encode(x=alt.X("value:Q", stack="normalize"), color="label:N"))
    assert judge(L.q2, normalised).misconception == L.STACKED_SUBSET


def test_side_by_side_is_not_a_stack(tables):
    side = alt.Chart(tables["suspects"]).mark_bar().encode(x="value:Q", y="label:N")
    assert L.stacked_subset.spot(side.to_dict()) is None


def test_nominal_vs_quantitative(tables):
    wrong = _text(alt.Chart(tables["provinces"]).mark_bar().encode(x="value:N", y=alt.Y("example:N", sort=None)))
    assert judge(L.q3, wrong).misconception == engine.NOMINAL_VS_QUANTITATIVE
    wrong6 = _text(alt.Chart(tables["shares"]).mark_bar().encode(x="share:N", y=alt.Y("measure:N", sort="-x")))
    assert judge(L.q6, wrong6).misconception == engine.NOMINAL_VS_QUANTITATIVE


def test_provincial_examples_are_not_ranked(tables):
    # Issue #18: the provincial figures are a selection, not a league table.
    for sort in ("-x", "x", "ascending", "descending"):
        ranked = _text(alt.Chart(tables["provinces"]).mark_bar().encode(x="value:Q", y=alt.Y("example:N", sort=sort)))
        assert judge(L.q3, ranked).misconception == L.LEAGUE_TABLE, sort
    in_release_order = _text(alt.Chart(tables["provinces"]).mark_bar().encode(x="value:Q", y="example:N"))
    assert judge(L.q3, in_release_order).passed


def test_unsorted_bars(tables):
    wrong6 = _text(alt.Chart(tables["shares"]).mark_bar().encode(x="share:Q", y="measure:N"))
    assert judge(L.q6, wrong6).misconception == engine.UNSORTED


def test_missing_title_and_description(tables):
    chart = alt.Chart(tables["shares"]).mark_bar().encode(x="share:Q", y=alt.Y("measure:N", sort="-x"))
    assert judge(L.q6, chart.properties(description="d")).misconception == engine.MISSING_TITLE
    assert judge(L.q6, chart.properties(title="t")).misconception == engine.MISSING_DESCRIPTION


def test_date_as_category(tables):
    wrong = _text(alt.Chart(tables["milestones"]).mark_point().encode(x="date:N"))
    assert judge(L.q4, wrong).misconception == L.DATE_AS_CATEGORY
    ordinal = _text(alt.Chart(tables["milestones"]).mark_point().encode(x="date:O"))
    assert judge(L.q4, ordinal).misconception == L.DATE_AS_CATEGORY


def test_truncated_axis_and_decline_as_remaining(tables):
    truncated = _text(alt.Chart(tables["decline"]).mark_bar().encode(
        x="when:N", y=alt.Y("index:Q", scale=alt.Scale(zero=False))))
    assert judge(L.q5, truncated).misconception == engine.TRUNCATED_AXIS
    backwards = pd.DataFrame({"when": ["peak", "now"], "index": [100, tables["fall"]]})
    wrong = _text(alt.Chart(backwards).mark_bar().encode(x="when:N", y="index:Q"))
    assert judge(L.q5, wrong).misconception == L.DECLINE_AS_REMAINING


def test_decline_index_comes_from_data():
    assert L.decline_index() == 100 - data.figure("trap_loan_institutions_decline")


def test_wrong_mark(tables):
    line = _text(alt.Chart(tables["provinces"]).mark_line().encode(x="value:Q", y=alt.Y("example:N", sort=None)))
    assert judge(L.q3, line).misconception == engine.WRONG_MARK


# ----- odd input: a message, never an exception -------------------------------

@pytest.mark.parametrize("value", [None, 3, "bar chart", pd.DataFrame({"a": [1]}), [1, 2], {"mark": "bar"}, object()])
def test_odd_input_gives_a_message(value):
    for question in L.QUESTIONS:
        outcome = judge(question, value)
        assert not outcome.passed
        assert outcome.message


def test_placeholder_is_not_attempted():
    for question in L.QUESTIONS:
        assert judge(question, ...).status == NOT_ATTEMPTED


def test_reading_questions_reject_odd_values():
    assert judge(L.q7, 1).status == WRONG_TYPE
    assert judge(L.q8, "e").status == WRONG_TYPE


def test_rules_survive_odd_specs():
    for rule in (L.mixed_units, L.stacked_subset, L.date_as_category, L.decline_as_remaining):
        for spec in ({}, {"mark": "bar"}, {"layer": [{"mark": "bar", "encoding": {"x": "oops"}}]},
                     {"data": {"url": "x.csv"}, "mark": "bar", "encoding": {"x": {"field": "v", "type": "quantitative"}}},
                     {"data": {"values": [{"v": None, "unit": "a"}]}, "mark": "bar",
                      "encoding": {"x": {"field": "v", "type": "quantitative"}}}):
            assert not rule.spot(spec)


def test_every_question_is_declared():
    assert [q.id for q in L.QUESTIONS] == [f"q{i}" for i in range(1, 9)]
    for q in L.QUESTIONS:
        assert q.lesson == "02" and 2 <= len(q.hints) <= 3 and q.solution_code and q.explanation
