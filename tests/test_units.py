"""Reading numbers written with 万, 亿, 'billion' and 'more than'."""
import pytest
from hypothesis import given, strategies as st

from netcrime.units import parse_figure, to_wan, to_yi


@pytest.mark.parametrize("text, value, precision", [
    ("29.95 billion yuan", 29_950_000_000, "rounded"),
    ("299.5亿元", 29_950_000_000, "rounded"),
    ("1.64万名", 16_400, "rounded"),
    ("17,000", 17_000, "rounded"),
    ("1,759", 1_759, "exact"),
    ("more than 3 million", 3_000_000, "lower bound"),
    ("more than 1,400", 1_400, "lower bound"),
    ("86%", 86, "rounded"),
    ("311 million yuan", 311_000_000, "rounded"),
    ("9地", 9, "exact"),
    ("seven", 7, "exact"),
])
def test_parse_figure(text, value, precision):
    parsed = parse_figure(text)
    assert parsed.value == pytest.approx(value)
    assert parsed.precision == precision


def test_parse_figure_without_a_number_says_so():
    with pytest.raises(ValueError, match="No number"):
        parse_figure("a group of suspects")


@given(st.integers(min_value=1, max_value=10**6))
def test_wan_and_yi_round_trip(n):
    assert parse_figure(f"{to_wan(n * 10_000):.0f}万").value == pytest.approx(n * 10_000)
    assert to_yi(n * 100_000_000) == pytest.approx(n)
