"""The dark-figure simulator widget of lesson 04."""
from __future__ import annotations

import pytest

from netcrime import darkfigure
from netcrime.widgets.simulator import DarkFigureSimulator, simulator



# ----- the widget --------------------------------------------------------------------------
def test_widget_redraws_when_sliders_move():
    sim = simulator()
    assert isinstance(sim, DarkFigureSimulator)
    assert sim.summary_text == "Over 12 months, true incidents stayed about the same; recorded cases stayed about the same."
    sim.report_start.value = 0.4
    sim.report_trend.value = -2  # the slider is in percentage points
    assert sim.parameters()["report_trend"] == pytest.approx(-0.02)
    assert sim.summary_text.endswith("recorded cases fell by 55%.")
    assert sim.frame["recorded"].iloc[-1] == pytest.approx(1000 * 0.18)
    sim.recording_rate.value = 0.5
    assert sim.frame["recorded"].iloc[0] == pytest.approx(1000 * 0.4 * 0.5)
    sim.true_trend.value = -0.03
    assert "true incidents fell by 28%" in sim.summary_text


def test_widget_output_holds_one_chart_with_title_and_description():
    sim = simulator()
    assert len(sim.output.outputs) == 1
    spec = sim.last_chart.to_dict()
    assert spec["title"] and spec["description"]
    assert spec["encoding"]["y"]["scale"]["zero"] is True
    before = sim.last_chart
    sim.true_trend.value = 0.05
    assert sim.last_chart is not before and len(sim.output.outputs) == 1


def test_widget_scenarios_set_the_sliders():
    sim = simulator(scenario="real fall hidden by rising reporting")
    target = darkfigure.SCENARIOS["real fall hidden by rising reporting"]
    for key, value in target.items():
        assert sim.parameters()[key] == pytest.approx(value)
    assert sim.report_trend.value == pytest.approx(100 * target["report_trend"])  # shown in points
    assert "true incidents fell by 28%" in sim.summary_text
    sim.scenario.value = "falling reporting, flat truth"
    assert sim.report_trend.value == pytest.approx(-2.0)
    assert "recorded cases fell" in sim.summary_text


def test_widget_unknown_scenario_gives_a_message():
    sim = simulator()
    sim.choose("no such thing")
    assert "Unknown scenario" in sim.summary_text and "falling reporting" in sim.summary_text


def test_widget_bad_parameters_give_a_message_not_a_traceback():
    sim = simulator()
    sim.months = 0  # not reachable from the sliders, but must not raise
    sim.redraw()
    assert sim.summary_text.startswith("Cannot simulate:") and "months" in sim.summary_text
    assert sim.frame is None and sim.output.outputs == ()


def test_widget_repr_is_stable():
    assert repr(simulator()) == repr(simulator(scenario="everything steady"))


def test_widget_menu_shows_the_chosen_scenario():
    sim = simulator(scenario="everything steady")
    assert sim.scenario.value == "everything steady"
    sim.choose("falling reporting, flat truth")
    assert sim.scenario.value == "falling reporting, flat truth"
    assert sim.parameters()["report_trend"] == pytest.approx(-0.02)


def test_widget_labels_say_the_units_the_readouts_show():
    """A change in a share is in percentage points: label and readout agree."""
    sim = simulator()
    assert "(points)" in sim.report_trend.description and "%" not in sim.report_trend.readout_format
    for slider in (sim.true_trend, sim.report_start, sim.recording_rate):
        assert slider.description.endswith("(%)") and slider.readout_format.endswith("%")
    width = int(sim.report_trend.style.description_width.rstrip("px"))
    assert all(len(s.description) * 8 <= width for s in sim.sliders)  # ~8 px a character: not cut off
