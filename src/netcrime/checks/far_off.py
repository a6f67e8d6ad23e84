"""How far a wrong number lies from the answer, said as the step to look at: the advice of the last verdict
``compare.number`` gives, when no figure, operation, scale or typo explains the number (issue #19, round 15).

Round 14's final review found 05 yt5's 2.32 (the answer about 3.24) told "too low ... Check which figures you used
and the units": no mistake explains it, and the advice pointed at the units although a number within a factor of two
of the answer has them right. The size of the gap tells a student where to look, without giving the answer away:

- the opposite sign: a difference taken the wrong way round;
- within a factor of two: the units and the scale are right, a figure or a step is not;
- two to ten times off: no power of ten alone (a unit) does that: another figure, or a step too many or too few;
- ten times off or more: a unit or a multiplier (万, 亿, a percentage), perhaps with another slip.
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
    ratio = abs(answer / target)
    way = "large" if ratio > 1 else "small"
    size = ratio if ratio > 1 else 1 / ratio
    if size < SAME_SIZE:
        return ("It is the right size (less than twice the answer and more than half of it), so the units and the "
                "scale are not the slip: a figure or a step is. Take each figure from the table by its id rather "
                "than typing it, print each step's result, and compare each with what the question names.")
    if size < SCALE_SIZE:
        return (f"It is between 2 and 10 times too {way}: no power of ten does that, so not a unit alone. Look for "
                "a figure in place of the one the question names (another row, another release) or a step too many "
                "or too few (a division, a multiplier): print each figure you used and each step's result.")
    return (f"It is more than 10 times too {way}: a unit or a multiplier is off (万 is 10,000 and 亿 is "
            "100,000,000; a percentage is 100 times its share), perhaps with another slip. Check each figure's unit, "
            "then each step.")
