"""Round 11's misnamed answers (review of round 10, issue #19), each named as what the student did."""
from __future__ import annotations

import pytest

from netcrime.checks import lesson03, lesson04


@pytest.mark.parametrize("value", [12 / 7, 1.71, 171.4])
def test_lesson03_q3_correct_labels_per_type_is_a_wrong_denominator(value):
    outcome = lesson03.q3.judge_values([value])
    assert outcome.misconception == "wrong_denominator" and "types" in outcome.message


@pytest.mark.parametrize("pair", [[1000, 2000], [700, 1700], [1000, 1700], [712.5, 2000]])
def test_lesson04_q3_ends_rounded_too_far_are_named_so_not_as_a_coincident_slip(pair):
    assert lesson04.q3.judge_values(pair).misconception == "rounded_too_far"


def test_lesson04_q3_fair_roundings_still_pass():
    assert lesson04.q3.judge_values([710, 1700]).passed and lesson04.q3.judge_values([713, 1701]).passed


@pytest.mark.parametrize("value,said", [(1600 / 1800, "1,600 / 1,800"), (0.889, "1,600 / 1,800"),
                                        (1800 / 200, "1,800 / 200"), (11.1, "200 / 1,800 as a percentage"),
                                        (1800 / 1600, "1,800 / 1,600")])
def test_lesson04_yt5_two_slips_are_both_said(value, said):
    outcome = lesson04.yt5.judge_values([value])
    assert outcome.misconception == "two_slips_at_once" and said in outcome.message
    assert "nothing is added" in outcome.message


def test_lesson04_yt5_unreported_as_a_percentage_is_named():
    assert lesson04.yt5.judge_values([87.5]).misconception == "unreported_percent"


@pytest.mark.parametrize("operation", ["November"])
def test_lesson02_yt2_an_operations_apprehended_added_to_the_campaigns_is_named(operation):
    from netcrime import data
    from netcrime.checks import lesson02

    july, held = data.figure("july_suspects_apprehended"), data.figure("suspects_apprehended")
    added = data.figure(f"{operation.lower()}_suspects_apprehended")
    outcome = lesson02.yt2.judge_values([july / (held + added)])  # round 14: yt2 asks July's share
    assert outcome.misconception == "operation_added" and operation in outcome.message


@pytest.mark.parametrize("value", [58, 64, 93])
def test_lesson03_yt2_a_case_count_gets_no_story_of_a_release_figure(value):
    """slips' exact-count reading added Guangdong's 51 gangs to 7 wrong fires; a count of training cases has no release
    figure in it."""
    from named_sets import right_values

    outcome = lesson03.yt2.judge_values([value, *right_values("03")["yt2"][1:]])
    assert not outcome.passed and "release" not in outcome.message and "gangs_eliminated" not in outcome.message
    assert "too high" in outcome.message
