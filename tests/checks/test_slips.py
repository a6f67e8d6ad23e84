"""Fair rounding and named numeric slips (``netcrime.checks.slips`` through ``compare.number``).

A number rounded the way the worked solutions round is right; a number off by
one 万 or 亿, a percentage for a share (or the reverse), or another figure of
the release is named, with the student's own number, and never declared
nowhere. Expected figures come from data/, as the comparator reads them.
"""
from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings, strategies as st

from netcrime import data
from netcrime.checks import compare, registry, slips, worked
from netcrime.checks.outcome import CORRECT, INCORRECT

from example_counts import examples

NUMBER_QUESTIONS = [q for qs in registry.all_lessons().values() for q in qs
                    if len(q.reads) == 1 and isinstance(worked.answers(q.lesson).get(q.id, [None])[0], float)]
ABOUT = re.compile(r"\babout (-?\d[\d,]*(?:\.\d+)?)(%?)", re.IGNORECASE)


def test_there_are_numeric_questions_to_check():
    assert len(NUMBER_QUESTIONS) >= 5, [q.id for q in NUMBER_QUESTIONS]


@pytest.mark.parametrize("question", NUMBER_QUESTIONS, ids=lambda q: f"{q.lesson}-{q.id}")
def test_every_value_a_worked_solution_states_is_accepted(question):
    """'About 9.7' in a worked explanation means 9.7 must be judged right (it once was 'too high')."""
    right = worked.answers(question.lesson)[question.id][0]
    stated = []
    for number, percent in ABOUT.findall(question.explanation or ""):
        value = float(number.replace(",", "")) / (100 if percent else 1)
        if right and abs(value - right) <= 0.1 * abs(right):  # a figure about this answer, not another one
            stated.append(value)
    for value in stated:
        outcome = question.judge_values([value])
        assert outcome.passed, f"{question.lesson}/{question.id}: the solution says about {value}, judged {outcome}"


@settings(max_examples=examples(150), deadline=None)
@given(target=st.floats(1e-4, 1e6).filter(lambda x: not float(x).is_integer()), places=st.integers(-2, 6))
def test_rounding_to_two_or_more_significant_figures_is_right(target, places):
    judge = compare.number(target, rel_tol=1e-9, figures=lambda: ())
    rounded = round(target, places)
    two_figures = 1 - math.floor(math.log10(target))  # decimals that keep two significant figures
    if rounded and places >= two_figures:
        assert judge(rounded).status == CORRECT, (target, rounded)
    if rounded and places < two_figures - 1 and not math.isclose(rounded, round(target, two_figures)):
        assert judge(rounded).status != CORRECT, (target, rounded)  # one significant figure is too coarse


def test_whole_numbers_are_never_rounded_and_coarse_roundings_stay_wrong():
    assert compare.number(1759)(1760).status == INCORRECT
    assert compare.number(17000 / 1759, rel_tol=1e-3)(10).status == INCORRECT
    outcome = compare.number(17000 / 1759, rel_tol=1e-3)(9.7)
    assert outcome.passed and "rounded" in outcome.message and "9.66" in outcome.message


@settings(max_examples=examples(100), deadline=None)
@given(target=st.floats(0.5, 1e5).filter(lambda x: abs(x - round(x)) > 1e-3), power=st.sampled_from([4, 8]),
       up=st.booleans())
def test_a_slip_of_one_wan_or_yi_is_named(target, power, up):
    judge = compare.number(target, figures=lambda: ())
    answer = target * 10 ** power if up else target / 10 ** power
    outcome = judge(answer)
    code = slips.OFF_BY_WAN if power == 4 else slips.OFF_BY_YI
    assert outcome.misconception == code and outcome.status == INCORRECT
    assert ("万" if power == 4 else "亿") in outcome.message and compare.plain(answer) in outcome.message


@settings(max_examples=examples(60), deadline=None)
@given(share=st.floats(0.011, 0.99))
def test_a_percentage_for_a_share_and_a_share_for_a_percentage_are_named(share):
    as_share = compare.number(share, figures=lambda: ())(share * 100)
    assert as_share.misconception == slips.PERCENT_NOT_SHARE and "divide by 100" in as_share.message
    as_percent = compare.number(share * 100, figures=lambda: (), asks=slips.PERCENTAGE)(share)
    assert as_percent.misconception == slips.SHARE_NOT_PERCENT and "multiply by 100" in as_percent.message


