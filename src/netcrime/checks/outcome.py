"""What a check concludes, and how it is shown.

An ``Outcome`` is plain data (status, message, misconception code) so that the
notebook check, the grader and the tests all read the same thing. ``Feedback``
shows one in JupyterLab as styled HTML with a plain-text twin: nbval compares
the plain text, so nothing in either may vary between runs.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

CORRECT = "correct"
INCORRECT = "incorrect"
NOT_ATTEMPTED = "not attempted"
WRONG_TYPE = "wrong type"
CANNOT_JUDGE = "cannot judge"
# A written answer the computer keeps for a person to read and mark: never correct, never wrong,
# never counted as passed (progress(), the grader's points). See ``netcrime.checks.written``.
RECORDED = "recorded"
STATUSES = (CORRECT, INCORRECT, NOT_ATTEMPTED, WRONG_TYPE, CANNOT_JUDGE, RECORDED)

TITLES = {  # the heading of each verdict, in notebooks and in graded feedback alike
    CORRECT: "Correct",
    INCORRECT: "Not yet",
    NOT_ATTEMPTED: "Not attempted yet",
    WRONG_TYPE: "Wrong kind of answer",
    CANNOT_JUDGE: "Could not check",
    RECORDED: "Recorded for your instructor",
}
# Border colours; the title text says the same, colour is never the only cue. Each has at
# least 3:1 contrast with the box's background (WCAG 1.4.11, non-text contrast):
# tests/test_accessibility.py checks it.
BOX_BACKGROUND = "#fafafa"
BOX_TEXT = "#222"
_COLOURS = {
    CORRECT: "#009E73",
    INCORRECT: "#D55E00",
    NOT_ATTEMPTED: "#0072B2",
    WRONG_TYPE: "#B26B00",  # a darker orange than Okabe-Ito's #E69F00 (2.2:1 on the background)
    CANNOT_JUDGE: "#757575",  # #9E9E9E had 2.6:1
    RECORDED: "#6A3D9A",  # purple: neither a pass nor a fail
}


# Codes that say only that an answer is wrong, not which mistake it shows ("too high", "incorrect", "wrong
# type", "could not judge"). A verdict with one of these, or with no code at all, does not name the mistake;
# ``names_the_mistake`` is the one definition the measure of issue #19 (``netcrime.checks.named``) uses.
GENERIC_CODES = frozenset({"too_high", "too_low", "incorrect", "wrong", "wrong_type", "wrong_answer",
                           "not_right", "cannot_judge", "could_not_judge", "other"})


@dataclass(frozen=True)
class Outcome:
    """The verdict on one answer."""

    status: str
    message: str = ""
    misconception: str | None = None  # a code from the question's known misconceptions
    # For a question declared with parts (``netcrime.checks.parts``): (name, points, passed) per part,
    # filled in by the question when the whole answer is not correct; the grader gives the passed parts' points.
    parts: tuple = ()

    @property
    def passed(self) -> bool:
        return self.status == CORRECT

    @property
    def names_the_mistake(self) -> bool:
        """Not accepted, and carrying a declared code for one specific mistake (none of ``GENERIC_CODES``).

        A recorded written answer names nothing: a person reads it."""
        return (self.status in (INCORRECT, WRONG_TYPE, NOT_ATTEMPTED) and self.misconception is not None
                and self.misconception not in GENERIC_CODES)


def correct(message: str = "") -> Outcome:
    return Outcome(CORRECT, message)


def incorrect(message: str, misconception: str | None = None) -> Outcome:
    return Outcome(INCORRECT, message, misconception)


def not_attempted(message: str = "Replace the ... placeholder with your answer, run the cell, then check again.") -> Outcome:
    return Outcome(NOT_ATTEMPTED, message)


def wrong_type(message: str) -> Outcome:
    return Outcome(WRONG_TYPE, message)


def recorded(message: str) -> Outcome:
    """A written answer kept for the instructor to mark (see ``netcrime.checks.written``)."""
    return Outcome(RECORDED, message)


class Feedback:
    """A styled box in JupyterLab, plain text everywhere else."""

    def __init__(self, heading: str, body: str, status: str | None = None, code: str | None = None,
                 items: tuple[str, ...] | list[str] = ()):
        self.heading = heading
        self.body = body
        self.status = status
        self.code = code
        self.items = tuple(items)  # a list shown under the body: a rubric's self-check, the parts of a question

    def __repr__(self) -> str:
        lines = [self.heading]
        if self.body:
            lines.append(self.body)
        lines.extend(f"- {item}" for item in self.items)
        if self.code:
            lines.append(self.code)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        colour = _COLOURS.get(self.status, "#0072B2")
        parts = [
            f'<div class="netcrime-feedback netcrime-{(self.status or "info").replace(" ", "-")}" '
            f'style="border-left: 6px solid {colour}; padding: 6px 12px; margin: 4px 0; '
            f'background: {BOX_BACKGROUND}; color: {BOX_TEXT};">',
            f"<strong>{html.escape(self.heading)}</strong>",
        ]
        if self.body:
            parts.append(f'<div style="margin-top: 4px;">{html.escape(self.body)}</div>')
        if self.items:
            parts.append('<ul style="margin: 4px 0;">' + "".join(f"<li>{html.escape(item)}</li>"
                                                                 for item in self.items) + "</ul>")
        if self.code:
            parts.append(f'<pre style="margin-top: 6px;">{html.escape(self.code)}</pre>')
        parts.append("</div>")
        return "".join(parts)


def _points(x: float) -> str:
    return f"{x:g} point" + ("" if x == 1 else "s")


def part_lines(parts) -> list[str]:
    """Which parts of an answer are right, in words (never colour or a tick alone): one line for the
    parts that are right, with the points they earn, and one line per part that is not yet."""
    if not parts:
        return []
    right = [(name, points) for name, points, passed in parts if passed]
    total = sum(points for _, points, _ in parts)
    lines = []
    if right:
        earned = round(sum(points for _, points in right), 4)
        lines.append(f"Right: {', '.join(name for name, _ in right)} ({_points(earned)} of {total:g})")
    lines += [f"Not yet: {name} ({_points(points)})" for name, points, passed in parts if not passed]
    return lines


def feedback_for(question_id: str, outcome: Outcome) -> Feedback:
    """The box a student sees for one verdict (with the parts that are right, for a question with parts)."""
    heading = f"{question_id}: {TITLES[outcome.status]}"
    return Feedback(heading, outcome.message, outcome.status, items=part_lines(outcome.parts))
