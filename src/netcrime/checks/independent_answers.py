"""A third source of plausible wrong answers, made from each question's own inputs, not from the engine's slips.

``wrong_answers`` and ``transformed_answers`` apply the kinds of mistake the engine knows (powers of ten, the
release's figures near the answer, every other option ...): their shares measure the engine against its own
list, and an outside reviewer's set measured lower. This source knows no slip of ``slips`` and no option list of a
judge. It reads only what a student reads: the question's prompt, its worked solution's code (the figures it names
and the numbers it writes) and the right answer, and makes what a student who went wrong on the way would give:

- arithmetic on the question's figures: each pair added, subtracted, multiplied, divided either way;
- one of the figures given as the result, or the figure in the next or previous row of its table (off by a row);
- the right answer cut off (truncated) instead of rounded, or rounded to a whole number;
- the answer of the question before or after;
- the answer kept inside a container (a one-item list, a one-element Series), written as text with a unit;
- for a dict: two keys' values swapped, a key left out, each value given the next key's value (off by a column);
- for a label: the next or previous option letter, two letters at once, a one-word code cut in half;
- for a list: the first item only, the list with an extra item;
- for a table: the last row left out, a row twice, a column left out.
"""
from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from .values import close, is_number

_ID = re.compile(r"""["']([a-z][a-z0-9_]+)["']""")
_NUMBER = re.compile(r"(?<![\w.])(\d[\d_,]*(?:\.\d+)?)(?![\w.])")


def _figure_table() -> pd.DataFrame:
    from .. import data

    first = data.release_figures()[["id", "value"]]
    later = data.releases()[["id", "value"]]
    return pd.concat([first.assign(table="release_figures"), later.assign(table="releases")], ignore_index=True)


def question_inputs(prompt: str, code: str) -> list[tuple[str, float]]:
    """(label, value) of the figures a question works with: the data figures its worked solution names by id,
    then the numbers its prompt and solution write (years and single digits left out)."""
    table = _figure_table()
    ids = dict(zip(table["id"], table["value"]))
    found: dict[str, float] = {}
    for name in _ID.findall(code or ""):
        if name in ids and not pd.isna(ids[name]):
            found.setdefault(name, float(ids[name]))
    for text in (prompt or "", code or ""):
        for printed in _NUMBER.findall(text):
            try:
                value = float(printed.replace(",", "").replace("_", ""))
            except ValueError:
                continue
            if value < 10 or (value.is_integer() and 1990 <= value <= 2035):  # a year is no figure to combine
                continue
            found.setdefault(printed, value)
    unique = {}
    for label, value in found.items():  # '86' in the prompt and '86%' in the code are one figure
        unique.setdefault(value, label)
    return [(label, value) for value, label in unique.items()]


def _neighbour_rows(name: str) -> list[tuple[str, float]]:
    """The figures in the rows just above and below ``name`` in its own table (off by a row)."""
    table = _figure_table()
    rows = table.index[table["id"] == name].tolist()
    if not rows:
        return []
    row = rows[0]
    same = table[table["table"] == table.loc[row, "table"]]
    out = []
    for other in (row - 1, row + 1):
        if other in same.index and not pd.isna(same.loc[other, "value"]):
            out.append((str(same.loc[other, "id"]), float(same.loc[other, "value"])))
    return out


_OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
        "/": lambda a, b: a / b if b else math.nan}


def _different(value: float, right: float) -> bool:
    return math.isfinite(value) and not close(value, right, rel_tol=2e-3, abs_tol=1e-9)


