"""The dark figure of crime: a small, deterministic model for lesson 04.

    recorded = reported-and-recorded + found by the police
    reported-and-recorded = true incidents x reporting rate x recording rate
    found by the police   = (true incidents - reported-and-recorded) x detection rate

- *true incidents*: what actually happens (nobody observes it directly);
- *reporting rate*: the share of incidents that victims report to the police;
- *recording rate*: the share of reports the police record as cases;
- *detection rate*: the share of the remaining incidents that the police find
  themselves (monitoring platforms, linking cases, online inspections, checks
  of series cases: the release names all four). A crackdown that raises it
  raises recorded counts with no change in crime.

The numbers this module produces are illustrative: they are not data about any
real place. Every function is pure (same inputs, same output) and checks its
inputs, raising ``ValueError`` with a message that says what to change.
"""
from __future__ import annotations

import math
import numbers

import pandas as pd

MAX_MONTHS = 120

# Named starting points for the simulator (illustrative parameter sets, not data).
SCENARIOS = {
    "falling reporting, flat truth": dict(true_trend=0.0, report_start=0.40, report_trend=-0.02,
                                          recording_rate=0.9),
    "real fall hidden by rising reporting": dict(true_trend=-0.03, report_start=0.25, report_trend=0.01,
                                                 recording_rate=0.9),
    "everything steady": dict(true_trend=0.0, report_start=0.30, report_trend=0.0, recording_rate=0.9),
    "crackdown finds more, flat truth": dict(true_trend=0.0, report_start=0.30, report_trend=0.0,
                                             recording_rate=0.9, detection_rate=0.02, detection_trend=0.02),
}
SCENARIO_DEFAULTS = dict(detection_rate=0.0, detection_trend=0.0)  # what a scenario leaves unsaid


def _number(name: str, value, low: float | None = None, high: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} should be a number, not {value!r}.")
    value = float(value)
    if math.isnan(value) or math.isinf(value):
        raise ValueError(f"{name} should be a finite number, not {value}.")
    if low is not None and value < low:
        raise ValueError(f"{name} should be at least {low:g}; you gave {value:g}.")
    if high is not None and value > high:
        raise ValueError(f"{name} should be at most {high:g}; you gave {value:g}.")
    return value


def _rate(name: str, value) -> float:
    value = _number(name, value)
    if not 0 <= value <= 1:
        hint = f" Did you mean {value / 100:g}? Rates here are fractions, not percentages." if 1 < value <= 100 else ""
        raise ValueError(f"{name} should be a fraction between 0 and 1; you gave {value:g}.{hint}")
    return value


def reporting_rates(months: int, report_start: float, report_trend: float) -> list[float]:
    """The reporting rate in each month: a straight line, kept between 0 and 1.

    ``report_trend`` is the change per month in the share reported, e.g. -0.02 means
    two percentage points fewer each month. A line that would leave [0, 1] stops at the edge.
    """
    return _line("report_start", report_start, "report_trend", report_trend, _months(months))


def _months(months) -> int:
    if isinstance(months, bool) or not isinstance(months, numbers.Integral):
        raise ValueError(f"months should be a whole number of months, like 12, not {months!r}.")
    if not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"months should be between 1 and {MAX_MONTHS}; you gave {months}.")
    return int(months)


