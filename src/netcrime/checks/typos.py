"""A number typed with one keystroke wrong: the last reading ``compare.number`` tries before "too high/low".

A student who types a figure by hand instead of taking it from the data (or types the result the code printed) can
slip one key: two neighbouring digits swapped (1,795 for 1,759), a digit typed twice (17,759) or left out (179), or a
key next to the right one pressed (1,750 for 1,759: 0 is next to 9 on the number row).
Review round 13 found 1,617 for 00 q1 told only as "too low": it is 1,750 − 133, the calculation right with the
release's 1,759 typed as 1,750.

Two readings, asked only after every other slip has had its say ("only when no other figure explains it better"):

- ``typed_figure_slip``: the answer is the question's own calculation (two of its figures, one operation) with one
  figure typed one keystroke wrong. The figure is named, as typed and as the data holds it.
- ``typed_answer_slip``: the answer is the right result itself, as written to the answer's decimals, typed one
  keystroke wrong, or with two digits in each other's place (263 for 362, review round 15). A digit changed to any
  other, one inserted, or two apart changing places is read only in a number of three significant digits or more: a shorter one is one such keystroke from too many others. An answer of one significant digit is
  read as no typo at all (0.2 is "0.12" with its 1 left out, but as much a guess or a rounding of many others).

Neither message states the right answer: the first names a figure the question gives anyway, and the second says
only the kind of keystroke, not which digits.
"""
from __future__ import annotations

import math

from ..units import plain
from .matching import decimals_written, significant_digits
from .slips import (NEAR_MISS, OPERATIONS, ROUNDED_TOO_FAR, ROUNDED_WRONG_WAY, SMALLEST_NAMED_FIGURE, TYPED_A_FIGURE,
                    TYPED_THE_ANSWER, shape_slip)
from .values import close

TYPO_CODES = (TYPED_A_FIGURE, TYPED_THE_ANSWER)  # declared, with their descriptions, in slips.SLIP_CODES

# Keys next to each digit on the number row (1 2 3 ... 9 0). A number pad's neighbours (5 above 2) are left out: with
# them a three-digit number is one keystroke from about forty others, too many to tell a typo from another mistake.
_ROW = "1234567890"
_NEIGHBOURS = {d: {_ROW[j] for j in (i - 1, i + 1) if 0 <= j < len(_ROW)} for i, d in enumerate(_ROW)}
# What each keystroke did, said without the digits where the right result would show through them.
_KINDS = {"swapped": "two neighbouring digits swapped", "doubled": "a digit typed twice",
          "dropped": "a digit left out", "neighbour": "a key next to the right one pressed",
          "transposed": "two digits in each other's place", "inserted": "a digit too many",
          "changed": "one digit different"}


def _digits(value: float) -> str | None:
    """The digits a person types for ``value`` (1759 -> '1759', 0.86 -> '0.86'), or None for a negative, huge or
    noisy number (no one types 0.30000000000000004)."""
    if not math.isfinite(value) or value < 0 or value >= 1e15:
        return None
    text = f"{int(value)}" if float(value).is_integer() else repr(float(value))
    return None if "e" in text or len(text) > 12 else text


def _one_key_off(text: str) -> dict[str, tuple[str, str]]:
    """Every number one keystroke from ``text``: (the kind of keystroke, what it did to these digits: '0 for 9')."""
    found: dict[str, tuple[str, str]] = {}

    def add(typed: str, kind: str, how: str) -> None:
        if typed != text and typed.strip(".") and not (len(typed) > 1 and typed[0] == "0" and typed[1] != "."):
            found.setdefault(typed, (kind, how))

    for i, ch in enumerate(text):
        if not ch.isdigit():
            continue
        if i + 1 < len(text) and text[i + 1].isdigit() and text[i + 1] != ch:
            add(text[:i] + text[i + 1] + ch + text[i + 2:], "swapped", f"{ch} and {text[i + 1]} swapped")
        add(text[:i] + ch + text[i:], "doubled", f"a {ch} typed twice")
        add(text[:i] + text[i + 1:], "dropped", f"a {ch} left out")
        for key in sorted(_NEIGHBOURS[ch]):
            add(text[:i] + key + text[i + 1:], "neighbour", f"{key} for {ch}, the key next to it")
    return found


def _as_typed(digits: str, decimals: int) -> float | None:
    """The number a string of digits stands for with ``decimals`` of them after the point ('0125', 3 -> 0.125)."""
    if not digits or decimals < 0 or decimals > len(digits) + 6:
        return None
    digits = digits.rjust(decimals + 1, "0")
    whole, fraction = digits[:len(digits) - decimals], digits[len(digits) - decimals:]
    return float(f"{whole}.{fraction}" if fraction else whole)


