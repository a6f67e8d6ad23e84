"""A chart is converted to its spec (with Altair's schema validation) once per judgement (issue #15): the
question's judge and each of its parts read the same spec, a chart Altair refuses is refused every time, and
outside a judgement every call converts afresh (a student may change the chart between checks)."""
from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from netcrime.checks import lesson02 as L
from netcrime.checks.outcome import INCORRECT
from netcrime.checks.vegalite import ChartSpec, one_conversion_per_chart, spec_of


@pytest.fixture
def conversions(monkeypatch):
    """The charts Altair's Chart.to_dict converted, one entry per call."""
    calls = []
    original = alt.Chart.to_dict

    def counted(self, *args, **kwargs):
        calls.append(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(alt.Chart, "to_dict", counted)
    return calls


def _chart():
    return alt.Chart(pd.DataFrame({"label": ["a", "b"], "value": [1, 2]})).mark_bar().encode(x="value:Q", y="label:N")


def test_within_a_judgement_a_chart_is_converted_once_and_each_chart_has_its_own_spec(conversions):
    first, second = _chart(), _chart().encode(x="label:N", y="value:Q")
    with one_conversion_per_chart():
        specs = [spec_of(first), spec_of(second), spec_of(first), spec_of(second)]
    assert len(conversions) == 2
    assert specs[0] is specs[2] and specs[1] is specs[3]
    assert isinstance(specs[0], ChartSpec) and specs[0]["encoding"]["x"]["field"] == "value"
    assert specs[1]["encoding"]["x"]["field"] == "label"


def test_outside_a_judgement_every_call_converts_so_a_changed_chart_is_read_again(conversions):
    chart = _chart()
    with one_conversion_per_chart():
        spec_of(chart)
    before = spec_of(chart)
    chart.mark = "line"
    after = spec_of(chart)
    assert len(conversions) == 3
    assert before["mark"]["type"] == "bar" and after["mark"]["type"] == "line"


def test_a_chart_altair_refuses_is_refused_every_time(conversions):
    chart = _chart()
    chart.width = "wide"  # not a number: Altair's validation refuses it when converting
    with one_conversion_per_chart():
        for _ in range(2):
            with pytest.raises(Exception, match="wide"):
                spec_of(chart)
    assert len(conversions) == 2


def test_a_question_and_its_parts_convert_the_students_chart_once(conversions):
    headline = pd.DataFrame({"label": ["gangs", "suspects"], "value": [1000.0, 5000.0],
                             "unit": ["gangs", "suspects"]})
    mixed = (alt.Chart(headline).mark_bar().encode(x="value:Q", y="label:N")  # two units on one scale
             .properties(title="The campaign's totals", description="Gangs and suspects."))
    outcome = L.q1.judge_values([mixed])
    assert outcome.status == INCORRECT and outcome.parts  # judged as a whole, then part by part
    assert len(conversions) == 1


def test_within_a_judgement_each_spec_is_read_once_and_outside_every_call_reads_afresh(monkeypatch):
    """views and chart_texts read a spec once per judgement (vegalite.read_once, #15): the same spec object gives
    the same reading without walking it again; another spec (even an equal one) is read on its own; outside a
    judgement every call walks the spec, so a spec changed between two checks is read as it now is."""
    from netcrime.checks import claims, vegalite

    walks = []
    walk = vegalite._walk
    monkeypatch.setattr(vegalite, "_walk", lambda spec, *args, **kwargs: walks.append(spec) or walk(spec, *args,
                                                                                                    **kwargs))
    first, second = spec_of(_chart()), spec_of(_chart())
    assert first == second and first is not second
    with one_conversion_per_chart():
        views = [vegalite.views(first), vegalite.views(first), vegalite.views(second)]
        texts = [claims.chart_texts(first), claims.chart_texts(first)]
        texts[0].append(("a caller's own", "list"))  # each caller gets its own list
        assert claims.chart_texts(first) == texts[1] == []
    assert len(walks) == 2 and walks[0] is first and walks[1] is second
    assert views[0] == views[1] and views[0] is not views[1]
    first["title"] = "Crime fell"
    assert claims.chart_texts(first) == [("the title", "Crime fell")]  # its text marks are read through views
    vegalite.views(first)
    vegalite.views(first)
    assert len(walks) == 5
