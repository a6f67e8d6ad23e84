"""Round 6 (#19) for lessons 03, 04 and 05: fair forms accepted, plausible wrong answers named.

Each answer here is new (not one of the round-5 reviewer's probes): the classes they found, in other words and
other values. Fast: no kernel.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from netcrime.checks import lesson03 as L3, lesson04 as L4, lesson05 as L5, slips, worked
from netcrime.checks.outcome import CANNOT_JUDGE


def _right(lesson, qid):
    if qid.startswith("yt"):
        return worked.in_lesson(lesson)[qid].values[0]
    return worked.answers(lesson)[qid][0]


def _v(q, value):
    return q.judge_values([value])


# ----- fair forms ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("q,make", [
    (L3.q1, lambda a: {f" {k.lower()}": v for k, v in a.items()}),              # keys in lower case, a space
    (L3.q9, lambda a: {k.lower(): v.upper() for k, v in a.items()}),            # lower keys, upper decisions
    (L3.q9, lambda a: {k: {"keep": "Kept", "drop": "Dropped"}[v] for k, v in a.items()}),
    (L3.q9, lambda a: {k: v == "keep" for k, v in a.items()}),                  # keep it? True/False
    (L3.q9, lambda a: {k.lower(): {"keep": "yes", "drop": "no"}[v] for k, v in a.items()}),
])
def test_lesson03_dict_answers_in_fair_forms_pass(q, make):
    outcome = _v(q, make(_right("03", q.id)))
    assert outcome.passed, outcome


def test_lesson03_fair_forms_still_get_each_items_credit():
    answer = {k.lower(): {"keep": "kept", "drop": "dropped"}[v] for k, v in _right("03", "q9").items()}
    assert all(part.judge(answer).passed for part in L3.q9.parts)


@pytest.mark.parametrize("q,key,form", [
    (L5.q1, "涉黑恶案件800余起", "case"), (L5.q1, "恶势力犯罪集团229个", "vicious-force criminal group"),
    (L5.q1, "涉黑组织28个", "Mafia-type organisation"), (L5.q9, "suspects", "suspect"),
    (L5.q16, "unit", "Vicious-force criminal groups"),
])
def test_lesson05_units_in_the_singular_or_word_for_word_pass(q, key, form):
    outcome = _v(q, {**_right("05", q.id), key: form})
    assert outcome.passed, outcome


@pytest.mark.parametrize("form", [lambda a: pd.Series(sorted(a)), lambda a: pd.Index(sorted(a)),
                                  lambda a: np.array(sorted(a), dtype=object)])
def test_lesson05_lists_given_as_arrays_or_series_pass(form):
    for q in (L5.q5, L5.yt3, L5.q8):
        outcome = _v(q, form(_right("05", q.id)))
        assert outcome.passed, (q.id, outcome)


@pytest.mark.parametrize("text", ["Police activity", "law-enforcement activity", "Enforcement activity."])
def test_lesson05_q13_short_forms_pass(text):
    assert _v(L5.q13, text).passed


def test_lesson05_q13_the_option_cut_short_is_a_named_form_slip():
    # round 13, the lead's decision (#19): 'enforcement' is not the option 'enforcement activity'
    outcome = _v(L5.q13, "enforcement.")
    assert not outcome.passed and outcome.misconception == "label_cut_short"


@pytest.mark.parametrize("q,value", [(L4.yt5, 0.13), (L4.yt5, 0.125), (L5.yt5, 3.24), (L5.yt5, 3.2)])
def test_fair_roundings_pass_half_up_included(q, value):
    assert _v(q, value).passed


@given(st.floats(min_value=1e-12, max_value=1e15, allow_nan=False), st.floats(allow_nan=False, allow_infinity=True))
def test_fair_rounding_reads_any_float_without_raising(target, answer):
    """Review round 8 (E2): 1628.5714285714287 (114/0.07) rounded by hand raised InvalidOperation in the half-up
    rounding (Decimal's 28 digits); the reading must give True or False for any pair of floats."""
    assert slips.rounded_fairly(answer, target) in (True, False)


def test_a_long_hand_rounded_rate_is_judged():
    assert slips.rounded_fairly(1628.571428571, 114 / 0.07) is True
    outcome = L4.q3.judge_values([712.5, 1628.571428571])
    assert outcome.status != CANNOT_JUDGE and not outcome.passed and "could not judge" not in outcome.message


def test_lesson05_yt5_explanation_rounds_as_the_check_does():
    assert "About 3.2" in L5.yt5.explanation and _v(L5.yt5, 3).misconception == "rounded_too_far"


# ----- wrong answers named ------------------------------------------------------------------------------
@pytest.mark.parametrize("q,value,code", [
    (L5.q2, "1 November 2019", "other_campaign_start"),      # the 2020 campaign's start, written in words
    (L5.q2, "2021/3/1", "law_date_as_start"),                 # Amendment XI in force
    (L5.q2, "2021-10", None),                                 # a month: not a day (no code asked, not accepted)
    (L5.q2, "31 December 2021", "end_for_start"),
    (L5.q2, "2022/01/01", "year_after_report"),
    (L5.q3, 93.0, "other_unit_subtracted"), (L5.q3, 396, "annual_minus_annual"), (L5.q3, -34, "since_minus_annual"),
    (L5.yt1, 8, "both_gang_units"), (L5.yt1, 15805.0, "summed_values"), (L5.yt4, 8, "all_releases"),
    (L5.q4, {"in_total": ("最高人民法院", "最高人民检察院", "公安部", "司法部"), "besides_ministry": 3},
     "names_not_counted"),
])
def test_lesson05_plausible_slips_are_named(q, value, code):
    outcome = _v(q, value)
    assert not outcome.passed, outcome
    if code:
        assert outcome.misconception == code, outcome


@pytest.mark.parametrize("basis,code", [("Since", "since_as_implied"), ("to-date", "to_date_as_implied"),
                                        ("planned", "basis_misread"), ("point in time", "basis_misread")])
def test_lesson05_q11_bases_are_named(basis, code):
    outcome = _v(L5.q11, {**_right("05", "q11"), "basis": basis})
    assert outcome.misconception == code, outcome


@pytest.mark.parametrize("changed,code", [({"unit": "calculation"}, "definition_as_arithmetic"),
                                          ({"campaign": "calculation"}, "campaign_as_arithmetic"),
                                          ({"period": "another source"}, "period_as_source_only")])
def test_lesson05_q14_names_the_difference_misread(changed, code):
    """Round 17: q14 asks what could bridge each difference (it re-scored q9-q13 when it asked for the dimensions)."""
    outcome = _v(L5.q14, {**{"unit": "another source", "campaign": "another source", "period": "calculation"}, **changed})
    assert outcome.misconception == code and "option(s)" not in outcome.message, outcome


@pytest.mark.parametrize("values", [{"organisations": 7950, "suspects": 12000, "cases": 18000},      # one 0 too many
                                    {"organisations": 795, "suspects": 1.2, "cases": 18000},          # the 万s
                                    {"organisations": 795, "suspects": 12000, "cases": 1800},         # 万 as 1,000
                                    {"organisations": 795, "suspects": 18000, "cases": 12000}])       # swapped
def test_lesson05_q10_slips_are_named_from_the_sealed_key(values):
    outcome = _v(L5.q10, values)
    assert not outcome.passed and outcome.misconception, outcome


def test_lesson05_q10_a_figure_nothing_leads_to_says_where_to_look():
    outcome = _v(L5.q10, {"organisations": 795, "suspects": 31000, "cases": 18000})
    assert not outcome.passed and "S11" in outcome.message and "12,000" not in outcome.message


# ----- lesson 03 q6: no case-set clue answers it by analogy -----------------------------------------------
def test_lesson03_q6_nearest_case_set_clue_points_to_a_wrong_option():
    """Round 5: q6 retold V008 (a second paper for money never lent), so V008's decisive_clue answered it. The new
    case keeps V008's surface (a second paper, a stated rate, a lawsuit) with an honest second paper: reading V008's
    clue across picks (b), which is named; the right option (c) is the default the lender made."""
    from netcrime import data
    clue = data.case_vignettes().set_index("id").loc["V008", "decisive_clue"]
    assert "second" in clue.casefold() and "never lent" in clue
    assert _v(L3.q6, "b").misconception == "guarantee_as_fabrication"
    assert _v(L3.q6, "(C)").passed and "guarantor, for the same 15,000" in L3.q6_case()
    for code in ("a", "d"):
        assert _v(L3.q6, code).misconception in ("usury_as_fabrication", "lawsuit_as_clue")


# ----- lesson 03: type words and counts named -----------------------------------------------------------
@pytest.mark.parametrize("label,code", [("Scam", "vague_type"), ("online extortion", "vague_type"),
                                        ("cyberbullying", "vague_type"), (("sextortion", "debt_harassment"), "two_types"),
                                        ("trap_loan / debt_harassment", "two_types")])
def test_lesson03_type_words_that_are_not_one_type_are_named(label, code):
    assert _v(L3.q8, label).misconception == code
    outcome = _v(L3.q1, {**_right("03", "q1"), "N4": label})
    assert outcome.misconception == code and outcome.message.startswith("For 'N4'"), outcome


def test_lesson03_counts_for_shares_and_the_other_error_are_named():
    yt2 = worked.in_lesson("03")["yt2"].values
    rules = yt2[1]
    assert L3.yt2.judge_values([yt2[0] / L3._train_size(), rules]).misconception == "share_not_count"
    from test_lesson03 import _fires  # the counts as the test computes them (the judge keeps its own, #19)

    wrong_fires, all_fires = _fires(rules)
    missed = L3._trap_loans_in_train() - (all_fires - wrong_fires)
    if missed != yt2[0]:
        assert L3.yt2.judge_values([missed, rules]).misconception == "missed_trap_loans"
    yt3 = worked.in_lesson("03")["yt3"].values
    found = L3.yt3.judge_values([3, yt3[1]])
    assert found.misconception == "count_not_share", found
    assert _v(L3.q3, float(len(L3._baseline()))).misconception == "count_of_cases"


def test_lesson04_q3_police_found_cases_divided_or_unreported_only_are_named():
    rates = L4.rate_range()
    low, high = L4.PRACTICE_REPORTED / rates[1], L4.PRACTICE_REPORTED / rates[0]
    assert _v2(L4.q3, L4.PRACTICE_FOUND / rates[1], high).misconception == "found_divided"
    unreported = L4.PRACTICE_REPORTED / rates[0] - L4.PRACTICE_REPORTED
    assert _v2(L4.q3, low, unreported).misconception == "unreported_only"
    assert _v2(L4.q3, low, high).passed


def _v2(q, *values):
    return q.judge_values(list(values))


def test_l05_q2_a_date_object_is_read_as_its_iso_text():
    """Review round 6 (MINOR): a Timestamp or datetime.date for q2 was 'this question wants text'; it is a fair form
    of the date, read as its ISO text with a note, and a wrong date given so is still named."""
    import datetime

    import pandas as pd

    from netcrime.checks import lesson05

    right = lesson05.Q2_REPORT_DATE[:4] + "-01-01"  # 今年以来: the report's own year
    for given in (pd.Timestamp(right), datetime.date.fromisoformat(right)):
        outcome = lesson05.q2.judge_values([given])
        assert outcome.passed and "as text in quotes" in outcome.message
    year_before = pd.Timestamp(right) - pd.DateOffset(years=1)
    assert lesson05.q2.judge_values([year_before]).misconception == "year_before_report"
