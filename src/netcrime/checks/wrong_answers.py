"""Plausible wrong answers (and fair right ones) made from a question's right answer.

Issue #19 asks that at least 90% of the wrong answers real students give get a verdict that
names the mistake. To measure that, this module makes such answers mechanically, by class,
from the right answer (which the tests get from the worked solutions, never typed): the slips
students make with units (万, 亿, thousands), percentages and shares, another figure of the
release, an inverted ratio, coarse rounding, off-by-one counts, a flipped sign, another option,
a swapped or wrong label in a dict, a missing or extra item, the wrong kind of value, an empty
answer, and for charts the wrong mark or field, a cut baseline, a missing title, description or
tooltip, stacking turned on or off. The generator picks the classes that fit the answer's type.

``fair_right`` makes the other side: the forms a fair teacher accepts (rounded as the worked
solutions round, option letters written "(B)", case and hyphen variants).

``netcrime.checks.named`` judges every answer made here and reports the share; both its test and
its report (docs/named_verdicts.md) use this one generator.
"""
from __future__ import annotations

import copy
import math
from pathlib import PurePath
from typing import Any, Callable, Iterator

import pandas as pd

from . import vegalite
from .controls import control_of
from .labels import label_key
from .values import finite_number, round_significant

Variant = tuple[str, Any]  # (class of mistake, the wrong answer)
PER_CLASS = 3  # at most this many answers of one class per question, so no class outweighs the others

LETTERS = ("a", "b", "c", "d")


# ----- numbers --------------------------------------------------------------------------------
def number_variants(right: float, *, figures: Callable[[], Any] = None, neighbours: tuple = ()) -> Iterator[Variant]:
    """Plausible wrong numbers for the right number ``right``."""
    whole = float(right).is_integer()
    for factor in (1e4, 1e8, 1e3):
        yield "unit slip", right * factor
        yield "unit slip", right / factor
    if 0 < abs(right) <= 1:
        yield "percent for a share", right * 100
    if 1 < abs(right) <= 100 and not whole:
        yield "share for a percent", right / 100
    if right not in (0, 1, -1):
        yield "ratio inverted", 1 / right
    if not whole:
        one = round_significant(right, 1)
        if one not in (round_significant(right, 2), right):
            yield "rounded too coarsely", one
        if round(right) not in (round_significant(right, 2), right) and 1 <= abs(right) < 10:  # an integer keeps 2 figures from 10 on
            yield "rounded too coarsely", float(round(right))
    else:
        yield "off by one", right + 1
        yield "off by one", right - 1
    if right != 0:
        yield "sign flipped", -right
    if whole and abs(right) >= 1:  # a count: another count of the release is the slip (a ratio is no figure)
        for name, value in _nearest_figures(right, figures):
            yield "another figure of the release", value
    for value in neighbours:
        yield "a neighbouring question's answer", value
    shown = str(int(right)) if whole else repr(right)
    yield "a number as text", shown
    yield "a one-element Series", pd.Series([right])
    yield "a list instead of a value", [right]


def _nearest_figures(right: float, figures) -> list[tuple[str, float]]:
    """The release's figures of the same order of magnitude as ``right`` (but not it), nearest first."""
    if figures is None:
        from . import slips

        figures = slips.release_figures
    if right == 0:
        return []
    same_order = [(abs(math.log10(abs(v) / abs(right))), name, v) for name, v in figures()
                  if v and v * right > 0 and 0.1 <= abs(v / right) <= 10 and not math.isclose(v, right, rel_tol=1e-6)]
    return [(name, v) for _, name, v in sorted(same_order)[:2]]


# ----- text and option letters ----------------------------------------------------------------------
def text_variants(right: str, options: tuple[str, ...]) -> Iterator[Variant]:
    """Another option (for a letter: the other letters), an empty answer, a list instead of text."""
    others = [o for o in options if label_key(o) != label_key(right)]
    if not others and len(label_key(right)) == 1 and label_key(right) in LETTERS:
        others = [letter for letter in LETTERS if letter != label_key(right)]
    for other in others:
        yield "another option", other
    yield "an empty answer", ""
    yield "a list instead of a value", [right]
    yield "a one-element Series", pd.Series([right])


