"""Which questions each lesson has: the grader, progress() and the guide's catalogue look them up here.

A lesson module declares two lists:

- ``QUESTIONS``: the exercise notebook's questions, the ones the grader grades;
- ``IN_LESSON`` (optional): the "your turn" checks inside the lesson notebook (ids ``ytN``), which
  students run as practice. They are never graded, but the catalogue of questions and
  misconceptions and the objectives map must see them, so they are listed here too.
"""
from __future__ import annotations

import importlib
import pkgutil

from .question import Question

_PREFIX = "lesson"


def lesson_module(lesson: str):
    """The module of one lesson's questions, e.g. lesson('01')."""
    return importlib.import_module(f"{__package__}.{_PREFIX}{lesson}")


def questions(lesson: str) -> list[Question]:
    """The graded questions of a lesson's exercise notebook."""
    module = lesson_module(lesson)
    return list(getattr(module, "QUESTIONS"))


def in_lesson(lesson: str) -> list[Question]:
    """The lesson notebook's "your turn" checks (not graded); empty if the lesson has none."""
    return list(getattr(lesson_module(lesson), "IN_LESSON", ()))


def checked(lesson: str) -> list[Question]:
    """Every question a student can check in this lesson: the in-lesson ones first, then the exercise's."""
    return in_lesson(lesson) + questions(lesson)


def lesson_ids() -> list[str]:
    """The two-digit ids of every lesson that has a questions module, in order."""
    import netcrime.checks as pkg

    return [info.name[len(_PREFIX):]
            for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name)
            if info.name.startswith(_PREFIX) and info.name[len(_PREFIX):].isdigit()]


def all_lessons() -> dict[str, list[Question]]:
    """Every lesson's graded questions (what the grader and progress() count)."""
    return {lesson: questions(lesson) for lesson in lesson_ids()}


def all_in_lesson() -> dict[str, list[Question]]:
    """Every lesson's in-lesson checks (lessons without any map to an empty list)."""
    return {lesson: in_lesson(lesson) for lesson in lesson_ids()}


def all_checked() -> dict[str, list[Question]]:
    """Every lesson's checkable questions, in-lesson and exercise alike (for catalogues and maps)."""
    return {lesson: checked(lesson) for lesson in lesson_ids()}


def where(question: Question) -> str:
    """'in lesson' for a your-turn check, 'exercise' for a graded question."""
    return "in lesson" if any(q is question for q in in_lesson(question.lesson)) else "exercise"
