"""How far a wrong number lies from the answer, said as the step to look at: the advice of the last verdict
``compare.number`` gives, when no figure, operation, scale or typo explains the number (issue #19, round 15).

Round 14's final review found 05 yt5's 2.32 (the answer about 3.24) told "too low ... Check which figures you used
and the units": no mistake explains it, and the advice pointed at the units although a number within a factor of two
of the answer has them right. The size of the gap tells a student where to look, without giving the answer away:

- the opposite sign: a difference taken the wrong way round;
- within a factor of two: the units are likely right, a figure or a step is not;
- two to ten times off: no unit explains it alone: another figure, or a step too many or too few;
- ten times off or more: near a power of ten, a unit or a multiplier with another slip; else each unit and step.
(Round 15's teaching review: the advice must not contradict the sentence before it, which says the number is not
the answer off by a power of ten, nor call a number 1.7 times off "the right size".)
"""
from __future__ import annotations

import math

SAME_SIZE = 2.0  # within a factor of two: the units and the scale are right
SCALE_SIZE = 10.0  # ten times or more: a unit or a multiplier


def advice(answer: float, target: float) -> str:
    """The sentence that says how far ``answer`` is from ``target`` and which step to check first; a general one
    when the two cannot be compared by size (a zero or an infinite answer)."""
    if not (math.isfinite(answer) and math.isfinite(target)) or answer == 0 or target == 0:
        return "Check which figures you used and the units."
    if (answer < 0) != (target < 0):
        return ("Its sign is the opposite of the answer's: a difference taken the wrong way round (the second "
                "figure minus the first), or a minus sign typed? Check the order of each subtraction.")
    # By logarithms, not by dividing: a ratio of an extreme number (1e308, or 2e-311 below the smallest normal
    # float) over an ordinary one overflows to infinity or underflows to zero (the round-16 CI's failure).
    orders = math.log10(abs(answer)) - math.log10(abs(target))
    way = "large" if orders > 0 else "small"
    size = 10 ** min(abs(orders), 300.0)
    if size < SAME_SIZE:
        return ("It is within a factor of two of the answer, so the units are likely right and a figure or a step "
                "is not: take each figure from the table by its id, not typed, and print each step's result.")
    if size < SCALE_SIZE:
        return (f"It is 2 to 10 times too {way}, which no unit explains alone: look for another figure in place of "
                "the one the question names, or a step too many or too few.")
    if _near_a_power_of_ten(size):
        return (f"It is about {_power_said(size)} times too {way}: a unit or a multiplier (万, 亿, a percentage) "
                "together with another slip? Check each figure's unit, then each step.")
    return f"It is more than 10 times too {way}: check each figure's unit and each step."


NEAR_POWER = 0.25  # within a quarter of a power of ten: a unit slip may be part of it (2 slips at once)
LARGEST_UNIT_POWER = 12  # 万亿, a trillion: no unit slip in the course is larger, and a longer number helps no one


def _near_a_power_of_ten(size: float) -> bool:
    power = round(math.log10(size))
    return 1 <= power <= LARGEST_UNIT_POWER and abs(size / 10 ** power - 1) <= NEAR_POWER


def _power_said(size: float) -> str:
    return f"{10 ** round(math.log10(size)):,}"