# ----- dicts ----------------------------------------------------------------------------------------
def dict_variants(right: dict, options: tuple[str, ...]) -> Iterator[Variant]:
    """A swapped pair, one wrong item, a missing and an extra item, a list instead of the dict, an empty dict."""
    keys = list(right)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if repr(right[a]) != repr(right[b]):
                yield "a swapped pair", {**right, a: right[b], b: right[a]}
    for key in keys:
        value = right[key]
        if isinstance(value, bool):
            yield "one wrong item", {**right, key: not value}
        elif (number := finite_number(value)) is not None:
            for _, wrong in number_variants(number, neighbours=()):
                if isinstance(wrong, float):
                    yield "one wrong item", {**right, key: int(wrong) if float(wrong).is_integer() and isinstance(value, int) else wrong}
                    break
        elif isinstance(value, str):
            pool = [o for o in dict.fromkeys([*map(str, right.values()), *options])
                    if isinstance(o, str) and label_key(o) != label_key(value)]
            for other in pool[:2]:
                yield "one wrong item", {**right, key: other}
    if keys:
        yield "a missing item", {k: v for k, v in right.items() if k != keys[-1]}
        yield "an extra item", {**right, "other": next(iter(right.values()))}
        yield "a list instead of a dict", list(right.values())
    yield "an empty answer", {}


# ----- lists ------------------------------------------------------------------------------------
def list_variants(right: list, options: tuple[str, ...]) -> Iterator[Variant]:
    """A missing item, an extra item (an option that is not in the answer, or a repeat), a wrong item, empty."""
    if len(right) > 1:
        yield "a missing item", right[:-1]
    outside = [o for o in options if o not in right]
    for extra in outside[:2]:
        yield "an extra item", [*right, extra]
        if right:
            yield "one wrong item", [*right[:-1], extra]
    if len(right) > 1 and all(isinstance(item, str) for item in right):  # one option alone as text is fair
        yield "a string instead of a list", ", ".join(map(str, right))
    yield "an empty answer", []


# ----- pandas -------------------------------------------------------------------------------------
def series_variants(right: pd.Series) -> Iterator[Variant]:
    numeric = pd.api.types.is_numeric_dtype(right) and not pd.api.types.is_bool_dtype(right)
    if numeric and right.abs().sum():
        yield "unit slip", right * 1e4
        yield "percent for a share", right / right.sum() * 100
        yield "one wrong item", right.where(right.index != right.index[0], right.iloc[0] + 1)
    if len(right) > 1:
        yield "a missing item", right.iloc[:-1]
        yield "a duplicated label", pd.concat([right, right.iloc[:1]])
    yield "a DataFrame instead of a Series", right.to_frame()
    yield "a dict instead of a Series", right.to_dict()
    yield "an empty answer", right.iloc[:0]


def frame_variants(right: pd.DataFrame) -> Iterator[Variant]:
    numeric = [c for c in right.select_dtypes("number").columns if not pd.api.types.is_bool_dtype(right[c])]
    if len(right.columns):
        first = right.columns[0]
        yield "a duplicated column", pd.concat([right, right[[first]]], axis=1)
        yield "a Series instead of a DataFrame", right[first]
    if numeric:
        scaled = right.copy()
        scaled[numeric[-1]] = right[numeric[-1]] * 1e4
        yield "unit slip", scaled
        shifted = right.copy()
        shifted[numeric[-1]] = right[numeric[-1]].shift(1)
        yield "one wrong item", shifted
    if len(right) > 1:
        yield "a missing item", right.iloc[:-1]
        yield "an extra item", pd.concat([right, right.iloc[:1]])
    if len(right.columns) > 1:
        yield "a missing column", right.drop(columns=right.columns[-1])
    yield "an empty answer", right.iloc[:0]


# ----- charts ---------------------------------------------------------------------------------------
_OTHER_MARK = {"bar": "line", "line": "bar", "point": "bar", "circle": "bar", "tick": "bar", "rule": "bar",
               "rect": "point", "area": "bar", "text": "point", "arc": "bar"}


def _views(spec: dict) -> list[dict]:
    """Every single view of a spec (a layer's, a facet's inner spec, a concat's parts), as the dicts inside
    ``spec`` itself, so that a variant can change them in place: vegalite's one walker finds them."""
    return [view.spec for view in vegalite.views(spec)]


def _set_mark(view: dict, mark: str) -> None:
    if isinstance(view.get("mark"), dict):
        view["mark"]["type"] = mark
    else:
        view["mark"] = mark


