"""Round 16 (issue #19), fix16a: the generic verdicts round 15 left in lessons 00, 01 and 05, each read as a class
and tested on the reviewer's answer and on answers of the same kind:
R1 the right parts' rows of another unit (00 q5's 172 = July's 39 cases + November's 133 gangs, where their suspects
are asked): both figures of the right sum replaced, each by another row of its own part;
R2 one of two conditions turned round (00 yt2's 2: the gang rows that are NOT provincial examples, as the lesson's
example keeps them);
R3 one computation said once, not twice as 'a + b ..., or b + a ...: either way' (00 q5's 751);
R4 a number nothing explains (00 q1's 946) is still told what it is compared with, which way it is off, with the
student's figure."""
from __future__ import annotations

import pandas as pd
import pytest

from netcrime import data
from netcrime.checks import figure_family, lesson00 as L0

# ----- R1: the right parts, rows of another unit ------------------------------------------------------------------


def _operation_rows(subset: str) -> dict[str, tuple[float, str]]:
    figures = data.release_figures()
    rows = figures[figures["subset"] == subset]
    return {i: (float(v), u) for i, v, u in zip(rows["id"], rows["value"], rows["unit"])}


def test_the_reviewers_172_is_julys_cases_plus_novembers_gangs():
    outcome = L0.q5.judge_values([172])
    assert outcome.misconception == figure_family.OTHER_UNIT_ROWS, outcome.message
    assert "You gave 172" in outcome.message
    assert "july_sextortion_cases" in outcome.message and "november_gangs_eliminated" in outcome.message
    assert "cases and gangs, not suspects" in outcome.message


def test_every_pair_of_other_unit_rows_of_the_two_operations_is_named_or_told_as_another_figure():
    """Each July row with each November row, suspects of both left out: the sum is this class unless it is a figure
    or computation named otherwise (one row of the question's unit is ``other_figure``'s: one figure replaced)."""
    july, november = _operation_rows("July operation"), _operation_rows("November operation")
    named_here = 0
    for a, (x, unit_a) in july.items():
        for b, (y, unit_b) in november.items():
            if unit_a == "suspects" and unit_b == "suspects":
                continue  # the right answer
            outcome = L0.q5.judge_values([x + y])
            assert outcome.names_the_mistake, (a, b, outcome.message)
            if unit_a != "suspects" and unit_b != "suspects":
                named_here += outcome.misconception == figure_family.OTHER_UNIT_ROWS
    assert named_here >= 3  # 9 + 133, 39 + 133, 39 + 712 ... (a yuan figure joins only as itself)


def test_one_row_replaced_stays_another_figure():
    outcome = L0.q5.judge_values([data.figure("july_suspects_apprehended") + data.figure("november_gangs_eliminated")])
    assert outcome.misconception == figure_family.OTHER_FIGURE, outcome.message


def test_rows_of_one_part_are_not_this_class():
    """Both rows from the July operation (9 localities + 39 cases) are no two parts' rows: not read as R1."""
    outcome = L0.q5.judge_values([data.figure("july_localities") + data.figure("july_sextortion_cases")])
    assert outcome.misconception != figure_family.OTHER_UNIT_ROWS


def test_the_class_needs_two_parts_and_units_in_data():
    family = figure_family.Family(lambda: {"a": 1.0, "b": 2.0}, table=lambda: {"c": 5.0, "d": 7.0})
    assert figure_family._rows_of_other_units(family, 3.0, {"c": 5.0, "d": 7.0}) == []  # no ids: no parts, no units


def test_the_class_is_declared():
    assert figure_family.OTHER_UNIT_ROWS in L0.q5.judge.misconceptions
    assert figure_family.OTHER_UNIT_ROWS in figure_family.FAMILY_CODES


# ----- R2: one condition turned round --------------------------------------------------------------------------


def test_the_reviewers_2_is_the_subset_condition_turned_round():
    figures = data.release_figures()
    turned = len(figures[(figures["subset"] != "provincial example") & (figures["unit"] == "gangs")])
    outcome = L0.yt2.judge_values([turned])
    assert outcome.misconception == figure_family.CONDITION_TURNED, outcome.message
    assert f"You gave {turned}" in outcome.message and "turned round" in outcome.message


