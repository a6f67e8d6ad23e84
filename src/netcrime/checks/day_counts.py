"""A number of days given as a Timedelta: what subtracting two dates gives, read fairly by the questions that ask
for days (lesson 01 yt1, lesson 02 yt4)."""
from __future__ import annotations

import datetime

import pandas as pd

from .judge import Judge
from .outcome import Outcome, correct


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
            return inner(value)
        outcome = inner(days)
        if outcome.passed:
            return correct(f"{days} days is right. You gave a Timedelta ({value}), which is fair; its .days gives "
                           f"the number itself ({days}), which a table or a sum needs.")
        return outcome

    return Judge(judge, inner.misconceptions)
