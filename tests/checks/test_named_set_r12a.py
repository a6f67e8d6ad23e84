"""Round 12 (issue #19), lessons 00, 01 and 05 and the shared engine: names12a's holdout (named_set_r12a.py) and a
test per rule the round added. The holdout, 21 plausible wrong answers and 8 fair ones, was written at 02:50 UTC
before any fix and measured once: 00 4/5, 01 5/10, 05 5/6 named (14/21), two accepted (01 q11 'approved arrest? no'
and the phrase repeated), one fair answer rejected (05 q13, the option once per figure). The classes it showed are
fixed as classes below; the bars hold what the fixes reached (every row named) and cannot fall."""
from __future__ import annotations

import pytest

import named_set_a
import named_set_b
import named_set_r10
import named_set_r11a
import named_set_r12a
from named_sets import holdout_tests, judge_all, right_values, judged
from netcrime.checks import compare, lesson00 as L0, lesson01 as L1, lesson05 as L5, slips, text_form
from netcrime.checks.phrase_reader import retracted
from netcrime.checks.question import says_number, shows_a_number

MEASURED = {"00": 5 / 5, "01": 10 / 10, "05": 6 / 6}

verdicts, test_none_is_accepted, test_the_named_share_does_not_fall, test_fair_answers_are_accepted = \
    holdout_tests(named_set_r12a, MEASURED)


# ----- 6. every named verdict on a number says the student's number -----------------------------------------------
@pytest.fixture(scope="module")
def probe_sets():
    rows = [*named_set_a.entries(), *named_set_b.entries(), *named_set_r10.entries(), *named_set_r11a.entries(),
            *named_set_r12a.entries()]
    return judge_all([w for w in rows if w.lesson in ("00", "01", "05") and shows_a_number(w.value)])


def test_every_named_numeric_verdict_says_the_student_s_number(probe_sets):
    named = [v for v in probe_sets if not v.passed and v.code is not None]
    assert len(named) > 100
    silent = [(v.wrong.lesson, v.wrong.question, v.wrong.value, v.message[:80]) for v in named
              if not says_number(v.message, v.wrong.value)]
    assert not silent


def test_the_figure_is_written_as_the_course_writes_it():
    message = judged("01", "q3", [96640, right_values("01")["q3"][1]]).message
    assert message.startswith("You gave 96,640")
    assert says_number("You gave 9.362, which is", 17712 / 1892) and not says_number("You gave 9.4.", 17712 / 1892)


# ----- 5. misdiagnosed or generic verdicts, each now named by what the number IS ----------------------------------
def _why():
    return right_values("01")["q3"][1]


def test_a_loose_misconception_gives_way_to_the_computation_the_number_is():
    """17,712 / 1,892 (November's figures added to both) is within 1% of the detained per gang (16,400 / 1,759): the
    verdict names what it is, not the mistake the tolerance took it for."""
    outcome = L1.q3.judge_values([17712 / 1892, _why()])
    assert outcome.misconception == "extra_figure" and "November" in outcome.message and "17,712 / 1,892" in outcome.message
    assert L1.q3.judge_values([16400 / 1759, _why()]).misconception == "used_detained"
    assert L1.q3.judge_values([9.32, _why()]).misconception == "used_detained"  # rounded: still that mistake


def test_a_power_of_ten_after_the_answer_was_cut_short_is_named():
    assert L1.q3.judge_values([96640, _why()]).misconception == slips.OFF_BY_WAN
    assert not slips.scale_slip(96641, 17000 / 1759)  # not a cut of 9.6645... at any decimals


def test_a_right_number_with_its_line_left_out_is_named():
    outcome = L1.q3.judge_values([17000 / 1759, ...])
    assert outcome.misconception == "written_part_left_out" and "one line on why" in outcome.message


@pytest.mark.parametrize("question, value, code", [
    (L1.q11, "批捕", "chinese_not_translated"), (L1.q11, "pī bǔ", "pinyin_not_translated"),
    (L1.q12, "水军", "chinese_not_translated"), (L1.q12, "Shuijun", "pinyin_not_translated"),
    (L1.q12, "trouble-makers", "troublemakers_for_posters")])
def test_renderings_that_translate_nothing_are_named(question, value, code):
    assert question.judge_values([value]).misconception == code


