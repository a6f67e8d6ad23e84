"""Lesson 02 widget: explore one family of the release's figures at a time.

``figure_chart(unit, scale, order)`` is a pure function: it returns the Altair
chart for the chosen options (tests call it directly). ``chart_controls()``
wires three dropdowns to it and redraws into an ``ipywidgets.Output``.

One family = one unit (gangs, suspects, cases or yuan), so a chart never puts
different units on one axis. A log scale is drawn with points, not bars: a bar
on a log scale has no zero to start from, so its length means nothing.
"""
from __future__ import annotations

import altair as alt
import ipywidgets as widgets
import pandas as pd

from .. import data
from ..charts import MUTED, PALETTE
from .base import CourseWidget

FAMILIES = ("gangs", "suspects", "cases", "yuan")
SCALES = ("linear", "log")
ORDERS = ("largest first", "smallest first", "as in the release")
UNIT_TITLES = {"gangs": "Criminal gangs broken up", "suspects": "Suspects",
               "cases": "Cases", "yuan": "Assets seized (yuan)"}


def _label(row) -> str:
    """A short readable label: the province, or which part of the campaign; Chinese verb for suspects."""
    place = row["scope"] if row["scope"] != "national" else row["subset"].capitalize()
    if row["id"] == "july_sextortion_cases":
        return f"{place}: case series verified (not solved)"
    if "detained" in row["id"]:
        return f"{place}: detained 刑拘"
    if "apprehended" in row["id"]:
        return f"{place}: apprehended 抓获"
    return place


def family_table(unit: str) -> pd.DataFrame:
    """The release's figures in one unit, with a label, whether national, and how printed."""
    figures = data.release_figures()
    table = figures[figures["unit"] == unit].copy()
    table["label"] = table.apply(_label, axis=1)
    table["level"] = table["scope"].where(table["scope"] == "national", "province")
    table["level"] = table["level"].map({"national": "national", "province": "provincial example (as reported)"})
    return table[["label", "value", "printed_as", "level", "verified_in_chinese"]].reset_index(drop=True)


def _check(name: str, value, allowed) -> str:
    if not isinstance(value, str) or value.strip().lower() not in allowed:
        raise ValueError(f"{name} must be one of: {', '.join(allowed)} (got {value!r}).")
    return value.strip().lower()


def figure_chart(unit: str = "gangs", scale: str = "linear", order: str = "largest first") -> alt.Chart:
    """The chart of one figure family. Raises ValueError, with a clear message, on unknown options."""
    unit = _check("unit", unit, FAMILIES)
    scale = _check("scale", scale, SCALES)
    order = _check("order", order, ORDERS)
    table = family_table(unit)
    sort = {"largest first": "-x", "smallest first": "x", "as in the release": None}[order]
    x = alt.X("value:Q", title=f"{UNIT_TITLES[unit]} ({scale} scale)", axis=alt.Axis(labelOverlap=True),
              scale=alt.Scale(type=scale) if scale == "log" else alt.Undefined)
    encoding = dict(
        x=x,
        y=alt.Y("label:N", sort=sort, title=None),
        color=alt.Color("level:N", scale=alt.Scale(domain=["national", "provincial example (as reported)"],
                                                   range=[PALETTE[0], MUTED]), title=None),
        tooltip=[alt.Tooltip("label:N", title="Figure"), alt.Tooltip("printed_as:N", title="As printed"),
                 alt.Tooltip("verified_in_chinese:N", title="Checked in Chinese")],
    )
    base = alt.Chart(table)
    marks = base.mark_point(filled=True, size=90) if scale == "log" else base.mark_bar()
    how = "points on a log scale" if scale == "log" else "bars on a linear scale from zero"
    return marks.encode(**encoding).properties(
        title=alt.Title(f"{UNIT_TITLES[unit]}: every figure the release gives",
                        subtitle=["Provincial figures are examples the ministry chose, each from one operation: "
                                  "not a ranking.", "Provinces not named in the release are unknown, not zero."]),
        description=(f"{how.capitalize()} of the {len(table)} figures in {unit} from the 24 December 2020 "
                     f"release, ordered {order}. National figures in blue, provincial examples (each from one named "
                     f"operation) in grey."),
    )


class ChartControls(CourseWidget):
    """Three dropdowns and an Output area; changing one redraws the chart."""

    text = "Chart controls: pick a family of figures, a scale and an order."

    def __init__(self):
        self.unit = widgets.Dropdown(options=FAMILIES, value="gangs", description="Figures:")
        self.scale = widgets.ToggleButtons(options=SCALES, value="linear", description="Scale:")
        self.order = widgets.Dropdown(options=ORDERS, value="as in the release", description="Order:")
        self.message = widgets.HTML()
        self.output = widgets.Output()
        self.chart = None
        super().__init__([widgets.HBox([self.unit, self.order]), self.scale, self.message, self.output])
        for control in (self.unit, self.scale, self.order):
            control.observe(self.redraw, names="value")
        self.redraw()

    def redraw(self, change=None) -> None:
        try:
            self.chart = figure_chart(self.unit.value, self.scale.value, self.order.value)
        except ValueError as exc:
            self.chart = None
            self.message.value = f"<b>Cannot draw this:</b> {exc}"
            return
        self.message.value = ("Log scale: drawn as points, because bars on a log scale have no zero."
                              if self.scale.value == "log" else "")
        self.draw(self.output, self.chart)


def chart_controls() -> ChartControls:
    """The widget for the lesson: pick a figure family, a scale and an order."""
    return ChartControls()
