"""A second, differently built source of plausible wrong answers: systematic transformations.

``wrong_answers`` makes a few answers per class of mistake, chosen by hand for each type of answer;
a measure that only uses it can only find what its author thought of. This module is built the
other way round: it applies every transformation of a fixed list to every right answer, item by
item, without looking at what the judges know:

- numbers: times and divided by 10, 100, 1,000, 10,000, 100,000, a million and 10^8; one more
  and one less (counts); the release's three nearest figures (counts); rounded to one significant
  figure, and a count to two or cut to hundreds; a percentage for a share and the reverse; the rest
  of a share (1 - x); the sign; the ratio upside down; and the forms: a one-element array (what
  ``.values`` gives), a number as text with a thousands comma;
- words and option letters: every other option, as written and with a slip of the keyboard or in
  capitals (which must read as that option), and the other options' everyday synonyms
  (``SYNONYMS``: 'went up' for rose);
- dicts: each item in turn changed by the transformations of its type (a number's, a label's:
  every other label, a boolean flipped), and one item given as text ('True') or inside a Series;
- lists: each item left out in turn, each other option added;
- Series and tables: every value times 100 and times 10, one label or column twice;
- functions: a function giving the right result times 10 or divided by 10,000 (a unit left out);
- charts: bars drawn as a line or an area, any other mark drawn as bars.

``fair_forms`` makes the right answer's fair forms the same way (everyday synonyms, a typo in a
long word, capitals, hyphens), which must be accepted. ``netcrime.checks.named`` measures both
sources (docs/named_verdicts.md).
"""
from __future__ import annotations

import math
from typing import Any, Callable, Iterator

import numpy as np
import pandas as pd

from .labels import label_key
from .values import finite_number, round_significant  # one way to read a number and round it, shared

Variant = tuple[str, Any]

SCALES = (10.0, 100.0, 1e3, 1e4, 1e5, 1e6, 1e8)

# Everyday words for the course's option words: a student who writes one of them means that option.
SYNONYMS = {
    "rose": ("went up", "increased", "rise", "grew"),
    "fell": ("went down", "decreased", "dropped", "declined"),
    "flat": ("unchanged", "stayed the same", "level"),
    "2021-01-01": ("1 January 2021", "January 1, 2021", "2021/1/1", "2021年1月1日"),
    "rounded": ("approx", "approximate", "about"),
    "lower bound": ("at least", "more than", "minimum"),
    "exact": ("exactly", "precise"),
    "police": ("the police",),
    "survey": ("the survey", "a survey"),
}


def _differs(a: float, b: float) -> bool:
    return not math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-12)


def numbers(right: float, *, figures: Callable[[], Any] | None = None) -> Iterator[Variant]:
    """Every transformation of the list above that changes ``right``."""
    whole = right.is_integer()
    for factor in SCALES:
        yield f"x{factor:.0f}", right * factor
        yield f"/{factor:.0f}", right / factor
    if whole:
        yield "one more", right + 1
        yield "one less", right - 1
        if abs(right) >= 100:
            two = round_significant(right, 2)
            if _differs(two, right):
                yield "a count rounded to 2 figures", two
            cut = math.trunc(right / 100) * 100
            if cut and _differs(cut, right):
                yield "a count cut to hundreds", float(cut)
        for value in _nearest(right, figures):
            yield "a neighbouring figure of the release", value
    one = round_significant(right, 1)
    if _differs(one, right) and not (not whole and math.isclose(one, round_significant(right, 2))):
        yield "rounded to 1 figure", one
    if 0 < abs(right) < 1:
        yield "a percentage for a share", right * 100
        yield "the rest of the share", 1 - right
    elif not whole:
        yield "a share for a percentage", right / 100
    if right:
        yield "the sign", -right
        if abs(right) != 1 and _differs(1 / right, right):
            yield "upside down", 1 / right


def _nearest(right: float, figures) -> list[float]:
    if figures is None:
        from .slips import release_figures as figures
    if not right:
        return []
    near = sorted((abs(math.log10(abs(v / right))), v) for _, v in figures()
                  if v and v * right > 0 and _differs(v, right) and 0.2 <= v / right <= 5)
    return list(dict.fromkeys(v for _, v in near))[:3]


def number_forms(right: float) -> Iterator[Variant]:
    """The right number in a form that is not a number."""
    yield "one value in an array", np.array([right])
    if abs(right) >= 1000 and right.is_integer():
        yield "a number as text with a comma", f"{int(right):,}"
    else:
        yield "a number as text", repr(right)


def words(right: str, options: tuple[str, ...]) -> Iterator[Variant]:
    """Every other option, as written, in capitals, with a slip of the keyboard, and its synonyms."""
    others = [o for o in options if label_key(o) != label_key(right)]
    if not others and len(label_key(right)) == 1:
        others = [letter for letter in "abcd" if letter != label_key(right)]
    for other in others:
        yield "another option", other
        yield "another option in capitals", other.upper()
        if len(other) >= 6 and label_key(_typo(other)) != label_key(right):  # '2021-10-01' swapped is the right date
            yield "another option with a typo", _typo(other)
        for synonym in SYNONYMS.get(label_key(other), ()):
            if label_key(synonym) != label_key(right):
                yield "another option in other words", synonym


def _typo(word: str) -> str:
    """Two neighbouring letters swapped in the middle of the word (never the first)."""
    i = len(word) // 2
    return word[:i] + word[i + 1] + word[i] + word[i + 2:] if word[i] != word[i + 1] else word[:i] + word[i + 1:]


