"""netcrime.classify: the decision guide, rule application and the measures of lesson 03."""
from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from netcrime import classify
from netcrime.schemas import CRIME_TYPES



# --------------------------------------------------------------------------
# classify helpers


def test_decision_guide_covers_the_seven_types_once():
    guide = classify.decision_guide()
    assert sorted(guide["if yes"]) == sorted(CRIME_TYPES)
    assert guide["step"].tolist() == list(range(1, 8))


def test_crime_types_come_from_the_glossary():
    table = classify.crime_types()
    assert table["code"].tolist() == list(CRIME_TYPES)
    assert table["chinese"].str.len().gt(0).all()


def test_apply_rules_first_match_wins():
    texts = pd.Series(["a recorded loan", "nothing here"])
    rules = [("sextortion", "recorded"), ("trap_loan", "loan")]
    assert classify.apply_rules(texts, rules).tolist() == ["sextortion", classify.NO_MATCH]
    assert classify.apply_rules(texts, dict(reversed(rules))).tolist() == ["trap_loan", classify.NO_MATCH]


def test_precision_recall_and_confusions():
    actual = ["trap_loan", "trap_loan", "debt_harassment", "debt_harassment", "debt_harassment"]
    predicted = ["trap_loan", "debt_harassment", "trap_loan", "trap_loan", "debt_harassment"]
    table = classify.precision_recall(actual, predicted).set_index("type")
    assert table.loc["trap_loan", "precision"] == pytest.approx(1 / 3)
    assert table.loc["trap_loan", "recall"] == pytest.approx(1 / 2)
    assert table.loc["debt_harassment", "recall"] == pytest.approx(1 / 3)
    assert classify.confusions(actual, predicted)[0] == "2 debt_harassment cases as trap_loan"
    never = classify.precision_recall(["sextortion"], ["trap_loan"]).set_index("type")
    assert math.isnan(never.loc["sextortion", "precision"])


def test_baseline_results_cover_the_test_split(cases):
    results = classify.baseline_results()
    assert len(results) == (cases["split"] == "test").sum()
    assert list(results.columns) == ["id", "actual", "predicted"]


_WORDS = st.sampled_from(["loan", "fee", "strip", "posting", "Loan", "removed", "article", "x", ""])


@settings(deadline=None)
@given(texts=st.lists(st.lists(_WORDS, max_size=4).map(" ".join), max_size=6),
       rules=st.lists(st.tuples(st.sampled_from(["trap_loan", "sextortion", "paid_trolls"]),
                                st.sampled_from(["loan", "fee|strip", r"post\w*", "^$", "ARTICLE", "x"])), max_size=4),
       start=st.integers(0, 5))
def test_apply_rules_remembered_labels_are_the_labels_worked_out_afresh(texts, rules, start):
    """apply_rules remembers the labels of the same texts under the same rules (#15): each call gives what labelling
    afresh gives, on the caller's own index, and a caller changing its copy changes nothing remembered."""
    series = pd.Series(texts, index=range(start, start + len(texts)), dtype=object)
    for _ in range(2):
        got = classify.apply_rules(series, rules)
        pd.testing.assert_series_equal(got, _labelled_afresh(series.astype(str), rules))
        got.loc[:] = "changed by the caller"


def _labelled_afresh(texts: pd.Series, rules) -> pd.Series:
    """The lesson's loop, searched by pandas itself (nothing remembered): the first rule that fires labels a text."""
    predicted = pd.Series(classify.NO_MATCH, index=texts.index)
    for code, pattern in rules:
        predicted.loc[texts.str.contains(pattern, case=False, regex=True) & (predicted == classify.NO_MATCH)] = code
    return predicted


@settings(deadline=None)
@given(texts=st.lists(st.lists(_WORDS, max_size=4).map(" ".join), max_size=6),
       pattern=st.sampled_from(["loan", "fee|strip", r"post\w*", "^$", "ARTICLE", "x"]), case=st.booleans(),
       start=st.integers(0, 5))
def test_where_a_pattern_fires_is_remembered_as_pandas_finds_it(texts, pattern, case, start):
    """classify.fires remembers where a pattern fires in the same texts (#15: lesson 03 yt2 searches the training
    cases about ten times per wrong answer): each call gives what str.contains gives, on the caller's own index and
    name, and a caller changing its copy changes nothing remembered."""
    series = pd.Series(texts, index=range(start, start + len(texts)), dtype=object, name="text")
    for _ in range(2):
        got = classify.fires(series, pattern, case=case)
        pd.testing.assert_series_equal(got, series.str.contains(pattern, case=case, regex=True).astype(bool))
        got.loc[:] = not case


def test_a_pattern_pandas_refuses_is_refused_every_time():
    texts = pd.Series(["a loan", "a fee"])
    for _ in range(2):
        with pytest.raises(re.error):
            classify.fires(texts, "(loan")
        with pytest.raises(TypeError):
            classify.fires(texts, 5)
        with pytest.raises(ValueError):  # pandas refuses case=False with a compiled pattern
            classify.fires(texts, re.compile("LOAN"))


