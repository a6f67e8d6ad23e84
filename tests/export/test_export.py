"""The nbgrader and otter-grader exports, run through the real tools from PyPI (the `instructor` extra).

A solved notebook (the lesson's solutions, as the tool's own solution version) must score full
marks and the blank student version zero: with `nbgrader generate_assignment` + `nbgrader
autograde` in a temporary course folder, and with `otter assign` + `otter run` (otter's
non-container grading, the same code Gradescope runs inside its container).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
import pytest

from netcrime.checks import registry
from netcrime.cli import main
from netcrime.export.lesson_cells import ExportError, read_lesson

pytestmark = pytest.mark.kernel  # runs nbgrader and otter (kernels): `make test`, not `make check`

LESSON = "01"  # the quickest lesson to execute
BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}  # nbgrader calls alembic by name
FULL = sum(q.points for q in registry.questions(LESSON))
# A question with a written part (a rubric: lesson 01 q3's one-line reason) is exported whole as a hand-graded
# cell, since both tools give a question all or nothing; the autograder scores the rest.
WRITTEN = {q.id: q.points for q in read_lesson(LESSON).questions if q.written}
AUTO = FULL - sum(WRITTEN.values())


def tool(name: str) -> str:
    path = BIN / name
    assert path.exists(), f"{name} is missing: install the instructor extra (make instructor)"
    return str(path)


def run(args, cwd):
    done = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    return done


def run_together(commands, cwd) -> None:
    """Run independent commands at the same time, each as ``run`` would, and require every one to succeed.

    Why: each command is mostly its tool's start (imports, a kernel), about one core's work; one after the other
    they left the second core to the rest of the suite (benchmarks/results/test_suite.md, round 12).
    """
    logs = [tempfile.TemporaryFile() for _ in commands]  # files, not pipes: a full pipe would stall its command
    procs = [subprocess.Popen(args, cwd=cwd, env=ENV, stdout=log, stderr=subprocess.STDOUT)
             for args, log in zip(commands, logs)]
    try:
        for proc in procs:
            proc.wait(timeout=900)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    for proc, log in zip(procs, logs):
        log.seek(0)
        assert proc.returncode == 0, log.read().decode(errors="replace")[-3000:]
        log.close()


def test_nbgrader_scores_the_solution_full_and_a_blank_zero(tmp_path):
    assert main(["export", "nbgrader", LESSON, str(tmp_path)]) == 0
    [source] = (tmp_path / "source" / f"lesson{LESSON}").glob("*.ipynb")
    notebook = nbformat.read(source, as_version=4)
    tests = [c.metadata["nbgrader"] for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade")]
    assert [t["grade_id"] for t in tests] == [q.id for q in registry.questions(LESSON)]
    assert all(t["locked"] and not t["solution"] and t["schema_version"] == 3 for t in tests
               if t["grade_id"] not in WRITTEN)
    assert all(t["solution"] and not t["locked"] for t in tests if t["grade_id"] in WRITTEN)  # marked by hand
    assert sum(t["points"] for t in tests) == FULL
    assert not any("SOLUTION ONLY" in "".join(c.source) for c in notebook.cells)

    run([tool("nbgrader"), "generate_assignment", f"lesson{LESSON}", "--force"], tmp_path)
    [released] = (tmp_path / "release" / f"lesson{LESSON}").glob("*.ipynb")
    assert "BEGIN SOLUTION" not in released.read_text(encoding="utf-8")
    for student, notebook_path in (("solved", source), ("blank", released)):
        folder = tmp_path / "submitted" / student / f"lesson{LESSON}"
        folder.mkdir(parents=True)
        shutil.copy(notebook_path, folder / source.name)
    run([tool("nbgrader"), "autograde", f"lesson{LESSON}", "--force"], tmp_path)

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
        scores = {s: (gradebook.find_submission(f"lesson{LESSON}", s).score,
                      gradebook.find_submission(f"lesson{LESSON}", s).max_score) for s in ("solved", "blank")}
    assert scores == {"solved": (AUTO, FULL), "blank": (0.0, FULL)}  # written parts wait for the instructor


def test_otter_scores_the_solution_full_and_a_blank_zero(tmp_path):
    assert main(["export", "otter", LESSON, str(tmp_path)]) == 0
    [master] = tmp_path.glob("*.ipynb")
    # --no-run-tests: assign would run the tests on the solution it writes; `otter run` on that same
    # solution below proves more (every question full marks, in the autograder's own harness).
    run([tool("otter"), "assign", "--no-run-tests", master.name, "dist"], tmp_path)
    student = tmp_path / "dist" / "student" / master.name
    solved = tmp_path / "dist" / "autograder" / master.name
    assert "BEGIN SOLUTION" not in student.read_text(encoding="utf-8")
    [autograder] = (tmp_path / "dist" / "autograder").glob("*.zip")
    scores = {}
    runs = {"solved": solved, "blank": student}
    for name in runs:
        (tmp_path / f"results-{name}").mkdir()
    run_together([[tool("otter"), "run", "-a", str(autograder), "-o", str(tmp_path / f"results-{name}"),
                   str(notebook_path)] for name, notebook_path in runs.items()], tmp_path)
    for name in runs:
        out = tmp_path / f"results-{name}"
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
        per_question = {t["name"]: t["score"] for t in results["tests"] if t.get("max_score")}
        assert sorted(per_question) == sorted(q.id for q in registry.questions(LESSON) if q.id not in WRITTEN)
        scores[name] = sum(per_question.values())
    assert scores == {"solved": AUTO, "blank": 0}


def test_every_lesson_exports_and_bad_input_gets_a_sentence(tmp_path, capsys):
    for lesson in ("01", "02", "03", "04", "05"):
        read = read_lesson(lesson)
        assert [q.id for q in read.questions] == [q.id for q in registry.questions(lesson)]
        assert main(["export", "otter", lesson, str(tmp_path / "o")]) == 0
        assert main(["export", "nbgrader", lesson, str(tmp_path / "n")]) == 0
    with pytest.raises(ExportError, match="no checks for lesson 99"):
        read_lesson("99")
    assert main(["export", "otter", "99", str(tmp_path / "x")]) == 2
    assert "no checks for lesson 99" in capsys.readouterr().err


def test_written_answers_export_as_hand_graded_never_as_tests():
    """Lesson 04's q7 is recorded for the instructor: nbgrader gets a manually graded answer cell worth its
    points and no test; otter a `manual: true` question without tests. q6 keeps its auto-graded test."""
    from netcrime.export.nbgrader import nbgrader_notebook
    from netcrime.export.otter import otter_notebook

    read = read_lesson("04")
    assert [q.id for q in read.questions if q.written] == ["q7"]
    meta = [c.metadata.get("nbgrader", {}) for c in nbgrader_notebook(read).cells]
    [answer] = [m for m in meta if m.get("grade_id") == "q7"]
    assert answer["solution"] and answer["grade"] and answer["points"] == 1.0
    assert [m["grade_id"] for m in meta if m.get("grade") and not m.get("solution")].count("q6") == 1
    raw = [c.source for c in otter_notebook(read).cells if c.cell_type == "raw"]
    q7 = raw.index(next(r for r in raw if "name: q7" in r))
    assert "manual: true" in raw[q7] and "# BEGIN TESTS" not in raw[q7:raw.index("# END QUESTION", q7)]


def test_lesson_02_charts_whose_words_are_recorded_export_as_hand_graded():
    """#19 round 6: a lesson 02 chart's words are a written part, so each chart question that reads words is
    exported whole as hand-graded (as lesson 01 q3 is); the letter questions keep their auto-graded tests."""
    from netcrime.export.nbgrader import nbgrader_notebook

    read = read_lesson("02")
    assert [q.id for q in read.questions if q.written] == ["q1", "q2", "q3", "q4", "q5", "q6", "q9"]
    meta = [c.metadata.get("nbgrader", {}) for c in nbgrader_notebook(read).cells]
    tests = sorted(m["grade_id"] for m in meta if m.get("grade") and not m.get("solution"))
    assert tests == ["q7", "q8"]
