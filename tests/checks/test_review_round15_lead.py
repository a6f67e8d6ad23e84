"""Review round 15, E1 and E5. Hostile answers that ran into the judgement's 10-s limit get their sentence from the
reading step, in the student's own terms: a table of hundreds of thousands of rows is named before any judge walks
it, and a chart class of the student's own whose to_dict never returns is stopped by the reading's limit (what a
student's function returns is read as plain values: test_review_round15_fix15a.py). A function's held-out inputs
are never quoted in its verdicts."""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd
import pytest

from netcrime import time_limit
from netcrime.checks import lesson00, lesson03
from netcrime.checks.outcome import ANSWER_NEVER_READ, TABLE_TOO_LARGE, WRONG_TYPE
from netcrime.checks.values import LARGEST_TABLE, too_many_rows


@pytest.mark.parametrize("question_, value", [
    (lesson03.q4, pd.DataFrame(np.zeros((1_000_000, 7), dtype=int))),
    (lesson00.q6, pd.Series(np.arange(1_000_000))),
], ids=["03 q4 frame", "00 q6 series"])
def test_a_table_of_a_million_rows_is_named_before_any_judge_walks_it(question_, value):
    outcome = question_.judge_values([value])
    assert outcome.status == WRONG_TYPE and outcome.misconception == TABLE_TOO_LARGE, outcome
    assert "1,000,000 rows" in outcome.message


def test_only_the_libraries_tables_past_the_limit_count_as_too_many_rows():
    assert too_many_rows(pd.DataFrame({"a": range(LARGEST_TABLE)})) is None
    assert too_many_rows(np.zeros(LARGEST_TABLE + 1)) == LARGEST_TABLE + 1
    assert too_many_rows(list(range(LARGEST_TABLE + 1))) is None  # a list: read by the copying limits instead
    assert too_many_rows(np.float64(3.0)) is None and too_many_rows("x" * (LARGEST_TABLE + 1)) is None


def test_a_chart_class_of_the_student_s_own_whose_spec_never_comes_is_stopped_by_the_reading(monkeypatch):
    monkeypatch.setattr(time_limit, "CALL_SECONDS", 0.2)

    class EndlessChart(alt.Chart):
        def to_dict(self, *args, **kwargs):
            while True:
                pass

    chart = EndlessChart(pd.DataFrame({"a": [1]})).mark_bar().encode(x="a")
    outcome = lesson00.q4.judge_values([chart])
    assert outcome.status == WRONG_TYPE and outcome.misconception == ANSWER_NEVER_READ, outcome
    assert outcome.message.startswith("Reading 'suspects_chart' did not finish") and "to_dict" in outcome.message


@pytest.mark.parametrize("question_", [lesson03.q2, lesson03.q2alt], ids=["q2", "q2alt"])
def test_a_classifier_stopped_on_a_held_out_case_is_told_its_place_not_its_text(question_, monkeypatch):
    """Review round 15, E5: a classifier that loops on every text it has not seen was told the held-out case it
    stopped at, in the grader's feedback too (the same verdict): the held-out cases could be read back."""
    monkeypatch.setattr(time_limit, "CALL_SECONDS", 0.05)
    seen = set(lesson03.data.case_vignettes()["text"])

    def hangs_on_unseen(text):
        while text not in seen:
            pass
        return "fraud"

    outcome = question_.judge_values([hangs_on_unseen])
    texts = question_.probe()
    assert outcome.misconception == "function_never_returned", outcome
    assert "not quoted: the cases are your instructor's" in outcome.message
    assert not any(text[:30] in outcome.message for text in texts)


def test_a_function_s_public_inputs_are_still_quoted_when_it_is_stopped(monkeypatch):
    """Lesson 01 q1's parser is called on figures the lesson prints: the input it stopped at is quoted."""
    from netcrime.checks import lesson01

    monkeypatch.setattr(time_limit, "CALL_SECONDS", 0.05)

    def spins(text):
        while True:
            pass

    outcome = lesson01.q1.judge_values([spins])
    first = list(lesson01.q1.probe())[0]
    assert outcome.misconception == "function_never_returned" and repr(first) in outcome.message, outcome


# ----- F3: a judgement of the libraries' objects is limited by its computing, not by a busy machine's clock -------
def _slow_on_the_clock_question():
    import time

    from netcrime.checks.judge import judge
    from netcrime.checks.outcome import CORRECT, Outcome
    from netcrime.checks.question import Question

    @judge()
    def waits_then_passes(value):
        time.sleep(0.4)  # a judgement waiting for a core, as on a loaded machine: clock passes, no computing
        return Outcome(CORRECT, "Correct.")

    return Question(id="qslow", lesson="99", reads=("answer",), judge=waits_then_passes)


class OwnNumber:
    def __float__(self):
        return 1.0


def test_a_judgement_of_the_libraries_objects_is_not_stopped_by_the_clock_alone(monkeypatch):
    """Review round 15, F3: a right chart's first check, 3.4 CPU-s but 30 s of clock on a machine at load 8, was
    stopped by the clock's limit and told 'could not judge'. With the limit at 0.05 s of computing (0.15 s on the
    clock), a judgement that waits 0.4 s on plain values and a library table still gives its verdict; one on an object
    of the student's own class is still stopped on the clock (its code could be what waits)."""
    from netcrime.checks import question

    monkeypatch.setattr(question, "JUDGE_SECONDS", 0.05)
    slow = _slow_on_the_clock_question()
    assert slow.judge_values([3]).status == "correct"
    assert slow.judge_values([pd.DataFrame({"a": [1, 2]})]).status == "correct"
    stopped = slow.judge_values([OwnNumber()])
    assert stopped.status == WRONG_TYPE and stopped.misconception == ANSWER_NEVER_READ, stopped


def test_what_a_student_gave_is_named_with_its_article():
    """Review round 15 (C4): an Index given where a text is asked was called "a Index"."""
    from netcrime.checks.values import describe

    assert describe(pd.Index(["self_blame", "fear"])).startswith("an Index of 2 labels")
    assert describe(object()) == "an object"
    assert describe(range(3)) == "a range"


@pytest.mark.parametrize("question_, typed", [(lesson00.yt3, 16882), ("05 q3", 263)], ids=["00 yt3", "05 q3"])
def test_the_right_result_with_two_digits_in_each_other_s_place_is_a_typo(question_, typed):
    """Review round 15's FINAL: 16,882 for 16,288 and 263 for 362 were told only 'too high/low' (05 q10's 759 for
    795, two neighbours, was named)."""
    from netcrime.checks import lesson05

    question_ = lesson05.q3 if question_ == "05 q3" else question_
    outcome = question_.judge_values([typed])
    assert outcome.misconception == "typed_the_answer_wrong", outcome
    assert "two digits in each other's place" in outcome.message and "one slip" in outcome.message


def test_only_two_digits_changing_places_is_read_as_a_transposition():
    from netcrime.checks.typos import typed_answer_slip

    assert typed_answer_slip(263, 362) is not None and typed_answer_slip(16882, 16288) is not None
    assert typed_answer_slip(0.302, 0.203) is not None  # the point stays where it was among the digits
    assert typed_answer_slip(264, 362) is None  # two digits changed, not exchanged: no one slip explains it
    assert typed_answer_slip(623, 362) is None  # three digits moved round
    assert "two neighbouring digits swapped" in typed_answer_slip(3.2, 2.3)[1]  # two digits: neighbours, as before
