"""Numbers in a chart's words that the release never gives: figures added that must not be added, or a count the release
does not report (issue #19, round 11).

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

``unreported_rule`` reads the same numbers for a count the release does not give at all ("18,000 suspects
apprehended", "2,000 gangs"): a number of 100 or more, right before a noun of what the release counts, that is no
figure the lesson may show, no difference of two of them (600 apprehended but not detained), rounded to its digits.
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
                body = sentence.group(0)
                found = numbers_in(body)
                for value, precision, start, end in found:
                    total = sum_read(value, precision, forbidden, allowed)
                    if total is not None:
                        noun = _NOUN.match(body, end)
                        quote = body[start:noun.end() if noun else end].strip()
                        return (f"The number '{quote}' in {where} is {total.parts}: {total.why} The release gives "
                                "no such total; show each figure on its own and say how they relate.")
                added = _added_in_words(body, found, forbidden)
                if added is not None:
                    quote, total = added
                    return (f"The words '{quote}' in {where} add {total.parts}: {total.why} Show each figure on its own "
                            "and say how they relate, not that one comes on top of the other.")
        return None

    return Rule(code, description, spot)


# Words that put one figure on top of another (round 14 FINAL, #19): "16,400 suspects detained in addition to the 17,000
# apprehended" states the forbidden sum without writing its total.
ADDED = re.compile(r"\b(?:in addition to|on top of|plus|besides|over and above|added to|and (?:a further|another|an? "
                   r"(?:additional|extra|further))|as well as)\b|\+|另有|此外|加上|外加", re.IGNORECASE)


def _added_in_words(body: str, found: list, forbidden: Sequence[Sum]) -> tuple[str, Sum] | None:
    """Two numbers of ``body`` joined by words that add them (``ADDED``), whose sum is a forbidden total: the words
    quoted (from the first number to the second's noun) and the total; None otherwise. Each number shows two
    significant figures at least, and their sum is the total as written to the coarser of them."""
    for i, (first, p1, start, first_end) in enumerate(found):
        for second, p2, second_start, end in found[i + 1:]:
            if not ADDED.search(body[first_end:second_start]) or min(_significant(first, p1),
                                                                      _significant(second, p2)) < 2:
                continue
            for total in forbidden:
                if _shows(first + second, max(p1, p2), total.value):
                    noun = _NOUN.match(body, end)
                    return body[start:noun.end() if noun else end].strip(), total
    return None


def sum_read(value: float, precision: float, forbidden: Sequence[Sum], allowed: Sequence[float]) -> Sum | None:
    """The forbidden sum a number is: exactly, or rounded to the digits it shows (two significant figures at least)
    when that sum is the nearest of every figure and sum the lesson knows (33,000 is 33,400 rounded; 17,500 is nearer
    17,000 than the campaign's 17,000 plus November's 712); None when it is a figure the lesson may show, or no sum."""
    if any(_shows(value, precision, a) for a in allowed):
        return None
    for total in forbidden:
        if abs(value - total.value) <= 1e-9 * total.value:
            return total
    if _significant(value, precision) < 2:
        return None
    known = [*((total.value, total) for total in forbidden), *((a, None) for a in allowed)]
    nearest_value, nearest = min(known, key=lambda pair: abs(value - pair[0]))
    return nearest if nearest is not None and _shows(value, precision, nearest_value) else None


# What the release counts, right after a number, and the unit it belongs to: "18,000 suspects", "1.8万名嫌疑人".
_UNIT_NOUNS = (("suspects", r"suspects?|people|persons|criminals|offenders|arrests|嫌疑人|犯罪嫌疑人|人"),
               ("gangs", r"gangs?|gangsters|groups|organi[sz]ations|团伙|组织"), ("cases", r"cases|案件|起"), ("yuan", r"yuan|元"))
COUNTED_NOUN = re.compile(r"\s*(?:名|个|起|家)?\s*(?:(?:criminal|online|internet|cyber|crime|fraud|gang|more|fewer|other)\s+)?(?:"
                          + "|".join(f"(?P<{unit}>{words})" for unit, words in _UNIT_NOUNS) + r")(?![A-Za-z])", re.IGNORECASE)
SMALLEST_COUNT = 100


def unreported_rule(code: str, description: str, sums: Callable[[], tuple[Sequence[Sum], Sequence[float]]],
                    figures: Callable[[], tuple[dict[str, Sequence[float]], str]]) -> Rule:
    """A rule naming a count the release does not give, written before a noun of what it counts. ``sums()``: as for
    ``summed_rule`` (a number it reads as a sum is left to it); ``figures()``: the figures the lesson may show by unit
    (a difference of two of one unit is fair too: 600 not detained) and, in words, what the release gives. A number
    with one significant figure (2万, 20,000) is a rounding too coarse to judge."""

    def spot(spec) -> str | None:
        if not isinstance(spec, dict):
            return None
        forbidden, allowed = sums()
        by_unit, given = figures()
        for where, text in chart_texts(spec):
            for sentence in SENTENCE.finditer(text):
                if WARNING.search(sentence.group(0)):
                    continue
                body = sentence.group(0)
                for value, precision, start, end in numbers_in(body):
                    noun = COUNTED_NOUN.match(body, end)
                    if value < SMALLEST_COUNT or noun is None or _significant(value, precision) < 2 \
                            or sum_read(value, precision, forbidden, allowed) is not None:
                        continue
                    unit = next(u for u, _w in _UNIT_NOUNS if noun.group(u))
                    own = list(by_unit.get(unit, ()))
                    fair = [*own, *(abs(a - b) for a in own for b in own if a != b)]
                    if any(_shows(value, precision, f) for f in fair):
                        continue
                    quote = body[start:noun.end()].strip()
                    return (f"The number '{quote}' in {where} is not a figure the release gives ({given}). Write the "
                            "release's own figures, as printed (rounded the way it rounds them).")
        return None

    return Rule(code, description, spot)