def test_the_verdict_does_not_give_the_count_away():
    outcome = L0.yt2.judge_values([2])
    assert " 4" not in outcome.message and "less" not in outcome.message


def test_a_condition_turned_round_is_read_from_the_declared_counts():
    family = figure_family.Family(lambda: {}, whole=lambda: {"every row": 30},
                                  conditions=lambda: {"a == 1": 12, "b == 2": 9})
    found = figure_family.named(family, 12 - 5, 5)
    assert found is not None and found[0] == figure_family.CONDITION_TURNED and "b == 2 does not" in found[1]
    found = figure_family.named(family, 9 - 5, 5)
    assert found is not None and found[0] == figure_family.CONDITION_TURNED and "a == 1 does not" in found[1]
    without = figure_family.Family(lambda: {}, whole=lambda: {"every row": 30})
    assert figure_family.named(without, 7, 5) is None


# ----- R3: a commutative step said once ------------------------------------------------------------------------


@pytest.mark.parametrize("other", ["july_sextortion_cases", "july_localities"])
def test_a_sum_with_another_figure_is_said_once(other):
    outcome = L0.q5.judge_values([data.figure(other) + data.figure("november_suspects_apprehended")])
    assert outcome.misconception == figure_family.OTHER_FIGURE, outcome.message
    assert "either way" not in outcome.message and outcome.message.count(other) == 2  # the sum, and 'in place of'


@pytest.mark.parametrize("question, first, second", [("q1", "gangs_eliminated", "november_gangs_eliminated"),
                                                     ("q5", "july_suspects_apprehended", "november_suspects_apprehended")])
def test_a_product_of_the_questions_figures_is_said_once(question, first, second):
    outcome = getattr(L0, question).judge_values([data.figure(first) * data.figure(second)])
    assert outcome.misconception == figure_family.COMBINED_OTHERWISE, outcome.message
    assert "either way" not in outcome.message and " times " in outcome.message


# ----- R4: the last resort still says what, which way, and the figure ------------------------------------------


def test_a_number_nothing_explains_is_told_its_comparison_direction_and_figure():
    outcome = L0.q1.judge_values([946])
    assert outcome.status == "incorrect" and not outcome.names_the_mistake
    assert "946 is too low" in outcome.message
    assert "How many gangs were broken up outside the November operation?" in outcome.message
    assert "within a factor of two" in outcome.message


# ----- R5: the whole as every row of its unit added ------------------------------------------------------------


def _unit_total(unit: str) -> float:
    figures = data.release_figures()
    return float(figures.loc[figures["unit"] == unit, "value"].sum())


@pytest.mark.parametrize("question, top, unit", [("yt4", "guangdong_gangs_eliminated", "gangs"),
                                                 ("q4", "suspects_detained", "suspects")])
def test_a_share_over_every_row_of_its_unit_is_named(question, top, unit):
    from netcrime.checks import lesson01 as L1

    answer = data.figure(top) / _unit_total(unit)
    for shown in (answer, float(f"{answer:.4g}")):
        outcome = getattr(L1, question).judge_values([shown])
        assert outcome.misconception == figure_family.EVERY_UNIT_ADDED, outcome.message
        assert f"every row counting {unit}" in outcome.message and "count twice" in outcome.message


def test_a_whole_of_one_row_is_not_read_as_every_row():
    family = figure_family.Family(lambda: {"'gangs_eliminated'": 1759.0, "'november_gangs_eliminated'": 133.0},
                                  asks="share")
    only = {"'november_gangs_eliminated'": 133.0, "'gangs_eliminated'": 1759.0}
    found = figure_family._over_every_row_of_its_unit(family, 133 / 1759, only)
    assert [round(v, 6) for v, _, _ in found] == [round(133 / (1759 + 133), 6)]
    assert figure_family._over_every_row_of_its_unit(family, 133 / 1759, {"'gangs_eliminated'": 1759.0}) == []


# ----- R6: a date question's last verdict names the form ------------------------------------------------------


