"""Tables and series (``compare.frame`` / ``compare.series``): common slips named, every wrong item listed.

A duplicated column, repeated labels and a one-element Series for a value get
the student's own mistake, never "the checker could not judge this answer";
a wrong answer lists every wrong label, not only the first.
"""
from __future__ import annotations

import pandas as pd
from hypothesis import given, settings, strategies as st

from netcrime.checks import compare
from netcrime.checks.outcome import CANNOT_JUDGE, INCORRECT, WRONG_TYPE
from netcrime.checks.question import Question

from example_counts import examples

COUNTS = pd.Series({"fear": 3, "shame": 2, "cost": 5, "distrust": 1})
TABLE = pd.DataFrame({"id": ["gangs", "cases", "suspects"], "value": [1759.0, 32000.0, 17000.0]})


def _question(judge):
    return Question(id="qx", lesson="99", reads=("answer",), judge=judge)


@settings(max_examples=examples(60), deadline=None)
@given(wrong=st.sets(st.sampled_from(list(COUNTS.index)), min_size=1))
def test_series_names_every_wrong_label(wrong):
    answer = COUNTS.copy()
    for label in wrong:
        answer[label] += 10
    outcome = compare.series(COUNTS)(answer)
    assert outcome.status == INCORRECT
    for label in COUNTS.index:
        assert (repr(label) in outcome.message) == (label in wrong), (label, outcome.message)


def test_series_names_missing_and_extra_labels_and_repeated_ones():
    judge = compare.series(COUNTS)
    odd = judge(pd.Series({"fear": 3, "shame": 2, "costs": 5, "distrust": 1}))
    assert "no label 'cost'" in odd.message and "'costs' should not be a label" in odd.message
    doubled = pd.concat([COUNTS, COUNTS.iloc[:2]])
    outcome = _question(judge).judge_values([doubled])
    assert outcome.status == INCORRECT and outcome.misconception == compare.DUPLICATE_LABELS
    assert "'fear' and 'shame'" in outcome.message and outcome.status != CANNOT_JUDGE
    assert compare.DUPLICATE_LABELS in judge.misconceptions


def test_frame_names_a_duplicated_column():
    judge = compare.frame(TABLE, columns=["id", "value"], sort_by=["id"])
    doubled = pd.concat([TABLE, TABLE[["value"]]], axis=1)
    outcome = _question(judge).judge_values([doubled])
    assert outcome.status == INCORRECT and outcome.misconception == compare.DUPLICATED_COLUMN
    assert "'value'" in outcome.message and "duplicated()" in outcome.message
    assert compare.DUPLICATED_COLUMN in judge.misconceptions


def test_frame_names_the_rows_where_a_column_differs_and_every_wrong_column():
    judge = compare.frame(TABLE, columns=["id", "value"], sort_by=["id"])
    wrong = TABLE.assign(value=[1759.0, 3.2, 1.7])
    outcome = judge(wrong)
    assert "'value'" in outcome.message and "'cases' and 'suspects'" in outcome.message
    assert "'gangs'" not in outcome.message
    three = pd.DataFrame({"a": [1, 2], "b": [3, 4], "c": [5, 6]})
    both = compare.frame(three, order_matters=True)(three.assign(b=[0, 0], c=[0, 0]))
    assert "columns 'b' and 'c'" in both.message
    missing = compare.frame(three)(three[["a"]])
    assert missing.status == WRONG_TYPE and "'b' and 'c'" in missing.message


def test_a_one_element_series_for_a_number_shows_the_value_and_the_fix():
    outcome = compare.number(1759)(pd.Series([1759]))
    assert outcome.status == WRONG_TYPE and ".item()" in outcome.message


def test_keys_problem_is_shared_for_dict_answers():
    assert compare.keys_problem({"a": 1, "b": 2}, {"a": 0, "b": 0}) is None
    message = compare.keys_problem({"a": 1, "x": 2, "y": 3}, {"a": 0, "b": 0, "c": 0})
    assert "'b' and 'c' (2 missing)" in message and "'x' and 'y' are not one of the expected keys" in message
