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
from named_sets import Verdict, judged, right_values, shares
from test_chart_words_round8 import spec_for

MEASURED = {"02": 16 / 18, "03": 8 / 8, "04": 22 / 23}
MEASURED_WORDS = 17 / 21


def _values(wrong) -> list:
    """A tuple is every value the question reads; anything else is the first, the worked solution's others after it."""
    return list(wrong.value) if isinstance(wrong.value, tuple) else [wrong.value, *right_values(wrong.lesson)[wrong.question][1:]]


@pytest.fixture(scope="module")
def verdicts():
    import re

    out = []
    for wrong in named_set_r11b.entries():
        outcome = judged(wrong.lesson, wrong.question, _values(wrong))
        named = (not outcome.passed and outcome.names_the_mistake
                 and re.search(wrong.names, outcome.message or "", re.IGNORECASE | re.DOTALL) is not None)
        out.append(Verdict(wrong, outcome.passed, bool(named), outcome.misconception, outcome.message or ""))
    return out


def test_none_is_accepted(verdicts):
    assert not [(v.wrong.lesson, v.wrong.question, v.wrong.label) for v in verdicts if v.passed]


@pytest.mark.parametrize("lesson", sorted(MEASURED))
def test_the_named_share_does_not_fall(verdicts, lesson):
    unnamed = [(v.wrong.question, v.wrong.label, v.code, v.message[:90]) for v in verdicts
               if v.wrong.lesson == lesson and not v.named]
    assert shares(verdicts)[lesson] >= MEASURED[lesson] - 1e-9, unnamed


def test_fair_answers_are_accepted():
    for wrong in named_set_r11b.fair():
        outcome = judged(wrong.lesson, wrong.question, _values(wrong))
        assert outcome.passed, (wrong, outcome.message)


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
