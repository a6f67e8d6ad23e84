"""netcrime: helpers for the course on China's 2020 campaign against online gang crime.

Notebooks start with::

    import netcrime
    netcrime.setup()

which renders charts offline with the course theme. Data lives in
``netcrime.data``; exercise checks in ``netcrime.checks``.
"""
from __future__ import annotations

__version__ = "0.1.0"


def setup() -> None:
    """Prepare a notebook for the course: offline charts, the course theme, readable numbers."""
    import pandas as pd

    from . import charts
    from .units import plain

    charts.enable()
    pd.set_option("display.float_format", plain)  # counts as 1,759 and 29,950,000,000, not 1.759000e+03


def progress():
    """A table of your exercise progress, per lesson and question."""
    from .checks.attempts import progress_table

    return progress_table()
