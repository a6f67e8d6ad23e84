"""Written answers are recorded, never credited; questions with parts earn the points of the parts that pass."""
from __future__ import annotations

import json

import pytest

from netcrime.checks import attempts, modes, registry, worked
from netcrime.checks.compare import number
from netcrime.checks.judge import judge
from netcrime.checks.outcome import CORRECT, INCORRECT, NOT_ATTEMPTED, RECORDED, STATUSES, TITLES, WRONG_TYPE, \
    correct, incorrect
from netcrime.checks.parts import Part, earned
from netcrime.checks.question import Question
from netcrime.checks.written import computed_and_written, recorded_text

RUBRIC = ("Does it say what the figure counts?", "Does it say why it is not a trend?")


def written() -> Question:
    return Question(id="w1", lesson="99", reads=("answer",), judge=recorded_text((5, 50)), rubric=RUBRIC)


@pytest.mark.parametrize("answer", ["The figure counts police activity, not crime, so it is not a trend.",
                                    "counts activity trend not crime " * 4, "no"])
def test_a_written_answer_is_recorded_never_correct(answer):
    q = written()
    outcome = q.judge_values([answer])
    assert outcome.status == RECORDED and not outcome.passed
    assert outcome.message.startswith("Recorded for your instructor") and "key words" in outcome.message
    assert q.collect  # a question with a rubric is collected for the instructor
    assert RECORDED in STATUSES and TITLES[RECORDED] == "Recorded for your instructor"


def test_a_written_answer_says_what_is_missing_or_of_the_wrong_kind():
    q = written()
    assert q.judge_values([...]).status == NOT_ATTEMPTED
    assert q.judge_values(["   "]).status == NOT_ATTEMPTED
    assert q.judge_values([42]).status == WRONG_TYPE
    assert "the question asks for 5 to 50" in q.judge_values(["too short"]).message


