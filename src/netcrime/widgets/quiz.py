"""The crime-type quiz of lesson 03: a vignette, seven buttons, feedback, a score.

The logic lives in ``Quiz`` (plain Python, driven by the tests); ``QuizWidget``
only wires it to ipywidgets. The order of cases is shuffled with a fixed seed,
so every student (and nbval) sees the same sequence.

    quiz = Quiz(cases, seed=3, limit=10)
    quiz.current["text"]          # the case to label
    quiz.answer("trap_loan")      # -> QuizFeedback(correct=..., message=...)
    quiz.next()                   # move to the next case
    quiz.score                    # Score(correct=..., answered=...)
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass
from typing import NamedTuple

import ipywidgets as widgets
import pandas as pd

from ..schemas import CRIME_TYPES
from .base import CourseWidget

NEEDED_COLUMNS = ("id", "text", "primary_type", "decisive_clue")
RIGHT_COLOUR, WRONG_COLOUR, INFO_COLOUR = "#009E73", "#D55E00", "#0072B2"


class Score(NamedTuple):
    correct: int
    answered: int

    def __str__(self) -> str:
        return f"{self.correct} of {self.answered} right"


@dataclass(frozen=True)
class QuizFeedback:
    """What the quiz says about one answer."""

    correct: bool
    message: str
    counted: bool = True  # False for a repeat answer or an answer that is not a type

    def __str__(self) -> str:
        return self.message


def _names() -> dict[str, tuple[str, str]]:
    """code -> (clearer English name, Chinese name), from the glossary."""
    from ..classify import crime_types

    table = crime_types()
    return {c: (e, z) for c, e, z in zip(table["code"], table["clearer_en"], table["chinese"])}



def _other_label(case: dict) -> str | None:
    """The type named first in an ambiguous case's ``other_reading`` ('paid_trolls: ...'), if any."""
    other = case.get("other_reading")
    if not isinstance(other, str) or ":" not in other:
        return None
    return other.split(":", 1)[0].strip()


class Quiz:
    """A seeded sequence of cases to label; the first answer to each case counts."""

    def __init__(self, cases: pd.DataFrame, seed: int = 0, limit: int | None = None):
        if not isinstance(cases, pd.DataFrame):
            raise TypeError("Quiz needs a DataFrame of cases, such as data.case_vignettes().")
        missing = [c for c in NEEDED_COLUMNS if c not in cases.columns]
        if missing:
            raise ValueError(f"The cases need the columns {', '.join(NEEDED_COLUMNS)}; missing: {', '.join(missing)}.")
        if cases.empty:
            raise ValueError("There are no cases to quiz on.")
        records = cases.to_dict("records")
        random.Random(seed).shuffle(records)
        if limit is not None:
            records = records[: max(1, int(limit))]
        self.cases = records
        self.seed = seed
        self.position = 0
        self.results: dict[str, bool] = {}  # case id -> first answer right?
        self.names = _names()

    # ----- state -----------------------------------------------------------
    def __len__(self) -> int:
        return len(self.cases)

    @property
    def finished(self) -> bool:
        return self.position >= len(self.cases)

    @property
    def current(self) -> dict | None:
        """The case to label now (a dict with id, text, ...), or None when finished."""
        return None if self.finished else self.cases[self.position]

    @property
    def answered_current(self) -> bool:
        return self.current is not None and self.current["id"] in self.results

    @property
    def score(self) -> Score:
        return Score(sum(self.results.values()), len(self.results))

    def name(self, code: str) -> str:
        english, chinese = self.names.get(code, (code, ""))
        return f"{english} ({chinese})" if chinese else english

    # ----- actions -----------------------------------------------------------
    def code_for(self, label) -> str | None:
        """The type code for a code, a clearer English name or a Chinese name; None if none."""
        from ..classify import type_code

        return type_code(label)

    def answer(self, label) -> QuizFeedback:
        """Label the current case; returns feedback naming the decisive clue."""
        case = self.current
        if case is None:
            return QuizFeedback(False, f"The quiz is finished: {self.score}. Restart it to try again.", counted=False)
        code = self.code_for(label)
        if code is None:
            return QuizFeedback(False, f"{label!r} is not one of the seven types. Choose one of: "
                                f"{', '.join(CRIME_TYPES)}.", counted=False)
        primary = case["primary_type"]
        secondary = case.get("secondary_type")
        secondary = secondary if isinstance(secondary, str) and secondary else None
        right = code == primary
        clue = f"Decisive clue: {case['decisive_clue']}"
        if right:
            message = f"Right: {self.name(primary)}. {clue}"
            if secondary:
                message += f" This case also has an element of {self.name(secondary)}: a combined case."
        elif code == _other_label(case):
            message = (f"Defensible: this case is ambiguous, and {self.name(code)} is the other reading. The course "
                       f"reads it as {self.name(primary)}. {clue} The other reading: {case['other_reading']}")
        elif code == secondary:
            message = (f"Close: this case does have an element of {self.name(code)}, but the main label is "
                       f"{self.name(primary)}. {clue}")
        else:
            message = f"Not this time: you chose {self.name(code)}; this case is {self.name(primary)}. {clue}"
        counted = case["id"] not in self.results
        if counted:
            self.results[case["id"]] = right
        else:
            message += " (Only your first answer to a case counts in the score.)"
        return QuizFeedback(right, message, counted)

    def next(self) -> dict | None:
        """Move on to the next case (answered or not); returns it, or None at the end."""
        if not self.finished:
            self.position += 1
        return self.current

    def restart(self) -> None:
        """Start again from the first case (same order), with the score at zero."""
        self.position = 0
        self.results = {}


