"""Partial credit: a question made of parts, each with its own points and its own judge.

A chart question can ask for several things at once (the right encoding, an honest title, a
baseline at zero); a multi-item answer for several labels. Declared with parts, such a question
is still judged as a whole (the verdict is Correct only when every part is), but when it is not,
each part is judged on the same values and the grader gives the points of the parts that pass;
the student sees which parts are right in the notebook and in their feedback.

    Question(id="q3", reads=("chart",), parts=[
        Part("bars encode the count", 1.0, encoding_judge),
        Part("the title says what is counted", 0.5, title_judge),
    ])

Without ``judge=``, the question's judge is ``all_parts(parts)``: Correct when every part passes,
otherwise the first failing part's verdict. Its points default to the sum of the parts' points.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

from .judge import Judge, as_judge
from .outcome import CORRECT, INCORRECT, WRONG_TYPE, Outcome, correct


@dataclass(frozen=True)
class Part:
    """One part of a question: what it checks (shown to the student), its points, and its judge."""

    name: str
    points: float
    judge: Judge | Callable[..., Outcome]
    item: Any = None  # the key this part judges in a dict answer (``each_item``), independent of the others

    def __post_init__(self):
        object.__setattr__(self, "judge", as_judge(self.judge))
        if not self.points > 0:
            raise ValueError(f"part {self.name!r}: points must be positive, not {self.points!r}")


def judge_each(parts: Sequence[Part], values: Sequence[Any]) -> tuple:
    """(name, points, passed) for every part; a part whose judge fails counts as not passed."""
    results = []
    for part in parts:
        try:
            passed = part.judge(*values).passed
        except Exception:  # a checker fault in one part never costs the other parts their points
            passed = False
        results.append((part.name, float(part.points), bool(passed)))
    return tuple(results)


def with_parts(outcome: Outcome, parts: Sequence[Part], values: Sequence[Any]) -> Outcome:
    """``outcome`` with the parts judged, for an answer that is wrong as a whole.

    A correct answer earns everything and an answer that is missing or of the wrong kind earns
    nothing, so only an incorrect one is judged part by part; except a dict answer judged item by
    item (``each_item``) that has every key: one label the question does not know makes the whole
    of the wrong kind, but the items that are right still earn their points, so an unknown label
    never costs more than a wrong one. (A dict with keys missing still earns nothing.)
    """
    if not parts:
        return outcome
    if outcome.status != INCORRECT and not (outcome.status == WRONG_TYPE and _has_every_item(parts, values)):
        return outcome
    return replace(outcome, parts=judge_each(parts, values))


def _has_every_item(parts: Sequence[Part], values: Sequence[Any]) -> bool:
    """Whether the parts judge the items of a dict answer and the answer has every one of them."""
    if not values or any(part.item is None for part in parts):
        return False
    given = values[0].to_dict() if hasattr(values[0], "to_dict") else values[0]
    return isinstance(given, dict) and all(part.item in given for part in parts)


def earned(outcome: Outcome, points: float) -> float:
    """The points an outcome earns: all for Correct, else the points of the parts that passed."""
    if outcome.status == CORRECT:
        return float(points)
    return round(float(sum(part_points for _, part_points, passed in outcome.parts if passed)), 4)


def each_item(keys: Sequence[Any], expected, whole: Judge | Callable[..., Outcome], points_each: float,
              name: Callable[[Any], str] = str) -> list[Part]:
    """One part per item of a dict answer (a label per case, a category per statement).

    Each part judges the student's answer for one key with the question's own judge (so its fair
    spellings, aliases and allowed labels apply), the other keys set to the expected answers: the
    part passes exactly when that item is right. ``expected`` is the dict, or a function giving it
    (read when judging, so a lesson module need not load data on import).
    """
    whole = as_judge(whole)

    def item_judge(key):
        def judge(value) -> Outcome:
            given = value.to_dict() if hasattr(value, "to_dict") else value
            if not isinstance(given, dict) or key not in given:
                return Outcome(INCORRECT, f"No answer for {key!r}.")
            target = expected() if callable(expected) else expected
            return whole({**target, key: given[key]})
        return Judge(judge, {})

    return [Part(name(key), points_each, item_judge(key), item=key) for key in keys]


def all_parts(parts: Sequence[Part]) -> Judge:
    """Correct when every part passes; otherwise the first part's verdict that is not Correct."""
    parts = list(parts)
    declared: dict[str, str] = {}
    for part in parts:
        declared.update(part.judge.misconceptions)

    def judge(*values) -> Outcome:
        for part in parts:
            outcome = part.judge(*values)
            if not outcome.passed:
                return outcome
        return correct()

    return Judge(judge, declared)
