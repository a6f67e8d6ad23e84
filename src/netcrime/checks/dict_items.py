"""The form of each value in a dict answer, read before the dict's own judge.

A dict judge compares each value with the key's right value; a value of the wrong form (a one-element
Series from ``df.loc[...]``, the text 'True', the text '795') then reads as a wrong answer and gets the
misconception of a wrong value, which the student did not make. ``item_form`` is the one sentence about
an item's form, used three ways:

- ``held_item``: every judge (``judge.Judge``) names a one-element Series, DataFrame or array inside a dict
  answer before its own logic runs, whatever the question (no right answer holds one);
- ``compare.item_slip``: any dict judge asks it about the item it finds wrong (the text 'True' for a bool,
  the text '795' for a number, 1 for True);
- ``typed_items`` wraps a dict judge so that every item's form is read first.
"""
from __future__ import annotations

from typing import Any

from .judge import Judge, as_judge
from .outcome import NUMBER_AS_TEXT, ONE_VALUE_IN_A_SERIES, Outcome, Problem, wrong_type
from .values import is_number, one_value

BOOL_AS_TEXT, BOOL_AS_NUMBER = "bool_as_text", "bool_as_number"
FORM_OF_ITEMS = {
    BOOL_AS_TEXT: "wrote True or False as text in quotes where the bool itself is wanted",
    BOOL_AS_NUMBER: "gave 1 or 0 where True or False is wanted",
}
# Every code ``item_form`` gives: a form slip in an item, which a dict judge names before its own
# misconception for the key (that would say the student thought something they did not).
ITEM_FORM_CODES = frozenset({ONE_VALUE_IN_A_SERIES, NUMBER_AS_TEXT, *FORM_OF_ITEMS})
_TRUE_WORDS, _FALSE_WORDS = {"true", "yes", "y", "t"}, {"false", "no", "n", "f"}


def _container(value) -> str:
    name = type(value).__name__
    return {"ndarray": "NumPy array", "DataFrame": "one-cell DataFrame"}.get(name, name)


def item_form(key: str, value: Any, kind: str) -> Outcome | None:
    """A sentence for a value of the wrong form under ``key`` (``kind``: 'bool' or 'number'); None if its form
    is right (whether the value itself is right is the dict judge's business). ``kind`` None reads only a value
    left inside a container."""
    import numpy as np

    inside, inner = one_value(value)
    if inside:
        how = (".item() or .iloc[0]" if hasattr(value, "iloc") else ".item()") \
            if not isinstance(value, (list, tuple)) else "[0]"
        return wrong_type(Problem(f"For {key!r} you gave a one-element {_container(value)} holding {inner!r}: give the "
                          f"value, not a {_container(value)}: {inner!r} itself (take it out with {how}).", ONE_VALUE_IN_A_SERIES))
    if kind == "bool":
        if isinstance(value, (bool, np.bool_)):
            return None
        if isinstance(value, str) and value.strip().casefold() in _TRUE_WORDS | _FALSE_WORDS:
            as_bool = value.strip().casefold() in _TRUE_WORDS
            return wrong_type(Problem(f"For {key!r} you wrote the text {value!r}: give a bool, {as_bool} without quotes "
                              "(a comparison such as a <= b gives one).", BOOL_AS_TEXT))
        if is_number(value) and float(value) in (0.0, 1.0):
            return wrong_type(Problem(f"For {key!r} you gave the number {value!r}: give a bool, {bool(value)} (a comparison "
                              "such as a <= b gives one).", BOOL_AS_NUMBER))
    if kind == "number" and isinstance(value, str):
        try:
            number = float(value.replace(",", "").strip())
        except ValueError:
            return None
        return wrong_type(Problem(f"For {key!r} you wrote the text {value!r}: give the number, {number:g}, without quotes.", NUMBER_AS_TEXT))
    return None


def wanted_kind(wanted) -> str | None:
    """'bool' or 'number' for the right value of an item (what ``item_form`` reads it as), else None."""
    import numpy as np

    if isinstance(wanted, (bool, np.bool_)):
        return "bool"
    return "number" if is_number(wanted) else None


