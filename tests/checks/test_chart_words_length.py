"""A chart's words far longer than any chart's get a sentence, not a reading (issue #19: bad input, never a hang).

Reading words for claims takes time that grows faster than their length; round 11's reviewer found a pasted page in
a title ran for minutes. Every chart question answers such a chart with the same form verdict, at once.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from netcrime.checks.catalogue import _checked_questions
from netcrime.checks.outcome import WRONG_TYPE
from netcrime.checks.vegalite import MAX_CHART_WORDS, words_too_long

BARS = alt.Chart(pd.DataFrame({"label": ["a", "b"], "value": [1, 2]})).mark_bar().encode(x="value:Q", y="label:N")
SENTENCE = "Online gang crime fell sharply in 2020. "


def _chart_questions():
    for _lesson, question in _checked_questions():
        if len(question.reads) == 1 and question.judge_values([BARS]).status != WRONG_TYPE:
            yield question


def test_every_chart_question_answers_a_page_long_title_with_a_sentence_or_does_not_read_words():
    page = BARS.properties(title=SENTENCE * 2_000, description="Bars.")
    short = BARS.properties(title=SENTENCE, description="Bars.")
    sentences = 0
    for question in _chart_questions():
        outcome = question.judge_values([page])
        if outcome.status == WRONG_TYPE:
            assert "80,005 characters" in outcome.message and "the title" in outcome.message, outcome
            sentences += 1
        else:  # a question that does not read a chart's words (lesson 00's q4) judges the page as the sentence
            assert outcome == question.judge_values([short]), (question.lesson, question.id, outcome)
    assert sentences >= 9  # lesson 02's nine charts at least


def test_words_up_to_the_limit_are_read_and_one_more_character_is_not():
    fits = SENTENCE * (MAX_CHART_WORDS // len(SENTENCE))
    assert words_too_long(BARS.properties(title=fits).to_dict()) is None
    longer = BARS.properties(title=fits, description="x" * (MAX_CHART_WORDS - len(fits) + 1)).to_dict()
    assert "2,001 characters" in words_too_long(longer).message
