"""A number typed with one keystroke wrong: the last reading ``compare.number`` tries before "too high/low".

A student who types a figure by hand instead of taking it from the data (or types the result the code printed) can
slip one key: two neighbouring digits swapped (1,795 for 1,759), a digit typed twice (17,759) or left out (179), or a
key next to the right one pressed (1,750 for 1,759: 0 is next to 9 on the number row).
Review round 13 found 1,617 for 00 q1 told only as "too low": it is 1,750 − 133, the calculation right with the
release's 1,759 typed as 1,750.

Two readings, asked only after every other slip has had its say ("only when no other figure explains it better"):

- ``typed_figure_slip``: the answer is the question's own calculation (two of its figures, one operation) with one
  figure typed one keystroke wrong. The figure is named, as typed and as the data holds it.
- ``typed_answer_slip``: the answer is the right result itself typed one keystroke wrong. Only for a result of three
  digits or more: a short number is one keystroke from too many others to say which.

Neither message states the right answer: the first names a figure the question gives anyway, and the second says
only the kind of keystroke, not which digits.
"""
from __future__ import annotations

import math

from ..units import plain
from .slips import OPERATIONS, SMALLEST_NAMED_FIGURE, TYPED_A_FIGURE, TYPED_THE_ANSWER
from .values import close

TYPO_CODES = (TYPED_A_FIGURE, TYPED_THE_ANSWER)  # declared, with their descriptions, in slips.SLIP_CODES

# Keys next to each digit on the number row (1 2 3 ... 9 0). A number pad's neighbours (5 above 2) are left out: with
# them a three-digit number is one keystroke from about forty others, too many to tell a typo from another mistake.
_ROW = "1234567890"
_NEIGHBOURS = {d: {_ROW[j] for j in (i - 1, i + 1) if 0 <= j < len(_ROW)} for i, d in enumerate(_ROW)}
# What each keystroke did, said without the digits where the right result would show through them.
_KINDS = {"swapped": "two neighbouring digits swapped", "doubled": "a digit typed twice",
          "dropped": "a digit left out", "neighbour": "a key next to the right one pressed"}

SMALLEST_TYPED_RESULT = 100  # a result of fewer digits is one keystroke from too many numbers to name a typo


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


def typed_answer_slip(answer: float, target: float) -> tuple[str, str] | None:
    """(code, message) when ``answer`` is the right result typed with one keystroke wrong (1,662 or 1,636 for
    1,626), for a result of three digits or more."""
    text = _digits(target)
    if text is None or abs(target) < SMALLEST_TYPED_RESULT or close(answer, target, rel_tol=1e-9):
        return None
    kinds = {kind for typed, (kind, _) in _one_key_off(text).items() if float(typed) == answer}
    if not kinds:
        return None
    return TYPED_THE_ANSWER, (f"You gave {plain(answer)}: one keystroke from the right result "
                              f"({' or '.join(_KINDS[k] for k in sorted(kinds))}), a likely "
                              "typo. Store the calculation itself (or copy what your code printed) rather than typing "
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
