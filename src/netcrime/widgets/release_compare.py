"""Lesson 05 widget: two releases' figures side by side, every mismatch flagged before any chart.

The logic lives in ``netcrime.releases`` (``comparison_table``, ``series_chart``);
this module only wires two dropdowns and a button to it. The chart is drawn
only after the mismatches are shown, and the helper refuses, with reasons,
when the two figures do not make a series.
"""
from __future__ import annotations

import html

import ipywidgets as widgets

from .. import releases
from .base import CourseWidget


def options() -> list[tuple[str, str]]:
    """Dropdown entries: a readable label for each figure id, in the data's order."""
    table = releases.figures()
    return [(f"{fid}: {r['printed_as']} {r['unit']} ({r['source_date']:%Y-%m} {r['release']})"
             if r["source_date"] == r["source_date"] else f"{fid}: {r['printed_as']} {r['unit']} ({r['release']})",
             fid) for fid, r in table.iterrows()]


def mismatch_summary(left: str, right: str) -> str:
    """One sentence for the widget: how many blocking mismatches, and which."""
    found = releases.mismatches(left, right)
    blocking = [m.dimension for m in found if m.blocking]
    if not blocking:
        extra = " (with a warning: a period is partly assumed)" if found else ""
        return f"No blocking mismatch{extra}: these two may be set side by side."
    return f"{len(blocking)} mismatch(es): {', '.join(blocking)}. Read why before you compare."


class ReleaseComparer(CourseWidget):
    """Two dropdowns, the side-by-side table, and a button that tries to chart them as a series."""

    text = "Release comparer: pick two figures; it says what differs and charts them only if they compare."

    def __init__(self, left: str = "r2020_gangs", right: str = "f2025_online_orgs"):
        choices = options()
        self.left = widgets.Dropdown(options=choices, value=left, description="Left:",
                                     layout=widgets.Layout(width="95%"))
        self.right = widgets.Dropdown(options=choices, value=right, description="Right:",
                                      layout=widgets.Layout(width="95%"))
        self.summary = widgets.HTML()
        self.table = widgets.Output()
        self.button = widgets.Button(description="Chart them as a series", button_style="",
                                     tooltip="Draws only if nothing blocks the comparison")
        self.chart_area = widgets.Output()
        self.result = None
        super().__init__([self.left, self.right, self.summary, self.table, self.button, self.chart_area])
        for control in (self.left, self.right):
            control.observe(self.refresh, names="value")
        self.button.on_click(self.chart)
        self.refresh()

    def refresh(self, change=None) -> None:
        self.summary.value = f"<b>{html.escape(mismatch_summary(self.left.value, self.right.value))}</b>"
        self.draw(self.chart_area, None)
        self.draw(self.table, releases.comparison_table(self.left.value, self.right.value))

    def chart(self, button=None) -> None:
        self.result = releases.series_chart([self.left.value, self.right.value])
        self.draw(self.chart_area, self.result)


def release_comparer(left: str = "r2020_gangs", right: str = "f2025_online_orgs") -> ReleaseComparer:
    """The widget for the lesson."""
    return ReleaseComparer(left, right)
