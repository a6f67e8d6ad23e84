"""Lesson 01's converter says what it read, accepts pinyin units and refuses "1,7"."""
from __future__ import annotations

import pytest

from netcrime.widgets import figure_explorer as fx


@pytest.mark.parametrize("typed, result", [
    ("1.7 wan", "Result: 17,000 (rounded)."),
    ("1.7wan", "Result: 17,000 (rounded)."),
    ("299.5 yi", "Result: 29,950,000,000 (rounded)."),
    ("3.11 Yì", "Result: 311,000,000 (rounded)."),
])
def test_pinyin_units_are_read_and_said(typed, result):
    steps = fx.explain_conversion(typed)
    assert steps[-1] == result
    assert "is pinyin for" in steps[1]


def test_first_step_says_what_was_read():
    assert fx.explain_conversion("1.64万")[0] == "Read: the number 1.64 and the unit 万."
    assert fx.explain_conversion("17,000")[0] == "Read: the number 17,000, with no unit."


def test_an_unknown_unit_is_named_not_silently_dropped():
    steps = fx.explain_conversion("1.7 wam")
    assert "'wam' is not a unit I know" in steps[1]


@pytest.mark.parametrize("typed", ["1,7万", "1,70", "29,95 billion"])
def test_a_decimal_comma_is_refused_with_a_sentence(typed):
    steps = fx.explain_conversion(typed)
    assert len(steps) == 1 and "a comma separates thousands" in steps[0]
    assert "use a point" in steps[0]


def test_large_counts_of_wan_have_thousands_separators():
    assert "In 万: 2,995,000万; in 亿: 299.5亿." in fx.explain_conversion("299.5亿元")


def test_converter_widget_reads_pinyin():
    box = fx.make_converter()
    box.entry.value = "1.7 wan"
    assert "17,000" in box.steps.value and "pinyin" in box.steps.value
