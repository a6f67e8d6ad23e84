"""netcrime: helpers for the course on China's 2020 campaign against online gang crime.

Notebooks start with::

    import netcrime
    netcrime.setup()

which renders charts offline with the course theme. Data lives in
``netcrime.data``; exercise checks in ``netcrime.checks``.
"""
from __future__ import annotations

__version__ = "0.1.0"


def _enable_charts() -> None:
    from . import charts

    charts.enable()


def setup() -> None:
    """Prepare a notebook for the course: offline charts, the course theme, readable numbers.

    Charts are configured when Altair is imported (at once if it already is):
    lessons that never chart do not pay for importing it (see import_hooks).
    """
    import pandas as pd

    from .import_hooks import when_imported
    from .units import plain

    when_imported("altair", _enable_charts)
    pd.set_option("display.float_format", plain)  # counts as 1,759 and 29,950,000,000, not 1.759000e+03


def progress():
    """A table of your exercise progress, per lesson and question."""
    from .checks.attempts import progress_table

    return progress_table()
