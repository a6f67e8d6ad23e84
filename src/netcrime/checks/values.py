"""Recognising what kind of value a student gave, and naming it in plain words.

Shared by every comparator so that "you gave a Series; this question wants a
number" reads the same everywhere.
"""
from __future__ import annotations

import functools
import math
import numbers
import unicodedata

import pandas as pd


def is_placeholder(value) -> bool:
    """True for ``...`` or a container still holding ``...``."""
    if value is Ellipsis:
        return True
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(v is Ellipsis for v in value)
    if isinstance(value, dict):
        return any(v is Ellipsis for v in value.values())
    return False


def one_value(value) -> tuple[bool, object]:
    """(True, the value inside) for a one-element Series, DataFrame, array, list or tuple; (False, None) else.

    The one test of "a value left inside a container" (what ``df.loc[...]`` or ``.values`` give): the
    comparators and the dict judges' item checks each word their own sentence about it from this.
    """
    import numpy as np

    if isinstance(value, (pd.Series, pd.DataFrame, np.ndarray)) and value.size == 1:
        inner = value.item() if not isinstance(value, pd.DataFrame) else value.iloc[0, 0]
        return True, inner.item() if isinstance(inner, np.generic) else inner
    if isinstance(value, (list, tuple)) and len(value) == 1 and not isinstance(value[0], (list, tuple, dict)):
        return True, value[0]
    return False, None


def is_number(value) -> bool:
    """Python, numpy and pandas numbers count; booleans and pandas' NA do not."""
    if isinstance(value, bool) or value is None:
        return False
    try:
        import numpy as np

        if isinstance(value, np.bool_):
            return False
    except ImportError:  # pragma: no cover - numpy comes with pandas
        pass
    return isinstance(value, numbers.Number) and not isinstance(value, complex)


def close(a, b, rel_tol: float = 1e-6, abs_tol: float = 1e-9) -> bool:
    """The course's one notion of "the same number": relative tolerance, with a floor near zero.

    Every comparison of a student's number with an expected one goes through
    here, so tolerances are chosen (and read) in one place; a question that
    needs a looser one passes ``rel_tol``.
    """
    return math.isclose(float(a), float(b), rel_tol=rel_tol, abs_tol=abs_tol)


def is_missing_number(value) -> bool:
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError, OverflowError):
        return False


def describe(value) -> str:
    """A short, friendly name for what the student gave."""
    if value is None:
        return "None (nothing: did the cell assign a value, or does a function forget to return?)"
    if isinstance(value, bool):
        return f"the boolean {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"the text {shown!r}"
    if is_number(value):
        return f"the number {value!r}"
    if isinstance(value, pd.DataFrame):
        cols = ", ".join(map(str, list(value.columns)[:6]))
        return f"a DataFrame with {len(value)} rows and columns [{cols}]"
    if isinstance(value, pd.Series):
        return f"a Series of {len(value)} values"
    if isinstance(value, dict):
        return f"a dict with {len(value)} entries"
    if isinstance(value, (list, tuple, set, frozenset)):
        return f"a {type(value).__name__} of {len(value)} items"
    if callable(value) and hasattr(value, "__name__"):
        return f"the function {value.__name__}"
    return f"a {type(value).__name__}"


def normalise_text(value: str) -> str:
    """Case, spacing and full-width characters do not matter in text answers."""
    if type(value) is str:
        return _normalised(value)
    return _normalise(value)  # a str subclass or not text at all: not cached (it may be unhashable, or raise)


@functools.lru_cache(maxsize=65536)  # a pure function of the text: reading a label normalises every label each time
def _normalised(value: str) -> str:
    return _normalise(value)


def _normalise(value: str) -> str:
    text = unicodedata.normalize("NFKC", value)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())
