"""Course-wide switches an instructor or CI controls.

- Assignment mode hides worked solutions. A student build made with
  ``python -m netcrime student-build`` is always in assignment mode (it holds
  no solution text at all, and a file ``ASSIGNMENT_BUILD`` in the package says
  so). In the course checkout, turn it on with the environment
  variable NETCRIME_ASSIGNMENT_MODE=1, or by placing a file named
  ``.netcrime-assignment`` in the course folder (next to data/) or any folder
  above the notebook, e.g. on a JupyterHub where students cannot change it.
- Strict mode makes a failed check raise ``CheckFailed`` (CI uses it to prove
  the solutions pass). Turn it on with NETCRIME_STRICT=1.
"""
from __future__ import annotations

import os
from pathlib import Path

ASSIGNMENT_ENV = "NETCRIME_ASSIGNMENT_MODE"
ASSIGNMENT_FILE = ".netcrime-assignment"
STRICT_ENV = "NETCRIME_STRICT"
_TRUE = {"1", "true", "yes", "on"}


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in _TRUE


BUILD_MARKER = Path(__file__).resolve().parents[1] / "ASSIGNMENT_BUILD"


def assignment_mode() -> bool:
    if BUILD_MARKER.exists() or _flag(ASSIGNMENT_ENV):
        return True
    here = Path.cwd().resolve()
    return any((folder / ASSIGNMENT_FILE).exists() for folder in (here, *here.parents))


def strict_mode() -> bool:
    return _flag(STRICT_ENV)


class CheckFailed(AssertionError):
    """Raised by a check in strict mode when the answer does not pass."""
