"""Words on a layer (issue #19, round 12's review of 02 q4): read only where Vega-Lite keeps them.

Vega-Lite keeps a layer's title (it becomes the chart's) but drops a description set on a layer when it
compiles the chart, so a chart whose description sits on one layer has none for screen readers. The chart-words
reader (``claims.chart_texts``) and the missing-description check follow the compiler: checked here against
vl_convert (a project dependency), then on 02 q4 itself.
"""
from __future__ import annotations

import json

import pytest
import vl_convert

from netcrime.checks import lesson02 as L
from netcrime.checks.claims import chart_texts
from netcrime.checks.outcome import INCORRECT, RECORDED
from netcrime.checks.vegalite import MISSING_DESCRIPTION, has_description

from test_chart_words import right

DATA = {"values": [{"a": 1, "b": "x"}]}


def unit(**words) -> dict:
    return {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}, **words}


# Each place a word may be set: the whole chart, a layer, a layer inside a layer, a concatenated panel, a
# layered panel of a concatenation, and a faceted chart's inner spec.
SPECS = {
    "layer": {"data": DATA, "title": "T0", "description": "D0", "layer": [unit(title="T1", description="D1"), unit()]},
    "layer only": {"data": DATA, "layer": [unit(), unit(title="T1", description="D1")]},
    "nested layer": {"data": DATA, "layer": [{"layer": [unit(description="D1")]}, unit(description="D2")]},
    "two titled layers": {"data": DATA, "layer": [unit(title={"text": "T1", "subtitle": "S1"}), unit(title="T2")]},
    "titled nested layer": {"data": DATA, "layer": [{"layer": [unit(title="T1")]}, unit(title="T2")]},
    "titled layered panel": {"data": DATA, "hconcat": [{"title": "T0", "layer": [unit(title="T1")]}]},
    "layer without description": {"data": DATA, "layer": [unit(description="D1"), unit(title="T1")]},
    "concat": {"data": DATA, "hconcat": [unit(title="T1", description="D1"), unit(description="D2")]},
    "layered panel": {"data": DATA, "hconcat": [{"description": "D0", "layer": [unit(description="D1"), unit()]}]},
    "facet": {"data": DATA, "facet": {"row": {"field": "b", "type": "nominal"}}, "spec": unit(description="D1")},
}


@pytest.mark.parametrize("name", SPECS)
def test_the_words_read_are_the_words_vega_lite_keeps(name):
    spec = SPECS[name]
    compiled = json.dumps(vl_convert.vegalite_to_vega(spec))
    read = {text for _where, text in chart_texts(spec)}
    set_in_spec = {w for w in ("T0", "T1", "T2", "S1", "D0", "D1", "D2") if f'"{w}"' in json.dumps(spec)}
    kept = {w for w in set_in_spec if f'"{w}"' in compiled}
    assert read == kept, f"read {sorted(read)}, Vega-Lite keeps {sorted(kept)}"
    assert has_description(spec) == any(w.startswith("D") for w in kept)  # the missing-description check agrees


def test_a_layers_description_is_not_the_charts_and_the_verdict_says_where_it_goes():
    spec = right(L.q4)
    description = spec.pop("description")
    spec["layer"][1]["description"] = description
    outcome = L.q4.judge_values([spec])
    assert outcome.status == INCORRECT and outcome.misconception == MISSING_DESCRIPTION, outcome
    assert "drops a description set on a layer" in outcome.message, outcome.message
    assert "(first + second).properties(description=" in outcome.message
    assert "the description" not in [where for where, _text in chart_texts(spec)]
    assert description not in outcome.message  # the dropped words are not quoted as the chart's


def test_a_title_on_one_layer_is_still_the_charts_title():
    spec = right(L.q4)
    title = spec.pop("title")
    spec["layer"][0]["title"] = title
    outcome = L.q4.judge_values([spec])
    assert outcome.status == RECORDED, outcome.message
    assert f"the title '{title[:20]}" in outcome.message


# Round 12's review, 02 q1: a claim of effect in idiom, plain or hedged, is read as the campaign having worked.
@pytest.mark.parametrize("title", ["Signs the crackdown is paying off", "The campaign appears to be bearing fruit",
                                   "Crackdown starting to bite", "专项行动见成效", "Paying off: the crackdown",
                                   "The crackdown is making a difference"])
def test_an_idiom_of_effect_in_q1s_title_is_named(title):
    spec = right(L.q1)
    spec["title"] = title
    outcome = L.q1.judge_values([spec])
    assert outcome.status == INCORRECT and outcome.misconception == L.CRIME_FELL.code, outcome.message
    assert "were read as the claim" in outcome.message
