"""What in a chart's spec responds to the reader: selections and widget-bound parameters, and where they are used.

Lesson 02 teaches a selection (``alt.selection_point``) that highlights what the reader points at, and a control
that redraws a chart. A chart responds to the reader only when three things hold: a parameter that the reader
sets (a selection, ``select``, or a widget, ``bind``), added to the chart (``.add_params``), and read by the chart
(a condition, a filter, a test or an expression names it). These rules name which of the three is missing, from
the Vega-Lite spec alone, so the kernel and the grader (which only sees specs) give the same verdict. Issue #19,
round 13: objective 02 o6 promised a selection and a widget control that no question assessed.
"""
from __future__ import annotations

import re
from typing import Iterator

from .compare import Rule

NO_INTERACTION = "no_interaction"
SELECTION_NOT_ADDED = "selection_not_added"
SELECTION_UNUSED = "selection_unused"
FIXED_PARAMETER = "fixed_parameter"
CONDITION_CHANGES_NOTHING = "condition_changes_nothing"
ZOOM_ONLY = "zoom_not_highlight"


def _called(name: str) -> str:
    """A parameter as a student knows it: Altair names an unnamed selection 'param_<digits or hex>'."""
    return "your selection" if re.fullmatch(r"param_[0-9a-f]+", name) else repr(name)


def _listed(names) -> str:
    """Parameter names for a sentence, in order, each as ``_called`` says it."""
    return ", ".join(_called(n) for n in sorted(names))


def _zooms(param: dict) -> bool:
    """An interval selection bound to the scales: what ``.interactive()`` adds (zoom and pan)."""
    return param.get("bind") == "scales"


