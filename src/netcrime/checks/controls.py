"""A widget control read as what it does: the function it calls and the choices it offers a reader.

ipywidgets makes a control from a plain function and the values of its arguments: ``interactive(view,
scale=["linear", "log"])`` gives a dropdown that calls ``view`` with the item picked (``interact`` does the same and
returns the function with its control as ``.widget``). What the control lets a reader see is the function's result
for each choice it offers, so a check reads that (``views``), not the widget's class or its labels: a dropdown,
toggle buttons or a checkbox that offer the same choices are the same control. Lesson 02's your turn 8 judges it.

The objects are read by their attributes (``kwargs_widgets``, ``f``), so this module does not import ipywidgets, and
every call of the student's function goes through ``question.probe_function`` (a time limit, errors as text).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from .question import ProbeResults, probe_function

FREE_TEXT = "free text"  # what ``Control.kinds`` says of an argument given as a text box (any value typed)
FIXED = "fixed"  # ... and of one the reader cannot change (``fixed(...)``, a widget with one option)


@dataclass(frozen=True)
class Control:
    """A control: its function, each argument's choices (in the order offered), and its current values."""

    function: Callable
    choices: dict[str, tuple]
    current: dict[str, Any]
    kinds: dict[str, str]  # argument -> the widget's class name, or FREE_TEXT / FIXED

    def offered(self) -> dict[str, tuple]:
        """The arguments a reader can set to more than one value, with those values."""
        return {name: values for name, values in self.choices.items() if len(values) > 1}


def control_of(value) -> Control | None:
    """The control ``value`` is (an ``interactive``, or a function ``interact`` returned with ``.widget``), or None."""
    widget = value if _is_interactive(value) else getattr(value, "widget", None) if callable(value) else None
    if not _is_interactive(widget):
        return None
    choices, current, kinds = {}, {}, {}
    for item in list(widget.kwargs_widgets):
        name = getattr(item, "_kwarg", None)
        if not isinstance(name, str):
            continue
        current[name] = getattr(item, "value", None)
        kind = type(item).__name__
        if kind == "fixed":
            choices[name], kinds[name] = (current[name],), FIXED
        elif hasattr(item, "_options_values"):  # a dropdown, toggle or radio buttons, a selection slider
            choices[name], kinds[name] = tuple(item._options_values), kind
        elif isinstance(current[name], bool):  # a checkbox or a toggle button
            choices[name], kinds[name] = (False, True), kind
        elif isinstance(current[name], str):
            choices[name], kinds[name] = (current[name],), FREE_TEXT
        elif hasattr(item, "min") and hasattr(item, "max"):  # a slider: its two ends
            choices[name], kinds[name] = tuple(dict.fromkeys((item.min, item.max))), kind
        else:
            choices[name], kinds[name] = (current[name],), kind
    return Control(widget.f, choices, current, kinds)


def _is_interactive(value) -> bool:
    return (type(value).__name__ == "interactive" and type(value).__module__.startswith("ipywidgets")
            and hasattr(value, "kwargs_widgets") and callable(getattr(value, "f", None)))


def views(control: Control) -> ProbeResults:
    """{(argument, choice): what the function returned} for each choice of each argument a reader can set, the
    others at their current values; errors as text, a call that never returns stopped (``probe_function``)."""
    inputs = [(name, choice) for name, values in control.offered().items() for choice in values]

    def call(item):
        name, choice = item
        return control.function(**{**control.current, name: choice})

    return probe_function(call, inputs)
