"""Round 13 (issue #19), lessons 00, 01 and 05 and the shared engine: names13a's holdout (named_set_r13a.py) and a
test per rule the round added. The holdout, 24 plausible wrong answers and 5 fair ones, was written at 05:05 UTC
before any fix and measured once: 00 0/4, 01 3/12, 05 3/8 named (6/24), six accepted (every label cut short, then
credited with a note), no fair answer rejected. The classes it showed are fixed as classes below; the bars hold what
the fixes reached (every row named) and cannot fall. The rows were not changed after measuring."""
from __future__ import annotations

import pytest

import named_set_r13a
from named_sets import holdout_tests, right_values
from netcrime.checks import compare, figure_family, labels, lesson00 as L0, lesson01 as L1, lesson05 as L5, slips

MEASURED = {"00": 4 / 4, "01": 12 / 12, "05": 8 / 8}

verdicts, test_none_is_accepted, test_the_named_share_does_not_fall, test_fair_answers_are_accepted = \
    holdout_tests(named_set_r13a, MEASURED)


# ----- 1. an option or label cut short: named, not credited (the lead's decision) --------------------------------
@pytest.mark.parametrize("value, begun", [("enforcement", ("enforcement activity",)), ("Lower", ("lower bound",)),
                                          ("point", ("point in time",)), ("f2025 online", ("f2025_online_orgs",))])
def test_a_label_cut_short_reads_as_no_label_and_names_what_it_begins(value, begun):
    options = ("enforcement activity", "trend", "lower bound", "point in time", "f2025_online_orgs", "r2020_gangs")
    reading = labels.read_label(value, options)
    assert reading.label is None and reading.cut_short and reading.begun == begun
    assert f"{begun[0]!r}" in reading.note and "whole option" in reading.note


def test_two_options_begun_are_both_named_and_short_texts_are_not_read():
    reading = labels.read_label("gang", ["gang organisations", "gang crimes"])
    assert reading.cut_short and "'gang organisations' and 'gang crimes'" in reading.note
    assert not labels.read_label("en", ["enforcement activity"]).cut_short  # under three letters: nothing begun


@pytest.mark.parametrize("question, value", [(L5.q13, "enforcement"), (L5.q13, "Enforcement."),
                                             (L1.q7, {"guangxi_first_case": "enforcement"}),
                                             (L1.q8, {"21万余个": "lower"}), (L5.q12, {"suspects": "lower"}),
                                             (L5.q16, {"precision": "lower"}), (L5.q11, {"basis": "point"})])
def test_every_option_question_names_a_label_cut_short_and_does_not_credit_it(question, value):
    given = value
    if isinstance(value, dict):
        given = {**dict(right_values(question.lesson)[question.id][0]), **value}
    outcome = question.judge_values([given])
    assert not outcome.passed and outcome.misconception == "label_cut_short" and "start of the option" in outcome.message


def test_cut_short_from_one_wrong_option_is_that_option_s_wrong_idea():
    right = dict(right_values("01")["q13"][0])
    outcome = L1.q13.judge_values([{**right, "what": "crimes"}])  # 'crimes committed' cut short: the idea is wrong
    assert outcome.misconception == "suspects_as_crimes" and "'crimes committed'" in outcome.message
    assert L5.q13.judge_values(["trend"]).misconception != "label_cut_short"


def test_the_whole_option_in_another_case_and_with_a_stop_is_still_right():
    assert L5.q13.judge_values(["Enforcement activity."]).passed
    right = dict(right_values("01")["q8"][0])
    assert L1.q8.judge_values([{**right, "21万余个": "Lower-bound"}]).passed


# ----- 2. generic verdicts, each named by what the number IS ----------------------------------------------------
@pytest.mark.parametrize("question, value", [(L0.q1, 1626.5), (L0.yt3, 16_287.5), (L5.q3, 361.5)])
def test_a_count_with_a_fraction_is_named(question, value):
    outcome = question.judge_values([value])
    assert outcome.misconception == slips.COUNT_WITH_FRACTION and "whole number" in outcome.message


def test_a_share_or_a_computed_fraction_is_not_told_it_has_a_fraction():
    assert slips.fraction_slip(0.5, 0.96) is None and slips.fraction_slip(12.5, 86, slips.PERCENTAGE) is None
    assert L0.q1.judge_values([1759 / 133]).misconception != slips.COUNT_WITH_FRACTION  # a ratio: named as one


@pytest.mark.parametrize("question, value, printed", [(L1.q5, 3.11, "3.11亿元"), (L1.q5, 299.5, "299.5亿元"),
                                                      (L1.q4, 1.64, "1.64万名")])
