"""Percentages and years in a chart's words, read against the question's own figures (review round 18, W10, #19).

A count in a chart's words is checked (``summed_words``: a number before "gangs" or "suspects" must be one the release
gives), but a percentage or a year was not: "Detention rate: 69%" (it is 96%), "down 68% from the 2019 peak" (86%),
"down 86% from the 2018 peak", "as of Dec 2021" (reported Dec 2020) were recorded like right words. Each chart
question declares its figures (``values``) and the years they cover (``years``); a percentage in its words must be a
share one figure is of another (or the rest of it), or one of the figures itself when it is an index or a share, to
the precision written (a rounding or a truncation either way); a year must be one the figures cover. A percentage
or year inside a warning ("not 69%") or a denial is read as ever by ``claims.asserted``.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from .claims import asserted, chart_texts, normalise, quoted
from .compare import Rule

NUMBER_NOT_IN_FIGURES = "number_not_in_figures"
DESCRIPTION = ("wrote a percentage or a year that none of the question's figures gives (a digit swapped, a share "
               "worked out wrong, the peak or the report put in another year)")

PERCENT = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent\b|percent\b|pct\b|个百分点|％)", re.IGNORECASE)
YEAR = re.compile(r"(?<![\w.,-])((?:19|20)\d\d)(?![\w%])(?!\s*(?:%|per ?cent))")


def shares(values: Iterable[float]) -> tuple[float, ...]:
    """Every percentage the figures give: one as a share of another and the rest of it, and each figure at most 100
    itself (an index value or a share drawn as a figure)."""
    found = {v for v in values if 0 <= v <= 100}
    numbers = sorted({float(v) for v in values if v and v > 0})
    for a in numbers:
        for b in numbers:
            if a < b:
                found.update((100 * a / b, 100 - 100 * a / b))
    return tuple(sorted(found))


def _fits(written: str, targets: tuple[float, ...]) -> bool:
    decimals = len(written.split(".")[1]) if "." in written else 0
    value, step = float(written), 10 ** -decimals
    return any(abs(value - t) <= step for t in targets)  # rounded either way, or truncated


def numbers_rule(values: Callable[[], Iterable[float]], years: Callable[[], Iterable[int]]) -> Rule:
    """The rule a chart question runs beside its claims: its words' percentages and years are the figures'."""
    def spot(spec) -> str | None:
        if not isinstance(spec, dict):
            return None
        targets, covered = shares(values()), {int(y) for y in years()}
        for where, text in chart_texts(spec):
            plain = normalise(str(text))
            for match in PERCENT.finditer(plain):
                if not _fits(match.group(1), targets) and asserted(plain, match.start(), match.end()):
                    return (f"The percentage '{match.group(0).strip()}' in {where} {quoted(text)} is not one the "
                            "figures give: work it out from the figures drawn (one as a share of the other, or the "
                            "change on the index), and write it rounded the way you round them.")
            for match in YEAR.finditer(plain):
                if int(match.group(1)) not in covered and asserted(plain, match.start(), match.end()):
                    return (f"The year '{match.group(1)}' in {where} {quoted(text)} is not one the figures cover "
                            f"({', '.join(map(str, sorted(covered)))}): check the year of the peak, of the campaign "
                            "and of the report in the release.")
        return None

    return Rule(NUMBER_NOT_IN_FIGURES, DESCRIPTION, spot)