@pytest.mark.parametrize("answer, target", [(0.0966458, 9.664582), (0.04, 4.0), (0.01719, 1.7189), (0.032, 3.2356)])
def test_a_step_of_100_is_named_by_what_this_question_asks(answer, target):
    """Review round 4, M-N-1: suspects per gang, a count of rows, a rate per 100,000 ask for no percentage: a
    number 100 times too small is named as such, never as "this question wants a percentage"."""
    outcome = compare.number(target, figures=lambda: ())(answer)
    assert outcome.misconception == slips.OFF_BY_HUNDRED
    assert "100 times too small" in outcome.message and "wants a percentage" not in outcome.message
    assert "asks for no percentage" in outcome.message
    too_large = compare.number(target, figures=lambda: ())(target * 100)
    assert too_large.misconception == slips.OFF_BY_HUNDRED and "100 times too large" in too_large.message


@pytest.mark.parametrize("factor, code", [(10, slips.OFF_BY_TEN), (0.1, slips.OFF_BY_TEN),
                                          (1e5, slips.OFF_BY_POWER_OF_TEN), (1e-5, slips.OFF_BY_POWER_OF_TEN),
                                          (1e6, slips.OFF_BY_POWER_OF_TEN)])
def test_other_powers_of_ten_are_named(factor, code):
    for target in (1759.0, 1.7189, 0.9647):
        assert compare.number(target, figures=lambda: ())(target * factor).misconception == code


def test_the_rest_of_a_share_and_a_rounded_count_are_named():
    assert compare.number(0.9647, figures=lambda: ())(1 - 0.9647).misconception == slips.COMPLEMENT
    assert compare.number(0.9647, figures=lambda: ())(3.53).misconception == slips.COMPLEMENT
    rounded = compare.number(1759.0, figures=lambda: ())(1760)
    assert rounded.misconception == slips.ROUNDED_TOO_FAR and "exact" in rounded.message
    assert compare.number(1759.0, figures=lambda: ())(1800).misconception == slips.ROUNDED_TOO_FAR


def test_another_figure_of_the_release_is_named_from_data():
    gangs, detained, apprehended = (data.figure(i) for i in ("gangs_eliminated", "suspects_detained",
                                                            "suspects_apprehended"))
    judge = compare.number(gangs)
    suspects = judge(apprehended)
    assert suspects.misconception == slips.OTHER_FIGURE and "suspects_apprehended" in suspects.message
    per_gang = compare.number(apprehended / gangs, rel_tol=1e-3)
    wrong_top = per_gang(detained / gangs)
    assert wrong_top.misconception == slips.OTHER_FIGURE
    assert "suspects_detained / gangs_eliminated" in wrong_top.message
    assert compare.number(apprehended)(detained).misconception == slips.OTHER_FIGURE


def test_a_question_may_name_its_own_figures_and_own_misconceptions_come_first():
    judge = compare.number(10.0, figures=lambda: [("sample_size", 250.0)], misconceptions=[
        compare.Misconception("mine", "My own message.", 250.0)])
    assert judge(250).misconception == "mine"
    assert compare.number(10.0, figures=lambda: [("sample_size", 250.0)])(250).message.count("sample_size") == 1
    assert compare.number(10.0, figures=lambda: ())(250).misconception is None  # nothing to name: too high


def test_small_figures_and_coincidences_are_not_named():
    assert compare.number(0.9647)(1.0).misconception == slips.ROUNDED_TOO_FAR  # 7 / 7 is no slip: 0.96 rounded to 1 is
    assert compare.number(3.0)(7).misconception is None  # 7 crime types is too small a figure to name


def test_every_number_judge_declares_every_slip_it_can_name():
    declared = compare.number(1.0).misconceptions
    assert set(slips.SLIP_CODES) <= set(declared)
    assert all(declared[code] for code in slips.SLIP_CODES)
    assert compare.number(1.0, misconceptions=[compare.Misconception(
        slips.PERCENT_NOT_SHARE, "lesson wording", 100.0)]).misconceptions[slips.PERCENT_NOT_SHARE] == "lesson wording"


