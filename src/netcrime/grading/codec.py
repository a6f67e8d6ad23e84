"""Grader side of the answer codec: probe inputs out, answers back, by the tag table in ``tags.py``.

Answers are rebuilt from the JSON a kernel emitted, in the grader's own process.
Only plain data comes back: numbers, text, containers, tables (rebuilt as
pandas objects), chart specs (``ChartSpec``, a dict marked as a chart's) and markers for what could not travel.
Nothing is ever unpickled or evaluated.
"""
from __future__ import annotations

import math
from typing import Any

import pandas as pd

from ..checks.question import MISSING
from ..checks.vegalite import ChartSpec
from . import tags as T
from .tags import TAG


class BrokenChart:
    """A chart whose ``to_dict()`` failed in the student's kernel: fails the same way here."""

    mark = "unknown"

    def __init__(self, error: str):
        self.error = error

    def to_dict(self):
        raise ValueError(self.error)

    def __repr__(self) -> str:
        return "<chart that Altair could not build>"


_OPAQUE_TYPES: dict[str, type] = {}


def opaque(type_name: str, shown: str):
    """A stand-in object whose type has the student's type name (so messages name it)."""
    cls = _OPAQUE_TYPES.get(type_name)
    if cls is None:
        safe = type_name if type_name.isidentifier() else "object"
        cls = type(safe, (), {"__repr__": lambda self: self._shown, "__module__": "student"})
        _OPAQUE_TYPES[type_name] = cls
    obj = cls()
    obj._shown = shown
    return obj


class TooLarge:
    """A value too large to bring back (the cap protects the grader's memory)."""

    def __init__(self, type_name: str, why: str):
        self.type_name, self.why = type_name, why

    def __repr__(self) -> str:
        return f"<{self.type_name} too large to grade: {self.why}>"


class Unreadable(TooLarge):
    def __repr__(self) -> str:
        return f"<{self.type_name} the grader could not read: {self.why}>"


def encode(value: Any) -> Any:
    """Grader side: probe inputs to tagged JSON (the kernel decodes them)."""
    if value is Ellipsis:
        return {TAG: T.ELLIPSIS}
    if isinstance(value, float) and not math.isfinite(value):
        return {TAG: T.FLOAT, "repr": repr(value)}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        kind = T.LIST if isinstance(value, list) else T.TUPLE if isinstance(value, tuple) else T.SET
        return {TAG: kind, "items": [encode(v) for v in value]}
    if isinstance(value, dict):
        return {TAG: T.DICT, "items": [[encode(k), encode(v)] for k, v in value.items()]}
    raise TypeError(f"probe inputs must be plain data, not {type(value).__name__}")


def _frame_from(data: dict, kind: str):
    split = data["split"]
    index = split.get("index")
    if kind == T.FRAME:
        value = pd.DataFrame(split.get("data", []), index=index, columns=split.get("columns"))
        for column, dtype in zip(list(value.columns), data.get("dtypes", [])):
            value[column] = _as_dtype(value[column], dtype)
    else:
        value = pd.Series(split.get("data", []), index=index, name=decode(data.get("name")))
        if data.get("dtypes"):
            value = _as_dtype(value, data["dtypes"][0])
    if data.get("index_name") is not None:
        value.index.name = decode(data["index_name"])
    return value


def _as_dtype(column: pd.Series, dtype: str) -> pd.Series:
    try:
        if dtype.startswith("datetime64"):
            return pd.to_datetime(column)
        if dtype in {"object", "str", "string"}:
            return column
        return column.astype(dtype)
    except (TypeError, ValueError):
        return column


def decode(data: Any) -> Any:
    """Kernel JSON back to a Python value (MISSING for a variable never defined)."""
    if isinstance(data, list):  # never produced for containers, kept for safety
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    tag = data.get(TAG)
    if tag == T.MISSING:
        return MISSING
    if tag == T.ELLIPSIS:
        return Ellipsis
    if tag == T.FLOAT:
        return float(data["repr"])
    if tag == T.LIST:
        return [decode(v) for v in data["items"]]
    if tag == T.TUPLE:
        return tuple(decode(v) for v in data["items"])
    if tag == T.SET:
        items = [decode(v) for v in data["items"]]
        try:
            return set(items)
        except TypeError:
            return items
    if tag == T.DICT:
        out = {}
        for key, value in data["items"]:
            key = decode(key)
            try:
                out[key] = decode(value)
            except TypeError:  # an unhashable key (a list): keep its text
                out[repr(key)] = decode(value)
        return out
    if tag == T.NPSCALAR:
        import numpy as np

        try:
            return np.array(decode(data["value"]), dtype=data["dtype"])[()]
        except (TypeError, ValueError):
            return decode(data["value"])
    if tag == T.NDARRAY:
        import numpy as np

        try:
            return np.array(decode(data["items"]), dtype=data["dtype"])
        except (TypeError, ValueError):
            return np.array(decode(data["items"]), dtype=object)
    if tag in {T.FRAME, T.SERIES}:
        return _frame_from(data, tag)
    if tag == T.CHART:
        return ChartSpec(data["spec"])  # marked as a chart's: a plain dict answer is judged as a dict
    if tag == T.CHART_ERROR:
        return BrokenChart(data.get("error", "invalid chart"))
    if tag == T.FUNCTION:
        return opaque(T.FUNCTION, f"<function {data.get('name', '?')}>")
    if tag == T.OPAQUE:
        return opaque(str(data.get("type", "object")), str(data.get("repr", "")))
    if tag == T.TOO_LARGE:
        return TooLarge(str(data.get("type", "value")), str(data.get("why", "")))
    if tag == T.UNREADABLE:
        return Unreadable(str(data.get("type", "value")), str(data.get("why", "")))
    return data

