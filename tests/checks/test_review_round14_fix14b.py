"""Review round 14 (issue #19), lessons 02-04: the last generic verdicts as classes, each a declared misconception
with its own test. Each test builds its own case."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson02 as L2
from netcrime.checks import lesson04 as L4


# ----- generic verdicts for plausible wrong answers ------------------------------------------------------------
@pytest.mark.parametrize("days", [365, 366])
def test_02_yt4_a_year_of_days_is_named_as_the_years_alone(days):
    outcome = L2.yt4.judge_values([days])
    assert outcome.misconception == "year_numbers_only" and f"You gave {days}" in outcome.message


def test_02_yt4_the_right_gap_still_passes():
    assert L2.yt4.judge_values([430]).passed


def test_04_q3_the_recorded_count_added_on_top_is_named_at_either_end():
    low_rate, high_rate = L4.rate_range()
    right = (L4.PRACTICE_REPORTED / high_rate, L4.PRACTICE_REPORTED / low_rate)
    added = tuple(end + L4.PRACTICE_RECORDED for end in right)
    for pair in (added, (added[0], right[1]), (right[0], added[1])):
        outcome = L4.q3.judge_values(list(pair))
        assert outcome.misconception == "recorded_added_on_top" and "counts them twice" in outcome.message
    assert L4.q3.judge_values(list(right)).passed


@pytest.mark.parametrize("rate, direction, implied", [(0.2, "high", "1,000"), (0.05, "low", "4,000"),
                                                      (1, "high", "200")])
def test_04_yt5_a_share_no_slip_explains_is_given_back_as_the_count_it_implies(rate, direction, implied):
    outcome = L4.yt5.judge_values([rate])
    assert outcome.misconception == "rate_gives_another_estimate"
    assert f"You gave {rate:g}" in outcome.message and f"= {implied} incidents" in outcome.message
    assert f"too {direction}" in outcome.message


def test_04_yt5_either_borrowed_rate_is_named_as_borrowed():
    for rate in L4.rate_range():
        assert L4.yt5.judge_values([rate]).misconception == "borrowed_rate"
    assert L4.yt5.judge_values([0.125]).passed


# ----- 03 yt5 probed as a stranger: the counts a student computes on the way are said ------------------------
@pytest.mark.parametrize("value, code", [(0, "nothing_moved"), (17, "total_before"), (14, "lesson_rule_total"),
                                         (19, "any_label_count"), (11, "every_case_moved"), (16, "total_not_fall"),
                                         (0.235, "fall_as_share"), (23.5, "fall_as_share")])
def test_03_yt5_the_counts_on_the_way_are_named(value, code):
    from netcrime.checks import lesson03 as L3
    outcome = L3.yt5.judge_values([value])
    assert not outcome.passed and outcome.misconception == code, outcome.message
    assert code in L3.yt5.misconceptions


def test_03_yt5_fair_forms_of_the_fall_still_pass():
    import numpy as np
    from netcrime.checks import lesson03 as L3
    for value in (4, 4.0, np.int64(4)):
        assert L3.yt5.judge_values([value]).passed
