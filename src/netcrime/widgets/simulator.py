"""The dark-figure simulator of lesson 04: sliders, a chart of true versus recorded, a summary.

The model lives in ``netcrime.darkfigure`` (pure functions, unit-tested); this
module only wires it to ipywidgets. Tests drive it in Python: set a slider's
``.value`` and read ``.summary.value`` or ``.frame``.
"""
from __future__ import annotations

import html

import altair as alt
import ipywidgets as widgets
import pandas as pd

from .. import darkfigure
from ..charts import MUTED, PALETTE
from .base import CourseWidget

SERIES_LABELS = {"true": "True incidents", "recorded": "Recorded cases"}


def trend_chart(frame: pd.DataFrame) -> alt.Chart:
    """Lines of true incidents and recorded cases by month (illustrative numbers)."""
    long = frame.melt(id_vars="month", value_vars=["true", "recorded"], var_name="series", value_name="count")
    long["series"] = long["series"].map(SERIES_LABELS)
    long["count"] = long["count"].round(1)
    return alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("month:O", title="Month (illustrative)"),
        y=alt.Y("count:Q", title="Incidents per month", scale=alt.Scale(zero=True)),
        color=alt.Color("series:N", title=None,
                        scale=alt.Scale(domain=list(SERIES_LABELS.values()), range=[MUTED, PALETTE[0]])),
        strokeDash=alt.StrokeDash("series:N", title=None,
                                  scale=alt.Scale(domain=list(SERIES_LABELS.values()), range=[[4, 3], [1, 0]])),
        tooltip=["month", "series", "count"],
    ).properties(
        title="True incidents and recorded cases (simulated)",
        description="Simulated line chart: true incidents (dashed grey) and recorded cases (solid blue) by month, "
                    "from the dark-figure model: recorded = reported and recorded + found by the police.",
    )


POINTS = 100  # percentage points per unit of the model's trends in shares (fractions)
IN_POINTS = ("report_trend", "detection_trend")  # sliders shown in percentage points


class DarkFigureSimulator(CourseWidget):
    """Sliders for the model's parameters; redraws the chart and the summary on every change."""

    text = "Dark-figure simulator: move the sliders to change the model."

    def __init__(self, months: int = 12, true_start: float = 1000, scenario: str | None = None):
        self.months = months
        self.true_start = true_start
        self.scenario = widgets.Dropdown(options=["(choose)"] + list(darkfigure.SCENARIOS),
                                         value=scenario if scenario in darkfigure.SCENARIOS else "(choose)",
                                         description="Start from:",
                                         style={"description_width": "initial"})
        # Labels wide enough to be read in full; units said once, the same way in label and readout.
        style = {"description_width": "350px"}
        layout = widgets.Layout(width="680px")
        self.true_trend = widgets.FloatSlider(value=0.0, min=-0.1, max=0.1, step=0.01, readout_format="+.0%",
                                              description="True incidents: change a month (%)", style=style,
                                              layout=layout)
        self.report_start = widgets.FloatSlider(value=0.3, min=0.05, max=1.0, step=0.01, readout_format=".0%",
                                                description="Share reported in month 1 (%)", style=style,
                                                layout=layout)
        # A change in a share is in percentage points (30% -> 31% is +1 point, not +1%), so this
        # slider's value is in points; the model takes a fraction (POINTS converts).
        self.report_trend = widgets.FloatSlider(value=0.0, min=-5.0, max=5.0, step=0.5, readout_format="+.1f",
                                                description="Share reported: change a month (points)",
                                                style=style, layout=layout)
        self.recording_rate = widgets.FloatSlider(value=1.0, min=0.1, max=1.0, step=0.05, readout_format=".0%",
                                                  description="Share of reports recorded (%)", style=style,
                                                  layout=layout)
        self.detection_rate = widgets.FloatSlider(value=0.0, min=0.0, max=0.5, step=0.01, readout_format=".0%",
                                                  description="Share of the rest police find, month 1 (%)",
                                                  style=style, layout=layout)
        self.detection_trend = widgets.FloatSlider(value=0.0, min=-5.0, max=5.0, step=0.5,
                                                   readout_format="+.1f",
                                                   description="Police finding: change a month (points)",
                                                   style=style, layout=layout)
        self.summary = widgets.HTML()
        self.output = widgets.Output()
        self.frame: pd.DataFrame | None = None
        self.last_chart: alt.Chart | None = None
        super().__init__([self.scenario, self.true_trend, self.report_start, self.report_trend,
                          self.recording_rate, self.detection_rate, self.detection_trend,
                          self.summary, self.output])
        self._holding = False
        for slider in self.sliders:
            slider.observe(self._changed, names="value")
        self.scenario.observe(self._chose, names="value")
        if scenario is not None:
            self.choose(scenario)
        else:
            self.redraw()

    @property
    def sliders(self) -> list[widgets.FloatSlider]:
        return [self.true_trend, self.report_start, self.report_trend, self.recording_rate,
                self.detection_rate, self.detection_trend]

    def parameters(self) -> dict:
        return dict(months=self.months, true_start=self.true_start, true_trend=self.true_trend.value,
                    report_start=self.report_start.value, report_trend=self.report_trend.value / POINTS,
                    recording_rate=self.recording_rate.value, detection_rate=self.detection_rate.value,
                    detection_trend=self.detection_trend.value / POINTS)

    def choose(self, name: str) -> None:
        """Set the sliders to one of ``darkfigure.SCENARIOS``."""
        if name not in darkfigure.SCENARIOS:
            self.summary.value = (f"<b>Unknown scenario {html.escape(repr(name))}.</b> Choose one of: "
                                  + html.escape(", ".join(darkfigure.SCENARIOS)) + ".")
            return
        self._holding = True  # one redraw after all the sliders move, not one per slider
        try:
            self.scenario.value = name
            for key, value in {**darkfigure.SCENARIO_DEFAULTS, **darkfigure.SCENARIOS[name]}.items():
                getattr(self, key).value = value * POINTS if key in IN_POINTS else value
        finally:
            self._holding = False
        self.redraw()

    def _chose(self, change) -> None:
        if not self._holding and change["new"] in darkfigure.SCENARIOS:
            self.choose(change["new"])

    def _changed(self, change) -> None:
        if not self._holding:
            self.redraw()

    def redraw(self) -> None:
        try:
            frame = darkfigure.simulate(**self.parameters())
        except ValueError as exc:  # a clear message, never a traceback
            self.frame = None
            self.summary.value = f"<b>Cannot simulate:</b> {html.escape(str(exc))}"
            self.draw(self.output, None)
            return
        self.frame = frame
        self.summary.value = html.escape(darkfigure.summary(frame))
        self.last_chart = trend_chart(frame)
        self.draw(self.output, self.last_chart)

    @property
    def summary_text(self) -> str:
        """The summary without HTML tags (what tests and screen readers read)."""
        import re

        return html.unescape(re.sub(r"<[^>]+>", "", self.summary.value))


def simulator(**kwargs) -> DarkFigureSimulator:
    """The lesson's simulator widget (keyword arguments as for ``DarkFigureSimulator``)."""
    return DarkFigureSimulator(**kwargs)