def chart_variants(spec: dict) -> Iterator[Variant]:
    """The wrong mark, the wrong field (x and y swapped), a cut baseline, a missing title, description or
    tooltip, stacking turned on where it was off (or off where it was on)."""
    views = _views(spec)
    if not views:
        return
    first_mark = vegalite.mark_type(views[0])
    if first_mark in _OTHER_MARK:
        wrong = copy.deepcopy(spec)
        for view in _views(wrong):
            if vegalite.mark_type(view) == first_mark:
                _set_mark(view, _OTHER_MARK[first_mark])
        yield "the wrong mark", wrong
    main = views[0]
    enc = main.get("encoding") or {}
    if "x" in enc and "y" in enc:
        wrong = copy.deepcopy(spec)
        view = _views(wrong)[0]
        view["encoding"]["x"], view["encoding"]["y"] = view["encoding"]["y"], view["encoding"]["x"]
        yield "the wrong field", wrong
    for channel in ("x", "y"):
        given = enc.get(channel)
        if isinstance(given, dict) and given.get("type") == "quantitative":
            wrong = copy.deepcopy(spec)
            target = _views(wrong)[0]["encoding"][channel]
            target["scale"] = {**(target.get("scale") or {}), "zero": False}
            yield "a cut baseline", wrong
            stacked = copy.deepcopy(spec)
            target = _views(stacked)[0]["encoding"][channel]
            if "stack" in target and target["stack"] in (None, False):
                del target["stack"]
                yield "stacked, not side by side", stacked
            elif "stack" not in target and "color" in enc:
                target["stack"] = None
                yield "side by side, not stacked", stacked
            break
    for part in ("title", "description"):
        if spec.get(part) or any(v.get(part) for v in views):
            wrong = copy.deepcopy(spec)
            for where in (wrong, *_views(wrong)):
                where.pop(part, None)
            yield f"a missing {part}", wrong
    if any("tooltip" in (v.get("encoding") or {}) for v in views):
        wrong = copy.deepcopy(spec)
        for view in _views(wrong):
            (view.get("encoding") or {}).pop("tooltip", None)
        yield "a missing tooltip", wrong
    yield "the data instead of the chart", pd.DataFrame({"value": [1.0, 2.0]})


# ----- functions (probed questions) ---------------------------------------------------------------
def function_variants(right: Callable, probe: Callable[[], Any] | None) -> Iterator[Variant]:
    """A function that always gives one answer (the commonest), one that gives a list, one that raises."""
    inputs = list(probe()) if probe is not None else []
    outputs = []
    for item in inputs:
        try:
            outputs.append(right(item))
        except Exception:  # the right function failing is not this module's business
            pass
    hashable = [o for o in outputs if isinstance(o, (str, int, float, bool))]
    if hashable:
        commonest = max(sorted(set(hashable), key=repr), key=hashable.count)  # ties: the same one every run
        yield "always the same answer", (lambda text, answer=commonest: answer)
    yield "a list instead of a value", (lambda text: [right(text)])
    yield "a function that fails", (lambda text: text.nonexistent_method())
    yield "the result instead of the function", outputs[0] if outputs else ""


# ----- widget controls (lesson 02's your turn 8) ------------------------------------------------------
def control_variants(control) -> Iterator[Variant]:
    """A control's plausible wrong forms (``controls.Control``): the function stored instead of the control, the one
    chart it shows now, a control that offers no choice, and a control whose function ignores the choice made."""
    import ipywidgets as widgets  # only when a control is varied: the checks never import it otherwise

    yield "the function, not the control", control.function
    try:
        yield "one chart, not the control", control.function(**control.current)
    except Exception:  # the right function failing is not this module's business
        pass
    offered = control.offered()
    if not offered:
        return
    yield "a control with no choice", widgets.interactive(
        control.function, **{name: widgets.fixed(value) for name, value in control.current.items()})

    def ignores(**_chosen):
        return control.function(**control.current)

    name, choices = next(iter(offered.items()))
    yield "choices the function ignores", widgets.interactive(ignores, **{name: list(choices)})


# ----- a saved file's path (lesson 02's your turn 9) ------------------------------------------------------
def path_variants(right: PurePath) -> Iterator[Variant]:
    """A saved file's path, given wrong: a name typed where nothing was saved (its ending misspelt, its folder left
    out), and what ``chart.save`` returns (None) stored instead of the path."""
    yield "a path where nothing was saved", str(right.with_name(right.stem + ".pgn"))
    yield "a path where nothing was saved", f"saved_elsewhere/{right.name}"
    yield "what chart.save returns", None


