"""Kernel side: read the declared answers out of a student's namespace as tagged JSON.

This module runs inside the student's kernel (or fork-server child), never in
the grader. The grader injects its *source* (``kernel_source()`` in
``kernel_code.py``) after the source of ``tags.py``, so the code that runs is
the grader's own text, not whatever the student's environment would import,
and it lives in its own namespace: a student's variable called ``json`` or
``pd`` cannot get in its way. It is also an ordinary module, so linters, type
checkers, coverage and ``tests/grading/test_grading_parts.py`` see it.

The only output is a JSON text: ``{"values": {name: tagged}, "probes": {qid: [tagged]}}``.
"""
from __future__ import annotations

try:  # injected into a kernel: the grader has placed the tag table and the time limit in this namespace
    T  # type: ignore[used-before-def]  # noqa: B018
    L  # type: ignore[used-before-def]  # noqa: B018
except NameError:
    from . import tags as T
    from .. import time_limit as L


class _Over(Exception):
    pass


def encode(v, max_items: int, depth: int = 0):
    """A student's value as tagged JSON-able data (raises _Over when too large)."""
    import json
    import math
    import sys

    tag = T.TAG
    if depth > 30:
        raise _Over("nested too deeply")
    if v is None or isinstance(v, (bool, str)):
        return v
    if v is Ellipsis:
        return {tag: T.ELLIPSIS}
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else {tag: T.FLOAT, "repr": repr(v)}
    module = type(v).__module__ or ""
    if module.split(".")[0] == "numpy":
        if type(v).__name__ == "ndarray":
            if v.size > max_items:
                raise _Over("too many items")
            return {tag: T.NDARRAY, "items": encode(v.tolist(), max_items, depth + 1), "dtype": str(v.dtype)}
        if getattr(v, "ndim", None) == 0 and hasattr(v, "item"):
            return {tag: T.NPSCALAR, "value": encode(v.item(), max_items, depth + 1), "dtype": str(v.dtype)}
    if isinstance(v, (list, tuple, set, frozenset)):
        if len(v) > max_items:
            raise _Over("too many items")
        kind = T.LIST if isinstance(v, list) else T.TUPLE if isinstance(v, tuple) else T.SET
        items = list(v)
        if kind == T.SET:
            try:
                items = sorted(items, key=repr)
            except Exception:
                pass
        return {tag: kind, "items": [encode(x, max_items, depth + 1) for x in items]}
    if isinstance(v, dict):
        if len(v) > max_items:
            raise _Over("too many items")
        return {tag: T.DICT, "items": [[encode(k, max_items, depth + 1), encode(x, max_items, depth + 1)]
                                       for k, x in v.items()]}
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(v, (pd.DataFrame, pd.Series)):
        if v.size > max_items:
            raise _Over("too many cells")
        kind = T.FRAME if isinstance(v, pd.DataFrame) else T.SERIES
        out = {tag: kind,
               "split": json.loads(v.to_json(orient="split", date_format="iso", default_handler=str)),
               "index_name": encode(v.index.name, max_items, depth + 1) if not isinstance(v.index.name, tuple) else None}
        if kind == T.FRAME:
            out["dtypes"] = [str(t) for t in v.dtypes]
        else:
            out["dtypes"] = [str(v.dtype)]
            out["name"] = encode(v.name, max_items, depth + 1)
        return out
    if module.split(".")[0] == "altair" and hasattr(v, "to_dict"):
        try:
            return {tag: T.CHART, "spec": v.to_dict()}
        except Exception as exc:
            text = str(exc).strip()
            first = text.splitlines()[0] if text else type(exc).__name__
            return {tag: T.CHART_ERROR, "error": first[:300]}
    if callable(v):
        return {tag: T.FUNCTION, "name": str(getattr(v, "__name__", type(v).__name__))[:100]}
    try:
        shown = repr(v)[:200]
    except Exception:
        shown = "?"
    return {tag: T.OPAQUE, "type": type(v).__name__[:100], "repr": shown}


def decode_input(v):
    """A probe input sent by the grader (plain data only) back to a Python value."""
    if isinstance(v, list):
        return [decode_input(x) for x in v]
    if not isinstance(v, dict):
        return v
    kind = v.get(T.TAG)
    if kind == T.ELLIPSIS:
        return Ellipsis
    if kind == T.FLOAT:
        return float(v["repr"])
    if kind in (T.LIST, T.TUPLE, T.SET):
        items = [decode_input(x) for x in v["items"]]
        return {T.LIST: list, T.TUPLE: tuple, T.SET: set}[kind](items)
    if kind == T.DICT:
        return {decode_input(k): decode_input(x) for k, x in v["items"]}
    return v


def encode_top(v, max_items: int, max_value: int):
    """One answer, or a TOO_LARGE / UNREADABLE marker; never raises an Exception."""
    import json

    try:
        text = json.dumps(encode(v, max_items))
    except _Over as exc:
        return {T.TAG: T.TOO_LARGE, "type": type(v).__name__, "why": str(exc)}
    except Exception as exc:
        return {T.TAG: T.UNREADABLE, "type": type(v).__name__, "why": type(exc).__name__}
    if len(text) > max_value:
        return {T.TAG: T.TOO_LARGE, "type": type(v).__name__, "why": str(len(text)) + " bytes"}
    return json.loads(text)


def extract(ns: dict, spec: dict) -> str:
    """Every declared variable and every probe result, as one JSON text.

    ``spec``: names, probes ({question id: [function name, [tagged inputs]]}),
    max_value_bytes, max_items, call_timeout. Each read and each call is
    stopped after ``call_timeout`` seconds (a repr that never ends must not
    stall the others), the calls of one function by ``time_limit.call_each``,
    the notebook's check's own mechanism; the hard limit on the whole step is
    enforced from outside by the grader.
    """
    import json

    max_items, max_value, timeout = spec["max_items"], spec["max_value_bytes"], spec["call_timeout"]

    def read(name):
        return encode_top(ns[name], max_items, max_value)

    def failed(exc):
        if isinstance(exc, KeyboardInterrupt):  # the grader's cell limit: not this call's business
            raise exc
        if isinstance(exc, SystemExit):  # exit() inside the function ends that call only
            return ("error: SystemExit: the function called exit() or sys.exit(), which ends Python itself; "
                    "return the value instead")
        return "error: %s: %s" % (type(exc).__name__, str(exc)[:300])

    values, probes, threads = {}, {}, {}
    for name in spec["names"]:
        if name not in ns:
            values[name] = {T.TAG: T.MISSING}
            continue
        try:
            values[name] = L.call_limited(read, name, timeout)
        except L.CallTimedOut:
            values[name] = {T.TAG: T.UNREADABLE, "type": type(ns[name]).__name__[:100],
                            "why": "reading it took too long"}
    for key, (name, inputs) in spec["probes"].items():
        func = ns.get(name)
        if not callable(func):
            continue
        left_behind = {}  # the threads its calls started and left running (stopped after each call)
        probes[key] = L.call_each(lambda item: encode_top(func(decode_input(item)), max_items, max_value),
                                  inputs, timeout, on_error=failed, left_behind=left_behind)
        if left_behind:
            threads[key] = left_behind
    return json.dumps({"values": values, "probes": probes, "threads": threads})
