"""What "accepted" means for lesson 02's charts (#19): a chart whose structure is right and whose words name no
claim the vocabulary recognises is RECORDED (its words wait for the instructor), never Correct; a letter or a
number is Correct. Either way the answer is not rejected. A wrong answer is neither."""
from __future__ import annotations

from netcrime.checks.outcome import RECORDED, Outcome


def accepted(outcome: Outcome) -> bool:
    return outcome.passed or outcome.status == RECORDED