@pytest.mark.parametrize("given", ["202-101", "2021-0101", "20-21-01"])
def test_digits_that_make_no_date_are_told_so(given):
    from netcrime.checks import lesson05 as L5

    outcome = L5.q2.judge_values([given])
    assert outcome.misconception == "date_form" and "no date can be read" in outcome.message
    assert repr(given) in outcome.message and "not the expected answer" not in outcome.message


@pytest.mark.parametrize("given", ["Jan 2021", "Sept. 2021", "jan, 2021"])
def test_a_short_month_with_its_year_is_a_month_not_a_date(given):
    from netcrime.checks import lesson05 as L5

    outcome = L5.q2.judge_values([given])
    assert outcome.misconception == "partial_date" and "a month, not a date" in outcome.message


# ----- R7: a column off by one power of ten in every row ------------------------------------------------------


@pytest.mark.parametrize("divisor, code, said", [(100, "off_by_hundred", "100 times too large"),
                                                 (10, "off_by_thousand", "1,000 times too large"),
                                                 (1, "off_by_wan", "10,000 (one 万) times too large"),
                                                 (100_000, "off_by_ten", "10 times too small")])
def test_a_column_converted_with_the_wrong_unit_is_named_by_its_factor(divisor, code, said):
    from netcrime.checks import lesson01 as L1, named

    table = named.right_answers("01")["q2"][0].copy()
    table["in_wan"] = table["value"] / divisor
    outcome = L1.q2.judge_values([table])
    assert outcome.misconception == code, outcome.message
    assert said in outcome.message and "same factor in every row" in outcome.message


def test_a_column_off_by_two_factors_is_not_one_conversion():
    from netcrime.checks import compare

    mine, theirs = pd.Series([10.0, 200.0, 3.0]), pd.Series([1.0, 2.0, 3.0])
    assert compare._column_scaled(mine, theirs, [0, 1]) is None
    assert compare._column_scaled(pd.Series([10.0, 20.0]), pd.Series([1.0, 2.0]), [0, 1])[0] == "off_by_ten"
    assert compare._column_scaled(pd.Series([3.0, 6.0]), pd.Series([1.0, 2.0]), [0, 1]) is None  # 3x: no power


# ----- R8: a 万 slip is named only for a figure printed with 万 -------------------------------------------------


@pytest.mark.parametrize("got, code", [(79.5, "off_by_ten"), (0.0795, "off_by_wan")])
def test_a_figure_printed_without_wan_is_not_told_about_wan(got, code):
    from netcrime.checks import lesson05 as L5

    outcome = L5.q10.judge_values([{"organisations": got, "suspects": 12000, "cases": 18000}])
    assert outcome.misconception == code, outcome.message
    assert "万 is ten thousand, not a thousand" not in outcome.message and "number of 万" not in outcome.message


@pytest.mark.parametrize("got, code", [(1200, "wan_as_thousand"), (1.2, "unit_ignored")])
def test_a_figure_printed_with_wan_still_is(got, code):
    from netcrime.checks import lesson05 as L5

    outcome = L5.q10.judge_values([{"organisations": 795, "suspects": got, "cases": 18000}])
    assert outcome.misconception == code, outcome.message


# ----- R9 (C8): a count printed only in a lesson's sentence, for the stored one -------------------------------


def test_the_2023_sentences_cases_for_the_2020_cases_are_named():
    from netcrime.checks import lesson05 as L5

    outcome = L5.yt5.judge_values([1.82])
    assert outcome.misconception == "other_figure", outcome.message
    assert "1.8万起" in outcome.message and "in no table" in outcome.message and "'r2020_cases'" in outcome.message


def test_only_counts_of_the_rates_unit_stand_in():
    from netcrime.checks import lesson05 as L5, slips

    printed = {value: unit for _, value, unit in slips.source_printed_figures()}
    assert printed.get(18_000.0) == "cases" and printed.get(12_000.0) == "suspects"
    stored = {round(v, 6) for _, v in slips.release_figures()}
    assert not any(round(v, 6) in stored for v in printed)  # only what no table holds
    suspects_for_cases = 100_000 * 12_000 / 989_000_000  # people printed in the sentence: no count of cases
    assert "1.2万" not in L5.yt5.judge_values([suspects_for_cases]).message


# ----- R10 (C10, C11): numbers far too large, as a value or returned by a function --------------------------------


