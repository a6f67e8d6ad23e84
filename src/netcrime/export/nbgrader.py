"""A lesson as an nbgrader assignment: ``OUT/source/lessonNN/NN_*.ipynb`` plus ``nbgrader_config.py``.

The answer cells keep their ``### BEGIN SOLUTION`` markers (nbgrader's own) and become solution
cells; after each ``qN.check()`` cell comes a locked, autograded test cell worth the question's
points (``grade_id`` = the question id) that runs the course's check. ``nbgrader
generate_assignment lessonNN`` then makes the student version and ``nbgrader autograde`` scores
submissions with the course's checks.

Unlike ``make grade``, nbgrader runs the checks inside the student's kernel, so a student who
tampers with the package in their notebook can fool it: the guide says so.
"""
from __future__ import annotations

from pathlib import Path

import nbformat

from .lesson_cells import Lesson, read_lesson, source, test_source

SCHEMA = 3


def _meta(grade_id: str, *, grade: bool = False, solution: bool = False, locked: bool = False,
          points: float | None = None) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": SCHEMA, "solution": solution}
    if points is not None:
        meta["points"] = points
    return meta


def nbgrader_notebook(lesson: Lesson) -> nbformat.NotebookNode:
    cells = []
    for i, cell in enumerate(lesson.preamble):
        cell = nbformat.from_dict(dict(cell))
        if cell.cell_type == "code":  # the set-up cell: students must not break it
            cell.metadata["nbgrader"] = _meta(f"setup_{i}", locked=True)
        cells.append(cell)
    for q in lesson.questions:
        answers = 0
        for cell in q.cells:
            cell = nbformat.from_dict(dict(cell))
            if cell.cell_type == "code" and "BEGIN SOLUTION" in source(cell):
                answers += 1
                if q.written:  # a written answer: a manually graded answer cell, marked in formgrader
                    cell.metadata["nbgrader"] = _meta(q.id, solution=True, grade=True, points=q.points)
                else:
                    cell.metadata["nbgrader"] = _meta(f"{q.id}_answer" + (f"_{answers}" if answers > 1 else ""),
                                                      solution=True)
            cells.append(cell)
        cells.append(nbformat.from_dict(dict(q.check)))
        if q.written:
            continue  # never auto-graded: the course's check only records it
        test = nbformat.v4.new_code_cell(test_source(lesson.number, q.id))
        test.metadata["nbgrader"] = _meta(q.id, grade=True, locked=True, points=q.points)
        cells.append(test)
    cells += [nbformat.from_dict(dict(c)) for c in lesson.trailer]
    for cell in cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    notebook = nbformat.v4.new_notebook(cells=cells, metadata=dict(lesson.notebook.metadata))
    return notebook


def export(lesson: str, out: str | Path) -> list[Path]:
    """Write an nbgrader course folder holding this lesson's assignment; return the files written."""
    read = read_lesson(lesson)
    out = Path(out)
    name = f"lesson{read.number}"
    target = out / "source" / name / read.path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nbgrader_notebook(read), target)
    config = out / "nbgrader_config.py"
    if not config.exists():
        config.write_text("# nbgrader course folder made by `python -m netcrime export nbgrader`.\n"
                          "import os\n\n"
                          "c = get_config()  # noqa: F821\n"
                          "c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))\n", encoding="utf-8")
    return [target, config]
