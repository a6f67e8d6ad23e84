"""The chart judge (``netcrime.checks.vegalite``): fair to equivalent encodings, and every problem named at once.

stack=False and stack=None both turn stacking off; sort='-y' and
alt.EncodingSortField(field=<y's field>, order='descending') sort the same
bars. A chart with several problems gets one verdict listing all of them.
"""
from __future__ import annotations

import altair as alt
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from netcrime.checks.outcome import CORRECT, INCORRECT
from netcrime.checks.vegalite import (MISSING_DESCRIPTION, MISSING_TITLE, NOMINAL_VS_QUANTITATIVE, TRUNCATED_AXIS,
                                      UNSORTED, chart, every_problem)

from example_counts import examples

PROVINCES = pd.DataFrame({"province": ["Jiangsu", "Zhejiang", "Guangxi"], "gangs": [57, 40, 30]})
SORTED = chart(mark="bar", encodings={"x": {"field": "province", "type": "nominal", "sort": "-y"},
                                      "y": {"field": "gangs", "type": "quantitative"}})
UNSTACKED = chart(mark="bar", encodings={"x": {"field": "gangs", "type": "quantitative", "stack": None}},
                  require_title=False, require_description=False)


def _bars(x=None, y=None, title="Gangs", description="Bars of gangs by province"):
    base = alt.Chart(PROVINCES).mark_bar().encode(x=x or alt.X("province:N", sort="-y"), y=y or alt.Y("gangs:Q"))
    props = {k: v for k, v in {"title": title, "description": description}.items() if v}
    return base.properties(**props)


@pytest.mark.parametrize("sort", ["-y", alt.EncodingSortField(field="gangs", order="descending"),
                                  alt.EncodingSortField(field="gangs", op="sum", order="descending"),
                                  {"encoding": "y", "order": "descending"}])
def test_equivalent_descending_sorts_are_accepted(sort):
    assert SORTED(_bars(x=alt.X("province:N", sort=sort))).status == CORRECT


@pytest.mark.parametrize("sort", ["y", alt.EncodingSortField(field="gangs", order="ascending"),
                                  alt.EncodingSortField(field="gangs"), alt.EncodingSortField(field="province",
                                                                                              order="descending"),
                                  "descending", None])
def test_other_sorts_are_still_unsorted(sort):
    outcome = SORTED(_bars(x=alt.X("province:N", sort=sort) if sort is not None else alt.X("province:N")))
    assert outcome.status == INCORRECT and outcome.misconception == UNSORTED


@pytest.mark.parametrize("stack, right", [(None, True), (False, True), (True, False), ("normalize", False),
                                          ("zero", False)])
def test_stack_false_and_none_both_turn_stacking_off(stack, right):
    bars = alt.Chart(PROVINCES).mark_bar().encode(x=alt.X("gangs:Q", stack=stack), y="province:N")
    assert UNSTACKED(bars).passed == right
    assert not UNSTACKED(alt.Chart(PROVINCES).mark_bar().encode(x="gangs:Q", y="province:N")).passed


PROBLEMS = {
    MISSING_TITLE: dict(title=None),
    MISSING_DESCRIPTION: dict(description=None),
    UNSORTED: dict(x=alt.X("province:N")),
    TRUNCATED_AXIS: dict(y=alt.Y("gangs:Q", scale=alt.Scale(zero=False))),
    NOMINAL_VS_QUANTITATIVE: dict(y=alt.Y("gangs:N")),
}


@settings(max_examples=examples(40), deadline=None)
@given(chosen=st.sets(st.sampled_from(sorted(set(PROBLEMS) - {NOMINAL_VS_QUANTITATIVE})), min_size=1))
def test_every_problem_of_a_chart_is_named_in_one_verdict(chosen):
    made = {}
    for code in chosen:
        made.update(PROBLEMS[code])
    outcome = SORTED(_bars(**made))
    assert outcome.status == INCORRECT and outcome.misconception in chosen
    if len(chosen) == 1:
        assert "problems:" not in outcome.message
    else:
        assert outcome.message.startswith(f"{len(chosen)} problems: (1) ")
    for code, fragment in ((MISSING_TITLE, "no title"), (MISSING_DESCRIPTION, "no description"),
                           (UNSORTED, "not sorted"), (TRUNCATED_AXIS, "zero=False")):
        assert (fragment in outcome.message) == (code in chosen), (code, outcome.message)