def simulate(months: int = 12, true_start: float = 1000, true_trend: float = 0.0,
             report_start: float = 0.3, report_trend: float = 0.0,
             recording_rate: float = 1.0, detection_rate: float = 0.0,
             detection_trend: float = 0.0) -> pd.DataFrame:
    """True, reported and recorded incidents, month by month.

    - ``months``: how many months to simulate (1 to 120);
    - ``true_start``: true incidents in the first month;
    - ``true_trend``: relative change of true incidents per month (-0.03 = 3% fewer each month);
    - ``report_start``: share of incidents reported in the first month (0 to 1);
    - ``report_trend``: change of that share per month, in fraction points (-0.02 = two points fewer);
    - ``recording_rate``: share of reports the police record (0 to 1);
    - ``detection_rate``: share of the incidents not reported-and-recorded that the police
      find themselves in the first month (0 to 1; 0 = police learn only from victims);
    - ``detection_trend``: change of that share per month, in fraction points.

    Returns a DataFrame with columns month (1, 2, ...), true, reporting_rate,
    reported, detection_rate, found_by_police and recorded. The counts are expected
    values, so they need not be whole numbers.
    """
    months = _months(months)
    true_start = _number("true_start", true_start, 0)
    true_trend = _number("true_trend", true_trend, -0.5, 0.5)
    recording_rate = _rate("recording_rate", recording_rate)
    rates = reporting_rates(months, report_start, report_trend)
    detection = _line("detection_rate", detection_rate, "detection_trend", detection_trend, months)
    rows = []
    for m, (rate, found_share) in enumerate(zip(rates, detection)):
        true = true_start * (1 + true_trend) ** m
        reported = true * rate
        reported_recorded = reported * recording_rate
        found = (true - reported_recorded) * found_share
        rows.append({"month": m + 1, "true": true, "reporting_rate": rate, "reported": reported,
                     "detection_rate": found_share, "found_by_police": found,
                     "recorded": reported_recorded + found})
    return pd.DataFrame(rows, columns=COLUMNS)


COLUMNS = ["month", "true", "reporting_rate", "reported", "detection_rate", "found_by_police", "recorded"]


def _line(start_name: str, start, trend_name: str, trend, months: int) -> list[float]:
    """A share per month: a straight line from ``start`` by ``trend`` a month, kept within [0, 1]."""
    start = _rate(start_name, start)
    trend = _number(trend_name, trend, -1, 1)
    return [min(1.0, max(0.0, start + trend * m)) for m in range(months)]


def implied_true_range(recorded: float, low_rate: float, high_rate: float,
                       recording_rate: float = 1.0, detection_rate: float = 0.0) -> tuple[float, float]:
    """The range of true incidents consistent with a recorded count.

    Divide, do not multiply: true = recorded / share recorded, where the share
    recorded is reporting rate x recording rate, plus the detection rate of the rest.
    The *highest* reporting rate gives the *lowest* estimate of true incidents.
    """
    recorded = _number("recorded", recorded, 0)
    low_rate = _rate("low_rate", low_rate)
    high_rate = _rate("high_rate", high_rate)
    recording_rate = _rate("recording_rate", recording_rate)
    detection_rate = _rate("detection_rate", detection_rate)
    if low_rate > high_rate:
        raise ValueError(f"low_rate ({low_rate:g}) is above high_rate ({high_rate:g}); swap them.")

    def share_recorded(rate: float) -> float:
        via_reports = rate * recording_rate
        return via_reports + (1 - via_reports) * detection_rate

    if share_recorded(low_rate) == 0:
        raise ValueError("A reporting or recording rate of 0 (with no police detection) means nothing is ever "
                         "recorded, so a recorded count says nothing about true incidents. Use a rate above 0.")
    return recorded / share_recorded(high_rate), recorded / share_recorded(low_rate)


def percent_change(first: float, last: float) -> float | None:
    """Change from first to last in percent (None when first is 0)."""
    if first == 0:
        return None
    return (last - first) / first * 100


def summary(frame: pd.DataFrame) -> str:
    """One plain sentence on how true and recorded incidents changed over the period."""
    if not isinstance(frame, pd.DataFrame) or frame.empty or not {"true", "recorded"} <= set(frame.columns):
        return "Nothing to summarise: give a DataFrame from simulate()."

    def change(column: str) -> str:
        pct = percent_change(float(frame[column].iloc[0]), float(frame[column].iloc[-1]))
        if pct is None:
            return "stayed at zero" if float(frame[column].iloc[-1]) == 0 else "rose from zero"
        if abs(pct) < 0.5:
            return "stayed about the same"
        return f"{'rose' if pct > 0 else 'fell'} by {abs(pct):.0f}%"

    n = len(frame)
    return (f"Over {n} month{'s' if n != 1 else ''}, true incidents {change('true')}; "
            f"recorded cases {change('recorded')}.")