def _nodes(node) -> Iterator[dict]:
    """Every dict in a spec, depth first (views, encodings, conditions, transforms)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def declared(spec: dict) -> dict[str, dict]:
    """{name: parameter} for every parameter the chart adds, at the top or in any view."""
    found: dict[str, dict] = {}
    for node in _nodes(spec):
        for param in node.get("params") or [] if isinstance(node.get("params"), list) else []:
            if isinstance(param, dict) and isinstance(param.get("name"), str):
                found.setdefault(param["name"], param)
    return found


def responds(param: dict) -> bool:
    """Whether the reader sets this parameter: a selection (``select``) or a widget (``bind``)."""
    return bool(param.get("select")) or bool(param.get("bind"))


def _mentions(text: str, name: str) -> bool:
    """Whether an expression names the parameter as a word (not ``datum.name``, not part of a longer name)."""
    return re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", text) is not None


def used(spec: dict, names) -> set[str]:
    """The names among ``names`` that the chart reads: a condition or filter's ``param``, or a test or expression
    that mentions the name as a word."""
    found: set[str] = set()
    for node in _nodes(spec):
        if isinstance(node.get("param"), str) and "params" not in node:
            found.add(node["param"])
        for key in ("test", "expr", "filter", "calculate"):
            text = node.get(key)
            if isinstance(text, str):
                found |= {n for n in names if _mentions(text, n)}
    return found


def _referenced(spec: dict) -> set[str]:
    """Parameter names a condition or filter points at with ``param`` (whether or not the chart adds them)."""
    return {node["param"] for node in _nodes(spec) if isinstance(node.get("param"), str) and "name" not in node}


def _spot_no_interaction(spec: dict):
    params = declared(spec)
    if any(responds(p) for p in params.values()) or _referenced(spec) - set(params):
        return None
    if params:
        return None  # parameters with fixed values: FIXED_PARAMETER names them
    return ("Nothing in this chart responds to the reader: a tooltip shows a value, but no click or pointer changes "
            "the chart. Make a selection (alt.selection_point(...)), add it with .add_params(...), and let an "
            "encoding read it, e.g. opacity=alt.condition(selection, alt.value(1), alt.value(0.3)).")


def _spot_not_added(spec: dict):
    missing = _referenced(spec) - set(declared(spec))
    if not missing:
        return None
    return (f"The chart's conditions read {_listed(missing)}, but the chart never adds it: Vega-Lite cannot draw a chart "
            "whose condition names a parameter it does not have. Add it with .add_params(...) on the chart.")


def _spot_unused(spec: dict):
    params = {n: p for n, p in declared(spec).items() if responds(p) and not _zooms(p)}
    if not params or used(spec, params):
        return None
    return (f"The chart adds {_listed(params)}, so the reader can select, but no encoding reads it: selecting changes "
            "nothing. Use it in a condition, e.g. opacity=alt.condition(selection, alt.value(1), alt.value(0.3)).")


def _spot_fixed(spec: dict):
    params = declared(spec)
    if not params or any(responds(p) for p in params.values()):
        return None
    return (f"The chart's parameter {_listed(params)} has a fixed value: neither a selection (alt.selection_point) nor a "
            "widget (bind=alt.binding_...) lets the reader change it, so the chart never responds.")


def _spot_zoom_only(spec: dict):
    params = declared(spec)
    interactive = [p for p in params.values() if responds(p)]
    if not interactive or not all(_zooms(p) for p in interactive):
        return None
    return (".interactive() lets the reader zoom and pan the axes; it does not pick out a bar. Make a selection "
            "(alt.selection_point(...)), add it with .add_params(...), and let an encoding such as opacity read it.")


def _spot_same_either_way(spec: dict):
    names = set(declared(spec))
    for node in _nodes(spec):
        condition = node.get("condition")
        if not isinstance(condition, dict) or "value" not in node or "value" not in condition:
            continue
        if condition.get("param") in names and condition["value"] == node["value"]:
            return (f"The condition on {_called(condition['param'])} gives {node['value']!r} whether or not a bar is "
                    "selected, so selecting changes nothing. Give the two branches different values.")
    return None


no_interaction = Rule(NO_INTERACTION, "a chart with nothing the reader can select or set (tooltips only)",
                      _spot_no_interaction)
selection_not_added = Rule(SELECTION_NOT_ADDED, "a condition reads a selection the chart never adds (.add_params "
                           "left out)", _spot_not_added)
selection_unused = Rule(SELECTION_UNUSED, "added a selection that no encoding reads: selecting changes nothing",
                        _spot_unused)
fixed_parameter = Rule(FIXED_PARAMETER, "a parameter with a fixed value, neither a selection nor bound to a widget",
                       _spot_fixed)
zoom_only = Rule(ZOOM_ONLY, "made the chart zoom and pan (.interactive()) where a selection that picks out a bar is "
                 "asked", _spot_zoom_only)
same_either_way = Rule(CONDITION_CHANGES_NOTHING, "a condition whose two branches give the same value",
                       _spot_same_either_way)

RULES = (selection_not_added, no_interaction, fixed_parameter, zoom_only, selection_unused, same_either_way)


# ----- what a question asks of the selection (round 13 review: 02 yt7 accepted three wrong charts) -------------
# The rules above ask only that something responds. A question that names the selection's kind, its field and the
# channel it drives (02 yt7: a point selection on `label`, read by `opacity`) declares them with ``asked_selection``;
# each rule fires only on a selection the reader sets (``select``). Round 14: a chart set only by a widget or a
# legend (bind=...), or by the pointer passing over (on='pointerover'), is named, since the question asks for a click.
WIDGET_NOT_CLICK = "widget_not_click"
HOVER_NOT_CLICK = "hover_not_click"
INTERVAL_NOT_POINT = "interval_not_point"
SELECTION_ON_OTHER_FIELD = "selection_on_other_field"
HIGHLIGHT_ON_OTHER_CHANNEL = "highlight_on_other_channel"
HIGHLIGHT_REVERSED = "highlight_reversed"


def _selections(spec: dict) -> dict[str, dict]:
    """{name: select} for each selection the chart adds, ``select`` as a dict ("point" becomes {"type": "point"})."""
    found = {}
    for name, param in declared(spec).items():
        select = param.get("select")
        if isinstance(select, str):
            select = {"type": select}
        if isinstance(select, dict) and not _zooms(param):
            found[name] = select
    return found


def _fields_of(spec: dict, select: dict) -> set[str]:
    """The fields a selection picks by: its ``fields``, and the field of each channel its ``encodings`` name."""
    fields = {f for f in select.get("fields") or [] if isinstance(f, str)}
    for channel in select.get("encodings") or []:
        for node in _nodes(spec):
            encoding = node.get("encoding")
            if isinstance(encoding, dict) and isinstance(encoding.get(channel), dict):
                fields.add(encoding[channel].get("field"))
    return {f for f in fields if isinstance(f, str)}


def _reading_channels(spec: dict, names) -> set[str]:
    """The encoding channels whose condition reads one of ``names`` (alt.condition or alt.when, one or a list)."""
    channels = set()
    for node in _nodes(spec):
        encoding = node.get("encoding")
        if not isinstance(encoding, dict):
            continue
        for channel, definition in encoding.items():
            condition = definition.get("condition") if isinstance(definition, dict) else None
            for branch in condition if isinstance(condition, list) else [condition]:
                if isinstance(branch, dict) and (branch.get("param") in names or any(
                        _mentions(str(branch.get("test", "")), n) for n in names)):
                    channels.add(channel)
    return channels


def _selected_and_other(spec: dict, names, channel: str) -> tuple[float, float] | None:
    """(value when selected, value otherwise) of the first numeric ``channel`` whose condition reads one of ``names``:
    alt.condition(sel, a, b) and alt.when(sel).then(a).otherwise(b) give {"condition": {"param": sel, "value": a},
    "value": b}; a negated test ({"not": {"param": sel}}, alt.condition(~sel, ...)) swaps them. None if not read."""
    for node in _nodes(spec):
        encoding = node.get("encoding")
        definition = encoding.get(channel) if isinstance(encoding, dict) else None
        if not isinstance(definition, dict) or not isinstance(definition.get("value"), (int, float)):
            continue
        condition = definition.get("condition")
        for branch in condition if isinstance(condition, list) else [condition]:
            if not isinstance(branch, dict) or not isinstance(branch.get("value"), (int, float)):
                continue
            test = branch.get("test")
            if branch.get("param") in names:
                return float(branch["value"]), float(definition["value"])
            if isinstance(test, dict) and isinstance(test.get("not"), dict) and test["not"].get("param") in names:
                return float(definition["value"]), float(branch["value"])
    return None


def _on_hover(param: dict) -> bool:
    """A selection whose ``on`` is a pointer moving over the marks (mouseover, pointerover, pointermove ...): it
    follows the pointer, so nothing stays selected when the reader moves on."""
    select = param.get("select")
    on = select.get("on") if isinstance(select, dict) else None
    return bool(on) and re.search(r"over|move|enter", str(on), re.I) is not None


def _answers_the_marks(param: dict) -> bool:
    """Whether the reader sets this parameter by clicking or pointing at the chart's marks: a selection with no
    ``bind``, or one whose ``on`` is given again. Vega-Lite turns direct manipulation off for a selection bound to a
    widget or a legend unless ``on`` says otherwise (its ``bind`` documentation); a plain widget parameter has no
    ``select`` at all."""
    select = param.get("select")
    if not select:
        return False
    bind = param.get("bind")
    return not bind or bind == "scales" or (isinstance(select, dict) and bool(select.get("on")))


def _spot_widget_not_click(asks: str):
    def spot(spec: dict):
        interactive = [p for p in declared(spec).values() if responds(p) and not _zooms(p)]
        if not interactive or any(_answers_the_marks(p) for p in interactive):
            return None
        legend = any(p.get("bind") == "legend" or isinstance(p.get("bind"), dict) and "legend" in p["bind"]
                     for p in interactive)
        how = ("a click on the legend" if legend else "a widget (a slider, a menu or a box the reader sets)")
        return (f"Your chart responds to {how}, not to a click on a bar: Vega-Lite turns clicks on the marks off for a "
                "selection bound with bind=..., and a parameter made with alt.param(bind=...) is never set by a click. "
                f"Leave bind out. {asks}")
    return spot


def _spot_hover_not_click(asks: str):
    def spot(spec: dict):
        interactive = [p for p in declared(spec).values() if responds(p) and not _zooms(p)]
        marks = [p for p in interactive if _answers_the_marks(p)]
        if not marks or not all(_on_hover(p) for p in marks):
            return None
        on = next(str(p["select"]["on"]) for p in marks)
        return (f"Your selection answers the pointer passing over a bar (on={on!r}), not a click: the highlight follows "
                "the pointer and is gone when it moves on, so the reader cannot keep one bar lit. Leave on= out (a "
                f"point selection answers a click). {asks}")
    return spot


def _picks_as(spec: dict, fields: set[str], field: str) -> bool:
    """Whether a selection by ``fields`` picks the same rows as one by ``field`` in the chart's own data: each value of
    the one goes with one value of the other, both ways (``id`` and ``label`` in a table with one row per figure).
    False when the rows cannot be read (the selection is then named as another field's)."""
    from .vegalite import views  # the engine's one spec walker; imported here, as claims does

    rows = [row for view in views(spec) for row in (view.rows or []) if isinstance(row, dict)]
    if not rows or any(field not in row or any(f not in row for f in fields) for row in rows):
        return False
    by_fields: dict = {}
    by_field: dict = {}
    for row in rows:
        key = tuple(repr(row[f]) for f in sorted(fields))
        by_fields.setdefault(key, set()).add(repr(row[field]))
        by_field.setdefault(repr(row[field]), set()).add(key)
    return all(len(v) == 1 for v in by_fields.values()) and all(len(v) == 1 for v in by_field.values())


def asked_selection(*, kind: str, field: str, channels: tuple[str, ...], asks: str) -> tuple[Rule, ...]:
    """Rules for a question that asks for a ``kind`` selection on ``field``, read by one of ``channels``, set by a
    click on the marks. ``asks``: the question's request in a sentence, ending each verdict, so the student sees what
    was asked. A hover (on='pointerover') is named too (review round 14, B1): the question asks that a click keep a
    bar lit; 'dblclick' is still a click."""

    def other_kind(spec: dict):
        kinds = {s.get("type") for s in _selections(spec).values()}
        if not kinds or kind in kinds:
            return None
        dragged = (" an interval selection is a range the reader drags, not a click on one bar."
                   if "interval" in kinds else "")
        return f"Your selection is of type {', '.join(sorted(map(str, kinds)))}, not {kind}:{dragged} {asks}"

    def other_field(spec: dict):
        chosen = {n: _fields_of(spec, s) for n, s in _selections(spec).items() if s.get("type") == kind}
        named = [fields for fields in chosen.values() if fields]
        if not named or any(field in fields for fields in named):
            return None
        if any(_picks_as(spec, fields, field) for fields in named):
            return None  # review round 15, C6: another name for the same rows ('id' where each id is one label)
        others = sorted(set().union(*named))
        return (f"Your selection picks by {', '.join(map(repr, others))}, not {field!r}: a click selects every row "
                f"that shares the clicked value, so whole groups stay lit or fade together. {asks}")

    def other_channel(spec: dict):
        names = set(_selections(spec))
        read_by = _reading_channels(spec, names)
        if not read_by or read_by & set(channels):
            return None
        return (f"Your selection drives {', '.join(sorted(read_by))}, not {channels[0]}: the question asks the "
                f"selected bar to stay at full {channels[0]} and the others to fade. {asks}")

    def reversed_highlight(spec: dict):
        """Review round 16 (C12): the condition the wrong way round, so a click fades the clicked bar and keeps the
        others (03 q5 names the same slip for text colours)."""
        values = _selected_and_other(spec, set(_selections(spec)), channels[0])
        if values is None or values[0] >= values[1]:
            return None
        return (f"Your condition gives the selected bar {channels[0]} {values[0]:g} and the others {values[1]:g}: a "
                f"click fades the bar the reader picked and keeps the rest, the opposite of what is asked. Swap the two "
                f"values. {asks}")

    return (Rule(WIDGET_NOT_CLICK, "made the chart respond to a widget or a legend (bind=...) where a click on the "
                 "marks is asked: a point selection that a click sets is required", _spot_widget_not_click(asks)),
            Rule(HOVER_NOT_CLICK, "made the selection answer a hover (on='pointerover' or 'mouseover') where a click "
                 "that keeps a bar lit is asked", _spot_hover_not_click(asks)),
            Rule(INTERVAL_NOT_POINT, f"made an interval selection (a dragged range) where a {kind} selection (a "
                 "click) is asked", other_kind),
            Rule(SELECTION_ON_OTHER_FIELD, f"made the selection pick by another field than the one asked ({field}), "
                 "so whole groups (e.g. panels) light up or fade together", other_field),
            Rule(HIGHLIGHT_ON_OTHER_CHANNEL, f"let the selection drive another channel (e.g. color) than the one asked "
                 f"({channels[0]})", other_channel),
            Rule(HIGHLIGHT_REVERSED, f"wrote the selection's condition the wrong way round: the selected bar gets the "
                 f"lower {channels[0]} and the others the higher, so a click fades what was picked", reversed_highlight))