# ----- the dispatcher --------------------------------------------------------------------------------
def options_of(judge) -> tuple[str, ...]:
    """The labels a judge reads answers among (a choice's options, a mapping's labels, a text's known wrong
    words), found in the variables its function closes over; () when it declares none."""
    found: list[str] = []
    seen: set[int] = set()

    def walk(function, depth: int) -> None:
        if depth > 4 or id(function) in seen:
            return
        seen.add(id(function))
        inner = getattr(function, "function", None)
        if inner is not None:
            walk(inner, depth + 1)
        code = getattr(function, "__code__", None)
        for name, cell in zip(code.co_freevars if code else (), getattr(function, "__closure__", None) or ()):
            try:
                value = cell.cell_contents
            except ValueError:
                continue
            if name == "allowed" and isinstance(value, dict) and not all(isinstance(v, str) for v in value.values()):
                # labels allowed per key ({'unit': (...), 'precision': (...)}): the labels, not the keys
                found.extend(v for labels in value.values() if isinstance(labels, (list, tuple))
                             for v in labels if isinstance(v, str))
            elif name in ("options", "labels", "allowed", "wrong", "wrong_norm", "RIVALS") and \
                    isinstance(value, (list, tuple, dict)) and all(isinstance(v, str) for v in value):
                found.extend(value)
            elif callable(value):
                walk(value, depth + 1)

    walk(judge, 0)
    return tuple(dict.fromkeys(found))


def plausible_wrong(right: Any, *, options: tuple[str, ...] = (), neighbours: tuple = (),
                    probe: Callable[[], Any] | None = None) -> list[Variant]:
    """Plausible wrong answers for one right value, by class (at most ``PER_CLASS`` of each class)."""
    if isinstance(right, bool):
        made: Iterator[Variant] = iter([("the opposite", not right), ("a number as text", str(right))])
    elif (number := finite_number(right)) is not None:
        made = number_variants(number, neighbours=tuple(n for n in neighbours if n != number))
    elif isinstance(right, str):
        made = text_variants(right, options)
    elif isinstance(right, dict):
        made = dict_variants(right, options)
    elif isinstance(right, (list, tuple)):
        made = list_variants(list(right), options)
    elif isinstance(right, pd.Series):
        made = series_variants(right)
    elif isinstance(right, pd.DataFrame):
        made = frame_variants(right)
    elif isinstance(right, PurePath):
        made = path_variants(right)
    elif (control := control_of(right)) is not None:
        made = control_variants(control)
    elif callable(right) and not hasattr(right, "to_dict"):
        made = function_variants(right, probe)
    else:
        from .vegalite import spec_of

        try:
            spec = spec_of(right)
        except Exception:
            spec = None
        made = chart_variants(spec) if spec is not None else iter(())
    kept: list[Variant] = []
    counts: dict[str, int] = {}
    for kind, value in made:
        if counts.get(kind, 0) < PER_CLASS:
            counts[kind] = counts.get(kind, 0) + 1
            kept.append((kind, value))
    return kept


def fair_right(right: Any, *, options: tuple[str, ...] = ()) -> list[Variant]:
    """Forms of the right answer a fair teacher accepts: rounded as the worked solutions round (two and three
    significant figures), a whole number as a float, an option letter as "(B)" or "b.", other case and
    hyphen/underscore forms of a label (also inside a dict)."""
    out: list[Variant] = []
    if isinstance(right, bool):
        return out
    if (number := finite_number(right)) is not None:
        if number.is_integer():
            out.append(("a count written as a float", float(number)))
        else:
            for figures in (2, 3):
                out.append((f"rounded to {figures} significant figures", round_significant(number, figures)))
        return out
    if isinstance(right, str):
        return [(kind, form) for kind, form in _label_forms(right)]
    if isinstance(right, dict) and right and all(isinstance(v, str) for v in right.values()):
        return [(f"labels {kind}", {k: dict(_label_forms(v)).get(kind, v) for k, v in right.items()})
                for kind in ("in capitals",)]
    return out


def _label_forms(label: str) -> list[Variant]:
    forms = [("in capitals", label.upper())]
    if len(label_key(label)) == 1:
        forms += [("as '(B)'", f"({label.upper()})"), ("as 'b.'", f"{label}."), ("as 'option b'", f"option {label}")]
    elif "_" in label:
        forms.append(("with spaces for underscores", label.replace("_", " ")))
    elif " " in label:
        forms.append(("with a hyphen for a space", label.replace(" ", "-", 1)))
    return forms
