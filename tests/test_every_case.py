"""tests/every_case.py: one test over many cases still names every failing case."""
from __future__ import annotations

import pytest

from every_case import assert_every, failures


def _check(n: int) -> str | None:
    if n == 3:
        raise ValueError("three")
    return "odd" if n % 2 else None


def test_every_failing_case_is_named_and_a_raising_case_does_not_stop_the_others():
    found = sorted(failures(range(8), _check))
    assert found[0].startswith("1: odd") and found[1].startswith("3: raised ValueError: three")
    assert found[2:] == ["5: odd", "7: odd"]


def test_assert_every_fails_with_the_count_and_each_case():
    with pytest.raises(AssertionError) as failed:
        assert_every([2, 4, 5, 7], _check, "numbers")
    assert str(failed.value).startswith("2 of 4 numbers failed:") and "5: odd" in str(failed.value)
    assert_every([0, 2, 4], _check, "even numbers")
    with pytest.raises(AssertionError, match="no numbers"):
        assert_every([], _check, "numbers")