def wrong_numbers(right: float, inputs: list[tuple[str, float]], neighbours: tuple = ()) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    values = [v for _, v in inputs]
    made_by = [(a, op, b) for a in range(len(values)) for b in range(len(values)) if a != b
               for op in _OPS if close(_OPS[op](values[a], values[b]), right, rel_tol=1e-6)]
    for a in range(len(values)):
        for b in range(len(values)):
            if a == b:
                continue
            for op, fn in _OPS.items():
                result = fn(values[a], values[b])
                if _different(result, right):
                    out.append(("arithmetic on the question's figures", result))
    for _, value in inputs:
        if _different(value, right):
            out.append(("a figure given as the result", value))
    for a, op, b in made_by:  # the same calculation with a figure from the next or previous row
        for position in (a, b):
            for _, other in _neighbour_rows(inputs[position][0]):
                swapped = list(values)
                swapped[position] = other
                result = _OPS[op](swapped[a], swapped[b])
                if _different(result, right):
                    out.append(("the next row's figure", result))
    if not float(right).is_integer():
        for places in (0, 1, 2):
            cut = math.trunc(right * 10 ** places) / 10 ** places
            if _different(cut, right) and not close(cut, round(right, places), rel_tol=1e-9):
                out.append(("cut off, not rounded", cut))
        if abs(right) >= 1 and _different(round(right), right):
            out.append(("rounded to a whole number", float(round(right))))
    for other in neighbours:
        if is_number(other) and _different(float(other), right):
            out.append(("a neighbouring question's answer", other))
    out += [("inside a one-item list", [right]), ("inside a one-element Series", pd.Series([right])),
            ("as text with a unit", f"{right:,} in total")]
    return out


def _letter_neighbours(letter: str) -> list[str]:
    return [chr(ord(letter) + step) for step in (-1, 1) if "a" <= chr(ord(letter) + step) <= "d"]


def wrong_labels(right: str) -> list[tuple[str, Any]]:
    text = right.strip()
    if len(text) == 1 and text.isalpha():
        out = [("the next or previous option", other) for other in _letter_neighbours(text.lower())]
        return out + [("two options at once", f"{text}, {other}") for other in _letter_neighbours(text.lower())[:1]]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):  # a date: the year alone may be a fair reading
        return []
    if " " in text:  # a label's first word may be a fair short form ('enforcement' for 'enforcement activity')
        return []
    return [("half of the label", text[: max(1, len(text) // 2)])]


def wrong_dicts(right: dict) -> list[tuple[str, Any]]:
    keys = list(right)
    out: list[tuple[str, Any]] = []
    if len(keys) >= 2:
        for first, second in zip(keys, keys[1:]):
            if repr(right[first]) != repr(right[second]):
                out.append(("two keys' values swapped", {**right, first: right[second], second: right[first]}))
        shifted = {key: right[keys[(i + 1) % len(keys)]] for i, key in enumerate(keys)}
        if any(repr(shifted[k]) != repr(right[k]) for k in keys):
            out.append(("every value one key along", shifted))
        out.append(("a key left out", {k: v for k, v in right.items() if k != keys[-1]}))
    for key in keys[:2]:
        out.append(("an item inside a one-element Series", {**right, key: pd.Series([right[key]])}))
    return out


def wrong_lists(right: list) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    if len(right) >= 2:
        out.append(("the first item only", right[:1]))
        out.append(("the last item left out", right[:-1]))
        out.append(("the list as one text", ", ".join(map(str, right))))
    return out


def wrong_tables(right) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    if len(right) >= 2:
        out.append(("the last row left out", right.iloc[:-1]))
        out.append(("a row twice", pd.concat([right, right.iloc[[-1]]])))
    if isinstance(right, pd.DataFrame) and len(right.columns) >= 2:
        out.append(("a column left out", right.drop(columns=right.columns[-1])))
    return out


def independent_wrong(right: Any, *, prompt: str = "", code: str = "", neighbours: tuple = ()) -> list[tuple[str, Any]]:
    """(class, wrong answer) for one right value, made from the question's inputs (see the module's docstring)."""
    if isinstance(right, bool):
        return [("the other truth value", not right)]
    if is_number(right):
        return wrong_numbers(float(right), question_inputs(prompt, code), neighbours)
    if isinstance(right, str):
        return wrong_labels(right)
    if isinstance(right, dict):
        return wrong_dicts(right)
    if isinstance(right, (list, tuple)):
        return wrong_lists(list(right))
    if isinstance(right, (pd.DataFrame, pd.Series)):
        return wrong_tables(right)
    return []