def test_a_figure_copied_as_printed_is_named_with_its_unit(question, value, printed):
    outcome = question.judge_values([value])
    assert outcome.misconception == slips.FIGURE_AS_PRINTED and printed in outcome.message


@pytest.mark.parametrize("key, value, said", [("organisations", 1759, "the 2020 release's figure 'gangs_eliminated'"),
                                              ("cases", 29_000, "another release (mps_2023_annual, published 2024-01-17")])
def test_a_figure_of_another_release_says_which_release_and_year(key, value, said):
    right = dict(right_values("05")["q10"][0])
    outcome = L5.q10.judge_values([{**right, key: value}])
    assert outcome.misconception == slips.OTHER_FIGURE and said in outcome.message


@pytest.mark.parametrize("days, code", [(30, "july_month_only"), (31, "july_month_only"), (183, "to_year_end"),
                                        (184, "to_year_end")])
def test_a_wrong_period_is_named_whichever_way_its_ends_were_counted(days, code):
    assert L1.yt1.judge_values([days]).misconception == code


def test_a_count_of_rows_says_which_rows_it_keeps():
    outcome = L0.yt5.judge_values([7])  # the figures of 10,000 or more, not those printed with 亿
    assert outcome.misconception == figure_family.ROWS_BY_SIZE and "10,000 (one 万) or more" in outcome.message
    outcome = L5.yt4.judge_values([4])  # the rows of events not after the later law, the laws among them
    assert outcome.misconception == figure_family.REST_GIVEN and "does NOT keep" in outcome.message
    assert L0.yt2.judge_values([1]).misconception != figure_family.ROWS_BY_SIZE  # no 万 or 亿 in its question


@pytest.mark.parametrize("question, value, code", [
    (L1.q11, "released", "released_for_pibu"), (L1.q11, "set free on bail", "released_for_pibu"),
    (L1.q11, "xyz", "pibu_ideas_missing"), (L1.q12, "volunteer fans", "unpaid_for_hired"),
    (L1.q12, "supporters", "unpaid_for_hired"), (L1.q12, "xyz", "shuijun_ideas_missing")])
def test_a_rendering_the_check_could_not_read_is_told_what_it_gets_wrong(question, value, code):
    outcome = question.judge_values([value])
    assert not outcome.passed and outcome.misconception == code
    if code.endswith("ideas_missing"):
        assert repr(value) in outcome.message  # it quotes the student's words


def test_cut_short_verdict_names_the_item():
    reading = labels.read_label("lower", ["exact", "rounded", "lower bound"])
    assert compare.cut_short_verdict(reading, "suspects").message.startswith("For 'suspects': 'lower' is the start")


@pytest.mark.parametrize("value", ["enforce", "enforcement act"])
def test_an_option_cut_inside_a_word_is_cut_short_too(value):
    outcome = L5.q13.judge_values([value])
    assert outcome.misconception == "label_cut_short" and "'enforcement activity'" in outcome.message


@pytest.mark.parametrize("value, label", [("enforcement activities", "enforcement activity"),
                                          ("pyramid_sellings", "pyramid_selling")])
def test_the_option_in_the_plural_is_the_option(value, label):
    reading = labels.read_label(value, ["enforcement activity", "trend", "pyramid_selling", "telecom_fraud"])
    assert reading.label == label and "as the question gives it" in reading.note
    assert labels.read_label("extortion", ["extortions", "publicity extortion"]).label is None  # a word it uses


def test_a_text_cut_from_a_wrong_option_with_no_verdict_of_its_own_is_still_named():
    judge = compare.mapping({"N1": "other_reason"}, labels=["debt_harassment", "other_reason"])
    outcome = judge({"N1": "debt_ha"})
    assert outcome.misconception == "label_cut_short" and "'debt_harassment'" in outcome.message


def test_a_later_release_s_figure_in_a_computation_is_dated():
    per_100k = F_("a2023_suspects") / F_("cnnic_users_2020") * 100_000
    message = L5.q7.judge_values([per_100k, right_values("05")["q7"][1]]).message
    assert "'a2023_suspects': mps_2023_annual" in message and "2023-01-01 to 2023-12-31" in message
    assert "'cnnic_users_2020':" not in message  # the question's own figure is not dated again


def F_(name):
    from named_sets import figure
    return figure(name)


@pytest.mark.parametrize("question, value", [(L0.q1, 10 ** 400), (L5.q10, {"organisations": 10 ** 400}),
                                             (L5.q4, {"in_total": 10 ** 400})])
def test_a_number_too_large_for_any_figure_gets_a_sentence_not_a_crash(question, value):
    if isinstance(value, dict):
        value = {**dict(right_values(question.lesson)[question.id][0]), **value}
    outcome = question.judge_values([value])
    assert outcome.misconception == "number_too_large" and "401 digits" in outcome.message
