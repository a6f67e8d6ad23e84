"""names11b's own holdout of round 11 (named_set_r11b.py): plausible wrong answers over lessons 02, 03 and 04 (numbers,
letters, ranges) and lesson 02 chart words, each with what a naming verdict must say, and fair answers beside them.

Written at 23:15 UTC, after the round's first fixes and before any fix made against it; measured ONCE, at 23:17 (make
check's selection ran it first and showed a fault of the harness: L04 q3's two ends were passed as one value; fixed,
then measured), by the strict rule (not accepted, a declared non-generic code, the message matching the row's regex):
02 89% (16/18), 03 100% (8/8), 04 96% (22/23), all 94% (46/49), none accepted, the 5 fair answers accepted; chart words
81% (17/21) named and 1 fair row of 9 named ('The ministry says the gangs were crushed; these are its counts of police
work': an attribution held at a distance by 'its counts'). Of the 3 numbers not counted, 2 carry a specific verdict
the row's regex did not foresee (600 is named 'how many apprehended suspects were not detained, a count'; 0.02 is named
'recorded cases now rise by 39%: reporting rises too fast'), and 1 was generic (16,400 over the apprehended with
November's 712 added). AFTER the measurement, the classes it showed were fixed (the possessive attribution's distance,
'under the cosh', 遭重创, the hedge 多半, a lender 'seemingly on the ropes', November's apprehended added): the bars
below hold the measured shares, not the later ones; the rows were not changed after measuring."""
from __future__ import annotations

import pytest

import named_set_r11b
from claim_wordsets import named_in
from named_sets import judge_all, shares
from test_chart_words_round8 import spec_for

MEASURED = {"02": 16 / 18, "03": 8 / 8, "04": 22 / 23}
MEASURED_WORDS = 17 / 21


@pytest.fixture(scope="module")
def verdicts():
    return judge_all(named_set_r11b.entries(), every_value=True)


def test_none_is_accepted_and_no_lessons_named_share_falls(verdicts):
    assert not [(v.wrong.lesson, v.wrong.question, v.wrong.label) for v in verdicts if v.passed]
    measured = shares(verdicts)
    for lesson, bar in MEASURED.items():
        assert measured[lesson] >= bar - 1e-9, [(v.wrong.question, v.wrong.label, v.code) for v in verdicts
                                                if v.wrong.lesson == lesson and not v.named]


def test_fair_answers_are_accepted():
    fair = named_set_r11b.fair()
    for wrong, verdict in zip(fair, judge_all(fair, every_value=True)):
        assert verdict.passed, (wrong, verdict.message)


def test_chart_words_fair_rows_pass_and_the_named_share_does_not_fall():
    named, total, fair_named = 0, 0, []
    for question, where, text, expected in named_set_r11b.CHART_WORDS:
        found = named_in(question, spec_for(where, text))
        if expected == "recorded":
            if found:
                fair_named.append((text, sorted(found)))
            continue
        total += 1
        named += bool(set(expected.split()) & set(found))
    assert not fair_named, fair_named
    assert named / total >= MEASURED_WORDS - 1e-9
