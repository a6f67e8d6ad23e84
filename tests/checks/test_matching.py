"""The one matching rule (checks/matching.py): whole numbers exactly, a rounding only as the student rounded it, and
only when the student kept enough figures (round 10, issue #15's "one rule" and #19's coincidence stories)."""
from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given, strategies as st

from netcrime.checks import counted, figure_family, slips
from netcrime.checks.matching import matches

counts = st.integers(min_value=-10**12, max_value=10**12)


@given(counts, counts)
def test_whole_numbers_match_only_exactly(a, b):
    assert matches(a, b) == (a == b)
    assert matches(float(a), float(b)) == (a == b)


def test_a_near_count_is_not_that_count():
    """Round 9's artefact: 311,001,031 was told as 138 + 311,000,000 by a relative tolerance of 1e-4."""
    assert not matches(311_001_031, 311_000_138)
    assert not matches(17_001, 17_000)


@given(st.floats(min_value=1e-3, max_value=1e7, allow_nan=False), st.integers(min_value=0, max_value=6))
def test_a_rounding_the_student_wrote_matches(value, places):
    written = round(value, places)
    if len(f"{abs(written):.15g}".replace(".", "").strip("0")) >= 2 and written != 0 and abs(value) >= 10 ** -places:
        assert matches(written, value)


@given(st.floats(min_value=1e-6, max_value=1e9, allow_nan=False), st.floats(min_value=-1e-10, max_value=1e-10))
def test_the_same_float_within_noise_matches(value, wobble):
    assert matches(value * (1 + wobble), value)


def test_a_coarse_answer_names_nothing():
    for answer, value in ((0.3, 0.33), (4, 4.2), (2000, 2012.5), (0.5, 0.46), (1, 0.96)):
        assert not matches(answer, value), (answer, value)


def test_a_rounding_off_by_more_than_half_a_unit_is_no_match():
    assert matches(9.72, 9.7234) and matches(9.7, 9.68) and matches(42, 42.3)
    assert not matches(9.72, 9.7261) and not matches(9.7, 9.76)


def test_far_from_the_answer_only_the_exact_value_matches():
    assert matches(9.3, 9.3182, rounded=True)
    assert not matches(9.3, 9.3182, rounded=False)
    assert matches(9.318181818181818, 102.5 / 11, rounded=False)


def test_more_digits_can_be_asked_for():
    assert matches(0.55, 0.5512) and not matches(0.55, 0.5512, digits=3)
    assert matches(1.0, 1.0384, digits=1) and not matches(1.0, 1.0384)  # the right answer rescaled, rounded as it is
    assert not matches(9, 8.96) and not matches(1, 0.96, digits=1)


def test_not_numbers_and_infinities_match_nothing():
    assert not matches(float("nan"), float("nan"))
    assert not matches(float("inf"), float("inf"))
    assert not matches("a", 1)


def test_the_engines_keep_no_tolerance_of_their_own():
    """counted, figure_family and slips decide 'this number is that computation' only through matching.matches."""
    for module in (counted, figure_family, slips):
        tree = ast.parse(Path(module.__file__).read_text())
        names = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
        assert "_matches" not in names or module is counted, module.__name__
        assert "matches" in Path(module.__file__).read_text()
    source = Path(counted.__file__).read_text()
    assert "isclose" not in source and "decimals_written" not in source
