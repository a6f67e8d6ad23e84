"""Round 9's own plausible wrong answers for lessons 00, 01 and 05 (named_sets.py), judged without a kernel.

Set A (named_set_a.py) is the set the round's engine changes were made against: none accepted, at least 92% of each
lesson's named (a declared, non-generic code AND a message that says the mistake, by the entry's own regular
expression), and the fair answers its first draft wrongly listed stay accepted. Set B (named_set_b.py), written at the
same time and kept aside while fixing, is this round's own holdout: it must never be accepted, and its share is
reported, not held to a bar it was tuned to.

Measured (names9a, round 9). Before the round's changes (main c6ac6b5): set A 00 83%, 01 89%, 05 87%, 16 of 552
accepted (11 of them fair answers the first draft mislabelled, moved to ``fair()``; the rest real: 水军 'water army'
and 'sock', L05 q2 '2021' and '2021-01', L01 yt5 'a, b'); set B 00 71%, 01 92%, 05 88%, 4 accepted. After them
(3e0bba0): set A 00 98% (127/130), 01 97% (203/209), 05 98% (198/203), none accepted; set B, measured once after the
last fix and not looked at row by row: 00 91% (40/44), 01 98% (49/50), 05 92% (44/48), all 94% (133/142), none
accepted (one set B row, measure words kept after 余 in L00 q7, was a fair answer by design and was removed before the
fixes). Set B was written by the same hand as set A and shares some of its classes: an outside probe measures more.
"""
from __future__ import annotations

import pytest

import named_set_a
import named_set_b
from named_sets import judge_all, shares

EACH_LESSON = 0.92


@pytest.fixture(scope="module")
def set_a():
    return judge_all(named_set_a.entries())


def test_set_a_has_at_least_twelve_wrong_answers_for_most_questions():
    per: dict[tuple, int] = {}
    for wrong in named_set_a.entries():
        per[(wrong.lesson, wrong.question)] = per.get((wrong.lesson, wrong.question), 0) + 1
    assert len(per) >= 40
    assert sum(n >= 6 for n in per.values()) == len(per), {k: n for k, n in per.items() if n < 6}
    assert sum(n >= 12 for n in per.values()) >= 0.5 * len(per)  # a letter question has only so many wrong forms


def test_no_wrong_answer_of_set_a_is_accepted(set_a):
    accepted = [(v.wrong.lesson, v.wrong.question, v.wrong.label) for v in set_a if v.passed]
    assert not accepted


@pytest.mark.parametrize("lesson", ["00", "01", "05"])
def test_set_a_is_named_in_every_lesson(set_a, lesson):
    share = shares(set_a)[lesson]
    unnamed = [(v.wrong.question, v.wrong.label, v.code, v.message[:90]) for v in set_a
               if v.wrong.lesson == lesson and not v.named]
    assert share >= EACH_LESSON, unnamed


def test_fair_answers_stay_accepted():
    rejected = [(v.wrong.lesson, v.wrong.question, v.wrong.label, v.message[:90])
                for v in judge_all(named_set_a.fair()) if not v.passed]
    assert not rejected


@pytest.mark.slow  # about 2 CPU-s more for make check's budget; make test runs it
def test_no_wrong_answer_of_set_b_is_accepted():
    accepted = [(v.wrong.lesson, v.wrong.question, v.wrong.label) for v in judge_all(named_set_b.entries())
                if v.passed]
    assert not accepted
