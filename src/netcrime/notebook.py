"""Talking to the notebook: showing a result, reading the student's variables, drawing into a widget.

Every check and widget goes through these three functions, so output is shown
one way everywhere: as rich output in JupyterLab, as plain text elsewhere
(tests, the grader, a terminal).
"""
from __future__ import annotations


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the course
        return None
    return get_ipython()


def show(obj) -> None:
    """Display ``obj`` below the running cell (print its text form outside IPython)."""
    if _shell() is not None:
        from IPython.display import display

        display(obj)
        return
    print(repr(obj))


def user_namespace(depth: int = 2) -> dict:
    """The notebook's variables: IPython's user namespace, else the globals of the caller ``depth`` frames up."""
    shell = _shell()
    if shell is not None:
        return shell.user_ns
    import inspect

    frame = inspect.currentframe()
    for _ in range(depth):
        frame = frame.f_back
    return frame.f_globals


def display_data(obj) -> dict:
    """``obj`` (a chart, a DataFrame ...) as one display_data output, from its rich representation."""
    from IPython.core.formatters import format_display_data

    data, metadata = format_display_data(obj)
    return {"output_type": "display_data", "data": data, "metadata": metadata or {}}


def draw(area, obj) -> None:
    """Put ``obj`` into an ipywidgets ``Output`` area, replacing what was there.

    Written into the area's ``outputs`` directly (not captured with ``with area:``),
    so it lands inside the widget whether or not a front end is listening, and
    never in the cell's own output.
    """
    area.outputs = () if obj is None else (display_data(obj),)
