"""Charts whose structure misleads never earn the structure points (issue #19, review round 7: E3, E4).

One test per class, each on a hand-written Vega-Lite dict (no Altair, no kernel): panels that split the bars a
reader compares, a time unit coarser than the events' dates, a text layer writing another field, a reversed value
axis, an invented bar beside the figures, a before-and-after drawn later-first, a quantity typed as a category.
Each is named by its own declared code, and its verdict says what the chart does; the fair form beside it passes.
"""
from __future__ import annotations

import pytest

from netcrime import classify, data
from netcrime.checks import lesson00, lesson02, lesson03
from netcrime.checks.outcome import CORRECT, RECORDED
from netcrime.checks.vegalite import ChartSpec

TITLE = {"title": "Counts the release reports", "description": "Counts of police activity as the release gives them."}


def _question(module, qid):
    return next(q for q in list(module.QUESTIONS) + list(module.IN_LESSON) if q.id == qid)


def _verdict(module, qid, spec):
    """The verdict on a chart whose spec is ``spec``, given as the grader decodes a chart (a ``ChartSpec``)."""
    question = _question(module, qid)
    outcome = question.judge_values([ChartSpec(spec)])
    return question, outcome


def _structure_ok(outcome) -> bool:
    """The chart's structure passes: Correct, or its words kept for the instructor with no mistake named."""
    return outcome.status == CORRECT or (outcome.status == RECORDED and outcome.misconception is None)


def _named(module, qid, spec, code, *words):
    question, outcome = _verdict(module, qid, spec)
    assert not _structure_ok(outcome), outcome
    assert outcome.misconception == code, (outcome.misconception, outcome.message)
    assert code in question.misconceptions  # declared, with a description
    for word in words:
        assert word in outcome.message, outcome.message
    structure = [p for p in (outcome.parts or ()) if "form" in p[0] or "baseline" in p[0]]
    assert not structure or not all(p[2] for p in structure), outcome.parts  # no "form and baseline pass"
    return outcome


def _fair(module, qid, spec):
    _question_, outcome = _verdict(module, qid, spec)
    assert _structure_ok(outcome), (outcome.misconception, outcome.message)


def _rows(table) -> list[dict]:
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in table.to_dict("records")]


# ----- L02 q1: panels by another field than the unit ---------------------------------------------------------

def _headline():
    figures = data.release_figures()
    table = figures[figures["id"].isin(lesson02.HEADLINE_IDS)][["id", "value", "unit"]].rename(columns={"id": "label"})
    return _rows(table)


def _q1(facet_field):
    return {**TITLE, "data": {"values": _headline()}, "facet": {"row": {"field": facet_field, "type": "nominal"}},
            "spec": {"mark": "bar", "encoding": {"x": {"field": "value", "type": "quantitative"},
                                                 "y": {"field": "label", "type": "nominal"}}},
            "resolve": {"scale": {"x": "independent", "y": "independent"}}}


def test_q1_panels_that_split_figures_of_one_unit_are_named():
    outcome = _named(lesson02, "q1", _q1("label"), lesson02.SPLIT_COMPARED, "'label'", "share an axis")
    assert "suspects" in outcome.message
    _fair(lesson02, "q1", _q1("unit"))


# ----- L02 q4: a time unit that collapses the events; a text layer that does not name them ------------------

def _q4(x, text_field="label"):
    rows = [{"date": f"{d:%Y-%m-%d}", "label": i} for i, d in zip(data.milestones()["id"], data.milestones()["date"])]
    return {**TITLE, "data": {"values": rows},
            "layer": [{"mark": "point", "encoding": {"x": x}},
                      {"mark": {"type": "text", "dx": 5, "angle": 290}, "encoding": {"x": x, "text": {"field": text_field,
                                                                                       "type": "nominal"}}}]}


def test_q4_a_time_unit_coarser_than_the_dates_is_named():
    outcome = _named(lesson02, "q4", _q4({"field": "date", "type": "temporal", "timeUnit": "year"}),
                     "dates_collapsed", "timeUnit 'year'", "one on top of the other")
    assert "7 different dates" in outcome.message
    _named(lesson02, "q4", _q4({"field": "date", "type": "temporal", "timeUnit": {"unit": "month"}}),
           "dates_collapsed")  # the month alone: November 2019 and November 2020 drawn at one place
    _fair(lesson02, "q4", _q4({"field": "date", "type": "temporal", "timeUnit": "yearmonth"}))  # no two share one
    _fair(lesson02, "q4", _q4({"field": "date", "type": "temporal"}))
    _fair(lesson02, "q4", _q4({"field": "date", "type": "temporal", "timeUnit": "yearmonthdate"}))


def test_q4_a_text_layer_writing_another_field_is_named():
    _named(lesson02, "q4", _q4({"field": "date", "type": "temporal"}, text_field="date"), "text_shows_other_field",
           "writes 'date', not 'label'")


# ----- L02 q5: reversed axis, an invented bar, time drawn backwards --------------------------------------------

WORDS_Q5 = {"title": "Suspected trap-loan institutions (index, 2019 peak = 100)",
            "description": "Index bars: 100 at the 2019 peak, 14 as reported; the peak's count is not given."}


