"""Batch grading: ``python -m netcrime grade SUBMISSIONS... --out DIR``.

Each submission runs isolated (a bubblewrap sandbox: ``sandbox.py``) against a
student build of the package that holds nothing secret (``student_build.py``),
on its own copy of the course data. Only the answers travel back, as JSON
(``extract.py`` in the sandbox, ``codec.py`` here, one tag table in
``tags.py``); they are judged in the grader's own process (``judging.py``) with
the installed checks, the instructor-only inputs (``netcrime.instructor``) and
optional extra checks, so nothing a notebook does changes a verdict.

The public entry point for one submission::

    from netcrime.grading import Grader, grade_submission, find_submissions
    with Grader.open(lesson="01") as grader:
        for sub in find_submissions(["submissions/"]):
            record = grade_submission(sub, grader)   # a records.Record

Modules: ``records`` (typed rows), ``submissions`` (finding them, unique ids),
``lessons`` (lesson detection, questions, cache keys), ``grader`` (the session
and ``grade_submission``), ``judging``, ``engines`` (shared run loop),
``fork_engine`` / ``fork_server`` (the default engine), ``kernel_engine`` (a
kernel per submission: the faithful fallback), ``kernel_code`` (source injected
into kernels), ``cache``, ``report`` (outputs), ``run`` (a whole class),
``commands`` (the command lines of grade and student-build).
"""
from __future__ import annotations

from .commands import add_arguments, main
from .engines import Cancelled
from .grader import Grader, grade_submission, read_data
from .lessons import Checks, detect_lesson, load_extra_checks
from .limits import Limits
from .records import QuestionRow, Record, RunResult, Submission
from .run import grade
from .submissions import find_submissions

__all__ = ["add_arguments", "main", "grade", "grade_submission", "Grader", "Limits", "Record", "QuestionRow",
           "RunResult", "Submission", "Cancelled", "Checks", "find_submissions", "detect_lesson",
           "load_extra_checks", "read_data"]