@pytest.mark.parametrize("value", [1e308, -1e308, 1e60])
def test_a_huge_float_gets_the_too_large_sentence(value):
    outcome = L0.q1.judge_values([value])
    assert outcome.misconception == "number_too_large" and "digits" in outcome.message
    assert len(outcome.message) < 300


def test_a_function_returning_a_huge_number_gets_the_too_large_sentence():
    from netcrime.checks import lesson01 as L1

    for returned in (10 ** 400, 1e300):
        outcome = L1.q1.judge_values([lambda printed, returned=returned: returned])
        assert outcome.status == "wrong type" and outcome.misconception == "number_too_large", outcome.message
        assert "For the input" in outcome.message and "could not judge" not in outcome.message


def test_large_floats_are_printed_with_their_own_digits():
    from netcrime.units import plain

    assert plain(1e49) == "10" + ",000" * 16
    assert plain(2.995e18) == "2,995,000,000,000,000,000"
    assert plain(17000.0) == "17,000" and plain(10 ** 20) == "100" + ",000" * 6


# ----- R11 (C15): a value scale is named by what it does to the bars ---------------------------------------------


def _suspects_chart(**scale):
    import altair as alt

    figures = data.release_figures()
    rows = figures[figures["unit"] == "suspects"][["id", "value"]]
    return alt.Chart(rows).mark_bar().encode(x=alt.X("value:Q", scale=alt.Scale(**scale)), y="id:N")


@pytest.mark.parametrize("scale, code, words", [
    ({"reverse": True}, "reversed_axis", "start at zero on the right"),
    ({"zero": False}, "baseline_cut", "does not start at zero"),
    ({"domain": [100, 20000]}, "baseline_cut", "does not start at zero"),
    ({"domain": [0, 10000]}, "baseline_cut", "cut off at the edge"),
    ({"type": "sqrt"}, "baseline_cut", "sqrt scale"),
])
def test_a_value_scale_is_told_what_it_does(scale, code, words):
    outcome = L0.q4.judge_values([_suspects_chart(**scale)])
    assert outcome.misconception == code and words in outcome.message, outcome.message
    assert code != "reversed_axis" or "does not start at zero" not in outcome.message


@pytest.mark.parametrize("scale", [{"domain": [0, 20000]}, {"domainMin": 0}, {"zero": True}])
def test_a_domain_from_zero_that_holds_every_bar_is_fair(scale):
    assert L0.q4.judge_values([_suspects_chart(**scale)]).passed


# ----- R12 (C6): the right option in the student's own words, across word forms --------------------------------


@pytest.mark.parametrize("words", ["the app would not take her payment on the due day",
                                   "the app did not take the payment on the day it was due"])
def test_the_right_option_in_other_word_forms_is_read_as_its_letter(words):
    from netcrime.checks import lesson03 as L3

    outcome = L3.q6.judge_values([words])
    assert outcome.passed and "Read as option (c)" in outcome.message and "Next time give the letter" in outcome.message


def test_a_wrong_option_in_its_words_keeps_its_verdict_and_the_turned_round_one_is_not_credited():
    from netcrime.checks import lesson03 as L3

    assert L3.q6.judge_values(["the company took her to court"]).misconception == "lawsuit_as_clue"
    assert not L3.q6.judge_values(["the app took her payment on the due day"]).passed  # 'not taking' turned round


def test_content_words_are_stems_without_function_words():
    from netcrime.checks import compare

    assert compare._content_words("would not take her payment") == compare._content_words("taking payments")
    assert compare._content_words("the and was") == set()


# ----- R13: a checklist's label that its key does not allow is told with that key's labels ----------------------


@pytest.mark.parametrize("key, given", [("period", "since"), ("scope", "city"), ("what", "suspects detained")])
def test_a_label_no_key_allows_is_told_with_its_own_keys_labels(key, given):
    from netcrime.checks import lesson01 as L1, named

    answer = dict(named.right_answers("01")["q13"][0], **{key: given})
    outcome = L1.q13.judge_values([answer])
    assert outcome.misconception == "label_not_an_option" and f"For {key!r} you wrote {given!r}" in outcome.message
    others = [label for k, labels in L1.CHECKLIST_LABELS.items() if k != key for label in labels
              if label not in L1.CHECKLIST_LABELS[key]]
    assert not any(f" {label}," in outcome.message or outcome.message.endswith(f" {label}.") for label in others)