def test_a_lesson_rule_and_the_shared_check_are_not_both_listed_for_one_mistake():
    def truncated(spec):
        return (TRUNCATED_AXIS, "The lesson's own words on the cut baseline.") if "encoding" in spec else None
    judge = chart(mark="bar", rules=[truncated], encodings={"y": {"field": "gangs", "type": "quantitative"}})
    outcome = judge(_bars(y=alt.Y("gangs:Q", scale=alt.Scale(zero=False)), title=None))
    assert outcome.misconception == TRUNCATED_AXIS
    assert outcome.message.count("baseline") == 1 and "zero=False" not in outcome.message
    assert outcome.message.startswith("2 problems:") and "no title" in outcome.message


def test_every_problem_keeps_a_single_problem_word_for_word():
    assert every_problem([(None, "Only this.")]).message == "Only this."
    both = every_problem([(None, "First."), ("code_b", "Second."), ("code_b", "Again.")])
    assert both.message == "2 problems: (1) First. (2) Second." and both.misconception == "code_b"


def test_a_lesson_rule_that_names_the_encoding_mistake_is_not_restated_by_the_shared_diff():
    def as_category(spec):
        enc = spec.get("encoding") or {}
        return ("date_as_category", "The date is typed nominal.") if (enc.get("x") or {}).get("type") == "nominal" else None
    judge = chart(mark="point", rules=[as_category], encodings={"x": {"field": "date", "type": "temporal"}})
    dates = pd.DataFrame({"date": ["2020-01-01", "2020-03-01"]})
    outcome = judge(alt.Chart(dates).mark_point().encode(x="date:N").properties(title="t", description="d"))
    assert outcome.message == "The date is typed nominal." and outcome.misconception == "date_as_category"
    untitled = judge(alt.Chart(dates).mark_point().encode(x="date:N"))
    assert untitled.message.startswith("3 problems: (1) The date is typed nominal.")


@pytest.mark.parametrize("odd", [{"layer": 1}, {"concat": True}, {"vconcat": [None]}, {"spec": "x"},
                                 {"mark": 3}, {"encoding": {"x": 1}}, {"transform": {"a": 1}},
                                 {"layer": [{"mark": "bar", "encoding": 5}]}])
def test_a_hand_made_dict_of_the_wrong_shape_gets_a_sentence(odd):
    """A dict whose parts are of the wrong kind is not walked (the walker once raised TypeError on
    ``{'layer': 1}``, which the odd-values property test found): every chart question says why."""
    from netcrime.checks import lesson02
    from netcrime.checks.question import Question
    from netcrime.checks.vegalite import ChartSpec, spec_of

    with pytest.raises(ValueError, match="not a chart"):
        spec_of(ChartSpec(odd))  # even marked as a chart's spec (a plain dict is no chart at all)
    assert spec_of(odd) is None
    for q in (v for v in vars(lesson02).values() if isinstance(v, Question)):
        outcome = q.judge_values([odd] * len(q.reads))
        assert outcome.status != "cannot_judge", (q.id, odd, outcome)
        assert not outcome.passed


def test_an_extracted_chart_is_not_malformed():
    from netcrime.checks.vegalite import ChartSpec, spec_of

    layered = alt.layer(alt.Chart(pd.DataFrame({"a": [1]})).mark_bar().encode(x="a:Q"),
                        alt.Chart(pd.DataFrame({"a": [1]})).mark_text().encode(x="a:Q", text="a:Q"))
    spec = ChartSpec(layered.to_dict())
    assert spec_of(spec) is spec