def _result_variants(text: str) -> dict[float, str]:
    """Every number one keystroke from the written number ``text`` ('1626', '0.9647'), read with the point kept where
    it is among the digits (9.66 with 9 and 6 swapped is 6.96): kind of keystroke by number. A digit changed to any
    other or one inserted is read only in a number of three significant digits or more: in a shorter one too many
    numbers are one such keystroke away."""
    decimals = len(text.split(".")[1]) if "." in text else 0
    digits = text.replace(".", "")
    long_enough = len(digits.lstrip("0")) >= 3
    found: dict[float, str] = {}

    def add(new: str, after_point: int, kind: str) -> None:
        value = _as_typed(new, after_point)
        if value is not None:
            found.setdefault(value, kind)

    fraction_starts = len(digits) - decimals
    for i, ch in enumerate(digits):
        shift = 1 if i >= fraction_starts else 0  # a digit added or lost after the point moves the point
        if i + 1 < len(digits) and digits[i + 1] != ch:
            add(digits[:i] + digits[i + 1] + ch + digits[i + 2:], decimals, "swapped")
        add(digits[:i] + ch + digits[i:], decimals + shift, "doubled")
        add(digits[:i] + digits[i + 1:], decimals - shift, "dropped")
        for key in "0123456789":
            if key != ch and (key in _NEIGHBOURS[ch] or long_enough):
                add(digits[:i] + key + digits[i + 1:], decimals, "neighbour" if key in _NEIGHBOURS[ch] else "changed")
            if long_enough:
                add(digits[:i] + key + digits[i:], decimals + shift, "inserted")
    if long_enough:
        for key in "0123456789":
            add(digits + key, decimals + (1 if decimals else 0), "inserted")
        for i, j in ((i, j) for i in range(len(digits)) for j in range(i + 2, len(digits)) if digits[i] != digits[j]):
            # two digits apart changed places (review round 15: 263 for 362, 16,882 for 16,288)
            add(digits[:i] + digits[j] + digits[i + 1:j] + digits[i] + digits[j + 1:], decimals, "transposed")
    return found


def _written_forms(target: float, answer: float) -> list[str]:
    """The right result as a student may have written it before slipping: with the answer's decimals, one more or one
    fewer (a digit dropped or added moves them), rounded or cut off, keeping two significant digits at least."""
    if float(target).is_integer() and abs(target) < 1e15:
        return [str(int(abs(target)))]
    shown = decimals_written(answer)
    forms = []
    for places in (shown, shown - 1, shown + 1):
        if not 0 <= places <= 12:
            continue
        for value in (round(abs(target), places), math.trunc(abs(target) * 10 ** places) / 10 ** places):
            text = f"{value:.{places}f}"
            if significant_digits(float(text)) >= 2 and text not in forms:
                forms.append(text)
    return forms


LIKELY = ("swapped", "doubled", "dropped", "neighbour")  # the keystrokes read before any figure is (near_slip)


def one_keystroke_from(value: float) -> list[float]:
    """Every number one keystroke from ``value`` as a person types it (a keystroke undone is one keystroke too): for a
    judge whose key is sealed and can only be found from the student's own number (05 q10's 759, one swap from the
    printed 795; round 15, E3). [] for a number no one types."""
    text = _digits(value)
    return [] if text is None else list(_result_variants(text))