def test_decimals_written_reads_the_shortest_form():
    assert [slips.decimals_written(x) for x in (9.7, 10.0, 0.0104, 1e-05, 123.0)] == [1, 0, 4, 5, 0]


def test_other_figure_names_the_table_the_figure_is_described_in():
    """Review round 3, M12: a later release's figure is described by data.releases(), not data.release_figures()."""
    from netcrime.checks import slips as S

    later = dict(S.release_figures())
    code, message = S.figure_match(later["r2022jul_suspects"], later["a2023_suspects"])  # suspects for suspects
    assert code == S.OTHER_FIGURE and "data.releases()" in message and "data.release_figures()" not in message
    code, message = S.figure_match(16400, 17000)
    assert "data.release_figures()" in message and "data.releases()" not in message


@pytest.mark.parametrize("answer, target, code", [(1.04, 0.010384, slips.PERCENT_NOT_SHARE),
                                                  (1.0, 0.010384, slips.PERCENT_NOT_SHARE),
                                                  (33, 1 / 3, slips.PERCENT_NOT_SHARE),
                                                  (33.3, 1 / 3, slips.PERCENT_NOT_SHARE),
                                                  (0.96, 96.47, slips.SHARE_NOT_PERCENT)])
def test_a_rounded_slip_is_named_like_an_exact_one(answer, target, code):
    """Review round 3, M7: the fair rounding a right answer gets applies to the slip too."""
    asks = slips.PERCENTAGE if target > 1 else None
    assert slips.scale_slip(answer, target, asks)[0] == code
    judge = compare.number(target, asks=asks)
    assert judge(answer).misconception == code
    assert judge(round(target, 3)).passed  # the fair rounding of the right answer is still right


def test_a_far_number_is_not_called_a_rounded_slip():
    assert slips.scale_slip(2.0, 0.010384) is None and slips.scale_slip(40, 1 / 3) is None


def test_a_rounded_other_figure_is_named_like_with_like():
    """Review r3 M7 / #19: 9.3 for the apprehended per gang (9.66...) is the detained per gang (9.32...), rounded."""
    per_gang = data.figure("suspects_apprehended") / data.figure("gangs_eliminated")
    code, message = slips.figure_match(9.3, per_gang)
    assert code == slips.OTHER_FIGURE and "suspects_detained / gangs_eliminated" in message and "rounded" in message
    code, message = slips.figure_match(1.64, data.figure("suspects_apprehended") / 1e4)  # 16,400 in 万
    assert "'suspects_detained' (24 December 2020) in 万" in message  # round 13: the release and its date said
    # one significant digit, or a ratio of other units than the one asked for, is not named: too many ratios round to it
    assert slips.figure_match(9.0, per_gang) is None and slips.figure_match(1.0, 0.96) is None
    assert slips.figure_match(3.7, 2.0) is None
    assert slips.significant_digits(9.3) == 2 and slips.significant_digits(2100.0) == 2 and slips.significant_digits(1.0) == 1


def test_a_release_figure_is_named_only_when_it_is_a_plausible_mix_up_for_this_question():
    """Review round 5, M4: a figure that only happens to equal the answer is a coincidence, never named (600 is
    'reminders_issued', 1,400 'platforms_rectified'); a figure the question reads, or one of its kind, still is."""
    from netcrime.checks import registry

    lesson01 = {q.id: q for q in registry.questions("01")}
    share = lesson01["q4"].judge_values([600.0])  # 17,000 - 16,400: the question's own figures, subtracted
    assert share.misconception in ("difference_not_share", slips.WRONG_OPERATION)  # the lesson's own code comes first
    assert "reminders_issued" not in share.message
    with slips.asked_in(lesson01["q4"].prompt):  # the engine alone, without the lesson's own misconception
        engine = compare.number(16400 / 17000)(600.0)
    assert engine.misconception == slips.WRONG_OPERATION and "17,000 − 16,400" in engine.message
    yt5 = {q.id: q for q in registry.checked("04")}["yt5"]
    unreported = yt5.judge_values([1400])  # 1,600 - 200, the prompt's own (made-up) figures
    assert unreported.misconception == slips.WRONG_OPERATION and "1,600 − 200" in unreported.message
    assert "platforms_rectified" not in unreported.message
    assert yt5.judge_values([1600]).misconception == slips.GAVE_AN_INPUT
    made_up = compare.number(0.4375)  # a share of made-up figures: no release figure is its own
    assert "reminders_issued" not in made_up(600).message and made_up(600).misconception != slips.OTHER_FIGURE
    assert compare.number(data.figure("gangs_eliminated"))(600).misconception == slips.OTHER_FIGURE  # same table
    assert compare.number(data.figure("suspects_apprehended"))(16400).misconception == slips.OTHER_FIGURE
    # a dict item says what it counts: a figure of that kind is a plausible mix-up, another kind is not
    assert compare.item_slip("suspects", 22000.0, 15000.0)[0] == slips.OTHER_FIGURE
    assert (compare.item_slip("bodies", 1400.0, 15.0) or ("",))[0] != slips.OTHER_FIGURE


