"""The chart-controls widget of lesson 02."""
from __future__ import annotations

import pytest

from netcrime import data
from netcrime.widgets import chart_controls as cc


# ----- the widget ----------------------------------------------------------------

@pytest.mark.parametrize("unit", cc.FAMILIES)
def test_figure_chart_one_unit_per_chart(unit):
    for scale in cc.SCALES:
        chart = cc.figure_chart(unit, scale)
        spec = chart.to_dict()
        rows = next(iter(spec["datasets"].values()))
        expected = data.release_figures()
        assert sorted(r["value"] for r in rows) == sorted(expected.loc[expected["unit"] == unit, "value"])
        assert spec["title"]["text"] and spec["description"]
        assert spec["mark"]["type"] == ("point" if scale == "log" else "bar")


def test_figure_chart_sort_orders():
    assert cc.figure_chart("gangs", order="largest first").to_dict()["encoding"]["y"]["sort"] == "-x"
    assert cc.figure_chart("gangs", order="smallest first").to_dict()["encoding"]["y"]["sort"] == "x"
    assert cc.figure_chart("gangs", order="As in the release").to_dict()["encoding"]["y"]["sort"] is None


def test_figure_chart_log_scale():
    spec = cc.figure_chart("yuan", scale="log").to_dict()
    assert spec["encoding"]["x"]["scale"]["type"] == "log"


@pytest.mark.parametrize("args", [("people",), ("gangs", "sqrt"), ("gangs", "linear", "random"), (None,), (3,)])
def test_figure_chart_bad_options_raise_a_clear_error(args):
    with pytest.raises(ValueError, match="must be one of"):
        cc.figure_chart(*args)


def test_widget_redraws_on_change():
    controls = cc.ChartControls()
    assert controls.chart.to_dict()["mark"]["type"] == "bar"
    controls.scale.value = "log"
    assert controls.chart.to_dict()["mark"]["type"] == "point"
    assert "Log scale" in controls.message.value
    controls.unit.value = "yuan"
    rows = next(iter(controls.chart.to_dict()["datasets"].values()))
    assert {r["value"] for r in rows} == {data.figure("assets_seized"), data.figure("november_assets_seized")}
    controls.order.value = "smallest first"
    assert controls.chart.to_dict()["encoding"]["y"]["sort"] == "x"
    controls.scale.value = "linear"
    assert controls.message.value == ""


def test_widget_bad_state_gives_a_message(monkeypatch):
    controls = cc.ChartControls()

    def broken(*args):
        raise ValueError("unit must be one of: gangs (got 'x').")

    monkeypatch.setattr(cc, "figure_chart", broken)
    controls.redraw()
    assert controls.chart is None
    assert "Cannot draw this" in controls.message.value


def test_chart_controls_returns_a_box():
    box = cc.chart_controls()
    assert box.children and any(type(c).__name__ == "Output" for c in box.children)
