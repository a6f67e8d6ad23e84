"""names10a's own holdout of round 10 (named_set_r10.py): 89 plausible wrong answers over lessons 00, 01 and 05, new
phrasings and computations (slips on figures a question does not declare, a figure a power of ten off, the rest,
another release's figure), each with a regular expression a naming verdict must match, and 12 fair answers.

Written at 18:58 UTC, before the round's naming fixes, and measured ONCE at the end (19:35, main 49175e9 + the
two-in-place commit), by the strict rule (not accepted, a declared non-generic code, the message matches the row's
regex): 00 97% (31/32), 01 87% (33/38), 05 95% (18/19), all 92% (82/89), none accepted, no fair answer rejected.
The 7 rows not counted all carry a specific code whose words the row's regex did not foresee (divided_wrong_way
says "puts suspects on top", not "upside down"; yi_as_billion for 311 / 2,995; per million for a users figure a
zero short; "took one operation from the other" for a subtraction). The bars below hold those measured shares so
they cannot fall; they were not tuned on (the rows were not changed after measuring)."""
from __future__ import annotations

import pytest

import named_set_r10
from named_sets import judge_all, shares

MEASURED = {"00": 31 / 32, "01": 33 / 38, "05": 18 / 19}


@pytest.fixture(scope="module")
def verdicts():
    return judge_all(named_set_r10.entries())


def test_none_is_accepted(verdicts):
    assert not [(v.wrong.lesson, v.wrong.question, v.wrong.label) for v in verdicts if v.passed]


@pytest.mark.parametrize("lesson", sorted(MEASURED))
def test_the_named_share_does_not_fall(verdicts, lesson):
    unnamed = [(v.wrong.question, v.wrong.label, v.code, v.message[:90]) for v in verdicts
               if v.wrong.lesson == lesson and not v.named]
    assert shares(verdicts)[lesson] >= MEASURED[lesson] - 1e-9, unnamed


def test_fair_answers_are_accepted_or_recorded_without_a_mistake():
    """Two of them answer questions that also read a written line: 'recorded for your instructor', no misconception."""
    from named_sets import judged, right_values

    for wrong in named_set_r10.fair():
        right = right_values(wrong.lesson)[wrong.question]
        outcome = judged(wrong.lesson, wrong.question, [wrong.value, *right[1:]])
        assert outcome.passed or (outcome.status == "recorded" and outcome.misconception is None), wrong