def typed_answer_slip(answer: float, target: float, kinds=tuple(_KINDS)) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is the right result, as written to the answer's decimals (rounded or cut off),
    with one keystroke wrong: two neighbouring digits swapped (1,662 for 1,626; 0.9674 for 0.9647; 6.96 for 9.66), a
    digit doubled, dropped, inserted, or changed (review round 14, A1). Said without the digits."""
    if not (math.isfinite(answer) and math.isfinite(target)) or target == 0 or close(answer, target, rel_tol=1e-9) \
            or (answer < 0) != (target < 0) or significant_digits(answer) < 2:
        return None  # an answer of one significant digit (0.2, 5) is one keystroke from too many numbers to say which
    found = {kind for text in _written_forms(target, answer)
             for value, kind in _result_variants(text).items() if close(value, abs(answer), rel_tol=1e-12)} & set(kinds)
    if not found:
        return None
    kind = min(found, key=list(_KINDS).index)  # the likelier keystroke first
    slip = "one slip" if kind == "transposed" else "one keystroke"  # two digits changing places is two keys
    return TYPED_THE_ANSWER, (f"You gave {plain(answer, 6)}: {slip} from the right result ({_KINDS[kind]}), a "
                              "typo? Store the calculation itself (or copy what your code printed) rather than typing "
                              "the number.")


def typed_figure_slip(answer: float, target: float, figures) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is the question's calculation, two of ``figures`` ((name, value) pairs: the
    question's own) combined by the one operation that gives ``target``, with one figure typed one keystroke wrong
    (1,617 = 1,750 − 133 where 1,759 − 133 is asked). Only an exact result counts, and only one reading: two figures
    or two typos that both give the answer name nothing."""
    if not math.isfinite(answer) or close(answer, target, rel_tol=1e-9):
        return None
    own = [(n, float(v)) for n, v in figures if abs(v) >= SMALLEST_NAMED_FIGURE]  # a smaller one is no figure to retype
    made = [(a, x, b, y, symbol, op) for a, x in own for b, y in own if a != b
            for symbol, op in OPERATIONS if close(op(x, y), target, rel_tol=1e-9, abs_tol=1e-12)]
    readings = set()
    for a, x, b, y, symbol, op in made:
        for position, (name, value) in enumerate(((a, x), (b, y))):
            text = _digits(value)
            for typed, (_, how) in (_one_key_off(text).items() if text else ()):
                mistyped = float(typed)
                result = op(mistyped, y) if position == 0 else op(x, mistyped)
                if math.isfinite(result) and close(result, answer, rel_tol=1e-9, abs_tol=1e-12):
                    sum_text = (f"{plain(mistyped)} {symbol} {plain(y)}" if position == 0
                                else f"{plain(x)} {symbol} {plain(mistyped)}")
                    readings.add((name, value, mistyped, how, sum_text))
    if len({(value, mistyped) for _, value, mistyped, _, _ in readings}) != 1:  # a figure under two names is one
        return None
    # the figure named by its id in the data where one is known, not as the prompt prints it
    name, value, mistyped, how, sum_text = min(readings, key=lambda r: ("_" not in r[0], r[0], r[4]))
    called = "" if name.replace(",", "") == plain(value).replace(",", "") else f" ({name!r})"
    return TYPED_A_FIGURE, (f"You gave {plain(answer)}, which is {sum_text}: the right calculation, but with "
                            f"{plain(mistyped)} where the figure is {plain(value)}{called}, one keystroke off ({how}). "
                            "A likely typo: take each figure from the data (data.figure(...)) rather than typing it.")


NEAR = 0.05  # a decimal this near the right one is read as the right one mis-written before any figure is tried


def near_slip(answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) for a decimal answer within 5% of a decimal right one that is the right one written wrong:
    cut off or rounded too far (``slips.shape_slip``), rounded the wrong way (0.97 for 0.9647), or typed with one
    likely keystroke wrong (0.9674). Asked before the figures are searched (review round 14, A3: 0.97 was told as
    '(detained + July's apprehended) / apprehended', a coincidence); a count keeps its order (typos last)."""
    if float(target).is_integer() or float(answer).is_integer() or not (math.isfinite(answer) and target) \
            or abs(answer / target - 1) > NEAR:
        return None
    cut = shape_slip(answer, target)
    if cut is not None and cut[0] == ROUNDED_TOO_FAR:
        return cut
    if rounded_the_other_way(answer, target) is not None:
        places = decimals_written(answer)
        return ROUNDED_WRONG_WAY, (f"You gave {plain(answer, 6)}: the right value rounded the wrong way at your "
                                   f"{places} decimal{'s' if places != 1 else ''}. Round to the nearest: a next digit "
                                   "of 5 or more rounds up, less than 5 rounds down (round() does it).")
    return typed_answer_slip(answer, target, LIKELY)


def rounded_the_other_way(answer: float, target: float) -> float | None:
    """The right value rounded to the nearest at the answer's decimals, when ``answer`` is it rounded the other way
    (cut off where it rounds up, 3.235 for 3.2356; or up where it rounds down, 1,702 for 1,701.4); else None. Two
    significant digits at least: a shorter answer is as much a guess."""
    places = decimals_written(answer)
    if places > 12 or significant_digits(answer) < 2 or not math.isfinite(target):
        return None
    scale = 10 ** places
    down, up = math.floor(target * scale) / scale, math.ceil(target * scale) / scale
    nearest = round(target, places)
    if down != up and close(answer, up if close(nearest, down, rel_tol=1e-12) else down, rel_tol=1e-12):
        return nearest
    return None


def near_miss(answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) for a decimal within 2% of the right one that nothing explains (not a rounding, a cut, a typo
    or any computation): a figure rounded early in the calculation, or a digit typed wrong (round 14, A2)."""
    if float(target).is_integer() or not (math.isfinite(answer) and target) or abs(answer / target - 1) > 0.02 \
            or close(answer, target, rel_tol=1e-9):
        return None
    return NEAR_MISS, (f"You gave {plain(answer, 6)}: close to the right value but no rounding of it. A figure rounded "
                       "early in the calculation, or a digit typed wrong? Keep every figure unrounded until the end, "
                       "then round once.")
