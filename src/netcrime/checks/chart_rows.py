"""The rows a chart draws, after the transforms a checker can follow.

A chart can leave figures out, or draw something other than the figures, without any
encoding changing: a filter (``transform_filter("datum.value > 16500")``) drops a row, a
calculate (``transform_calculate(value="datum.value - 15000")``) shifts every bar. To see
what is drawn, the judge applies the spec's transforms to its inline data: filters
(expressions, field predicates and selections at their initial value), calculates (with d3's
``format``), windows that rank or look at a neighbour (lag, lead), simple aggregates and
joinaggregates, folds, lookups in inline data and time units. A transform it cannot follow makes
the rows unknown (None, with the reason ``follow`` gives), and the chart judge then says it cannot
tell which rows are drawn rather than guess.

Vega expressions are read by translating the few operators they share with Python
(``&&``, ``||``, ``!``, ``===``, ``datum.field``) and evaluating the result over a small,
closed set of syntax nodes: no name, attribute or call outside the list below is reached.
"""
from __future__ import annotations

import ast
import math
import operator
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .values import is_missing_number, is_number


class Unfollowable(Exception):
    """A transform or an expression this module does not evaluate."""


_FUNCTIONS = {
    "abs": abs, "round": round, "floor": math.floor, "ceil": math.ceil, "sqrt": math.sqrt,
    "min": min, "max": max, "toNumber": float, "toString": str, "lower": lambda s: str(s).lower(),
    "upper": lambda s: str(s).upper(), "isValid": lambda v: v is not None and not is_missing_number(v),
    "isNumber": is_number, "log": math.log, "exp": math.exp, "pow": pow,
    "indexof": lambda s, sub: str(s).find(str(sub)), "indexOf": lambda s, sub: str(s).find(str(sub)),
    "format": lambda v, spec: d3_format(v, spec),
    # text and dates, as labels are often cleaned or cut in a calculate (Vega's semantics: replace() with a
    # string changes its first occurrence, month() counts from 0)
    "replace": lambda s, old, new: str(s).replace(str(old), str(new), 1),
    "substring": lambda s, a, b=None: str(s)[int(min(a, b)) if b is not None else int(a):
                                              int(max(a, b)) if b is not None else None],
    "slice": lambda s, a, b=None: s[int(a):int(b) if b is not None else None],
    "trim": lambda s: str(s).strip(), "length": len, "parseFloat": float, "parseInt": lambda s: int(float(s)),
    "toBoolean": bool,
    "year": lambda d: _date_part(d, "year"), "month": lambda d: _date_part(d, "month") - 1,
    "date": lambda d: _date_part(d, "day"), "hours": lambda d: _date_part(d, "hour"),
}


def _date_part(value, part: str) -> int:
    when = _as_datetime(value)
    if when is None:
        raise Unfollowable("date function")
    return getattr(when, part)
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.Mod: operator.mod, ast.Pow: operator.pow}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge}


def _outside_quotes(text: str, char: str) -> list[int]:
    """Where ``char`` occurs in ``text`` outside string literals."""
    found, quote = [], None
    for i, c in enumerate(text):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == char:
            found.append(i)
    return found


def _to_python(expression: str) -> str:
    text = str(expression)
    asks, elses = _outside_quotes(text, "?"), _outside_quotes(text, ":")
    if len(asks) == 1 and len(elses) == 1 and asks[0] < elses[0]:  # one conditional: test ? then : else
        test, then, other = text[:asks[0]], text[asks[0] + 1:elses[0]], text[elses[0] + 1:]
        text = f"if(({test}), ({then}), ({other}))"
    if _outside_quotes(text, "?") or "=>" in text:
        raise Unfollowable("conditional expression")
    text = re.sub(r"\bdatum\.([A-Za-z_]\w*)", r'datum["\1"]', text)
    text = text.replace("===", "==").replace("!==", "!=")
    text = text.replace("&&", " and ").replace("||", " or ")
    text = re.sub(r"!(?!=)", " not ", text)
    text = re.sub(r"\bif\s*\(", "_if(", text)  # Vega's if(test, then, else); 'if' is a Python keyword
    text = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", re.sub(r"\bnull\b", "None", text)))
    return text


