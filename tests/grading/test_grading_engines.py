"""Both engines give the same verdicts: the fork engine (default) against a kernel per submission,
on every lesson's solutions and blank exercises.

The same comparison on the whole fixture class (right and wrong answers, wrong
types, placeholders, tampering, loops, floods, crashes, a vandal) is in
``test_grading.py``, against that module's own fork run rather than a second one.
Marked ``kernel`` (a Jupyter kernel per submission is the slow path): select with ``-m kernel``.
"""
from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

from netcrime import paths
from netcrime.checks.outcome import RECORDED
from netcrime.grading import Grader, find_submissions, grade_submission

pytestmark = pytest.mark.kernel
ROOT = paths.repo_root()


def _rows(records) -> dict:
    return {r.student: (r.lesson, r.problems, [(q.id, q.status, q.points, q.misconception, q.message, q.answer)
                                               for q in r.questions]) for r in records}


def test_both_engines_grade_every_lesson_s_solutions_and_blanks_identically(tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    for path in sorted((ROOT / "solutions").glob("*.ipynb")):
        shutil.copy(path, folder / f"solution_{path.name}")
    for path in sorted((ROOT / "exercises").glob("*.ipynb")):
        shutil.copy(path, folder / f"blank_{path.name}")
    subs = find_submissions([folder])
    assert len(subs) >= 8
    results = {}
    for engine in ("fork", "kernel"):
        with Grader.open(engine=engine) as grader:
            grader.start()  # the fork server now, in the background, as `grade` does
            # Four notebooks at a time, as `grade --jobs 4` does: a kernel's start and shutdown are mostly waiting, so
            # two left a core idle (43 s against 36 s for the same CPU-s; benchmarks/results/test_suite.md, round 12).
            with ThreadPoolExecutor(4) as pool:
                records = list(pool.map(lambda sub: grade_submission(sub, grader), subs))
        assert all(r.graded and r.engine == engine for r in records), [(r.student, r.problems) for r in records]
        results[engine] = _rows(records)
    assert results["fork"] == results["kernel"]
    for student, (_, problems, rows) in results["fork"].items():
        # A written part recorded for the instructor (lesson 05 q15's brief, lesson 02's chart words) is never credited.
        statuses = {status for _, status, _, _, _, _ in rows if status != RECORDED}
        if student.startswith("solution_"):
            assert statuses == {"correct"}, (student, rows)  # the worked solutions earn every mark
        else:
            assert "correct" not in statuses, (student, rows)  # a blank earns nothing
