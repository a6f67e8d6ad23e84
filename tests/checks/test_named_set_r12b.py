"""names12b's own holdout of round 12 (named_set_r12b.py): plausible wrong answers over lessons 02, 03 and 04 (numbers,
letters) and whole lesson 02 charts, each with what a naming verdict must say, and fair answers beside them.

Written at 02:45 UTC, before any fix of round 12; measured ONCE, at 02:50, by the strict rule (not accepted, a
declared non-generic code, the message matching the row's regex): numbers and letters 02 88% (7/8), 03 92% (11/12),
04 71% (5/7), none accepted, the 5 fair answers accepted; whole charts 3 of 13 wrong charts named (the other 10
RECORDED as if right: q3/q5/q9 words that state nothing the question asks, q6 sort=None, q6's share tooltip typed :N
or :O with a % format, two 团伙 overclaims) and 1 fair chart of 9 rejected ('通报未公布具体数量' read as
index_as_count). AFTER the measurement the classes were fixed (required statements, statement_words.py; q6's sort and
tooltip type; 团伙 beaten as a whole; lesson 03's counts, yt6's option codes): the bars below hold the measured shares
as floors and the properties the fixes give (no wrong chart accepted, no fair chart rejected); the rows were not
changed after measuring. Of the 2 numbers not counted now, both carry a declared code the row's regex did not foresee
(04 yt4 2.0: trend_out_of_range; 04 yt2 'fear of reprisal': label_not_an_option)."""
from __future__ import annotations


import pytest

import named_set_r12b
from named_sets import accepted, chart_rows, fair_rejected, judge_all, shares, unnamed

MEASURED = {"02": 7 / 8, "03": 11 / 12, "04": 5 / 7}
MEASURED_CHARTS = 3 / 13


@pytest.fixture(scope="module")
def verdicts():
    return judge_all(named_set_r12b.entries())


def test_none_is_accepted_and_no_lessons_named_share_falls(verdicts):
    assert not accepted(verdicts)
    measured = shares(verdicts)
    for lesson, bar in MEASURED.items():
        assert measured[lesson] >= bar - 1e-9, unnamed(verdicts, lesson)


def test_fair_answers_are_accepted():
    assert not fair_rejected(named_set_r12b.fair())


def test_whole_charts_no_wrong_one_recorded_no_fair_one_named():
    named, total, accepted, rejected = chart_rows("02", named_set_r12b.CHARTS)
    assert not accepted and not rejected, (accepted, rejected)
    assert named / total >= MEASURED_CHARTS
