"""Lesson 02 q4 (round 11, names11b): what the question asks of the timeline beyond its points and text layer is
checked: slanted labels (close events would overwrite each other) and an axis that keeps the year."""
from __future__ import annotations

import altair as alt
import pytest

from netcrime.checks import lesson02 as L, worked

WORDS = dict(title="The campaign's milestones", description="Timeline of the campaign's milestones, 2019 to 2020.")


def _timeline(text_mark: dict, axis: dict | None = None, text_y: dict | None = None) -> dict:
    spec = worked.answers("02")["q4"][0].to_dict()
    for layer in spec["layer"]:
        if axis is not None:
            layer["encoding"]["x"]["axis"] = axis
        if layer["mark"]["type"] == "text":
            layer["mark"] = {"type": "text", **text_mark}
            if text_y:
                layer["encoding"]["y"] = text_y
    return alt.LayerChart.from_dict(spec)


@pytest.mark.parametrize("mark", [{}, {"angle": 0}, {"angle": 180, "dx": 5}])
def test_flat_labels_are_named(mark):
    outcome = L.q4.judge_values([_timeline(mark)])
    assert outcome.misconception == L.LABELS_FLAT and "angle=290" in outcome.message


@pytest.mark.parametrize("mark,text_y", [({"angle": 290}, None), ({"angle": 270}, None), ({"angle": 315}, None),
                                         ({}, {"field": "label", "type": "nominal"})])
def test_slanted_labels_or_labels_in_lanes_of_their_own_are_fair(mark, text_y):
    outcome = L.q4.judge_values([_timeline(mark, text_y=text_y)])
    assert outcome.misconception is None, outcome.message


@pytest.mark.parametrize("form", ["%b", "%d %b", "%B"])
def test_an_axis_format_without_the_year_is_named(form):
    outcome = L.q4.judge_values([_timeline({"angle": 290}, axis={"format": form})])
    assert outcome.misconception == L.YEAR_LEFT_OFF and f"'{form}'" in outcome.message


@pytest.mark.parametrize("axis", [{"format": "%B %Y"}, {"format": "%m/%y"}, {}])
def test_a_format_with_the_year_or_the_default_is_fair(axis):
    assert L.q4.judge_values([_timeline({"angle": 290}, axis=axis)]).misconception is None


@pytest.mark.parametrize("words", ["Four examples, not necessarily typical",
                                   "These are examples, not necessarily representative"])
def test_a_selection_stated_with_its_typicality_doubted_is_stated_not_denied(words):
    assert L.selection_stated.reading({"mark": "bar", "title": words, "description": "Bars."})[0] == "stated"


def test_the_selection_left_bare_and_denied_is_still_denied():
    assert L.selection_stated.reading({"mark": "bar", "title": "Four examples, not necessarily",
                                       "description": "Bars."})[0] == "denied"
