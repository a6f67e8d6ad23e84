"""A question: declared once, checked in the notebook and by the grader alike.

Each question names the variable(s) it reads, how it judges them, its hints,
its worked solution and its known misconceptions. ``check()`` reads the
variables from the notebook, judges them, shows a verdict and records
progress; it never raises at a student (except in strict mode, for CI).
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from . import answer_cell, modes, progress
from .outcome import CANNOT_JUDGE, Feedback, Outcome, feedback_for, not_attempted, wrong_type
from .values import describe

MISSING = object()  # a declared variable that the notebook never defined


def _show(obj) -> None:
    try:
        from IPython import get_ipython
        from IPython.display import display

        if get_ipython() is not None:
            display(obj)
            return
    except ImportError:  # pragma: no cover - IPython comes with the course
        pass
    print(repr(obj))


def _user_namespace(depth: int = 2) -> dict:
    """The notebook's variables: IPython's user namespace, else the caller's globals."""
    try:
        from IPython import get_ipython

        shell = get_ipython()
        if shell is not None:
            return shell.user_ns
    except ImportError:  # pragma: no cover
        pass
    import inspect

    frame = inspect.currentframe()
    for _ in range(depth):
        frame = frame.f_back
    return frame.f_globals


def probe_function(func: Callable, inputs: Sequence[Any]) -> dict:
    """Call a student's function on each input; errors become text, never exceptions."""
    results = {}
    for item in inputs:
        try:
            results[item] = func(item)
        except Exception as exc:  # a student's bug must become a message
            results[item] = f"error: {type(exc).__name__}: {exc}"
    return results


@dataclass
class Question:
    """One auto-checked question.

    ``reads``: the notebook variables it judges, in order.
    ``judge``: a comparator from ``netcrime.checks.compare`` (or any function
    of the values returning an ``Outcome``).
    ``probe``: for questions whose answer is a function, a callable giving the
    inputs to call it on; the judge then receives {input: output}.
    ``collect``: short written answers the grader collects for the instructor.
    """

    id: str
    lesson: str
    prompt: str
    reads: tuple[str, ...]
    judge: Callable[..., Outcome]
    points: float = 1.0
    hints: Sequence[str] = ()
    solution_code: str = ""
    explanation: str = ""
    probe: Callable[[], Sequence[Any]] | None = None
    collect: bool = False
    _hints_shown: int = field(default=0, repr=False)

    def __post_init__(self):
        if isinstance(self.reads, str):
            self.reads = (self.reads,)

    # ----- judging (shared with the grader) --------------------------------
    @property
    def misconceptions(self) -> dict[str, str]:
        """Known misconceptions (code -> message) declared by the judge."""
        return dict(getattr(self.judge, "misconceptions", {}))

    def judge_values(self, values: Sequence[Any]) -> Outcome:
        """Judge values already read; never raises."""
        for name, value in zip(self.reads, values):
            if value is MISSING:
                return not_attempted(f"There is no variable called '{name}' yet. "
                                     "Run the cell where you set it (or check its spelling), then check again.")
        try:
            if self.probe is not None and values and callable(values[0]):
                values = [probe_function(values[0], list(self.probe()))] + list(values[1:])
            elif self.probe is not None and values and values[0] is not Ellipsis and not isinstance(values[0], dict):
                return wrong_type(f"'{self.reads[0]}' should be a function, but it is {describe(values[0])}.")
            outcome = self.judge(*values)
            if not isinstance(outcome, Outcome):
                raise TypeError(f"judge returned {type(outcome).__name__}")
            return outcome
        except Exception as exc:  # the checker's own failure is reported, not raised
            last = traceback.extract_tb(exc.__traceback__)[-1]
            return Outcome(CANNOT_JUDGE, "The checker could not judge this answer "
                           f"({type(exc).__name__} at {last.name}). Look at the value you gave; "
                           "if it looks right, tell your instructor.")

    def evaluate(self, namespace: dict) -> Outcome:
        return self.judge_values([namespace.get(name, MISSING) for name in self.reads])

    # ----- the student's API -------------------------------------------------
    def check(self, *values) -> None:
        """Check your answer (read from the notebook's variables) and show the verdict."""
        if values:
            outcome = self.judge_values(list(values))
        elif stale := answer_cell.stale_answer(self.reads):  # the answer cell raised
            outcome = Outcome(CANNOT_JUDGE, answer_cell.message(*stale))
        else:
            outcome = self.evaluate(_user_namespace())
        progress.record(self.lesson, self.id, outcome.passed)
        _show(feedback_for(self.id, outcome))
        if modes.strict_mode() and not outcome.passed:
            raise modes.CheckFailed(f"{self.id}: {outcome.status}: {outcome.message}")

    def hint(self, number: int | None = None) -> None:
        """Show the next hint (or hint ``number``, counting from 1)."""
        if not self.hints:
            _show(Feedback(f"{self.id}: no hints", "This question has no hints; reread the question."))
            return
        if number is None:
            self._hints_shown = min(self._hints_shown + 1, len(self.hints))
            number = self._hints_shown
        if not 1 <= number <= len(self.hints):
            _show(Feedback(f"{self.id}: hints", f"There are hints 1 to {len(self.hints)}."))
            return
        more = " Call hint() again for the next one." if number < len(self.hints) else ""
        _show(Feedback(f"{self.id}: hint {number} of {len(self.hints)}", self.hints[number - 1] + more))

    def solution(self) -> None:
        """Show a worked solution, unless your instructor has turned solutions off."""
        if modes.assignment_mode():
            _show(Feedback(f"{self.id}: solution hidden",
                           "Your instructor has turned solutions off for this assignment. Try the hints."))
            return
        _show(Feedback(f"{self.id}: solution", self.explanation, code=self.solution_code or None))

    def show_mistake(self, *values) -> None:
        """For solution notebooks: show what a student with this wrong answer sees.

        In strict mode it raises if the check wrongly accepts the answer, which
        proves in CI that every check can fail.
        """
        outcome = self.judge_values(list(values))
        _show(feedback_for(self.id, outcome))
        if modes.strict_mode() and outcome.passed:
            raise modes.CheckFailed(f"{self.id}: a known-wrong answer was accepted")
