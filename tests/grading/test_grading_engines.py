"""Both engines give the same verdicts: the fork engine (default) against a kernel per submission.

Compared on the whole fixture class of ``test_grading.py`` (right and wrong
answers, wrong types, placeholders, tampering, loops, floods, crashes, a
vandal) and on every lesson's solutions and blank exercises. Marked ``kernel``
(a Jupyter kernel per submission is the slow path): select with ``-m kernel``.
"""
from __future__ import annotations

import shutil

import pytest

from netcrime import paths
from netcrime.grading import Grader, find_submissions, grade, grade_submission
from grading_fixtures import EXTRA, LIMITS, course_folder, executed_outputs, read_csv, submissions

pytestmark = pytest.mark.kernel
ROOT = paths.repo_root()


def _rows(records) -> dict:
    return {r.student: (r.lesson, r.problems, [(q.id, q.status, q.points, q.misconception, q.message, q.answer)
                                               for q in r.questions]) for r in records}


@pytest.fixture(scope="module")
def fixture_class(tmp_path_factory):
    return course_folder(tmp_path_factory.mktemp("engines"), EXTRA)


def test_both_engines_grade_the_fixture_class_identically(fixture_class):
    root, data = fixture_class.root, fixture_class.data
    books, kept = {}, {}
    for engine in ("fork", "kernel"):
        subs = root / f"subs_{engine}"  # each run gets a fresh copy (the vandal tries to change its classmates)
        submissions(subs, data)
        out = root / f"out_{engine}"
        records = grade([subs], out, lesson="00", extra_checks=fixture_class.extra, jobs=2, limits=LIMITS,
                        data_dir=data, show_progress=False, engine=engine)
        assert {r.engine for r in records if r.graded} == {engine}
        books[engine] = ({k: {c: v for c, v in row.items() if c != "source"}
                          for k, row in ((row["student"], row) for row in read_csv(out / "gradebook.csv"))},
                         [{c: v for c, v in row.items()} for row in read_csv(out / "results.csv")])
        kept[engine] = {r.student: executed_outputs(out, r.student) for r in records if r.executed}
    assert books["fork"] == books["kernel"]
    # The executed notebooks kept for review show the same outputs, cell by cell (tracebacks aside).
    assert len(kept["fork"]) >= 10 and kept["fork"] == kept["kernel"]


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
            records = [grade_submission(sub, grader) for sub in subs]
        assert all(r.graded and r.engine == engine for r in records), [(r.student, r.problems) for r in records]
        results[engine] = _rows(records)
    assert results["fork"] == results["kernel"]
    for student, (_, problems, rows) in results["fork"].items():
        # A written brief recorded for the instructor (lesson 05 q15: 0 of 0 points) is never credited.
        statuses = {status for _, status, _, _, message, _ in rows if not message.startswith("Recorded for your instructor")}
        if student.startswith("solution_"):
            assert statuses == {"correct"}, (student, rows)  # the worked solutions earn every mark
        else:
            assert "correct" not in statuses, (student, rows)  # a blank earns nothing
