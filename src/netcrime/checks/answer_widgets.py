"""Answering multiple-choice and short-answer questions with a widget.

The widget writes the chosen answer into the notebook variable the question
reads, and shows the line of code that records it. The code line is what the
grader sees (widget clicks are not saved in a notebook file), so students are
asked to keep it in their answer cell.
"""
from __future__ import annotations

import ipywidgets as widgets

from ..notebook import user_namespace
from ..widgets.base import CourseWidget
from .question import Question


class ChoiceWidget(CourseWidget):
    """Radio buttons for a question's options; picking one sets the variable the question reads."""

    text = "Pick an option; the line of code that records it is shown below."

    def __init__(self, question: Question, options, namespace: dict):
        self.name = question.reads[0]
        self.namespace = namespace
        # a dict {answer: what it means} puts the meaning on each button: "(b) cases the police solved"
        choices = ([(f"({value}) {text}", value) for value, text in options.items()]
                   if isinstance(options, dict) else list(options))
        self.buttons = widgets.RadioButtons(options=choices, value=None, description="",
                                            layout=widgets.Layout(width="auto"))
        self.echo = widgets.HTML(value="<em>Pick an option.</em>")
        super().__init__([self.buttons, self.echo])
        self.buttons.observe(self.picked, names="value")

    def picked(self, change) -> None:
        if change["new"] is None:
            return
        self.namespace[self.name] = change["new"]
        self.echo.value = (f"Recorded <code>{self.name} = {change['new']!r}</code>. "
                           "Keep that line in your answer cell so the grader sees it, then run the check.")


def choice_widget(question: Question, options, namespace: dict | None = None) -> ChoiceWidget:
    """Radio buttons for ``options``; picking one sets ``question.reads[0]`` in the notebook."""
    return ChoiceWidget(question, options, user_namespace() if namespace is None else namespace)