# ----- rounded_fairly's quick refusal (round 9, #15's fast loop) -----------------------------------------------
def _rounded_fairly_in_full(answer: float, target: float) -> bool:
    """``slips.rounded_fairly`` as it was before its quick refusal of far answers (round 8): every rounding tried."""
    if not math.isfinite(answer) or not math.isfinite(target) or target == 0 or float(target).is_integer():
        return False
    two_figures = 1 - math.floor(math.log10(abs(target)))
    written = slips.decimals_written(answer)
    if written > 15:
        return False
    for places in range(two_figures, max(written, two_figures) + 1):
        if compare.close(answer, round(target, places), rel_tol=1e-9, abs_tol=1e-12) \
                or compare.close(answer, slips._half_up(target, places), rel_tol=1e-9, abs_tol=1e-12):
            return True
    return False


TARGETS = [0.3333333333333333, 0.125, 0.0104, 0.96470588, 9.647, 1628.5714285714287, 1841.5, 2.675, 0.005,
           0.0449999, 0.95, 99.95, 999.5, 12.5, 0.1 + 0.2, 1 / 7, 7.9e-5, 123456.789, -0.125, -9.647, 6.02e23 / 7,
           0.9999999, 1.0000001, 3.5e-12]


def _answers_near(target: float) -> list[float]:
    """Every rounding of ``target`` (both ways of rounding a half, and cut off) to -3..12 places, a hair either
    side of each, and its neighbours one unit of the last place away."""
    out = [target, -target, 0.0, target * 2, target / 2]
    for places in range(-3, 13):
        step = 10.0 ** -places
        for value in (round(target, places), slips._half_up(target, places), math.trunc(target / step) * step):
            out += [value, value + step, value - step, value * (1 + 1e-9), value * (1 - 1e-9), value * (1 + 2e-9),
                    math.nextafter(value, math.inf), math.nextafter(value, -math.inf)]
    return [a for a in out if math.isfinite(a)]


@pytest.mark.parametrize("target", TARGETS)
def test_rounded_fairly_refuses_quickly_only_what_the_full_reading_refuses(target):
    for answer in _answers_near(target):
        assert slips.rounded_fairly(answer, target) == _rounded_fairly_in_full(answer, target), (answer, target)


@settings(max_examples=examples(400), deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
       st.integers(min_value=-2, max_value=9), st.floats(min_value=-3, max_value=3))
def test_rounded_fairly_is_the_full_reading_near_any_rounding(target, places, nudge):
    answer = round(target, places) + nudge * 10.0 ** -places
    for value in (answer, round(target, places), slips._half_up(target, places) if places >= 0 else answer):
        assert slips.rounded_fairly(value, target) == _rounded_fairly_in_full(value, target), (value, target)


def test_a_misconception_message_may_quote_the_students_number():
    """Round 12 (#19): a message that writes {answer} quotes the number given; the registry reads it without."""
    judge = compare.number(0.5, misconceptions=[compare.Misconception(
        slips.PERCENT_NOT_SHARE, "You gave {answer}: that is a percentage.", 50.0)])
    assert judge(50.0).message == "You gave 50: that is a percentage."
    assert judge.misconceptions[slips.PERCENT_NOT_SHARE] == "That is a percentage."
