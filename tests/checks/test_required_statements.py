"""Lesson 02's required statements (round 12, issue #19): q3's selection, q5's index, q9's periods.

A chart whose words do not make the statement its question asks for is named (``claims.Required``), so the
vocabulary (``statement_words``) must read every fair way of making it: measured on the corpus of
required_statements.py (at least 60 fair statements a question, English and Chinese, short and hedged, in the
title, the subtitle or the description), and on words that state nothing of the kind, which must be named."""
from __future__ import annotations

import warnings

import pytest

from netcrime.checks import lesson02 as L
from netcrime.checks.outcome import INCORRECT, RECORDED
from named_sets import judged, right_values
from required_statements import SECOND, STATED, UNSTATED
from sampled_cases import sample

RULES = {"q3": L.selection_stated, "q5": L.index_stated, "q9": L.periods_stated}
NEUTRAL = {"q3": "Gangs broken up", "q5": "Suspected trap-loan institutions", "q9": "Criminal cases solved"}
PLACES = ("title", "description", "subtitle")


def _spec(place: str, text: str, question: str) -> dict:
    if place == "title":
        return {"mark": "bar", "title": text, "description": "Bars."}
    if place == "subtitle":
        return {"mark": "bar", "title": {"text": NEUTRAL[question], "subtitle": text}, "description": "Bars."}
    return {"mark": "bar", "title": NEUTRAL[question], "description": text}


@pytest.fixture(scope="module")
def right():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return right_values("02")


def _chart(right, question: str, place: str, text: str):
    base = right[question][0]
    if question == "q5":  # the worked chart's y axis title says "Index": take it away, so the words alone are read
        base = base.encode(y=base.encoding.y.copy(deep=True))
        base.encoding.y.title = "Level"
    spec = _spec(place, text, question)
    return base.properties(title=spec["title"], description=spec["description"])


def test_the_corpus_is_large_and_has_chinese():
    for question in RULES:
        assert len(STATED[question]) >= 60 and len(UNSTATED[question]) >= 10
        assert sum(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in STATED[question]) >= 8


@pytest.mark.parametrize("question", sorted(RULES))
def test_every_fair_statement_is_read_wherever_it_is_placed(question):
    unread = [(place, text) for text in STATED[question] + SECOND[question] for place in PLACES
              if RULES[question].reading(_spec(place, text, question))[0] != "stated"]
    assert not unread


@pytest.mark.parametrize("question", sorted(RULES))
def test_words_that_state_nothing_are_not_read_as_the_statement(question):
    read = [text for text in UNSTATED[question]
            if RULES[question].reading(_spec("title", text, question))[0] != "missing"]
    assert not read


@pytest.mark.parametrize("question", sorted(RULES))
def test_a_right_chart_with_a_fair_statement_is_recorded(right, question):
    rejected = []
    every = list(enumerate(STATED[question] + SECOND[question]))  # `make check`: every 4th in each place
    for i, text in sample(every, 4, by=lambda case: PLACES[case[0] % 3]):
        outcome = judged("02", question, [_chart(right, question, PLACES[i % 3], text)])
        if outcome.status != RECORDED:
            rejected.append((text, outcome.misconception))
    assert not rejected


@pytest.mark.parametrize("question", sorted(RULES))
def test_a_right_chart_whose_words_state_nothing_is_named_quoting_them(right, question):
    for text in UNSTATED[question]:
        outcome = judged("02", question, [_chart(right, question, "title", text)])
        # named by the statement's code, or by a claim the words make as well (listed first, the statement after)
        assert outcome.status == INCORRECT and outcome.names_the_mistake, (text, outcome)
        assert f"the title '{text}'" in outcome.message and "do not say it" in outcome.message, (text, outcome)


def test_an_axis_title_alone_is_named_as_said_in_the_wrong_place(right):
    base = right["q5"][0]  # its y axis title is "Index, 2019 peak = 100"
    outcome = judged("02", "q5", [base.properties(title="Suspected trap-loan institutions", description="Two bars.")])
    assert outcome.status == INCORRECT and outcome.misconception == "index_not_stated"
    assert "Only the y title 'Index, 2019 peak = 100' says it" in outcome.message and "Say it there too" in outcome.message


def test_a_denied_statement_is_still_named_as_denied():
    spec = {"mark": "bar", "title": "A real count, not an index"}
    assert L.index_stated.reading(spec)[0] == "denied"
    assert "deny or ask it" in L.index_stated.spot(spec)
