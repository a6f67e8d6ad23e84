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

import re
from typing import Sequence

from .judge import Judge
from .outcome import RECORDED, Outcome, not_attempted, recorded, with_note, wrong_type
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
        count, hanzi = word_count(value)
        if count == 0:
            return not_attempted(f"Your {what} is empty. Write it between the quotes.")
        counted = f"{count} word" + ("" if count == 1 else "s")
        if hanzi:
            counted = f"about {counted}, {hanzi} Chinese character{'s' if hanzi > 1 else ''} read as two a word"
        length = ""
        if words is not None and not words[0] <= count <= words[1]:
            length = f" It has {counted}; the question asks for {words[0]} to {words[1]}."
        return recorded(f"{RECORDED_MESSAGE} ({counted}): your instructor reads it and gives its points; "
                        f"the computer does not mark it or look for key words.{length}")

    return Judge(judge, {})


_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def word_count(text: str) -> tuple[int, int]:
    """(words, Chinese characters) of a written answer. Chinese is written without spaces, so a sentence of it is
    not one word (review round 12: 01 q3 called a Chinese sentence '1 word', too short): each two characters count
    as a word (most Chinese words are one or two characters), the other text by its spaces. An answer mostly in
    another language, with a few Chinese terms in it, is counted by its spaces alone (hanzi reported as 0)."""
    hanzi = len(_HANZI.findall(text))
    others = len(_HANZI.sub(" ", text).split())
    if (hanzi + 1) // 2 <= others:
        return len(text.split()), 0
    return others + (hanzi + 1) // 2, hanzi


def is_recorded(outcome: Outcome) -> bool:
    return outcome.status == RECORDED


def self_check(rubric: Sequence[str]) -> list[str]:
    """The rubric as the student's self-check list (numbered, so a student can refer to an item)."""
    return [f"[{number}] {item}" for number, item in enumerate(rubric, start=1)]


def computed_and_written(computed: Judge, written: Judge | None = None, *, points: tuple[float, float],
                         names: tuple[str, str] = ("the computed answer", "the written line"),
                         what: str = "line") -> tuple[Judge, list]:
    """A question that asks for a computation *and* a written line about it (lesson 01 q3: the average,
    then one line on why it describes no real gang): the computation is checked, the line recorded.

    Returns (judge, parts) for ``Question(judge=..., parts=...)``; the judge reads (value, text) (a
    missing text is an unwritten line). The grader collects the text as the question's answer, beside
    the rubric.
    The verdict is the computation's while it is not right (the line is recorded all the same). Once
    it is right, the question is ``RECORDED``: the computed part's points are earned at once and the
    written part's wait for the instructor (``to_mark.md``, with the question's rubric beside it).
    Without a line, the computed part earns its points and the verdict asks for the line.
    """
    from dataclasses import replace

    from .outcome import CORRECT, INCORRECT, NOT_ATTEMPTED
    from .parts import Part, judge_each

    written = written or recorded_text((3, 40), what=what)
    parts = [Part(names[0], points[0], Judge(lambda value, _text=...: computed(value), {})),
             Part(names[1], points[1], Judge(lambda _value, text=...: written(text), {}))]

    def judge(value, text=...) -> Outcome:
        outcome = computed(value)
        line = written(text)
        if outcome.status == CORRECT and line.status == RECORDED:
            outcome = recorded(f"{line.message} {names[0][0].upper() + names[0][1:]}: {outcome.message}")
        elif outcome.status == CORRECT:
            why = line.message if line.status != NOT_ATTEMPTED else ""
            outcome = Outcome(INCORRECT, f"{outcome.message} Your {what} is missing: "
                                         f"{why or f'write {names[1]}, as text between the quotes.'}", WRITTEN_LEFT_OUT)
        elif outcome.status == INCORRECT and line.status == RECORDED:
            outcome = with_note(outcome, f"(Your {what} is recorded for your instructor.)")
        return replace(outcome, parts=judge_each(parts, (value, text)))

    return Judge(judge, {**dict(computed.misconceptions), WRITTEN_LEFT_OUT: WRITTEN_LEFT_OUT_DESCRIPTION}), parts


WRITTEN_LEFT_OUT = "written_part_left_out"  # review round 11: a right number with its line left as ... named nothing
WRITTEN_LEFT_OUT_DESCRIPTION = ("computed the number right but left the written line the question also asks for "
                                "empty (the placeholder ... or no text)")
