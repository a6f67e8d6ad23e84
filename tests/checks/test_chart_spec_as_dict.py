"""A chart's spec given as a plain dict (``chart.to_dict()``) is named on every chart question (review round 11).

The grader only ever sees specs, so it once judged a stored ``chart.to_dict()`` exactly as the chart (lesson 00 q4
accepted it). The codec now decodes a chart to ``vegalite.ChartSpec``; a plain dict is no chart, in the kernel and
in the grader alike. Every chart question of every lesson is found from the worked solutions, not listed by hand.
"""
from __future__ import annotations

import warnings

import pytest

from netcrime.checks import registry, worked
from netcrime.checks.vegalite import SPEC_AS_DICT, ChartSpec, spec_of

LESSONS = ("00", "01", "02", "03", "04", "05")


def _chart_reads():
    """(lesson, question, the worked values, which read is a chart) for every chart any question reads."""
    found = []
    for lesson in LESSONS:
        answers = {**{q: run.values for q, run in worked.in_lesson(lesson).items()}, **worked.answers(lesson)}
        for qid, values in answers.items():
            for position, value in enumerate(values):
                if not isinstance(value, dict) and spec_of(value) is not None:
                    found.append((lesson, qid, list(values), position))
    return found


CHART_READS = _chart_reads()


def _judged(lesson, qid, values):
    question = next(q for q in [*registry.questions(lesson), *registry.in_lesson(lesson)] if q.id == qid)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return question.judge_values(values)


def test_the_chart_questions_of_lessons_00_02_and_03_are_all_found():
    assert {(lesson, qid) for lesson, qid, _, _ in CHART_READS} >= {("00", "q4"), ("02", "q1"), ("02", "q9"),
                                                                    ("03", "q5")}


@pytest.mark.parametrize("lesson, qid, values, position", CHART_READS,
                         ids=[f"{lesson}-{qid}" for lesson, qid, _, _ in CHART_READS])
def test_the_worked_charts_spec_as_a_plain_dict_is_named_and_as_the_grader_decodes_it_is_judged(lesson, qid, values,
                                                                                               position):
    as_dict = list(values)
    as_dict[position] = values[position].to_dict()
    outcome = _judged(lesson, qid, as_dict)
    assert not outcome.passed and outcome.misconception == SPEC_AS_DICT, outcome
    assert "to_dict()" in outcome.message and "chart itself" in outcome.message
    decoded = list(values)
    decoded[position] = ChartSpec(values[position].to_dict())
    assert _judged(lesson, qid, decoded).misconception != SPEC_AS_DICT


def test_a_dict_that_is_no_spec_at_all_is_named_too():
    lesson, qid, values, position = CHART_READS[0]
    given = list(values)
    given[position] = {"gangs": 1759}
    outcome = _judged(lesson, qid, given)
    assert not outcome.passed and outcome.misconception == SPEC_AS_DICT and "not a chart" in outcome.message
