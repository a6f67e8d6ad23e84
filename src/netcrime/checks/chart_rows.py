"""The rows a chart draws, after the transforms a checker can follow.

A chart can leave figures out, or draw something other than the figures, without any
encoding changing: a filter (``transform_filter("datum.value > 16500")``) drops a row, a
calculate (``transform_calculate(value="datum.value - 15000")``) shifts every bar. To see
what is drawn, the judge applies the spec's transforms to its inline data: filters
(expressions and field predicates), calculates, windows that rank, simple aggregates and
folds. A transform it cannot follow makes the rows unknown (None), and the rules that need
rows stay silent rather than guess.

Vega expressions are read by translating the few operators they share with Python
(``&&``, ``||``, ``!``, ``===``, ``datum.field``) and evaluating the result over a small,
closed set of syntax nodes: no name, attribute or call outside the list below is reached.
"""
from __future__ import annotations

import ast
import math
import operator
import re

from .values import is_missing_number, is_number


class Unfollowable(Exception):
    """A transform or an expression this module does not evaluate."""


_FUNCTIONS = {
    "abs": abs, "round": round, "floor": math.floor, "ceil": math.ceil, "sqrt": math.sqrt,
    "min": min, "max": max, "toNumber": float, "toString": str, "lower": lambda s: str(s).lower(),
    "upper": lambda s: str(s).upper(), "isValid": lambda v: v is not None and not is_missing_number(v),
    "isNumber": is_number, "log": math.log, "exp": math.exp, "pow": pow,
    "indexof": lambda s, sub: str(s).find(str(sub)), "indexOf": lambda s, sub: str(s).find(str(sub)),
}
_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.Mod: operator.mod, ast.Pow: operator.pow}
_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge}


def _to_python(expression: str) -> str:
    text = str(expression)
    if "?" in text or "=>" in text:
        raise Unfollowable("conditional expression")
    text = re.sub(r"\bdatum\.([A-Za-z_]\w*)", r'datum["\1"]', text)
    text = text.replace("===", "==").replace("!==", "!=")
    text = text.replace("&&", " and ").replace("||", " or ")
    text = re.sub(r"!(?!=)", " not ", text)
    text = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", re.sub(r"\bnull\b", "None", text)))
    return text


def evaluate(expression: str, datum: dict):
    """The value of a (simple) Vega expression for one row; ``Unfollowable`` when it is not simple."""
    try:
        tree = ast.parse(_to_python(expression).strip(), mode="eval")
    except SyntaxError as exc:
        raise Unfollowable(str(exc)) from exc
    return _eval(tree.body, datum)


def _eval(node, datum: dict):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "datum":
        key = _eval(node.slice, datum)
        return datum.get(key)
    if isinstance(node, ast.BoolOp):
        values = [_eval(v, datum) for v in node.values]
        if isinstance(node.op, ast.And):
            return all(values)
        return any(values)
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, datum)
        if isinstance(node.op, ast.Not):
            return not value
        if isinstance(node.op, ast.USub):
            return -value
        if isinstance(node.op, ast.UAdd):
            return +value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        left, right = _eval(node.left, datum), _eval(node.right, datum)
        if isinstance(node.op, ast.Add) and (isinstance(left, str) or isinstance(right, str)):
            return f"{left}{right}"
        try:
            return _BINARY[type(node.op)](left, right)
        except (TypeError, ZeroDivisionError) as exc:
            raise Unfollowable(str(exc)) from exc
    if isinstance(node, ast.Compare):
        left = _eval(node.left, datum)
        for op, right_node in zip(node.ops, node.comparators):
            right = _eval(right_node, datum)
            if type(op) not in _COMPARE:
                raise Unfollowable("comparison")
            try:
                if not _COMPARE[type(op)](left, right):
                    return False
            except TypeError:  # a missing value compared with a number: Vega compares null as false
                return False
            left = right
        return True
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS \
            and not node.keywords:
        try:
            return _FUNCTIONS[node.func.id](*[_eval(a, datum) for a in node.args])
        except (TypeError, ValueError) as exc:
            raise Unfollowable(str(exc)) from exc
    raise Unfollowable(type(node).__name__)


