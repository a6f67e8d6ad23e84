"""The course gradebook: one row per student across every lesson's grading run.

``python -m netcrime course grades/01 grades/02 grades/03 --out course_gradebook.csv``

Each folder is one lesson's run (what ``make grade ... OUT=grades/01`` wrote). Students are joined
by their student id, exactly; a student missing from a lesson gets an empty cell there (not a
zero: the instructor decides what a missing assignment counts for) and is listed.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter
from pathlib import Path

from . import report


class CourseError(ValueError):
    pass


def _run(folder: Path) -> tuple[str, list[dict]]:
    path = Path(folder) / "gradebook.csv"
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    except OSError:
        raise CourseError(f"There is no gradebook at {path}: grade that lesson first (make grade ... OUT={folder}).") from None
    graded = Counter(r["lesson"] for r in rows if r.get("lesson") and r.get("max_points"))
    if not graded:
        raise CourseError(f"{path} has no graded submission, so its lesson is unknown.")
    return graded.most_common(1)[0][0], rows


def course_rows(folders: list[Path]) -> tuple[list[list[str]], list[str]]:
    """The course gradebook's rows, and a sentence per student missing from a lesson."""
    runs: dict[str, list[dict]] = {}
    for folder in folders:
        lesson, rows = _run(folder)
        if lesson in runs:
            raise CourseError(f"Two folders hold lesson {lesson}'s grades; give one per lesson.")
        runs[lesson] = rows
    lessons = sorted(runs)
    students: list[str] = []
    cell: dict[tuple[str, str], dict] = {}
    maximum: dict[str, float] = {}
    for lesson in lessons:
        for row in runs[lesson]:
            if row["student"] not in students:
                students.append(row["student"])
            # A notebook of another lesson in this run earns nothing here (its row says so).
            if row.get("lesson") == lesson and row.get("max_points"):
                cell[(row["student"], lesson)] = row
                maximum[lesson] = max(maximum.get(lesson, 0.0), float(row["max_points"]))
            else:
                cell.setdefault((row["student"], lesson), {**row, "total": "0"})
    header = ["student", *[f"lesson {lesson}" for lesson in lessons], "total", "max_points", "problems"]
    out, missing = [header], []
    course_max = sum(maximum.values())
    for student in students:
        values, problems, total = [], [], 0.0
        for lesson in lessons:
            row = cell.get((student, lesson))
            if row is None:
                values.append("")
                missing.append(f"{student}: no submission for lesson {lesson}")
                continue
            values.append(report.points_text(row["total"]))
            total += float(row["total"] or 0)
            if row.get("problems"):
                problems.append(f"lesson {lesson}: {row['problems']}")
            if (row.get("to_mark") or "0") != "0":  # written answers whose points are not in the total yet
                problems.append(f"lesson {lesson}: {row['to_mark']} written answer(s) still to be marked")
        out.append([student, *values, report.points_text(total), report.points_text(course_max), " | ".join(problems)])
    return out, missing


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("runs", nargs="+", help="one grading folder per lesson (each with gradebook.csv)")
    parser.add_argument("--out", required=True, help="the course gradebook CSV to write")


def main(args: argparse.Namespace) -> int:
    try:
        rows, missing = course_rows([Path(f) for f in args.runs])
    except CourseError as exc:
        print(f"course: {exc}", file=sys.stderr)
        return 2
    report.write_csv_atomic(Path(args.out), rows)
    print(f"wrote {args.out}: {len(rows) - 1} students, lessons {', '.join(h[7:] for h in rows[0] if h.startswith('lesson '))}")
    for line in missing:
        print(f"missing: {line}")
    return 0
