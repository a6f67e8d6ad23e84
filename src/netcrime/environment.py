"""The environment self-check shown in notebooks/00_start_here.ipynb.

Compares installed versions with what pyproject.toml asks for, so a student
on a JupyterHub or Binder can see at once whether the set-up is right.
"""
from __future__ import annotations

import sys
from importlib import metadata

import pandas as pd

from .supported_python import MINIMUM as MINIMUM_PYTHON

# package -> (import name, the lowest version the course supports)
REQUIRED = {
    "jupyterlab": "4.4",
    "pandas": "2.2",
    "altair": "6.3",
    "ipywidgets": "8.1",
    "vl-convert-python": "1.9",
}


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def report() -> pd.DataFrame:
    """One row per package: installed version, minimum, and whether it is fine."""
    rows = [{"package": "python", "installed": sys.version.split()[0],
             "needs at least": ".".join(map(str, MINIMUM_PYTHON)), "ok": sys.version_info >= MINIMUM_PYTHON}]
    for package, minimum in REQUIRED.items():
        try:
            installed = metadata.version(package)
            ok = _version_tuple(installed) >= _version_tuple(minimum)
        except metadata.PackageNotFoundError:
            installed, ok = "not installed", False
        rows.append({"package": package, "installed": installed, "needs at least": minimum, "ok": ok})
    return pd.DataFrame(rows)
