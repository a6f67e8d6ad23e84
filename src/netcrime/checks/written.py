"""Written answers: recorded for the instructor, never marked by the computer.

Counting key words cannot tell an argument from a list of the same words, or from an answer
that uses them to argue the opposite, so a written answer is never "Correct" here. Its judge,
``recorded_text()``, only says whether there is an answer to read (and how long it is); the
verdict is ``RECORDED`` ("Recorded for your instructor"). The question declares a rubric
(``Question(..., rubric=[...])``): what a strong answer covers. The student sees it as a
self-check list when they check; the grader lists every answer with the rubric beside it
(``to_mark.md``) and counts the question as *to be marked* until the instructor gives points in
``overrides.csv``.

Where a question allows it, the parts a computer can judge (which claim, which evidence, which
figure) are asked as separate, checked questions next to the written one.
"""
from __future__ import annotations

from typing import Sequence

from .judge import Judge
from .outcome import RECORDED, Outcome, not_attempted, recorded, wrong_type
from .values import describe, is_placeholder

RECORDED_MESSAGE = "Recorded for your instructor"


def recorded_text(words: tuple[int, int] | None = None, *, what: str = "answer") -> Judge:
    """A judge for a written answer: RECORDED for any text, with its length; never correct.

    ``words`` = (low, high) adds a note when the answer is outside the length the question asks
    for (the answer is still recorded: length is for the reader, not a verdict).
    """

    def judge(value) -> Outcome:
        if is_placeholder(value):
            return not_attempted()
        if not isinstance(value, str):
            return wrong_type(f"You gave {describe(value)}; write your {what} as text in quotes.")
        count = len(value.split())
        if count == 0:
            return not_attempted(f"Your {what} is empty. Write it between the quotes.")
        counted = f"{count} word" + ("" if count == 1 else "s")
        length = ""
        if words is not None and not words[0] <= count <= words[1]:
            length = f" It has {counted}; the question asks for {words[0]} to {words[1]}."
        return recorded(f"{RECORDED_MESSAGE} ({counted}): your instructor reads it and gives its points; "
                        f"the computer does not mark it or look for key words.{length}")

    return Judge(judge, {})


def is_recorded(outcome: Outcome) -> bool:
    return outcome.status == RECORDED


def self_check(rubric: Sequence[str]) -> list[str]:
    """The rubric as the student's self-check list (numbered, so a student can refer to an item)."""
    return [f"[{number}] {item}" for number, item in enumerate(rubric, start=1)]