def test_apply_rules_of_another_shape_fail_as_before():
    with pytest.raises(ValueError):
        classify.apply_rules(pd.Series(["a"]), [("trap_loan", "loan", "extra")])
    compiled = [("trap_loan", re.compile("LOAN"))]  # pandas refuses case=False with a compiled pattern
    with pytest.raises(ValueError):
        classify._first_matches(pd.Series(["a loan"]), compiled)
    with pytest.raises(ValueError):
        classify.apply_rules(pd.Series(["a loan"]), compiled)


_LABELS = st.sampled_from([*CRIME_TYPES, classify.NO_MATCH, "Trap_loan", ""])
# labels of other kinds a student's code can give: numbers, None, NaN (round 17: one path counts every kind)
_ANY_LABELS = st.one_of(_LABELS, st.sampled_from([None, float("nan"), 3, 4, 2.5]))


def _pandas_precision_recall(actual, predicted) -> pd.DataFrame:
    """The table as pandas' comparisons count it (the test's reference: the code it replaced, round 16)."""
    frame = pd.DataFrame({"actual": actual, "predicted": predicted}, dtype=object)
    types = [t for t in CRIME_TYPES if t in set(frame["actual"]) | set(frame["predicted"])]
    rows = []
    for code in types:
        is_actual, is_predicted = frame["actual"] == code, frame["predicted"] == code
        hits = int((is_actual & is_predicted).sum())
        rows.append({"type": code, "cases": int(is_actual.sum()), "predicted": int(is_predicted.sum()),
                     "correct": hits, "precision": hits / is_predicted.sum() if is_predicted.sum() else float("nan"),
                     "recall": hits / is_actual.sum() if is_actual.sum() else float("nan")})
    return pd.DataFrame(rows)


@given(st.lists(st.tuples(_ANY_LABELS, _ANY_LABELS), max_size=40))
def test_precision_recall_is_the_pandas_table_for_labels_of_any_kind(pairs):
    """One path, in plain Python (#15: lesson 03's judges ask hundreds of times), for texts and other labels alike;
    the table is the one pandas' comparisons make, value for value and type for type."""
    actual, predicted = [a for a, _ in pairs], [p for _, p in pairs]
    pd.testing.assert_frame_equal(classify.precision_recall(actual, predicted),
                                  _pandas_precision_recall(actual, predicted), check_exact=True)


def test_precision_recall_of_other_labels_counts_texts_only_and_refuses_two_lengths():
    actual = ["trap_loan", float("nan"), "sextortion"]
    predicted = pd.Series(["trap_loan", "trap_loan", None])
    table = classify.precision_recall(actual, predicted).set_index("type")
    assert table.loc["trap_loan", "predicted"] == 2 and table.loc["trap_loan", "precision"] == 0.5
    with pytest.raises(ValueError):  # lengths that differ: refused, as pandas refused them
        classify.precision_recall(["trap_loan"], ["trap_loan", "sextortion"])


def _pandas_confusions(actual, predicted, top) -> list[str]:
    """The sentences as pandas' group-by and sort gave them (the test's reference: the code it replaced)."""
    cells = classify.confusion_cells(actual, predicted)
    wrong = cells[cells["actual"] != cells["predicted"]]
    wrong = wrong.sort_values(["cases", "actual", "predicted"], ascending=[False, True, True]).head(top)
    return [f"{n} {a} case{'s' if n != 1 else ''} as {p}"
            for a, p, n in zip(wrong["actual"], wrong["predicted"], wrong["cases"])]


@given(st.lists(st.tuples(_LABELS, _LABELS), max_size=40), st.integers(-2, 5))
def test_confusions_are_pandas_confusions(pairs, top):
    """Counted in plain Python, one path (#15: q2 and q2alt ask for every classifier they judge): the same sentences
    in the same order as the pandas group-by gives, ``top`` taken as pandas' head takes it."""
    actual, predicted = [a for a, _ in pairs], [p for _, p in pairs]
    expected = _pandas_confusions(actual, predicted, top)
    assert classify.confusions(actual, predicted, top) == expected
    assert classify.confusions(pd.Series(actual, dtype=object), tuple(predicted), top) == expected


@given(st.lists(st.tuples(_LABELS, st.sampled_from([None, float("nan"), 3.5, 4.5])), max_size=30),
       st.integers(0, 5))
def test_confusions_of_other_labels_are_pandas_confusions(pairs, top):
    """Numbers and missing labels (None, NaN) among the predicted: left out where missing, as pandas' group-by left
    them out. (Numbers on one side only: pandas could not sort a column that mixes numbers and texts, where
    ``classify.label_order`` puts the numbers first. Whole numbers beside None are not drawn: pandas made that column
    floats and printed 3 as '3.0'; a label is now printed as it was given.)"""
    actual, predicted = [a for a, _ in pairs], [p for _, p in pairs]
    assert classify.confusions(actual, predicted, top) == _pandas_confusions(actual, predicted, top)


def test_confusions_of_mixed_labels_are_counted_and_two_lengths_refused():
    assert classify.confusions(["trap_loan", "trap_loan", 3], ["sextortion", "sextortion", 4]) == \
        ["2 trap_loan cases as sextortion", "1 3 case as 4"]
    assert classify.confusions([3, "trap_loan"], ["sextortion", 4]) == ["1 3 case as sextortion",
                                                                     "1 trap_loan case as 4"]  # numbers first
    with pytest.raises(ValueError):  # labels of two lengths: refused, as pandas refused them
        classify.confusions(["trap_loan"], [3, 4])
