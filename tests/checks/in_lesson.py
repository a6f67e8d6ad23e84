"""One way to test a lesson's in-lesson ("your turn") checks, shared by the lesson test files."""
from __future__ import annotations

from netcrime.checks.outcome import CORRECT, INCORRECT


def assert_right_passes_and_wrongs_are_named(question, right, wrongs) -> None:
    """``right`` is judged correct; each (values, code) in ``wrongs`` is incorrect with that declared code."""
    assert question.judge_values(right).status == CORRECT
    for values, code in wrongs:
        outcome = question.judge_values(values)
        assert outcome.status == INCORRECT and outcome.misconception == code, outcome.message
        assert code in question.misconceptions