@pytest.mark.parametrize("question, value", [(L5.yt1, 1486), (L5.yt1, 1124), (L0.yt5, 311_000_000)])
def test_a_figure_s_value_given_for_a_count_of_figures_is_named(question, value):
    outcome = question.judge_values([value])
    assert outcome.misconception == "value_for_count" and "rows" in outcome.message


def test_an_unexplained_count_of_rows_says_what_to_look_at():
    message = L0.yt5.judge_values([5]).message
    assert "print the rows your filter keeps" in message and "units" not in message


def test_the_one_off_sentence_speaks_of_what_is_counted():
    with slips.asked_in("How many bodies issued the notice, besides the Ministry?"):
        said = slips.shape_slip(4, 3)[1]
    assert "days" not in said and "counted twice" in said
    with slips.asked_in("How many days can the figures cover?"):
        assert "31 days" in slips.shape_slip(178, 177)[1]
    with slips.asked_in("How many rows are provincial examples?"):
        assert "filter" in slips.shape_slip(5, 4)[1]


def test_mismatch_objects_for_their_names_get_a_sentence():
    from netcrime import releases

    found = releases.mismatches("r2020_gangs", "a2023_orgs")
    outcome = L5.q14.judge_values([found])
    assert outcome.misconception == "mismatch_objects" and "Mismatch(" not in outcome.message
    assert "'calculation' or 'another source'" in outcome.message  # round 17: what q14 now asks of each


# ----- 4. a bare text where a list is asked; an option cut short or repeated --------------------------------------
def test_one_right_option_as_a_text_is_named_a_form_slip_not_credited():
    # round 12's review: a text where the question asks a list is not the answer (code using it needs the list)
    for question in (L5.yt3,):  # (q5 asks for three codes since round 13)
        for given in ("pyramid_selling", "pyramid selling", "pyramid_selling, "):
            outcome = question.judge_values([given])
            assert not outcome.passed and outcome.misconception == compare.OPTION_AS_TEXT, (given, outcome)
            assert "['pyramid_selling']" in outcome.message
        assert question.judge_values([["pyramid_selling"]]).passed


def test_one_of_several_options_as_a_text_is_named_incomplete():
    outcome = L5.q8.judge_values(["p2p_clean_up"])
    assert outcome.misconception == compare.OPTION_LEFT_OUT and "as a text" in outcome.message


@pytest.mark.parametrize("question, value", [(L0.q7, "160余"), (L0.yt6, "2.9万")])
def test_one_match_as_a_text_is_named(question, value):
    outcome = question.judge_values([value])
    assert outcome.misconception == "one_match_as_text" and value in outcome.message


def test_an_option_cut_short_is_a_named_form_slip_not_credited():
    # round 13, the lead's decision (#19): round 12 read 'enforcement' as the option with a note; it is not credited
    outcome = L5.q13.judge_values(["enforcement"])
    assert not outcome.passed and outcome.misconception == "label_cut_short"
    assert "'enforcement activity'" in outcome.message and "whole option" in outcome.message


def test_one_option_repeated_in_a_list_is_read_once_with_a_note():
    outcome = L5.q13.judge_values([["enforcement activity"] * 3])
    assert outcome.passed and "3 times" in outcome.message
    assert not L5.q13.judge_values([["trend"] * 3]).passed
    assert L5.q13.judge_values([["enforcement activity", "trend"]]).misconception == "gave_a_list"


# ----- 3. a rendering that denies its own key words ----------------------------------------------------------------
@pytest.mark.parametrize("question, value, code", [
    (L1.q11, "arrest approved? no, caught", "approval_denied"), (L1.q11, "approved arrest - not really", "approval_denied"),
    (L1.q12, "not shills", "rendering_denied"), (L1.q12, "shills? no", "rendering_denied"),
    (L1.q12, "paid posters - not", "rendering_denied")])
def test_a_denied_rendering_is_not_credited(question, value, code):
    outcome = question.judge_values([value])
    assert not outcome.passed and outcome.misconception == code


@pytest.mark.parametrize("question, value", [
    (L1.q11, "approved arrest, not just caught"), (L1.q11, "the arrest was approved, no bail"),
    (L1.q12, "paid posters, not real customers"), (L1.q12, "people paid to post, not genuine buyers")])
