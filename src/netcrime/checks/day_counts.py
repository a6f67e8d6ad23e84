"""A number of days given as a Timedelta: what subtracting two dates gives, read fairly by the questions that ask
for days (lesson 01 yt1, lesson 02 yt4)."""
from __future__ import annotations

import datetime
from typing import Callable

import pandas as pd

from .judge import Judge
from .outcome import Outcome, correct, incorrect
from .values import is_number

# A number of days given in another unit of time (review round 7, M3: '25 is too low' for 177 days given as weeks).
OTHER_UNITS = (("weeks", 7.0), ("months", 30.44), ("hours", 1 / 24))
OTHER_UNIT_CODES = {f"{unit}_not_days": f"gave the period in {unit} where the question asks for days"
                    for unit, _ in OTHER_UNITS}


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
            if outcome.passed or outcome.misconception is not None or not is_number(value) or isinstance(value, bool):
                return outcome
            return _in_other_unit(inner, float(value)) or outcome
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


def either_end(days) -> "Callable[[], list[float]]":
    """A period's days with both ends counted and with its last day left out, for a misconception of the wrong period
    (round 13, #19: 30 for July, 1 to 31 July without its end, was 'too low'): the wrong period is the mistake
    whichever way its ends were counted. ``days`` gives the period with both ends counted."""
    def both() -> list[float]:
        n = float(days())
        return [n, n - 1]
    return both