def test_both_rows_of_one_other_unit_are_told_as_the_same_calculation_for_it():
    family = figure_family.Family(figure_family.release_ids("gangs_eliminated", "november_gangs_eliminated"),
                                  table=figure_family.release_figures())
    table = dict(figure_family.release_figures()())
    found = {v: text for v, code, text in figure_family._rows_of_other_units(family, 1626.0, table)}
    suspects = found[data.figure("suspects_apprehended") - data.figure("november_suspects_apprehended")]
    assert "count suspects, not gangs: the same calculation for another unit" in suspects
    assert "different units" not in suspects


def test_a_described_answer_of_one_takes_the_singular():
    from netcrime.checks import lesson01 as L1
    from netcrime.checks.values import describe

    assert describe(pd.Series([177])) == "a Series of 1 value" and describe({"a": 1}) == "a dict with 1 entry"
    assert describe([1, 2]) == "a list of 2 items" and describe(pd.DataFrame({"x": [1]})).startswith("a DataFrame with 1 row ")
    assert "of 1 values" not in L1.yt1.judge_values([pd.Series([177])]).message


# ----- R14: a number the lesson printed just above an in-lesson check (its example's result) ---------------------


@pytest.mark.parametrize("question, answer, line", [("yt4", 497, "provincial example 2 497"),
                                                     ("yt4", 2, "provincial example 2 497"),
                                                     ("yt5", 14, "14 figures count suspects or gangs")])
def test_the_examples_printed_result_is_named(question, answer, line):
    outcome = getattr(L0, question).judge_values([answer])
    assert outcome.misconception == "example_result_copied", outcome.message
    assert f"You gave {answer}" in outcome.message and line in outcome.message


def test_the_examples_are_read_from_the_cells_just_above_the_prompt():
    import nbformat

    from netcrime.checks import worked

    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("print(7)", outputs=[nbformat.v4.new_output("stream", text="700 rows\n")]),
        nbformat.v4.new_markdown_cell("Some words."),
        nbformat.v4.new_code_cell("table", outputs=[nbformat.v4.new_output(
            "execute_result", data={"text/plain": "0   gangs   1,759\n8   suspects   16.4\nin 2020-12-24, 2020"})]),
        nbformat.v4.new_code_cell("q1.hint()", outputs=[nbformat.v4.new_output("stream", text="hint 55\n")]),
        nbformat.v4.new_markdown_cell("**Your turn (yt1).** Count."),
        nbformat.v4.new_code_cell("n = ...\nyt1.check()"),
    ])
    found = worked.extract_in_lesson_examples(notebook)
    assert [value for value, _ in found["yt1"]] == [1759.0, 16.4]  # not the row labels, a date, a year, a hint


def test_only_in_lesson_checks_read_examples():
    assert L0.q5.shown_before == () and L0.yt5.shown_before and L0.yt2.shown_before == ()


def test_the_in_lesson_examples_are_a_fresh_extraction_of_the_lesson_notebooks():
    from pathlib import Path

    from netcrime.checks import worked

    root = Path(__file__).resolve().parents[2]
    on_disk = (root / "src" / "netcrime" / "checks" / "in_lesson_examples.json").read_text(encoding="utf-8")
    assert on_disk == worked.render(worked.extract_examples(root)), "stale: run `python -m netcrime build`"


# ----- R15 (FINAL's HOLDOUT): the right matches in another order are right where no order is asked ------------


@pytest.mark.parametrize("question, answer", [("q7", ["2万余", "160余", "1520余"]), ("yt6", ["2.9万", "2.7万"])])
def test_the_right_matches_in_another_order_are_credited_with_a_note(question, answer):
    outcome = getattr(L0, question).judge_values([answer])
    assert outcome.passed and "another order" in outcome.message and "asks for no order" in outcome.message


def test_a_repeated_or_missing_match_is_still_named():
    assert L0.q7.judge_values([["160余", "1520余", "2万余", "2万余"]]).misconception == "match_repeated"
    assert not L0.q7.judge_values([["1520余", "160余"]]).passed
