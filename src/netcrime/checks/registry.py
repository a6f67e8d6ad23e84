"""Which questions each lesson has: the grader and progress() look them up here."""
from __future__ import annotations

import importlib
import pkgutil

from .question import Question

_PREFIX = "lesson"


def lesson_module(lesson: str):
    """The module of one lesson's questions, e.g. lesson('01')."""
    return importlib.import_module(f"{__package__}.{_PREFIX}{lesson}")


def questions(lesson: str) -> list[Question]:
    module = lesson_module(lesson)
    return list(getattr(module, "QUESTIONS"))


def all_lessons() -> dict[str, list[Question]]:
    import netcrime.checks as pkg

    found = {}
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith(_PREFIX) and info.name[len(_PREFIX):].isdigit():
            lesson = info.name[len(_PREFIX):]
            found[lesson] = questions(lesson)
    return found