def evaluate(expression: str, datum: dict, names: dict | None = None):
    """The value of a (simple) Vega expression for one row; ``Unfollowable`` when it is not simple.

    ``names``: the values of the chart's parameters (``alt.param(value=...)``) an expression may read."""
    try:
        tree = ast.parse(_to_python(expression).strip(), mode="eval")
    except SyntaxError as exc:
        raise Unfollowable(str(exc)) from exc
    return _eval(tree.body, datum, names or {})


def js_text(value) -> str:
    """A value as JavaScript writes it in a string: 62 not 62.0, true not True."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    if value is None:
        return "null"
    return str(value)


_FORMAT = re.compile(r"^(?:(.)?([<>=^]))?([-+( ])?([$#])?(0)?(\d+)?(,)?(?:\.(\d+))?(~)?([%defgprsx])?$")


def d3_format(value, specifier: str) -> str:
    """``value`` formatted as d3-format (Vega's ``format``) writes it, for the common specifiers.

    '.1%', '.0%', '.2p', ',.0f', 'd', '.3g', ',': enough to read a tooltip or a label a chart computes.
    """
    if value is None or is_missing_number(value):
        return "NaN"  # d3 formats a missing value as NaN (the first row's lag)
    found = _FORMAT.match(str(specifier))
    if not found or not is_number(value):
        raise Unfollowable(f"format {specifier!r}")
    _fill, _align, sign, _symbol, _zero, _width, comma, precision, trim, kind = found.groups()
    value = float(value)
    group = "," if comma else ""
    if kind in ("%", "p"):
        value *= 100
    if kind in ("%", "f"):
        text = f"{value:{group}.{6 if precision is None else int(precision)}f}"
    elif kind in ("p", "r"):
        digits = max(1, 6 if precision is None else int(precision))
        rounded = float(f"{value:.{digits}g}")
        decimals = max(0, digits - 1 - math.floor(math.log10(abs(rounded)))) if rounded else digits - 1
        text = f"{rounded:{group}.{decimals}f}"
    elif kind == "d":
        text = f"{round(value):{group}d}"
    elif kind == "e":
        text = f"{value:.{6 if precision is None else int(precision)}e}"
    elif kind in ("g", None):
        if precision is None and kind is None:
            text = f"{value:{group}.12g}"
        else:
            text = f"{value:{group}.{max(1, 6 if precision is None else int(precision))}g}"
    else:
        raise Unfollowable(f"format {specifier!r}")
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-"):
        text = "\u2212" + text[1:]  # d3 writes a minus sign
    elif sign == "+":
        text = "+" + text
    return text + ("%" if kind in ("%", "p") else "")


def _eval(node, datum: dict, names: dict):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_eval(v, datum, names) for v in node.elts]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "datum":
        key = _eval(node.slice, datum, names)
        return datum.get(key)
    if isinstance(node, ast.BoolOp):
        values = [_eval(v, datum, names) for v in node.values]
        if isinstance(node.op, ast.And):
            return all(values)
        return any(values)
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, datum, names)
        if isinstance(node.op, ast.Not):
            return not value
        if isinstance(node.op, ast.USub):
            return -value
        if isinstance(node.op, ast.UAdd):
            return +value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        left, right = _eval(node.left, datum, names), _eval(node.right, datum, names)
        if isinstance(node.op, ast.Add) and (isinstance(left, str) or isinstance(right, str)):
            return js_text(left) + js_text(right)
        if left is None or right is None:
            return None  # a missing value (the first row's lag): nothing is drawn for it
        try:
            return _BINARY[type(node.op)](left, right)
        except (TypeError, ZeroDivisionError) as exc:
            raise Unfollowable(str(exc)) from exc
    if isinstance(node, ast.Compare):
        left = _eval(node.left, datum, names)
        for op, right_node in zip(node.ops, node.comparators):
            right = _eval(right_node, datum, names)
            if type(op) not in _COMPARE:
                raise Unfollowable("comparison")
            try:
                if not _COMPARE[type(op)](left, right):
                    return False
            except TypeError:  # a missing value compared with a number: Vega compares null as false
                return False
            left = right
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_if" \
            and len(node.args) == 3 and not node.keywords:
        chosen = node.args[1] if _eval(node.args[0], datum, names) else node.args[2]
        return _eval(chosen, datum, names)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS \
            and not node.keywords:
        try:
            return _FUNCTIONS[node.func.id](*[_eval(a, datum, names) for a in node.args])
        except (TypeError, ValueError) as exc:
            raise Unfollowable(str(exc)) from exc
    raise Unfollowable(type(node).__name__)


@dataclass(frozen=True)
class Context:
    """What a transform may read besides its rows: the spec's named datasets and its parameters.

    ``params``: name -> the parameter's spec (``alt.param``, ``alt.selection_point`` ...), whose
    ``value`` is what the chart shows before anyone interacts with it.
    """

    datasets: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)

    def names(self) -> dict:
        """The values of the variable parameters an expression may read (``alt.param(value=...)``)."""
        return {name: p.get("value") for name, p in self.params.items() if "select" not in p and "value" in p}


def context_of(spec: dict) -> Context:
    """The datasets and parameters of a whole spec (parameters are declared at the top or in any view)."""
    params: dict = {}

    def collect(node):
        if isinstance(node, dict):
            for p in node.get("params") or []:
                if isinstance(p, dict) and isinstance(p.get("name"), str):
                    params[p["name"]] = p
            for value in node.values():
                if isinstance(value, (dict, list)):
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect({k: v for k, v in spec.items() if k not in ("datasets", "data")} if isinstance(spec, dict) else {})
    return Context(datasets=dict(spec.get("datasets") or {}) if isinstance(spec, dict) else {}, params=params)


_TIME_PARTS = ("year", "quarter", "month", "date", "hours", "minutes", "seconds", "milliseconds")


def _as_datetime(value) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).replace(tzinfo=None)
        except ValueError:
            return None
    if is_number(value) and not is_missing_number(value):  # milliseconds since 1970, as Vega stores dates
        return datetime(1970, 1, 1) + timedelta(milliseconds=float(value))
    return None


def _unit_parts(unit: str) -> list[str]:
    name = str(unit).removeprefix("utc").removeprefix("binned")
    parts, rest = [], name
    for part in _TIME_PARTS:
        if part in rest:
            parts.append(part)
            rest = rest.replace(part, "", 1)
    if rest or not parts:  # 'day' (weekday), 'week', 'dayofyear': not followed
        raise Unfollowable(f"timeUnit {unit}")
    return parts


def time_unit(unit: str, value) -> str | None:
    """A date cut to ``unit`` ('year', 'yearmonth', 'monthdate' ...), as an ISO text like Vega's own dates.

    The parts a unit leaves out take Vega's defaults (year 2012, January, the 1st, midnight)."""
    parts = _unit_parts(unit if isinstance(unit, str) else (unit or {}).get("unit", ""))
    when = _as_datetime(value)
    if when is None:
        return None
    month = when.month if "month" in parts else (3 * ((when.month - 1) // 3) + 1 if "quarter" in parts else 1)
    cut = datetime(when.year if "year" in parts else 2012, month, when.day if "date" in parts else 1,
                   when.hour if "hours" in parts else 0, when.minute if "minutes" in parts else 0,
                   when.second if "seconds" in parts else 0)
    return cut.isoformat()


def _selected(param: dict, row: dict) -> bool:
    """Whether a row is in a selection before anyone interacts: its initial ``value``, or empty."""
    value = param.get("value")
    if value is None:
        return True  # an empty selection keeps every row (Vega-Lite's default, empty=True)
    select = param.get("select")
    select = select if isinstance(select, dict) else {"type": select}
    if select.get("type") != "point":
        raise Unfollowable("interval selection")
    fields = select.get("fields") or []
    chosen = value if isinstance(value, list) else [value]
    for item in chosen:
        if isinstance(item, dict) and all(row.get(k) == v for k, v in item.items()):
            return True
        if not isinstance(item, dict) and len(fields) == 1 and row.get(fields[0]) == item:
            return True
    return False


def predicate(test, row: dict, context: Context | None = None) -> bool:
    """A Vega-Lite filter: an expression string, a field predicate or a selection (and/or/not of them)."""
    context = context or Context()
    if isinstance(test, str):
        return bool(evaluate(test, row, context.names()))
    if not isinstance(test, dict):
        raise Unfollowable("filter")
    if "and" in test:
        return all(predicate(t, row, context) for t in test["and"])
    if "or" in test:
        return any(predicate(t, row, context) for t in test["or"])
    if "not" in test:
        return not predicate(test["not"], row, context)
    if "param" in test:
        param = context.params.get(test["param"])
        if param is None:
            raise Unfollowable("filter by an unknown parameter")
        if "select" not in param:
            return bool(param.get("value"))
        if param.get("value") is None and test.get("empty") is False:
            return False
        return _selected(param, row)
    if "field" not in test:
        raise Unfollowable("filter")
    value = row.get(test["field"])
    if "timeUnit" in test:
        parts = _unit_parts(test["timeUnit"] if isinstance(test["timeUnit"], str) else test["timeUnit"].get("unit", ""))
        when = _as_datetime(value)
        if len(parts) != 1 or when is None:
            raise Unfollowable("filter on a time unit")
        value = {"year": when.year, "quarter": (when.month - 1) // 3 + 1, "month": when.month, "date": when.day,
                 "hours": when.hour, "minutes": when.minute, "seconds": when.second}.get(parts[0])
        if any(isinstance(test.get(k), (dict, str)) for k in ("equal", "lt", "lte", "gt", "gte")):
            raise Unfollowable("filter on a time unit")
    if "equal" in test:
        return value == test["equal"]
    if "oneOf" in test:
        return value in test["oneOf"]
    if "valid" in test:
        return (value is not None and not is_missing_number(value)) == bool(test["valid"])
    if "range" in test:
        low, high = (_comparable(value, bound) for bound in test["range"])
        value = _comparable(value, value)
        return value is not None and (low is None or value >= low) and (high is None or value <= high)
    for key, op in (("lt", operator.lt), ("lte", operator.le), ("gt", operator.gt), ("gte", operator.ge)):
        if key in test:
            bound = _comparable(value, test[key])
            return bound is not None and _comparable(value, value) is not None \
                and op(_comparable(value, value), bound)
    raise Unfollowable("filter")


def _comparable(value, bound):
    """``bound`` in a form comparable with ``value``: numbers as numbers, dates (ISO text, DateTime) as dates."""
    if bound is None:
        return None
    if is_number(value) and is_number(bound):
        return float(bound)
    if isinstance(value, str) and _as_datetime(value) is not None:
        if isinstance(bound, dict):  # a Vega-Lite DateTime: {"year": 2020, "month": 11, "date": 1}
            try:
                return datetime(int(bound.get("year", 2012)), int(bound.get("month", 1)), int(bound.get("date", 1)))
            except (TypeError, ValueError):
                raise Unfollowable("filter on a date") from None
        return _as_datetime(bound) if isinstance(bound, str) else None
    return None


_AGGREGATES = {"sum": sum, "min": min, "max": max, "count": len, "mean": lambda v: sum(v) / len(v),
               "average": lambda v: sum(v) / len(v), "median": lambda v: sorted(v)[len(v) // 2],
               "valid": len, "distinct": lambda v: len(set(v))}
_RANKS = ("rank", "row_number", "dense_rank")
_NEIGHBOURS = ("lag", "lead", "first_value", "last_value")


def _window(rows: list, step: dict) -> list:
    """Windows over the whole table, sorted as the step says: ranks (rank, row_number, dense_rank) and
    neighbours (lag, lead, first_value, last_value), which a chart uses to compute a change."""
    if step.get("groupby") or step.get("frame") not in (None, [None, 0], [None, None]):
        raise Unfollowable("window")
    keys = step.get("sort") or []
    ordered = list(range(len(rows)))
    for key in reversed(keys):
        field_name, descending = key.get("field"), key.get("order") == "descending"
        ordered.sort(key=lambda i: (rows[i].get(field_name) is None, rows[i].get(field_name)), reverse=descending)
    out = [dict(r) for r in rows]
    for op in step.get("window") or []:
        name, kind = op.get("as"), op.get("op")
        if kind in _NEIGHBOURS:
            source, offset = op.get("field"), int(op.get("param") or 1)
            for position, i in enumerate(ordered):
                other = {"lag": position - offset, "lead": position + offset, "first_value": 0,
                         "last_value": len(ordered) - 1}[kind]
                out[i][name] = rows[ordered[other]].get(source) if 0 <= other < len(ordered) else None
            continue
        if kind not in _RANKS:
            raise Unfollowable("window")
        previous, rank, dense = object(), 0, 0
        for position, i in enumerate(ordered, 1):
            current = tuple(rows[i].get(k.get("field")) for k in keys)
            if current != previous:
                rank, dense = position, dense + 1
            out[i][name] = {"rank": rank, "row_number": position, "dense_rank": dense}[kind]
            previous = current
    return out


def _summaries(members: list, ops: list) -> dict:
    new = {}
    for op in ops or []:
        if op.get("op") not in _AGGREGATES:
            raise Unfollowable("aggregate")
        values = [m.get(op.get("field")) for m in members]
        if op["op"] not in ("count", "distinct"):
            values = [v for v in values if is_number(v)]
        new[op.get("as")] = _AGGREGATES[op["op"]](values) if values else None
    return new


def _groups(rows: list, by: list) -> dict[tuple, list]:
    groups: dict[tuple, list] = {}
    for row in rows:
        groups.setdefault(tuple(row.get(f) for f in by), []).append(row)
    return groups


def _aggregate(rows: list, step: dict) -> list:
    by = step.get("groupby") or []
    return [{**dict(zip(by, key)), **_summaries(members, step.get("aggregate"))}
            for key, members in _groups(rows, by).items()]


def _joinaggregate(rows: list, step: dict) -> list:
    """Every row kept, with its group's summary beside it (a total to divide by, a maximum ...)."""
    by = step.get("groupby") or []
    summaries = {key: _summaries(members, step.get("joinaggregate")) for key, members in _groups(rows, by).items()}
    return [{**r, **summaries[tuple(r.get(f) for f in by)]} for r in rows]


def _lookup(rows: list, step: dict, context: Context) -> list:
    """Rows joined to a second table given inline (or as a named dataset); unmatched rows get ``default``."""
    source = step.get("from") or {}
    data = source.get("data") if isinstance(source, dict) else None
    table = data.get("values") if isinstance(data, dict) else None
    if table is None and isinstance(data, dict):
        table = context.datasets.get(data.get("name"))
    if not isinstance(table, list) or "param" in source:
        raise Unfollowable("lookup")
    key, wanted, names = source.get("key"), source.get("fields"), step.get("as")
    index = {}
    for other in table:
        index.setdefault(other.get(key), other)
    out = []
    for row in rows:
        match = index.get(row.get(step.get("lookup")))
        if wanted:
            labels = names if isinstance(names, list) else [names] * len(wanted) if names else wanted
            added = {label: (match.get(f) if match else step.get("default")) for label, f in zip(labels, wanted)}
        elif isinstance(names, str):
            added = {names: dict(match) if match else step.get("default")}
        else:
            added = {k: v for k, v in (match or {}).items()}
        out.append({**row, **added})
    return out


def _step(rows: list, step, context: Context) -> list:
    if not isinstance(step, dict):
        raise Unfollowable("transform")
    if "filter" in step:
        return [r for r in rows if predicate(step["filter"], r, context)]
    if "calculate" in step:
        return [{**r, step["as"]: evaluate(step["calculate"], r, context.names())} for r in rows]
    if "window" in step:
        return _window(rows, step)
    if "joinaggregate" in step:
        return _joinaggregate(rows, step)
    if "aggregate" in step:
        return _aggregate(rows, step)
    if "fold" in step:
        key, value = (step.get("as") or ["key", "value"])[:2]
        return [{**r, key: f, value: r.get(f)} for r in rows for f in step["fold"]]
    if "lookup" in step:
        return _lookup(rows, step, context)
    if "timeUnit" in step:
        return [{**r, step["as"]: time_unit(step["timeUnit"], r.get(step["field"]))} for r in rows]
    raise Unfollowable(next((k for k in step if k not in ("as", "groupby")), "transform"))


def follow(rows: list, transforms, context: Context | None = None) -> tuple[list | None, str | None]:
    """(``rows`` after ``transforms``, None), or (None, the step that could not be followed and why)."""
    context = context or Context()
    for step in transforms or []:
        try:
            rows = _step(rows, step, context)
        except Unfollowable as exc:
            name = next(iter(step), "transform") if isinstance(step, dict) and step else "transform"
            return None, f"{name} ({exc})" if str(exc) != name else name
        except (RecursionError, KeyError, TypeError, ValueError, OverflowError) as exc:
            name = next(iter(step), "transform") if isinstance(step, dict) and step else "transform"
            return None, f"{name} ({type(exc).__name__})"
    return rows, None


def apply_transforms(rows: list, transforms, context: Context | None = None) -> list | None:
    """``rows`` after ``transforms`` (a view's ``transform`` list); None when one cannot be followed."""
    return follow(rows, transforms, context)[0]