def _q5(rows=None, y=None, sort=None):
    rows = rows or [{"when": "2019 peak", "index": 100}, {"when": "reported 24 Dec 2020",
                                                          "index": lesson02.decline_index()}]
    return {**WORDS_Q5, "data": {"values": rows}, "mark": "bar",
            "encoding": {"x": {"field": "when", "type": "nominal", "sort": sort},
                         "y": y or {"field": "index", "type": "quantitative"}}}


def test_q5_a_reversed_axis_is_named_in_the_baseline():
    outcome = _named(lesson02, "q5", _q5(y={"field": "index", "type": "quantitative", "scale": {"reverse": True}}),
                     "reversed_axis", "reverse=True", "hang from the top")
    baseline = [p for p in outcome.parts if "baseline" in p[0]]
    assert baseline and baseline[0][2] is False
    _fair(lesson02, "q5", _q5(y={"field": "index", "type": "quantitative", "scale": {"reverse": False}}))


def test_q5_an_invented_bar_beside_the_figures_is_named():
    rows = _q5()["data"]["values"] + [{"when": "drop", "index": 86}]
    _named(lesson02, "q5", _q5(rows=rows), "figures_changed", "86", "the difference between")
    rows = _q5()["data"]["values"] + [{"when": "2021", "index": 9}]
    _named(lesson02, "q5", _q5(rows=rows), "figures_changed", "does not have")


def test_q5_time_drawn_backwards_is_named_and_the_table_order_passes():
    _named(lesson02, "q5", _q5(sort="descending"), lesson02.TIME_REVERSED, "time runs backwards")
    _named(lesson02, "q5", _q5(rows=list(reversed(_q5()["data"]["values"]))), lesson02.TIME_REVERSED)
    _fair(lesson02, "q5", _q5())
    _fair(lesson02, "q5", _q5(sort="ascending"))  # '2019 peak' < 'reported ...': the peak still first


# ----- L03 q5: a text layer writing the wrong field on the cells ----------------------------------------------

def _q3_matrix(text_field):
    results = classify.baseline_results()
    cells = _rows(classify.confusion_cells(results["actual"], results["predicted"]))
    half = max(r["cases"] for r in cells) / 2
    base = {"x": {"field": "predicted", "type": "nominal"}, "y": {"field": "actual", "type": "nominal"}}
    colour = {"condition": {"test": f"datum.cases > {half}", "value": "white"}, "value": "black"}
    return {**TITLE, "data": {"values": cells},
            "layer": [{"mark": "rect", "encoding": {**base, "color": {"field": "cases", "type": "quantitative"}}},
                      {"mark": "text", "encoding": {**base, "text": {"field": text_field, "type": "nominal"},
                                                    "color": colour}}]}


def test_l03_q5_a_text_layer_writing_the_category_is_named():
    _named(lesson03, "q5", _q3_matrix("predicted"), "text_shows_other_field", "writes 'predicted', not 'cases'")
    _fair(lesson03, "q5", _q3_matrix("cases"))


# ----- L00 q4: the value typed as a category --------------------------------------------------------------------

def _l00_q4(value_type):
    figures = data.release_figures()
    rows = _rows(figures[figures["unit"] == lesson00.CHART_UNIT][["id", "value", "unit"]])
    return {"data": {"values": rows}, "mark": "bar",
            "encoding": {"x": {"field": "value", "type": value_type}, "y": {"field": "id", "type": "nominal"}}}


@pytest.mark.parametrize("value_type", ["nominal", "ordinal"])
def test_l00_q4_the_value_typed_as_a_category_is_named(value_type):
    _named(lesson00, "q4", _l00_q4(value_type), "value_not_quantitative", "same length", "value:Q")


def test_l00_q4_a_reversed_value_axis_is_named_as_reversed_and_the_fair_chart_passes():
    spec = _l00_q4("quantitative")
    spec["encoding"]["x"]["scale"] = {"reverse": True}  # round 16, C15: not 'does not start at zero': it does
    _named(lesson00, "q4", spec, "reversed_axis", "reversed", "start at zero on the right")
    _fair(lesson00, "q4", _l00_q4("quantitative"))


# ----- a channel the question asks for left empty, its field elsewhere -------------------------------------------

def test_an_asked_channel_left_empty_is_named_by_where_its_field_went():
    rows = _rows(lesson02.releases_table())
    one_bar = {**TITLE, "data": {"values": rows}, "mark": "bar",
               "encoding": {"y": {"field": "cases", "type": "quantitative"},
                            "color": {"field": "release", "type": "nominal"}}}
    _named(lesson02, "q9", one_bar, "category_only_in_colour", "only on color", "stack into one")
    suspects = [{"label": i, "value": data.figure(i)} for i in lesson02.SUSPECT_IDS]
    upright = {**TITLE, "data": {"values": suspects}, "mark": "bar",
               "encoding": {"y": {"field": "value", "type": "quantitative", "stack": None},
                            "color": {"field": "label", "type": "nominal"}}}
    _named(lesson02, "q2", upright, "swapped_axes", "puts it on y")
