"""A lesson as an otter-grader master notebook: ``OUT/NN_*.ipynb`` for ``otter assign``.

Otter Assign's format: a raw ``# ASSIGNMENT CONFIG`` cell (YAML), then per question a raw
``# BEGIN QUESTION`` cell (name, points), its prompt, its answer cells between raw
``# BEGIN SOLUTION`` / ``# END SOLUTION`` cells (inside them the solution lines keep their
markers, with one ``#`` as otter wants, where the course writes three), a
``# BEGIN TESTS`` ... ``# END TESTS`` block holding one test that runs the course's check, and
``# END QUESTION``. The course's ``qN.check()`` cell follows each question, so students still get
the named misconception. ``otter assign`` writes ``dist/student`` (for students) and
``dist/autograder`` (with ``autograder.zip`` for Gradescope or ``otter run``).

As with nbgrader, otter runs the checks in the student's own environment: the guide says what
that means for tampering.
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat

from .lesson_cells import ExportError, Lesson, read_lesson, source, test_source

_MARKER = re.compile(r"^(\s*)#+ (BEGIN|END) SOLUTION\b", re.MULTILINE)


def _raw(text: str):
    return nbformat.v4.new_raw_cell(text)


def _config(lesson: Lesson) -> str:
    return "\n".join([
        "# ASSIGNMENT CONFIG",
        f"name: lesson{lesson.number}",
        "init_cell: false          # the notebook's own set-up cell imports the course package",
        "check_all_cell: false",
        "export_cell: false",
        "solutions_pdf: false",
        "run_tests: false          # tested by the course's own CI with `otter run` instead",
        "generate: true            # dist/autograder/autograder.zip for Gradescope or `otter run`",
        "tests:",
        "    files: false",
        "    ok_format: true",
        "",
    ])


def otter_notebook(lesson: Lesson) -> nbformat.NotebookNode:
    def copy(cell):
        cell = nbformat.from_dict(dict(cell))
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.source = _MARKER.sub(lambda m: f"{m.group(1)}# {m.group(2)} SOLUTION", source(cell))
        return cell

    cells = [_raw(_config(lesson))] + [copy(c) for c in lesson.preamble]
    for q in lesson.questions:
        manual = "manual: true\n" if q.written else ""  # a written answer: graded by hand, no test
        cells.append(_raw(f"# BEGIN QUESTION\nname: {q.id}\npoints: {q.points:g}\n{manual}"))
        if q.cells[0].cell_type != "markdown":
            raise ExportError(f"{lesson.path.name}, {q.id}: otter needs the question's prose first.")
        open_block = False
        for cell in q.cells:  # each run of code cells is a solution block; prose between them stays prose
            if (cell.cell_type == "code") != open_block:
                cells.append(_raw("# END SOLUTION" if open_block else "# BEGIN SOLUTION"))
                open_block = not open_block
            cells.append(copy(cell))
        if open_block:
            cells.append(_raw("# END SOLUTION"))
        if not q.written:
            cells += [_raw("# BEGIN TESTS"), nbformat.v4.new_code_cell(test_source(lesson.number, q.id)),
                      _raw("# END TESTS")]
        cells += [_raw("# END QUESTION"), copy(q.check)]
    cells += [copy(c) for c in lesson.trailer]
    return nbformat.v4.new_notebook(cells=cells, metadata=dict(lesson.notebook.metadata))


def export(lesson: str, out: str | Path) -> list[Path]:
    """Write the master notebook; run ``otter assign OUT/NN_*.ipynb dist`` on it."""
    read = read_lesson(lesson)
    target = Path(out) / read.path.name
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(otter_notebook(read), target)
    return [target]
