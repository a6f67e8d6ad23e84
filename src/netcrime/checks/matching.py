"""The course's one rule for "this student's number IS that computation" (issues #15 and #19, round 10).

A verdict that names a mistake ("1,626 is the gangs outside November", "9.3 is the detained per gang") asserts that
the student made that computation. Four places used to decide it with four tolerances (counted, figure_family and two
in slips); one rule now decides, here:

1. Whole numbers match whole numbers exactly: a count is exact, so 311,001,031 is not 311,000,138 and 17,001 is not
   17,000, however close they are.
2. Otherwise the same float within noise (``NOISE``, relative): the student computed it (12 / 24 is 0.5; 100 * a / b
   and a / b * 100 differ in the last bit).
3. Or the candidate rounded the way the student rounded: the student's number is the candidate rounded to the
   decimals the student wrote (half a unit of the last written decimal, either rounding direction: 9.72 covers 9.715
   to 9.725; 42 covers 41.5 to 42.5), and only when that rounding keeps enough figures to tell computations apart:
   at least two significant figures of the candidate, and the student's number shows at least ``digits`` of its own
   (default 2: 9.3 for 9.318 and 0.55 for 0.5512 name it; 0.3 for 0.33, 4 for 4.2, 9 for 8.96, 1 for 0.96 and
   2,000 for 2,012.5 name nothing, since many computations round to them). ``digits=1`` is for the right answer
   itself rescaled (a percentage for a share, the rest, the sign): it is judged with the rounding a right answer
   gets, and a float cannot show the last zero of 1.0 (two figures of 1.0384). ``rounded=False`` (a caller that
   looks far from the right answer, where any short number is some ratio) keeps rules 1 and 2 only.

Uniqueness (several computations giving the number) is the callers' job: this rule says only whether ONE
computation's value is the student's number.
"""
from __future__ import annotations

import math

NOISE = 1e-9  # relative: two float computations of the same thing differ by far less (the last bits)
DIGITS = 2  # significant digits a rounded answer must keep to name a computation


def matches(answer: float, value: float, *, digits: int = DIGITS, rounded: bool = True) -> bool:
    """Whether the student's ``answer`` is the computation whose exact result is ``value`` (the rule above)."""
    try:
        answer, value = float(answer), float(value)
    except (TypeError, ValueError, OverflowError):
        return False
    if not abs(answer - value) <= 0.050001 * abs(value):  # no rule reaches farther (NaN and infinities fail here too)
        return False
    if answer.is_integer() and value.is_integer():
        return answer == value
    if math.isclose(answer, value, rel_tol=NOISE, abs_tol=1e-15):
        return True
    if not rounded:
        return False
    written = decimals_written(answer)
    if written > 15 or value == 0 or significant_digits(answer) < digits:  # noise, no figure, or too coarse
        return False
    enough = 1 - math.floor(math.log10(abs(value)))  # decimals that keep two figures of ``value``
    half = 0.5 * 10.0 ** -max(written, enough)
    return abs(answer - value) <= half * (1 + 1e-9) + 1e-12 * abs(value)


def decimals_written(answer: float) -> int:
    """Decimals in the shortest form of ``answer`` (9.7 -> 1, 10.0 -> 0, 1e-05 -> 5)."""
    text = repr(float(answer))
    if "e" in text or "E" in text:
        mantissa, exponent = text.lower().split("e")
        return max(0, len(mantissa.split(".")[1].rstrip("0")) if "." in mantissa else 0) - int(exponent)
    if "." not in text:
        return 0
    return len(text.split(".")[1].rstrip("0"))


def significant_digits(answer: float) -> int:
    """Significant digits as written: 9.3 -> 2, 0.0042 -> 2, 2100 -> 2, 1.0 -> 1."""
    text = repr(abs(float(answer))).lower()
    if "e" in text:
        digits = text.split("e")[0].replace(".", "").strip("0")
    elif float(answer).is_integer():
        digits = text.split(".")[0].strip("0")
    else:
        digits = text.replace(".", "").lstrip("0")
    return max(1, len(digits))
