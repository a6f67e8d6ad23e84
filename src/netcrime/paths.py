"""Where the course's files are.

Notebooks run from notebooks/, exercises/ or solutions/, and the grader runs a
student's notebook in a temporary folder. One function answers "where is
data/?" for all of them, explicitly, so no notebook ever hard-codes a path.
"""
from __future__ import annotations

import os
from pathlib import Path

DATA_ENV_VAR = "NETCRIME_DATA_DIR"


def repo_root() -> Path:
    """The course checkout this package was installed from (editable install)."""
    return Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The course's data folder.

    Two places, in this order, and nothing guessed from the current directory
    (which would make the answer depend on where a notebook or a test happens
    to run): the NETCRIME_DATA_DIR environment variable (the grader points it
    at a private copy), else ``data/`` in the course checkout this package was
    installed from (``pip install -e .``, as ``make setup`` does).
    """
    from_env = os.environ.get(DATA_ENV_VAR)
    if from_env:
        return Path(from_env)
    return repo_root() / "data"