ITEM_NUMBER_KINDS = ("x10", "/10", "x10000", "/10000", "a neighbouring figure of the release", "x100", "/100",
                     "one more", "a percentage for a share", "a share for a percentage")


def dict_items(right: dict, options: tuple[str, ...], *, per_item: int = 4) -> Iterator[Variant]:
    """Each item in turn changed by its type's transformations (at most ``per_item`` per item)."""
    labels = [o for o in dict.fromkeys([*options, *(v for v in right.values() if isinstance(v, str))])]
    for key, value in right.items():
        made: list[Variant] = []
        if isinstance(value, bool):
            made += [("an item flipped", not value), ("an item as text", str(value))]
        elif (x := finite_number(value)) is not None:
            made += [(f"an item {kind}", v) for kind, v in numbers(x) if kind in ITEM_NUMBER_KINDS]
            made.append(("an item inside a Series", pd.Series([value])))
        elif isinstance(value, str):
            made += [("an item with another label", other) for other in labels if label_key(other) != label_key(value)]
        for kind, wrong in made[:per_item]:
            yield kind, {**right, key: wrong}


def lists(right: list, options: tuple[str, ...]) -> Iterator[Variant]:
    for i in range(len(right)):
        if len(right) > 1:
            yield "an item left out", right[:i] + right[i + 1:]
    for other in options:
        if other not in right:
            yield "another option added", [*right, other]


def tables(right) -> Iterator[Variant]:
    if isinstance(right, pd.Series):
        if pd.api.types.is_numeric_dtype(right) and not pd.api.types.is_bool_dtype(right) and right.abs().sum():
            yield "every value x100", right * 100
            yield "every value x10", right * 10
        if len(right):
            yield "a label twice", pd.concat([right, right.iloc[-1:]])
    elif isinstance(right, pd.DataFrame):
        numeric = [c for c in right.select_dtypes("number").columns if not pd.api.types.is_bool_dtype(right[c])]
        for column in numeric[-1:]:
            for factor in (100, 10):
                changed = right.copy()
                changed[column] = right[column] * factor
                yield f"a column x{factor}", changed
        if len(right.columns):
            yield "a column twice", pd.concat([right, right.iloc[:, -1:]], axis=1)


def functions(right: Callable, probe: Callable[[], Any] | None = None) -> Iterator[Variant]:
    """Only for a function that gives numbers (on the question's own probe inputs)."""
    try:
        outputs = [right(item) for item in (probe() if probe is not None else ())]
    except Exception:  # the right function failing is not this module's business
        outputs = []
    if not outputs or any(finite_number(o) is None for o in outputs):
        return

    def scaled(factor):
        def wrong(text):
            result = right(text)
            return result * factor if finite_number(result) is not None else result
        return wrong
    yield "a function x10", scaled(10)
    yield "a function without its unit", scaled(1e-4)


def charts(spec: dict) -> Iterator[Variant]:
    """The first view's mark turned into a mark that draws another kind of chart: bars into a line or an area
    (a trend, a stack), any other mark into bars (points, ticks and circles can be as fair as bars: not made)."""
    import copy

    mark = spec.get("mark")
    name = mark.get("type") if isinstance(mark, dict) else mark
    if not isinstance(name, str):
        return
    for other in (("line", "area") if name == "bar" else ("bar",)):
        if other != name:
            changed = copy.deepcopy(spec)
            if isinstance(changed["mark"], dict):
                changed["mark"]["type"] = other
            else:
                changed["mark"] = other
            yield f"mark {other}", changed


def transformed(right: Any, *, options: tuple[str, ...] = (), figures=None,
                probe: Callable[[], Any] | None = None) -> list[Variant]:
    """Every systematic transformation of one right value (see the module's docstring)."""
    if isinstance(right, bool):
        return [("flipped", not right), ("as text", str(right))]
    if (x := finite_number(right)) is not None:
        return [*numbers(x, figures=figures), *number_forms(x)]
    if isinstance(right, str):
        return list(words(right, options))
    if isinstance(right, dict):
        return list(dict_items(right, options))
    if isinstance(right, (list, tuple)):
        return list(lists(list(right), options))
    if isinstance(right, (pd.Series, pd.DataFrame)):
        return list(tables(right))
    if callable(right) and not hasattr(right, "to_dict"):
        return list(functions(right, probe))
    from .vegalite import spec_of

    try:
        spec = spec_of(right)
    except Exception:  # not a chart either: nothing to transform
        return []
    return list(charts(spec)) if isinstance(spec, dict) else []


def fair_forms(right: Any) -> list[Variant]:
    """The right answer's fair forms built the same way: an everyday synonym of an option word, a slip of the
    keyboard in a long word, capitals; for a dict of labels, each label so written in turn."""
    if isinstance(right, str) and not right.isdigit():
        forms = [("in capitals", right.upper())]
        forms += [("in other words", s) for s in SYNONYMS.get(label_key(right), ())]
        if len(label_key(right)) >= 6 and " " not in right.strip() and not any(c.isdigit() for c in right):
            forms.append(("with a typo", _typo(right)))
        return forms
    if isinstance(right, dict) and right and all(isinstance(v, str) for v in right.values()):
        out = []
        for key, value in right.items():
            for kind, form in fair_forms(value):
                if kind != "in capitals":
                    out.append((f"an item {kind}", {**right, key: form}))
        return out
    return []
