"""A solutions notebook read as questions: the cells that belong to each one, and its check.

Shared by the nbgrader and otter exports, so both cut a lesson the same way: a question is the
cells from its heading (a markdown cell) to its ``qN.check()`` cell; ``### SOLUTION ONLY`` cells
(known-wrong answers shown to authors) are left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .. import paths
from ..checks import registry

CHECK_CELL = re.compile(r"^\s*(q\w+)\.check\(\)\s*$")


class ExportError(ValueError):
    """The lesson cannot be exported; the message says why."""


@dataclass
class QuestionCells:
    id: str
    points: float
    cells: list = field(default_factory=list)   # heading, prose, answer cells
    check: object = None                        # the qN.check() cell
    written: bool = False                       # recorded for the instructor (a rubric): graded by hand, no test


@dataclass
class Lesson:
    number: str
    notebook: nbformat.NotebookNode
    path: Path
    preamble: list          # cells before the first question (title, set-up)
    questions: list[QuestionCells]
    trailer: list           # cells after the last check


def source(cell) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def solutions_notebook(lesson: str) -> Path:
    found = sorted((paths.repo_root() / "solutions").glob(f"{lesson}_*.ipynb"))
    if not found:
        raise ExportError(f"There is no solutions notebook for lesson {lesson} (solutions/{lesson}_*.ipynb).")
    return found[0]


def test_source(lesson: str, qid: str) -> str:
    """The graded test: the course's own check, judged on the notebook's variables; fails unless correct."""
    return (f"# The course's check for {qid}: an answer it does not accept fails this test.\n"
            f"from netcrime.checks.lesson{lesson} import {qid} as _question\n"
            "_outcome = _question.evaluate(globals())\n"
            "assert _outcome.passed, _outcome.status + ': ' + _outcome.message\n")


def read_lesson(lesson: str) -> Lesson:
    lesson = str(lesson).zfill(2)
    try:
        declared = registry.questions(lesson)
    except ModuleNotFoundError:
        raise ExportError(f"There are no checks for lesson {lesson}.") from None
    points = {q.id: float(q.points) for q in declared}
    written = {q.id for q in declared if getattr(q, "rubric", ())}
    path = solutions_notebook(lesson)
    notebook = nbformat.read(path, as_version=4)
    cells = [c for c in notebook.cells if not source(c).lstrip().startswith("### SOLUTION ONLY")]
    checks = [i for i, c in enumerate(cells) if c.cell_type == "code" and CHECK_CELL.match(source(c))]
    if not checks:
        raise ExportError(f"{path.name} has no qN.check() cells to turn into tests.")
    questions, preamble = [], []
    previous = -1
    for index in checks:
        block = cells[previous + 1:index]
        headings = [i for i, c in enumerate(block) if c.cell_type == "markdown"]
        if not headings:
            raise ExportError(f"{path.name}: the question checked in cell {index} has no prose before it.")
        first = headings[0] if previous >= 0 else next(
            (i for i in reversed(headings) if source(block[i]).lstrip().startswith("#")), headings[-1])
        if previous < 0:
            preamble = block[:first]
        qid = CHECK_CELL.match(source(cells[index])).group(1)
        if qid not in points:
            raise ExportError(f"{path.name} checks {qid}, which lesson {lesson}'s checks do not define.")
        questions.append(QuestionCells(qid, points[qid], block[first:], cells[index], qid in written))
        previous = index
    return Lesson(lesson, notebook, path, preamble, questions, cells[previous + 1:])
