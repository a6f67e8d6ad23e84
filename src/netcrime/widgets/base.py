"""The one way the course builds a widget.

A course widget is a ``CourseWidget``: an ipywidgets ``VBox`` that keeps its
controls as attributes (tests set ``.value`` on them and read the result, with
no browser), keeps its logic in plain functions of its own module, draws charts
and tables into ``Output`` areas with ``draw`` (so the output lands inside the
widget whether or not a front end is listening), and has a short, stable text
twin: nbval compares text, and a screen reader or a terminal gets a sentence.
"""
from __future__ import annotations

import ipywidgets as widgets

from ..notebook import draw


class CourseWidget(widgets.VBox):
    """Base of every course widget; ``text`` is its one-line text twin."""

    text = "A course widget."

    def __repr__(self) -> str:
        return self.text

    @staticmethod
    def draw(area: widgets.Output, obj) -> None:
        """Show ``obj`` (a chart, a table) in ``area``, replacing what was there."""
        draw(area, obj)

    @property
    def box(self) -> "CourseWidget":
        """The widget itself (older code asked a helper object for its ``.box``)."""
        return self