def test_a_fair_rendering_with_not_in_it_is_still_credited(question, value):
    assert question.judge_values([value]).passed


def test_a_retraction_is_a_clause_of_denial_alone():
    assert retracted("approved arrest? no") and retracted("shills -- not really")
    assert not retracted("no, approved arrest") and not retracted("approved arrest, not just caught")


# ----- 2. text far too long, or one phrase repeated, in any question ----------------------------------------------
def test_every_text_answer_has_one_length_rule():
    huge = "approved arrest " * 100_000
    for question, value in ((L1.q11, huge), (L5.q13, huge), (L1.q7, {"national_cases": huge}), (L5.q5, [huge])):
        outcome = question.judge_values([value])
        assert outcome.misconception == "text_too_long" and "1,600,000 characters" in outcome.message
    assert text_form.text_form_problem("x" * text_form.MAX_TEXT, "a") is None


def test_a_written_answer_has_room_and_is_not_read_for_repetition():
    assert L5.q15.judge_values(["The 795 counts organisations. " * 60]).status == "recorded"
    assert L5.q15.judge_values(["a" * (text_form.MAX_WRITTEN + 1)]).misconception == "text_too_long"


@pytest.mark.parametrize("text, phrase", [("x x x x", "x"), ("approved arrest approved arrest approved", "approved arrest"),
                                          ("Shills shills", "shills")])
def test_a_repeated_phrase_is_found(text, phrase):
    assert text_form.repeated_phrase(text)[0] == phrase


@pytest.mark.parametrize("text", ["approved formal arrest", "paid posters", "2021-12-12", "lower bound", "very very good"])
def test_no_repetition_is_read_into_a_fair_answer(text):
    assert text_form.repeated_phrase(text) is None


@pytest.mark.parametrize("value", ["not 2021-01-01", "2021-01-01? no", "2021-01-01 or 2021-10-14"])
def test_a_date_with_words_around_it_is_named(value):
    outcome = L5.q2.judge_values([value])
    assert not outcome.passed and outcome.misconception == "date_with_words"


def test_a_date_said_three_times_is_a_repetition():
    assert L5.q2.judge_values(["2021-01-01 2021-01-01 2021-01-01"]).misconception == "phrase_repeated"


def test_the_length_rule_leaves_a_chart_s_spec_and_a_function_s_results_to_their_judges():
    from netcrime.checks.question import ProbeResults
    from netcrime.checks.vegalite import ChartSpec

    long = "a fair title " * 300
    assert text_form.text_form_problem(ChartSpec({"title": long}), "chart") is None
    assert text_form.text_form_problem(ProbeResults({long: "trap_loan"}), "classify_text") is None
    assert text_form.text_form_problem({"title": long}, "d").misconception == "text_too_long"


@pytest.mark.parametrize("question, key, short, full", [(L1.q8, "21万余个", "lower", "lower bound"),
                                                        (L1.q7, "guangxi_first_case", "enforcement", "enforcement activity"),
                                                        (L5.q12, "suspects", "lower", "lower bound")])
def test_a_label_given_by_its_first_words_is_named_with_the_option_in_full(question, key, short, full):
    # round 12 accepted these with a note; round 13 (the lead's decision) names them and does not credit them
    right = dict(right_values(question.lesson)[question.id][0])
    outcome = question.judge_values([{**right, key: short}])
    assert not outcome.passed and outcome.misconception == "label_cut_short" and f"{full!r}" in outcome.message


@pytest.mark.parametrize("question, key", [(L5.q12, "suspects"), (L5.q9, "organisations"), (L5.q1, "涉黑组织28个")])
def test_a_list_for_one_label_of_a_dict_is_named(question, key):
    right = dict(right_values(question.lesson)[question.id][0])
    outcome = question.judge_values([{**right, key: [right[key]] * 2}])
    assert not outcome.passed and outcome.misconception == "gave_a_list"


def test_a_figure_copied_as_printed_into_a_dict_of_numbers_is_named():
    right = dict(right_values("05")["q10"][0])
    assert L5.q10.judge_values([{**right, "suspects": "1.2万"}]).misconception == "printed_text_for_number"
