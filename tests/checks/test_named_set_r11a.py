"""names11a's own holdout of round 11 (named_set_r11a.py): 74 plausible wrong answers over lessons 00, 01 and 05,
new computations and forms (a figure of another row or unit, a percentage for a share, a ratio upside down, a
period too long, numbers written as text, a clause for a rendering), each with a regular expression a naming verdict
must match, and 6 fair answers.

Written at 23:25 UTC, after the round's fixes for the reviewer's list, and measured once before any fix for these
rows, by the strict rule (not accepted, a declared non-generic code, the message matches the row's regex): 00 90%
(19/21), 01 90% (27/30), 05 91% (21/23), all 91% (67/74), none accepted, no fair answer rejected. Five rows then
showed classes worth naming and were named (the examples taken away with November, another release figure left in
万, 86/14 as a percentage, the whole campaign's period for July's, 'the other way' said of a share upside down);
two stay unnamed (05 q10: 19,000 for the cases, which no step explains; 05 yt4: 9 releases, which no filter of the
table gives). The bars below hold the shares after those fixes, 00 100%, 01 100%, 05 91% (72/74): they cannot
fall, and the rows were not changed after measuring."""
from __future__ import annotations

import named_set_r11a
from named_sets import holdout_tests

MEASURED = {"00": 21 / 21, "01": 30 / 30, "05": 21 / 23}


# None accepted; no lesson's named share below MEASURED; every fair answer accepted (or recorded with no mistake).
verdicts, test_none_is_accepted, test_the_named_share_does_not_fall, test_fair_answers_are_accepted = \
    holdout_tests(named_set_r11a, MEASURED)
