"""Lesson 02's chart words as a recorded written part (#19, review round 5 E1-E4b): the structure is checked and
earns its points, the words are recorded for the instructor with the question's rubric, never Correct; a claim
the vocabulary recognises is still named and rejected. Fast: built specs, no kernel."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from netcrime.checks import lesson02 as L
from netcrime.checks import worked
from netcrime.checks.chart_words import WORDS, words_read
from netcrime.checks.outcome import CORRECT, INCORRECT, RECORDED
from netcrime.checks.parts import earned
from netcrime.checks.vegalite import ChartSpec

from example_counts import examples

WORDED = [q for q in L.QUESTIONS + L.IN_LESSON if q.rubric]


def right(question) -> dict:
    """The worked chart's spec, as the grader decodes a chart (a ``ChartSpec``, not a plain dict)."""
    values = (worked.answers("02").get(question.id) if question in L.QUESTIONS
              else worked.in_lesson("02")[question.id].values)
    return ChartSpec(values[0].to_dict(validate=False)) if hasattr(values[0], "to_dict") else values[0]


def worded(question, **words) -> dict:
    spec = ChartSpec(right(question))
    spec.pop("title", None), spec.pop("description", None)
    spec.update(words)
    return spec


def test_every_chart_question_that_reads_words_has_a_rubric_and_collects_the_words():
    assert {q.id for q in WORDED} == {"q1", "q2", "q3", "q4", "q5", "q6", "q9", "yt1", "yt5"}
    for q in WORDED:
        assert q.answer_text is words_read and q.collect and len(q.rubric) >= 2, q.id
        assert [p.name for p in q.parts][1] == WORDS and sum(p.points for p in q.parts) == q.points, q.id


@pytest.mark.parametrize("question", WORDED, ids=lambda q: q.id)
def test_the_worked_solution_is_recorded_with_its_words_and_its_structure_points(question):
    outcome = question.judge_values([right(question)])
    assert outcome.status == RECORDED and not outcome.passed, outcome.message
    spec = right(question)
    assert f"the title '{spec['title'][:40]}" in outcome.message  # which words were read
    structure = sum(points for name, points, _ in outcome.parts if name != WORDS)
    assert earned(outcome, question.points) == structure == question.points - question.parts[1].points
    shown = question.feedback(outcome)
    assert shown.items and all(item.startswith(f"[{n}]") for n, item in enumerate(shown.items, start=1))


# The reviewer's new phrasings (review round 5, E1): named where the vocabulary now knows the class ...
NAMED = [
    ("q1", "Online gang crime is on its knees", L.CRIME_FELL.code),
    ("q2", "17,000 lives upended", L.VICTIMS.code),
    ("q2", "17,000 cybercriminals apprehended", L.CONVICTED.code),
    ("q3", "Gangs broken up across mainland China", L.NATIONWIDE.code),
    ("q3", "Jiangsu sets the pace", L.RANKED.code),
    ("q3", "Guangxi brings up the rear", L.RANKED.code),
    ("q5", "Trap-loan activity down 86%", L.CRIME_FELL.code),
    ("q6", "The crackdown paid dividends", L.CRIME_FELL.code),
    ("q9", "Who says online crime did not fall?", L.CRIME_FELL.code),
    ("yt1", "Harm done to 17,000 people", L.VICTIMS.code),
]


@pytest.mark.parametrize("qid,title,code", NAMED)
def test_a_recognised_claim_is_named_with_the_words_read(qid, title, code):
    question = next(q for q in WORDED if q.id == qid)
    outcome = question.judge_values([worded(question, title=title, description=right(question)["description"])])
    assert outcome.status == INCORRECT and outcome.misconception == code, outcome.message
    assert "were read as the claim" in outcome.message
    assert dict((n, p) for n, _, p in outcome.parts)[WORDS] is False  # the words earn nothing; the structure does


# ... and, whatever the words, never Correct: unrecognised phrasings are recorded for the instructor.
@settings(max_examples=examples(40), deadline=None)
@given(question=st.sampled_from(WORDED), title=st.text(min_size=1, max_size=60),
       description=st.sampled_from(["Online crime is a memory", "A job well done", "Gangs in every nook", "x"]))
def test_no_words_make_a_chart_correct(question, title, description):
    outcome = question.judge_values([worded(question, title=title, description=description)])
    assert outcome.status != CORRECT


def test_the_words_read_are_collected_for_the_grader():
    spec = worded(L.q5, title="Suspected lenders (index)", description="Bars from zero.")
    spec["layer"] = [{"mark": {"type": "text", "text": "Only 14% of the peak"}}] if "layer" not in spec else spec["layer"]
    text = words_read(spec)
    assert text.splitlines()[:2] == ["The title: Suspected lenders (index)", "The description: Bars from zero."]
    assert "The y title: Index, 2019 peak = 100" in text
    assert words_read(3) is None and words_read({"mark": "bar"}) is None


def test_structure_wrong_names_the_structure_and_earns_the_parts_that_pass():
    spec = worded(L.q5, title="Suspected lenders (index)", description="Index bars.")
    spec["encoding"]["y"]["scale"] = {"zero": False}
    outcome = L.q5.judge_values([spec])
    assert outcome.status == INCORRECT and outcome.misconception == "truncated_axis", outcome.message
    assert earned(outcome, L.q5.points) == 0.5  # the form; not the baseline, and the words wait for a right chart


def test_a_change_written_on_q9s_chart_is_read_as_a_trend():
    """Review round 5, E2: a '-44%' text mark between the two releases' bars draws the trend in words."""
    spec = right(L.q9)
    annotated = ChartSpec({"title": spec["title"], "description": spec["description"],
                           "layer": [{k: v for k, v in spec.items() if k not in ("title", "description", "$schema")},
                                     {"mark": {"type": "text", "text": "-44%"}}]})
    outcome = L.q9.judge_values([annotated])
    # the structure rule (a label stating the change, charts02) and the claim reader both name it
    assert outcome.status == INCORRECT and outcome.misconception in (L.RELEASES_TREND.code, "trend_across_releases")
    assert "'-44%' in a text mark" in outcome.message
