"""names13b's own holdout of round 13 (named_set_r13b.py): plausible wrong answers over lessons 02, 03 and 04, each
with what a naming verdict must say (a number's row also asks for the student's own figure), fair answers beside
them, and lesson 02 chart titles that ASK (fair) beside titles that answer their own question or ask rhetorically.

Written at about 05:03 UTC, before any fix of round 13; measured ONCE, right after, by the strict rule (not
accepted, a declared non-generic code, the message matching the row's regex): 02 100% (8/8), 03 60% (6/10: 0.1429,
0.8 and 0.5714 'too high/low', 0.2857 a miscount story), 04 33% (3/9: four survey wordings 'not one of the options',
937.5 'too high'); one row written as wrong ('Intimidation', the codebook's label) was accepted and is fair (the
label is the code in capitals): it is listed with the fair answers now. Charts: 5 of 9 claims named (the rhetorical
'who says', two Chinese rhetorical questions and a Chinese question answered at once were recorded) and 2 of 7
fair questions rejected ('Crackdown - is it paying off?', 'Has online gang crime fallen?'). AFTER the measurement
the classes were fixed (claims.py: a question's shape after a headline's topic, Chinese questions, doubted denials;
lesson03 q3's other shares; reason_words.py; lesson04 q3's one-end slips): the bars hold the measured shares as
floors and the properties the fixes give (no wrong chart recorded, no fair question named)."""
from __future__ import annotations


import named_set_r13b
from named_sets import chart_rows, holdout_tests

MEASURED = {"02": 8 / 8, "03": 6 / 10, "04": 3 / 9}
MEASURED_CHARTS = 5 / 9

verdicts, test_none_is_accepted, test_share_does_not_fall, test_fair_answers_are_accepted = holdout_tests(
    named_set_r13b, MEASURED)


def test_titles_that_ask_are_recorded_and_titles_that_answer_are_named():
    named, total, accepted, rejected = chart_rows("02", named_set_r13b.CHARTS)
    assert not accepted and not rejected, (accepted, rejected)
    assert named / total >= MEASURED_CHARTS
