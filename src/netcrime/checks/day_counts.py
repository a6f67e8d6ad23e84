"""A number of days given as a Timedelta: what subtracting two dates gives, read fairly by the questions that ask
for days (lesson 01 yt1, lesson 02 yt4)."""
from __future__ import annotations

import datetime
import math
from typing import Callable

import pandas as pd

from .judge import Judge
from .outcome import Outcome, correct, incorrect
from ..units import plain
from .typos import TYPO_CODES
from .values import is_number

# A number of days given in another unit of time (review round 7, M3: '25 is too low' for 177 days given as weeks).
OTHER_UNITS = (("weeks", 7.0), ("months", 30.44), ("hours", 1 / 24))
OTHER_UNIT_CODES = {f"{unit}_not_days": f"gave the period in {unit} where the question asks for days"
                    for unit, _ in OTHER_UNITS}
# A number of days estimated from the calendar instead of counted from the dates (review round 13: 182 for July to
# 24 December, half a year; 365 for October 2019 to December 2020, the years subtracted): whole months times a
# month's days, or whole years times 365.
CALENDAR_ESTIMATE = "days_estimated_from_months_or_years"
OTHER_UNIT_CODES[CALENDAR_ESTIMATE] = ("estimated the days from whole months or years (6 months x about 30 days, "
                                       "half a year, the years subtracted x 365) instead of counting them from the "
                                       "dates")
MONTH_LENGTHS = (30.0, 30.44, 31.0)  # a month taken as 30 days, an average month (365.25 / 12), 31 days


def whole_days(value) -> int | None:
    """The number of days in a Timedelta (pandas, numpy or datetime) of whole days, else None."""
    if isinstance(value, (pd.Timedelta, datetime.timedelta)) or type(value).__name__ == "timedelta64":
        try:
            seconds = pd.Timedelta(value).total_seconds()
        except (ValueError, TypeError):
            return None
        return int(seconds // 86400) if seconds == seconds and seconds % 86400 == 0 else None
    return None


def days_or_timedelta(inner: Judge) -> Judge:
    """A number of days, or a Timedelta of whole days (what subtracting two dates gives): both are fair.

    The Timedelta is judged by its days, and the verdict says how to take the number out of it."""

    def judge(value) -> Outcome:
        days = whole_days(value)
        if days is None:
            outcome = inner(value)
            if outcome.passed or outcome.misconception not in (None, *TYPO_CODES) or not is_number(value) \
                    or isinstance(value, bool):  # a typo is a last resort: days from the calendar explain more
                return outcome
            return _in_other_unit(inner, float(value)) or _estimated(inner, float(value)) or outcome
        outcome = inner(days)
        if outcome.passed:
            return correct(f"{days} days is right. You gave a Timedelta ({value}), which is fair; its .days gives "
                           f"the number itself ({days}), which a table or a sum needs.")
        return outcome

    return Judge(judge, {**inner.misconceptions, **OTHER_UNIT_CODES})


def _in_other_unit(inner: Judge, value: float) -> Outcome | None:
    """The verdict when ``value`` is the right number of days written in weeks, months or hours (exactly, rounded
    or cut off to a whole number): the judge is asked about the days each reading gives, within one unit (all at
    once: ``Judge.passes_any``, which a number judge answers working its key out once, naming nothing)."""
    if not 0 < value < 1e7:
        return None
    for unit, days in OTHER_UNITS:
        low, high = value * days - (days if days >= 1 else 0), value * days + (days if days >= 1 else 0)
        tries = [value * days] if days < 1 else range(max(1, int(low)), int(high) + 2)
        if inner.passes_any(tries):
            return incorrect(f"You gave {value:g}: that looks like the period in {unit}, not in days. Subtracting two "
                             "dates gives days (.dt.days); give the number of days itself.", f"{unit}_not_days")
    return None


def _estimated(inner: Judge, value: float) -> Outcome | None:
    """The verdict when ``value`` days is a whole number of months (times 30, 30.44 or 31 days, rounded either way)
    or of years (times 365 or 366), and the right number of days lies within an average month (half a year) of that
    many months (years): the period estimated from the calendar, not counted from its dates. The judge is asked
    about the days near the estimate all at once, naming nothing (``Judge.passes_any``)."""
    if not (value.is_integer() and 28 <= value <= 40_000):
        return None
    readings = [(round(value / length), length, "month") for length in MONTH_LENGTHS]
    readings += [(round(value / length), length, "year") for length in (365.0, 366.0)]
    for count, length, unit in readings:
        if count < 1 or value not in {math.floor(count * length), math.ceil(count * length)}:
            continue
        # the right days within a month of that many average months (12 - 7 = 5 months for 1 July to 24 December),
        # or half a year of that many years
        centre, spread = (count * 30.44, 30.44) if unit == "month" else (count * 365.25, 182.6)
        if inner.passes_any(range(max(1, int(centre - spread)), int(centre + spread) + 1)):
            said = ("half a year, " if (count, unit) == (6, "month") else "") + (
                f"{count} {unit}{'s' if count > 1 else ''} x {plain(length)} days")
            lengths = "Months have 28 to 31 days" if unit == "month" else "Years have 365 or 366 days"
            return incorrect(f"You gave {plain(value)}: that looks like the period estimated from the calendar ({said}), "
                             f"not counted from its dates. {lengths} and the dates fall inside them: subtract the two "
                             "dates (.days) and count the ends the way the question asks.",
                             CALENDAR_ESTIMATE)
    return None


def either_end(days) -> "Callable[[], list[float]]":
    """A period's days with both ends counted and with its last day left out, for a misconception of the wrong period
    (round 13, #19: 30 for July, 1 to 31 July without its end, was 'too low'): the wrong period is the mistake
    whichever way its ends were counted. ``days`` gives the period with both ends counted."""
    def both() -> list[float]:
        n = float(days())
        return [n, n - 1]
    return both
