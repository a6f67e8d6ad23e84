"""Review round 13 FINAL (issue #19), the last verdicts as classes: 01 q11's approval idioms and a court as the actor,
01 q8's near-synonyms of a label, 03 q5's names typed ordinal where that draws the same chart, and 01 q4's 0.95
(a provincial example is never added to its national figure). Each test builds its own case."""
from __future__ import annotations

from chart_verdict import accepted  # 03 q5's words are recorded (review round 15, C2)

import pytest

from named_sets import judged, right_values
from netcrime.checks import lesson01 as L1
from netcrime.checks.slips import may_be_added


@pytest.mark.parametrize("value", ["signed off on the arrest", "the prosecutors okayed the arrest",
                                   "the prosecutors OK'd the arrest", "the prosecution green-lit the arrest",
                                   "prosecutors signed off on formal arrest", "arrest authorised by prosecutors",
                                   "the procuratorate endorsed the arrest"])
def test_01_q11_credits_approval_in_other_words(value):
    assert L1.q11.judge_values([value]).passed


@pytest.mark.parametrize("value", ["the court approved the arrest", "a judge signed off on the arrest",
                                   "arrest approved by the magistrate", "the court-approved arrest"])
def test_01_q11_names_a_court_as_the_wrong_actor(value):
    outcome = L1.q11.judge_values([value])
    assert not outcome.passed and outcome.misconception == "court_as_actor"
    assert "procuratorate" in outcome.message


def test_01_q11_prosecution_as_a_later_step_is_still_named():
    assert L1.q11.judge_values(["approved prosecution and arrest"]).misconception == "several_steps"


@pytest.mark.parametrize("question, key, synonym, label", [("q8", "12.7万条", "approximate", "rounded"),
                                                          ("q8", "12.7万条", "approx.", "rounded"),
                                                          ("q8", "21万余个", "at least", "lower bound"),
                                                          ("q7", "guangxi_first_case", "police work",
                                                           "enforcement activity")])
def test_01_a_near_synonym_of_a_label_is_credited_with_the_label_named(question, key, synonym, label):
    right = dict(right_values("01")[question][0])
    right[key] = synonym
    outcome = judged("01", question, [right])
    assert outcome.passed and repr(synonym) in outcome.message and repr(label) in outcome.message


def test_01_q8_the_label_itself_gets_no_note():
    assert judged("01", "q8", [dict(right_values("01")["q8"][0])]).message == ""


def _matrix(x_type: str, y_type: str, colour_type: str = "quantitative"):
    chart = right_values("03")["q5"][0].copy(deep=True)
    for layer in chart.layer:
        layer.encoding.x.type, layer.encoding.y.type = x_type, y_type
    chart.layer[0].encoding.color.type = colour_type
    return chart


def test_03_q5_ordinal_axes_of_type_names_draw_the_same_matrix():
    outcome = judged("03", "q5", [_matrix("ordinal", "ordinal")])
    assert accepted(outcome) and ":N (nominal) is the type for names" in outcome.message


def test_03_q5_nominal_axes_get_no_note_and_an_ordinal_colour_is_still_refused():
    assert "ordinal" not in judged("03", "q5", [_matrix("nominal", "nominal")]).message
    assert not judged("03", "q5", [_matrix("nominal", "nominal", "ordinal")]).passed


def test_01_q4_095_is_named_as_rounded_to_a_coarse_step():
    outcome = judged("01", "q4", [0.95, *right_values("01")["q4"][1:]])
    assert outcome.misconception == "rounded_to_a_coarse_step" and "zhejiang" not in outcome.message.lower()


def test_a_provincial_example_is_not_added_to_its_national_figure():
    assert not may_be_added("zhejiang_suspects_apprehended", "suspects_apprehended")
    assert may_be_added("suspects_detained", "suspects_apprehended")
