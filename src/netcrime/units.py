"""Reading numbers as the release prints them, and writing them plainly.

Chinese statistics count in 万 (10,000) and 亿 (100,000,000); the English
translation turns these into "17,000", "29.95 billion", "311 million" and
"more than 3 million". ``parse_figure`` turns any of those forms into a number
in base units plus its precision, so the data tests can prove each stored
value matches its printed source. ``plain`` and ``short`` are the course's one
way of writing a number back (in checks' messages, widgets and tables).
"""
from __future__ import annotations

import numbers

import re
from typing import NamedTuple

CHINESE_UNITS = {"万": 10_000, "亿": 100_000_000}
ENGLISH_UNITS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
LOWER_BOUND_WORDS = ("more than", "over", "at least", "余", "多")

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万|亿|thousand|million|billion|%)?")


def plain(x: float, digits: int = 4) -> str:
    """A number as the course writes it, in messages, widgets, tables and chart verdicts alike.

    1759 -> '1,759'; 16400.0 -> '16,400'; 0.0131 -> '0.0131'; 1234.5 -> '1,234.5';
    1400.0000000000002 (a float's noise) -> '1,400'. Never scientific notation for counts. A number below
    1,000 keeps ``digits`` significant figures (the chart checks print 3: 0.0756).
    """
    if isinstance(x, int) and not isinstance(x, bool):
        return f"{x:,}"  # exact, however large (float() of 10**400 overflows)
    if not isinstance(x, (float, numbers.Integral)):
        x = float(x)  # a Fraction or a Decimal a student computed with: shown as the number it is
    if float(x).is_integer():
        if isinstance(x, float) and abs(x) >= 1e16:  # past a float's 15 exact digits: 1e49 printed as int() gave
            from decimal import Decimal  # 9,999,999,999,999,999,464,902,... (round 16, C10): its own digits only

            return f"{Decimal(f'{x:.15g}'):,f}"
        return f"{int(x):,}"
    if abs(x) < 1000:
        return f"{x:,.{digits}g}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def short(x: float) -> str:
    """A count of 万 or 亿, without trailing zeros, thousands separated: 1.64, 299.5, 2,995,000."""
    text = f"{x:,.10f}".rstrip("0").rstrip(".")
    return text or "0"


class Figure(NamedTuple):
    value: float
    precision: str  # "exact", "rounded" or "lower bound"


def parse_figure(text: str) -> Figure:
    """Parse the first number in ``text`` into base units.

    >>> parse_figure("29.95 billion yuan")
    Figure(value=29950000000.0, precision='rounded')
    >>> parse_figure("1.64万名")
    Figure(value=16400.0, precision='rounded')
    >>> parse_figure("more than 3 million")
    Figure(value=3000000.0, precision='lower bound')
    """
    words = re.findall(r"[a-z]+", text.lower())
    spelled = [NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS]
    match = _NUMBER.search(text)
    if match is None and spelled:
        return Figure(float(spelled[0]), "exact")
    if match is None:
        raise ValueError(f"No number found in {text!r}")
    digits, unit = match.group(1), match.group(2)
    number = float(digits.replace(",", ""))
    multiplier = CHINESE_UNITS.get(unit) or ENGLISH_UNITS.get(unit) or 1
    value = round(number * multiplier, 6)
    lowered = text.lower()
    if any(word in lowered for word in LOWER_BOUND_WORDS):
        precision = "lower bound"
    elif unit in CHINESE_UNITS or unit in ENGLISH_UNITS or unit == "%" or _looks_rounded(digits):
        precision = "rounded"
    else:
        precision = "exact"
    return Figure(value, precision)


def figures_in(text: str) -> list[tuple[str, float]]:
    """Every number written in ``text``, as printed and in base units: "200 cases and about 1,600 incidents" ->
    [('200', 200.0), ('1,600', 1600.0)]; '1.64万' -> [('1.64万', 16400.0)]. Percent signs are kept in what is
    printed ('86%' -> 86.0)."""
    found = []
    for match in _NUMBER.finditer(text or ""):
        digits, unit = match.group(1).rstrip(","), match.group(2)
        try:
            number = float(digits.replace(",", ""))
        except ValueError:
            continue
        multiplier = CHINESE_UNITS.get(unit) or ENGLISH_UNITS.get(unit) or 1
        found.append((match.group(0).strip().rstrip(","), round(number * multiplier, 6)))
    return found


def _looks_rounded(digits: str) -> bool:
    """'17,000' and '137,900' end in zeros: the Chinese said 1.7万 and 13.79万."""
    plain = digits.replace(",", "")
    return "." not in plain and len(plain) >= 4 and plain.endswith("00")


def to_wan(value: float) -> float:
    """Base units to 万 (ten-thousands)."""
    return value / CHINESE_UNITS["万"]


def to_yi(value: float) -> float:
    """Base units to 亿 (hundred-millions)."""
    return value / CHINESE_UNITS["亿"]
