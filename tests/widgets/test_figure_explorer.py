"""The figure explorer and converter widget of lesson 01."""
from __future__ import annotations

import pytest

from netcrime import data
from netcrime.widgets import figure_explorer as fx

f = data.figure


# ----------------------------------------------------------------------------- widget
def test_describe_figure_converts_units():
    info = fx.describe_figure("assets_seized")
    assert info["value"] == f("assets_seized")
    assert info["in_yi"] == "299.5亿"
    assert info["base_units"] == "29,950,000,000 yuan"
    assert info["chinese_original"].startswith("查扣")
    info = fx.describe_figure("suspects_detained")
    assert info["in_wan"] == "1.64万"
    assert "nearest 100" in info["precision_note"]


def test_describe_figure_precision_notes():
    assert "lower bound" in fx.describe_figure("information_intercepted")["precision_note"].lower()
    assert "exact" in fx.describe_figure("gangs_eliminated")["precision_note"].lower()
    assert "nearest 1,000" in fx.describe_figure("suspects_apprehended")["precision_note"]
    assert fx.describe_figure("trap_loan_institutions_decline")["in_wan"].startswith("not a count")


def test_describe_figure_dropped_translation():
    assert "leaves this out" in fx.describe_figure("july_localities")["source_fragment"]


@pytest.mark.parametrize("odd", ["nope", "", None, 3, ["gangs_eliminated"]])
def test_describe_figure_odd_input_gives_message(odd):
    info = fx.describe_figure(odd)
    assert set(info) == {"error"}
    assert fx.figure_card(odd) == info["error"]
    assert "<strong>" in fx.figure_card_html(odd)


def test_every_figure_has_a_card():
    for fid in fx.figure_ids():
        card = fx.figure_card(fid)
        assert card.startswith(f"Figure: {fid}")
        assert "e-0" not in card  # no scientific notation shown to students


@pytest.mark.parametrize("text, value, precision", [
    ("1.64万", "16,400", "rounded"),
    ("299.5亿元", "29,950,000,000", "rounded"),
    ("more than 3 million", "3,000,000", "lower bound"),
    ("1759", "1,759", "exact"),
])
def test_explain_conversion(text, value, precision):
    steps = fx.explain_conversion(text)
    assert steps[-1] == f"Result: {value} ({precision})."


def test_explain_conversion_names_yi_is_not_billion():
    assert any("not a billion" in s for s in fx.explain_conversion("3.11亿"))


@pytest.mark.parametrize("odd", ["", "   ", "abc", None, 42, ["1万"]])
def test_explain_conversion_odd_input(odd):
    steps = fx.explain_conversion(odd)
    assert len(steps) == 1 and steps[0]


def test_rounding_step():
    assert fx.rounding_step("1.64万") == 100
    assert fx.rounding_step("299.5亿") == 10_000_000
    assert fx.rounding_step("17,000") == 1_000
    assert fx.rounding_step("1759") == 1
    assert fx.rounding_step("no digits") is None


def test_explorer_widget_updates_card():
    box = fx.make_explorer()
    assert "suspects_detained" in box.card.value
    box.picker.value = "information_intercepted"
    assert "lower bound" in box.card.value.lower()
    assert "information_intercepted" in box.card.value


def test_explorer_with_unknown_start_falls_back():
    box = fx.make_explorer(start="nope")
    assert box.picker.value == fx.figure_ids()[0]


def test_converter_widget_button_and_typing():
    box = fx.make_converter()
    assert "29,950,000,000" in box.steps.value
    box.entry.value = "1.7万"  # typing then Enter (continuous_update=False) converts
    assert "17,000" in box.steps.value
    box.entry.value = "gibberish"
    box.button.click()
    assert "No number found" in box.steps.value
    box.entry.value = ""
    box.button.click()
    assert "Type a figure" in box.steps.value
