"""Review round 13 (issue #19), the findings names13a fixes as classes in lessons 00, 01, 05 and the shared engine:
H1 (a str or dict subclass whose own methods never return hung check()), H2 (a function's prints while it is
checked), F1 (the right option's words where a letter is asked), G2 (None with no code), A3 (01 q11's actor and act).
Each test builds its own case; none judges more than a few answers."""
from __future__ import annotations

import sys

import pytest

from named_sets import judged, right_values
from netcrime.checks import lesson00 as L0, lesson01 as L1, lesson05 as L5
from netcrime.checks.values import as_builtin


class LoopStr(str):
    def lower(self):
        while True:
            pass

    def strip(self, *chars):
        while True:
            pass


class LoopDict(dict):
    def items(self):
        while True:
            pass

    def keys(self):
        while True:
            pass

    def __getitem__(self, key):
        while True:
            pass


class LoopList(list):
    def __iter__(self):
        while True:
            yield None


@pytest.mark.parametrize("question, value, passed", [
    (L0.q3, LoopStr("b"), True), (L1.q11, LoopStr("approved formal arrest"), True), (L5.q13, LoopStr("trend"), False),
    (L5.q5, [LoopStr("debt_harassment"), LoopStr("publicity_extortion"), LoopStr("trap_loan")], True)])
def test_a_str_subclass_whose_methods_never_return_is_judged_by_its_content(question, value, passed):
    assert question.judge_values([value]).passed is passed


def test_a_dict_subclass_whose_methods_never_return_is_judged_by_its_content():
    right = right_values("05")["q4"][0]
    assert L5.q4.judge_values([LoopDict(right)]).passed
    assert not L5.q4.judge_values([LoopDict({**right, "in_total": 9})]).passed


def test_plain_copies_are_the_built_ins_and_plain_values_are_not_copied():
    copied = as_builtin({LoopStr("k"): [LoopStr("v"), (LoopStr("w"),)]})
    assert copied == {"k": ["v", ("w",)]} and type(next(iter(copied))) is str
    assert type(copied["k"][1][0]) is str
    plain = {"a": [1, 2.5, "x"]}
    assert as_builtin(plain) is plain
    assert list.__len__(as_builtin(LoopList([1, 2]))) == 2  # a list subclass read by list's own iteration


def test_a_function_s_prints_are_kept_out_of_the_verdict_and_counted(capsys):
    from netcrime.checks.question import probe_function

    def noisy(text):
        print("debug:", text)
        print("x" * 10_000, file=sys.stderr)
        return 1

    results = probe_function(noisy, ["a", "b", "c"])
    assert results.printed == 6 and capsys.readouterr().out == ""
    outcome = L1.q1.judge_values([noisy])
    assert "printed" in outcome.message and "not shown" in outcome.message


@pytest.mark.parametrize("lesson, question, words, passed", [
    ("01", "q10", "How many suspected institutions there were at the peak", True),
    ("01", "q10", "not how many suspected institutions there were at the peak", False),
    ("02", "q7", "about a seventh of its 2019 peak", True),
    ("03", "q6", "the app not taking her payment on the day it was due", True)])
def test_the_right_option_s_words_are_credited_with_the_note_wrong_options_get(lesson, question, words, passed):
    outcome = judged(lesson, question, [words])
    assert outcome.passed is passed
    if passed:
        assert "Next time give the letter" in outcome.message


@pytest.mark.parametrize("lesson, question", [("00", "q3"), ("01", "q10"), ("02", "q7"), ("03", "q6"), ("00", "q1"),
                                              ("05", "q4")])
def test_none_is_named(lesson, question):
    right = right_values(lesson)[question]
    assert judged(lesson, question, [None, *right[1:]]).misconception == "gave_none"


@pytest.mark.parametrize("value, code", [
    ("arrested by the police, approved", "police_as_actor"), ("the police approved the arrest", "police_as_actor"),
    ("arrested, with approval, by police officers", "police_as_actor"),
    ("approved the release from arrest", "released_for_pibu")])
def test_01_q11_reads_who_acts_and_what_is_approved(value, code):
    outcome = L1.q11.judge_values([value])
    assert not outcome.passed and outcome.misconception == code


@pytest.mark.parametrize("value", ["the procuratorate approved the police request for formal arrest",
                                   "arrest approved by prosecutors", "approved arrest, not released"])
