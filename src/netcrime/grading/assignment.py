"""An assignment is one lesson: which lesson a run grades, and what a run must tell the instructor.

A grading run without ``--lesson`` used to grade each notebook by its own lesson, so a lesson-02
notebook handed in for lesson 01 earned full marks and the gradebook's columns changed with what
students submitted. Now the run grades one lesson: the one named, or else the lesson most
submissions are for; every other notebook is a problem row that earns nothing.

This module also holds the run-level checks that are about the class rather than one notebook:
two submissions under one student id, and feedback files left over from students no longer in
the folder.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Iterable


class AssignmentError(ValueError):
    """The run cannot decide what it grades; the message says what to do."""


def infer_lesson(lessons: Iterable[str | None]) -> tuple[str | None, str]:
    """The lesson most submissions are for, and a sentence saying how it was chosen.

    ``lessons`` holds each readable submission's lesson (None when it could not be told).
    A tie is refused: the instructor names the lesson (a guess would grade half the class at zero).
    """
    counts = Counter(lesson for lesson in lessons if lesson is not None)
    if not counts:
        return None, "no submission says which lesson it is for"
    ranked = counts.most_common()
    best, n = ranked[0]
    tied = [lesson for lesson, count in ranked if count == n]
    if len(tied) > 1:
        listed = ", ".join(f"lesson {lesson} ({counts[lesson]})" for lesson in sorted(tied))
        raise AssignmentError(f"The submissions are split evenly between {listed}: name the lesson you are "
                              f"grading with --lesson (e.g. --lesson {sorted(tied)[0]}).")
    total = sum(counts.values())
    others = total - n
    note = f"grading lesson {best}: {n} of {total} notebooks are for it"
    if others:
        note += f"; notebooks for another lesson: {others} (problem rows, no marks)"
    return best, note + " (name the lesson with --lesson to choose it yourself)"


def duplicate_ids(students: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """For each student id that more than one submission shares: a warning naming every file.

    ``students`` is (id as graded, source path, id its name gave if it was shared) per submission;
    ``submissions.unique_ids`` gives each copy its own stable id, and every copy is flagged.
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for student, source, given in students:
        groups.setdefault(given or student, []).append((student, source))
    warnings = {}
    for base, members in groups.items():
        if len(members) < 2:
            continue
        files = "; ".join(f"{student}: {Path(source).name}" for student, source in members)
        for student, _ in members:
            warnings[student] = (f"{len(members)} submissions have the student id '{base}' ({files}). "
                                 "Each is graded under its own id; keep the right one and remove the other, or "
                                 "give them distinct ids (--id-from, --id-pattern).")
    return warnings


def prune_feedback(folder: Path, keep: set[str], safe_name: Callable[[str], str], suffix: str = ".md") -> list[Path]:
    """Remove feedback files of students no longer in the submissions (a re-run after a withdrawal).

    Only ``*.md`` files (or ``*{suffix}``: executed notebooks) directly in ``folder`` are considered,
    so nothing the instructor put elsewhere is touched. Returns the removed paths.
    """
    if not folder.is_dir():
        return []
    wanted = {f"{safe_name(student)}{suffix}" for student in keep}
    removed = []
    for path in sorted(folder.glob(f"*{suffix}")):
        if path.name not in wanted:
            path.unlink()
            removed.append(path)
    return removed