def held_item(answer) -> Outcome | None:
    """The verdict on the first item of a dict answer that is a one-element Series, DataFrame or NumPy array
    (what ``df.loc[...]``, ``df[mask]['col']`` or ``.values`` give): the key named, the value inside shown, with
    .item() to take it out. None for anything else (a one-element list may be a right item: the dict's own
    judge reads it against the item it wants)."""
    if not isinstance(answer, dict):
        return None
    for key, item in answer.items():
        if hasattr(item, "size") and hasattr(item, "ndim") and one_value(item)[0]:
            return item_form(str(key), item, None)
    return None


def typed_items(judge, kind: str) -> Judge:
    """``judge`` (a dict judge) with each value's form read first: see ``item_form``."""
    inner = as_judge(judge)

    def judged(value, *rest) -> Outcome:
        if isinstance(value, dict):
            for key, item in value.items():
                problem = item_form(str(key), item, kind)
                if problem is not None:
                    return problem
        return inner(value, *rest)

    return Judge(judged, {**inner.misconceptions, **FORM_OF_ITEMS})


def numbers_for_keys(value, keys) -> dict | None:
    """The dict a text or a list was meant to be ('8 and 7', [4, 3] where {'in_total': ..., 'besides_ministry': ...}
    is asked): its numbers, as many as ``keys`` and in their order; None otherwise.

    A dict question answered with its numbers written out is a slip of form; reading the numbers lets the verdict
    also say what they are (review round 11: '8 and 7' on lesson 05 q4 heard only 'give a dict')."""
    import re

    keys = tuple(keys)
    if isinstance(value, str):
        if len(value) > 200:  # a passage is no pair of numbers: read no further
            return None
        found = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", value)]
    elif isinstance(value, (list, tuple)) and all(is_number(v) and not isinstance(v, bool) for v in value):
        found = [float(v) for v in value]
    else:
        return None
    return dict(zip(keys, found)) if len(found) == len(keys) else None


def series_as_dict(value, keys) -> dict | None:
    """The dict a pandas Series labelled with exactly the dict's keys holds (pd.Series({'in_total': 4, ...})), or
    None. Its labels are the keys and its values the answers, so it is the answer in another container: read as the
    dict, with a note (round 14; ``compare.mapping`` already reads a Series so)."""
    import pandas as pd

    if not isinstance(value, pd.Series) or value.index.has_duplicates or len(value) != len(tuple(keys)):
        return None
    as_dict = {str(key): item for key, item in value.items()}
    return as_dict if set(as_dict) == {str(key) for key in keys} else None


SERIES_NOTE = "(Read your Series by its labels, as the dict the question asks for; .to_dict() makes one.)"


def read_as_dict(value, keys, judge) -> Outcome | None:
    """The verdict on a text or list holding the numbers of a dict answer: the dict's form asked for, and what the
    numbers themselves show (``judge`` on the dict they make); on a Series labelled with the dict's keys, the dict's
    own verdict with a note (``series_as_dict``); None when ``value`` is none of these."""
    from .outcome import incorrect, with_note

    if (labelled := series_as_dict(value, keys)) is not None:
        return with_note(judge(labelled), SERIES_NOTE)
    meant = numbers_for_keys(value, keys)
    if meant is None:
        return None
    verdict = judge(meant)
    shown = ", ".join(f"{key!r}: {v:g}" for key, v in meant.items())
    form = (f"You gave {'the text ' + repr(value) if isinstance(value, str) else 'a list'}; the question asks for a "
            f"dict ({{{shown}}}).")
    if verdict.passed:
        return wrong_type(Problem(f"{form} Your numbers are right: store them in that dict.",
                                  "gave_text" if isinstance(value, str) else "gave_a_list"))
    return incorrect(f"{form} Read that way: {verdict.message}", verdict.misconception
                     or ("gave_text" if isinstance(value, str) else "gave_a_list"))
