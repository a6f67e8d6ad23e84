"""A total in a chart's words that the release never gives: figures added that must not be added (issue #19, round 11).

A chart's title can claim with a number as well as with a verb. "33,400 suspects in total" adds the 16,400 detained
to the 17,000 apprehended, who include them; "1,892 gangs" adds November's 133 to the campaign's 1,759, which count
them already; "49,000 suspects and cases" adds people to cases; "61,000 cases solved" adds two releases' periods.
A lesson declares the sums its figures forbid (``Sum``: the value, its parts said in words, and why they do not add);
``summed_rule`` reads every number of a chart's words (title, subtitle, description, axis titles, text marks:
``claims.chart_texts``), in digits with 万, 亿, k, thousand, million or billion, exact or rounded to the digits it
shows, and names the sum it equals, quoting the student's number.

A number is read as such a total only when it is not itself a figure the lesson may show (``allowed``: 17,000 is
both a release figure and 17,138 rounded; it is the release figure), is the sum exactly or shows at least two significant
figures (2万 says too little to name anything), is not a year or a percentage, and its sentence does not warn against the sum
("adding them would count 16,400 people twice", "do not add", "其中"): a chart may explain the mistake it avoids.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from .claims import chart_texts
from .compare import Rule


@dataclass(frozen=True)
class Sum:
    """A total the lesson's figures forbid: its ``value``, its ``parts`` in words ('17,000 apprehended + 16,400
    detained') and ``why`` they do not add ('the detained are among the apprehended: the sum counts them twice')."""

    value: float
    parts: str
    why: str


_SCALE = {"万": 1e4, "亿": 1e8, "k": 1e3, "thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "bn": 1e9}
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(万|亿|thousand|million|billion|bn|mn|k|m)\b|"
                    r"(万|亿))?(?![\d]|[.,]\d)(?!\s*(?:%|per ?cent|percent|percentage|points?\b|％))", re.IGNORECASE)
# What comes after the number, quoted with it: "33,400 suspects", "3.34万名嫌疑人".
_NOUN = re.compile(r"\s*(?:名|个|起|家)?\s*(?:[A-Za-z][\w-]*|[\u4e00-\u9fff]{1,4})?")
# A sentence that warns against adding, or explains the sum it avoids.
WARNING = re.compile(r"\b(?:not|no|never|twice|double[- ]?count\w*|overlap\w*|among|would|wouldn't|don't|do not|avoid\w*|"
                     r"wrong\w*|mistak\w*|rather than|instead of|neither|cannot|can't|misleading|suggests? falsely)\b|n't\b|"
                     r"不|没有|重复|其中|包含|包括", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?;\n\u3002\uff01\uff1f\uff1b]+(?:\.\d[^.!?;\n\u3002\uff01\uff1f\uff1b]*)*")


def numbers_in(text: str) -> list[tuple[float, float, int, int]]:
    """(value, precision, start, end) of each number in ``text``: its value with 万, k, thousand ... applied, and the
    precision its digits show (33,000 -> 1,000; 3.34万 -> 100; 17,712 -> 1). Years (a bare 1990 to 2039) and
    percentages are left out."""
    found = []
    for m in NUMBER.finditer(text):
        digits, unit = m.group(1), (m.group(2) or m.group(3) or "").lower()
        plain = digits.replace(",", "")
        if not unit and "," not in digits and re.fullmatch(r"(?:19[9]\d|20[0-3]\d)", plain):
            continue  # a year
        scale = _SCALE.get(unit, 1.0)
        if "." in plain:
            decimals = len(plain.split(".")[1])
            precision = scale * 10 ** -decimals
        else:
            zeros = len(plain) - len(plain.rstrip("0")) if plain.strip("0") else 0
            precision = scale * 10 ** zeros
        found.append((float(plain) * scale, precision, m.start(), m.end()))
    return found


def _significant(value: float, precision: float) -> int:
    return 0 if value <= 0 else int(math.floor(math.log10(value) - math.log10(precision) + 1e-9)) + 1


def _shows(value: float, precision: float, target: float) -> bool:
    """``value`` is ``target`` as written to ``precision`` (exactly, or rounded to the digits shown)."""
    return abs(value - target) <= max(precision / 2, 1e-9 * abs(target)) + 1e-9


def summed_rule(code: str, description: str, sums: Callable[[], tuple[Sequence[Sum], Sequence[float]]]) -> Rule:
    """A rule naming a total in a chart's words. ``sums()`` (called when a chart is read, so the lesson's data is read
    then, not at import): the forbidden ``Sum``s, and the figures the lesson may show (the release's, the other
    releases'), never read as a sum."""

    def spot(spec) -> str | None:
        if not isinstance(spec, dict):
            return None
        forbidden, allowed = sums()
        for where, text in chart_texts(spec):
            for sentence in SENTENCE.finditer(text):
                if WARNING.search(sentence.group(0)):
                    continue
                for value, precision, start, end in numbers_in(sentence.group(0)):
                    if any(_shows(value, precision, a) for a in allowed):
                        continue
                    for total in forbidden:
                        exact = abs(value - total.value) <= 1e-9 * total.value
                        if exact or (_significant(value, precision) >= 2 and _shows(value, precision, total.value)):
                            body = sentence.group(0)
                            noun = _NOUN.match(body, end)
                            quote = body[start:noun.end() if noun else end].strip()
                            return (f"The number '{quote}' in {where} is {total.parts}: {total.why} The release gives "
                                    "no such total; show each figure on its own and say how they relate.")
        return None

    return Rule(code, description, spot)
