"""Slips on figures a question does not declare, named by mechanism from the table it hands over (round 10, names10a;
review round 9 M1/M2: "not one of this question's figures" for arithmetic on the table's other rows, and coincidence
stories). figure_family.matching_table is asked after the question's own figures and the generic slips, and names
only a unique computation; another question's answer is said only when no computation gives the number and it is
no small count."""
from __future__ import annotations

import warnings

import pytest

from netcrime import data
from netcrime.checks import compare, figure_family, lesson00 as L0, lesson01 as L1, lesson05 as L5, slips


def f(name: str) -> float:
    return float(data.figure(name))


def r(name: str) -> float:
    table = data.releases().set_index("id")
    return float(table.loc[name, "value"])


def judged(question, value):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return question.judge_values([value])


def test_two_figures_of_the_table_are_said_with_both_names():
    outcome = judged(L1.yt2, f("suspects_detained") - f("november_suspects_apprehended"))  # 15,688
    assert outcome.misconception == figure_family.TABLE_COMBINED
    assert "'suspects_detained'" in outcome.message and "'november_suspects_apprehended'" in outcome.message


def test_a_number_two_computations_give_is_said_both_ways_and_named_as_neither():
    outcome = judged(L0.q1, f("suspects_apprehended") - f("suspects_detained"))  # 600: also the 600 reminders
    assert outcome.misconception == figure_family.SEVERAL
    assert "'reminders_issued'" in outcome.message and "'suspects_detained'" in outcome.message


@pytest.mark.parametrize("value, said", [(f("gangs_eliminated") - 10 * f("november_gangs_eliminated"), "10 times"),
                                         (f("gangs_eliminated") - f("november_gangs_eliminated") / 1000, "1,000")])
def test_one_figure_a_power_of_ten_off_is_named(value, said):
    outcome = judged(L0.q1, value)
    assert outcome.misconception == figure_family.ONE_FIGURE_SCALED and said in outcome.message


def test_every_row_of_the_part_added_whatever_it_counts():
    both = data.release_figures()
    both = both[both["subset"].isin(["July operation", "November operation"])]
    outcome = judged(L0.q5, float(both["value"].sum()))  # 311,001,031: yuan and localities added to suspects
    assert outcome.misconception == figure_family.EVERY_UNIT_ADDED and "yuan" in outcome.message
    examples = data.release_figures().query("subset == 'provincial example'")
    assert judged(L0.yt4, float(examples["value"].sum())).misconception == figure_family.EVERY_UNIT_ADDED  # 830


def test_an_exact_computation_beats_one_that_only_rounds_to_the_number():
    outcome = judged(L5.q3, r("a2022_vicious") - r("r2022jul_vicious"))  # 34; 38,000 / 1,124 is 33.8
    assert outcome.misconception == figure_family.TABLE_COMBINED
    assert "'a2022_vicious'" in outcome.message and "f2025" not in outcome.message


def test_the_generic_slips_come_before_the_table():
    in_wan = (f("july_suspects_apprehended") + f("november_suspects_apprehended")) / 10_000  # 0.085
    assert judged(L0.q5, in_wan).misconception == slips.OFF_BY_WAN


def test_a_small_count_is_never_told_as_another_questions_answer():
    assert judged(L0.yt2, 2).misconception != slips.ANOTHER_ANSWER  # yt5's answer too, by chance
    assert judged(L5.yt1, 6).misconception != slips.ANOTHER_ANSWER
    assert compare._small_count(6) and not compare._small_count(159) and not compare._small_count(6.5)


def test_a_number_nothing_gives_is_told_what_it_is_not_with_the_table():
    outcome = judged(L0.q1, 1_234)
    assert outcome.misconception is None and "1,234 is no figure of this question" in outcome.message
    assert "or of its table" in outcome.message


def test_an_empty_list_is_told_as_empty():
    outcome = judged(L5.yt3, [])
    assert outcome.misconception == compare.EMPTY_SELECTION and "other way round" in outcome.message


@pytest.mark.parametrize("value, code", [(235.0, "wan_as_hundred"), (235_000.0, "wan_zero_too_many"),
                                         (0.235, "wan_divided")])
def test_wan_misread_by_another_power_of_ten(value, code):
    outcome = judged(L0.q2, value)
    assert outcome.misconception == code and "万" in outcome.message


def test_the_table_tier_is_not_asked_for_the_right_answer_or_its_fair_rounding():
    assert judged(L1.q4, f("suspects_detained") / f("suspects_apprehended")).passed
    assert judged(L1.q4, 0.965).passed and judged(L1.yt4, 0.029).passed and judged(L0.q1, 1626).passed


def test_the_part_over_the_rest_is_named():
    outcome = judged(L1.q5, round(f("november_assets_seized") / (f("assets_seized") - f("november_assets_seized")), 5))
    assert outcome.misconception == figure_family.COMBINED_OTHERWISE and "over the rest" in outcome.message


@pytest.mark.parametrize("said, code, words", [("cyber army", "hired_left_out", "'cyber army'"),
                                               ("reviewers", "hired_left_out", "'reviewers'"),
                                               ("fifty-cent army", "state_commenters", "propaganda"),
                                               ("propagandists", "state_commenters", "propaganda")])
def test_a_rendering_without_payment_is_told_with_the_students_words(said, code, words):
    """Round 9 M2: 'cyber army' was told "plain 'reviewers' reads as genuine customers", words it did not use."""
    outcome = judged(L1.q12, said)
    assert outcome.misconception == code and words in outcome.message


def test_a_groups_largest_value_and_swapped_labels_are_named():
    table = data.release_figures()
    gangs = table[table["unit"] == "gangs"]
    totals = gangs.groupby("subset")["value"].sum()
    assert judged(L0.q6, gangs.groupby("subset")["value"].max()).misconception == "value_aggregated"
    swapped = totals.copy()
    swapped["November operation"], swapped["provincial example"] = totals["provincial example"], \
        totals["November operation"]
    outcome = judged(L0.q6, swapped)
    assert outcome.misconception == "counts_relabelled" and "'November operation'" in outcome.message


def test_two_figures_of_one_unit_in_place_of_one_are_named():
    value = f("gangs_eliminated") - f("july_suspects_apprehended") - f("november_suspects_apprehended")  # 909
    outcome = judged(L0.q1, value)
    assert outcome.misconception == figure_family.EXTRA_FIGURE and "'july_suspects_apprehended'" in outcome.message