def predicate(test, row: dict) -> bool:
    """A Vega-Lite filter: an expression string or a field predicate (and/or/not of them)."""
    if isinstance(test, str):
        return bool(evaluate(test, row))
    if not isinstance(test, dict):
        raise Unfollowable("filter")
    if "and" in test:
        return all(predicate(t, row) for t in test["and"])
    if "or" in test:
        return any(predicate(t, row) for t in test["or"])
    if "not" in test:
        return not predicate(test["not"], row)
    if "field" not in test or "timeUnit" in test:
        raise Unfollowable("filter")
    value = row.get(test["field"])
    if "equal" in test:
        return value == test["equal"]
    if "oneOf" in test:
        return value in test["oneOf"]
    if "valid" in test:
        return (value is not None and not is_missing_number(value)) == bool(test["valid"])
    if "range" in test:
        low, high = test["range"]
        return is_number(value) and (low is None or value >= low) and (high is None or value <= high)
    for key, op in (("lt", operator.lt), ("lte", operator.le), ("gt", operator.gt), ("gte", operator.ge)):
        if key in test:
            return is_number(value) and op(value, test[key])
    raise Unfollowable("filter")


_AGGREGATES = {"sum": sum, "min": min, "max": max, "count": len, "mean": lambda v: sum(v) / len(v),
               "average": lambda v: sum(v) / len(v), "median": lambda v: sorted(v)[len(v) // 2]}


def _window(rows: list, step: dict) -> list:
    """Rank-like windows (rank, row_number, dense_rank) over the whole table, sorted as the step says."""
    if step.get("groupby") or step.get("frame") not in (None, [None, 0], [None, None]):
        raise Unfollowable("window")
    keys = step.get("sort") or []
    ordered = list(range(len(rows)))
    for key in reversed(keys):
        field, descending = key.get("field"), key.get("order") == "descending"
        ordered.sort(key=lambda i: (rows[i].get(field) is None, rows[i].get(field)), reverse=descending)
    out = [dict(r) for r in rows]
    for op in step.get("window") or []:
        name, kind = op.get("as"), op.get("op")
        if kind not in ("rank", "row_number", "dense_rank"):
            raise Unfollowable("window")
        previous, rank, dense = object(), 0, 0
        for position, i in enumerate(ordered, 1):
            current = tuple(rows[i].get(k.get("field")) for k in keys)
            if current != previous:
                rank, dense = position, dense + 1
            out[i][name] = {"rank": rank, "row_number": position, "dense_rank": dense}[kind]
            previous = current
    return out


def _aggregate(rows: list, step: dict) -> list:
    groups: dict[tuple, list] = {}
    by = step.get("groupby") or []
    for row in rows:
        groups.setdefault(tuple(row.get(f) for f in by), []).append(row)
    out = []
    for key, members in groups.items():
        new = dict(zip(by, key))
        for op in step.get("aggregate") or []:
            if op.get("op") not in _AGGREGATES:
                raise Unfollowable("aggregate")
            values = [m.get(op.get("field")) for m in members]
            if op["op"] != "count":
                values = [v for v in values if is_number(v)]
            new[op.get("as")] = _AGGREGATES[op["op"]](values) if values else None
        out.append(new)
    return out


def apply_transforms(rows: list, transforms) -> list | None:
    """``rows`` after ``transforms`` (a view's ``transform`` list); None when one cannot be followed."""
    try:
        for step in transforms or []:
            if not isinstance(step, dict):
                return None
            if "filter" in step:
                rows = [r for r in rows if predicate(step["filter"], r)]
            elif "calculate" in step:
                rows = [{**r, step["as"]: evaluate(step["calculate"], r)} for r in rows]
            elif "window" in step:
                rows = _window(rows, step)
            elif "aggregate" in step:
                rows = _aggregate(rows, step)
            elif "fold" in step:
                key, value = (step.get("as") or ["key", "value"])[:2]
                rows = [{**r, key: f, value: r.get(f)} for r in rows for f in step["fold"]]
            else:
                return None
    except (Unfollowable, RecursionError, KeyError, TypeError):
        return None
    return rows