def test_01_q11_still_credits_the_procuratorate_s_approval(value):
    assert L1.q11.judge_values([value]).passed


# ----- G1, G3, M1, M4, F3: generic or misleading verdicts, each named by what the answer is ------------------------
@pytest.mark.parametrize("lesson, question, value, code", [
    ("01", "q9", -0.86, "complement_given"), ("01", "yt1", 365, "whole_year_guessed"),
    ("05", "q7", 5817.65, "inverted_ratio"), ("05", "q3", 743, "figure_halved"),
    ("00", "q7", ["160余", "1520余", "2万余", "2万余"], "match_repeated"), ("05", "q2", "today", "no_date")])
def test_a_generic_verdict_of_the_review_is_named(lesson, question, value, code):
    right = right_values(lesson)[question]
    outcome = judged(lesson, question, [value, *right[1:]])
    assert not outcome.passed and outcome.misconception == code


def test_an_inverted_rate_does_not_hand_the_answer_over():
    right = right_values("05")["q7"]
    message = judged("05", "q7", [5817.65, *right[1:]]).message
    assert "1.7" not in message and "divided by the right answer" not in message


def test_no_origin_mixes_units_or_a_province_with_another_national_measure():
    from netcrime.checks import slips

    assert not slips.like_figures("july_localities", "november_gangs_eliminated")
    assert not slips.like_figures("zhejiang_suspects_apprehended", "suspects_detained")
    assert slips.like_figures("jiangsu_gangs_eliminated", "gangs_eliminated")
    assert slips.like_figures("july_localities", "july_suspects_apprehended")  # one operation's rows
    assert judged("00", "q1", [1617]).misconception is None or "localities" not in judged("00", "q1", [1617]).message


def test_messages_offer_the_possible_reasons_rather_than_presume_one():
    right = dict(right_values("01")["q6"][0])
    message = L1.q6.judge_values([{**right, "over_30000_people_caught": True}]).message
    assert "17,000" in message and "cases" in message
    rate = right_values("05")["q7"]
    assert "per 10,000" in judged("05", "q7", [rate[0] / 10, *rate[1:]]).message


def test_a_review_farm_is_the_hired_posters_operation():
    assert L1.q12.judge_values(["review farm"]).passed
    assert not L1.q12.judge_values(["fake reviews"]).passed


def test_a_function_wrong_on_floors_only_is_never_told_it_rounds():
    """Review round 13, M5: +1 on every floor looked like rounding when a made-up floor ended in 9 (829 -> 830)."""
    from netcrime.checks.question import ProbeResults

    # the check's own made-up figures change each run: a fixed set where +1 looks like a rounding (829 -> 830)
    inputs = ["逾829", "9020余", "300多", "1.7万", "712"]
    results = ProbeResults({p: _reader(p) + (1 if p[0] == "逾" or p[-1] in "余多" else 0) for p in inputs})
    outcome = L1._judged_parser(results, _reader)
    assert outcome.misconception == "floor_word_unread", outcome


def _reader(printed: str) -> float:
    text = printed.strip("逾余多")
    return float(text[:-1]) * 10_000 if text.endswith("万") else float(text)


def test_a_table_holding_a_student_s_str_subclass_is_read_by_its_content():
    import pandas as pd

    series = pd.Series([3, 1], index=pd.Index([LoopStr("exact"), LoopStr("rounded")]))
    copied = as_builtin(series)
    assert [type(x) for x in copied.index] == [str, str] and list(copied) == [3, 1]
    frame = pd.DataFrame({"id": [LoopStr("a")], "value": [1.0]})
    assert type(as_builtin(frame)["id"].iloc[0]) is str
    plain = pd.Series([1, 2])
    assert as_builtin(plain) is plain


@pytest.mark.parametrize("value", ["arrest approved at the police's request", "formal arrest approved on the police request"])
def test_01_q11_credits_the_police_as_the_ones_who_asked(value):
    assert L1.q11.judge_values([value]).passed


@pytest.mark.parametrize("rendering, passed", [("ghost reviewers", True), ("ghost writers", True),
                                               ("ghosts", False), ("reviewers", False)])
def test_a_ghost_reviewer_is_hired_like_a_ghostwriter(rendering, passed):
    """Round 13's holdout: 'ghost reviewers' (hired, as a ghostwriter is) was refused as hired_left_out."""
    assert L1.q12.judge_values([rendering]).passed is passed