class QuizWidget(CourseWidget):
    """Buttons and text for a ``Quiz``. Tests can call ``.buttons[code].click()``."""

    text = "Quiz: read each fictional case and pick its main type; the feedback names the deciding clue."

    def __init__(self, quiz: Quiz):
        self.quiz = quiz
        self.case = widgets.HTML()
        self.buttons = {}
        for code in CRIME_TYPES:
            english, chinese = quiz.names.get(code, (code, ""))
            button = widgets.Button(description=f"{english} {chinese}".strip(), tooltip=code,
                                    layout=widgets.Layout(width="auto"))
            button.on_click(self._answer_with(code))
            self.buttons[code] = button
        self.feedback = widgets.HTML()
        self.score_label = widgets.HTML()
        self.next_button = widgets.Button(description="Next case", button_style="primary")  # "info" is 3.5:1
        self.next_button.on_click(lambda _button: self.next())
        self.restart_button = widgets.Button(description="Start again")
        self.restart_button.on_click(lambda _button: self.restart())
        super().__init__([
            self.case,
            widgets.HBox(list(self.buttons.values()), layout=widgets.Layout(flex_flow="row wrap")),
            self.feedback,
            widgets.HBox([self.next_button, self.restart_button, self.score_label]),
        ])
        self._show_case()

    @classmethod
    def from_cases(cls, cases: pd.DataFrame, seed: int = 0, limit: int | None = None) -> "QuizWidget":
        return cls(Quiz(cases, seed=seed, limit=limit))

    # ----- handlers --------------------------------------------------------
    def _answer_with(self, code: str):
        def handler(_button):
            self.answer(code)
        return handler

    def answer(self, code: str) -> QuizFeedback:
        result = self.quiz.answer(code)
        colour = RIGHT_COLOUR if result.correct else (WRONG_COLOUR if result.counted else INFO_COLOUR)
        self.feedback.value = (f'<div style="border-left: 6px solid {colour}; padding: 4px 10px;">'
                               f"{html.escape(result.message)}</div>")
        self._show_score()
        return result

    def next(self) -> None:
        self.quiz.next()
        self._show_case()

    def restart(self) -> None:
        self.quiz.restart()
        self._show_case()

    # ----- display ---------------------------------------------------------
    def _show_case(self) -> None:
        case = self.quiz.current
        if case is None:
            self.case.value = f"<p><strong>Finished.</strong> You labelled {len(self.quiz)} cases.</p>"
            self.feedback.value = ""
            for button in self.buttons.values():
                button.disabled = True
            self.next_button.disabled = True
        else:
            self.case.value = (f"<p><strong>Case {self.quiz.position + 1} of {len(self.quiz)}</strong> "
                               f"({html.escape(str(case['id']))}, fictional)</p>"
                               f"<p>{html.escape(str(case['text']))}</p>"
                               "<p><em>Which type is it mainly?</em></p>")
            self.feedback.value = "<em>Click the type that fits best.</em>"
            for button in self.buttons.values():
                button.disabled = False
            self.next_button.disabled = False
        self._show_score()

    def _show_score(self) -> None:
        self.score_label.value = f"Score: {self.quiz.score}"
