"""Answering multiple-choice and short-answer questions with a widget.

The widget writes the chosen answer into the notebook variable the question
reads, and shows the line of code that records it. The code line is what the
grader sees (widget clicks are not saved in a notebook file), so students are
asked to keep it in their answer cell.
"""
from __future__ import annotations

import ipywidgets as widgets

from .question import Question, _user_namespace


def choice_widget(question: Question, options, namespace: dict | None = None) -> widgets.VBox:
    """Radio buttons for ``options``; picking one sets ``question.reads[0]``.

    ``options`` is a list of answers, or a dict {answer: what it means}: then each
    button reads "(b) cases the police solved", so the meaning is on the button.
    """
    namespace = _user_namespace() if namespace is None else namespace
    name = question.reads[0]
    if isinstance(options, dict):
        choices = [(f"({value}) {text}", value) for value, text in options.items()]
    else:
        choices = list(options)
    buttons = widgets.RadioButtons(options=choices, value=None, description="",
                                   layout=widgets.Layout(width="auto"))
    echo = widgets.HTML(value="<em>Pick an option.</em>")

    def picked(change):
        if change["new"] is None:
            return
        namespace[name] = change["new"]
        echo.value = (f"Recorded <code>{name} = {change['new']!r}</code>. "
                      "Keep that line in your answer cell so the grader sees it, then run the check.")

    buttons.observe(picked, names="value")
    return widgets.VBox([buttons, echo])