def test_check_shows_the_rubric_as_a_self_check_counts_no_pass_and_passes_strict(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv(attempts.PROGRESS_ENV, str(tmp_path / "progress.json"))
    monkeypatch.setenv(modes.STRICT_ENV, "1")
    q = written()
    q.check("The figure counts police activity, not crime, so it is no trend.")  # recorded: no CheckFailed
    out = capsys.readouterr().out
    assert "w1: Recorded for your instructor" in out
    assert "- [1] Does it say what the figure counts?" in out and "- [2] Does it say why it is not a trend?" in out
    saved = json.loads((tmp_path / "progress.json").read_text())
    assert saved["99"]["w1"] == {"attempts": 1, "passed": False}  # progress() never counts it as passed
    html = q.feedback(q.judge_values(["some words here and more"]))._repr_html_()
    assert "<li>[1] Does it say what the figure counts?</li>" in html
    with pytest.raises(modes.CheckFailed):
        q.check(...)  # a blank is still a failure in strict mode


def test_no_lesson_question_is_credited_on_key_words():
    """Every question that collects a written answer is recorded, whatever words the answer uses."""
    stuffed = "unit period precision report record survey category count both trend not comparable " * 5
    written_questions = [q for qs in registry.all_checked().values() for q in qs if q.collect]
    assert {(q.lesson, q.id) for q in written_questions} >= {("03", "q7"), ("04", "q7"), ("05", "q15")}
    for q in written_questions:
        if q.answer_text is not None:  # the written part is inside the answer: a chart's words (lesson 02)
            right = (worked.answers(q.lesson).get(q.id) or worked.in_lesson(q.lesson)[q.id].values)[0]
            spec = {**right.to_dict(validate=False), "title": stuffed, "description": stuffed}
            outcome = q.judge_values([spec])
            assert outcome.status in (RECORDED, INCORRECT) and not outcome.passed, (q.lesson, q.id)
            assert q.rubric, (q.lesson, q.id)
            continue
        # the written reads get the stuffed text; a computed value read beside it (01 q3) its worked answer
        worked_values = worked.answers(q.lesson).get(q.id) or [stuffed] * len(q.reads)
        outcome = q.judge_values([stuffed if isinstance(v, str) else v for v in worked_values])
        assert outcome.status == RECORDED and not outcome.passed, (q.lesson, q.id)
        assert q.rubric, (q.lesson, q.id)


# ----- parts ---------------------------------------------------------------------------------
@judge({"not_even": "gave an odd number"})
def _even(value):
    return correct() if value % 2 == 0 else incorrect("Not even.", "not_even")


def _parted(**extra) -> Question:
    return Question(id="p1", lesson="99", reads=("n",),
                    parts=[Part("is even", 1.0, _even), Part("is 4", 0.5, number(4))], **extra)


def test_parts_give_the_points_of_the_parts_that_pass():
    q = _parted()
    assert q.points == 1.5
    assert q.misconceptions.get("not_even") == "gave an odd number"  # the parts' codes are the question's
    right = q.judge_values([4])
    assert right.status == CORRECT and earned(right, q.points) == 1.5
    half = q.judge_values([6])
    assert half.status == INCORRECT and half.parts == (("is even", 1.0, True), ("is 4", 0.5, False))
    assert earned(half, q.points) == 1.0
    none = q.judge_values([7])
    assert earned(none, q.points) == 0.0 and none.misconception == "not_even"
    assert q.judge_values([...]).parts == () and earned(q.judge_values([...]), q.points) == 0.0
    text = repr(q.feedback(half))
    assert "- Right: is even (1 point of 1.5)" in text and "- Not yet: is 4 (0.5 points)" in text


def test_a_question_with_its_own_judge_and_parts_uses_both():
    q = _parted(judge=number(4), points=3.0)
    assert q.points == 3.0
    assert earned(q.judge_values([4]), q.points) == 3.0
    assert earned(q.judge_values([8]), q.points) == 1.0
    with pytest.raises(ValueError):
        Part("free", 0, _even)


def test_chart_parts_credit_the_form_the_words_and_the_baseline_separately():
    import altair as alt
    import pandas as pd

    from netcrime.checks.chart_parts import BASELINE, FORM, WORDS, chart_parts

    q = Question(id="c1", lesson="99", reads=("fig",), parts=chart_parts(
        mark="bar", encodings={"x": {"field": "k", "type": "nominal"}, "y": {"field": "n", "type": "quantitative"}}))
    base = alt.Chart(pd.DataFrame({"k": ["a", "b"], "n": [3, 4]}))
    good = base.mark_bar().encode(x="k:N", y="n:Q").properties(title="Counts", description="Two bars.")
    assert q.points == 3 and q.judge_values([good]).status == CORRECT
    cut = base.mark_bar().encode(x="k:N", y=alt.Y("n:Q", scale=alt.Scale(zero=False))).properties(
        title="Counts", description="Two bars.")
    untitled_line = base.mark_line().encode(x="k:N", y="n:Q")
    for chart, expected in [(cut, {FORM: True, WORDS: True, BASELINE: False}),
                            (untitled_line, {FORM: False, WORDS: False, BASELINE: True})]:
        outcome = q.judge_values([chart])
        assert outcome.status == INCORRECT
        assert {name: passed for name, _, passed in outcome.parts} == expected
        assert earned(outcome, q.points) == sum(expected.values())


def test_each_item_credits_the_items_of_a_dict_answer_that_are_right():
    from netcrime.checks.compare import mapping
    from netcrime.checks.parts import each_item

    expected = {"A": "yes", "B": "no", "C": "no", "D": "yes"}
    whole = mapping(expected, labels=["yes", "no"])
    q = Question(id="m1", lesson="99", reads=("labels",), judge=whole,
                 parts=each_item(list(expected), expected, whole, 0.25))
    assert q.points == 1.0
    outcome = q.judge_values([{"A": "Yes", "B": "yes", "C": "no", "D": "no"}])  # fair spelling of A still counts
    assert outcome.status == INCORRECT and earned(outcome, q.points) == 0.5
    assert [(name, passed) for name, _, passed in outcome.parts] == [("A", True), ("B", False), ("C", True),
                                                                     ("D", False)]
    assert earned(q.judge_values([{"A": "yes"}]), q.points) == 0.0  # a missing key is the wrong kind: no parts
    # review round 3, M6: one label the question does not know costs that item only, never more than a wrong one
    unknown = q.judge_values([{**expected, "A": "maybe"}])
    wrong = q.judge_values([{**expected, "A": "no"}])
    assert unknown.status == WRONG_TYPE and earned(unknown, q.points) == earned(wrong, q.points) == 0.75
    assert earned(q.judge_values(["yes"]), q.points) == 0.0


# ----- a computation and a written line in one question (lesson 01 q3's comment, #19) ------------

def _average_and_line():
    judge, parts = computed_and_written(number(9.66, rel_tol=1e-3), points=(0.75, 0.25),
                                        names=("the average", "one line on why it describes no real gang"))
    return Question(id="qx", lesson="01", reads=("per_gang", "per_gang_why"), judge=judge, parts=parts,
                    rubric=("An average hides the spread of gang sizes.",))


def test_a_right_number_with_its_line_is_recorded_and_earns_the_number_at_once():
    q = _average_and_line()
    outcome = q.judge_values([9.66, "An average hides a few large groups and many small ones."])
    assert outcome.status == RECORDED and "9.66 is right" in outcome.message and "Recorded for your instructor" in outcome.message
    assert earned(outcome, q.points) == 0.75 and q.points == 1.0  # the line's quarter waits for the instructor


def test_the_computation_is_still_checked_and_named():
    q = _average_and_line()
    wrong = q.judge_values([12.0, "Averages hide spread."])
    assert wrong.status == INCORRECT and "too high" in wrong.message and "recorded for your instructor" in wrong.message
    assert earned(wrong, q.points) == 0.0
    no_line = q.judge_values([9.66, ...])
    assert no_line.status == INCORRECT and "Your line is missing" in no_line.message
    assert no_line.misconception == "written_part_left_out"  # round 12: named (it named nothing)
    assert earned(no_line, q.points) == 0.75
    not_text = q.judge_values([9.66, 3])
    assert not_text.status == INCORRECT and "as text" in not_text.message
